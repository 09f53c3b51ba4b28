"""Registrations, waiting lists, cancellations, attendance and rates."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from planner.errors import ConflictError, ValidationError
from planner.models import Attendance, Event, Registration, Session
from planner.rules.attendance import registration_totals
from planner.rules.certificates import meets_threshold
from planner.rules.units import session_units
from planner.usecases.attendance import record_all_registered, record_attendance
from planner.usecases.people import add_person
from planner.usecases.planning import EventPlan, SessionPlan, create_event
from planner.usecases.registration import (
    book,
    cancel_registration,
    change_booking,
    promote,
    register,
    waiting_list,
)
from tests.factories import make_series


def _people(db, n: int) -> list[int]:
    with db.transaction() as orm:
        return [add_person(orm, first_name=f"Vorname{i}", last_name=f"Nachname{i}").value.id
                for i in range(n)]


def _set_capacity(db, event_id: int, capacity: int) -> None:
    with db.transaction() as orm:
        orm.get(Event, event_id).capacity = capacity


def test_capacity_waiting_list_order_and_promotion(db):
    series = make_series(db, persons=0)
    _set_capacity(db, series.event_id, 2)
    ids = _people(db, 4)
    statuses = []
    with db.transaction() as orm:
        for i, pid in enumerate(ids):
            reg = register(orm, series.event_id, pid,
                           registered_at=datetime(2027, 1, 1) + timedelta(minutes=i)).value
            statuses.append(reg.status)
    assert statuses == ["registered", "registered", "waiting", "waiting"]
    with db.transaction() as orm:
        assert [r.person_id for r in waiting_list(orm, series.event_id)] == ids[2:]
        first = orm.scalar(select(Registration).where(Registration.person_id == ids[0]))
        outcome = cancel_registration(orm, first.id, "Terminkollision im Amt")
        assert [r.person_id for r in outcome.value] == [ids[2]]
    with db.reading() as orm:
        regs = {r.person_id: r for r in orm.scalars(select(Registration))}
        assert regs[ids[0]].status == "cancelled" and regs[ids[0]].cancelled_at is not None
        assert regs[ids[0]].cancel_reason == "Terminkollision im Amt"
        assert regs[ids[2]].status == "registered"
        assert regs[ids[3]].status == "waiting"


def test_manual_promotion_needs_room_or_force(db):
    series = make_series(db, persons=0)
    _set_capacity(db, series.event_id, 1)
    ids = _people(db, 2)
    with db.transaction() as orm:
        register(orm, series.event_id, ids[0])
        waiting = register(orm, series.event_id, ids[1]).value.id
    with pytest.raises(ConflictError, match="kein Platz"), db.transaction() as orm:
        promote(orm, waiting)
    with db.transaction() as orm:
        assert promote(orm, waiting, force=True).value.status == "registered"


def test_module_booking_counts_only_chosen_sessions(db):
    series = make_series(db, persons=0)
    with db.transaction() as orm:
        orm.get(Session, series.session_ids[0]).capacity = 1
    ids = _people(db, 2)
    with db.transaction() as orm:
        a = register(orm, series.event_id, ids[0], [series.session_ids[0]]).value
        b = register(orm, series.event_id, ids[1], [series.session_ids[1]]).value
        assert (a.status, b.status) == ("registered", "registered")
        assert [s.id for s in b.booked_sessions()] == [series.session_ids[1]]


def test_double_registration_and_foreign_session_refused(db):
    series = make_series(db, persons=1)
    other = make_series(db, persons=0, start=datetime(2027, 9, 7, 9, 30), title="Andere")
    with pytest.raises(ValidationError, match="bereits angemeldet"), db.transaction() as orm:
        register(orm, series.event_id, series.person_ids[0])
    with pytest.raises(ValidationError, match="gehört nicht"), db.transaction() as orm:
        register(orm, series.event_id, series.person_ids[0] + 0, [other.session_ids[0]])


def test_participant_in_overlapping_sessions_refused_unless_forced(db):
    series = make_series(db, persons=1)
    pid = series.person_ids[0]
    with db.reading() as orm:
        s = orm.get(Session, series.session_ids[0])
        start, end = s.start, s.end
    with db.transaction() as orm:
        conf = create_event(orm, EventPlan(
            format="conference", title="Parallel", office="hamburg",
            sessions=[SessionPlan(start=start, end=end)])).value.id
    with pytest.raises(ConflictError) as err, db.transaction() as orm:
        register(orm, conf, pid)
    assert err.value.warnings[0].code == "participant_double"
    with db.transaction() as orm:
        assert register(orm, conf, pid, force=True).value.status == "registered"


def test_attendance_rate_and_partial_minutes(db):
    series = make_series(db, persons=1)
    pid = series.person_ids[0]
    sids = series.session_ids
    with db.transaction() as orm:
        for sid in sids[:4]:
            record_attendance(orm, sid, pid, "present")
        record_attendance(orm, sids[4], pid, "partial", minutes=180)
        record_attendance(orm, sids[5], pid, "excused")
    with db.reading() as orm:
        reg = orm.scalar(select(Registration).where(Registration.person_id == pid))
        sums = registration_totals(reg, orm.scalars(select(Attendance)).all())
        sessions = [orm.get(Session, sid) for sid in sids]
        per_session = session_units(sessions[0])
        # 09:30–16:30 less a 60-minute break = 360 minutes = 8 units of 45 minutes.
        assert per_session == pytest.approx(360 / 45)
        expected = 4 * per_session + round(180 / 45, 1)
        assert sums.attended.units_rounded == pytest.approx(expected)
        assert sums.booked.units_rounded == pytest.approx(6 * per_session)
        assert float(sums.rate) == pytest.approx(expected / (6 * per_session))
        assert meets_threshold(sums.attended.minutes, sums.booked.minutes, 0.8) is (
            expected / (6 * per_session) >= 0.8)


def test_attendance_validation(db):
    series = make_series(db, persons=1)
    stranger = _people(db, 1)[0]
    with pytest.raises(ValidationError, match="nicht angemeldet"), db.transaction() as orm:
        record_attendance(orm, series.session_ids[0], stranger, "present")
    with pytest.raises(ValidationError, match="Minuten"), db.transaction() as orm:
        record_attendance(orm, series.session_ids[0], series.person_ids[0], "partial")
    with pytest.raises(ValidationError, match="Anwesenheitsstatus"), db.transaction() as orm:
        record_attendance(orm, series.session_ids[0], series.person_ids[0], "maybe")


def test_all_registered_present_skips_waiting_and_cancelled(db):
    series = make_series(db, persons=3)
    _set_capacity(db, series.event_id, 3)
    waiting = _people(db, 1)[0]
    with db.transaction() as orm:
        assert register(orm, series.event_id, waiting).value.status == "waiting"
        reg = orm.scalar(select(Registration).where(
            Registration.person_id == series.person_ids[0]))
        cancel_registration(orm, reg.id, "Elternzeit", auto_promote=False)
        rows = record_all_registered(orm, series.session_ids[0], "present").value
        assert sorted(r.person_id for r in rows) == sorted(series.person_ids[1:])


def test_changing_a_booking_moves_the_waiting_list(db):
    series = make_series(db, persons=0)
    _set_capacity(db, series.event_id, 1)
    s1, s2, *_, s6 = series.session_ids
    a, b, c = _people(db, 3)
    with db.transaction() as orm:
        orm.get(Session, s6).capacity = 5
        reg_a = register(orm, series.event_id, a).value.id
        reg_b = register(orm, series.event_id, b).value
        reg_c = register(orm, series.event_id, c, [s2]).value
        assert (reg_b.status, reg_c.status) == ("waiting", "waiting")
        reg_b, reg_c = reg_b.id, reg_c.id
    # A waiting person who picks a session with room moves up at once.
    with db.transaction() as orm:
        moved = change_booking(orm, reg_b, [s6])
        assert moved.value.status == "registered"
        assert [w.code for w in moved.warnings] == ["promoted"]
    # A registered person who gives up sessions makes room for the waiting list.
    with db.transaction() as orm:
        out = book(orm, series.event_id, a, [s1])
        assert out.value.id == reg_a and out.value.status == "registered"
        assert [w.message for w in out.warnings] == [
            "Vorname2 Nachname2 rückt von der Warteliste nach."]
        assert orm.get(Registration, reg_c).status == "registered"
    # Booking a full session again is a conflict; forcing books over the capacity.
    with db.transaction() as orm:
        with pytest.raises(ConflictError, match="Ausgebucht: Modul 2"):
            change_booking(orm, reg_a, [s1, s2])
    with db.transaction() as orm:
        assert change_booking(orm, reg_a, [s1, s2], force=True).value.status == "registered"
    with db.transaction() as orm, pytest.raises(ValidationError, match="bereits so"):
        change_booking(orm, reg_a, [s2, s1])
