"""Schema management: empty → head equals the models; newer/foreign databases refused."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

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


def test_migrated_empty_database_equals_models(tmp_path):
    db = Database.open(tmp_path / "fresh.sqlite")
    assert db.schema_action == "created"
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
    db.close()
    assert diff == []


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
