"""Rows for the event list (the plan's sessions: planner/queries/plan.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.folding import fold
from planner.models import (
    Event,
    Office,
    Organisation,
    Person,
    Registration,
    RegistrationStatus,
    Session,
    SessionTrainer,
    Topic,
    Venue,
    event_municipality,
)
from planner.models.enums import FEDERAL_STATES, FORMAT_LABELS_DE


@dataclass(frozen=True)
class EventRow:
    id: int
    title: str
    format: str
    format_label: str
    office_code: str
    office_city: str
    topic: str
    first_start: datetime | None
    last_end: datetime | None
    sessions: int
    registered: int
    capacity: int | None


def event_ids(orm: OrmSession, text: str = "", *, fmt: str | None = None,
              office_id: int | None = None, year: int | None = None) -> list[int]:
    """Event ids, newest first (by first session), matching all filters."""
    first = (select(Session.event_id, func.min(Session.start).label("first"))
             .group_by(Session.event_id).subquery())
    query = (select(Event.id, Event.title).outerjoin(first, first.c.event_id == Event.id)
             .order_by(first.c.first.desc(), Event.id.desc()))
    if fmt:
        query = query.where(Event.format == fmt)
    if office_id:
        query = query.where(Event.office_id == office_id)
    if year:
        query = query.where(Event.id.in_(
            select(Session.event_id).where(Session.start >= datetime(year, 1, 1),
                                           Session.start < datetime(year + 1, 1, 1))))
    words = fold(text).split()
    rows = orm.execute(query).all()
    if not words:
        return [r[0] for r in rows]
    titles = {r[0]: fold(r[1]) for r in rows}
    # Names are looked up only for the events whose title alone does not match.
    others = [i for i, title in titles.items() if not all(w in title for w in words)]
    found = _search_texts(orm, others) if others else {}
    return [i for i, title in titles.items()
            if all(w in title or w in found.get(i, "") for w in words)]


def _search_texts(orm: OrmSession, ids: list[int]) -> dict[int, str]:
    """Per event, the folded names a search should also find, as in the plan's search:
    its municipalities, the sessions' host cities, venues (name and city), trainers and
    the topic ("Leipzig" finds the events with Leipzig, not only those naming it)."""
    parts: dict[int, list[str]] = defaultdict(list)
    queries = (
        select(event_municipality.c.event_id, Organisation.name)
        .join(Organisation, Organisation.id == event_municipality.c.organisation_id),
        select(Session.event_id, Organisation.name)
        .join(Organisation, Organisation.id == Session.host_municipality_id),
        select(Session.event_id, Venue.name + " " + func.coalesce(Venue.city, ""))
        .join(Venue, Venue.id == Session.venue_id),
        select(Session.event_id,
               func.coalesce(Person.first_name, "") + " " + func.coalesce(Person.last_name, ""))
        .join(SessionTrainer, SessionTrainer.session_id == Session.id)
        .join(Person, Person.id == SessionTrainer.person_id),
        select(Event.id, Topic.name).join(Topic, Topic.id == Event.topic_id),
    )
    for query in queries:
        event_id_column = query.selected_columns[0]
        for event_id, name in orm.execute(query.where(event_id_column.in_(ids)).distinct()):
            parts[event_id].append(name or "")
    return {event_id: fold(" ".join(names)) for event_id, names in parts.items()}


def event_rows(orm: OrmSession, ids: Sequence[int]) -> dict[int, EventRow]:
    ids = list(ids)
    sessions = {r[0]: r[1:] for r in orm.execute(
        select(Session.event_id, func.min(Session.start), func.max(Session.end),
               func.count(Session.id)).where(Session.event_id.in_(ids))
        .group_by(Session.event_id)).all()}
    registered: dict[int, int] = {r[0]: r[1] for r in orm.execute(
        select(Registration.event_id, func.count(Registration.id))
        .where(Registration.event_id.in_(ids),
               Registration.status == RegistrationStatus.REGISTERED)
        .group_by(Registration.event_id)).all()}
    rows = orm.execute(
        select(Event.id, Event.title, Event.format, Office.code, Office.city, Topic.name,
               Event.capacity)
        .join(Office, Event.office_id == Office.id)
        .outerjoin(Topic, Event.topic_id == Topic.id).where(Event.id.in_(ids))).all()
    result = {}
    for r in rows:
        first, last, count = sessions.get(r[0], (None, None, 0))
        result[r[0]] = EventRow(r[0], r[1], r[2], FORMAT_LABELS_DE.get(r[2], r[2]), r[3], r[4],
                                r[5] or "", first, last, count, registered.get(r[0], 0), r[6])
    return result


def event_years(orm: OrmSession) -> list[int]:
    starts = orm.scalars(select(func.min(Session.start)).group_by(Session.event_id))
    return sorted({s.year for s in starts if s is not None})


def office_state(office: Office) -> str | None:
    """The federal state of an office's own city (for holidays when filtering by office)."""
    for code, name in FEDERAL_STATES.items():
        if name.lower() == (office.city or "").lower():
            return code
    return None
