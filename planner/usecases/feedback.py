"""Entering returned paper forms, and leaving single free-text answers out of listings.

A form is anonymous: it is stored with its event (and session) and the questionnaire
version it was printed from, never with a person. Saving the entry grid is one use case:
new forms are added, changed ones updated and removed ones deleted, all or nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session as OrmSession

from planner.errors import NotFoundError, ValidationError
from planner.evaluation.answers import AnswerProblem, ItemSpec, parse_answer
from planner.evaluation.questionnaires import current_for_event, get_questionnaire, item_specs
from planner.models import Event, FeedbackAnswer, FeedbackResponse, Session
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome

CHANGED = {Change.FEEDBACK}
MAX_FORMS = 2000  # per save; a conference with a few hundred forms fits easily


@dataclass
class FormInput:
    """One row of the entry grid: item id → what was typed (None/"" = not answered)."""

    answers: Mapping[int, object]
    response_id: int | None = None  # an already saved form being corrected


@dataclass
class SavedForms:
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    deleted: int = 0
    skipped_empty: int = 0

    def message(self) -> str:
        parts = [f"{len(self.created)} neu", f"{len(self.updated)} geändert"]
        if self.deleted:
            parts.append(f"{self.deleted} gelöscht")
        if self.skipped_empty:
            parts.append(f"{self.skipped_empty} leere Zeilen übergangen")
        return "Bögen gespeichert: " + ", ".join(parts) + "."


def _session_of(orm: OrmSession, event: Event, session_id: int | None) -> int | None:
    if session_id is None:
        return None
    session = get(orm, Session, session_id)
    if session.event_id != event.id:
        raise ValidationError("Der Termin gehört nicht zu dieser Veranstaltung.")
    return session.id


def parse_form(specs: Sequence[ItemSpec], answers: Mapping[int, object],
               label: str) -> dict[int, tuple[int | None, str | None]]:
    """Checked answers of one form; a German ValidationError names the row and question."""
    by_id = {s.id: s for s in specs}
    parsed: dict[int, tuple[int | None, str | None]] = {}
    for item_id, raw in answers.items():
        spec = by_id.get(item_id)
        if spec is None:
            raise ValidationError(f"{label}: Frage Nr. {item_id} steht nicht auf diesem "
                                  "Fragebogen.")
        try:
            value = parse_answer(spec, raw)
        except AnswerProblem as exc:
            raise ValidationError(f"{label}: {exc}") from None
        if value is not None:
            parsed[item_id] = value
    return parsed


def save_forms(orm: OrmSession, event_id: int, forms: Sequence[FormInput], *,
               session_id: int | None = None, questionnaire_id: int | None = None,
               deleted: Sequence[int] = ()) -> Outcome[SavedForms]:
    """Save the entry grid of one event (or session) and questionnaire version."""
    event = get(orm, Event, event_id)
    sid = _session_of(orm, event, session_id)
    questionnaire = (get_questionnaire(orm, questionnaire_id) if questionnaire_id is not None
                     else current_for_event(orm, event.id))
    if questionnaire.event_id not in (None, event.id) or (
            questionnaire.format is not None and questionnaire.format != event.format):
        raise ValidationError("Dieser Fragebogen gehört nicht zu dieser Veranstaltung.")
    if len(forms) > MAX_FORMS:
        raise ValidationError(f"Höchstens {MAX_FORMS} Bögen auf einmal.")
    specs = item_specs(questionnaire)
    result = SavedForms()
    for response_id in deleted:
        response = _own_response(orm, event.id, response_id)
        orm.delete(response)
        result.deleted += 1
    for number, form in enumerate(forms, start=1):
        parsed = parse_form(specs, form.answers, f"Bogen {number}")
        if form.response_id is None:
            if not parsed:
                result.skipped_empty += 1
                continue
            response = FeedbackResponse(event_id=event.id, session_id=sid,
                                        questionnaire_id=questionnaire.id, source="paper")
            response.answers = [FeedbackAnswer(item_id=i, value=v, text=t)
                                for i, (v, t) in parsed.items()]
            orm.add(response)
            orm.flush()
            result.created.append(response.id)
            continue
        response = _own_response(orm, event.id, form.response_id)
        if response.questionnaire_id != questionnaire.id:
            raise ValidationError(f"Bogen {number} wurde mit einer anderen Fragebogen-Version "
                                  "erfasst.")
        if not parsed:
            raise ValidationError(f"Bogen {number} ist leer; zum Entfernen bitte löschen.")
        if _replace_answers(response, parsed):
            result.updated.append(response.id)
    orm.flush()
    _log(orm, event.id, result)
    return Outcome(result, [], set(CHANGED))


def _own_response(orm: OrmSession, event_id: int, response_id: int) -> FeedbackResponse:
    response = orm.get(FeedbackResponse, response_id) if isinstance(response_id, int) else None
    if response is None or response.event_id != event_id:
        raise NotFoundError(f"Bogen Nr. {response_id} gibt es bei dieser Veranstaltung nicht.")
    return response


def _replace_answers(response: FeedbackResponse,
                     parsed: dict[int, tuple[int | None, str | None]]) -> bool:
    """Bring the stored answers in line with `parsed`; True when anything changed.
    A free text that stays the same keeps its "left out of listings" mark."""
    changed = False
    by_item = {a.item_id: a for a in response.answers}
    for item_id, answer in list(by_item.items()):
        if item_id not in parsed:
            response.answers.remove(answer)
            changed = True
    for item_id, (value, text) in parsed.items():
        stored = by_item.get(item_id)
        if stored is None:
            response.answers.append(FeedbackAnswer(item_id=item_id, value=value, text=text))
            changed = True
        elif (stored.value, stored.text) != (value, text):
            stored.value, stored.text, stored.hidden = value, text, False
            changed = True
    return changed


def set_text_hidden(orm: OrmSession, answer_id: int, hidden: bool) -> Outcome[FeedbackAnswer]:
    """Leave one free-text answer out of every listing (or show it again)."""
    answer = orm.get(FeedbackAnswer, answer_id) if isinstance(answer_id, int) else None
    if answer is None or answer.text is None:
        raise NotFoundError(f"Freitext-Antwort Nr. {answer_id} gibt es nicht.")
    if not isinstance(hidden, bool):
        raise ValidationError("Ausblenden muss ja oder nein sein.")
    answer.hidden = hidden
    orm.flush()
    from planner.audit import record

    record(orm, "feedback_text_hidden" if hidden else "feedback_text_shown", "feedback_answer",
           answer.id, f"Veranstaltung {answer.response.event_id}")
    return Outcome(answer, [], set(CHANGED))


def _log(orm: OrmSession, event_id: int, result: SavedForms) -> None:
    from planner.audit import record

    if result.created or result.updated or result.deleted:
        record(orm, "feedback_forms", "event", event_id, result.message())
