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

from planner.checks import SERIES_MODULES, validate_times
from planner.errors import ValidationError
from planner.folding import person_search_key
from planner.models.enums import (
    FEDERAL_STATES,
    AgendaKind,
    EventFormat,
    OrganisationKind,
    PersonRole,
    SessionKind,
    SessionStatus,
)
from planner.usecases.planning import (
    DEFAULT_KIND,
    DEFAULT_TITLE,
    EventPlan,
    SessionPlan,
    check_threshold,
)
from planner.validation import check_count, check_flag, check_time, clean_email, clean_text

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

    validate_times(plan.start, plan.end)
    kind = SessionKind(plan.kind) if plan.kind else DEFAULT_KIND[EventFormat(event.format)]
    title = clean_text(plan.title, "Der Titel des Termins", max_len=300)
    if not title:
        title = DEFAULT_TITLE.get(kind, "Termin {n}").format(n=n)
    session: SessionRow = ctx.rows.add(
        "session", SessionRow, event=event, event_id=event.id, position=n, kind=kind,
        title=title, start=plan.start, end=plan.end,
        all_day=check_flag(plan.all_day, "Ganztägig"), venue_id=plan.venue_id,
        venue=ctx.venue_by_id.get(plan.venue_id) if plan.venue_id else None,
        host_municipality_id=plan.host_municipality_id,
        capacity=check_count(plan.capacity, "Die Kapazität"),
        break_minutes=check_count(plan.break_minutes, "Die Pause (Minuten)",
                                  maximum=24 * 60),
        notes=clean_text(plan.notes, "Die Notiz", max_len=5000, multiline=True),
        status=SessionStatus.PLANNED, cancel_reason="", uid=ctx.uid(), sequence=0,
        trainers=[ctx.person_by_id[pid] for pid in dict.fromkeys(plan.trainer_ids)])
    for person in session.trainers:
        person.is_trainer = True
        ctx.rows.add("session_trainer", session_id=session.id, person_id=person.id)
    if plan.excursion is not None:
        ex = plan.excursion
        ctx.rows.add(
            "excursion", session_id=session.id,
            site=clean_text(ex.site, "Der Ort der Exkursion", required=True, max_len=300),
            street=clean_text(ex.street, "Die Straße der Exkursion"),
            postcode=clean_text(ex.postcode, "Die PLZ der Exkursion", max_len=20),
            city=clean_text(ex.city, "Die Stadt der Exkursion", max_len=100),
            host_contact=clean_text(ex.host_contact, "Der Kontakt vor Ort", max_len=300),
            start=check_time(ex.start, "Der Beginn der Exkursion"),
            end=check_time(ex.end, "Das Ende der Exkursion"),
            description=clean_text(ex.description, "Die Beschreibung", max_len=5000,
                                   multiline=True))
    for item in plan.agenda:
        if item.end is not None and item.end <= item.start:
            raise ValidationError(f"Programmpunkt „{item.title}“ endet nicht nach dem Beginn.")
        agenda = ctx.rows.add(
            "agenda_item", session_id=session.id, start=item.start, end=item.end,
            title=clean_text(item.title, "Der Titel des Programmpunkts", required=True,
                             max_len=300),
            kind=AgendaKind(item.kind), description=item.description)
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
        "event", EventRow, format=fmt,
        title=clean_text(plan.title, "Der Titel", required=True, max_len=300),
        description=clean_text(plan.description, "Die Beschreibung", max_len=10000,
                               multiline=True),
        office_id=office.id, office=office, topic_id=plan.topic_id,
        capacity=check_count(plan.capacity, "Die Kapazität"),
        unit_minutes=check_count(plan.unit_minutes, "Die Länge einer Unterrichtseinheit",
                                 minimum=1, maximum=600) or 45,
        default_break_minutes=check_count(plan.break_minutes, "Die Pause (Minuten)",
                                          maximum=24 * 60) or 0,
        certificate_threshold=check_threshold(plan.certificate_threshold),
        expert_id=plan.expert_id, funding_note=plan.funding_note, sessions=[],
        registrations=[], taken={}, booked_persons=set(), municipality_ids=municipalities)
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
