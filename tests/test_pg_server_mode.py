"""The shared server mode against a real throwaway PostgreSQL cluster: migrations, schema
check, URL and password handling, connection test, CLI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import inspect

from planner.cli.main import main
from planner.errors import DatabaseError
from planner.models import Base
from planner.schema import HEAD_REVISION
from planner.storage.connection import check_connection
from planner.storage.database import Database, resolve_url
from planner.storage.server import (
    connect_url,
    is_server_url,
    normalize_url,
    redact,
    strip_password,
)
from tests.pg_server import PgServer, free_port


def raw(server: PgServer, url: str, sql: str) -> list[tuple]:
    """An independent reader/writer: plain psycopg, no SQLAlchemy."""
    dbname = url.rsplit("/", 1)[1]
    with psycopg.connect(host="127.0.0.1", port=server.port, user="postgres", dbname=dbname,
                         autocommit=True) as conn:
        cur = conn.execute(sql)  # type: ignore[arg-type]
        return cur.fetchall() if cur.description else []


@pytest.fixture
def empty_url(pg_server: PgServer):
    name = f"empty_{os.getpid()}_{free_port()}"
    pg_server.execute(f"CREATE DATABASE {name}")
    yield pg_server.url(name)
    pg_server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_migrations_build_the_same_schema_as_on_sqlite(pg_server, empty_url, tmp_path) -> None:
    db = Database.open(db_url=empty_url)
    assert db.schema_action == "created" and not db.is_sqlite and db.path is None
    db.close()
    assert raw(pg_server, empty_url, "SELECT version_num FROM alembic_version") == [
        (HEAD_REVISION,)]
    lite = Database.open(tmp_path / "lite.sqlite")
    try:
        pg_inspect = inspect(Database.open(db_url=empty_url).engine)
        lite_inspect = inspect(lite.engine)
        assert set(pg_inspect.get_table_names()) == set(lite_inspect.get_table_names())
        for table in Base.metadata.sorted_tables:
            pg_cols = {c["name"] for c in pg_inspect.get_columns(table.name)}
            assert pg_cols == {c["name"] for c in lite_inspect.get_columns(table.name)}
            assert pg_cols == {c.name for c in table.columns}
    finally:
        lite.close()
    # Constraint names fit PostgreSQL's 63 bytes (longer ones would be silently truncated).
    names = [r[0] for r in raw(pg_server, empty_url,
                               "SELECT conname FROM pg_constraint c JOIN pg_namespace n "
                               "ON n.oid = c.connamespace WHERE n.nspname = 'public'")]
    assert names and all(len(n) < 63 for n in names)
    # The reference data (offices) arrived like on SQLite.
    assert raw(pg_server, empty_url, "SELECT count(*) FROM office")[0][0] >= 2


def test_migrated_server_database_equals_models(pg_url) -> None:
    """Types, defaults, constraints: what Alembic built on PostgreSQL matches the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = Database.open(db_url=pg_url)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    finally:
        db.close()
    assert diff == []


def test_schema_check_at_start(pg_server, empty_url) -> None:
    Database.open(db_url=empty_url).close()
    db = Database.open(db_url=empty_url)
    assert db.schema_action == "current"
    assert db.integrity_check() == []
    db.close()
    raw(pg_server, empty_url, "UPDATE alembic_version SET version_num = 'zz_future'")
    with pytest.raises(DatabaseError, match="neueren Transferplaner-Version"):
        Database.open(db_url=empty_url)


def test_foreign_database_is_refused(pg_server, empty_url) -> None:
    raw(pg_server, empty_url, "CREATE TABLE kunden (id int)")
    with pytest.raises(DatabaseError, match="keine Transferplaner-Datenbank"):
        Database.open(db_url=empty_url)
    assert raw(pg_server, empty_url, "SELECT count(*) FROM pg_tables WHERE tablename = "
                                     "'alembic_version'") == [(0,)]


