"""The standard item set and a first questionnaire per format, where a database lacks them.

New databases get them with the rest of the reference data; databases that existed before
the evaluation tables got them from that migration.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.evaluation.standard import DEFAULT_INTRO, DEFAULT_TITLE, STANDARD_ITEMS
from planner.models import EvaluationItem, EventFormat, Questionnaire, QuestionnaireEntry


def ensure_standard_questionnaires(orm: OrmSession) -> None:
    """Add the standard items (when the library is empty) and a questionnaire for every
    format that has none (idempotent)."""
    items = list(orm.scalars(select(EvaluationItem).order_by(EvaluationItem.id)))
    if not items:
        items = [EvaluationItem(code=s.code, kind=s.kind, text=s.text, low_label=s.low_label,
                                high_label=s.high_label, options=list(s.options),
                                standard=True)
                 for s in STANDARD_ITEMS]
        orm.add_all(items)
        orm.flush()
    standard = [i for i in items if i.standard] or items
    present = set(orm.scalars(select(Questionnaire.format).where(
        Questionnaire.format.is_not(None))))
    for fmt in EventFormat:
        if fmt.value in present:
            continue
        orm.add(Questionnaire(
            format=fmt.value, version=1, title=DEFAULT_TITLE, intro=DEFAULT_INTRO,
            entries=[QuestionnaireEntry(item_id=item.id, position=n)
                     for n, item in enumerate(standard, start=1)]))
    orm.flush()
