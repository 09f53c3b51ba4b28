"""Editing the item library and the questionnaires.

An item keeps its identity (id and code) for ever, so editions of a format can be compared:
its wording may be improved, but once answered its kind cannot change and its options can
only be added to. A questionnaire version with answers is never edited: saving a change
supersedes it with a new version, and the old answers stay with the old one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.duplicates import match_key
from planner.errors import NotFoundError, ValidationError
from planner.evaluation.questionnaires import (
    current_for_format,
    format_label,
    own_questionnaire,
    response_count,
)
from planner.evaluation.standard import (
    CHOICE,
    KIND_LABELS_DE,
    MAX_OPTIONS,
    RESERVED_CODES,
    SCALE,
)
from planner.models import (
    EvaluationItem,
    Event,
    EventFormat,
    FeedbackAnswer,
    Questionnaire,
    QuestionnaireEntry,
    utcnow,
)
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome
from planner.validation import check_ids, clean_text

MAX_ITEMS = 12  # what fits on one printed A4 page with large boxes
CHANGED = {Change.FEEDBACK}


def _item(orm: OrmSession, item_id: int) -> EvaluationItem:
    found = orm.get(EvaluationItem, item_id) if isinstance(item_id, int) else None
    if found is None:
        raise NotFoundError(f"Frage Nr. {item_id} gibt es nicht.")
    return found


def _options(kind: str, options: Sequence[str] | None) -> list[str]:
    if kind != CHOICE:
        return []
    cleaned = [clean_text(o, "Eine Antwortmöglichkeit", required=True, max_len=80)
               for o in (options or [])]
    if len(cleaned) < 2:
        raise ValidationError("Eine Einfachauswahl braucht mindestens zwei "
                              "Antwortmöglichkeiten.")
    if len(cleaned) > MAX_OPTIONS:
        raise ValidationError(f"Höchstens {MAX_OPTIONS} Antwortmöglichkeiten passen auf den "
                              "Bogen.")
    if len({match_key(o) for o in cleaned}) < len(cleaned):
        raise ValidationError("Zwei Antwortmöglichkeiten sind gleich.")
    return cleaned


def _new_code(orm: OrmSession, text: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", match_key(text)).strip("_")[:36].rstrip("_") or "frage"
    taken = set(orm.scalars(select(EvaluationItem.code)))
    code, n = base, 2
    while code in taken or code in RESERVED_CODES:
        code, n = f"{base}_{n}", n + 1
    return code


def add_item(orm: OrmSession, *, kind: str, text: str, low_label: str = "",
             high_label: str = "", options: Sequence[str] | None = None) -> Outcome[EvaluationItem]:
    """Add a question to the library (it is not yet on any questionnaire)."""
    if kind not in KIND_LABELS_DE:
        raise ValidationError(f"Unbekannte Fragenart „{kind}“ (Skala, Einfachauswahl oder "
                              "Freitext).")
    text = clean_text(text, "Die Frage", required=True, max_len=300)
    if orm.scalar(select(EvaluationItem.id).where(
            func.lower(EvaluationItem.text) == text.lower())) is not None:
        raise ValidationError(f"Die Frage „{text}“ gibt es schon in der Sammlung.")
    item = EvaluationItem(
        code=_new_code(orm, text), kind=kind, text=text,
        low_label=clean_text(low_label, "Die Beschriftung für 1", max_len=80)
        if kind == SCALE else "",
        high_label=clean_text(high_label, "Die Beschriftung für 5", max_len=80)
        if kind == SCALE else "",
        options=_options(kind, options), standard=False)
    orm.add(item)
    orm.flush()
    return Outcome(item, [], set(CHANGED))


def _answered(orm: OrmSession, item_id: int) -> int:
    return orm.scalar(select(func.count()).select_from(FeedbackAnswer)
                      .where(FeedbackAnswer.item_id == item_id)) or 0


def update_item(orm: OrmSession, item_id: int, *, text: str | None = None,
                low_label: str | None = None, high_label: str | None = None,
                options: Sequence[str] | None = None) -> Outcome[EvaluationItem]:
    """Improve an item's wording or labels; answered choice items only gain options."""
    item = _item(orm, item_id)
    if text is not None:
        item.text = clean_text(text, "Die Frage", required=True, max_len=300)
    if item.kind == SCALE:
        if low_label is not None:
            item.low_label = clean_text(low_label, "Die Beschriftung für 1", max_len=80)
        if high_label is not None:
            item.high_label = clean_text(high_label, "Die Beschriftung für 5", max_len=80)
    if options is not None and item.kind == CHOICE:
        new = _options(CHOICE, options)
        old = list(item.options or [])
        if new[:len(old)] != old and _answered(orm, item.id):
            raise ValidationError(
                "Diese Frage wurde schon beantwortet: vorhandene Antwortmöglichkeiten können "
                "nicht entfernt, umbenannt oder umsortiert werden (nur neue anhängen). Für "
                "eine andere Auswahl bitte eine neue Frage anlegen.")
        item.options = new
    orm.flush()
    return Outcome(item, [], set(CHANGED))


