"""Participant calendars (observation 11): a cancelled registration's sessions stay in the
person's .ics as STATUS:CANCELLED with a higher SEQUENCE, so the old entries go away."""

from __future__ import annotations

from datetime import date

from icalendar import Calendar
from sqlalchemy import select

from planner.exports.ical import export_participant_calendar
from planner.models import Registration
from planner.usecases.registration import cancel_registration, register
from tests.rules_support import make_event, weekly


def _events(path):
    cal = Calendar.from_ical(path.read_bytes())
    return {str(v["UID"]): v for v in cal.walk("VEVENT")}


def test_cancelled_registration_is_sent_as_cancelled(db, tmp_path):
    fx = make_event(db, days=weekly(date(2027, 3, 2), 3), persons=1)
    pid = fx.person_ids[0]
    with db.reading() as orm:
        before = _events(export_participant_calendar(orm, pid, tmp_path / "a.ics").files[0])
    assert len(before) == 3 and all(str(v["STATUS"]) == "CONFIRMED" for v in before.values())
    with db.transaction() as orm:
        reg = orm.scalar(select(Registration).where(Registration.person_id == pid))
        cancel_registration(orm, reg.id, "Terminkonflikt")
    with db.reading() as orm:
        after = _events(export_participant_calendar(orm, pid, tmp_path / "b.ics").files[0])
    assert set(after) == set(before)
    for uid, vevent in after.items():
        assert str(vevent["STATUS"]) == "CANCELLED"
        assert int(vevent["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
    # Booked again: confirmed with a SEQUENCE above the cancellation's.
    with db.transaction() as orm:
        register(orm, fx.event_id, pid)
    with db.reading() as orm:
        again = _events(export_participant_calendar(orm, pid, tmp_path / "c.ics").files[0])
    for uid, vevent in again.items():
        assert str(vevent["STATUS"]) == "CONFIRMED"
        assert int(vevent["SEQUENCE"]) > int(after[uid]["SEQUENCE"])
