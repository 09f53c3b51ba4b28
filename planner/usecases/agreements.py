"""Cooperation agreements with municipalities: create and update (one use case each)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session as OrmSession

from planner.errors import StaleEditError, ValidationError
from planner.models import (
    AgreementStatus,
    CooperationAgreement,
    Event,
    EventFormat,
    Office,
    Organisation,
)
from planner.usecases.lookup import get, office_by_key
from planner.usecases.outcome import Change, Outcome
from planner.validation import clean_text


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
    return Outcome(agreement, [], {Change.AGREEMENTS})


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
    return Outcome(agreement, [], {Change.AGREEMENTS})


def agreement_data(agreement: CooperationAgreement) -> AgreementData:
    """The current values, e.g. to fill an editor."""
    return AgreementData(
        municipality_id=agreement.municipality_id, office=agreement.office_id,
        goals=list(agreement.goals or []), agreed_formats=list(agreement.agreed_formats or []),
        start_date=agreement.start_date, end_date=agreement.end_date, status=agreement.status,
        signed_on=agreement.signed_on, notes=agreement.notes, event_id=agreement.event_id,
    )
