"""What every command receives: parsed arguments, the opened database, output helpers."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from planner.checks import PlanWarning
from planner.cli.output import EXIT_OK, print_warnings, saved_document, to_json
from planner.errors import ValidationError
from planner.storage.database import Database
from planner.usecases.outcome import Outcome

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

Handler = Callable[["CommandContext"], int]
T = TypeVar("T")
# A command runs once per call, and many can start at the same moment (scripts, cron jobs):
# more patience than a dialog, where a person can press "Speichern" again.
WRITE_ATTEMPTS = 8


@dataclass
class CommandContext:
    args: argparse.Namespace
    _db: Database | None = None
    # The whole command line's parser (for `completion`, which describes every command).
    parser: argparse.ArgumentParser | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = Database.open(self.args.db, self.args.db_url)
        return self._db

    def write(self, change: Callable[[OrmSession], T]) -> T:
        """Run `change(orm)` as the command's one transaction; a server's serialization
        failure (another office wrote at the same moment) runs it again from the committed
        state. Every saving command goes through here (tests/test_cli_writes.py checks)."""
        return self.db.write(change, attempts=WRITE_ATTEMPTS)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()

    def out(self, text: str = "") -> None:
        print(text)

    def out_json(self, data: Any) -> None:
        print(to_json(data))

    @property
    def as_json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def warn(self, warnings: list[PlanWarning]) -> None:
        print_warnings(warnings)

    def saved(self, text: str, *, ident: Any = None, outcome: Outcome[Any] | None = None,
              warnings: Iterable[PlanWarning] = (), changed: Iterable[Any] = (),
              **extra: Any) -> int:
        """End a saving command: warnings to stderr, then `text` or, with --json,
        `{"id": ident, "warnings": [...], "changed": [...], **extra}`. Call it after the
        transaction has committed (ORM objects are expired then: pass plain values)."""
        all_warnings = [*(outcome.warnings if outcome else []), *warnings]
        all_changed = {*(outcome.changed if outcome else ()), *changed}
        print_warnings(all_warnings)
        if self.as_json:
            self.out_json(saved_document(ident, all_warnings, all_changed, **extra))
        else:
            self.out(text)
        return EXIT_OK


def parse_datetime(value: str) -> datetime:
    """ISO 8601 or German dd.mm.yyyy [HH:MM]; an offset is converted to Berlin wall time."""
    text = value.strip()
    for fmt in ("%d.%m.%Y %H:%M", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            pass
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"„{value}“ ist kein gültiges Datum (z. B. 2027-03-02T09:30 oder 02.03.2027 09:30)."
        ) from None
    if parsed.tzinfo is not None:
        from planner.timezones import to_local_naive

        try:
            parsed = to_local_naive(parsed)
        except OverflowError:
            raise ValidationError(f"„{value}“ liegt außerhalb des Kalenders.") from None
    return parsed


def parse_date(value: str) -> date:
    text = value.strip()
    try:
        return datetime.strptime(text, "%d.%m.%Y").date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"„{value}“ ist kein gültiges Datum (z. B. 2027-03-02 oder 02.03.2027)."
        ) from None


def parse_ids(value: str) -> list[int]:
    from planner.cli.parsing import in_range

    try:
        return [in_range(int(part), "Nummern") for part in value.split(",") if part.strip()]
    except ValueError:
        raise ValidationError(f"„{value}“ ist keine Liste von Nummern (z. B. 3,4,7).") from None
