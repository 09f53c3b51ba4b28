"""Master-data use cases: persons, organisations and municipalities, venues, topics."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.checks import PlanWarning, municipality_warnings
from planner.errors import ValidationError
from planner.models import Organisation, OrganisationKind, Person, PersonRole, Topic, Venue
from planner.models.enums import FEDERAL_STATES
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome
from planner.validation import check_count, clean_email, clean_text


def _check_state(state: str | None) -> str | None:
    if state is None or state == "":
        return None
    if not isinstance(state, str):
        raise ValidationError("Das Bundesland muss als Text angegeben werden (z. B. SN).")
    code = state.strip().upper()
    if code not in FEDERAL_STATES:
        for key, name in FEDERAL_STATES.items():
            if name.lower() == state.strip().lower():
                return key
        raise ValidationError(f"Unbekanntes Bundesland „{state}“.")
    return code


LANGUAGES = ("de", "en")


def check_language(value: object) -> str:
    """The language of the messages a person receives."""
    if value not in LANGUAGES:
        raise ValidationError(f"Unbekannte Sprache „{value}“ (erlaubt: de, en).")
    return str(value)


def _roles(roles: Iterable[str]) -> set[PersonRole]:
    result: set[PersonRole] = set()
    if isinstance(roles, str | bytes) or not isinstance(roles, Iterable):
        raise ValidationError("Die Rollen müssen als Liste angegeben werden "
                              "(participant, trainer, staff).")
    for role in roles:
        try:
            result.add(PersonRole(role))
        except ValueError:
            raise ValidationError(
                f"Unbekannte Rolle „{role}“ (erlaubt: participant, trainer, staff)."
            ) from None
    return result


def similar_persons(orm: OrmSession, first_name: str, last_name: str,
                    email: str | None) -> list[Person]:
    """Persons that are probably the same: same e-mail, or same first and last name
    (case-, accent- and umlaut-blind: "zofia Wałęsa" ~ "Zofia Wałęsa", Müller ~ Mueller)."""
    from planner.duplicates import name_candidates

    return name_candidates(orm, first_name, last_name, email, limit=20)


def add_person(
    orm: OrmSession,
    *,
    first_name: str,
    last_name: str,
    email: str | None = None,
    organisation_id: int | None = None,
    roles: Iterable[str] = ("participant",),
    function: str = "",
    phone: str = "",
    title: str = "",
    street: str = "",
    postcode: str = "",
    city: str = "",
    language: str = "de",
) -> Outcome[Person]:
    first = clean_text(first_name, "Der Vorname", required=True, max_len=100)
    last = clean_text(last_name, "Der Nachname", required=True, max_len=100)
    mail = clean_email(email)
    org = get(orm, Organisation, organisation_id) if organisation_id is not None else None
    role_set = _roles(roles) or {PersonRole.PARTICIPANT}
    warnings = [
        PlanWarning(
            "possible_duplicate",
            f"Möglicherweise doppelt: {p.full_name} (Nr. {p.id}, {p.email or 'ohne E-Mail'}).",
        )
        for p in similar_persons(orm, first, last, mail)
    ]
    person = Person(
        first_name=first,
        last_name=last,
        email=mail,
        organisation=org,
        function=clean_text(function, "Die Funktion"),
        phone=clean_text(phone, "Die Telefonnummer", max_len=60),
        title=clean_text(title, "Der Titel", max_len=40),
        street=clean_text(street, "Die Straße"),
        postcode=clean_text(postcode, "Die PLZ", max_len=20),
        city=clean_text(city, "Der Ort", max_len=100),
        language=check_language(language),
        is_participant=PersonRole.PARTICIPANT in role_set,
        is_trainer=PersonRole.TRAINER in role_set,
        is_staff=PersonRole.STAFF in role_set,
    )
    orm.add(person)
    orm.flush()
    return Outcome(person, warnings, {Change.PERSONS})


def update_person(orm: OrmSession, person_id: int, *, expected_version: int | None = None,
                  **fields: object) -> Outcome[Person]:
    """Change a person's fields; `expected_version` detects edits made elsewhere meanwhile."""
    from planner.errors import StaleEditError

    person = get(orm, Person, person_id)
    if expected_version is not None and person.version_id != expected_version:
        raise StaleEditError(
            f"{person.full_name} wurde inzwischen von jemand anderem geändert."
        )
    text_fields = {
        "first_name": ("Der Vorname", True, 100),
        "last_name": ("Der Nachname", True, 100),
        "function": ("Die Funktion", False, 200),
        "phone": ("Die Telefonnummer", False, 60),
        "title": ("Der Titel", False, 40),
        "street": ("Die Straße", False, 200),
        "postcode": ("Die PLZ", False, 20),
        "city": ("Der Ort", False, 100),
    }
    for name, value in fields.items():
        if name in text_fields:
            label, required, max_len = text_fields[name]
            setattr(person, name, clean_text(value, label,  # type: ignore[arg-type]
                                             required=required, max_len=max_len))
        elif name == "email":
            person.email = clean_email(value)  # type: ignore[arg-type]
        elif name == "language":
            person.language = check_language(value)
        elif name == "organisation_id":
            person.organisation = (
                get(orm, Organisation, value) if value is not None else None  # type: ignore[arg-type]
            )
        elif name == "roles":
            role_set = _roles(value)  # type: ignore[arg-type]
            for role in PersonRole:
                person.set_role(role, role in role_set)
        else:
            raise ValidationError(f"Unbekanntes Feld „{name}“.")
    orm.flush()
    return Outcome(person, [], {Change.PERSONS})