def test_url_helpers() -> None:
    url = "postgresql://planer:geheim@db.example.org:5433/transfer"
    assert is_server_url(url) and not is_server_url("sqlite:///x.sqlite")
    assert normalize_url(url).startswith("postgresql+psycopg://planer:geheim@")
    assert normalize_url("postgres://a@h/d").startswith("postgresql+psycopg://a@h/d")
    assert "geheim" not in redact(url) and "***" in redact(url)
    assert strip_password(url) == "postgresql://planer@db.example.org:5433/transfer"
    # `--db URL` selects the server like --db-url; a file path stays a file.
    assert resolve_url(url) == normalize_url(url)  # validated and with the psycopg driver
    assert resolve_url("/tmp/a.sqlite").startswith("sqlite:///")
    with pytest.raises(DatabaseError):
        normalize_url("::nonsense::")


def test_password_from_keyring_never_from_url_settings(monkeypatch) -> None:
    import keyring

    stored: dict[tuple[str, str], str] = {("Transferplaner PostgreSQL", "planer@db:5432"): "s3"}
    monkeypatch.setattr(keyring, "get_password", lambda svc, key: stored.get((svc, key)))
    assert connect_url("postgresql+psycopg://planer@db/transfer").password == "s3"
    # An explicit password wins; no user, no lookup.
    assert connect_url("postgresql+psycopg://planer:x@db/transfer").password == "x"
    assert connect_url("postgresql+psycopg://db/transfer").password is None


@pytest.fixture
def password_user(pg_server: PgServer):
    """A role that must authenticate with a password (scram) on this cluster."""
    pg_server.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                      "'planer_pw') THEN CREATE ROLE planer_pw LOGIN PASSWORD 'Kennwort-ß1'; "
                      "END IF; END $$")
    hba = pg_server.datadir / "pg_hba.conf"
    original = hba.read_text()
    hba.write_text("host all planer_pw 127.0.0.1/32 scram-sha-256\n" + original)
    pg_server.execute("SELECT pg_reload_conf()")
    yield "planer_pw"
    hba.write_text(original)
    pg_server.execute("SELECT pg_reload_conf()")


def test_password_from_pgpass(pg_server, pg_url, password_user, tmp_path, monkeypatch) -> None:
    url = pg_url.replace("postgres@", f"{password_user}@")
    raw(pg_server, pg_url, f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {password_user}")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "missing"))
    failed = check_connection(url)
    assert not failed.ok and "Keine Verbindung" in failed.message
    assert "Kennwort" not in failed.message
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_server.port}:*:{password_user}:Kennwort-ß1\n",
                      encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    report = check_connection(url)
    assert report.ok, report.message
    assert report.revision == HEAD_REVISION and "Schema aktuell" in report.message


def test_check_connection_reports_unreachable_server_in_german() -> None:
    report = check_connection(f"postgresql+psycopg://x@127.0.0.1:{free_port()}/nix")
    assert not report.ok
    assert report.message.startswith("Keine Verbindung zu postgresql+psycopg://x@127.0.0.1:")


def test_cli_runs_against_the_server(pg_url, capsys) -> None:
    assert main(["--db-url", pg_url, "person", "add", "--first-name", "Łucja",
                 "--last-name", "Wałęsa-Łukasiewicz"]) == 0
    assert main(["--db", pg_url, "list", "persons", "--json"]) == 0  # --db URL works too
    out = capsys.readouterr().out
    assert "Wałęsa-Łukasiewicz" in out
    assert main(["--db-url", pg_url, "db", "test-connection"]) == 0
    assert "Verbindung erfolgreich" in capsys.readouterr().out
    assert main(["--db-url", pg_url, "db", "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["dialect"] == "postgresql" and info["counts"]["person"] == 1
    assert info["schema"] == HEAD_REVISION
    assert main(["--db-url", pg_url, "check"]) == 0


def test_cli_test_connection_failure_exit_code(capsys, tmp_path: Path) -> None:
    code = main(["--db", str(tmp_path / "x.sqlite"), "db", "test-connection",
                 f"postgresql+psycopg://x@127.0.0.1:{free_port()}/nix"])
    assert code == 1
    assert "Fehler: Keine Verbindung" in capsys.readouterr().err
