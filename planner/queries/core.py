"""Read-only list queries in SQLAlchemy Core over the mapped tables.

The first ORM query of a process configures every mapper (tens of milliseconds); the views
shown at start-up read plain rows through Core instead, so the window appears before that
cost is paid. Same tables, same connection and transaction: only the ORM layer is skipped.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Executable, Table
from sqlalchemy.engine import Result
from sqlalchemy.orm import Session as OrmSession


def table(model: type) -> Table:
    """The Core table behind a mapped class (no mapper configuration needed)."""
    result: Table = model.__table__  # type: ignore[attr-defined]
    return result


def rows(orm: OrmSession, statement: Executable) -> Result[Any]:
    """Execute a Core statement on the unit of work's connection (no autoflush needed:
    callers are read-only views)."""
    return orm.connection().execute(statement)
