"""Schema management: empty → head equals the models; newer/foreign databases refused."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from planner.cache import CACHE_DIR_ENV_VAR
from planner.errors import DatabaseError
from planner.models import Base
from planner.schema import HEAD_REVISION
from planner.storage.database import Database, known_revisions


def test_head_constant_matches_alembic_head():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from planner.storage.database import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(cfg).get_heads() == [HEAD_REVISION]


def test_migrated_empty_database_equals_models(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_DIR_ENV_VAR, str(tmp_path / "cache"))  # nothing kept: migrate
    db = Database.open(tmp_path / "fresh.sqlite")
    assert db.schema_action == "created"
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
    db.close()
    assert diff == []


def _dump(path) -> tuple[list, dict]:
    """Schema and every row, read with bare sqlite3."""
    conn = sqlite3.connect(path)
    schema = sorted(conn.execute("SELECT type, name, sql FROM sqlite_master"))
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    rows = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables}
    conn.close()
    return schema, rows


def test_new_files_are_copies_of_the_kept_empty_database(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_DIR_ENV_VAR, str(tmp_path / "cache"))
    Database.open(tmp_path / "first.sqlite").close()  # migrated, then kept
    assert len(list((tmp_path / "cache").glob("empty-*.sqlite"))) == 1
    second = Database.open(tmp_path / "second.sqlite")
    try:
        assert second.schema_action == "created" and second._engine is None  # no migration
        assert (second.path.stat().st_mode & 0o777) == 0o600
        assert _dump(tmp_path / "second.sqlite") == _dump(tmp_path / "first.sqlite")
        from planner.usecases.people import add_person

        with second.transaction() as orm:
            add_person(orm, first_name="Erste", last_name="Person")
    finally:
        second.close()
    assert Database.open(tmp_path / "second.sqlite").schema_action == "current"


def test_second_open_skips_alembic(tmp_path):
    Database.open(tmp_path / "a.sqlite").close()
    again = Database.open(tmp_path / "a.sqlite")
    assert again.schema_action == "current"
    again.close()


def test_newer_database_is_refused(tmp_path):
    path = tmp_path / "newer.sqlite"
    Database.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DatabaseError, match="neueren Transferplaner-Version"):
        Database.open(path)


def test_foreign_database_is_refused(tmp_path):
    path = tmp_path / "foreign.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseError, match="keine Transferplaner-Datenbank"):
        Database.open(path)


def test_garbage_file_gives_clear_error(tmp_path):
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="kann nicht geöffnet werden"):
        Database.open(path)


def test_pragmas_on_every_connection(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_reference_data_present(db):
    from sqlalchemy import select

    from planner.models import Office, Topic

    with db.reading() as orm:
        assert {o.code for o in orm.scalars(select(Office))} == {"berlin", "hamburg"}
        assert len(orm.scalars(select(Topic)).all()) == 4


def test_known_revisions_contains_head():
    assert HEAD_REVISION in known_revisions()


def test_in_memory_engine_has_foreign_keys():
    engine = create_engine("sqlite://")
    from planner.storage.database import create_db_engine

    engine = create_db_engine("sqlite://")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_older_database_upgrades_without_loss(tmp_path):
    """A database at the first release's schema, with data, upgrades to head intact."""
    from planner.queries.people import search_person_ids
    from planner.storage.database import create_db_engine, upgrade_database

    path = tmp_path / "release1.sqlite"
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade_database(engine, "0001_initial")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO organisation (id, name, kind, federal_state, population, city, notes,"
            " version_id) VALUES (1, 'Köln', 'municipality', 'NW', 1084000, 'Köln', '', 1)")
        conn.exec_driver_sql(
            "INSERT INTO person (id, title, first_name, last_name, email, phone, function,"
            " organisation_id, is_participant, is_trainer, is_staff, created_at, version_id)"
            " VALUES (1, 'Dr.', 'Łucja', 'Wiśniewska-Groß', 'l.w@stadt-koeln.example', '', "
            "'Bildungsbüro', 1, 1, 0, 0, '2026-01-05 10:00:00', 1)")
        conn.exec_driver_sql(
            "INSERT INTO person (id, title, first_name, last_name, email, phone, function,"
            " organisation_id, is_participant, is_trainer, is_staff, created_at, version_id)"
            " VALUES (2, '', 'Emre', 'Yılmaz', NULL, '', '', NULL, 1, 0, 0,"
            " '2026-01-06 10:00:00', 1)")
        before = conn.exec_driver_sql(
            "SELECT id, first_name, last_name, email, organisation_id FROM person ORDER BY id"
        ).fetchall()
    engine.dispose()
    db = Database.open(path)
    try:
        assert db.schema_action == "upgraded"
        with db.engine.connect() as conn:
            after = conn.exec_driver_sql(
                "SELECT id, first_name, last_name, email, organisation_id FROM person ORDER BY id"
            ).fetchall()
            keys = dict(conn.exec_driver_sql("SELECT id, search_key FROM person").fetchall())
            consent = conn.exec_driver_sql(
                "SELECT consent_photos, consent_directory FROM person WHERE id = 1").fetchone()
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        assert after == before
        assert "wisniewska-gross" in keys[1] and "lucja" in keys[1] and "yilmaz" in keys[2]
        assert tuple(consent) == (None, None)  # unknown consent after the upgrade
        assert diff == []
        with db.reading() as orm:
            assert search_person_ids(orm, "wiśniewska") == [1]
            assert search_person_ids(orm, "YILMAZ") == [2]
    finally:
        db.close()


