"""What counts as attendance, and a person's attendance totals for a booking.

Present counts the whole session, partly present the recorded minutes; excused, absent and
nothing recorded count nothing. A session counts as *attended* when the person was present
or partly present for some minutes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from planner.models.enums import AttendanceStatus
from planner.rules.facts import Booking, EventFacts, Mark, booking_of, event_facts, marks_of
from planner.rules.units import Duration, attended_minutes

if TYPE_CHECKING:
    from planner.models import Attendance, Registration

PRESENT_LIKE = (AttendanceStatus.PRESENT, AttendanceStatus.PARTIAL)


def is_attended(mark: Mark | None) -> bool:
    """Present, or partly present for some minutes."""
    if mark is None:
        return False
    return mark[0] == AttendanceStatus.PRESENT or (
        mark[0] == AttendanceStatus.PARTIAL and (mark[1] or 0) > 0)


@dataclass(frozen=True)
class Totals:
    """Booked and attended teaching time over the booked sessions that take place."""

    booked: Duration
    attended: Duration

    @property
    def rate(self) -> Fraction:
        if not self.booked.minutes:
            return Fraction(0)
        return Fraction(self.attended.minutes, self.booked.minutes)


def totals(event: EventFacts, booking: Booking, marks: Mapping[int, Mark]) -> Totals:
    booked = attended = 0
    for s in booking.sessions(event):
        booked += s.minutes
        mark = marks.get(s.id)
        if mark is not None:
            attended += attended_minutes(s.minutes, mark[0], mark[1])
    return Totals(Duration(booked, event.unit_minutes), Duration(attended, event.unit_minutes))


def registration_totals(registration: Registration, rows: Iterable[Attendance]) -> Totals:
    """A stored registration's totals, given (at least) the person's attendance rows."""
    own = [a for a in rows if a.person_id == registration.person_id]
    return totals(event_facts(registration.event), booking_of(registration), marks_of(own))
