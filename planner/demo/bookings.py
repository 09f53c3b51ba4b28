"""Demo registrations, cancellations, session cancellations and attendance, as rows.

The rules are those of planner/usecases/registration.py and attendance.py: a booking whose
sessions are full goes on the waiting list; a cancellation frees the place for the waiting
list in order of registration; attendance is recorded only for registered persons of a
held session, partly present with minutes within the session's teaching minutes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from planner.demo.context import DemoContext
from planner.demo.records import add_session, cancel_session
from planner.demo.reference import CANCEL_REASONS, SESSION_CANCEL_REASONS
from planner.demo.rows import EventRow, Row, SessionRow
from planner.errors import ValidationError
from planner.models.enums import AttendanceStatus, RegistrationStatus
from planner.rules.units import session_minutes
from planner.usecases.planning import SessionPlan
from planner.validation import check_datetime, clean_text

Booking = tuple[Row, list[SessionRow] | None]


def _registered_at(ctx: DemoContext, first_start: datetime) -> datetime:
    lead = timedelta(days=ctx.rng.randint(10, 100), minutes=ctx.rng.randint(0, 600))
    when = first_start.replace(hour=8, minute=0) - lead
    latest = ctx.now - timedelta(days=1)
    if when > latest:
        when = latest - timedelta(days=ctx.rng.randint(0, 20), minutes=ctx.rng.randint(0, 600))
    return when


def booked_sessions(event: EventRow, reg: Row) -> list[SessionRow]:
    """The sessions a registration covers (all of the event's for a whole booking)."""
    return list(event.sessions) if reg.whole_event else reg.chosen


def registered_person_ids(event: EventRow, session: SessionRow) -> list[int]:
    """Persons with an active booking covering the session (planner.checks)."""
    return sorted({r.person_id for r in event.registrations
                   if r.status == RegistrationStatus.REGISTERED
                   and (r.whole_event or session in r.chosen)})


def _set_status(event: EventRow, reg: Row, status: str) -> None:
    """Change a registration's status, keeping the event's count of taken places."""
    change = ((status == RegistrationStatus.REGISTERED)
              - (reg.status == RegistrationStatus.REGISTERED))
    if change:
        keys = ["whole"] if reg.whole_event else [s.id for s in reg.chosen]
        for key in keys:
            event.taken[key] = event.taken.get(key, 0) + change
    reg.status = status


def _full(event: EventRow, sessions: list[SessionRow]) -> bool:
    """Any of the sessions without a free place for a booking not yet registered
    (planner.usecases.registration.full_sessions)."""
    for session in sessions:
        limit = session.effective_capacity
        if limit is None or session.is_cancelled:
            continue
        if event.taken.get("whole", 0) + event.taken.get(session.id, 0) >= limit:
            return True
    return False


def register(ctx: DemoContext, event: EventRow, person: Row,
             chosen: list[SessionRow] | None, when: datetime) -> Row:
    """planner.usecases.registration.register: full sessions mean the waiting list.
    (A double booking of the person cannot arise: the demo books only persons free on all
    the days, see `book`.)"""
    check_datetime(when, "Der Anmeldezeitpunkt")
    if person.id in event.booked_persons:
        raise ValidationError(f"Die Person {person.id} ist bereits angemeldet.")
    if chosen and any(s.is_cancelled for s in chosen):
        raise ValidationError("Ein abgesagter Termin kann nicht gebucht werden.")
    reg = ctx.rows.add("registration", event_id=event.id, person_id=person.id,
                       whole_event=not chosen, registered_at=when, cancelled_at=None,
                       cancel_reason="", status=RegistrationStatus.WAITING,
                       chosen=list(chosen or []))
    for session in reg.chosen:
        ctx.rows.add("registration_session", registration_id=reg.id, session_id=session.id)
    event.registrations.append(reg)
    event.booked_persons.add(person.id)
    if not _full(event, booked_sessions(event, reg)):
        _set_status(event, reg, RegistrationStatus.REGISTERED)
    return reg


def cancel_registration(ctx: DemoContext, event: EventRow, reg: Row, reason: str,
                        when: datetime) -> None:
    """planner.usecases.registration.cancel_registration: the freed place goes to the
    waiting list, in order of registration."""
    check_datetime(when, "Der Zeitpunkt der Stornierung")
    if reg.status == RegistrationStatus.CANCELLED:
        raise ValidationError("Die Anmeldung ist bereits storniert.")
    _set_status(event, reg, RegistrationStatus.CANCELLED)
    event.booked_persons.discard(reg.person_id)
    reg.cancelled_at = when
    reg.cancel_reason = clean_text(reason, "Der Grund der Stornierung", required=True,
                                   max_len=2000, multiline=True)
    waiting = sorted((r for r in event.registrations
                      if r.status == RegistrationStatus.WAITING),
                     key=lambda r: (r.registered_at, r.id))
    for other in waiting:
        if not _full(event, booked_sessions(event, other)):
            _set_status(event, other, RegistrationStatus.REGISTERED)


def book(ctx: DemoContext, event: EventRow, bookings: Sequence[Booking], *,
         cancel_share: float = 0.08) -> list[Row]:
    """Register in order of (seeded) registration time; full events fill the waiting list;
    a share cancels later, with date and reason, letting the waiting list move up."""
    timed = []
    for person, chosen in bookings:
        sessions = chosen if chosen else list(event.sessions)
        timed.append((_registered_at(ctx, sessions[0].start), person, chosen))
    timed.sort(key=lambda t: (t[0], t[1].id))
    regs: list[Row] = []
    for when, person, chosen in timed:
        days = [s.start.date() for s in (chosen or event.sessions)]
        if not ctx.free(person.id, days):
            continue  # booked elsewhere on one of the days (a double booking)
        regs.append(register(ctx, event, person, chosen, when))
        ctx.occupy(person.id, days)
    first = event.sessions[0].start
    cancels = []
    for reg in regs:
        if ctx.rng.random() < cancel_share:
            span = max(1.0, (min(first, ctx.now) - reg.registered_at).total_seconds())
            when = reg.registered_at + timedelta(seconds=ctx.rng.uniform(0.2, 0.95) * span)
            cancels.append((when, reg))
    cancels.sort(key=lambda t: (t[0], t[1].id))
    for when, reg in cancels:
        cancel_registration(ctx, event, reg, ctx.rng.choice(CANCEL_REASONS), when)
    return regs


def cancel_and_replace(ctx: DemoContext, session: SessionRow, *, replace: bool) -> None:
    """Cancel a session with a reason; for a series module, add a replacement date."""
    event = session.event
    cancelled_at = session.start - timedelta(days=ctx.rng.randint(2, 12))
    cancel_session(ctx, session, ctx.rng.choice(SESSION_CANCEL_REASONS),
                   min(cancelled_at, ctx.now))
    if not replace:
        return
    # Everyone who may come to the replacement must be free that day: whole-event
    # bookings cover it (waiting ones too), and those who booked the cancelled module.
    attendees = sorted({r.person_id for r in event.registrations
                        if r.status != RegistrationStatus.CANCELLED
                        and (r.whole_event or session in r.chosen)})
    venue = session.venue
    state = venue.federal_state if venue else None
    day = session.start.date() + timedelta(days=14)
    for _ in range(20):
        day = ctx.workday(day, state, venue)
        if all(ctx.free(pid, [day]) for pid in attendees):
            break
        day += timedelta(days=1)
    else:
        return  # no common free day near: the module is not repeated
    trainers = ctx.pick_trainers(day, 1, prefer=session.trainers)
    add_session(ctx, event, SessionPlan(
        start=datetime.combine(day, session.start.time()),
        end=datetime.combine(day, session.end.time()),
        title=f"{session.title} (Ersatztermin)", kind=session.kind,
        venue_id=venue.id if venue else None, trainer_ids=[p.id for p in trainers],
        host_municipality_id=session.host_municipality_id,
    ))
    ctx.occupy_venue(venue, day)
    for pid in attendees:
        ctx.occupy(pid, [day])


def _mark(ctx: DemoContext, session: SessionRow, person_id: int, status: str,
          minutes: int | None = None, note: str = "") -> Row:
    """planner.usecases.attendance.record_attendance: only for registered persons of a
    held session; partly present with the minutes, within the session's minutes."""
    if session.is_cancelled:
        raise ValidationError("Für einen abgesagten Termin wird keine Anwesenheit erfasst.")
    if status == AttendanceStatus.PARTIAL and not 0 < (minutes or 0) <= session_minutes(
            session):  # type: ignore[arg-type]
        raise ValidationError("Für „teilweise anwesend“ bitte die Minuten angeben.")
    key = (session.id, person_id)
    row = ctx.attendance.get(key)
    if row is None:
        row = ctx.attendance[key] = ctx.rows.add("attendance", session_id=session.id,
                                                person_id=person_id)
    row.status = AttendanceStatus(status)
    row.minutes = minutes if status == AttendanceStatus.PARTIAL else None
    row.note = note
    return row


def record_past_attendance(ctx: DemoContext, event: EventRow) -> int:
    """Attendance for sessions that have ended: most present, some partly, excused, absent.
    Each person has a reliability, so some reach the certificate threshold and some don't."""
    reliability: dict[int, float] = {}
    rows = 0
    for session in event.sessions:
        if session.is_cancelled or session.end >= ctx.now:
            continue
        person_ids = registered_person_ids(event, session)
        for pid in person_ids:  # everybody present (record_all_registered) …
            _mark(ctx, session, pid, AttendanceStatus.PRESENT)
        rows += len(person_ids)
        for pid in person_ids:  # … then the exceptions
            if pid not in reliability:
                reliability[pid] = 0.97 if ctx.rng.random() < 0.72 else 0.6
            if ctx.rng.random() < reliability[pid]:
                continue
            roll = ctx.rng.random()
            limit = session_minutes(session)  # type: ignore[arg-type]
            if roll < 0.4 and limit >= 45:
                minutes = min(limit - 15, 15 * ctx.rng.randint(2, limit // 15))
                _mark(ctx, session, pid, AttendanceStatus.PARTIAL, minutes,
                      "früher gegangen")
            elif roll < 0.75:
                _mark(ctx, session, pid, AttendanceStatus.EXCUSED, note="krankgemeldet")
            else:
                _mark(ctx, session, pid, AttendanceStatus.ABSENT)
    return rows
