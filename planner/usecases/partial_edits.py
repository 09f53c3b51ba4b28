"""Changing some fields of a record and keeping the rest, as the command line's edit
commands do (`event edit --capacity 20` leaves the title alone). Each function fills the
unchanged fields from the record and calls the same use case as the app's editors."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any, TypeVar

from sqlalchemy.orm import Session as OrmSession

from planner.errors import ValidationError
from planner.models import CooperationAgreement, Event, Organisation, Venue
from planner.usecases.agreements import (
    AgreementData,
    agreement_data,
    create_agreement,
    update_agreement,
)
from planner.usecases.event_details import (
    AgreementPlan,
    DossierPlan,
    EventHeader,
    event_agreement,
    save_agreement,
    save_dossier,
    update_event,
)
from planner.usecases.lookup import MAX_ID, get
from planner.usecases.masterdata import update_organisation, update_venue
from planner.usecases.outcome import Outcome
from planner.usecases.planning import set_event_municipalities

D = TypeVar("D")


def _merged(current: D, changes: dict[str, Any]) -> D:
    known = {f.name for f in fields(current)}  # type: ignore[arg-type]
    unknown = sorted(set(changes) - known)
    if unknown:
        raise ValidationError(f"Unbekanntes Feld „{unknown[0]}“.")
    return replace(current, **changes)  # type: ignore[type-var]


def event_header(event: Event) -> EventHeader:
    return EventHeader(
        title=event.title, topic_id=event.topic_id, description=event.description,
        capacity=event.capacity, unit_minutes=event.unit_minutes,
        break_minutes=event.default_break_minutes,
        certificate_threshold=event.certificate_threshold, expert_id=event.expert_id,
        funding_note=event.funding_note,
    )


def change_event(orm: OrmSession, event_id: int, *, municipality_ids: list[int] | None = None,
                 **changes: Any) -> Outcome[Event]:
    """Change header fields (EventHeader names) and, if given, the municipalities."""
    event = get(orm, Event, event_id)
    outcome = update_event(orm, event_id, _merged(event_header(event), changes))
    if municipality_ids is not None:
        municipalities = set_event_municipalities(orm, event_id, municipality_ids)
        outcome.warnings.extend(municipalities.warnings)
        outcome.changed |= municipalities.changed
    return outcome


_VENUE_FIELDS = ("name", "street", "postcode", "city", "federal_state", "capacity", "notes")
_ORGANISATION_FIELDS = ("name", "federal_state", "population", "city", "notes")


def _current(record: Any, names: tuple[str, ...], changes: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(changes) - set(names) - {"municipality"})
    if unknown:
        raise ValidationError(f"Unbekanntes Feld „{unknown[0]}“.")
    return {name: getattr(record, name) for name in names} | changes


def change_venue(orm: OrmSession, venue_id: int, **changes: Any) -> Outcome[Venue]:
    venue = get(orm, Venue, venue_id)
    return update_venue(orm, venue_id, **_current(venue, _VENUE_FIELDS, changes))


def change_organisation(orm: OrmSession, organisation_id: int,
                        **changes: Any) -> Outcome[Organisation]:
    """Change an organisation; `municipality=True/False` changes its kind."""
    org = get(orm, Organisation, organisation_id)
    values = _current(org, _ORGANISATION_FIELDS, changes)
    values.setdefault("municipality", org.is_municipality)
    return update_organisation(orm, organisation_id, **values)


def change_dossier(orm: OrmSession, event_id: int, **changes: Any) -> Outcome[Any]:
    event = get(orm, Event, event_id)
    d = event.dossier
    current = DossierPlan() if d is None else DossierPlan(
        d.starting_situation, d.fields_of_action, d.work_packages, d.completed_on)
    return save_dossier(orm, event_id, _merged(current, changes))


def change_event_agreement(orm: OrmSession, event_id: int,
                           **changes: Any) -> Outcome[CooperationAgreement]:
    """The agreement that ends an analysis process: created on first save."""
    a = event_agreement(orm, event_id)
    current = AgreementPlan() if a is None else AgreementPlan(
        list(a.goals or []), list(a.agreed_formats or []), a.start_date, a.end_date,
        a.status, a.signed_on, a.notes)
    return save_agreement(orm, event_id, _merged(current, changes))


def change_agreement(orm: OrmSession, agreement_id: int,
                     **changes: Any) -> Outcome[CooperationAgreement]:
    agreement = (orm.get(CooperationAgreement, agreement_id)
                 if 0 < agreement_id <= MAX_ID else None)
    if agreement is None:
        raise ValidationError(f"Kooperationsvereinbarung mit der Nummer {agreement_id} gibt es "
                              "nicht.")
    return update_agreement(orm, agreement_id, _merged(agreement_data(agreement), changes))


def new_agreement(orm: OrmSession, municipality_id: int, *, office: int | str | None = None,
                  **values: Any) -> Outcome[CooperationAgreement]:
    """A new agreement of a municipality (not tied to an analysis process)."""
    return create_agreement(orm, _merged(AgreementData(municipality_id, office=office), values))
