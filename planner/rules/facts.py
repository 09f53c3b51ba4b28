"""Plain facts the rules decide on, and how they are read from the stored objects."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from planner.models.enums import FORMAT_LABELS_DE
from planner.rules.units import DEFAULT_UNIT_MINUTES, session_minutes

if TYPE_CHECKING:  # the rules load no SQLAlchemy themselves (the window paints first)
    from planner.models import Attendance, Event, Registration, Session


@dataclass(frozen=True)
class SessionFacts:
    id: int
    kind: str
    title: str
    start: datetime
    end: datetime
    cancelled: bool
    minutes: int  # teaching minutes
    place: str = ""
    all_day: bool = False


@dataclass(frozen=True)
class EventFacts:
    id: int
    format: str
    title: str
    unit_minutes: int
    threshold: float
    policy: str | None
    sessions: tuple[SessionFacts, ...]

    @property
    def format_label(self) -> str:
        return FORMAT_LABELS_DE.get(self.format, self.format)  # type: ignore[call-overload]


@dataclass(frozen=True)
class Booking:
    """An active registration: the whole event, or the chosen sessions."""

    person_id: int
    whole_event: bool
    session_ids: frozenset[int] = frozenset()

    def sessions(self, event: EventFacts) -> list[SessionFacts]:
        """The booked sessions that take place (cancelled ones excluded), by start."""
        chosen = [s for s in event.sessions
                  if not s.cancelled and (self.whole_event or s.id in self.session_ids)]
        return sorted(chosen, key=lambda s: (s.start, s.id))


Mark = tuple[str, int | None]  # attendance status, minutes for "partial"


def session_place(session: Session) -> str:
    """The city a certificate or list names for a session ("online" without a venue)."""
    if session.venue is not None and session.venue.city:
        return session.venue.city
    if session.host_municipality is not None:
        return session.host_municipality.city or session.host_municipality.name
    return "online" if session.venue is None else session.venue.name


def session_facts(session: Session) -> SessionFacts:
    return SessionFacts(session.id, session.kind, session.title or f"Termin {session.position}",
                        session.start, session.end, session.is_cancelled,
                        session_minutes(session), session_place(session), session.all_day)


def event_facts(event: Event) -> EventFacts:
    return EventFacts(event.id, event.format, event.title,
                      event.unit_minutes or DEFAULT_UNIT_MINUTES,
                      event.certificate_threshold or 0.8, event.certificate_policy,
                      tuple(session_facts(s) for s in event.sessions))


def booking_of(registration: Registration) -> Booking:
    chosen = frozenset() if registration.whole_event else frozenset(
        s.id for s in registration.chosen_sessions)
    return Booking(registration.person_id, registration.whole_event, chosen)


def marks_of(rows: Iterable[Attendance]) -> dict[int, Mark]:
    """One person's marks by session id."""
    return {a.session_id: (a.status, a.minutes) for a in rows}
