"""Registrations: whole-event or module booking, capacity, waiting list, cancellation."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.checks import (
    PlanWarning,
    municipality_warnings,
    participant_conflicts,
    venue_capacity_warnings,
)
from planner.errors import ConflictError, NotFoundError, ValidationError
from planner.models import (
    Event,
    EventFormat,
    Person,
    Registration,
    RegistrationStatus,
    Session,
    registration_session,
    utcnow,
)
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome, refuse_blocking
from planner.validation import check_datetime, check_ids, clean_text
from planner.wording import quoted


def _active_counts(orm: OrmSession, event_id: int, session_ids: list[int],
                   exclude_id: int | None = None) -> dict[int, int]:
    """Active registrations covering each session, counted in SQL (two queries in all)."""
    cond = [Registration.event_id == event_id,
            Registration.status == RegistrationStatus.REGISTERED]
    if exclude_id is not None:
        cond.append(Registration.id != exclude_id)
    whole = orm.scalar(
        select(func.count()).select_from(Registration)
        .where(*cond, Registration.whole_event.is_(True))
    ) or 0
    counts = dict.fromkeys(session_ids, int(whole))
    rows = orm.execute(
        select(registration_session.c.session_id, func.count())
        .join(Registration, Registration.id == registration_session.c.registration_id)
        .where(*cond, Registration.whole_event.is_(False),
               registration_session.c.session_id.in_(session_ids))
        .group_by(registration_session.c.session_id)
    ).all()
    for session_id, n in rows:
        counts[session_id] += int(n)
    return counts


def active_count(orm: OrmSession, session: Session, exclude_id: int | None = None) -> int:
    """How many active registrations cover the session."""
    return _active_counts(orm, session.event_id, [session.id], exclude_id)[session.id]


def full_sessions(orm: OrmSession, sessions: list[Session],
                  exclude_id: int | None = None) -> list[Session]:
    limited = [s for s in sessions if s.effective_capacity is not None and not s.is_cancelled]
    if not limited:
        return []
    if any(s.id is None for s in limited):
        orm.flush()
    by_event: dict[int, list[int]] = {}
    for s in limited:
        by_event.setdefault(s.event_id, []).append(s.id)
    counts: dict[int, int] = {}
    for event_id, ids in by_event.items():
        counts.update(_active_counts(orm, event_id, ids, exclude_id))
    return [s for s in limited if counts[s.id] >= (s.effective_capacity or 0)]


def activate(reg: Registration) -> None:
    """The booking becomes active (again): its sessions enter the person's calendar."""
    reg.status = RegistrationStatus.REGISTERED
    reg.calendar_revision = 0 if reg.calendar_revision is None else reg.calendar_revision + 1


def _withdraw(reg: Registration) -> None:
    """An active booking ends: its sessions are sent to the calendar as cancelled."""
    if reg.calendar_revision is not None:
        reg.calendar_revision += 1


def booking_warnings(orm: OrmSession, reg: Registration,
                     sessions: list[Session] | None = None) -> list[PlanWarning]:
    """Advisory warnings about an active booking: more persons booked than the venue holds,
    a coaching participant whose city is not one of the coaching's municipalities."""
    warnings: list[PlanWarning] = []
    if reg.status != RegistrationStatus.REGISTERED:
        return warnings
    targets = [s for s in (sessions if sessions is not None else reg.booked_sessions())
               if s.venue is not None and s.venue.capacity is not None]
    counts = _active_counts(orm, reg.event_id, [s.id for s in targets]) if targets else {}
    for s in targets:
        warnings.extend(venue_capacity_warnings(s, counts[s.id]))
    event, org = reg.event, reg.person.organisation
    if event.format == EventFormat.COACHING and event.municipalities and (
            org is None or org.id not in {m.id for m in event.municipalities}):
        cities = ", ".join(m.name for m in event.municipalities)
        where = f"„{org.name}“" if org is not None else "keiner Kommune"
        warnings.append(PlanWarning(
            "coaching_city", f"{reg.person.full_name} ist von {where}; das Coaching ist für "
                             f"{cities}."))
    return warnings


