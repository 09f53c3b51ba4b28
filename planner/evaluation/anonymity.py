"""The anonymity threshold: a feedback breakdown with fewer answers shows nothing at all.

Small groups (a coaching of three cities, one module with four forms back) would otherwise
let anyone who was there tell who answered what. The threshold is a database setting
(default 5) and can never be set below 3.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session as OrmSession

from planner.errors import ValidationError
from planner.settings import EVALUATION_MIN_ANSWERS

DEFAULT_THRESHOLD = EVALUATION_MIN_ANSWERS.default
MIN_THRESHOLD = 3
MAX_THRESHOLD = 50


def check_threshold(value: Any) -> int:
    """The value as a valid threshold, or a German ValidationError."""
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise ValidationError("Die Mindestzahl an Antworten muss eine ganze Zahl sein.") \
                from None
    if value < MIN_THRESHOLD:
        raise ValidationError(f"Die Mindestzahl an Antworten darf nicht unter {MIN_THRESHOLD} "
                              "liegen: sonst lassen sich Antworten Einzelnen zuordnen.")
    if value > MAX_THRESHOLD:
        raise ValidationError(f"Die Mindestzahl an Antworten darf höchstens {MAX_THRESHOLD} "
                              "sein.")
    return value


def anonymity_threshold(orm: OrmSession) -> int:
    """The stored threshold; a damaged or too low stored value never lowers it below 3."""
    value = EVALUATION_MIN_ANSWERS.read(orm)
    return min(max(value, MIN_THRESHOLD), MAX_THRESHOLD)
