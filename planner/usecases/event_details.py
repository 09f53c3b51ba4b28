"""Editing an existing event as a whole: header fields, sessions, agenda, excursion,
dossier and cooperation agreement. Each function takes the ORM session and returns Outcome.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.checks import PlanWarning, session_warnings, shape_warnings
from planner.errors import StaleEditError, ValidationError
from planner.models import (
    AgendaItem,
    AgendaKind,
    AgreementStatus,
    Attendance,
    Certificate,
    CooperationAgreement,
    Dossier,
    Event,
    EventFormat,
    Excursion,
    Organisation,
    Person,
    Session,
    Topic,
)
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome, dedupe, refuse_blocking
from planner.usecases.planning import (
    AgendaPlan,
    ExcursionPlan,
    SessionPlan,
    add_session,
    check_threshold,
    edit_session,
    set_event_municipalities,
)
from planner.validation import check_count, clean_text


@dataclass
class EventHeader:
    """The editable fields of an event besides its sessions."""

    title: str
    topic_id: int | None = None
    description: str = ""
    capacity: int | None = None
    unit_minutes: int = 45
    break_minutes: int = 60
    certificate_threshold: float = 0.8
    expert_id: int | None = None
    funding_note: str | None = None


@dataclass
class DossierPlan:
    starting_situation: str = ""
    fields_of_action: str = ""
    work_packages: str = ""
    completed_on: date | None = None


@dataclass
class AgreementPlan:
    goals: list[str] = field(default_factory=list)
    agreed_formats: list[str] = field(default_factory=list)
    start_date: date | None = None
    end_date: date | None = None
    status: str = AgreementStatus.DRAFT
    signed_on: date | None = None
    notes: str = ""


def _check_event_version(event: Event, expected: int | None) -> None:
    if expected is not None and event.version_id != expected:
        raise StaleEditError(f"Die Veranstaltung „{event.title}“ wurde inzwischen von jemand "
                             "anderem geändert.")


def update_event(orm: OrmSession, event_id: int, header: EventHeader, *,
                 expected_version: int | None = None) -> Outcome[Event]:
    """Change the header fields; `expected_version` detects edits made elsewhere meanwhile."""
    event = get(orm, Event, event_id)
    _check_event_version(event, expected_version)
    if header.topic_id is not None:
        get(orm, Topic, header.topic_id)
    if header.expert_id is not None:
        get(orm, Person, header.expert_id)
    event.title = clean_text(header.title, "Der Titel", required=True, max_len=300)
    event.description = clean_text(header.description, "Die Beschreibung", max_len=10000,
                                   multiline=True)
    event.topic_id = header.topic_id
    event.capacity = check_count(header.capacity, "Die Kapazität")
    event.unit_minutes = check_count(header.unit_minutes, "Die Länge einer Unterrichtseinheit",
                                     minimum=1, maximum=600) or 45
    event.default_break_minutes = check_count(header.break_minutes, "Die Pause (Minuten)",
                                              maximum=24 * 60) or 0
    event.certificate_threshold = check_threshold(header.certificate_threshold)
    event.expert_id = header.expert_id
    event.funding_note = (clean_text(header.funding_note, "Der Förderhinweis", max_len=300)
                          or None) if header.funding_note is not None else None
    orm.flush()
    return Outcome(event, [], {Change.EVENTS})


def _agenda_items(orm: OrmSession, plans: list[AgendaPlan]) -> list[AgendaItem]:
    items = []
    for item in plans:
        try:
            kind = AgendaKind(item.kind)
        except ValueError:
            raise ValidationError(f"Unbekannte Art des Programmpunkts „{item.kind}“.") from None
        if item.end is not None and item.end <= item.start:
            raise ValidationError(f"Programmpunkt „{item.title}“ endet nicht nach dem Beginn.")
        items.append(AgendaItem(
            start=item.start, end=item.end, kind=kind,
            title=clean_text(item.title, "Der Titel des Programmpunkts", required=True,
                             max_len=300),
            description=clean_text(item.description, "Die Beschreibung", max_len=5000,
                                   multiline=True),
            speakers=[get(orm, Person, pid) for pid in dict.fromkeys(item.speaker_ids)],
        ))
    return items


def set_agenda(orm: OrmSession, session_id: int, agenda: list[AgendaPlan]) -> Outcome[Session]:
    """Replace a session's programme (talks, panels, workshops, breaks) with speakers."""
    session = get(orm, Session, session_id)
    session.agenda = _agenda_items(orm, agenda)
    orm.flush()
    return Outcome(session, [], {Change.SESSIONS})


