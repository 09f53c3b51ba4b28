"""Demo registrations, cancellations, session cancellations and attendance (via use cases)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from planner.checks import registered_person_ids
from planner.demo.context import DemoContext
from planner.demo.reference import CANCEL_REASONS, SESSION_CANCEL_REASONS
from planner.errors import ConflictError
from planner.models import AttendanceStatus, Event, Person, Registration, Session
from planner.units import session_minutes
from planner.usecases.attendance import record_all_registered, record_attendance
from planner.usecases.planning import SessionPlan, add_session, cancel_session
from planner.usecases.registration import cancel_registration, register

Booking = tuple[Person, list[Session] | None]


def _registered_at(ctx: DemoContext, first_start: datetime) -> datetime:
    lead = timedelta(days=ctx.rng.randint(10, 100), minutes=ctx.rng.randint(0, 600))
    when = first_start.replace(hour=8, minute=0) - lead
    latest = ctx.now - timedelta(days=1)
    if when > latest:
        when = latest - timedelta(days=ctx.rng.randint(0, 20), minutes=ctx.rng.randint(0, 600))
    return when


def book(ctx: DemoContext, event: Event, bookings: Sequence[Booking], *,
         cancel_share: float = 0.08) -> list[Registration]:
    """Register in order of (seeded) registration time; full events fill the waiting list;
    a share cancels later, with date and reason, letting the waiting list move up."""
    timed = []
    for person, chosen in bookings:
        sessions = chosen if chosen else list(event.sessions)
        timed.append((_registered_at(ctx, sessions[0].start), person, chosen))
    timed.sort(key=lambda t: (t[0], t[1].id))
    regs: list[Registration] = []
    for when, person, chosen in timed:
        days = [s.start.date() for s in (chosen or event.sessions)]
        if not ctx.free(person.id, days):
            continue
        ids = [s.id for s in chosen] if chosen else None
        try:
            reg = register(ctx.orm, event.id, person.id, ids, registered_at=when).value
        except ConflictError:
            continue
        ctx.occupy(person.id, days)
        regs.append(reg)
    first = event.sessions[0].start
    cancels = []
    for reg in regs:
        if ctx.rng.random() < cancel_share:
            span = max(1.0, (min(first, ctx.now) - reg.registered_at).total_seconds())
            when = reg.registered_at + timedelta(seconds=ctx.rng.uniform(0.2, 0.95) * span)
            cancels.append((when, reg))
    cancels.sort(key=lambda t: (t[0], t[1].id))
    for when, reg in cancels:
        cancel_registration(ctx.orm, reg.id, ctx.rng.choice(CANCEL_REASONS), when=when)
    return regs


def cancel_and_replace(ctx: DemoContext, session: Session, *, replace: bool) -> None:
    """Cancel a session with a reason; for a series module, add a replacement date."""
    event = session.event
    cancel_session(ctx.orm, session.id, ctx.rng.choice(SESSION_CANCEL_REASONS))
    cancelled_at = session.start - timedelta(days=ctx.rng.randint(2, 12))
    session.cancelled_at = min(cancelled_at, ctx.now)
    if not replace:
        return
    attendees = registered_person_ids(ctx.orm, session)
    venue = session.venue
    state = venue.federal_state if venue else None
    day = session.start.date() + timedelta(days=14)
    for _ in range(6):
        day = ctx.workday(day, state, venue)
        if all(ctx.free(pid, [day]) for pid in attendees):
            break
        day += timedelta(days=1)
    trainers = ctx.pick_trainers(day, 1, prefer=session.trainers)
    plan = SessionPlan(
        start=datetime.combine(day, session.start.time()),
        end=datetime.combine(day, session.end.time()),
        title=f"{session.title} (Ersatztermin)", kind=session.kind,
        venue_id=venue.id if venue else None, trainer_ids=[p.id for p in trainers],
        host_municipality_id=session.host_municipality_id,
    )
    new = ctx.attempt(lambda force: add_session(ctx.orm, event.id, plan, force=force).value)
    new.uid = ctx.uid()
    ctx.occupy_venue(venue, day)
    for pid in attendees:
        ctx.occupy(pid, [day])


def record_past_attendance(ctx: DemoContext, event: Event) -> int:
    """Attendance for sessions that have ended: most present, some partly, excused, absent.
    Each person has a reliability, so some reach the certificate threshold and some don't."""
    reliability: dict[int, float] = {}
    rows = 0
    for session in event.sessions:
        if session.is_cancelled or session.end >= ctx.now:
            continue
        person_ids = registered_person_ids(ctx.orm, session)
        if not person_ids:
            continue
        # Nothing is pending here (every use case flushed); without autoflush the rows of
        # the bulk call are inserted in one flush instead of one flush per person.
        with ctx.orm.no_autoflush:
            record_all_registered(ctx.orm, session.id, AttendanceStatus.PRESENT)
        rows += len(person_ids)
        for pid in person_ids:
            if pid not in reliability:
                reliability[pid] = 0.97 if ctx.rng.random() < 0.72 else 0.6
            if ctx.rng.random() < reliability[pid]:
                continue
            roll = ctx.rng.random()
            limit = session_minutes(session)
            if roll < 0.4 and limit >= 45:
                minutes = min(limit - 15, 15 * ctx.rng.randint(2, limit // 15))
                record_attendance(ctx.orm, session.id, pid, AttendanceStatus.PARTIAL,
                                  minutes=minutes, note="früher gegangen")
            elif roll < 0.75:
                record_attendance(ctx.orm, session.id, pid, AttendanceStatus.EXCUSED,
                                  note="krankgemeldet")
            else:
                record_attendance(ctx.orm, session.id, pid, AttendanceStatus.ABSENT)
    return rows
