"""The saved paper forms of one entry grid (read-only)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.models import FeedbackAnswer, FeedbackResponse

Answer = tuple[int | None, str | None]


def paper_forms(orm: OrmSession, event_id: int, session_id: int | None,
                questionnaire_id: int) -> list[tuple[int, dict[int, Answer]]]:
    """The saved paper forms of one grid (entry order): (response id, item → answer)."""
    rows = orm.execute(
        select(FeedbackResponse.id, FeedbackAnswer.item_id, FeedbackAnswer.value,
               FeedbackAnswer.text)
        .outerjoin(FeedbackAnswer, FeedbackAnswer.response_id == FeedbackResponse.id)
        .where(FeedbackResponse.event_id == event_id,
               FeedbackResponse.session_id.is_(None) if session_id is None
               else FeedbackResponse.session_id == session_id,
               FeedbackResponse.questionnaire_id == questionnaire_id,
               FeedbackResponse.source == "paper")
        .order_by(FeedbackResponse.id))
    forms: dict[int, dict[int, Answer]] = {}
    for rid, item_id, value, text in rows:
        answers = forms.setdefault(rid, {})
        if item_id is not None:
            answers[item_id] = (value, text)
    return list(forms.items())