def _sessions_for(event: Event, session_ids: list[int] | None) -> list[Session]:
    if not session_ids:
        return [s for s in event.sessions]
    session_ids = check_ids(session_ids, "Die gewählten Termine")
    by_id = {s.id: s for s in event.sessions}
    chosen = []
    for sid in dict.fromkeys(session_ids):
        if sid not in by_id:
            raise ValidationError(f"Termin {sid} gehört nicht zur Veranstaltung "
                                  f"{quoted(event.title)}.")
        if by_id[sid].is_cancelled:
            raise ValidationError(f"Termin {sid} ist abgesagt und kann nicht gebucht werden.")
        chosen.append(by_id[sid])
    return chosen


def register(
    orm: OrmSession,
    event_id: int,
    person_id: int,
    session_ids: list[int] | None = None,
    *,
    force: bool = False,
    registered_at: datetime | None = None,
) -> Outcome[Registration]:
    """Book a person; full sessions put the booking on the waiting list."""
    event = get(orm, Event, event_id)
    person = get(orm, Person, person_id)
    if registered_at is not None:
        check_datetime(registered_at, "Der Anmeldezeitpunkt")
    if person.anonymised_on is not None:
        raise ValidationError("Anonymisierte Personen können nicht angemeldet werden.")
    sessions = _sessions_for(event, session_ids)
    whole = not session_ids
    reg = orm.scalar(
        select(Registration).where(Registration.event_id == event_id,
                                   Registration.person_id == person_id)
    )
    if reg is not None and reg.status != RegistrationStatus.CANCELLED:
        raise ValidationError(f"{person.full_name} ist für {quoted(event.title)} bereits "
                              "angemeldet.")
    warnings: list[PlanWarning] = list(
        participant_conflicts(orm, person_id, sessions, exclude_event_id=event.id)
    )
    refuse_blocking(warnings, force)
    if reg is None:
        reg = Registration(event=event, person=person)
        orm.add(reg)
    # Not active while we count the places taken by others.
    reg.status = RegistrationStatus.WAITING
    reg.whole_event = whole
    reg.chosen_sessions = [] if whole else sessions
    reg.registered_at = registered_at or utcnow()
    reg.cancelled_at = None
    reg.cancel_reason = ""
    reg.cancelled_by = ""
    full = full_sessions(orm, sessions, exclude_id=reg.id)
    if full:
        reg.status = RegistrationStatus.WAITING
        names = ", ".join(s.title for s in full)
        warnings.append(PlanWarning("waiting_list", f"Ausgebucht ({names}): {person.full_name} "
                                                    "steht auf der Warteliste."))
    else:
        activate(reg)
    if person.organisation is not None:
        warnings.extend(municipality_warnings([person.organisation]))
    orm.flush()
    warnings.extend(booking_warnings(orm, reg))
    return Outcome(reg, warnings, {Change.REGISTRATIONS})


def waiting_list(orm: OrmSession, event_id: int) -> list[Registration]:
    """Waiting registrations in order of registration."""
    return list(
        orm.scalars(
            select(Registration)
            .where(Registration.event_id == event_id,
                   Registration.status == RegistrationStatus.WAITING)
            .order_by(Registration.registered_at, Registration.id)
        )
    )


def promote(orm: OrmSession, registration_id: int, *, force: bool = False) -> Outcome[Registration]:
    """Move a waiting registration up; over capacity only when forced."""
    reg = get(orm, Registration, registration_id)
    if reg.status != RegistrationStatus.WAITING:
        raise ValidationError("Nur Anmeldungen auf der Warteliste können nachrücken.")
    full = full_sessions(orm, reg.booked_sessions(), exclude_id=reg.id)
    if full and not force:  # a conflict: forcing books over the capacity
        raise ConflictError("Es ist noch kein Platz frei: " + ", ".join(s.title for s in full))
    activate(reg)
    orm.flush()
    return Outcome(reg, booking_warnings(orm, reg), {Change.REGISTRATIONS})


def promote_waiting(orm: OrmSession, event_id: int) -> list[Registration]:
    """Let waiting registrations move up in order while there is room."""
    promoted = []
    for reg in waiting_list(orm, event_id):
        if not full_sessions(orm, reg.booked_sessions(), exclude_id=reg.id):
            activate(reg)
            orm.flush()
            promoted.append(reg)
    return promoted


CANCELLED_BY = ("participant", "office")


