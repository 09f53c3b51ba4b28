"""Which questionnaire version applies where (read-only).

Every format has a questionnaire (created with the standard set when the evaluation tables
were added). An event uses its format's current version unless it has its own variant.
Versions are never edited once answers exist (planner.usecases.questionnaires).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.errors import NotFoundError
from planner.evaluation.answers import ItemSpec
from planner.models import EvaluationItem, Event, FeedbackResponse, Questionnaire
from planner.models.enums import FORMAT_LABELS_DE, EventFormat


def format_label(fmt: str) -> str:
    try:
        return FORMAT_LABELS_DE[EventFormat(fmt)]
    except ValueError:
        return fmt


def current_for_format(orm: OrmSession, fmt: str) -> Questionnaire:
    found = orm.scalar(select(Questionnaire).where(
        Questionnaire.format == fmt, Questionnaire.event_id.is_(None),
        Questionnaire.superseded_at.is_(None)).order_by(Questionnaire.version.desc()).limit(1))
    if found is None:
        raise NotFoundError(f"Für das Format „{format_label(fmt)}“ gibt es keinen Fragebogen.")
    return found


def own_questionnaire(orm: OrmSession, event_id: int) -> Questionnaire | None:
    """The event's own current variant, if it has one."""
    return orm.scalar(select(Questionnaire).where(
        Questionnaire.event_id == event_id, Questionnaire.superseded_at.is_(None))
        .order_by(Questionnaire.version.desc()).limit(1))


def event_or_error(orm: OrmSession, event_id: int) -> Event:
    found = orm.get(Event, event_id) if isinstance(event_id, int) and event_id > 0 else None
    if found is None:
        raise NotFoundError(f"Veranstaltung mit der Nummer {event_id} gibt es nicht.")
    return found


def current_for_event(orm: OrmSession, event_id: int) -> Questionnaire:
    """The version new forms of this event are given on."""
    event = event_or_error(orm, event_id)
    return own_questionnaire(orm, event_id) or current_for_format(orm, event.format)


def get_questionnaire(orm: OrmSession, questionnaire_id: int) -> Questionnaire:
    found = orm.get(Questionnaire, questionnaire_id) if isinstance(questionnaire_id, int) \
        else None
    if found is None:
        raise NotFoundError(f"Fragebogen Nr. {questionnaire_id} gibt es nicht.")
    return found


def item_specs(questionnaire: Questionnaire) -> list[ItemSpec]:
    return [ItemSpec.of(item) for item in questionnaire.items]


def response_count(orm: OrmSession, questionnaire_id: int) -> int:
    return orm.scalar(select(func.count()).select_from(FeedbackResponse)
                      .where(FeedbackResponse.questionnaire_id == questionnaire_id)) or 0


def versions_with_forms(orm: OrmSession, event_id: int) -> list[Questionnaire]:
    """The versions this event's forms were given on, plus the current one (oldest first)."""
    ids = set(orm.scalars(select(FeedbackResponse.questionnaire_id).distinct()
                          .where(FeedbackResponse.event_id == event_id)))
    ids.add(current_for_event(orm, event_id).id)
    return list(orm.scalars(select(Questionnaire).where(Questionnaire.id.in_(ids))
                            .order_by(Questionnaire.created_at, Questionnaire.id)))


@dataclass
class QuestionnaireInfo:
    """One questionnaire version for lists: where it applies, its items, how used."""

    id: int
    label: str
    format: str | None
    event_id: int | None
    version: int
    title: str
    intro: str
    current: bool
    responses: int
    items: list[ItemSpec]


def describe(orm: OrmSession, questionnaire: Questionnaire) -> QuestionnaireInfo:
    if questionnaire.format is not None:
        scope = format_label(questionnaire.format)
    else:
        event = orm.get(Event, questionnaire.event_id)
        scope = f"Veranstaltung „{event.title}“" if event else "Veranstaltung"
    return QuestionnaireInfo(
        questionnaire.id, f"{scope}, Version {questionnaire.version}", questionnaire.format,
        questionnaire.event_id, questionnaire.version, questionnaire.title,
        questionnaire.intro, questionnaire.is_current,
        response_count(orm, questionnaire.id), item_specs(questionnaire))


def format_questionnaires(orm: OrmSession) -> list[QuestionnaireInfo]:
    """The current questionnaire of every format, in the formats' order."""
    return [describe(orm, current_for_format(orm, str(fmt))) for fmt in EventFormat]


def library(orm: OrmSession, *, include_archived: bool = False) -> list[EvaluationItem]:
    query = select(EvaluationItem).order_by(EvaluationItem.id)
    if not include_archived:
        query = query.where(EvaluationItem.archived.is_(False))
    return list(orm.scalars(query))
