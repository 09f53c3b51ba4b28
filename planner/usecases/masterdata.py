"""Editing master data the people use cases do not cover: organisations, venues, offices,
and the settings page (validated before anything is stored)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session as OrmSession

from planner import settings
from planner.errors import StaleEditError, ValidationError
from planner.evaluation.anonymity import check_threshold
from planner.models import Office, Organisation, OrganisationKind, Venue
from planner.settings import DbSetting
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome
from planner.usecases.people import _check_state
from planner.validation import check_count, clean_email, clean_text


def _check_version(obj: Any, expected: int | None, label: str) -> None:
    if expected is not None and obj.version_id != expected:
        raise StaleEditError(f"{label} wurde inzwischen von jemand anderem geändert.")


def update_organisation(orm: OrmSession, organisation_id: int, *, name: str,
                        municipality: bool, federal_state: str | None,
                        population: int | None, city: str = "", notes: str = "",
                        expected_version: int | None = None) -> Outcome[Organisation]:
    org = get(orm, Organisation, organisation_id)
    _check_version(org, expected_version, f"„{org.name}“")
    org.name = clean_text(name, "Der Name", required=True)
    org.kind = OrganisationKind.MUNICIPALITY if municipality else OrganisationKind.OTHER
    org.federal_state = _check_state(federal_state)
    org.population = check_count(population, "Die Einwohnerzahl", maximum=100_000_000)
    org.city = clean_text(city, "Die Stadt", max_len=100)
    org.notes = clean_text(notes, "Die Notiz", max_len=5000, multiline=True)
    if municipality and org.federal_state is None:
        raise ValidationError("Für eine Kommune muss das Bundesland angegeben werden.")
    orm.flush()
    return Outcome(org, [], {Change.ORGANISATIONS})


def update_venue(orm: OrmSession, venue_id: int, *, name: str, street: str = "",
                 postcode: str = "", city: str, federal_state: str | None,
                 capacity: int | None = None, notes: str = "",
                 directions: str | None = None,
                 expected_version: int | None = None) -> Outcome[Venue]:
    """Change a venue; `directions` (how to get there, for reminders) stays when None."""
    venue = get(orm, Venue, venue_id)
    _check_version(venue, expected_version, f"„{venue.name}“")
    venue.name = clean_text(name, "Der Name des Orts", required=True)
    venue.street = clean_text(street, "Die Straße")
    venue.postcode = clean_text(postcode, "Die PLZ", max_len=20)
    venue.city = clean_text(city, "Die Stadt", required=True, max_len=100)
    venue.federal_state = _check_state(federal_state)
    venue.capacity = check_count(capacity, "Die Kapazität")
    venue.notes = clean_text(notes, "Die Notiz", max_len=5000, multiline=True)
    if directions is not None:
        venue.directions = clean_text(directions, "Die Anfahrt", max_len=5000, multiline=True)
    orm.flush()
    return Outcome(venue, [], {Change.VENUES})


OFFICE_TEXT_FIELDS = {
    "name": ("Der Name des Standorts", True, 200),
    "region": ("Die Region", False, 200),
    "organisation_name": ("Der Träger", False, 200),
    "street": ("Die Straße", False, 200),
    "postcode": ("Die PLZ", False, 20),
    "city": ("Die Stadt", False, 100),
    "phone": ("Die Telefonnummer", False, 60),
    "head_name": ("Der Name der Leitung", False, 200),
    "head_title": ("Die Funktion der Leitung", False, 200),
    "certificate_prefix": ("Das Kürzel für Bescheinigungsnummern", True, 20),
    "logo_path": ("Der Pfad zum Logo", False, 500),
    "signature_path": ("Der Pfad zur Unterschrift", False, 500),
}


def update_office(orm: OrmSession, office_id: int, *, expected_version: int | None = None,
                  **fields: str | None) -> Outcome[Office]:
    office = get(orm, Office, office_id)
    _check_version(office, expected_version, f"Der Standort „{office.name}“")
    for key, value in fields.items():
        if key == "email":
            office.email = clean_email(value) or ""
            continue
        if key not in OFFICE_TEXT_FIELDS:
            raise ValidationError(f"Unbekanntes Feld „{key}“.")
        label, required, max_len = OFFICE_TEXT_FIELDS[key]
        text = clean_text(value, label, required=required, max_len=max_len)
        if key == "certificate_prefix" and not text.replace("-", "").isalnum():
            raise ValidationError("Das Kürzel darf nur Buchstaben, Ziffern und Bindestriche "
                                  "enthalten.")
        if key in ("logo_path", "signature_path"):
            setattr(office, key, text or None)
        else:
            setattr(office, key, text)
    orm.flush()
    return Outcome(office, [], {Change.OFFICES})


def _threshold(value: Any) -> float:
    threshold = float(value)
    if not 0.5 < threshold <= 1:
        raise ValidationError("Die Mindestteilnahme muss über 50 % und höchstens 100 % liegen.")
    return round(threshold, 4)


def _text(required: bool = False) -> Callable[[Any], str]:
    return lambda value: clean_text(str(value), "Der Text", max_len=2000, multiline=True,
                                    required=required)


# What staff may change on the settings page, with the check of each entered value.
EDITABLE_SETTINGS: dict[DbSetting[Any], Callable[[Any], Any]] = {
    settings.CERTIFICATE_THRESHOLD: _threshold,
    settings.UNIT_MINUTES: lambda value: check_count(
        int(value), "Die Länge einer Unterrichtseinheit", minimum=15, maximum=240),
    settings.CERTIFICATE_TITLE: _text(required=True),
    settings.CONFIRMATION_TITLE: _text(required=True),
    settings.CERTIFICATE_CLOSING: _text(),
    settings.FUNDING_NOTE: _text(),
    settings.EVALUATION_MIN_ANSWERS: check_threshold,
    settings.AGREEMENT_REMINDER_WEEKS: lambda value: check_count(
        value if isinstance(value, int) else None, "Der Vorlauf für Erinnerungen (Wochen)",
        minimum=0, maximum=104),
}


def update_settings(orm: OrmSession, values: dict[str, Any]) -> Outcome[None]:
    """Store settings entered by staff (settings page, reminders), keyed by setting key."""
    checks = {entry.key: (entry, check) for entry, check in EDITABLE_SETTINGS.items()}
    for key, value in values.items():
        if key not in checks:
            raise ValidationError(f"Unbekannte Einstellung „{key}“.")
        entry, check = checks[key]
        entry.set(orm, check(value))
    return Outcome(None, [], {Change.SETTINGS})
