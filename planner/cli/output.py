"""The CLI's output conventions, shared by every command group.

- Exit codes (stable, documented in the README): `EXIT_OK` 0 done, `EXIT_ERROR` 1 refused
  or failed (nothing written), `EXIT_USAGE` 2 wrong arguments, `EXIT_CONFLICT` 3 refused
  as a conflict that `--force` would override.
- Saving commands report `{"id": …, "warnings": [...], "changed": [...]}` with `--json`
  (`saved_document`); warnings always also go to stderr as "Warnung: …" lines.
- Listings print one line per row, or the rows as a JSON array with `--json`.
- JSON keeps plain numbers, ISO dates and code names; human text goes through
  `planner.wording` (German plurals and decimal commas).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from planner.checks import PlanWarning

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_CONFLICT = 3
EXIT_INTERRUPTED = 130


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, Path):
        return str(value)
    return str(value)


def to_json(data: Any) -> str:
    """The one JSON style of the CLI: UTF-8 text, indented, ISO dates, code names."""
    return json.dumps(data, ensure_ascii=False, indent=2, default=_json_default)


def warning_dict(warning: PlanWarning) -> dict[str, Any]:
    return {"code": warning.code, "message": warning.message}


def changed_names(changed: Iterable[Any]) -> list[str]:
    """What changed, as sorted code names (enum members give their value)."""
    return sorted({str(getattr(c, "value", c)) for c in changed})


def saved_document(ident: Any, warnings: Sequence[PlanWarning] = (),
                   changed: Iterable[Any] = (), **extra: Any) -> dict[str, Any]:
    """The JSON answer of every saving command."""
    doc: dict[str, Any] = {"id": ident, "warnings": [warning_dict(w) for w in warnings],
                           "changed": changed_names(changed)}
    doc.update(extra)
    return doc


def print_warnings(warnings: Iterable[PlanWarning]) -> None:
    for w in warnings:
        print(f"Warnung: {w.message}", file=sys.stderr)


def print_listing(rows: Sequence[Mapping[str, Any]], line: Callable[[Any], str], *,
                  as_json: bool, summary: str | None = None) -> None:
    """Rows as JSON (plain data) or one line each, with an optional closing summary."""
    if as_json:
        print(to_json(list(rows)))
        return
    for row in rows:
        print(line(row))
    if summary:
        print(summary)


def silence_stdout() -> None:
    """After the reader of a pipe went away (`| head`): drop the rest of the output quietly.

    Python flushes stdout again at exit; pointing the descriptor at /dev/null keeps that
    flush from raising a second BrokenPipeError (the recipe from the `signal` docs).
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout replaced by something without a descriptor
        pass
