"""The municipality record: contacts, everything it took part in over the years (with its
participants and their attendance), its dossiers and cooperation agreements."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from planner.errors import ValidationError
from planner.evaluation.results import MunicipalityFeedback, municipality_feedback
from planner.exports.xlsx_safe import name_sort_key, sort_text
from planner.models import (
    Attendance,
    AttendanceStatus,
    Event,
    Organisation,
    Person,
    Registration,
    RegistrationStatus,
    Session,
    event_municipality,
)
from planner.models.enums import (
    ATTENDANCE_STATUS_LABELS_DE,
    FEDERAL_STATES,
    FORMAT_LABELS_DE,
    REGISTRATION_STATUS_LABELS_DE,
    SESSION_KIND_LABELS_DE,
    EventFormat,
    SessionKind,
)
from planner.reports.agreements import (
    INACTIVE_DAYS,
    AgreementDue,
    agreements_ending,
    formats_label,
    last_activity,
    list_agreements,
    status_label,
)
from planner.rules.attendance import totals
from planner.rules.facts import booking_of, event_facts, marks_of
from planner.rules.units import session_units
from planner.translatable import QT_TRANSLATE_NOOP
from planner.usecases.lookup import get

ROLE_EVENT = QT_TRANSLATE_NOOP("municipalityRoles", "beteiligte Kommune")
ROLE_HOST = QT_TRANSLATE_NOOP("municipalityRoles", "Gastgeberin")
ROLE_PARTICIPANTS = QT_TRANSLATE_NOOP("municipalityRoles", "Teilnehmende")


@dataclass
class Contact:
    person_id: int
    name: str
    function: str
    email: str
    phone: str
    roles: list[str]


@dataclass
class SessionEntry:
    session_id: int
    start: datetime
    end: datetime
    title: str
    kind: str
    cancelled: bool
    hosted: bool
    units: float
    booked: int  # participants from this municipality booked for the session
    present: int  # of them present or partly present
    recorded: bool = False  # attendance recorded for any of them


@dataclass
class ParticipantEntry:
    person_id: int
    name: str
    status: str
    attended_units: float
    total_units: float
    rate: float
    # one text per session of the event, in session order ("anwesend", "–", …)
    attendance: list[str] = field(default_factory=list)


@dataclass
class EventEntry:
    event_id: int
    title: str
    format: str
    format_label: str
    office: str
    first_start: datetime | None
    last_end: datetime | None
    roles: list[str]
    sessions: list[SessionEntry]
    participants: list[ParticipantEntry]

    @property
    def year(self) -> int | None:
        return self.first_start.year if self.first_start else None


@dataclass
class DossierEntry:
    event_id: int
    event_title: str
    completed_on: date | None
    starting_situation: str
    fields_of_action: str
    work_packages: str


@dataclass
class AgreementEntry:
    agreement_id: int
    status: str
    status_label: str
    goals: list[str]
    agreed_formats: list[str]
    formats_label: str
    start_date: date | None
    end_date: date | None
    signed_on: date | None
    office: str
    event_id: int | None
    notes: str
    version: int


@dataclass
class MunicipalityRecord:
    municipality_id: int
    name: str
    federal_state: str | None
    state_name: str
    population: int | None
    below_threshold: bool
    city: str
    notes: str
    contacts: list[Contact]
    events: list[EventEntry]
    dossiers: list[DossierEntry]
    agreements: list[AgreementEntry]
    last_activity: date | None
    inactive: bool
    agreements_due: list[AgreementDue]
    # Feedback on the events its people attended (aggregated, anonymity threshold applied).
    feedback: MunicipalityFeedback | None = None

    def timeline(self) -> list[tuple[int | None, list[EventEntry]]]:
        """The events grouped by year of their first session, latest year first."""
        years: dict[int | None, list[EventEntry]] = {}
        for entry in self.events:
            years.setdefault(entry.year, []).append(entry)
        return sorted(years.items(), key=lambda kv: -(kv[0] or 0))


def _label(mapping: dict, enum: type, value: str) -> str:
    try:
        return str(mapping[enum(value)])
    except (ValueError, KeyError):
        return value


def _event_ids(orm: OrmSession, org_id: int) -> set[int]:
    ids = set(orm.scalars(select(event_municipality.c.event_id)
                          .where(event_municipality.c.organisation_id == org_id)))
    ids |= set(orm.scalars(select(Session.event_id)
                           .where(Session.host_municipality_id == org_id)))
    ids |= set(orm.scalars(select(Registration.event_id)
                           .join(Person, Registration.person_id == Person.id)
                           .where(Person.organisation_id == org_id)))
    return ids


def _participants(event: Event, regs: list[Registration],
                  attendance: dict[tuple[int, int], Attendance]) -> list[ParticipantEntry]:
    result = []
    facts = event_facts(event)
    for reg in regs:
        rows = [a for (sid, pid), a in attendance.items() if pid == reg.person_id
                and any(s.id == sid for s in event.sessions)]
        sums = totals(facts, booking_of(reg), marks_of(rows))
        booked = {s.id for s in reg.booked_sessions()}
        texts = []
        for s in event.sessions:
            att = attendance.get((s.id, reg.person_id))
            if s.is_cancelled:
                texts.append(QT_TRANSLATE_NOOP("attendanceStatus", "abgesagt"))
            elif att is not None:
                texts.append(_label(ATTENDANCE_STATUS_LABELS_DE, AttendanceStatus, att.status))
            else:
                texts.append("–" if s.id in booked
                             else QT_TRANSLATE_NOOP("attendanceStatus", "nicht gebucht"))
        result.append(ParticipantEntry(
            reg.person_id, reg.person.full_name,
            _label(REGISTRATION_STATUS_LABELS_DE, RegistrationStatus, reg.status),
            sums.attended.units_rounded, sums.booked.units_rounded, float(sums.rate), texts))
    result.sort(key=lambda p: (sort_text(p.name), p.person_id))
    return result


def _event_entry(event: Event, org_id: int, regs: list[Registration],
                 attendance: dict[tuple[int, int], Attendance]) -> EventEntry:
    roles = []
    if any(m.id == org_id for m in event.municipalities):
        roles.append(ROLE_EVENT)
    if any(s.host_municipality_id == org_id for s in event.sessions):
        roles.append(ROLE_HOST)
    if regs:
        roles.append(ROLE_PARTICIPANTS)
    active = [r for r in regs if r.status == RegistrationStatus.REGISTERED]
    sessions = []
    for s in event.sessions:
        booked = [r for r in active if any(b.id == s.id for b in r.booked_sessions())]
        present = sum(1 for r in regs
                      if (a := attendance.get((s.id, r.person_id))) is not None
                      and a.status in (AttendanceStatus.PRESENT, AttendanceStatus.PARTIAL))
        recorded = any((s.id, r.person_id) in attendance for r in regs)
        sessions.append(SessionEntry(
            s.id, s.start, s.end, s.title or "",
            _label(SESSION_KIND_LABELS_DE, SessionKind, s.kind), s.is_cancelled,
            s.host_municipality_id == org_id, session_units(s), len(booked), present,
            recorded))
    return EventEntry(
        event.id, event.title, event.format,
        _label(FORMAT_LABELS_DE, EventFormat, event.format),
        event.office.city or event.office.name, event.first_start, event.last_end, roles,
        sessions, _participants(event, regs, attendance))


def municipality_record(orm: OrmSession, municipality_id: int,
                        today: date | None = None) -> MunicipalityRecord:
    today = today or date.today()
    org = get(orm, Organisation, municipality_id)
    if not org.is_municipality:
        raise ValidationError(f"„{org.name}“ ist keine Kommune.")
    people = sorted(orm.scalars(select(Person).where(Person.organisation_id == org.id)),
                    key=lambda p: name_sort_key(p.last_name, p.first_name, p.id))
    contacts = [Contact(p.id, p.full_name, p.function, p.email or "", p.phone, p.roles)
                for p in people]
    event_ids = sorted(_event_ids(orm, org.id))
    events = list(orm.scalars(
        select(Event).where(Event.id.in_(event_ids))
        .options(selectinload(Event.sessions), selectinload(Event.municipalities),
                 selectinload(Event.office), selectinload(Event.dossier))
    )) if event_ids else []
    regs_by_event: dict[int, list[Registration]] = {}
    attendance: dict[tuple[int, int], Attendance] = {}
    if event_ids:
        for reg in orm.scalars(
            select(Registration).join(Person, Registration.person_id == Person.id)
            .where(Registration.event_id.in_(event_ids), Person.organisation_id == org.id,
                   Registration.status != RegistrationStatus.CANCELLED)
            .options(selectinload(Registration.person),
                     selectinload(Registration.chosen_sessions))
        ):
            regs_by_event.setdefault(reg.event_id, []).append(reg)
        for att in orm.scalars(
            select(Attendance).join(Person, Attendance.person_id == Person.id)
            .join(Session, Attendance.session_id == Session.id)
            .where(Person.organisation_id == org.id, Session.event_id.in_(event_ids))
        ):
            attendance[(att.session_id, att.person_id)] = att
    entries = [_event_entry(e, org.id, regs_by_event.get(e.id, []), attendance)
               for e in events]
    entries.sort(key=lambda e: (e.first_start or datetime.max, e.event_id))
    dossiers = [
        DossierEntry(e.id, e.title, e.dossier.completed_on, e.dossier.starting_situation,
                     e.dossier.fields_of_action, e.dossier.work_packages)
        for e in sorted(events, key=lambda e: (e.first_start or datetime.max, e.id))
        if e.dossier is not None and any(m.id == org.id for m in e.municipalities)
    ]
    agreements = [
        AgreementEntry(a.id, a.status, status_label(a.status), list(a.goals or []),
                       list(a.agreed_formats or []), formats_label(a.agreed_formats or []),
                       a.start_date, a.end_date, a.signed_on,
                       (a.office.city or a.office.name) if a.office else "", a.event_id,
                       a.notes, a.version_id)
        for a in list_agreements(orm, municipality_id=org.id)
    ]
    last = last_activity(orm, today).get(org.id)
    due = [d for d in agreements_ending(orm, today=today) if d.municipality_id == org.id]
    return MunicipalityRecord(
        org.id, org.name, org.federal_state,
        FEDERAL_STATES.get(org.federal_state or "", ""), org.population, org.below_threshold,
        org.city, org.notes, contacts, entries, dossiers, agreements, last,
        last is None or last < today - timedelta(days=INACTIVE_DAYS), due,
        municipality_feedback(orm, org.id))


def record_to_dict(record: MunicipalityRecord) -> dict[str, Any]:
    """A JSON-ready dict (dates as ISO text), events grouped by year."""
    def convert(value: Any) -> Any:
        if isinstance(value, (date, datetime)):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        if isinstance(value, list):
            return [convert(v) for v in value]
        return value

    data = convert(asdict(record))
    data["timeline"] = [{"year": year, "event_ids": [e.event_id for e in entries]}
                        for year, entries in record.timeline()]
    return data
