"""The register of erasure requests, kept outside the restorable data.

Restoring a backup older than an erasure would bring the person back, and the audit entry
of the erasure with them. So every erasure (and every anonymisation) is also noted in a
small file beside the database, `<database>.erasures` (0600, JSON lines), which a restore
does not touch. It holds no personal data: the person's id, when their record was created
(so that a different database's person 57 is never mistaken for this one), what was done
and when. After a restore, `reapply_erasures` erases or anonymises again every person of
the register that the restored data still holds, and says so (planner/gdpr/reapply.py).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.orm import Session as OrmSession

from planner.models import Person, utcnow

if TYPE_CHECKING:
    from planner.storage.database import Database

SUFFIX = ".erasures"
ERASE, ANONYMISE = "erase", "anonymise"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Entry:
    person_id: int
    created: str  # the person's created_at, ISO format: identifies the record, not the person
    mode: str  # ERASE or ANONYMISE
    requested: str  # when (UTC, ISO format)
    reason: str = ""  # "Löschantrag" or the anonymisation's reason, never personal data


def register_path(db_file: str | os.PathLike[str]) -> Path:
    return Path(f"{Path(db_file)}{SUFFIX}")


def _database_file(orm: OrmSession) -> Path | None:
    bind = orm.get_bind()
    if bind.dialect.name != "sqlite":
        return None
    database = bind.engine.url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def read_entries(db_file: str | os.PathLike[str]) -> list[Entry]:
    path = register_path(db_file)
    if not path.is_file():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entries.append(Entry(**json.loads(line)))
        except (ValueError, TypeError):
            continue  # a line cut short by a crash: the others still count
    return entries


def _append(db_file: Path, entry: Entry) -> None:
    from planner.storage.checks import create_private_file

    path = register_path(db_file)
    create_private_file(path)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _checkpoint(db_file: Path) -> None:
    """Move the WAL into the database and truncate it: the old page images of the
    person's rows would otherwise stay readable in the -wal file."""
    try:
        conn = sqlite3.connect(db_file, timeout=2)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:  # another reader still holds an old snapshot
        log.warning("WAL nach Löschung nicht sofort geleert: %s", type(exc).__name__)


def remember(orm: OrmSession, person: Person, mode: str, reason: str = "") -> None:
    """Note the erasure in the register and empty the WAL once the transaction commits
    (nothing is noted when it rolls back)."""
    db_file = _database_file(orm)
    if db_file is None:
        return
    entry = Entry(person.id, person.created_at.isoformat(), mode,
                  utcnow().isoformat(timespec="seconds"), reason[:200])

    def _after_commit(_session: OrmSession) -> None:
        try:
            _append(db_file, entry)
        except OSError as exc:
            log.error("Löschregister nicht geschrieben: %s", type(exc).__name__)
        _checkpoint(db_file)

    event.listen(orm, "after_commit", _after_commit, once=True)


def due_entries(orm: OrmSession, entries: list[Entry]) -> dict[int, Entry]:
    """The register's entries whose person the database still holds unerased: per person
    the erasure if there is one, else the anonymisation."""
    due: dict[int, Entry] = {}
    for entry in entries:
        person = orm.get(Person, entry.person_id)
        if person is None or person.created_at.isoformat() != entry.created:
            continue
        if entry.mode == ANONYMISE and person.anonymised_on is not None:
            continue
        if entry.mode == ERASE and person.anonymised_on is not None and \
                entry.person_id not in due:
            continue  # kept anonymised for a retention duty, as the erasure decided
        if entry.mode == ERASE or entry.person_id not in due:
            due[entry.person_id] = entry
    return due


def due_in(db: Database) -> dict[int, Entry]:
    """Per person id, the register entry the database still holds unerased (none for a
    server database: the register lives beside a file)."""
    if db.path is None:
        return {}
    entries = read_entries(db.path)
    if not entries:
        return {}
    with db.reading() as orm:
        return due_entries(orm, entries)


def pending(db: Database) -> list[Any]:
    """Person ids the database still holds unerased although the register names them
    (for `check`)."""
    return sorted(due_in(db))