def add_organisation(
    orm: OrmSession,
    *,
    name: str,
    municipality: bool = False,
    federal_state: str | None = None,
    population: int | None = None,
    city: str = "",
) -> Outcome[Organisation]:
    org = Organisation(
        name=clean_text(name, "Der Name", required=True),
        kind=OrganisationKind.MUNICIPALITY if municipality else OrganisationKind.OTHER,
        federal_state=_check_state(federal_state),
        population=check_count(population, "Die Einwohnerzahl", maximum=100_000_000),
        city=clean_text(city or (name if municipality else ""), "Die Stadt", max_len=100),
    )
    if municipality and org.federal_state is None:
        raise ValidationError("Für eine Kommune muss das Bundesland angegeben werden.")
    orm.add(org)
    orm.flush()
    return Outcome(org, municipality_warnings([org]), {Change.ORGANISATIONS})


def add_venue(
    orm: OrmSession,
    *,
    name: str,
    street: str = "",
    postcode: str = "",
    city: str,
    federal_state: str | None,
    capacity: int | None = None,
    notes: str = "",
    directions: str = "",
) -> Outcome[Venue]:
    venue = Venue(
        name=clean_text(name, "Der Name des Orts", required=True),
        street=clean_text(street, "Die Straße"),
        postcode=clean_text(postcode, "Die PLZ", max_len=20),
        city=clean_text(city, "Die Stadt", required=True, max_len=100),
        federal_state=_check_state(federal_state),
        capacity=check_count(capacity, "Die Kapazität"),
        notes=clean_text(notes, "Die Notiz", max_len=5000, multiline=True),
        directions=clean_text(directions, "Die Anfahrt", max_len=5000, multiline=True),
    )
    orm.add(venue)
    orm.flush()
    return Outcome(venue, [], {Change.VENUES})


def add_topic(orm: OrmSession, name: str) -> Outcome[Topic]:
    clean = clean_text(name, "Das Thema", required=True)
    # Compared in Python: SQLite's lower() folds ASCII only ("Ärger" vs "ärger", "İ").
    wanted = clean.casefold()
    if any(existing.casefold() == wanted for existing in orm.scalars(select(Topic.name))):
        raise ValidationError(f"Das Thema „{clean}“ gibt es schon.")
    topic = Topic(name=clean)
    orm.add(topic)
    orm.flush()
    return Outcome(topic, [], {Change.TOPICS})
