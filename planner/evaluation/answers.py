"""What an answer cell may hold, for the entry grid and the survey import alike.

`parse_answer(item, raw)` turns what a person typed or a survey tool wrote into the stored
form (a number 1–5 for scales, an option number for single choice, a text) or raises
`AnswerProblem` with a German message naming the question.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from planner.duplicates import match_key
from planner.evaluation.standard import CHOICE, SCALE, SCALE_POINTS, TEXT
from planner.models import EvaluationItem

MAX_TEXT = 4000
# Cells that mean "not answered" (survey tools write these for skipped questions).
# (Compared as planner.duplicates.match_key folds them: "k. A." → "k a", "N/A" → "n a".)
NO_ANSWER = frozenset({"", "n a", "na", "k a", "keine angabe", "no answer",
                       "nicht beantwortet", "not displayed", "null", "weiss nicht"})
_LEADING_DIGIT = re.compile(r"^\s*(\d+)\s*(?:$|[=:.)\-–/ ]\D*$)")
_ANSWER_CODE = re.compile(r"^(?:a|ao)0*(\d+)$", re.IGNORECASE)  # LimeSurvey codes A1, AO02


class AnswerProblem(ValueError):
    """A cell that is no valid answer to its question (message in German)."""


@dataclass(frozen=True)
class ItemSpec:
    """An item as the parsers and aggregations need it (no ORM object)."""

    id: int
    code: str
    kind: str
    text: str
    low_label: str = ""
    high_label: str = ""
    options: tuple[str, ...] = ()

    @property
    def points(self) -> int:
        """How many values a numeric answer can take."""
        return SCALE_POINTS if self.kind == SCALE else len(self.options)

    @property
    def short(self) -> str:
        return self.text if len(self.text) <= 60 else self.text[:59].rstrip() + "…"

    @classmethod
    def of(cls, item: EvaluationItem) -> ItemSpec:
        return cls(item.id, item.code, item.kind, item.text, item.low_label or "",
                   item.high_label or "", tuple(item.options or ()))


def parse_answer(item: ItemSpec, raw: object) -> tuple[int | None, str | None] | None:
    """(value, text) to store, or None when the cell holds no answer."""
    if item.kind == TEXT:
        text = cell_text(raw)
        if match_key(text) in NO_ANSWER:
            return None
        if len(text) > MAX_TEXT:
            raise AnswerProblem(f"„{item.short}“: Text zu lang (höchstens {MAX_TEXT} Zeichen).")
        return None, text
    if isinstance(raw, bool):
        raise AnswerProblem(f"„{item.short}“: „{'ja' if raw else 'nein'}“ ist keine gültige "
                            "Antwort.")
    if isinstance(raw, float) and not raw.is_integer():
        shown = f"{raw:g}".replace(".", ",")
        raise AnswerProblem(f"„{item.short}“: {shown} ist keine ganze Zahl.")
    if isinstance(raw, (int, float)):
        return _in_range(item, int(raw), str(int(raw))), None
    text = cell_text(raw)
    key = match_key(text)
    if key in NO_ANSWER:
        return None
    return _value_from_text(item, text, key), None


def cell_text(raw: object) -> str:
    """A cell as one line of clean text: whitespace collapsed, control characters dropped."""
    if raw is None:
        return ""
    text = raw if isinstance(raw, str) else str(raw)
    text = unicodedata.normalize("NFC", text)
    kept = "".join(ch for ch in text if ch in "\t\r\n"
                   or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    return " ".join(kept.split())


def _value_from_text(item: ItemSpec, text: str, key: str) -> int:
    if item.kind == CHOICE:
        for number, option in enumerate(item.options, start=1):
            if key == match_key(option):
                return number
        if ";" in text or "," in text and not text.replace(",", "").strip().isdigit():
            raise AnswerProblem(f"„{item.short}“: mehrere Antworten („{text[:40]}“), erlaubt "
                                "ist eine.")
    elif item.kind == SCALE:
        if item.low_label and key == match_key(item.low_label):
            return 1
        if item.high_label and key == match_key(item.high_label):
            return SCALE_POINTS
    numeric = _number(text)
    if numeric is not None:
        if not numeric.is_integer():
            raise AnswerProblem(f"„{item.short}“: {text[:40]} ist keine ganze Zahl.")
        return _in_range(item, int(numeric), text)
    found = _LEADING_DIGIT.match(text) or _ANSWER_CODE.match(text.strip())
    if found:
        return _in_range(item, int(found.group(1)), text)
    if item.kind == CHOICE:
        raise AnswerProblem(f"„{item.short}“: „{text[:40]}“ ist keine der Antwortmöglichkeiten.")
    raise AnswerProblem(f"„{item.short}“: „{text[:40]}“ ist kein Wert von 1 bis "
                        f"{SCALE_POINTS}.")


def _number(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


def _in_range(item: ItemSpec, value: int, shown: str) -> int:
    if 1 <= value <= item.points:
        return value
    raise AnswerProblem(f"„{item.short}“: {shown[:40]} liegt außerhalb von 1 bis {item.points}.")


def answer_label(item: ItemSpec, value: int | None, text: str | None) -> str:
    """How a stored answer reads (for listings and the audit log)."""
    if item.kind == TEXT:
        return text or ""
    if value is None:
        return ""
    if item.kind == CHOICE and 1 <= value <= len(item.options):
        return item.options[value - 1]
    return str(value)