def archive_item(orm: OrmSession, item_id: int, archived: bool = True) -> Outcome[EvaluationItem]:
    """Hide an item from the library's pick list (questionnaires using it keep it)."""
    item = _item(orm, item_id)
    item.archived = bool(archived)
    orm.flush()
    return Outcome(item, [], set(CHANGED))


@dataclass
class QuestionnaireChange:
    questionnaire: Questionnaire
    new_version: bool  # an answered version was superseded
    kept_answers: int  # responses that stay with the previous version
    unchanged: bool = False

    def message(self) -> str:
        q = self.questionnaire
        if self.unchanged:
            return "Keine Änderung."
        if self.new_version:
            return (f"Neue Version {q.version} gespeichert. Die {self.kept_answers} "
                    f"vorhandenen Bögen bleiben bei Version {q.version - 1} und werden "
                    "weiter ausgewertet.")
        return f"Fragebogen (Version {q.version}) gespeichert."


def _check_items(orm: OrmSession, item_ids: object, current: Sequence[int]) -> list[int]:
    ids = check_ids(item_ids, "Die Fragen")
    if not ids:
        raise ValidationError("Ein Fragebogen braucht mindestens eine Frage.")
    if len(set(ids)) < len(ids):
        raise ValidationError("Eine Frage steht zweimal auf dem Fragebogen.")
    if len(ids) > MAX_ITEMS:
        raise ValidationError(f"Höchstens {MAX_ITEMS} Fragen passen auf einen Bogen (A4).")
    for item_id in ids:
        item = _item(orm, item_id)
        if item.archived and item_id not in current:
            raise ValidationError(f"Die Frage „{item.text}“ ist archiviert.")
    return ids


def _scope(orm: OrmSession, fmt: str | None, event_id: int | None) -> tuple[
        Questionnaire | None, Questionnaire]:
    """(the scope's own current version or None, the version it starts from)."""
    if (fmt is None) == (event_id is None):
        raise ValidationError("Bitte entweder ein Format oder eine Veranstaltung angeben.")
    if fmt is not None:
        try:
            EventFormat(fmt)
        except ValueError:
            raise ValidationError(f"Unbekanntes Format „{fmt}“.") from None
        current = current_for_format(orm, fmt)
        return current, current
    event = get(orm, Event, event_id)
    own = own_questionnaire(orm, event.id)
    return own, own or current_for_format(orm, event.format)


def save_questionnaire(orm: OrmSession, *, item_ids: Sequence[int], fmt: str | None = None,
                       event_id: int | None = None, title: str | None = None,
                       intro: str | None = None) -> Outcome[QuestionnaireChange]:
    """Set the items (in order), title and intro of a format's or an event's questionnaire.

    An event without a variant of its own gets one (version 1). A version that already
    has answers is superseded by a new version instead of being changed.
    """
    own, base = _scope(orm, fmt, event_id)
    ids = _check_items(orm, item_ids, [e.item_id for e in base.entries])
    new_title = clean_text(base.title if title is None else title, "Der Titel",
                           required=True, max_len=200)
    new_intro = clean_text(base.intro if intro is None else intro, "Der Einleitungstext",
                           max_len=600, multiline=True)
    same = (own is not None and [e.item_id for e in own.entries] == ids
            and own.title == new_title and own.intro == new_intro)
    if same and own is not None:
        return Outcome(QuestionnaireChange(own, False, 0, unchanged=True), [], set())
    answered = response_count(orm, own.id) if own is not None else 0
    if own is not None and not answered:
        target = own
        target.title, target.intro = new_title, new_intro
        target.entries.clear()
        orm.flush()
    else:
        if own is not None:
            own.superseded_at = utcnow()
        target = Questionnaire(format=fmt, event_id=event_id,
                               version=(own.version + 1) if own is not None else 1,
                               title=new_title, intro=new_intro)
        orm.add(target)
    for position, item_id in enumerate(ids, start=1):
        target.entries.append(QuestionnaireEntry(item_id=item_id, position=position))
    orm.flush()
    _log(orm, target, answered)
    return Outcome(QuestionnaireChange(target, answered > 0, answered), [], set(CHANGED))


def reset_event_questionnaire(orm: OrmSession, event_id: int) -> Outcome[Questionnaire]:
    """The event goes back to its format's questionnaire (its own answered variant is kept
    as a superseded version; an unanswered one is removed)."""
    event = get(orm, Event, event_id)
    own = own_questionnaire(orm, event.id)
    if own is not None:
        if response_count(orm, own.id):
            own.superseded_at = utcnow()
        else:
            orm.delete(own)
        orm.flush()
    return Outcome(current_for_format(orm, event.format), [], set(CHANGED))


def _log(orm: OrmSession, questionnaire: Questionnaire, kept: int) -> None:
    from planner.audit import record

    where = (format_label(questionnaire.format) if questionnaire.format
             else f"Veranstaltung {questionnaire.event_id}")
    codes = ", ".join(e.item.code for e in questionnaire.entries)
    record(orm, "questionnaire_save", "questionnaire", questionnaire.id,
           f"{where}, Version {questionnaire.version}: {codes}"
           + (f" (Vorversion mit {kept} Bögen bleibt erhalten)" if kept else ""))
