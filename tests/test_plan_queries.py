"""The plain-SQL queries behind the first paint (planner/plainsql.py): the same answers
through a bare sqlite3 connection (`Database.reading_rows()`) and through an ORM session,
checked against the ORM's own objects; on a server (`--pg`) through `sqlalchemy.text()`."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from planner.models import (
    Event,
    Office,
    Organisation,
    Person,
    Session,
    SessionTrainer,
    Topic,
    Venue,
)
from planner.queries.choices import (
    database_counts,
    nearest_session_start,
    office_choices,
    topic_choices,
    trainer_choices,
)
from planner.queries.plan import PlanSession, plan_sessions
from planner.settings import CURRENT_OFFICE, UNIT_MINUTES
from planner.storage.database import Database
from planner.usecases.people import add_person, add_topic
from planner.usecases.planning import cancel_session
from tests.factories import make_series

MARCH = (date(2027, 3, 1), date(2027, 3, 31))


@pytest.fixture
def filled(db: Database) -> Database:
    series = make_series(db, persons=2)
    with db.transaction() as orm:
        topic = add_topic(orm, "Kulturelle Bildung im Quartier").value
        orm.get(Event, series.event_id).topic_id = topic.id
        second = add_person(orm, first_name="Ana", last_name="Novák", title="Dr.",
                            email="ana@example.org", roles=["trainer"]).value
        orm.add(SessionTrainer(session_id=series.session_ids[1], person_id=second.id))
        cancel_session(orm, series.session_ids[2], "Raum nicht verfügbar")
        CURRENT_OFFICE.set(orm, "hamburg")
    return db


def _expected(db: Database, **filters: object) -> list[tuple]:
    """The plan's rows built from ORM objects (an independent reading)."""
    lo, hi = datetime(2027, 3, 1), datetime(2027, 4, 1)
    with db.reading() as orm:
        rows = []
        for s in orm.scalars(select(Session).where(Session.start < hi, Session.end > lo)
                             .order_by(Session.start, Session.id)):
            people = sorted(s.trainers, key=lambda p: (p.last_name, p.first_name))
            if filters.get("trainer") and filters["trainer"] not in [p.id for p in people]:
                continue
            if filters.get("topic") and s.event.topic_id != filters["topic"]:
                continue
            rows.append((s.id, s.event_id, s.event.title, s.title, s.start, s.end, s.all_day,
                         s.event.format, s.event.office_id, s.event.office.code,
                         s.event.topic_id, s.venue.name if s.venue else "",
                         s.venue.federal_state if s.venue else None,
                         tuple(p.id for p in people),
                         tuple(" ".join(x for x in (p.title, p.first_name, p.last_name) if x)
                               for p in people),
                         s.status == "cancelled"))
    return rows


def _tuples(items: list[PlanSession]) -> list[tuple]:
    return [(i.session_id, i.event_id, i.event_title, i.title, i.start, i.end, i.all_day,
             i.format, i.office_id, i.office_code, i.topic_id, i.venue, i.venue_state,
             i.trainer_ids, i.trainer_names, i.cancelled) for i in items]


def test_plan_sessions_the_same_through_rows_and_orm(filled: Database) -> None:
    expected = _expected(filled)
    assert len(expected) == 5 and sum(r[-1] for r in expected) == 1  # one cancelled
    assert any(len(r[13]) == 2 for r in expected)  # a session with two trainers, by name
    with filled.reading_rows() as rows:
        through_rows = plan_sessions(rows, *MARCH)
    with filled.reading() as orm:
        through_orm = plan_sessions(orm, *MARCH)
    assert _tuples(through_rows) == expected
    assert _tuples(through_orm) == expected
    assert isinstance(through_rows[0].start, datetime) and through_rows[0].start.hour == 9


def test_plan_filters(filled: Database) -> None:
    with filled.reading() as orm:
        trainer = orm.scalar(select(Person.id).where(Person.last_name == "Novák"))
        topic = orm.scalar(select(Topic.id).where(Topic.name == "Kulturelle Bildung im Quartier"))
        hamburg = orm.scalar(select(Office.id).where(Office.code == "hamburg"))
    with filled.reading_rows() as rows:
        by_trainer = plan_sessions(rows, *MARCH, trainer_ids=[trainer])
        by_topic = plan_sessions(rows, *MARCH, topic_ids=[topic], formats=["training_series"])
        by_office = plan_sessions(rows, *MARCH, office_ids=[hamburg])
        by_format = plan_sessions(rows, *MARCH, formats=["conference", "coaching"])
    assert _tuples(by_trainer) == _expected(filled, trainer=trainer) and len(by_trainer) == 1
    assert _tuples(by_topic) == _expected(filled, topic=topic) and len(by_topic) == 5
    assert by_office == [] and by_format == []