def set_excursion(orm: OrmSession, session_id: int,
                  plan: ExcursionPlan | None) -> Outcome[Session]:
    """Set, change or remove (plan=None) the excursion of a meeting."""
    session = get(orm, Session, session_id)
    if plan is None:
        session.excursion = None
    else:
        ex = session.excursion or Excursion(site="")
        ex.site = clean_text(plan.site, "Der Ort der Exkursion", required=True, max_len=300)
        ex.street = clean_text(plan.street, "Die Straße der Exkursion")
        ex.postcode = clean_text(plan.postcode, "Die PLZ der Exkursion", max_len=20)
        ex.city = clean_text(plan.city, "Die Stadt der Exkursion", max_len=100)
        ex.host_contact = clean_text(plan.host_contact, "Der Kontakt vor Ort", max_len=300)
        if plan.start and plan.end and plan.end <= plan.start:
            raise ValidationError("Die Exkursion endet nicht nach ihrem Beginn.")
        ex.start, ex.end = plan.start, plan.end
        ex.description = clean_text(plan.description, "Die Beschreibung", max_len=5000,
                                    multiline=True)
        session.excursion = ex
    orm.flush()
    return Outcome(session, [], {Change.SESSIONS})


def delete_session(orm: OrmSession, session_id: int) -> Outcome[None]:
    """Remove a session that nobody attended and no certificate mentions (else: cancel it)."""
    session = get(orm, Session, session_id)
    attended = orm.scalar(select(func.count()).select_from(Attendance)
                          .where(Attendance.session_id == session_id))
    certified = orm.scalar(select(func.count()).select_from(Certificate)
                           .where(Certificate.session_id == session_id))
    if attended or certified:
        raise ValidationError(
            f"„{session.title}“ hat schon Anwesenheiten oder Bescheinigungen und kann nicht "
            "gelöscht werden. Bitte stattdessen absagen."
        )
    event = session.event
    orm.delete(session)
    orm.flush()
    orm.expire(event, ["sessions"])
    return Outcome(None, [], {Change.SESSIONS})


def save_dossier(orm: OrmSession, event_id: int, plan: DossierPlan) -> Outcome[Dossier]:
    event = get(orm, Event, event_id)
    if event.format != EventFormat.ANALYSIS:
        raise ValidationError("Ein Dossier gibt es nur bei „Klärung und Analyse“.")
    dossier = event.dossier or Dossier()
    dossier.starting_situation = clean_text(plan.starting_situation, "Die Ausgangslage",
                                            max_len=20000, multiline=True)
    dossier.fields_of_action = clean_text(plan.fields_of_action, "Die Handlungsfelder",
                                          max_len=20000, multiline=True)
    dossier.work_packages = clean_text(plan.work_packages, "Die Arbeitspakete",
                                       max_len=20000, multiline=True)
    dossier.completed_on = plan.completed_on
    event.dossier = dossier
    orm.flush()
    return Outcome(dossier, [], {Change.EVENTS})


def event_agreement(orm: OrmSession, event_id: int) -> CooperationAgreement | None:
    return orm.scalar(select(CooperationAgreement)
                      .where(CooperationAgreement.event_id == event_id)
                      .order_by(CooperationAgreement.id))


