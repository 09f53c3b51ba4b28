"""Read-only data for the registrations panel: person search, bookings, capacity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from planner.folding import fold
from planner.models import Event, Organisation, Person, Registration, RegistrationStatus
from planner.models.enums import REGISTRATION_STATUS_LABELS_DE
from planner.text_search import tokens, variants
from planner.timezones import to_local_naive
from planner.usecases.lookup import get


@dataclass(frozen=True)
class PersonHit:
    id: int
    name: str
    email: str
    organisation: str


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_persons(orm: OrmSession, text: str, limit: int = 50) -> list[PersonHit]:
    """Persons whose name, e-mail or organisation contains every word of `text`, typed the way
    lists show names or not ("Kleinschmidt, D", "D Kleinschmidt"), with or without accents
    ("Novak", "Mueller")."""
    query = (select(Person).outerjoin(Organisation, Person.organisation_id == Organisation.id)
             .where(Person.anonymised_on.is_(None)))
    words = tokens(text)  # "Kleinschmidt, D" -> ["kleinschmidt", "d"]
    org_names = orm.execute(select(Organisation.id, Organisation.name)).all() if words else []
    for word in words:
        spellings = variants(word)  # "mueller" also as "muller"
        # SQLite's lower() only folds ASCII: match the stored folded key and folded org names.
        conditions: list[ColumnElement[bool]] = [
            Person.search_key.like(f"%{_escape_like(s)}%", escape="\\") for s in spellings]
        org_ids = [oid for oid, name in org_names if any(s in fold(name) for s in spellings)]
        if org_ids:
            conditions.append(Person.organisation_id.in_(org_ids))
        query = query.where(or_(*conditions))
    query = query.order_by(Person.last_name, Person.first_name).limit(limit)
    return [
        PersonHit(p.id, f"{p.last_name}, {p.first_name}", p.email or "",
                  p.organisation.name if p.organisation is not None else "")
        for p in orm.scalars(query.options(selectinload(Person.organisation)))
    ]


@dataclass(frozen=True)
class RegistrationRow:
    id: int
    person_id: int
    name: str
    organisation: str
    booking: str  # "ganze Veranstaltung" or the module titles
    status: str
    status_label: str
    waiting_position: int | None
    registered_at: datetime  # local wall-clock time
    cancel_reason: str
    whole_event: bool = True
    session_ids: tuple[int, ...] = ()  # the sessions booked (all of them for a whole booking)
    session_titles: tuple[str, ...] = ()
    cancelled_at: datetime | None = None  # local wall-clock time


@dataclass(frozen=True)
class SessionLoad:
    id: int
    title: str
    start: datetime
    capacity: int | None
    booked: int
    cancelled: bool


@dataclass
class RegistrationOverview:
    capacity: int | None
    registered: int
    waiting: int
    cancelled: int
    rows: list[RegistrationRow]
    sessions: list[SessionLoad]


def _local(utc_naive: datetime) -> datetime:
    return to_local_naive(utc_naive.replace(tzinfo=UTC))


_ORDER = {RegistrationStatus.REGISTERED: 0, RegistrationStatus.WAITING: 1,
          RegistrationStatus.CANCELLED: 2}


def registration_overview(orm: OrmSession, event_id: int) -> RegistrationOverview:
    """Registered persons by name, then the waiting list in order, then cancellations."""
    event = get(orm, Event, event_id)
    regs = list(orm.scalars(
        select(Registration).where(Registration.event_id == event_id)
        .options(selectinload(Registration.person).selectinload(Person.organisation),
                 selectinload(Registration.chosen_sessions))
    ))
    waiting = sorted((r for r in regs if r.status == RegistrationStatus.WAITING),
                     key=lambda r: (r.registered_at, r.id))
    position = {r.id: n for n, r in enumerate(waiting, 1)}
    rows = []
    for r in regs:
        p = r.person
        chosen = event.sessions if r.whole_event else sorted(r.chosen_sessions,
                                                              key=lambda s: s.start)
        booking = ("ganze Veranstaltung" if r.whole_event
                   else ", ".join(s.title for s in chosen))
        rows.append(RegistrationRow(
            r.id, p.id, f"{p.last_name}, {p.first_name}",
            p.organisation.name if p.organisation is not None else "", booking, r.status,
            REGISTRATION_STATUS_LABELS_DE.get(RegistrationStatus(r.status), r.status),
            position.get(r.id), _local(r.registered_at), r.cancel_reason, r.whole_event,
            tuple(s.id for s in chosen), tuple(s.title for s in chosen),
            _local(r.cancelled_at) if r.cancelled_at is not None else None,
        ))
    rows.sort(key=lambda row: (_ORDER.get(RegistrationStatus(row.status), 3),
                               row.waiting_position or 0, fold(row.name)))
    active = [r for r in regs if r.status == RegistrationStatus.REGISTERED]
    loads = []
    for s in event.sessions:
        booked = sum(1 for r in active if r.whole_event or s in r.chosen_sessions)
        loads.append(SessionLoad(s.id, s.title, s.start, s.effective_capacity, booked,
                                 s.is_cancelled))
    return RegistrationOverview(
        event.capacity, len(active), len(waiting),
        sum(1 for r in regs if r.status == RegistrationStatus.CANCELLED), rows, loads,
    )


def active_bookings(orm: OrmSession, event_id: int) -> dict[int, RegistrationStatus]:
    """Person id → status of the event's registrations that still hold a place or a
    waiting-list position (the search marks these people as already booked)."""
    rows = orm.execute(select(Registration.person_id, Registration.status).where(
        Registration.event_id == event_id,
        Registration.status.in_([RegistrationStatus.REGISTERED, RegistrationStatus.WAITING])))
    return {person_id: RegistrationStatus(status) for person_id, status in rows}


def organisation_choices(orm: OrmSession) -> list[tuple[int, str]]:
    """All organisations (municipalities first) for the new-person form."""
    orgs = orm.scalars(select(Organisation).order_by(Organisation.kind, Organisation.name))
    return [(o.id, o.name) for o in orgs]


def person_hit(orm: OrmSession, person_id: int) -> PersonHit:
    p = get(orm, Person, person_id)
    return PersonHit(p.id, f"{p.last_name}, {p.first_name}", p.email or "",
                     p.organisation.name if p.organisation is not None else "")


def possible_duplicates(orm: OrmSession, first_name: str, last_name: str,
                        email: str | None) -> list[PersonHit]:
    """Persons probably identical to a new one: same e-mail, or same name ignoring case and
    accents ("Walesa" ~ "Wałęsa"); adds to similar_persons, whose SQL lower() folds ASCII only.
    """
    from planner.usecases.people import similar_persons

    found = {p.id: p for p in similar_persons(orm, first_name, last_name, email)}
    first, last = fold(first_name.strip()), fold(last_name.strip())
    if first and last:
        key = Person.search_key
        prefix = _escape_like(f"{last} {first}")
        for p in orm.scalars(select(Person).where(key.like(f"{prefix}%", escape="\\"))
                             .limit(20)):
            if fold(p.first_name) == first and fold(p.last_name) == last:
                found.setdefault(p.id, p)
    return [person_hit(orm, pid) for pid in sorted(found)]


def full_sessions_for_waiting(orm: OrmSession, event_id: int) -> dict[int, list[str]]:
    """For each waiting registration: the titles of its sessions that are still full
    (an empty list: a place is free, the person can move up)."""
    from planner.usecases.registration import full_sessions, waiting_list

    return {reg.id: [s.title for s in full_sessions(orm, reg.booked_sessions(),
                                                     exclude_id=reg.id)]
            for reg in waiting_list(orm, event_id)}
