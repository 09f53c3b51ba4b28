"""What a use case returns: its result, the warnings to show, and what changed.

Every use case returns an `Outcome` whose `changed` names the kinds of data it wrote, as
`Change` members. The desktop app refreshes exactly the views that show those kinds (and the
CLI prints them with `--json`). A new use case picks the members that describe what it
writes; a new kind of data gets a new member here, and the views that show it list it in
their `concerns` (see `ui/operations.py`).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Generic, TypeVar

from planner.errors import ConflictError

if TYPE_CHECKING:  # light to import: the window's change signals use Change at start-up
    from planner.checks import PlanWarning

T = TypeVar("T")


class Change(StrEnum):
    """A kind of data a use case changed (the value is what the CLI prints)."""

    EVENTS = "events"  # events, their header data, dossiers, their agreement fields
    SESSIONS = "sessions"  # dates, times, places, cancellations, agenda, trainers
    REGISTRATIONS = "registrations"  # bookings, waiting list, cancellations
    ATTENDANCE = "attendance"
    PERSONS = "persons"  # persons and their consents
    ORGANISATIONS = "organisations"  # municipalities and other organisations
    VENUES = "venues"
    TOPICS = "topics"
    OFFICES = "offices"  # the two offices' letterhead data
    AGREEMENTS = "agreements"  # cooperation agreements
    CERTIFICATES = "certificates"  # issued certificates
    MAIL = "mail"  # sent mails and invitations, the mail log
    SETTINGS = "settings"  # the database settings (planner.settings)
    FEEDBACK = "feedback"  # participant feedback: forms, answers, questionnaires, items
    OUTBOX = "outbox"  # messages to participants waiting, sent or discarded


@dataclass
class Outcome(Generic[T]):
    value: T
    warnings: list[PlanWarning] = field(default_factory=list)
    # The kinds of data that changed (kept as a frozenset); their views are refreshed.
    changed: AbstractSet[Change] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        self.changed = frozenset(Change(c) for c in self.changed)


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
