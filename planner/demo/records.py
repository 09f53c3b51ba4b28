"""The use cases the demo needs, as row builders: the same validation and defaults as
planner/usecases (people.py, planning.py), without the ORM.

Each function validates its input with the functions the use case validates with and adds
the rows the use case would write. Rules that compare rows with each other (double
bookings, capacity) are kept by the generator while it plans (busy days, counted places)
and checked once more on the written data by planner/demo/verify.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from planner.checks import SERIES_MODULES
from planner.errors import ValidationError
from planner.folding import person_search_key
from planner.models.enums import (
    FEDERAL_STATES,
    EventFormat,
    OrganisationKind,
    PersonRole,
    SessionStatus,
)
from planner.usecases.planning import (
    EventPlan,
    SessionPlan,
    agenda_values,
    event_values,
    excursion_values,
    session_values,
)
from planner.validation import check_count, clean_email, clean_text

if TYPE_CHECKING:
    from planner.demo.rows import DemoState, EventRow, Row, SessionRow


def add_topic(ctx: DemoState, name: str) -> Row:
    clean = clean_text(name, "Das Thema", required=True)
    if any(t.name.casefold() == clean.casefold() for t in ctx.topics):
        raise ValidationError(f"Das Thema „{clean}“ gibt es schon.")
    topic = ctx.rows.add("topic", name=clean)
    ctx.topics.append(topic)
    return topic


def _state(code: str | None) -> str | None:
    if code is not None and code not in FEDERAL_STATES:
        raise ValidationError(f"Unbekanntes Bundesland „{code}“.")
    return code


def add_organisation(ctx: DemoState, *, name: str, municipality: bool = False,
                     federal_state: str | None = None, population: int | None = None,
                     city: str = "") -> Row:
    state = _state(federal_state)
    if municipality and state is None:
        raise ValidationError("Für eine Kommune muss das Bundesland angegeben werden.")
    return ctx.rows.add(
        "organisation", name=clean_text(name, "Der Name", required=True),
        kind=OrganisationKind.MUNICIPALITY if municipality else OrganisationKind.OTHER,
        federal_state=state,
        population=check_count(population, "Die Einwohnerzahl", maximum=100_000_000),
        city=clean_text(city or (name if municipality else ""), "Die Stadt", max_len=100))


def add_venue(ctx: DemoState, *, name: str, street: str, postcode: str, city: str,
              federal_state: str | None, capacity: int | None = None) -> Row:
    return ctx.rows.add(
        "venue", name=clean_text(name, "Der Name des Orts", required=True),
        street=clean_text(street, "Die Straße"),
        postcode=clean_text(postcode, "Die PLZ", max_len=20),
        city=clean_text(city, "Die Stadt", required=True, max_len=100),
        federal_state=_state(federal_state), capacity=check_count(capacity, "Die Kapazität"))


def add_person(ctx: DemoState, *, first_name: str, last_name: str, email: str | None,
               organisation: Row | None, roles: Iterable[str], function: str = "",
               title: str = "") -> Row:
    """A person, with the search key the model computes and the audit entry a person's
    insert gets (planner/audit.py: action "insert", no field values)."""
    first = clean_text(first_name, "Der Vorname", required=True, max_len=100)
    last = clean_text(last_name, "Der Nachname", required=True, max_len=100)
    mail = clean_email(email)
    function = clean_text(function, "Die Funktion")
    title = clean_text(title, "Der Titel", max_len=40)
    role_set = {PersonRole(r) for r in roles} or {PersonRole.PARTICIPANT}
    person = ctx.rows.add(
        "person", first_name=first, last_name=last, email=mail, title=title,
        organisation_id=organisation.id if organisation is not None else None,
        function=function, phone="",
        is_participant=PersonRole.PARTICIPANT in role_set,
        is_trainer=PersonRole.TRAINER in role_set, is_staff=PersonRole.STAFF in role_set,
        search_key=person_search_key(first, last, mail, title, function))
    ctx.rows.add("change_log", **ctx.audit_who, action="insert", entity="person",
                 entity_id=person.id, details="")
    return person


def _session(ctx: DemoState, event: EventRow, plan: SessionPlan, n: int) -> SessionRow:
    from planner.demo.rows import SessionRow

    session: SessionRow = ctx.rows.add(
        "session", SessionRow, event=event, event_id=event.id,
        **session_values(plan, EventFormat(event.format), n),
        venue=ctx.venue_by_id.get(plan.venue_id) if plan.venue_id else None,
        status=SessionStatus.PLANNED, cancel_reason="", uid=ctx.uid(), sequence=0,
        trainers=[ctx.person_by_id[pid] for pid in dict.fromkeys(plan.trainer_ids)])
    for person in session.trainers:
        person.is_trainer = True
        ctx.rows.add("session_trainer", session_id=session.id, person_id=person.id)
    if plan.excursion is not None:
        ctx.rows.add("excursion", session_id=session.id, **excursion_values(plan.excursion))
    for item in plan.agenda:
        agenda = ctx.rows.add("agenda_item", session_id=session.id, **agenda_values(item))
        for pid in dict.fromkeys(item.speaker_ids):
            ctx.rows.add("agenda_speaker", agenda_item_id=agenda.id, person_id=pid)
    event.sessions.append(session)
    event.sessions.sort(key=lambda s: s.start)
    return session


def create_event(ctx: DemoState, plan: EventPlan) -> EventRow:
    """An event with its sessions (planner.usecases.planning.create_event)."""
    from planner.demo.rows import EventRow

    fmt = EventFormat(plan.format)
    if not plan.sessions:
        raise ValidationError("Eine Veranstaltung braucht mindestens einen Termin.")
    if fmt == EventFormat.TRAINING_SERIES and len(plan.sessions) != SERIES_MODULES:
        raise ValidationError(f"Eine Fortbildungsreihe hat {SERIES_MODULES} Module.")
    municipalities = list(dict.fromkeys(plan.municipality_ids))
    if fmt == EventFormat.ANALYSIS and len(municipalities) != 1:
        raise ValidationError("Klärung und Analyse findet mit genau einer Kommune statt.")
    office = ctx.offices[str(plan.office)]
    event: EventRow = ctx.rows.add(
        "event", EventRow, **event_values(plan, fmt), office_id=office.id, office=office,
        sessions=[], registrations=[], taken={}, booked_persons=set(),
        municipality_ids=municipalities)
    for org_id in municipalities:
        ctx.rows.add("event_municipality", event_id=event.id, organisation_id=org_id)
    for n, session_plan in enumerate(plan.sessions, 1):
        _session(ctx, event, session_plan, n)
    ctx.events.append(event)
    return event


def add_session(ctx: DemoState, event: EventRow, plan: SessionPlan) -> SessionRow:
    """One more session of an event (planner.usecases.planning.add_session)."""
    n = max((s.position for s in event.sessions), default=0) + 1
    return _session(ctx, event, plan, n)


def cancel_session(ctx: DemoState, session: SessionRow, reason: str,
                   when: datetime) -> None:
    """planner.usecases.planning.cancel_session, at a given moment."""
    if session.is_cancelled:
        raise ValidationError(f"Der Termin {session.id} ist bereits abgesagt.")
    session.status = SessionStatus.CANCELLED
    session.sequence = 1  # a status change reaches calendars (planner/tracking.py)
    session.cancelled_at = when
    session.cancel_reason = clean_text(reason, "Der Grund der Absage", required=True,
                                       max_len=2000, multiline=True)
