"""`db copy`: a local file with demo data → an empty server database → a new local file.
Counts equal, the source file byte-for-byte unchanged, content equal, ids continue."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import psycopg
import pytest

from planner.cli.main import main
from planner.demo import generate_demo
from planner.errors import DatabaseError
from planner.storage.database import Database
from planner.storage.dbcopy import copy_database, tables
from planner.usecases.people import add_person
from tests.pg_server import PgServer, free_port

CONTENT_QUERIES = {
    "person": "SELECT id, first_name, last_name, email, is_trainer, version_id FROM person "
              "ORDER BY id",
    "session": "SELECT id, event_id, start, \"end\", status, uid, sequence FROM session "
               "ORDER BY id",
    "attendance": "SELECT id, person_id, session_id, status, minutes, recorded_at FROM attendance "
                  "ORDER BY id",
    "event": "SELECT id, title, format, office_id, certificate_threshold FROM event ORDER BY id",
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sqlite_rows(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [tuple(_plain(v) for v in row) for row in con.execute(sql)]
    finally:
        con.close()


def pg_rows(server: PgServer, dbname: str, sql: str) -> list[tuple]:
    with psycopg.connect(host="127.0.0.1", port=server.port, user="postgres",
                         dbname=dbname) as conn:
        return [tuple(_plain(v) for v in row) for row in conn.execute(sql)]  # type: ignore


def _plain(value: object) -> object:
    """Compare across drivers: datetimes as ISO text, booleans as 0/1."""
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ")  # type: ignore[attr-defined]
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] in " T":
        return datetime.fromisoformat(value).isoformat(sep=" ")
    return value


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("copy") / "demo.sqlite"
    db = Database.open(path)
    with db.transaction() as orm:
        generate_demo(orm, years=1, seed=11, start_year=2026)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def empty_db(pg_server: PgServer):
    name = f"copy_{os.getpid()}_{free_port()}"
    pg_server.execute(f"CREATE DATABASE {name}")
    yield name
    pg_server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_round_trip_sqlite_server_sqlite(demo_file, pg_server, empty_db, tmp_path) -> None:
    before = sha256(demo_file)
    server_url = pg_server.url(empty_db)
    report = copy_database(f"sqlite:///{demo_file}", server_url)
    assert sha256(demo_file) == before  # the source is only read
    assert report.ok and report.total > 500
    assert set(report.counts) == {t.name for t in tables()}
    # Independent count on both sides.
    for table in ("person", "event", "session", "registration", "attendance", "office"):
        expected = sqlite_rows(demo_file, f"SELECT count(*) FROM {table}")[0][0]
        assert expected > 0
        assert pg_rows(pg_server, empty_db, f"SELECT count(*) FROM {table}")[0][0] == expected
        assert report.counts[table] == (expected, expected)
    for table, sql in CONTENT_QUERIES.items():
        assert pg_rows(pg_server, empty_db, sql) == sqlite_rows(demo_file, sql), table

    # The server database works normally afterwards: new ids follow the copied ones.
    highest = sqlite_rows(demo_file, "SELECT max(id) FROM person")[0][0]
    db = Database.open(db_url=server_url)
    assert db.schema_action == "current"
    with db.transaction() as orm:
        new_id = add_person(orm, first_name="Neu", last_name="Nach-Kopie").value.id
    db.close()
    assert new_id == highest + 1

    # ... and back: a snapshot into a new local file.
    snapshot = tmp_path / "snapshot.sqlite"
    back = copy_database(server_url, f"sqlite:///{snapshot}")
    assert back.ok and back.counts["person"][0] == back.counts["person"][1] == highest + 1
    for table, sql in CONTENT_QUERIES.items():
        if table != "person":
            assert sqlite_rows(snapshot, sql) == sqlite_rows(demo_file, sql), table
    assert sqlite_rows(snapshot, CONTENT_QUERIES["person"])[:-1] == sqlite_rows(
        demo_file, CONTENT_QUERIES["person"])
    snap = Database.open(snapshot)
    assert snap.integrity_check() == []
    snap.close()
    assert sha256(demo_file) == before


def test_target_must_be_empty(demo_file, pg_server, empty_db) -> None:
    url = pg_server.url(empty_db)
    Database.open(db_url=url).close()  # opened once: offices and topics exist
    with pytest.raises(DatabaseError, match="nicht leer"):
        copy_database(f"sqlite:///{demo_file}", url)
    assert pg_rows(pg_server, empty_db, "SELECT count(*) FROM person") == [(0,)]


def test_source_with_older_or_foreign_schema_is_refused(tmp_path, pg_server, empty_db) -> None:
    foreign = tmp_path / "fremd.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE kunden (id INTEGER)")
    con.commit()
    con.close()
    before = sha256(foreign)
    with pytest.raises(DatabaseError, match="nicht das aktuelle Schema"):
        copy_database(f"sqlite:///{foreign}", pg_server.url(empty_db))
    assert sha256(foreign) == before
    with pytest.raises(DatabaseError, match="gibt es nicht"):
        copy_database(f"sqlite:///{tmp_path / 'fehlt.sqlite'}", pg_server.url(empty_db))


def test_cli_copy_both_directions(demo_file, pg_server, empty_db, tmp_path, capsys) -> None:
    before = sha256(demo_file)
    url = pg_server.url(empty_db)
    assert main(["--db", str(demo_file), "db", "copy", "--to", url]) == 0
    out = capsys.readouterr().out
    assert "Anzahl in Quelle und Ziel gleich" in out and "session" in out
    snapshot = tmp_path / "heim.sqlite"
    assert main(["db", "copy", "--from", url, "-o", str(snapshot), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)["tables"]
    assert counts["person"]["source"] == counts["person"]["target"] > 0
    assert sha256(demo_file) == before
    # Copying again into the now filled server database is refused, exit code 1.
    assert main(["--db", str(demo_file), "db", "copy", "--to", url]) == 1
    assert "nicht leer" in capsys.readouterr().err
