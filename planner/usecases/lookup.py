"""Fetching records by id with a clear German message when they do not exist."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.errors import NotFoundError
from planner.models import Event, Office, Organisation, Person, Session, Topic, Venue

T = TypeVar("T")

_LABELS: dict[type, str] = {
    Event: "Veranstaltung",
    Session: "Termin",
    Person: "Person",
    Organisation: "Organisation",
    Venue: "Veranstaltungsort",
    Topic: "Thema",
    Office: "Standort",
}


# SQLite (and PostgreSQL bigint) keys are signed 64-bit integers.
MAX_ID = 2**63 - 1


def get(orm: OrmSession, model: type[T], ident: int | None) -> T:
    valid = isinstance(ident, int) and not isinstance(ident, bool) and 0 < ident <= MAX_ID
    obj: T | None = orm.get(model, ident) if valid else None
    if obj is None:
        label = _LABELS.get(model, model.__name__)
        shown = ident if isinstance(ident, int) else repr(ident)[:40]
        raise NotFoundError(f"{label} mit der Nummer {shown} gibt es nicht.")
    return obj


def office_by_key(orm: OrmSession, key: int | str) -> Office:
    """An office by id, code ("berlin") or city name, case-insensitive."""
    if isinstance(key, int) or (isinstance(key, str) and key.isascii() and key.isdigit()):
        return get(orm, Office, int(key))
    if not isinstance(key, str):
        raise NotFoundError(f"Standort „{str(key)[:40]}“ gibt es nicht (Berlin oder Hamburg).")
    needle = str(key).strip().lower()
    for office in orm.scalars(select(Office)):
        if needle in (office.code.lower(), office.city.lower(), office.name.lower()):
            return office
    raise NotFoundError(f"Standort „{key}“ gibt es nicht (Berlin oder Hamburg).")
