"""Copy a whole database into an empty one: local file → server, or server → local snapshot.

Every table of the models is copied in foreign-key order, in batches, through SQLAlchemy
Core (no ORM hooks: no audit entries, no change tracking, ids and timestamps kept). The
target is created or migrated to the current schema first and must be empty; the copy runs in
one target transaction (all or nothing). The source is only read: a SQLite source is opened
read-only and is never migrated. At the end the row counts of both sides are compared.
On PostgreSQL the id sequences are set to the highest copied id.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine, Table, func, select, text
from sqlalchemy.engine import Connection, make_url

from planner.errors import DatabaseError
from planner.models import Base
from planner.schema import HEAD_REVISION
from planner.storage.database import (
    create_db_engine,
    current_revision,
    ensure_schema,
    sqlite_file_path,
)
from planner.storage.server import normalize_url, redact

BATCH_SIZE = 1000
log = logging.getLogger(__name__)


Progress = Callable[[str, int], None]


@dataclass
class CopyReport:
    source: str
    target: str
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # table: (source, target)

    @property
    def ok(self) -> bool:
        return all(a == b for a, b in self.counts.values())

    @property
    def total(self) -> int:
        return sum(a for a, _b in self.counts.values())

    def mismatches(self) -> list[str]:
        return [f"{name}: Quelle {a}, Ziel {b}" for name, (a, b) in self.counts.items() if a != b]


def tables() -> list[Table]:
    """All model tables, parents before children."""
    return list(Base.metadata.sorted_tables)


def _source_engine(url: str) -> Engine:
    """The source, opened so that it cannot be changed (SQLite: read-only URI)."""
    path = sqlite_file_path(url)
    if path is not None:
        if not path.is_file():
            raise DatabaseError(f"Die Quelldatenbank „{path}“ gibt es nicht.")
        from sqlalchemy import create_engine

        uri = f"sqlite:///file:{path.absolute().as_posix()}?mode=ro&uri=true"
        return create_engine(uri)
    return create_db_engine(url)


def _counts(conn: Connection) -> dict[str, int]:
    return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
            for t in tables()}


def count_rows(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return _counts(conn)


def _check_source(engine: Engine, url: str) -> None:
    revision = current_revision(engine)
    if revision != HEAD_REVISION:
        raise DatabaseError(
            f"Die Quelldatenbank {redact(url)} hat nicht das aktuelle Schema "
            f"({revision or 'keins'}, erwartet {HEAD_REVISION}). Bitte zuerst einmal mit "
            "dieser Programmversion öffnen."
        )


def _prepare_target(engine: Engine, url: str) -> None:
    """Create or upgrade the schema (no reference data); refuse a target holding data."""
    ensure_schema(engine)
    filled = {name: n for name, n in count_rows(engine).items() if n}
    if filled:
        listed = ", ".join(f"{name} ({n})" for name, n in sorted(filled.items())[:6])
        raise DatabaseError(
            f"Die Zieldatenbank {redact(url)} ist nicht leer: {listed}. Kopiert wird nur in "
            "eine leere Datenbank; es wurde nichts verändert."
        )


def _copy_table(source: Connection, target: Connection, table: Table,
                progress: Progress | None) -> int:
    order = list(table.primary_key.columns) or list(table.columns)
    result = source.execution_options(yield_per=BATCH_SIZE).execute(
        select(table).order_by(*order)
    )
    copied = 0
    for batch in result.partitions(BATCH_SIZE):
        target.execute(table.insert(), [dict(row._mapping) for row in batch])
        copied += len(batch)
        if progress is not None:
            progress(table.name, copied)
    return copied


def _reset_sequences(target: Connection) -> None:
    """PostgreSQL: the next generated id follows the highest copied one."""
    for table in tables():
        column = table.autoincrement_column
        if column is None:
            continue
        sequence = target.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name}
        ).scalar()
        if sequence is None:
            continue
        highest = target.execute(select(func.max(column))).scalar()
        if highest is None:
            target.execute(text("SELECT setval(:s, 1, false)"), {"s": sequence})
        else:
            target.execute(text("SELECT setval(:s, :v, true)"), {"s": sequence, "v": highest})


def copy_database(source_url: str, target_url: str,
                  progress: Progress | None = None) -> CopyReport:
    """Copy everything from `source_url` into the empty database at `target_url`."""
    source_url, target_url = normalize_url(source_url), normalize_url(target_url)
    if _same_database(source_url, target_url):
        raise DatabaseError("Quelle und Ziel sind dieselbe Datenbank.")
    target_file = sqlite_file_path(target_url)
    if target_file is not None:
        from planner.storage.checks import check_local_path, create_private_file

        check_local_path(target_file)
        create_private_file(target_file)
    source = _source_engine(source_url)
    target = create_db_engine(target_url)
    report = CopyReport(redact(source_url), redact(target_url))
    try:
        _check_source(source, source_url)
        _prepare_target(target, target_url)
        with source.connect() as src, target.begin() as dst:
            if src.dialect.name == "postgresql":  # one consistent snapshot of a live server
                src = src.execution_options(isolation_level="REPEATABLE READ")
            with src.begin():
                if dst.dialect.name == "sqlite":
                    dst.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
                for table in tables():
                    _copy_table(src, dst, table, progress)
                if dst.dialect.name == "postgresql":
                    _reset_sequences(dst)
                before = _counts(src)
        after = count_rows(target)  # a fresh connection: what was really committed
        report.counts = {name: (before[name], after.get(name, 0)) for name in before}
    finally:
        source.dispose()
        target.dispose()
    if not report.ok:
        log.error("Kopie unvollständig: %s", "; ".join(report.mismatches()))
        raise DatabaseError("Die Kopie ist unvollständig: " + "; ".join(report.mismatches()))
    log.info("Datenbank kopiert: %d Zeilen in %d Tabellen", report.total, len(report.counts))
    return report


def _same_database(a: str, b: str) -> bool:
    path_a, path_b = sqlite_file_path(a), sqlite_file_path(b)
    if path_a is not None and path_b is not None:
        return path_a.resolve() == path_b.resolve()
    ua, ub = make_url(a), make_url(b)
    return (ua.get_backend_name(), ua.host, ua.port, ua.database) == (
        ub.get_backend_name(), ub.host, ub.port, ub.database)
