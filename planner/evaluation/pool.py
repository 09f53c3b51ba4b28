"""Loading feedback for a scope once, then aggregating any grouping of it in memory.

Definitions (what the results pages, PDFs and the funder report state):

* A *response* is one returned form or one online-survey row. It is about an event, or
  about one session of it.
* Its *date* is the session's start, or for a form about the whole event the start of the
  event's last session that was not cancelled. Periods and years use this date.
* *People present* for a response rate: for forms about a whole event, the distinct persons
  marked present or partly present at any of its sessions; for forms about one session,
  the persons present at that session. Where no attendance was recorded at all, the
  persons registered count instead. Each event or session counts once however many of its
  forms came back; the *response rate* is responses ÷ people present.
* A breakdown with fewer responses than the anonymity threshold shows nothing, and an
  item with fewer answers than the threshold shows no figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session as OrmSession

from planner.evaluation.answers import ItemSpec
from planner.models import (
    Attendance,
    AttendanceStatus,
    EvaluationItem,
    Event,
    FeedbackAnswer,
    FeedbackResponse,
    QuestionnaireEntry,
    Registration,
    RegistrationStatus,
    Session,
    SessionStatus,
    registration_session,
)

COUNTED = (AttendanceStatus.PRESENT, AttendanceStatus.PARTIAL)


@dataclass(frozen=True)
class Scope:
    """Which responses to load (all conditions must hold)."""

    event_id: int | None = None
    session_id: int | None = None
    start: date | None = None
    end: date | None = None  # inclusive
    office_id: int | None = None
    format: str | None = None
    event_ids: frozenset[int] | None = None


@dataclass(frozen=True)
class ResponseRow:
    id: int
    event_id: int
    session_id: int | None
    questionnaire_id: int
    format: str
    topic_id: int | None
    office_id: int
    date: datetime | None

    @property
    def unit(self) -> tuple[int, int | None]:
        return self.event_id, self.session_id


@dataclass(frozen=True)
class AnswerRow:
    id: int
    item_id: int
    value: int | None
    text: str | None
    hidden: bool


@dataclass
class TextAnswer:
    answer_id: int
    text: str
    hidden: bool


@dataclass
class ItemResult:
    item: ItemSpec
    n: int = 0
    counts: list[int] = field(default_factory=list)  # counts[0]: value 1
    mean: float | None = None
    texts: list[TextAnswer] = field(default_factory=list)
    suppressed: bool = False  # fewer answers than the threshold: no figures

    def share(self, value: int) -> float:
        return self.counts[value - 1] / self.n if self.n and not self.suppressed else 0.0


@dataclass
class FeedbackResult:
    """The figures of one breakdown. When `suppressed`, it holds no figures at all."""

    label: str
    threshold: int
    suppressed: bool
    responses: int = 0
    present: int | None = None
    events: int = 0
    items: list[ItemResult] = field(default_factory=list)

    @property
    def response_rate(self) -> float | None:
        if self.suppressed or not self.present:
            return None
        return self.responses / self.present

    def item(self, code: str) -> ItemResult | None:
        return next((r for r in self.items if r.item.code == code), None)

    def mean(self, code: str) -> float | None:
        found = self.item(code)
        return found.mean if found is not None and not found.suppressed else None


def _reference_date() -> ColumnElement:
    last_held = (select(func.max(Session.start))
                 .where(Session.event_id == FeedbackResponse.event_id,
                        Session.status != SessionStatus.CANCELLED)
                 .correlate(FeedbackResponse).scalar_subquery())
    own = (select(Session.start).where(Session.id == FeedbackResponse.session_id)
           .correlate(FeedbackResponse).scalar_subquery())
    return func.coalesce(own, last_held)


class Pool:
    """The responses of a scope with their answers, items and attendance denominators."""

    def __init__(self, orm: OrmSession, scope: Scope) -> None:
        self.orm = orm
        when = _reference_date().label("ref")
        conditions: list[ColumnElement[bool]] = []
        if scope.event_id is not None:
            conditions.append(FeedbackResponse.event_id == scope.event_id)
        if scope.session_id is not None:
            conditions.append(FeedbackResponse.session_id == scope.session_id)
        if scope.event_ids is not None:
            conditions.append(FeedbackResponse.event_id.in_(sorted(scope.event_ids)))
        if scope.office_id is not None:
            conditions.append(Event.office_id == scope.office_id)
        if scope.format is not None:
            conditions.append(Event.format == scope.format)
        if scope.start is not None:
            conditions.append(when >= datetime.combine(scope.start, time.min))
        if scope.end is not None:
            conditions.append(when <= datetime.combine(scope.end, time.max))
        base = (select(FeedbackResponse.id, FeedbackResponse.event_id,
                       FeedbackResponse.session_id, FeedbackResponse.questionnaire_id,
                       Event.format, Event.topic_id, Event.office_id, when)
                .join(Event, Event.id == FeedbackResponse.event_id).where(*conditions))
        self.responses = [ResponseRow(*row) for row in orm.execute(
            base.order_by(FeedbackResponse.id))]
        ids = base.with_only_columns(FeedbackResponse.id).scalar_subquery()
        self.answers: dict[int, list[AnswerRow]] = defaultdict(list)
        for rid, *rest in orm.execute(
                select(FeedbackAnswer.response_id, FeedbackAnswer.id, FeedbackAnswer.item_id,
                       FeedbackAnswer.value, FeedbackAnswer.text, FeedbackAnswer.hidden)
                .where(FeedbackAnswer.response_id.in_(ids)).order_by(FeedbackAnswer.id)):
            self.answers[rid].append(AnswerRow(*rest))
        item_ids = {a.item_id for answers in self.answers.values() for a in answers}
        self.items = {i.id: ItemSpec.of(i) for i in orm.scalars(
            select(EvaluationItem).where(EvaluationItem.id.in_(sorted(item_ids))))} \
            if item_ids else {}
        self.positions = self._positions({r.questionnaire_id for r in self.responses})
        self._present = self._present_counts({r.unit for r in self.responses})

    def _positions(self, questionnaire_ids: set[int]) -> dict[int, int]:
        """Where each item stands on the questionnaires used (first place wins)."""
        positions: dict[int, int] = {}
        if not questionnaire_ids:
            return positions
        for item_id, position in self.orm.execute(
                select(QuestionnaireEntry.item_id, func.min(QuestionnaireEntry.position))
                .where(QuestionnaireEntry.questionnaire_id.in_(sorted(questionnaire_ids)))
                .group_by(QuestionnaireEntry.item_id)):
            positions[item_id] = position
        return positions

    def _present_counts(self, units: set[tuple[int, int | None]]) -> dict[
            tuple[int, int | None], int]:
        if not units:
            return {}
        orm = self.orm
        event_ids = sorted({e for e, _s in units})
        session_ids = sorted({s for _e, s in units if s is not None})
        recorded_events = set(orm.scalars(
            select(Session.event_id).distinct().join(Attendance,
                                                     Attendance.session_id == Session.id)
            .where(Session.event_id.in_(event_ids))))
        present_event = _pairs(orm.execute(
            select(Session.event_id, func.count(func.distinct(Attendance.person_id)))
            .join(Attendance, Attendance.session_id == Session.id)
            .where(Session.event_id.in_(event_ids), Attendance.status.in_(COUNTED))
            .group_by(Session.event_id)))
        registered_event = _pairs(orm.execute(
            select(Registration.event_id, func.count())
            .where(Registration.event_id.in_(event_ids),
                   Registration.status == RegistrationStatus.REGISTERED)
            .group_by(Registration.event_id)))
        present_session: dict[int, int] = {}
        recorded_sessions: set[int] = set()
        booked_session: dict[int, int] = {}
        if session_ids:
            recorded_sessions = set(orm.scalars(
                select(Attendance.session_id).distinct()
                .where(Attendance.session_id.in_(session_ids))))
            present_session = _pairs(orm.execute(
                select(Attendance.session_id, func.count())
                .where(Attendance.session_id.in_(session_ids),
                       Attendance.status.in_(COUNTED))
                .group_by(Attendance.session_id)))
            booked_session = self._booked_per_session(session_ids)
        result: dict[tuple[int, int | None], int] = {}
        for event_id, session_id in units:
            if session_id is None:
                result[(event_id, None)] = (present_event.get(event_id, 0)
                                            if event_id in recorded_events
                                            else registered_event.get(event_id, 0))
            else:
                result[(event_id, session_id)] = (present_session.get(session_id, 0)
                                                  if session_id in recorded_sessions
                                                  else booked_session.get(session_id, 0))
        return result

    def _booked_per_session(self, session_ids: list[int]) -> dict[int, int]:
        """Active registrations covering each session (whole-event bookings included)."""
        whole = _pairs(self.orm.execute(
            select(Session.id, func.count(Registration.id))
            .join(Registration, and_(Registration.event_id == Session.event_id,
                                     Registration.whole_event.is_(True),
                                     Registration.status == RegistrationStatus.REGISTERED))
            .where(Session.id.in_(session_ids)).group_by(Session.id)))
        chosen = _pairs(self.orm.execute(
            select(registration_session.c.session_id, func.count())
            .join(Registration, Registration.id == registration_session.c.registration_id)
            .where(registration_session.c.session_id.in_(session_ids),
                   Registration.status == RegistrationStatus.REGISTERED,
                   Registration.whole_event.is_(False))
            .group_by(registration_session.c.session_id)))
        return {sid: whole.get(sid, 0) + chosen.get(sid, 0) for sid in session_ids}

    # -- aggregation ------------------------------------------------------------------
    def result(self, responses: Iterable[ResponseRow], label: str, threshold: int, *,
               include_hidden: bool = False) -> FeedbackResult:
        chosen = list(responses)
        if len(chosen) < threshold:
            return FeedbackResult(label, threshold, suppressed=True)
        units = {r.unit for r in chosen}
        present = sum(self._present.get(u, 0) for u in units)
        result = FeedbackResult(label, threshold, False, len(chosen), present,
                                len({r.event_id for r in chosen}))
        by_item: dict[int, list[AnswerRow]] = defaultdict(list)
        for response in chosen:
            for answer in self.answers.get(response.id, ()):
                by_item[answer.item_id].append(answer)
        order = sorted(by_item, key=lambda i: (self.positions.get(i, 99), i))
        result.items = [_item_result(self.items[i], by_item[i], threshold, include_hidden)
                        for i in order]
        return result


def _pairs(rows: Iterable[Any]) -> dict[int, int]:
    return {int(key): int(value) for key, value in rows}


def _item_result(item: ItemSpec, answers: list[AnswerRow], threshold: int,
                 include_hidden: bool) -> ItemResult:
    if item.kind == "text":
        texts = [TextAnswer(a.id, a.text or "", a.hidden) for a in answers
                 if a.text and (include_hidden or not a.hidden)]
        return ItemResult(item, n=len([a for a in answers if a.text]), texts=texts)
    values = [a.value for a in answers if a.value is not None and 1 <= a.value <= item.points]
    if len(values) < threshold:
        return ItemResult(item, suppressed=True)
    counts = [0] * item.points
    for v in values:
        counts[v - 1] += 1
    mean = sum(values) / len(values) if item.kind == "scale" else None
    return ItemResult(item, len(values), counts, mean)
