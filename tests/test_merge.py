"""Merging two persons: everything of the dropped one ends up on the kept one, logged."""

from __future__ import annotations

import json
from datetime import date, time

import pytest
from sqlalchemy import select

from planner.errors import ValidationError
from planner.models import (
    AgendaItem,
    Attendance,
    Certificate,
    ChangeLog,
    Event,
    InvitationSent,
    Person,
    Registration,
    SessionTrainer,
    agenda_speaker,
)
from planner.usecases.attendance import record_attendance
from planner.usecases.merge import merge_persons
from planner.usecases.people import add_person
from planner.usecases.registration import register
from tests.factories import make_series


def _certificate(orm, person_id: int, event_id: int, counter: int) -> None:
    orm.add(Certificate(serial=f"TA-2027-{counter:04d}", prefix="TA", year=2027, counter=counter,
                        kind="series", person_id=person_id, event_id=event_id,
                        issued_on=date(2027, 5, 1), verification_code=f"code{counter}"))


def test_merge_moves_everything_and_resolves_conflicts(db):
    s = make_series(db, persons=1)
    keep = s.person_ids[0]
    sess = s.session_ids
    with db.transaction() as orm:
        drop = add_person(orm, first_name="ZOFIA", last_name="Walesa-Lukasiewicz",
                          phone="0341 123", function="Amtsleitung", roles=["participant",
                                                                           "trainer"]).value.id
        # keep: whole event registered; drop: waiting for two modules -> stays whole/registered
        register(orm, s.event_id, drop, [sess[0], sess[1], sess[2]], force=True)
        record_attendance(orm, sess[0], keep, "absent")
        record_attendance(orm, sess[0], drop, "present")     # better: taken
        record_attendance(orm, sess[1], keep, "present")
        record_attendance(orm, sess[1], drop, "excused")     # worse: dropped
        record_attendance(orm, sess[2], drop, "partial", minutes=120)  # only drop: moved
        _certificate(orm, drop, s.event_id, 1)
        orm.add(SessionTrainer(session_id=sess[3], person_id=drop, role="speaker"))
        orm.add(SessionTrainer(session_id=sess[4], person_id=drop))
        orm.add(SessionTrainer(session_id=sess[4], person_id=keep))
        item = AgendaItem(session_id=sess[0], start=time(10), title="Vortrag")
        orm.add(item)
        orm.flush()
        orm.execute(agenda_speaker.insert().values(agenda_item_id=item.id, person_id=drop))
        orm.add(InvitationSent(session_id=sess[3], person_id=drop, sequence=2, status="sent"))
        orm.get(Event, s.event_id).expert_id = drop
    with db.transaction() as orm:
        outcome = merge_persons(orm, keep, drop, user="tester")
        assert outcome.value.id == keep
    with db.reading() as orm:
        assert orm.get(Person, drop) is None
        person = orm.get(Person, keep)
        assert person.phone == "0341 123" and person.function == "Amtsleitung"
        assert person.is_trainer and person.email == "person0@example.org"
        regs = list(orm.scalars(select(Registration).where(Registration.person_id == keep)))
        assert len(regs) == 1 and regs[0].whole_event and regs[0].status == "registered"
        att = {a.session_id: (a.status, a.minutes) for a in orm.scalars(
            select(Attendance).where(Attendance.person_id == keep))}
        assert att == {sess[0]: ("present", None), sess[1]: ("present", None),
                       sess[2]: ("partial", 120)}
        assert orm.scalar(select(Certificate.person_id)) == keep
        links = {(t.session_id, t.role) for t in orm.scalars(
            select(SessionTrainer).where(SessionTrainer.person_id.in_([keep, drop])))}
        assert (sess[3], "speaker") in links and len([x for x in links if x[0] == sess[4]]) == 1
        assert all(t.person_id == keep for t in orm.scalars(select(SessionTrainer).where(
            SessionTrainer.session_id.in_([sess[3], sess[4]]))) if t.person_id != s.trainer_id)
        assert orm.execute(select(agenda_speaker.c.person_id)).scalars().all() == [keep]
        assert orm.scalar(select(InvitationSent.person_id)) == keep
        assert orm.get(Event, s.event_id).expert_id == keep
        log = orm.scalar(select(ChangeLog).where(ChangeLog.action == "person_merge"))
        details = json.loads(log.details)
        assert log.entity_id == keep and log.user == "tester"
        assert details["dropped"]["id"] == drop and details["certificates"] == 1


def test_merge_chosen_sessions_union_and_better_status(db):
    s = make_series(db, persons=0)
    with db.transaction() as orm:
        a = add_person(orm, first_name="Anna", last_name="Alt").value.id
        b = add_person(orm, first_name="Anna", last_name="Alt").value.id
        register(orm, s.event_id, a, [s.session_ids[0]], force=True)
        reg_b = register(orm, s.event_id, b, [s.session_ids[2]], force=True).value
        reg_a = orm.scalar(select(Registration).where(Registration.person_id == a))
        reg_a.status = "waiting"
        reg_b.registered_at = reg_b.registered_at.replace(year=2026)
    with db.transaction() as orm:
        merge_persons(orm, a, b)
    with db.reading() as orm:
        reg = orm.scalar(select(Registration).where(Registration.person_id == a))
        assert reg.status == "registered" and not reg.whole_event
        assert sorted(x.id for x in reg.chosen_sessions) == [s.session_ids[0], s.session_ids[2]]
        assert reg.registered_at.year == 2026


def test_merge_refuses_same_or_unknown_person(db):
    s = make_series(db, persons=1)
    with pytest.raises(ValidationError), db.transaction() as orm:
        merge_persons(orm, s.person_ids[0], s.person_ids[0])
    with pytest.raises(Exception, match="gibt es nicht"), db.transaction() as orm:
        merge_persons(orm, s.person_ids[0], 9999)