def test_certificates_upgrade_to_one_live_certificate_per_content(tmp_path):
    """Two live certificates of an older version about the same meeting: after the upgrade
    the newer one is live, the older one replaced, and a code replaced by an older reissue
    still verifies as replaced."""
    from datetime import date

    from alembic import command
    from sqlalchemy import func, select

    from planner.certificates import issue_certificates, verify_certificate
    from planner.models import Certificate, CertificateIssue, CertificateRevision
    from planner.storage.database import (
        _alembic_config,
        create_db_engine,
        migration_connection,
    )
    from planner.usecases.attendance import record_all_registered
    from tests.rules_support import make_event

    path = tmp_path / "older.sqlite"
    db = Database.open(path)
    fx = make_event(db, days=[date(2027, 3, 2)])
    with db.transaction() as orm:
        record_all_registered(orm, fx.session_ids[0], "present")
        issue_certificates(orm, fx.event_id, tmp_path / "out")
    db.close()
    engine = create_db_engine(f"sqlite:///{path}")
    with migration_connection(engine) as conn:
        command.downgrade(_alembic_config(conn), "0004_participant_outbox")
        # What the older version could do: a module certificate for the same meeting ...
        conn.exec_driver_sql(
            "INSERT INTO certificate (serial, prefix, year, counter, kind, person_id, event_id,"
            " session_id, issued_on, issued_place, signatory, units, attendance_rate,"
            " override_reason, verification_code, content, created_at, updated_at)"
            " SELECT 'TAB-2027-0002', prefix, year, 2, 'module', person_id, event_id,"
            f" {fx.session_ids[0]}, issued_on, issued_place, signatory, units,"
            " attendance_rate, '', 'WXYZ-WXYZ-WXYZ-WXYZ', content, created_at,"
            " '2030-01-01 00:00:00' FROM certificate WHERE counter = 1")
        # ... and a reissue that replaced a code (kept only in the issue log).
        conn.exec_driver_sql(
            "INSERT INTO certificate_issue (certificate_id, issued_at, issued_by, action,"
            " file_name, note) SELECT id, '2027-03-05 10:00:00', 'x', 'reissued', 'f.pdf',"
            " 'Ersetzter Prüfcode: ABCD-EFGH-IJKL-MNOP' FROM certificate WHERE counter = 1")
    engine.dispose()
    db = Database.open(path)
    try:
        assert db.schema_action == "upgraded"
        with db.reading() as orm:
            # The issue log survived the rebuilt certificate table (foreign keys off).
            assert orm.scalar(select(func.count()).select_from(CertificateIssue)) == 2
            certs = {c.counter: c for c in orm.scalars(select(Certificate))}
            assert certs[2].replaced_by_id is None and certs[2].content_key.endswith(
                f":s{fx.session_ids[0]}")
            assert certs[1].replaced_by_id == certs[2].id
            assert certs[1].covers_until == date(2027, 3, 2) and certs[1].revision == 2
            [old] = orm.scalars(select(CertificateRevision)).all()
            assert old.verification_code == "ABCD-EFGH-IJKL-MNOP"
            assert verify_certificate(orm, "ABCD-EFGH-IJKL-MNOP").status == "replaced"
            assert verify_certificate(orm, certs[1].verification_code).status == "replaced"
    finally:
        db.close()
