"""Plain SQL for the views that paint at start-up, run without SQLAlchemy on a SQLite file.

Importing SQLAlchemy and declaring the models costs several times a bare window. The
queries that fill the first view (the plan's sessions, its filter choices, the status
bar's counts) are therefore written once as portable SQL with `:name` parameters and run
through `fetch`, which takes either

- a `sqlite3.Connection` (`Database.reading_rows()` on a SQLite file: no SQLAlchemy), or
- an ORM session: on SQLite its own DB-API connection runs the very same code inside the
  session's transaction; on a server the SQL goes through `sqlalchemy.text()`.

There is one implementation of each query, not a second data path. Values come back as the
driver gives them: SQLite returns datetimes as text in SQLAlchemy's storage format and
booleans as 0/1, so rows are read with `as_datetime`, `as_date` and `bool()`; date and
datetime parameters are written in those formats for SQLite (see `sqlite_datetime`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

    RowSource = OrmSession | sqlite3.Connection


def sqlite_datetime(value: datetime) -> str:
    """A naive datetime as SQLAlchemy's SQLite DateTime stores it (comparable as text):
    '2027-03-09 09:30:00.000000' (isoformat is several times faster than strftime)."""
    if value.tzinfo is not None or value.year < 1000:
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    text = value.isoformat(" ")
    return text if value.microsecond else f"{text}.000000"


def _sqlite_value(value: Any) -> Any:
    """Dates and datetimes as SQLAlchemy's SQLite types store them; the rest as is."""
    if isinstance(value, datetime):
        return sqlite_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def as_datetime(value: Any) -> datetime | None:
    """A DateTime column's value from either driver."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def as_date(value: Any) -> date | None:
    """A Date column's value from either driver."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


_KEPT = "planner.plainsql.connection"


def in_list(name: str, values: Sequence[Any], params: dict[str, Any]) -> str:
    """`:name_0, :name_1, …` for an IN (…) list, adding the values to `params`."""
    keys = [f"{name}_{i}" for i in range(len(values))]
    params.update(zip(keys, values, strict=True))
    return ", ".join(f":{key}" for key in keys)


def sqlite_connection(source: RowSource) -> sqlite3.Connection | None:
    """The DB-API connection to run on directly: the source itself, or an ORM session's
    connection on SQLite; None for a server database."""
    if isinstance(source, sqlite3.Connection):
        return source
    # Kept for the session's current transaction (the same DB-API connection throughout).
    transaction = source.get_transaction()
    kept = source.info.get(_KEPT)
    if kept is not None and transaction is not None and kept[0] is transaction:
        return kept[1]
    connection = source.connection()
    raw = None
    if connection.dialect.name == "sqlite":
        raw = connection.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
    source.info[_KEPT] = (source.get_transaction(), raw)
    return raw


def fetch(source: RowSource, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple]:
    """All rows of `sql` as tuples, from a sqlite3 connection or an ORM session."""
    params = dict(params or {})
    raw = sqlite_connection(source)
    if raw is not None:
        values = {k: _sqlite_value(v) for k, v in params.items()}
        return raw.execute(sql, values).fetchall()
    assert not isinstance(source, sqlite3.Connection)
    from sqlalchemy import text

    return [tuple(row) for row in source.execute(text(sql), params)]


def fetch_value(source: RowSource, sql: str, params: Mapping[str, Any] | None = None) -> Any:
    """The first column of the first row, or None."""
    found = fetch(source, sql, params)
    return found[0][0] if found else None