def cancel_registration(orm: OrmSession, registration_id: int, reason: str, *,
                        when: datetime | None = None, auto_promote: bool = True,
                        by: str = "office") -> Outcome[list[Registration]]:
    """Cancel a booking with date and reason, at the participant's request (`by` =
    "participant") or by the office; the freed place goes to the waiting list."""
    if by not in CANCELLED_BY:
        raise ValidationError(f"Unbekannt, wer storniert: „{by}“ (participant oder office).")
    reg = get(orm, Registration, registration_id)
    if when is not None:
        check_datetime(when, "Der Zeitpunkt der Stornierung")
    if reg.status == RegistrationStatus.CANCELLED:
        raise ValidationError("Die Anmeldung ist bereits storniert.")
    if reg.status == RegistrationStatus.REGISTERED:
        _withdraw(reg)
    reg.status = RegistrationStatus.CANCELLED
    reg.cancelled_by = by
    reg.cancelled_at = when or utcnow()
    reg.cancel_reason = clean_text(reason, "Der Grund der Stornierung", required=True,
                                   max_len=2000, multiline=True)
    orm.flush()
    promoted = promote_waiting(orm, reg.event_id) if auto_promote else []
    warnings = [PlanWarning("promoted", f"{r.person.full_name} rückt von der Warteliste nach.")
                for r in promoted]
    return Outcome(promoted, warnings, {Change.REGISTRATIONS})


def change_booking(orm: OrmSession, registration_id: int, session_ids: list[int] | None, *,
                   force: bool = False) -> Outcome[Registration]:
    """Book other sessions (or the whole event, session_ids None/empty) for a registration.

    A registered person keeps the place; sessions added that are full are refused as a
    conflict unless forced, and places given up go to the waiting list. A waiting person
    moves up as soon as every chosen session has room.
    """
    reg = get(orm, Registration, registration_id)
    if reg.status == RegistrationStatus.CANCELLED:
        raise ValidationError("Die Anmeldung ist storniert; bitte die Person neu anmelden.")
    event, person = reg.event, reg.person
    sessions = _sessions_for(event, session_ids)
    whole = not session_ids
    before = {s.id for s in reg.booked_sessions()}
    if whole == reg.whole_event and (whole or {s.id for s in sessions} == before):
        raise ValidationError(f"{person.full_name} ist für {quoted(event.title)} bereits so "
                              "angemeldet.")
    added = [s for s in sessions if s.id not in before]
    warnings: list[PlanWarning] = list(
        participant_conflicts(orm, person.id, added, exclude_event_id=event.id))
    refuse_blocking(warnings, force)
    if reg.status == RegistrationStatus.REGISTERED:
        full = full_sessions(orm, added, exclude_id=reg.id)
        if full and not force:
            raise ConflictError("Ausgebucht: " + ", ".join(s.title for s in full)
                                + f". Die Buchung von {person.full_name} bleibt unverändert.")
    reg.whole_event = whole
    reg.chosen_sessions = [] if whole else sessions
    orm.flush()
    if reg.status == RegistrationStatus.WAITING:
        if not full_sessions(orm, reg.booked_sessions(), exclude_id=reg.id):
            activate(reg)
            orm.flush()
            warnings.append(PlanWarning("promoted", f"{person.full_name} rückt von der "
                                                    "Warteliste nach."))
    else:
        warnings.extend(PlanWarning("promoted", f"{r.person.full_name} rückt von der "
                                                "Warteliste nach.")
                        for r in promote_waiting(orm, event.id))
    warnings.extend(booking_warnings(orm, reg, added))
    return Outcome(reg, warnings, {Change.REGISTRATIONS})


def book(orm: OrmSession, event_id: int, person_id: int, session_ids: list[int] | None, *,
         force: bool = False) -> Outcome[Registration]:
    """Register a person, or change the booking of someone already registered or waiting."""
    get(orm, Event, event_id)
    get(orm, Person, person_id)
    reg = orm.scalar(select(Registration).where(Registration.event_id == event_id,
                                                Registration.person_id == person_id))
    if reg is not None and reg.status != RegistrationStatus.CANCELLED:
        return change_booking(orm, reg.id, session_ids, force=force)
    return register(orm, event_id, person_id, session_ids, force=force)


def find_registration(orm: OrmSession, event_id: int, person_id: int) -> Registration:
    """A person's registration for an event (any status), with a clear message if none."""
    event = get(orm, Event, event_id)
    person = get(orm, Person, person_id)
    reg = orm.scalar(select(Registration).where(Registration.event_id == event_id,
                                                Registration.person_id == person_id))
    if reg is None:
        raise NotFoundError(f"{person.full_name} ist für {quoted(event.title)} nicht "
                        "angemeldet.")
    return reg
