"""An independent reader for the test database, SQLite file or PostgreSQL URL (`--pg`).

`connect(db_path)` returns `sqlite3.connect(db_path)` for a file; for a server URL a small
adapter over a plain psycopg connection with the sqlite3 calling style tests use:
`con.execute(sql, params)` with `?` placeholders, `.fetchone()/.fetchall()`, iteration, rows
readable by index and by column name, `con.row_factory = …` accepted, `con.close()`.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, time
from typing import Any

from sqlalchemy.engine import make_url


class Row(tuple):
    """A result row readable as row[0] and row["column"] (like sqlite3.Row)."""

    names: tuple[str, ...] = ()

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return super().__getitem__(self.names.index(key))
        return super().__getitem__(key)

    def keys(self) -> list[str]:
        return list(self.names)


def _like_sqlite(value: Any) -> Any:
    """Values as sqlite3 returns them: booleans 0/1, dates and times as ISO text."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return value


class _Cursor:
    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor
        names = tuple(c.name for c in cursor.description) if cursor.description else ()
        self._row = type("Row", (Row,), {"names": names})

    def _make(self, row: tuple) -> Row:
        return self._row(_like_sqlite(v) for v in row)

    def fetchone(self) -> Row | None:
        row = self._cursor.fetchone()
        return None if row is None else self._make(row)

    def fetchall(self) -> list[Row]:
        return [self._make(r) for r in self._cursor.fetchall()]

    def __iter__(self):  # noqa: ANN204
        return iter(self.fetchall())


class PgReader:
    def __init__(self, url: str) -> None:
        import psycopg

        parsed = make_url(url)
        self._conn = psycopg.connect(host=parsed.host, port=parsed.port, user=parsed.username,
                                     dbname=parsed.database, autocommit=True)
        self.row_factory: Any = None

    def execute(self, sql: str, params: Any = ()) -> _Cursor:
        return _Cursor(self._conn.execute(sql.replace("?", "%s"), tuple(params)))  # type: ignore

    def commit(self) -> None:
        pass

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> PgReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def is_url(target: object) -> bool:
    return "://" in os.fspath(target) if isinstance(target, (str, os.PathLike)) else False


def connect(target: str | os.PathLike[str]) -> Any:
    """sqlite3 connection for a file, PgReader for a server URL."""
    if is_url(target):
        return PgReader(os.fspath(target))
    return sqlite3.connect(target)


def dump_bytes(url: str) -> bytes:
    """Every row of every table of a server database as text, in a stable order: what
    `Path.read_bytes()` of a SQLite file is to "nothing changed" and "secret not stored"."""
    import psycopg

    parsed = make_url(url)
    lines: list[str] = []
    with psycopg.connect(host=parsed.host, port=parsed.port, user=parsed.username,
                         dbname=parsed.database, autocommit=True) as conn:
        names = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
            "AND table_type = 'BASE TABLE' ORDER BY table_name")]
        for name in names:
            lines.append(f"-- {name}")
            rows = conn.execute(f'SELECT t::text FROM "{name}" AS t ORDER BY 1')  # type: ignore
            lines.extend(r[0] for r in rows)
    return "\n".join(lines).encode("utf-8")


class ServerDatabase(str):
    """Under --pg the `db_path` fixture: the URL (usable wherever a path is passed to
    Database.open or `--db`), plus read_bytes() giving a dump of all rows (dump_bytes)."""

    def read_bytes(self) -> bytes:
        return dump_bytes(str(self))
