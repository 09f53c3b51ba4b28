"""Consents per person (photos, listing in a shared participant directory), with their date.

`None` means nobody asked (unknown): it counts as *no* everywhere and is shown as
"unbekannt" on lists, so staff see whom they still have to ask.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.errors import StaleEditError, ValidationError
from planner.gdpr.retention import today
from planner.models import Person, Registration, RegistrationStatus
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome

CONSENT_LABELS = {True: "ja", False: "nein", None: "unbekannt"}


def consent_label(value: bool | None) -> str:
    return CONSENT_LABELS[value]


def granted(value: bool | None) -> bool:
    """Unknown counts as no."""
    return value is True


def set_consent(orm: OrmSession, person_id: int, *, photos: bool | None,
                directory: bool | None, consent_date: date | None = None,
                expected_version: int | None = None) -> Outcome[Person]:
    """Store both consents; a change without a date is dated today."""
    person = get(orm, Person, person_id)
    if expected_version is not None and person.version_id != expected_version:
        raise StaleEditError(f"{person.full_name} wurde inzwischen von jemand anderem geändert.")
    if person.anonymised_on is not None and (photos is not None or directory is not None):
        raise ValidationError("Die Person ist anonymisiert; Einwilligungen können nicht mehr "
                              "erfasst werden.")
    for value in (photos, directory):
        if value not in (True, False, None):
            raise ValidationError("Eine Einwilligung ist ja, nein oder unbekannt.")
    if consent_date is not None and consent_date > today():
        raise ValidationError("Das Datum der Einwilligung liegt in der Zukunft.")
    changed = (person.consent_photos, person.consent_directory) != (photos, directory)
    person.consent_photos, person.consent_directory = photos, directory
    if consent_date is not None:
        person.consent_date = consent_date
    elif changed and (photos is not None or directory is not None):
        person.consent_date = today()
    elif photos is None and directory is None:
        person.consent_date = None
    orm.flush()
    return Outcome(person, [], {Change.PERSONS} if changed else set())


@dataclass(frozen=True)
class ConsentRow:
    person_id: int
    name: str
    photos: str
    directory: str
    consent_date: date | None


def event_consents(orm: OrmSession, event_id: int) -> list[ConsentRow]:
    """Consents of the event's active registrations (for the photographer, the directory)."""
    persons = orm.scalars(
        select(Person).join(Registration, Registration.person_id == Person.id)
        .where(Registration.event_id == event_id,
               Registration.status == RegistrationStatus.REGISTERED)
        .order_by(Person.last_name, Person.first_name))
    return [ConsentRow(p.id, p.full_name, consent_label(p.consent_photos),
                       consent_label(p.consent_directory), p.consent_date) for p in persons]
