"""Recording attendance per session: present, partly present (minutes), excused, absent.

Only for a session that takes place and has begun (planner.rules.timing).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner import clock
from planner.checks import registered_person_ids
from planner.errors import ValidationError
from planner.models import Attendance, AttendanceStatus, Person, Session, utcnow
from planner.rules.timing import check_attendance_time
from planner.rules.units import session_minutes
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome
from planner.validation import clean_text


def _status(value: str) -> AttendanceStatus:
    try:
        return AttendanceStatus(value)
    except ValueError:
        raise ValidationError(
            f"Unbekannter Anwesenheitsstatus „{value}“ (present, partial, excused, absent)."
        ) from None


def _upsert(orm: OrmSession, session: Session, person_id: int, status: AttendanceStatus,
            minutes: int | None, note: str) -> Attendance:
    row = orm.scalar(select(Attendance).where(Attendance.session_id == session.id,
                                              Attendance.person_id == person_id))
    if row is None:
        row = Attendance(session_id=session.id, person_id=person_id, status=status)
        orm.add(row)
    row.status = status
    row.minutes = minutes if status == AttendanceStatus.PARTIAL else None
    row.note = note
    row.recorded_at = utcnow()
    return row


def check_recordable(session: Session, now: datetime | None = None) -> None:
    """Attendance is recorded for sessions that take place, from their start on."""
    if session.is_cancelled:
        raise ValidationError("Für einen abgesagten Termin wird keine Anwesenheit erfasst.")
    check_attendance_time(session.title or "Der Termin", session.start, now or clock.now())


def record_attendance(orm: OrmSession, session_id: int, person_id: int, status: str, *,
                      minutes: int | None = None, note: str = "",
                      now: datetime | None = None) -> Outcome[Attendance]:
    session = get(orm, Session, session_id)
    person = get(orm, Person, person_id)
    st = _status(status)
    check_recordable(session, now)
    if person_id not in registered_person_ids(orm, session):
        raise ValidationError(f"{person.full_name} ist für diesen Termin nicht angemeldet.")
    if st == AttendanceStatus.PARTIAL:
        limit = session_minutes(session)
        if (minutes is None or isinstance(minutes, bool) or not isinstance(minutes, int)
                or not 0 < minutes <= limit):
            raise ValidationError(
                f"Für „teilweise anwesend“ bitte die Minuten angeben (1 bis {limit})."
            )
    elif minutes is not None:
        raise ValidationError("Minuten gibt es nur bei „teilweise anwesend“.")
    row = _upsert(orm, session, person_id, st, minutes,
                  clean_text(note, "Die Notiz", max_len=2000, multiline=True))
    orm.flush()
    return Outcome(row, [], {Change.ATTENDANCE})


def record_all_registered(orm: OrmSession, session_id: int, status: str, *,
                          now: datetime | None = None) -> Outcome[list[Attendance]]:
    """Bulk: set every registered person of the session to one status (e.g. all present)."""
    session = get(orm, Session, session_id)
    st = _status(status)
    if st == AttendanceStatus.PARTIAL:
        raise ValidationError("„teilweise anwesend“ wird je Person mit Minuten erfasst.")
    check_recordable(session, now)
    person_ids = registered_person_ids(orm, session)
    if not person_ids:
        raise ValidationError("Für diesen Termin ist niemand angemeldet.")
    rows = [_upsert(orm, session, pid, st, None, "") for pid in person_ids]
    orm.flush()
    return Outcome(rows, [], {Change.ATTENDANCE})


def clear_attendance(orm: OrmSession, session_id: int, person_id: int) -> Outcome[None]:
    row = orm.scalar(select(Attendance).where(Attendance.session_id == session_id,
                                              Attendance.person_id == person_id))
    if row is not None:
        orm.delete(row)
        orm.flush()
    return Outcome(None, [], {Change.ATTENDANCE})
