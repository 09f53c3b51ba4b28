"""Read-only data for the event screens: choices for pickers and an event as a form."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from planner.models import (
    Event,
    EventFormat,
    Office,
    Organisation,
    OrganisationKind,
    Person,
    Session,
    Topic,
    Venue,
)
from planner.models.enums import FORMAT_LABELS_DE, SESSION_KIND_LABELS_DE
from planner.usecases.event_details import event_agreement
from planner.usecases.lookup import get

Choice = tuple[int, str]


@dataclass
class Choices:
    offices: list[Choice] = field(default_factory=list)
    topics: list[Choice] = field(default_factory=list)
    venues: list[Choice] = field(default_factory=list)
    trainers: list[Choice] = field(default_factory=list)
    municipalities: list[Choice] = field(default_factory=list)
    # the federal state of each venue (whose holidays apply there), None when unknown
    venue_states: dict[int, str | None] = field(default_factory=dict)


def _person_label(p: Person) -> str:
    org = f" ({p.organisation.name})" if p.organisation is not None else ""
    return f"{p.last_name}, {p.first_name}{org}"


def form_choices(orm: OrmSession) -> Choices:
    """Everything the editor's pickers offer (trainers: persons marked trainer or staff)."""
    c = Choices()
    c.offices = [(o.id, o.name) for o in orm.scalars(select(Office).order_by(Office.name))]
    c.topics = [(t.id, t.name) for t in orm.scalars(select(Topic).order_by(Topic.name))]
    venues = list(orm.scalars(select(Venue).order_by(Venue.city, Venue.name)))
    c.venues = [(v.id, f"{v.name}, {v.city}" if v.city else v.name) for v in venues]
    c.venue_states = {v.id: v.federal_state or None for v in venues}
    trainers = orm.scalars(
        select(Person).options(selectinload(Person.organisation))
        .where(or_(Person.is_trainer.is_(True), Person.is_staff.is_(True)),
               Person.anonymised_on.is_(None))
        .order_by(Person.last_name, Person.first_name)
    )
    c.trainers = [(p.id, _person_label(p)) for p in trainers]
    c.municipalities = [
        (o.id, o.name) for o in orm.scalars(
            select(Organisation).where(Organisation.kind == OrganisationKind.MUNICIPALITY)
            .order_by(Organisation.name))
    ]
    return c


@dataclass
class AgendaRow:
    start: time
    end: time | None
    title: str
    kind: str
    speaker_ids: list[int]


@dataclass
class ExcursionRow:
    site: str
    street: str
    postcode: str
    city: str
    host_contact: str
    start: time | None
    end: time | None


@dataclass
class SessionRow:
    id: int
    kind: str
    title: str
    start: datetime
    end: datetime
    venue_id: int | None
    trainer_ids: list[int]
    host_municipality_id: int | None
    cancelled: bool
    agenda: list[AgendaRow]
    excursion: ExcursionRow | None


@dataclass
class EventForm:
    id: int
    format: str
    title: str
    office_id: int
    topic_id: int | None
    description: str
    capacity: int | None
    unit_minutes: int
    break_minutes: int
    certificate_threshold: float
    expert_id: int | None
    funding_note: str | None
    municipality_ids: list[int]
    sessions: list[SessionRow]
    dossier: dict[str, object] | None
    agreement: dict[str, object] | None


def load_event_form(orm: OrmSession, event_id: int) -> EventForm:
    e = get(orm, Event, event_id)
    sessions = [
        SessionRow(
            s.id, s.kind, s.title, s.start, s.end, s.venue_id,
            [link.person_id for link in s.trainer_links], s.host_municipality_id,
            s.is_cancelled,
            [AgendaRow(a.start, a.end, a.title, a.kind, [p.id for p in a.speakers])
             for a in s.agenda],
            ExcursionRow(s.excursion.site, s.excursion.street, s.excursion.postcode,
                         s.excursion.city, s.excursion.host_contact, s.excursion.start,
                         s.excursion.end) if s.excursion is not None else None,
        )
        for s in e.sessions
    ]
    dossier: dict[str, object] | None = None
    if e.dossier is not None:
        d = e.dossier
        dossier = {"starting_situation": d.starting_situation,
                   "fields_of_action": d.fields_of_action, "work_packages": d.work_packages,
                   "completed_on": d.completed_on}
    agreement: dict[str, object] | None = None
    a = event_agreement(orm, event_id)
    if a is not None:
        agreement = {"goals": list(a.goals), "agreed_formats": list(a.agreed_formats),
                     "start_date": a.start_date, "end_date": a.end_date, "status": a.status}
    return EventForm(
        e.id, e.format, e.title, e.office_id, e.topic_id, e.description, e.capacity,
        e.unit_minutes, e.default_break_minutes, e.certificate_threshold, e.expert_id,
        e.funding_note, [m.id for m in e.municipalities], sessions, dossier, agreement,
    )


@dataclass
class SessionChoice:
    id: int
    label: str
    cancelled: bool


@dataclass
class EventOverview:
    id: int
    title: str
    format_label: str
    office: str
    topic: str
    municipalities: list[str]
    capacity: int | None
    threshold: float
    sessions: list[SessionChoice]


def _session_label(s: Session) -> str:
    kind = SESSION_KIND_LABELS_DE.get(s.kind, s.kind)  # type: ignore[call-overload]
    when = f"{s.start:%d.%m.%Y} {s.start:%H:%M}–{s.end:%H:%M}"
    where = f", {s.venue.name}" if s.venue is not None else ""
    title = s.title if s.title else kind
    return f"{when}  {title}{where}"


def event_overview(orm: OrmSession, event_id: int) -> EventOverview:
    e = get(orm, Event, event_id)
    return EventOverview(
        e.id, e.title, FORMAT_LABELS_DE.get(EventFormat(e.format), e.format), e.office.name,
        e.topic.name if e.topic is not None else "", [m.name for m in e.municipalities],
        e.capacity, e.certificate_threshold,
        [SessionChoice(s.id, _session_label(s), s.is_cancelled) for s in e.sessions],
    )


def event_choices(orm: OrmSession, *, since: date | None = None) -> list[Choice]:
    """Events for a picker, newest first: "02.03.2027 Title (Format)"."""
    events = orm.scalars(select(Event).options(selectinload(Event.sessions))
                         .order_by(Event.id.desc()))
    rows = []
    for e in events:
        first = e.first_start
        if since is not None and first is not None and first.date() < since:
            continue
        label = FORMAT_LABELS_DE.get(EventFormat(e.format), e.format)
        prefix = f"{first:%d.%m.%Y} " if first is not None else ""
        rows.append((first or datetime.max, e.id, f"{prefix}{e.title} ({label})"))
    rows.sort(key=lambda r: r[0], reverse=True)
    return [(eid, text) for _, eid, text in rows]


def event_persons(orm: OrmSession, event_id: int) -> tuple[list[Choice], list[Choice]]:
    """(trainers of the event's sessions, registered persons) for the exports page."""
    from planner.models import Registration

    e = get(orm, Event, event_id)
    trainers: dict[int, str] = {}
    for s in e.sessions:
        for link in s.trainer_links:
            trainers[link.person_id] = _person_label(link.person)
    regs = orm.scalars(select(Registration).where(Registration.event_id == event_id))
    participants = {r.person_id: _person_label(r.person) for r in regs}
    return (sorted(trainers.items(), key=lambda kv: kv[1]),
            sorted(participants.items(), key=lambda kv: kv[1]))
