"""Teaching units (Unterrichtseinheiten) and attendance rates.

A session's units are its duration less breaks, divided by the event's unit length
(45 minutes by default), rounded to a tenth. Attendance counts full units for
"present", the recorded minutes for "partly present", and nothing otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from planner.models import Attendance, AttendanceStatus, Registration, Session


def session_minutes(session: Session) -> int:
    """Teaching minutes: the session's length less its breaks, never negative."""
    length = int((session.end - session.start).total_seconds() // 60)
    return max(0, length - session.effective_break_minutes)


def session_units(session: Session) -> float:
    unit = session.event.unit_minutes if session.event else 45
    return round(session_minutes(session) / unit, 1)


def attended_units(session: Session, attendance: Attendance | None) -> float:
    if attendance is None:
        return 0.0
    full = session_units(session)
    if attendance.status == AttendanceStatus.PRESENT:
        return full
    if attendance.status == AttendanceStatus.PARTIAL:
        unit = session.event.unit_minutes if session.event else 45
        return round(min(full, (attendance.minutes or 0) / unit), 1)
    return 0.0


@dataclass
class SessionAttendance:
    session: Session
    units: float
    attended: float
    attendance: Attendance | None


@dataclass
class AttendanceSummary:
    """One person's attendance over the sessions they booked (cancelled sessions excluded)."""

    rows: list[SessionAttendance] = field(default_factory=list)

    @property
    def total_units(self) -> float:
        return round(sum(r.units for r in self.rows), 1)

    @property
    def attended_units(self) -> float:
        return round(sum(r.attended for r in self.rows), 1)

    @property
    def rate(self) -> float:
        """Share of booked teaching units attended, 0..1."""
        total = self.total_units
        return self.attended_units / total if total else 0.0

    def meets(self, threshold: float) -> bool:
        # Compare with a small tolerance so 0.8 of 48 units (38.4) counts as 80 %.
        return self.total_units > 0 and self.rate + 1e-9 >= threshold


def summarize(
    sessions: Iterable[Session], attendance_by_session: dict[int, Attendance]
) -> AttendanceSummary:
    summary = AttendanceSummary()
    for s in sorted(sessions, key=lambda s: s.start):
        if s.is_cancelled:
            continue
        att = attendance_by_session.get(s.id)
        summary.rows.append(SessionAttendance(s, session_units(s), attended_units(s, att), att))
    return summary


def registration_summary(
    registration: Registration, attendance: Iterable[Attendance]
) -> AttendanceSummary:
    """The attendance summary of one registration, given the person's attendance rows."""
    by_session = {a.session_id: a for a in attendance if a.person_id == registration.person_id}
    return summarize(registration.booked_sessions(), by_session)
