"""Cooperation agreements with municipalities: list, create, update, and reminders.

Reminders: agreements (not draft, not ended) whose end date falls within the next N weeks
(setting ``agreement_reminder_weeks``, default 8), and municipalities without any activity
(a held session they took part in) during the last year.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from planner.errors import StaleEditError, ValidationError
from planner.models import (
    AgreementStatus,
    CooperationAgreement,
    Event,
    EventFormat,
    Office,
    Organisation,
    OrganisationKind,
    Person,
    Registration,
    RegistrationStatus,
    Session,
    SessionStatus,
    event_municipality,
)
from planner.models.enums import AGREEMENT_STATUS_LABELS_DE, FORMAT_LABELS_DE
from planner.settings import get_setting
from planner.usecases.lookup import get, office_by_key
from planner.usecases.outcome import Outcome
from planner.validation import clean_text

REMINDER_SETTING = "agreement_reminder_weeks"
DEFAULT_REMINDER_WEEKS = 8
INACTIVE_DAYS = 365


@dataclass
class AgreementData:
    """The editable fields of a cooperation agreement."""

    municipality_id: int
    office: int | str | None = None
    goals: list[str] = field(default_factory=list)
    agreed_formats: list[str] = field(default_factory=list)
    start_date: date | None = None
    end_date: date | None = None
    status: str = AgreementStatus.DRAFT
    signed_on: date | None = None
    notes: str = ""
    event_id: int | None = None


@dataclass
class AgreementDue:
    agreement_id: int
    municipality_id: int
    municipality: str
    office: str
    end_date: date
    days_left: int
    status: str


@dataclass
class InactiveMunicipality:
    municipality_id: int
    name: str
    federal_state: str | None
    last_activity: date | None


def status_label(status: str) -> str:
    try:
        return AGREEMENT_STATUS_LABELS_DE[AgreementStatus(status)]
    except ValueError:
        return status


def formats_label(formats: list[str]) -> str:
    labels = []
    for f in formats:
        try:
            labels.append(FORMAT_LABELS_DE[EventFormat(f)])
        except ValueError:
            labels.append(f)
    return ", ".join(labels)


def _apply(orm: OrmSession, agreement: CooperationAgreement, data: AgreementData) -> None:
    municipality = get(orm, Organisation, data.municipality_id)
    if not municipality.is_municipality:
        raise ValidationError(f"„{municipality.name}“ ist keine Kommune.")
    try:
        status = AgreementStatus(data.status)
    except ValueError:
        raise ValidationError(f"Unbekannter Status „{data.status}“.") from None
    formats: list[str] = []
    for f in data.agreed_formats:
        try:
            value = EventFormat(f).value
        except ValueError:
            raise ValidationError(f"Unbekanntes Format „{f}“.") from None
        if value not in formats:
            formats.append(value)
    if data.start_date and data.end_date and data.end_date < data.start_date:
        raise ValidationError("Die Vereinbarung endet vor ihrem Beginn.")
    if data.signed_on and data.end_date and data.signed_on > data.end_date:
        raise ValidationError("Die Vereinbarung wurde nach ihrem Ende unterzeichnet.")
    goals = [clean_text(g, "Ein Ziel", max_len=500) for g in data.goals]
    office: Office | None = office_by_key(orm, data.office) if data.office is not None else None
    if data.event_id is not None:
        event = get(orm, Event, data.event_id)
        agreement.event = event
        if office is None:
            office = event.office
    agreement.municipality = municipality
    agreement.office = office
    agreement.goals = [g for g in goals if g]
    agreement.agreed_formats = formats
    agreement.start_date, agreement.end_date = data.start_date, data.end_date
    agreement.status = status
    agreement.signed_on = data.signed_on
    agreement.notes = clean_text(data.notes, "Die Notiz", max_len=5000, multiline=True)


def create_agreement(orm: OrmSession, data: AgreementData) -> Outcome[CooperationAgreement]:
    agreement = CooperationAgreement()
    _apply(orm, agreement, data)
    orm.add(agreement)
    orm.flush()
    return Outcome(agreement, [], {"agreements"})


def update_agreement(orm: OrmSession, agreement_id: int, data: AgreementData, *,
                     expected_version: int | None = None) -> Outcome[CooperationAgreement]:
    agreement = orm.get(CooperationAgreement, agreement_id)
    if agreement is None:
        raise ValidationError(f"Kooperationsvereinbarung mit der Nummer {agreement_id} gibt es "
                              "nicht.")
    if expected_version is not None and agreement.version_id != expected_version:
        raise StaleEditError("Die Kooperationsvereinbarung wurde inzwischen von jemand anderem "
                             "geändert.")
    _apply(orm, agreement, data)
    orm.flush()
    return Outcome(agreement, [], {"agreements"})


def agreement_data(agreement: CooperationAgreement) -> AgreementData:
    """The current values, e.g. to fill an editor."""
    return AgreementData(
        municipality_id=agreement.municipality_id, office=agreement.office_id,
        goals=list(agreement.goals or []), agreed_formats=list(agreement.agreed_formats or []),
        start_date=agreement.start_date, end_date=agreement.end_date, status=agreement.status,
        signed_on=agreement.signed_on, notes=agreement.notes, event_id=agreement.event_id,
    )


def list_agreements(orm: OrmSession, *, municipality_id: int | None = None,
                    office: int | str | None = None,
                    status: str | None = None) -> list[CooperationAgreement]:
    query = (select(CooperationAgreement)
             .options(selectinload(CooperationAgreement.municipality),
                      selectinload(CooperationAgreement.office))
             .join(Organisation, CooperationAgreement.municipality_id == Organisation.id))
    if municipality_id is not None:
        query = query.where(CooperationAgreement.municipality_id == municipality_id)
    if office is not None:
        query = query.where(CooperationAgreement.office_id == office_by_key(orm, office).id)
    if status is not None:
        query = query.where(CooperationAgreement.status == status)
    query = query.order_by(Organisation.name, CooperationAgreement.start_date.desc(),
                           CooperationAgreement.id)
    return list(orm.scalars(query))


def reminder_weeks(orm: OrmSession) -> int:
    try:
        return max(0, int(get_setting(orm, REMINDER_SETTING, DEFAULT_REMINDER_WEEKS)))
    except (TypeError, ValueError):
        return DEFAULT_REMINDER_WEEKS


def agreements_ending(orm: OrmSession, weeks: int | None = None,
                      today: date | None = None) -> list[AgreementDue]:
    """Agreements still in force whose end date is today or within the next `weeks` weeks."""
    today = today or date.today()
    weeks = reminder_weeks(orm) if weeks is None else weeks
    until = today + timedelta(weeks=weeks)
    rows = orm.execute(
        select(CooperationAgreement, Organisation.name, Office.city)
        .join(Organisation, CooperationAgreement.municipality_id == Organisation.id)
        .outerjoin(Office, CooperationAgreement.office_id == Office.id)
        .where(CooperationAgreement.end_date.is_not(None),
               CooperationAgreement.end_date >= today, CooperationAgreement.end_date <= until,
               CooperationAgreement.status.in_([AgreementStatus.SIGNED,
                                                AgreementStatus.RUNNING]))
        .order_by(CooperationAgreement.end_date, Organisation.name)
    ).all()
    return [AgreementDue(a.id, a.municipality_id, name, office or "", a.end_date,
                         (a.end_date - today).days, a.status)
            for a, name, office in rows]


def last_activity(orm: OrmSession, today: date | None = None) -> dict[int, date]:
    """Per municipality: the day of the latest held session it took part in (≤ today).

    Taking part: named on the event, host city of the session, or a participant with an
    active registration whose organisation is the municipality.
    """
    limit = datetime.combine(today or date.today(), datetime.max.time())
    held = (Session.status != SessionStatus.CANCELLED, Session.start <= limit)
    queries = [
        select(event_municipality.c.organisation_id, func.max(Session.start))
        .join(Session, Session.event_id == event_municipality.c.event_id)
        .where(*held).group_by(event_municipality.c.organisation_id),
        select(Session.host_municipality_id, func.max(Session.start))
        .where(*held, Session.host_municipality_id.is_not(None))
        .group_by(Session.host_municipality_id),
        select(Person.organisation_id, func.max(Session.start))
        .join(Registration, Registration.person_id == Person.id)
        .join(Session, Session.event_id == Registration.event_id)
        .where(*held, Registration.status == RegistrationStatus.REGISTERED,
               Person.organisation_id.is_not(None))
        .group_by(Person.organisation_id),
    ]
    latest: dict[int, date] = {}
    for query in queries:
        for org_id, start in orm.execute(query):
            if start is None:
                continue
            day = start.date() if isinstance(start, datetime) else start
            if org_id not in latest or day > latest[org_id]:
                latest[org_id] = day
    return latest


def inactive_municipalities(orm: OrmSession, today: date | None = None,
                            days: int = INACTIVE_DAYS) -> list[InactiveMunicipality]:
    """Municipalities with no activity during the last `days` days (or none at all)."""
    today = today or date.today()
    latest = last_activity(orm, today)
    cutoff = today - timedelta(days=days)
    result = []
    for org in orm.scalars(select(Organisation)
                           .where(Organisation.kind == OrganisationKind.MUNICIPALITY)
                           .order_by(Organisation.name)):
        last = latest.get(org.id)
        if last is None or last < cutoff:
            result.append(InactiveMunicipality(org.id, org.name, org.federal_state, last))
    return result
