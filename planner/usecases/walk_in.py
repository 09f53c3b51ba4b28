"""Walk-ins: a person who turns up is booked for the session and marked present at once.

Allowed over capacity (with a warning): the person was in the room. Rules (planner/RULES.md):
a person already booked for the session is only marked; an active booking of other sessions
gets this one added; otherwise (no booking, a cancelled one, or a place on the waiting list)
the booking becomes an active booking of this session, marked as a walk-in. A waiting-list
place for other sessions ends with it (said in a warning). A walk-in then appears on every
list, certificate and figure like any booking.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.checks import PlanWarning, registered_person_ids
from planner.errors import ValidationError
from planner.models import (
    Attendance,
    AttendanceStatus,
    Person,
    Registration,
    RegistrationStatus,
    Session,
    utcnow,
)
from planner.usecases.attendance import check_recordable, record_attendance
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome
from planner.usecases.registration import activate, active_count, booking_warnings


def _book_on_the_day(orm: OrmSession, session: Session, person: Person,
                     reg: Registration | None) -> list[PlanWarning]:
    warnings: list[PlanWarning] = []
    if reg is None:
        reg = Registration(event_id=session.event_id, person=person, whole_event=False,
                           registered_at=utcnow())
        orm.add(reg)
        reg.chosen_sessions = [session]
    elif reg.status == RegistrationStatus.REGISTERED:
        reg.chosen_sessions = [*reg.chosen_sessions, session]
    else:
        if reg.status == RegistrationStatus.WAITING:
            warnings.append(PlanWarning(
                "walk_in_waiting", f"{person.full_name} stand auf der Warteliste und ist nun "
                                   f"für „{session.title}“ angemeldet; der Wartelistenplatz "
                                   "für die übrigen Termine entfällt."))
        reg.whole_event = False
        reg.chosen_sessions = [session]
        reg.cancelled_at = None
        reg.cancel_reason = ""
        reg.cancelled_by = ""
    if reg.status != RegistrationStatus.REGISTERED:
        activate(reg)
    reg.walk_in = True
    orm.flush()
    capacity = session.effective_capacity
    booked = active_count(orm, session)
    if capacity is not None and booked > capacity:
        warnings.append(PlanWarning(
            "over_capacity", f"„{session.title}“ ist überbucht: {booked} Personen bei "
                             f"{capacity} Plätzen ({person.full_name} kam ohne Platz)."))
    warnings.extend(booking_warnings(orm, reg, [session]))
    return warnings


def record_walk_in(orm: OrmSession, session_id: int, person_id: int, *,
                   status: str = AttendanceStatus.PRESENT, minutes: int | None = None,
                   note: str = "", now: datetime | None = None) -> Outcome[Attendance]:
    """Book the person for the session if needed and record their attendance."""
    session = get(orm, Session, session_id)
    person = get(orm, Person, person_id)
    check_recordable(session, now)
    if status not in (AttendanceStatus.PRESENT, AttendanceStatus.PARTIAL):
        raise ValidationError("Wer vor Ort hinzukommt, ist anwesend oder teilweise anwesend.")
    if person.anonymised_on is not None:
        raise ValidationError("Anonymisierte Personen können nicht angemeldet werden.")
    warnings: list[PlanWarning] = []
    booked_now = person_id not in registered_person_ids(orm, session)
    if booked_now:
        reg = orm.scalar(select(Registration).where(Registration.event_id == session.event_id,
                                                    Registration.person_id == person_id))
        warnings = _book_on_the_day(orm, session, person, reg)
    marked = record_attendance(orm, session_id, person_id, status, minutes=minutes,
                               note=note or ("vor Ort angemeldet" if booked_now else ""),
                               now=now)
    return Outcome(marked.value, warnings, {Change.ATTENDANCE, Change.REGISTRATIONS})
