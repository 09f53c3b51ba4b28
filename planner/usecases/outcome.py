"""What a use case returns: its result, the warnings to show, and what changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from planner.checks import PlanWarning
from planner.errors import ConflictError

T = TypeVar("T")


@dataclass
class Outcome(Generic[T]):
    value: T
    warnings: list[PlanWarning] = field(default_factory=list)
    # Names of the views whose data changed ("events", "sessions", "persons", ...).
    changed: set[str] = field(default_factory=set)


def refuse_blocking(warnings: list[PlanWarning], force: bool) -> None:
    """Raise a ConflictError for double bookings unless the user forces the change."""
    blocking = [w for w in warnings if w.blocking]
    if blocking and not force:
        lines = "; ".join(w.message for w in blocking)
        raise ConflictError(f"Doppelbuchung: {lines}", warnings)


def dedupe(warnings: list[PlanWarning]) -> list[PlanWarning]:
    seen: set[tuple[str, str]] = set()
    unique: list[PlanWarning] = []
    for w in warnings:
        key = (w.code, w.message)
        if key not in seen:
            seen.add(key)
            unique.append(w)
    return unique
