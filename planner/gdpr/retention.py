"""Retention periods per event format and the persons due for anonymisation.

A person's data may be kept until the retention period of every event they are linked to
(registered, attended, certificate, trainer, speaker, expert) has ended: `N` years (per
format, setting `gdpr_retention_years`) after the event's last session, or after the
event's `retention_from` date (e.g. the funding report date) when that is later. Staff are
never due; neither are trainers with future sessions. Persons without any event are due
`N` years after they were created.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.errors import ValidationError
from planner.models import (
    AgendaItem,
    Attendance,
    Certificate,
    Event,
    EventFormat,
    Organisation,
    Person,
    Registration,
    Session,
    SessionTrainer,
    agenda_speaker,
)
from planner.settings import GDPR_RETENTION_YEARS
from planner.timezones import BERLIN

DEFAULT_RETENTION_YEARS = 5
MAX_RETENTION_YEARS = 30


def today() -> date:
    return datetime.now(BERLIN).date()


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def retention_years(orm: OrmSession) -> dict[str, int]:
    """Years per event format (every format present); stored as {"default": N, format: N}."""
    stored = GDPR_RETENTION_YEARS.get(orm)
    default = int(stored.get("default", DEFAULT_RETENTION_YEARS))
    result = {"default": default}
    for fmt in EventFormat:
        result[fmt.value] = int(stored.get(fmt.value, default))
    return result


def set_retention_years(orm: OrmSession, years: int, event_format: str | None = None) -> None:
    """Set the period for one format, or the default (for formats without their own)."""
    if not isinstance(years, int) or isinstance(years, bool) or not 0 < years <= \
            MAX_RETENTION_YEARS:
        raise ValidationError(f"Die Aufbewahrungsfrist muss zwischen 1 und "
                              f"{MAX_RETENTION_YEARS} Jahren liegen.")
    if event_format is not None and event_format not in {f.value for f in EventFormat}:
        raise ValidationError(f"Unbekanntes Veranstaltungsformat „{event_format}“.")
    stored = GDPR_RETENTION_YEARS.get(orm)
    stored[event_format or "default"] = years
    GDPR_RETENTION_YEARS.set(orm, stored)


def event_retention_ends(orm: OrmSession) -> dict[int, date]:
    """The day each event's retention period ends."""
    years = retention_years(orm)
    last_end: dict[int, datetime] = {
        event_id: end for event_id, end in orm.execute(
            select(Session.event_id, func.max(Session.end)).group_by(Session.event_id))}
    result: dict[int, date] = {}
    for event_id, fmt, created, retention_from in orm.execute(
            select(Event.id, Event.format, Event.created_at, Event.retention_from)):
        end = last_end.get(event_id)
        start_day = end.date() if end is not None else created.date()
        if retention_from is not None and retention_from > start_day:
            start_day = retention_from
        result[event_id] = add_years(start_day, years.get(fmt, years["default"]))
    return result


def person_event_links(orm: OrmSession,
                       person_ids: list[int] | None = None) -> dict[int, set[int]]:
    """Person id -> ids of the events they are linked to in any way."""
    queries = [
        select(Registration.person_id, Registration.event_id),
        select(Attendance.person_id, Session.event_id).join(Session,
                                                           Attendance.session_id == Session.id),
        select(Certificate.person_id, Certificate.event_id),
        select(SessionTrainer.person_id, Session.event_id).join(
            Session, SessionTrainer.session_id == Session.id),
        select(agenda_speaker.c.person_id, Session.event_id)
        .join(AgendaItem, agenda_speaker.c.agenda_item_id == AgendaItem.id)
        .join(Session, AgendaItem.session_id == Session.id),
        select(Event.expert_id, Event.id).where(Event.expert_id.is_not(None)),
    ]
    links: dict[int, set[int]] = defaultdict(set)
    wanted = set(person_ids) if person_ids is not None else None
    for query in queries:
        for person_id, event_id in orm.execute(query):
            if wanted is None or person_id in wanted:
                links[person_id].add(event_id)
    return links


def trainers_with_future_sessions(orm: OrmSession, now: datetime) -> set[int]:
    return set(orm.scalars(
        select(SessionTrainer.person_id).join(Session, SessionTrainer.session_id == Session.id)
        .where(Session.end >= now)))


@dataclass(frozen=True)
class DueEntry:
    person_id: int
    name: str
    organisation: str
    events: int
    retention_end: date
    reason: str

    def as_dict(self) -> dict[str, object]:
        return {"person_id": self.person_id, "name": self.name,
                "organisation": self.organisation, "events": self.events,
                "retention_end": self.retention_end.isoformat(), "reason": self.reason}


def retention_end_for(orm: OrmSession, person: Person, ends: dict[int, date] | None = None,
                      links: set[int] | None = None) -> date:
    """The day the person's data may be kept until (latest end over their events)."""
    ends = ends if ends is not None else event_retention_ends(orm)
    if links is None:
        links = person_event_links(orm, [person.id]).get(person.id, set())
    if links:
        return max(ends[e] for e in links)
    return add_years(person.created_at.date(), retention_years(orm)["default"])


def due_persons(orm: OrmSession, on: date | None = None) -> list[DueEntry]:
    """Persons (not yet anonymised) whose retention period has ended by `on` (default today)."""
    on = on or today()
    ends = event_retention_ends(orm)
    links = person_event_links(orm)
    busy = trainers_with_future_sessions(orm, datetime.combine(on, datetime.min.time()))
    rows = orm.execute(
        select(Person, Organisation.name).outerjoin(Organisation,
                                                    Person.organisation_id == Organisation.id)
        .where(Person.anonymised_on.is_(None), Person.is_staff.is_(False))
        .order_by(Person.search_key, Person.id))  # folded: Ş sorts with S
    result: list[DueEntry] = []
    for person, org_name in rows:
        if person.id in busy:
            continue
        events = links.get(person.id, set())
        end = retention_end_for(orm, person, ends, events)
        if end >= on:  # kept through the last day of the period
            continue
        reason = (f"Frist der letzten von {len(events)} Veranstaltung(en) endete am "
                  f"{end:%d.%m.%Y}" if events else
                  f"ohne Veranstaltung, angelegt vor der Frist (endete am {end:%d.%m.%Y})")
        result.append(DueEntry(person.id, person.full_name, org_name or "", len(events), end,
                               reason))
    return result
