"""Two offices on one PostgreSQL server, each with its own connection: stale edits, double
bookings across offices, serialization failures and a lost connection."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import psycopg
import pytest
from sqlalchemy import select, text

from planner.errors import ConflictError, StaleEditError
from planner.models import Event, Person, Session
from planner.storage.database import Database, with_retries
from planner.storage.server import ConnectionLostError, SerializationError
from planner.usecases.people import add_person, update_person
from planner.usecases.planning import EventPlan, SessionPlan, create_event
from tests.pg_server import PgServer

START = datetime(2027, 5, 4, 9, 30)


def raw(server: PgServer, url: str, sql: str, params: tuple = ()) -> list[tuple]:
    """Independent reader: plain psycopg on its own connection."""
    with psycopg.connect(host="127.0.0.1", port=server.port, user="postgres",
                         dbname=url.rsplit("/", 1)[1], autocommit=True) as conn:
        cur = conn.execute(sql, params)  # type: ignore[arg-type]
        return cur.fetchall() if cur.description else []


@pytest.fixture
def offices(pg_url: str):
    """Berlin's and Hamburg's client: two Database objects with separate connection pools."""
    berlin, hamburg = Database.open(db_url=pg_url), Database.open(db_url=pg_url)
    yield berlin, hamburg
    berlin.close()
    hamburg.close()


def seminar(office: str, trainer_id: int, title: str) -> EventPlan:
    return EventPlan(format="coaching", title=title, office=office,
                     sessions=[SessionPlan(start=START, end=START + timedelta(hours=6),
                                           title=title, trainer_ids=[trainer_id])])


def trainer_sessions(server: PgServer, url: str, trainer_id: int) -> list[tuple]:
    return raw(server, url, "SELECT s.id, e.title FROM session s JOIN event e ON e.id = "
               "s.event_id JOIN session_trainer t ON t.session_id = s.id WHERE t.person_id = %s",
               (trainer_id,))


def make_trainer(db: Database) -> int:
    with db.transaction() as orm:
        return add_person(orm, first_name="Małgorzata", last_name="Kowalczyk-Şen",
                          roles=["trainer"]).value.id


def test_second_save_of_a_stale_event_is_a_conflict(offices, pg_server, pg_url) -> None:
    berlin, hamburg = offices
    trainer = make_trainer(berlin)
    with berlin.transaction() as orm:
        event_id = create_event(orm, seminar("berlin", trainer, "Datenkompetenz")).value.id
    # Berlin loads the event into its form (a committed unit: the loaded state, including
    # version_id 1, stays on the detached object; reading() would expire it on rollback) ...
    with berlin.transaction() as orm:
        form_copy = orm.get(Event, event_id)
    with hamburg.transaction() as orm:  # ... Hamburg saves a change meanwhile
        orm.get(Event, event_id).title = "Datenkompetenz (Hamburg)"
    form_copy.title = "Datenkompetenz (Berlin)"
    with pytest.raises(StaleEditError, match="anderen Arbeitsplatz"), \
            berlin.transaction() as orm:
        orm.add(form_copy)
    assert raw(pg_server, pg_url, "SELECT title, version_id FROM event WHERE id = %s",
               (event_id,)) == [("Datenkompetenz (Hamburg)", 2)]


def test_simultaneous_saves_never_lose_an_update(offices, pg_server, pg_url) -> None:
    """Both load version 1; Hamburg's UPDATE waits for Berlin's row lock. After Berlin
    commits, Hamburg gets a serialization failure; its retry sees the new version and
    refuses instead of overwriting Berlin's e-mail address."""
    berlin, hamburg = offices
    with berlin.transaction() as orm:
        pid = add_person(orm, first_name="Ayşe", last_name="Yıldırım-Doğan").value.id
    berlin_tx = berlin.transaction()
    orm_b = berlin_tx.__enter__()
    update_person(orm_b, pid, expected_version=1, email="berlin@example.org")
    orm_b.flush()  # Berlin now holds the row lock
    attempts: list[int] = []
    outcome: dict[str, BaseException] = {}

    def hamburg_save(orm) -> None:  # noqa: ANN001
        attempts.append(1)
        update_person(orm, pid, expected_version=1, email="hamburg@example.org")
        orm.flush()

    def run_hamburg() -> None:
        try:
            with_retries(hamburg, hamburg_save)
        except BaseException as exc:  # noqa: BLE001
            outcome["error"] = exc

    worker = threading.Thread(target=run_hamburg)
    worker.start()
    worker.join(timeout=1.0)
    assert worker.is_alive(), "Hamburg must wait for Berlin's row lock"
    berlin_tx.__exit__(None, None, None)  # Berlin commits
    worker.join(timeout=30)
    assert not worker.is_alive()
    assert isinstance(outcome.get("error"), StaleEditError)
    assert len(attempts) == 2  # first run: 40001, second run: version check refuses
    assert raw(pg_server, pg_url, "SELECT email, version_id FROM person WHERE id = %s",
               (pid,)) == [("berlin@example.org", 2)]


def test_double_booking_sees_the_other_offices_sessions(offices, pg_server, pg_url) -> None:
    berlin, hamburg = offices
    trainer = make_trainer(berlin)
    with berlin.transaction() as orm:
        create_event(orm, seminar("berlin", trainer, "Berlin: Monitoring"))
    with pytest.raises(ConflictError, match="Kowalczyk"), hamburg.transaction() as orm:
        create_event(orm, seminar("hamburg", trainer, "Hamburg: Monitoring"))
    assert [t for _i, t in trainer_sessions(pg_server, pg_url, trainer)] == [
        "Berlin: Monitoring"]
    # Each office sees everything: Hamburg reads Berlin's session.
    with hamburg.reading() as orm:
        office_codes = orm.scalars(select(Event.office_id)).all()
        assert len(office_codes) == 1


