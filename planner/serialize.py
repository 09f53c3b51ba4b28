"""Plain-data views of the models (for `list --json`, reports and tests)."""

from __future__ import annotations

from typing import Any

from planner.models import Event, Organisation, Person, Session, Venue
from planner.timezones import localize


def session_dict(s: Session) -> dict[str, Any]:
    return {
        "id": s.id,
        "uid": s.uid,
        "position": s.position,
        "kind": s.kind,
        "title": s.title,
        "start": localize(s.start).isoformat(),
        "end": localize(s.end).isoformat(),
        "all_day": s.all_day,
        "venue": s.venue.name if s.venue else None,
        "venue_id": s.venue_id,
        "city": s.venue.city if s.venue else (s.host_municipality.city
                                              if s.host_municipality else None),
        "host_municipality": s.host_municipality.name if s.host_municipality else None,
        "trainers": [p.full_name for p in s.trainers],
        "trainer_ids": [p.id for p in s.trainers],
        "status": s.status,
        "sequence": s.sequence,
        "excursion": s.excursion.full_address() if s.excursion else None,
        "agenda": [
            {"start": a.start.strftime("%H:%M"), "title": a.title, "kind": a.kind,
             "speakers": [p.full_name for p in a.speakers]}
            for a in s.agenda
        ],
    }


def event_dict(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "format": e.format,
        "title": e.title,
        "office": e.office.code,
        "office_name": e.office.name,
        "topic": e.topic.name if e.topic else None,
        "capacity": e.capacity,
        "unit_minutes": e.unit_minutes,
        "certificate_threshold": e.certificate_threshold,
        "municipalities": [m.name for m in e.municipalities],
        "sessions": [session_dict(s) for s in e.sessions],
    }


def person_dict(p: Person) -> dict[str, Any]:
    return {
        "id": p.id,
        "title": p.title,
        "first_name": p.first_name,
        "last_name": p.last_name,
        "email": p.email,
        "organisation": p.organisation.name if p.organisation else None,
        "organisation_id": p.organisation_id,
        "function": p.function,
        "roles": p.roles,
    }


def organisation_dict(o: Organisation) -> dict[str, Any]:
    return {
        "id": o.id,
        "name": o.name,
        "kind": o.kind,
        "federal_state": o.federal_state,
        "population": o.population,
        "below_threshold": o.below_threshold,
    }


def venue_dict(v: Venue) -> dict[str, Any]:
    return {
        "id": v.id,
        "name": v.name,
        "street": v.street,
        "postcode": v.postcode,
        "city": v.city,
        "federal_state": v.federal_state,
        "capacity": v.capacity,
    }
