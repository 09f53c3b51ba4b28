"""Domain rules of the planning core: shapes, warnings, double bookings, copying."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from sqlalchemy import select

from planner.errors import ConflictError, ValidationError
from planner.models import Event, Session
from planner.usecases.people import add_organisation, add_person, add_venue
from planner.usecases.planning import (
    AgendaPlan,
    EventPlan,
    ExcursionPlan,
    SessionPlan,
    cancel_session,
    copy_event,
    create_event,
    move_session,
)
from tests.factories import make_series

TUESDAY = datetime(2027, 3, 2, 9, 30)


def _day(start: datetime, **kw) -> SessionPlan:
    return SessionPlan(start=start, end=start.replace(hour=16, minute=30), **kw)


def _series_plan(n: int = 6, **kw) -> EventPlan:
    return EventPlan(format="training_series", title="Reihe", office="berlin",
                     sessions=[_day(TUESDAY + timedelta(weeks=i)) for i in range(n)], **kw)


def test_series_has_six_modules_by_default(db):
    with db.transaction() as orm:
        outcome = create_event(orm, _series_plan())
        assert len(outcome.value.sessions) == 6
        assert [s.title for s in outcome.value.sessions] == [f"Modul {i}" for i in range(1, 7)]
        assert not [w for w in outcome.warnings if w.code == "module_count"]


def test_other_module_count_needs_override_and_warns(db):
    with pytest.raises(ValidationError, match="6 Module"), db.transaction() as orm:
        create_event(orm, _series_plan(5))
    with db.reading() as orm:
        assert orm.scalar(select(Event)) is None  # nothing half-written
    with db.transaction() as orm:
        outcome = create_event(orm, _series_plan(5, allow_module_count=True))
    assert "module_count" in {w.code for w in outcome.warnings}


def test_end_before_start_is_an_error(db):
    plan = EventPlan(format="conference", title="Tagung", office="hamburg",
                     sessions=[SessionPlan(start=TUESDAY, end=TUESDAY - timedelta(hours=1))])
    with pytest.raises(ValidationError, match="nicht nach dem Beginn"), db.transaction() as orm:
        create_event(orm, plan)


def test_weekend_and_state_holiday_warnings(db):
    with db.transaction() as orm:
        munich = add_venue(orm, name="Rathaus", city="München", federal_state="BY").value
        berlin = add_venue(orm, name="Rotes Rathaus", city="Berlin", federal_state="BE").value
        # 6 Jan (Heilige Drei Könige) is a holiday in Bavaria, not in Berlin.
        epiphany = datetime(2027, 1, 6, 9, 30)
        saturday = datetime(2027, 1, 9, 9, 30)
        in_bavaria = create_event(orm, EventPlan(
            format="conference", title="A", office="berlin",
            sessions=[_day(epiphany, venue_id=munich.id)])).warnings
        in_berlin = create_event(orm, EventPlan(
            format="conference", title="B", office="berlin",
            sessions=[_day(epiphany + timedelta(hours=0), venue_id=berlin.id)])).warnings
        weekend = create_event(orm, EventPlan(
            format="conference", title="C", office="berlin",
            sessions=[_day(saturday, venue_id=berlin.id)])).warnings
    assert any(w.code == "holiday" and "Bayern" in w.message for w in in_bavaria)
    assert not any(w.code == "holiday" for w in in_berlin)
    assert any(w.code == "weekend" for w in weekend)


def test_trainer_and_venue_double_booking_refused_unless_forced(db):
    series = make_series(db, persons=0)
    with db.reading() as orm:
        first = orm.get(Session, series.session_ids[0])
        start, end = first.start, first.end
    overlapping = EventPlan(
        format="conference", title="Tagung Hamburg", office="hamburg",
        sessions=[SessionPlan(start=start + timedelta(hours=2), end=end + timedelta(hours=1),
                              venue_id=series.venue_id, trainer_ids=[series.trainer_id])])
    with pytest.raises(ConflictError) as err, db.transaction() as orm:
        create_event(orm, overlapping)
    codes = {w.code for w in err.value.warnings}
    assert {"trainer_double", "venue_double"} <= codes
    with db.reading() as orm:
        assert orm.scalar(select(Event).where(Event.title == "Tagung Hamburg")) is None
    with db.transaction() as orm:
        outcome = create_event(orm, overlapping, force=True)
    assert {"trainer_double", "venue_double"} <= {w.code for w in outcome.warnings}


def test_cancelled_sessions_do_not_conflict(db):
    series = make_series(db, persons=0)
    with db.transaction() as orm:
        cancel_session(orm, series.session_ids[0], "Krankheit")
    with db.reading() as orm:
        first = orm.get(Session, series.session_ids[0])
        start, end = first.start, first.end
    with db.transaction() as orm:
        outcome = create_event(orm, EventPlan(
            format="conference", title="Ersatz", office="berlin",
            sessions=[SessionPlan(start=start, end=end, venue_id=series.venue_id,
                                  trainer_ids=[series.trainer_id])]))
    assert not [w for w in outcome.warnings if w.blocking]


def test_move_and_cancel_raise_sequence(db):
    series = make_series(db, persons=0)
    sid = series.session_ids[2]
    with db.reading() as orm:
        before = orm.get(Session, sid).sequence
        uid = orm.get(Session, sid).uid
    with db.transaction() as orm:
        s = orm.get(Session, sid)
        move_session(orm, sid, s.start + timedelta(days=1), s.end + timedelta(days=1))
    with db.reading() as orm:
        moved = orm.get(Session, sid)
        assert moved.sequence == before + 1
        assert moved.uid == uid
    with db.transaction() as orm:
        cancel_session(orm, sid, "Raum nicht verfügbar")
    with db.reading() as orm:
        cancelled = orm.get(Session, sid)
        assert cancelled.sequence == before + 2
        assert cancelled.status == "cancelled"
        assert cancelled.cancel_reason == "Raum nicht verfügbar"


def test_unchanged_edit_does_not_raise_sequence(db):
    series = make_series(db, persons=0)
    sid = series.session_ids[0]
    with db.transaction() as orm:
        s = orm.get(Session, sid)
        move_session(orm, sid, s.start, s.end)
    with db.reading() as orm:
        assert orm.get(Session, sid).sequence == 0


def test_coaching_shape_warnings(db):
    with db.transaction() as orm:
        city = add_organisation(orm, name="Kiel", municipality=True, federal_state="SH",
                                population=247_000).value
        expert = add_person(orm, first_name="Eda", last_name="Öztürk", roles=["trainer"]).value
        outcome = create_event(orm, EventPlan(
            format="coaching", title="Coaching Bildungsbüro", office="hamburg",
            municipality_ids=[city.id], expert_id=expert.id,
            sessions=[_day(TUESDAY + timedelta(weeks=6 * i), trainer_ids=[expert.id])
                      for i in range(2)]))
    codes = {w.code for w in outcome.warnings}
    assert {"coaching_municipalities", "coaching_workshops", "below_threshold"} <= codes


def test_coaching_in_shape_has_no_shape_warnings(db):
    with db.transaction() as orm:
        cities = [add_organisation(orm, name=n, municipality=True, federal_state=s,
                                   population=p).value
                  for n, s, p in (("Essen", "NW", 580_000), ("Bochum", "NW", 365_000))]
        outcome = create_event(orm, EventPlan(
            format="coaching", title="Coaching", office="berlin",
            municipality_ids=[c.id for c in cities],
            sessions=[_day(TUESDAY + timedelta(weeks=6 * i)) for i in range(3)]))
    assert not {"coaching_municipalities", "coaching_workshops"} & {
        w.code for w in outcome.warnings}


def test_analysis_needs_exactly_one_municipality(db):
    with pytest.raises(ValidationError, match="genau einer Kommune"), db.transaction() as orm:
        create_event(orm, EventPlan(format="analysis", title="Analyse", office="berlin",
                                    sessions=[_day(TUESDAY)]))


def test_network_group_with_excursion_and_conference_agenda(db):
    with db.transaction() as orm:
        host = add_organisation(orm, name="Leipzig", municipality=True, federal_state="SN",
                                population=628_000).value
        speaker = add_person(orm, first_name="Noël", last_name="Dubois").value
        group = create_event(orm, EventPlan(
            format="network_group", title="Netzwerk on Tour: Monitoring", office="berlin",
            sessions=[_day(TUESDAY + timedelta(weeks=8 * i), host_municipality_id=host.id,
                           excursion=ExcursionPlan(site="Quartiersschule Ost",
                                                   city="Leipzig", start=time(14),
                                                   end=time(16)))
                      for i in range(3)])).value
        conf = create_event(orm, EventPlan(
            format="conference", title="Fachtagung", office="hamburg",
            sessions=[_day(TUESDAY, agenda=[
                AgendaPlan(time(10), "Begrüßung", time(10, 15), "talk", [speaker.id]),
                AgendaPlan(time(12), "Mittagspause", time(13), "break")])])).value
        assert all(s.excursion and s.excursion.site == "Quartiersschule Ost"
                   for s in group.sessions)
        assert [a.title for a in conf.sessions[0].agenda] == ["Begrüßung", "Mittagspause"]
        assert conf.sessions[0].agenda[0].speakers[0].last_name == "Dubois"


def test_copy_event_shifts_by_weeks_and_keeps_shape(db):
    series = make_series(db, persons=2)
    with db.transaction() as orm:
        copy = copy_event(orm, series.event_id, weeks=52, title="Reihe 2028", force=True).value
        copy_id = copy.id
    with db.reading() as orm:
        src = orm.get(Event, series.event_id)
        dst = orm.get(Event, copy_id)
        assert len(dst.sessions) == len(src.sessions) == 6
        for a, b in zip(src.sessions, dst.sessions, strict=True):
            assert b.start - a.start == timedelta(weeks=52)
            assert b.end - b.start == a.end - a.start
            assert b.venue_id == a.venue_id
            assert [p.id for p in b.trainers] == [p.id for p in a.trainers]
            assert b.uid != a.uid and b.sequence == 0
        assert dst.title == "Reihe 2028"


def test_threshold_at_or_below_half_refused(db):
    with pytest.raises(ValidationError, match="50 %"), db.transaction() as orm:
        create_event(orm, _series_plan(certificate_threshold=0.5))