def save_agreement(orm: OrmSession, event_id: int,
                   plan: AgreementPlan) -> Outcome[CooperationAgreement]:
    """Create or update the cooperation agreement that ends an analysis process."""
    event = get(orm, Event, event_id)
    if event.format != EventFormat.ANALYSIS:
        raise ValidationError("Eine Kooperationsvereinbarung entsteht aus „Klärung und Analyse“.")
    if len(event.municipalities) != 1:
        raise ValidationError("Für die Kooperationsvereinbarung fehlt die Kommune.")
    try:
        status = AgreementStatus(plan.status)
    except ValueError:
        raise ValidationError(f"Unbekannter Status „{plan.status}“.") from None
    formats = []
    for f in plan.agreed_formats:
        try:
            formats.append(EventFormat(f).value)
        except ValueError:
            raise ValidationError(f"Unbekanntes Format „{f}“.") from None
    if plan.start_date and plan.end_date and plan.end_date < plan.start_date:
        raise ValidationError("Die Vereinbarung endet vor ihrem Beginn.")
    goals = [clean_text(g, "Ein Ziel", max_len=500) for g in plan.goals]
    agreement = event_agreement(orm, event_id)
    if agreement is None:
        agreement = CooperationAgreement(event=event, office=event.office)
        orm.add(agreement)
    agreement.municipality = event.municipalities[0]
    agreement.goals = [g for g in goals if g]
    agreement.agreed_formats = formats
    agreement.start_date, agreement.end_date = plan.start_date, plan.end_date
    agreement.status = status
    agreement.signed_on = plan.signed_on
    agreement.notes = clean_text(plan.notes, "Die Notiz", max_len=5000, multiline=True)
    orm.flush()
    return Outcome(agreement, [], {Change.EVENTS})


@dataclass
class SessionEdit:
    """One row of the editor: an existing session (id) or a new one (id None)."""

    session_id: int | None
    plan: SessionPlan
    # For conferences/network meetings: replace agenda/excursion (None = leave unchanged).
    set_agenda: bool = False
    set_excursion: bool = False


def save_event_edit(orm: OrmSession, event_id: int, header: EventHeader,
                    sessions: list[SessionEdit], *, municipality_ids: list[int] | None = None,
                    force: bool = False, expected_version: int | None = None,
                    expected_session_versions: dict[int, int] | None = None) -> Outcome[Event]:
    """Apply a whole editor form to an existing event in one transaction.

    Sessions of the event missing from `sessions` are deleted (only if nobody attended).
    `expected_version` (the event's version_id when the form was loaded) and
    `expected_session_versions` (session id -> version_id) raise StaleEditError when the
    event or one of its sessions was changed elsewhere meanwhile (None: no check).
    """
    event = get(orm, Event, event_id)
    _check_event_version(event, expected_version)
    for s in event.sessions:
        known = (expected_session_versions or {}).get(s.id)
        if known is not None and s.version_id != known:
            raise StaleEditError(f"Der Termin „{s.title}“ am {s.start:%d.%m.%Y} wurde "
                                 "inzwischen von jemand anderem geändert.")
    if expected_session_versions is not None and (
            set(expected_session_versions) != {s.id for s in event.sessions}):
        raise StaleEditError(f"Bei „{event.title}“ wurde inzwischen von jemand anderem ein "
                             "Termin hinzugefügt oder gelöscht.")
    warnings: list[PlanWarning] = []
    update_event(orm, event_id, header)
    keep = {e.session_id for e in sessions if e.session_id is not None}
    for s in list(event.sessions):
        if s.id not in keep:
            delete_session(orm, s.id)
    # Every row is written first and checked afterwards: a series moved as a whole must not
    # meet its own not-yet-moved modules (double bookings with itself).
    for edit in sessions:
        p = edit.plan
        if edit.session_id is None:
            add_session(orm, event_id, p, force=True)
            continue
        session = get(orm, Session, edit.session_id)
        if session.event_id != event_id:
            raise ValidationError(f"Termin {edit.session_id} gehört nicht zu dieser Veranstaltung.")
        edit_session(
            orm, edit.session_id, start=p.start, end=p.end, venue_id=p.venue_id,
            title=p.title or session.title, trainer_ids=p.trainer_ids,
            host_municipality_id=p.host_municipality_id, force=True,
        )
        if edit.set_agenda:
            set_agenda(orm, edit.session_id, p.agenda)
        if edit.set_excursion:
            set_excursion(orm, edit.session_id, p.excursion)
    if municipality_ids is not None:
        if [m.id for m in event.municipalities] != municipality_ids:
            warnings.extend(set_event_municipalities(orm, event_id, municipality_ids).warnings)
    for mid in municipality_ids or []:
        get(orm, Organisation, mid)
    orm.flush()
    orm.expire(event, ["sessions"])
    for session in event.sessions:
        warnings.extend(session_warnings(orm, session))
    warnings.extend(shape_warnings(event))
    warnings = dedupe(warnings)
    refuse_blocking(warnings, force)
    return Outcome(event, warnings, {Change.EVENTS, Change.SESSIONS})