def test_choices_counts_and_settings(filled: Database) -> None:
    with filled.reading() as orm:
        offices = [(o.id, o.code, o.city or o.name)
                   for o in orm.scalars(select(Office).order_by(Office.id))]
        topics = [(t.id, t.name) for t in orm.scalars(select(Topic).order_by(Topic.name))]
        trainers = [(p.id, " ".join(x for x in (p.title, p.first_name, p.last_name) if x))
                    for p in sorted(orm.scalars(select(Person).where(Person.is_trainer)),
                                    key=lambda p: (p.last_name.lower(), p.first_name.lower()))]
        counts = {"events": orm.scalar(select(func.count(Event.id))),
                  "sessions": orm.scalar(select(func.count(Session.id))),
                  "persons": orm.scalar(select(func.count(Person.id))),
                  "municipalities": orm.scalar(select(func.count(Organisation.id)).where(
                      Organisation.kind == "municipality")),
                  "venues": orm.scalar(select(func.count(Venue.id)))}
        first = orm.scalar(select(func.min(Session.start)))
        last = orm.scalar(select(func.max(Session.start)))
    for source in ("rows", "orm"):
        with (filled.reading_rows() if source == "rows" else filled.reading()) as src:
            assert office_choices(src) == offices
            assert topic_choices(src) == topics
            assert trainer_choices(src) == trainers and len(trainers) == 2
            assert database_counts(src) == counts
            assert nearest_session_start(src, datetime(2026, 1, 1)) == first
            assert nearest_session_start(src, datetime(2030, 1, 1)) == last
            assert CURRENT_OFFICE.read(src) == "hamburg"
            assert UNIT_MINUTES.read(src) == 45  # the default


@pytest.mark.sqlite_only("reading_rows uses its own sqlite3 connection on SQLite files")
def test_an_opened_file_needs_no_engine_until_written(filled: Database, db_path) -> None:
    filled.close()
    db = Database.open(db_path)
    try:
        assert db._engine is None and db.path == db_path.absolute()
        with db.reading_rows() as rows, db.reading_rows() as nested:
            assert nested is rows  # one kept connection, one snapshot
            assert database_counts(rows)["sessions"] == 6
        assert db._engine is None
        with db.transaction() as orm:
            add_person(orm, first_name="Neu", last_name="Person")
        assert db._engine is not None
        with db.reading_rows() as rows:  # sees the committed change
            assert database_counts(rows)["persons"] == 5
    finally:
        db.close()


@pytest.mark.sqlite_only("the lazy engine concerns SQLite files")
def test_prepare_orm_in_a_worker_thread(db_path) -> None:
    import threading

    db = Database.open(db_path)
    try:
        assert db._engine is None
        worker = threading.Thread(target=db.prepare_orm)
        worker.start()
        with db.transaction() as orm:  # meanwhile, from this thread: one engine, one factory
            add_person(orm, first_name="Gleich", last_name="Zeitig")
        worker.join()
        engine = db.engine
        db.prepare_orm()
        assert db.engine is engine
        with db.reading() as orm:
            assert orm.scalar(select(func.count(Person.id))) == 1
    finally:
        db.close()


def test_event_search_finds_places_people_and_topics(db: Database) -> None:
    """The event list's search finds an event by its municipality, venue city, trainer and
    topic, not only by words of its title (accents and case ignored)."""
    from planner.queries.events import event_ids

    leipzig = make_series(db, title="Fortbildungsreihe Bildungsmonitoring 2027", persons=0)
    other = make_series(db, title="Fortbildungsreihe Ganztag 2027", persons=0,
                        start=datetime(2027, 9, 7, 9, 30))
    with db.transaction() as orm:
        topic = add_topic(orm, "Übergang Schule–Beruf").value
        orm.get(Event, other.event_id).topic_id = topic.id
    with db.reading() as orm:
        assert set(event_ids(orm, "leipzig")) == {leipzig.event_id, other.event_id}  # venue
        assert event_ids(orm, "kowalczyk ganztag") == [other.event_id]  # trainer + title
        assert event_ids(orm, "ubergang") == [other.event_id]  # topic, without the umlaut
        assert event_ids(orm, "leipzig hamburg") == []  # every word must match