def test_simultaneous_double_booking_is_retried_and_refused(offices, pg_server,
                                                            pg_url) -> None:
    """Hamburg checks and inserts; before it commits, Berlin books the same trainer at the
    same time and commits. Hamburg's commit fails with SQLSTATE 40001 (SERIALIZABLE); the
    automatic retry runs the use case again, now sees Berlin's session and refuses."""
    berlin, hamburg = offices
    trainer = make_trainer(berlin)
    runs: list[int] = []

    def hamburg_plans(orm) -> int:  # noqa: ANN001
        runs.append(1)
        event = create_event(orm, seminar("hamburg", trainer, "Hamburg: Monitoring")).value
        orm.flush()
        if len(runs) == 1:  # meanwhile in Berlin (another connection, committed at once)
            with berlin.transaction() as other:
                create_event(other, seminar("berlin", trainer, "Berlin: Monitoring"))
        return event.id

    with pytest.raises(ConflictError):
        with_retries(hamburg, hamburg_plans)
    assert len(runs) == 2
    assert [t for _i, t in trainer_sessions(pg_server, pg_url, trainer)] == [
        "Berlin: Monitoring"]
    assert raw(pg_server, pg_url, "SELECT count(*) FROM event")[0][0] == 1


def test_serialization_failure_without_retry_is_a_clear_error(offices) -> None:
    berlin, hamburg = offices
    trainer = make_trainer(berlin)
    with pytest.raises(SerializationError, match="gleichzeitigen Änderung"), \
            hamburg.transaction() as orm:
        create_event(orm, seminar("hamburg", trainer, "Hamburg"))
        orm.flush()
        with berlin.transaction() as other:
            create_event(other, seminar("berlin", trainer, "Berlin"))
    # Nothing of Hamburg's attempt stays; the next save works.
    with hamburg.reading() as orm:
        assert orm.scalars(select(Event.title)).all() == ["Berlin"]


def test_connection_loss_rolls_back_and_next_transaction_works(offices, pg_server,
                                                               pg_url) -> None:
    berlin, _hamburg = offices
    before = raw(pg_server, pg_url, "SELECT count(*) FROM person")[0][0]
    with pytest.raises(ConnectionLostError) as caught, berlin.transaction() as orm:
        add_person(orm, first_name="Jürgen", last_name="Groß")
        orm.flush()  # written inside the transaction, not committed
        pid = orm.execute(text("SELECT pg_backend_pid()")).scalar()
        assert raw(pg_server, pg_url, "SELECT pg_terminate_backend(%s)", (pid,)) == [(True,)]
        add_person(orm, first_name="Renée", last_name="Lefèvre")
        orm.flush()
    assert caught.value.message.startswith(
        "Die Verbindung zum Datenbankserver ist unterbrochen")
    assert raw(pg_server, pg_url, "SELECT count(*) FROM person")[0][0] == before
    # The pool hands out a fresh connection: saving again works.
    with berlin.transaction() as orm:
        add_person(orm, first_name="Jürgen", last_name="Groß")
    with berlin.reading() as orm:
        assert orm.scalars(select(Person.last_name)).all()[-1] == "Groß"
    assert raw(pg_server, pg_url, "SELECT count(*) FROM person")[0][0] == before + 1


def test_server_restart_between_transactions(pg_server, tmp_path) -> None:
    """A pooled connection from before a server restart is replaced (pool_pre_ping)."""
    pg_server.execute("CREATE DATABASE restart_check")
    url = pg_server.url("restart_check")
    db = Database.open(db_url=url)
    try:
        with db.transaction() as orm:
            add_person(orm, first_name="Vor", last_name="Neustart")
        pg_server.stop()
        with pytest.raises(ConnectionLostError), db.transaction() as orm:
            add_person(orm, first_name="Während", last_name="Ausfall")
        pg_server.start()
        with db.transaction() as orm:
            add_person(orm, first_name="Nach", last_name="Neustart")
        with db.reading() as orm:
            assert orm.scalars(select(Person.last_name).order_by(Person.id)).all() == [
                "Neustart", "Neustart"]
    finally:
        db.close()
        pg_server.execute("DROP DATABASE IF EXISTS restart_check WITH (FORCE)")


def test_with_retries_gives_up_after_the_attempts(offices, monkeypatch) -> None:
    berlin, _ = offices
    calls: list[int] = []

    def always_conflicting(orm) -> None:  # noqa: ANN001
        calls.append(1)
        raise SerializationError("x")

    with pytest.raises(SerializationError):
        with_retries(berlin, always_conflicting, attempts=3, delay=0)
    assert len(calls) == 3


def test_office_of_each_change_is_recorded(offices, pg_server, pg_url) -> None:
    from planner.audit import acting_as

    berlin, hamburg = offices
    with acting_as(office_code="berlin"), berlin.transaction() as orm:
        pid = add_person(orm, first_name="Gwŷn", last_name="Llŵyd").value.id
    with acting_as(office_code="hamburg"), hamburg.transaction() as orm:
        update_person(orm, pid, email="g@example.org")
    rows = raw(pg_server, pg_url, "SELECT office_code, action FROM change_log WHERE "
               "entity = 'person' AND entity_id = %s ORDER BY id", (pid,))
    assert [r[0] for r in rows] == ["berlin", "hamburg"]
    assert Session.__tablename__ == "session"
