"""The bulk demo path: rows written as the ORM writes them, the planning rules checked on
the written data (a broken rule leaves nothing behind), and the kept demo of the day."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner.demo import bookings as demo_bookings
from planner.demo import generate_demo
from planner.demo.context import DemoContext
from planner.errors import ValidationError
from planner.models import (
    Attendance,
    ChangeLog,
    Event,
    Excursion,
    Person,
    Registration,
    Session,
)
from planner.storage.database import Database
from planner.usecases.people import add_person
from planner.usecases.planning import EventPlan, SessionPlan, create_event

START = 2025


def _count(db: Database, model: type) -> int:
    with db.reading() as orm:
        return int(orm.scalar(select(func.count()).select_from(model)) or 0)


def test_rows_read_back_through_the_orm_and_the_app_goes_on(db: Database) -> None:
    with db.transaction() as orm:
        stats = generate_demo(orm, years=1, seed=5, start_year=START)
    assert stats["Termine"] == _count(db, Session) and stats["Personen"] == _count(db, Person)
    with db.reading() as orm:
        sessions = orm.scalars(select(Session)).all()
        assert len({s.uid for s in sessions}) == len(sessions)  # calendar UIDs unique
        assert all(isinstance(s.start, datetime) and s.start.year == START for s in sessions)
        assert {s.sequence for s in sessions if s.is_cancelled} <= {1}
        assert {s.sequence for s in sessions if not s.is_cancelled} == {0}
        network = orm.scalar(select(Event).where(Event.format == "network_group"))
        assert network is not None and network.sessions[0].excursion is not None
        assert orm.scalar(select(func.count(Excursion.id))) > 0
        person = orm.scalars(select(Person).where(Person.is_trainer)).first()
        assert person is not None and person.search_key.startswith(
            person.last_name.lower()[:3])
        # every person's creation is in the audit log, as through the use case
        logged = set(orm.scalars(select(ChangeLog.entity_id).where(
            ChangeLog.entity == "person", ChangeLog.action == "insert")))
        assert logged == set(orm.scalars(select(Person.id)))
        marks = orm.scalars(select(Attendance)).all()
        assert marks and all(a.recorded_at is not None for a in marks)
        regs = orm.scalars(select(Registration)).all()
        assert all(r.version_id == 1 for r in regs)
    # after the bulk write, ids continue (also the server's sequences, under --pg)
    with db.transaction() as orm:
        person = add_person(orm, first_name="Nach", last_name="Demo").value
        event = create_event(orm, EventPlan(
            format="conference", title="Nach der Demo", office="berlin",
            sessions=[SessionPlan(start=datetime(2030, 3, 5, 9), end=datetime(2030, 3, 5, 12))]
        ), force=True).value
        assert person.id > 1 and event.sessions[0].id == stats["Termine"] + 1
    assert db.integrity_check() == []


def test_a_double_booking_is_refused_and_nothing_is_written(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    # a generator that forgets the busy days books people into two events at once …
    monkeypatch.setattr(DemoContext, "free", lambda self, person_id, days: True)
    persons = _count(db, Person)
    with pytest.raises(ValidationError, match="doppelt gebucht|Doppelbuchung"):
        with db.transaction() as orm:
            generate_demo(orm, years=1, seed=5, start_year=START)
    # … and the rules checked on the written rows refuse it: the transaction is rolled back
    assert _count(db, Person) == persons and _count(db, Event) == 0


def test_attendance_without_registration_is_refused(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    original = demo_bookings.registered_person_ids

    def with_cancelled_ones(event, session):  # noqa: ANN001, ANN202
        # persons whose registration was cancelled: marked present all the same
        return original(event, session) + sorted(
            r.person_id for r in event.registrations if r.status == "cancelled")

    monkeypatch.setattr(demo_bookings, "registered_person_ids", with_cancelled_ones)
    with pytest.raises(ValidationError, match="Anwesenheit ohne Anmeldung"):
        with db.transaction() as orm:
            generate_demo(orm, years=1, seed=5, start_year=START)
    assert _count(db, Attendance) == 0


@pytest.mark.sqlite_only("the kept demo is a SQLite file")
def test_the_kept_demo_is_an_identical_copy(db: Database, db_path: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.cache import CACHE_DIR_ENV_VAR
    from planner.demo.cache import copy_kept_demo, demo_name, keep_demo

    monkeypatch.setenv(CACHE_DIR_ENV_VAR, str(tmp_path / "cache"))
    day = date(2026, 3, 4)
    target = tmp_path / "copy.sqlite"
    assert not copy_kept_demo(target, 2, 2027, day)  # nothing kept yet
    with db.transaction() as orm:
        generate_demo(orm, years=1, seed=5, start_year=START)
    keep_demo(db_path, 2, 2027, day)
    assert copy_kept_demo(target, 2, 2027, day)
    assert not copy_kept_demo(tmp_path / "other.sqlite", 2, 2027, date(2026, 3, 5))

    def dump(path: Path) -> dict[str, list]:
        conn = sqlite3.connect(path)
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master "
                                             "WHERE type = 'table'")]
        rows = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
        conn.close()
        return rows

    assert dump(target) == dump(db_path) and dump(target)["session"]
    keep_demo(db_path, 2, 2027, date(2026, 3, 5))  # a new day replaces the old file
    kept = sorted(p.name for p in (tmp_path / "cache").glob("demo-*.sqlite"))
    assert kept == [demo_name(2, 2027, date(2026, 3, 5))]
