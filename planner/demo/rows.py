"""Demo rows in memory, and their bulk write at the end.

The demo is built as plain rows, not ORM objects: one flush or query per registration made
ten years of demo data take half a minute, while the database writes the same rows in a
fraction of a second. Each table is a list of `Row`s whose ids are given here (continuing
after the rows already stored, e.g. the offices); `write_rows` inserts every table with
one `executemany`, in the order of the models' foreign keys. Columns a row leaves out get
the model's default (`version_id`, `created_at`, `uid`, …), so a new column with a default
needs nothing here.

A row may carry more attributes than its table has columns (`event.sessions`,
`session.venue`, …): the builders navigate them; the writer takes only the columns.

Adding a new kind of demo row (say, evaluation answers of issue 17):

1. build them where they belong (a function in `planner/demo/`, called from
   `generator._year` or after the bookings) with `ctx.rows.add("table_name", column=value,
   …)`; the returned row has its `id`, to be used in foreign keys of later rows;
2. check them with the functions the use case checks with (`planner/validation.py`,
   `planner/checks.py`, …) before adding them, so demo rows obey the same rules as rows
   entered by hand, and add a check of the written rows to `planner/demo/verify.py` when
   the rule concerns several rows (capacity, overlaps, …);
3. nothing else: the writer inserts every table of the models' metadata that has rows.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Protocol

from planner.models.enums import SessionStatus
from planner.plainsql import fetch, sqlite_connection

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.orm import Session as OrmSession


class Row(SimpleNamespace):
    """One row to be written: column values, plus any attributes the builders navigate."""

    id: int


class EventRow(Row):
    sessions: list[SessionRow]
    registrations: list[Row]
    taken: dict[int | str, int]  # registered places: "whole" event, or per session id
    booked_persons: set[int]  # persons with a registration that is not cancelled


class SessionRow(Row):
    """A session with the derived values the planning rules read (planner.rules etc.)."""

    event: EventRow
    status: str
    capacity: int | None
    break_minutes: int | None

    @property
    def is_cancelled(self) -> bool:
        return self.status == SessionStatus.CANCELLED

    @property
    def effective_capacity(self) -> int | None:
        return self.capacity if self.capacity is not None else self.event.capacity

    @property
    def effective_break_minutes(self) -> int:
        if self.break_minutes is not None:
            return self.break_minutes
        return int(self.event.default_break_minutes)


class DemoRows:
    """The tables being filled: `add` gives each new row the next free id of its table."""

    def __init__(self, next_ids: dict[str, int]) -> None:
        self.tables: dict[str, list[Row]] = defaultdict(list)
        self._next_ids = dict(next_ids)

    def add(self, table: str, row_type: type[Row] = Row, **values: Any) -> Any:
        if table in self._next_ids and "id" not in values:
            values["id"] = self._next_ids[table]
            self._next_ids[table] += 1
        row = row_type(**values)
        self.tables[table].append(row)
        return row

    def count(self, table: str, **where: Any) -> int:
        return sum(1 for row in self.tables.get(table, [])
                   if all(getattr(row, k, None) == v for k, v in where.items()))


class DemoState(Protocol):
    """What the row builders of planner/demo/records.py use of the demo context."""

    rows: DemoRows
    audit_who: dict[str, Any]
    offices: dict[str, Row]
    topics: list[Row]
    events: list[EventRow]
    person_by_id: dict[int, Row]
    venue_by_id: dict[int, Row]

    def uid(self) -> str: ...


@cache
def _sorted_tables() -> tuple[Table, ...]:
    """The models' tables in foreign-key order (sorting them takes SQLAlchemy a while)."""
    from planner.models import Base

    return tuple(Base.metadata.sorted_tables)


def _id_tables() -> list[Table]:
    return [t for t in _sorted_tables() if [c.name for c in t.primary_key.columns] == ["id"]]


def next_ids(orm: OrmSession) -> dict[str, int]:
    """The first free id of every table with an `id` key (after what is stored)."""
    return {t.name: int(fetch(orm, f'SELECT max(id) FROM "{t.name}"')[0][0] or 0) + 1
            for t in _id_tables()}


def _column_values(table: Table, rows: list[Row]) -> tuple[list[str], list[list[Any]]]:
    """Column names and one value list per row; a column a row leaves out gets the model's
    default (a constant, or a function such as `utcnow` called once for the whole table, as
    one flush would), else NULL."""
    names, keys, defaults = [], [], []
    for column in table.columns:
        default = column.default
        if default is None:
            value = None
        elif getattr(default, "is_callable", False):
            value = default.arg(None)  # type: ignore[attr-defined]
        else:
            value = getattr(default, "arg", None)
        names.append(column.name)
        keys.append(column.key)
        defaults.append(value)
    pairs = list(zip(keys, defaults, strict=True))
    return names, [[vars(row).get(key, value) for key, value in pairs] for row in rows]


def write_rows(orm: OrmSession, rows: DemoRows) -> None:
    """Insert every table's rows in foreign-key order, one executemany per table, in the
    caller's transaction. On SQLite through the DB-API connection, with SQLAlchemy's own
    conversions of each column type (so the stored text is what the ORM writes); on a
    server through SQLAlchemy Core, then the id sequences are moved past the new ids."""
    connection = orm.connection()
    dialect = connection.dialect
    raw = sqlite_connection(orm)
    for table in _sorted_tables():
        items = rows.tables.get(table.name)
        if not items:
            continue
        names, values = _column_values(table, items)
        if raw is None:
            connection.execute(table.insert(), [dict(zip(names, v, strict=True))
                                                for v in values])
            continue
        convert = [(i, process) for i, c in enumerate(table.columns)
                   if (process := c.type.dialect_impl(dialect).bind_processor(dialect))]
        for line in values:
            for i, process in convert:
                if line[i] is not None:
                    line[i] = process(line[i])
        quote = dialect.identifier_preparer.quote
        raw.executemany(
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
            f"VALUES ({', '.join('?' * len(names))})", values)
    if dialect.name == "postgresql":
        for table in _id_tables():
            if rows.tables.get(table.name):
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"(SELECT max(id) FROM \"{table.name}\"))")
