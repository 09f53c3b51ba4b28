"""The funder report's evaluation section: participant feedback by format and by topic.

One row per group with the events evaluated, responses, response rate and the means of the
standard scale items; a group under the anonymity threshold shows only that it has too few
answers. Shared by the report's PDF, its workbook and the statistics page.
"""

from __future__ import annotations

from planner.evaluation.pool import FeedbackResult
from planner.evaluation.results import KEY_ITEM_LABELS, KEY_ITEMS, EvaluationSection, GroupRow
from planner.wording import number, percent

SECTION_TITLE = "Rückmeldungen der Teilnehmenden"
COLUMNS = ["Veranstaltungen", "Rückmeldungen", "Rücklauf",
           *(f"Ø {KEY_ITEM_LABELS[c]}" for c in KEY_ITEMS)]


def section_note(section: EvaluationSection) -> str:
    return ("Anonyme Rückmeldebögen (Papier und Online-Umfragen); Skala 1 (niedrigster) bis 5 "
            "(höchster Wert), Mittelwerte. Rücklauf: Rückmeldungen ÷ anwesende Personen. "
            f"Gruppen mit weniger als {section.threshold} Rückmeldungen werden nicht "
            "ausgewertet.")


def figures(result: FeedbackResult) -> list[object]:
    """Plain values for one row (None where there is nothing to show)."""
    if result.suppressed:
        return [None] * len(COLUMNS)
    return [result.events, result.responses, result.response_rate,
            *(result.mean(code) for code in KEY_ITEMS)]


def texts(result: FeedbackResult) -> list[str]:
    """The same row as display text (German)."""
    if result.suppressed:
        return [f"weniger als {result.threshold}", *([""] * (len(COLUMNS) - 1))]
    rate = result.response_rate
    out = [number(result.events, 0), number(result.responses, 0),
           percent(rate) if rate is not None else "–"]
    means = (result.mean(code) for code in KEY_ITEMS)
    out += [number(m, 1, keep_zeros=True) if m is not None else "–" for m in means]
    return out


def groups(section: EvaluationSection) -> list[tuple[str, list[GroupRow]]]:
    return [("Format", section.by_format), ("Thema", section.by_topic)]
