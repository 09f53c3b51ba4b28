"""Cooperation agreements with municipalities: list and reminders (create and update are use
cases in planner.usecases.agreements).

Reminders: agreements (not draft, not ended) whose end date falls within the next N weeks
(setting ``agreement_reminder_weeks``, default 8), and municipalities without any activity
(a held session they took part in) during the last year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from planner.models import (
    AgreementStatus,
    CooperationAgreement,
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
from planner.settings import AGREEMENT_REMINDER_WEEKS
from planner.usecases.lookup import office_by_key

INACTIVE_DAYS = 365


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
    return max(0, AGREEMENT_REMINDER_WEEKS.get(orm))


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
