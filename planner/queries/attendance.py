"""Read-only data for the attendance grid: persons × sessions, totals and certificates.

Totals and the certificate column come from planner.rules, like the matrix and the
certificates themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from planner import clock
from planner.folding import fold
from planner.models import Attendance, Event, Person, Registration, RegistrationStatus
from planner.rules.attendance import PRESENT_LIKE, totals
from planner.rules.certificates import Summary, entitlements, summarize
from planner.rules.facts import booking_of, event_facts, marks_of
from planner.rules.timing import has_begun
from planner.rules.units import Duration
from planner.usecases.lookup import get


@dataclass(frozen=True)
class GridSession:
    id: int
    title: str
    start: datetime
    units: float
    minutes: int
    cancelled: bool
    begun: bool = True  # attendance is recorded from the start on
    kind: str = "module"  # what the session is (Modul, Treffen, …) for short headers


@dataclass
class GridPerson:
    id: int
    name: str
    booked: set[int]
    total_units: float = 0.0
    attended_units: float = 0.0
    rate: float = 0.0
    eligible: bool = False
    # What the rules give (planner.rules.certificates.summarize), for the certificate column.
    certificate: Summary = field(default_factory=Summary)


@dataclass
class AttendanceGrid:
    event_id: int
    threshold: float
    sessions: list[GridSession]
    persons: list[GridPerson]
    # (session_id, person_id) -> (status, minutes)
    marks: dict[tuple[int, int], tuple[str, int | None]] = field(default_factory=dict)

    def session_totals(self, session_id: int) -> tuple[int, int]:
        """(present or partly present, booked) for one session."""
        booked = [p for p in self.persons if session_id in p.booked]
        here = sum(1 for p in booked
                   if self.marks.get((session_id, p.id), ("",))[0] in PRESENT_LIKE)
        return here, len(booked)


def attendance_grid(orm: OrmSession, event_id: int, *,
                    now: datetime | None = None) -> AttendanceGrid:
    """Active registrations of the event, their booked sessions, marks and certificates."""
    now = now or clock.now()
    event = get(orm, Event, event_id)
    facts = event_facts(event)
    regs = list(orm.scalars(
        select(Registration)
        .where(Registration.event_id == event_id,
               Registration.status == RegistrationStatus.REGISTERED)
        .options(selectinload(Registration.person), selectinload(Registration.chosen_sessions))
    ))
    regs.sort(key=lambda r: (fold(r.person.last_name), fold(r.person.first_name)))
    session_ids = [s.id for s in facts.sessions]
    rows = list(orm.scalars(select(Attendance).where(Attendance.session_id.in_(session_ids))))
    by_person: dict[int, list[Attendance]] = {}
    for a in rows:
        by_person.setdefault(a.person_id, []).append(a)
    grid = AttendanceGrid(
        event_id, event.certificate_threshold,
        [GridSession(s.id, s.title, s.start, Duration(s.minutes, facts.unit_minutes)
                     .units_rounded, s.minutes, s.cancelled, has_begun(s.start, now), s.kind)
         for s in facts.sessions],
        [],
        {(a.session_id, a.person_id): (a.status, a.minutes) for a in rows},
    )
    for r in regs:
        p: Person = r.person
        booking = booking_of(r)
        marks = marks_of(by_person.get(p.id, []))
        sums = totals(facts, booking, marks)
        items = entitlements(facts, booking, marks, now)
        grid.persons.append(GridPerson(
            p.id, f"{p.last_name}, {p.first_name}", {s.id for s in r.booked_sessions()},
            sums.booked.units_rounded, sums.attended.units_rounded, float(sums.rate),
            any(i.issuable for i in items), summarize(items),
        ))
    return grid
