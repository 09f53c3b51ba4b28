"""Feedback results: per event and session, per format and topic over the years, for the
funder's yearly report and for a municipality's record. Definitions: planner.evaluation.pool.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.errors import ValidationError
from planner.evaluation.anonymity import anonymity_threshold
from planner.evaluation.pool import FeedbackResult, Pool, ResponseRow, Scope
from planner.evaluation.questionnaires import event_or_error, format_label
from planner.models import Attendance, Event, Person, Session, Topic
from planner.models.enums import SESSION_KIND_LABELS_DE, SessionKind

# The scale items of the standard set shown as columns wherever space is short.
KEY_ITEMS = ("overall", "relevance", "organisation", "trainer")
KEY_ITEM_LABELS = {"overall": "Zufriedenheit", "relevance": "Relevanz",
                   "organisation": "Organisation", "trainer": "Referent:innen"}
DIMENSIONS = {"format": "Format", "topic": "Thema"}


@dataclass
class EventFeedback:
    """An event's results: all its forms together, and one breakdown per session."""

    event_id: int
    title: str
    format_label: str
    dates: str
    place: str
    total: FeedbackResult
    sessions: list[FeedbackResult] = field(default_factory=list)
    session_ids: list[int] = field(default_factory=list)


def session_label(session: Session, number: int) -> str:
    try:
        kind = SESSION_KIND_LABELS_DE[SessionKind(session.kind)]
    except ValueError:
        kind = "Termin"
    title = session.title or f"{kind} {number}"
    return f"{title}, {session.start:%d.%m.%Y}"


def event_dates(event: Event) -> str:
    held = [s for s in event.sessions if not s.is_cancelled] or list(event.sessions)
    if not held:
        return ""
    first, last = held[0].start.date(), held[-1].start.date()
    return f"{first:%d.%m.%Y}" if first == last else f"{first:%d.%m.%Y} – {last:%d.%m.%Y}"


def event_place(event: Event) -> str:
    cities = []
    for s in event.sessions:
        city = s.venue.city if s.venue is not None else ""
        if city and city not in cities:
            cities.append(city)
    return ", ".join(cities[:4]) + (" …" if len(cities) > 4 else "")


def event_feedback(orm: OrmSession, event_id: int, session_id: int | None = None, *,
                   include_hidden: bool = False) -> EventFeedback:
    """Results of one event (or only its forms about one session)."""
    event = event_or_error(orm, event_id)
    threshold = anonymity_threshold(orm)
    numbers = {s.id: n for n, s in enumerate(event.sessions, start=1)}
    if session_id is not None and session_id not in numbers:
        raise ValidationError("Der Termin gehört nicht zu dieser Veranstaltung.")
    pool = Pool(orm, Scope(event_id=event.id, session_id=session_id))
    sessions = {s.id: s for s in event.sessions}
    if session_id is not None:
        label = session_label(sessions[session_id], numbers[session_id])
    else:
        label = event.title
    total = pool.result(pool.responses, label, threshold, include_hidden=include_hidden)
    feedback = EventFeedback(event.id, event.title, format_label(event.format),
                             event_dates(event), event_place(event), total)
    by_session: dict[int, list[ResponseRow]] = defaultdict(list)
    for r in pool.responses:
        if r.session_id is not None and session_id is None:
            by_session[r.session_id].append(r)
    for sid in sorted(by_session, key=lambda s: sessions[s].start):
        feedback.session_ids.append(sid)
        feedback.sessions.append(pool.result(
            by_session[sid], session_label(sessions[sid], numbers[sid]), threshold,
            include_hidden=include_hidden))
    return feedback


@dataclass
class GroupRow:
    dimension: str
    key: str
    label: str
    year: int | None  # None: the whole period
    result: FeedbackResult


def _labels(orm: OrmSession, dimension: str, responses: list[ResponseRow]) -> dict[str, str]:
    if dimension == "format":
        return {r.format: format_label(r.format) for r in responses}
    names = {tid: name for tid, name in orm.execute(select(Topic.id, Topic.name))}
    return {str(r.topic_id) if r.topic_id is not None else "-":
            names.get(r.topic_id, "ohne Thema") for r in responses}


def _key(dimension: str, response: ResponseRow) -> str:
    if dimension == "format":
        return response.format
    return str(response.topic_id) if response.topic_id is not None else "-"


def grouped_feedback(orm: OrmSession, dimension: str, *, start: date | None = None,
                     end: date | None = None, office_id: int | None = None,
                     by_year: bool = True, pool: Pool | None = None) -> list[GroupRow]:
    """Results per format or topic, per year (or over the whole period)."""
    if dimension not in DIMENSIONS:
        raise ValidationError(f"Unbekannte Aufteilung „{dimension}“ (format oder topic).")
    pool = pool or Pool(orm, Scope(start=start, end=end, office_id=office_id))
    threshold = anonymity_threshold(orm)
    labels = _labels(orm, dimension, pool.responses)
    groups: dict[tuple[str, int | None], list[ResponseRow]] = defaultdict(list)
    for r in pool.responses:
        year = r.date.year if by_year and r.date is not None else None
        groups[(_key(dimension, r), year)].append(r)
    rows = [GroupRow(dimension, key, labels[key], year,
                     pool.result(members, labels[key], threshold))
            for (key, year), members in groups.items()]
    rows.sort(key=lambda g: (-(g.year or 0), g.label.casefold()))
    return rows


@dataclass
class EvaluationSection:
    """The funder report's evaluation section for one period."""

    threshold: int
    total: FeedbackResult
    by_format: list[GroupRow]
    by_topic: list[GroupRow]

    @property
    def has_data(self) -> bool:
        return bool(self.by_format)


def report_section(orm: OrmSession, start: date, end: date,
                   office_id: int | None = None) -> EvaluationSection:
    pool = Pool(orm, Scope(start=start, end=end, office_id=office_id))
    threshold = anonymity_threshold(orm)
    total = pool.result(pool.responses, "Alle Veranstaltungen", threshold)
    return EvaluationSection(
        threshold, total,
        grouped_feedback(orm, "format", by_year=False, pool=pool),
        grouped_feedback(orm, "topic", by_year=False, pool=pool))


@dataclass
class MunicipalityFeedback:
    """Results of the events a municipality's people attended (never its people's own
    answers: answers are not linked to anyone)."""

    total: FeedbackResult
    events: list[tuple[int, str, datetime | None, FeedbackResult]]


def municipality_feedback(orm: OrmSession, municipality_id: int) -> MunicipalityFeedback:
    attended = set(orm.scalars(
        select(Session.event_id).distinct()
        .join(Attendance, Attendance.session_id == Session.id)
        .join(Person, Person.id == Attendance.person_id)
        .where(Person.organisation_id == municipality_id,
               Attendance.status.in_(("present", "partial")))))
    threshold = anonymity_threshold(orm)
    pool = Pool(orm, Scope(event_ids=frozenset(attended)))
    total = pool.result(pool.responses, "Besuchte Veranstaltungen", threshold)
    per_event: dict[int, list[ResponseRow]] = defaultdict(list)
    for r in pool.responses:
        per_event[r.event_id].append(r)
    events = []
    for event in orm.scalars(select(Event).where(Event.id.in_(sorted(per_event)))):
        events.append((event.id, event.title, event.first_start,
                       pool.result(per_event[event.id], event.title, threshold)))
    events.sort(key=lambda e: (e[2] or datetime.min), reverse=True)
    return MunicipalityFeedback(total, events)
