"""Is a SQLite file's schema exactly the one the migrations produce?

A backup or a database file that looks right (it has `alembic_version` and a `person`
table) may still carry an extra trigger that deletes data on the next change, a view, an
index or a table of someone else's making, or miss columns. Before a file is restored, and
in `check`, its schema is compared object by object with a database built by the
migrations at the same revision: tables with their columns (name, type, NOT NULL, default,
primary key) and foreign keys, indexes with their columns, views and triggers with their
SQL. Anything else is refused with a message naming the first differences.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

Signature = dict[str, str]  # "kind name" -> normalised description

_SPACE = re.compile(r"\s+")
_KIND_LABELS = {"table": "Tabelle", "index": "Index", "view": "Sicht", "trigger": "Trigger"}


def _normalised(sql: str | None) -> str:
    text = _SPACE.sub(" ", (sql or "").strip()).lower()
    return text.replace("( ", "(").replace(" )", ")").replace('"', "").rstrip(";")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table_description(conn: sqlite3.Connection, schema: str, name: str) -> str:
    columns = [
        f"{row[1]}:{str(row[2]).upper()}:{row[3]}:{_normalised(row[4])}:{row[5]}:{row[6]}"
        for row in conn.execute(f"PRAGMA {schema}.table_xinfo({_quoted(name)})")]
    keys = sorted(
        f"{row[3]}->{row[2]}.{row[4]}:{row[5]}:{row[6]}"
        for row in conn.execute(f"PRAGMA {schema}.foreign_key_list({_quoted(name)})"))
    return "columns " + ", ".join(columns) + "; keys " + ", ".join(keys)


def _index_description(conn: sqlite3.Connection, schema: str, name: str, table: str,
                       sql: str | None) -> str:
    columns = [str(row[2]) for row in conn.execute(
        f"PRAGMA {schema}.index_info({_quoted(name)})")]
    unique = next((row[2] for row in conn.execute(
        f"PRAGMA {schema}.index_list({_quoted(table)})") if row[1] == name), 0)
    where = _normalised(sql).partition(" where ")[2] if sql else ""
    return f"on {table}({', '.join(columns)}) unique={unique} where={where}"


def signature(conn: sqlite3.Connection, schema: str = "main") -> Signature:
    """Every schema object of `schema` (a database name of the connection), described so
    that two databases built by the same migrations give equal signatures."""
    rows = list(conn.execute(
        f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master "
        "WHERE substr(name, 1, 7) != 'sqlite_' ORDER BY type, name"))
    result: Signature = {}
    for kind, name, table, sql in rows:
        if kind == "table":
            result[f"table {name}"] = _table_description(conn, schema, name)
        elif kind == "index":
            result[f"index {name}"] = _index_description(conn, schema, name, table, sql)
        else:  # view, trigger: their SQL is all there is
            result[f"{kind} {name}"] = _normalised(sql)
    return result


def file_signature(path: Path) -> Signature:
    uri = f"{Path(path).absolute().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True, timeout=10)) as conn:
        return signature(conn)


def differences(actual: Signature, expected: Signature) -> list[str]:
    """German descriptions of what differs (empty: the same schema)."""
    found: list[str] = []
    for key in sorted(set(actual) - set(expected)):
        kind, name = key.split(" ", 1)
        found.append(f"{_KIND_LABELS.get(kind, kind)} „{name}“ gehört nicht zum Schema")
    for key in sorted(set(expected) - set(actual)):
        kind, name = key.split(" ", 1)
        found.append(f"{_KIND_LABELS.get(kind, kind)} „{name}“ fehlt")
    for key in sorted(set(actual) & set(expected)):
        if actual[key] != expected[key]:
            kind, name = key.split(" ", 1)
            found.append(f"{_KIND_LABELS.get(kind, kind)} „{name}“ ist anders aufgebaut")
    return found


def schema_problems(actual: Signature, expected: Signature) -> list[str]:
    """One German problem line naming the first differences (empty: the same schema)."""
    found = differences(actual, expected)
    if not found:
        return []
    more = f" (und {len(found) - 3} weitere Abweichungen)" if len(found) > 3 else ""
    return ["Das Datenbankschema weicht von dem dieser Programmversion ab: "
            + "; ".join(found[:3]) + more + "."]
