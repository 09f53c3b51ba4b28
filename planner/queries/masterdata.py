"""Rows for the municipality/organisation and venue lists."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.models import Organisation, OrganisationKind, Person, Venue
from planner.models.enums import FEDERAL_STATES


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    kind: str
    federal_state: str
    state_name: str
    population: int | None
    city: str
    persons: int


@dataclass(frozen=True)
class VenueRow:
    id: int
    name: str
    street: str
    postcode: str
    city: str
    federal_state: str
    capacity: int | None


def organisation_ids(orm: OrmSession, *, municipalities_only: bool = False) -> list[int]:
    query = select(Organisation.id).order_by(func.lower(Organisation.name), Organisation.id)
    if municipalities_only:
        query = query.where(Organisation.kind == OrganisationKind.MUNICIPALITY)
    return list(orm.scalars(query))


def organisation_rows(orm: OrmSession, ids: Sequence[int]) -> dict[int, OrganisationRow]:
    counts: dict[int, int] = {r[0]: r[1] for r in orm.execute(
        select(Person.organisation_id, func.count(Person.id))
        .where(Person.organisation_id.in_(list(ids))).group_by(Person.organisation_id)
    ).all()}
    rows = orm.scalars(select(Organisation).where(Organisation.id.in_(list(ids))))
    return {
        o.id: OrganisationRow(o.id, o.name, o.kind, o.federal_state or "",
                              FEDERAL_STATES.get(o.federal_state or "", ""), o.population,
                              o.city, counts.get(o.id, 0))
        for o in rows
    }


def venue_ids(orm: OrmSession) -> list[int]:
    return list(orm.scalars(select(Venue.id).order_by(func.lower(Venue.name), Venue.id)))


def venue_rows(orm: OrmSession, ids: Sequence[int]) -> dict[int, VenueRow]:
    rows = orm.scalars(select(Venue).where(Venue.id.in_(list(ids))))
    return {v.id: VenueRow(v.id, v.name, v.street, v.postcode, v.city, v.federal_state or "",
                           v.capacity) for v in rows}
