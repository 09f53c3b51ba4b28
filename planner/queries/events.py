"""Rows for the event list and the sessions shown in the plan (month/week/agenda)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.checks import holiday_name
from planner.folding import fold
from planner.models import (
    Event,
    Office,
    Person,
    Registration,
    RegistrationStatus,
    Session,
    SessionStatus,
    SessionTrainer,
    Topic,
    Venue,
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


@dataclass(frozen=True)
class PlanSession:
    session_id: int
    event_id: int
    event_title: str
    title: str
    start: datetime
    end: datetime
    all_day: bool
    format: str
    office_id: int
    office_code: str
    topic_id: int | None
    venue: str
    venue_state: str | None
    trainer_ids: tuple[int, ...] = field(default_factory=tuple)
    trainer_names: tuple[str, ...] = field(default_factory=tuple)
    cancelled: bool = False


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
    return [r[0] for r in rows if all(w in fold(r[1]) for w in words)]


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


def plan_sessions(orm: OrmSession, start: date, end: date, *,
                  office_ids: Iterable[int] = (), formats: Iterable[str] = (),
                  topic_ids: Iterable[int] = (), trainer_ids: Iterable[int] = ()
                  ) -> list[PlanSession]:
    """Sessions touching the days start..end (inclusive), with what the plan shows."""
    lo = datetime.combine(start, time.min)
    hi = datetime.combine(end + timedelta(days=1), time.min)
    from planner.queries.core import rows, table

    # Core rows, not ORM objects: this query paints the plan at start-up.
    tables = {m: table(m) for m in (Session, Event, Office, Venue, SessionTrainer, Person)}
    s, e, o, v = (tables[m].c for m in (Session, Event, Office, Venue))
    st, p = tables[SessionTrainer].c, tables[Person].c
    query = (select(s.id, s.event_id, e.title.label("event_title"), s.title, s.start, s.end,
                    s.all_day, e.format, e.office_id, o.code.label("office_code"), e.topic_id,
                    v.name.label("venue"), v.federal_state, s.status)
             .join(tables[Event], s.event_id == e.id)
             .join(tables[Office], e.office_id == o.id)
             .outerjoin(tables[Venue], s.venue_id == v.id)
             .where(s.start < hi, s.end > lo)
             .order_by(s.start, s.id))
    office_ids, formats = list(office_ids), list(formats)
    topic_ids, trainer_ids = list(topic_ids), list(trainer_ids)
    if office_ids:
        query = query.where(e.office_id.in_(office_ids))
    if formats:
        query = query.where(e.format.in_(formats))
    if topic_ids:
        query = query.where(e.topic_id.in_(topic_ids))
    if trainer_ids:
        query = query.where(s.id.in_(
            select(st.session_id).where(st.person_id.in_(trainer_ids))))
    found = rows(orm, query).all()
    trainers: dict[int, list[tuple[int, str]]] = {}
    ids = [r.id for r in found]
    for chunk in range(0, len(ids), 900):
        for link in rows(orm, select(st.session_id, p.id, p.title, p.first_name, p.last_name)
                         .join(tables[Person], st.person_id == p.id)
                         .where(st.session_id.in_(ids[chunk:chunk + 900]))
                         .order_by(st.session_id, p.last_name, p.first_name)):
            name = " ".join(x for x in (link.title, link.first_name, link.last_name) if x)
            trainers.setdefault(link.session_id, []).append((link.id, name))
    result = []
    for r in found:
        people = trainers.get(r.id, [])
        result.append(PlanSession(
            r.id, r.event_id, r.event_title, r.title, r.start, r.end, r.all_day, r.format,
            r.office_id, r.office_code, r.topic_id, r.venue or "", r.federal_state,
            tuple(pid for pid, _ in people), tuple(name for _, name in people),
            r.status == SessionStatus.CANCELLED))
    return result


def holidays_between(start: date, end: date, states: Iterable[str | None]) -> dict[date, str]:
    """Public holidays per day for the given federal states (None = national only),
    e.g. {date: "Reformationstag (SN, HH)"}."""
    state_list = list(dict.fromkeys(states)) or [None]
    result: dict[date, str] = {}
    day = start
    while day <= end:
        national = holiday_name(day, None)
        if national:
            result[day] = national
        else:
            where = [s for s in state_list if s and holiday_name(day, s)]
            if where:
                name = holiday_name(day, where[0]) or ""
                result[day] = f"{name} ({', '.join(where)})"
        day += timedelta(days=1)
    return result


def office_state(office: Office) -> str | None:
    """The federal state of an office's own city (for holidays when filtering by office)."""
    for code, name in FEDERAL_STATES.items():
        if name.lower() == (office.city or "").lower():
            return code
    return None
