"""What a participant knows about a booking, as plain JSON-able data.

A *view* of a session is what a calendar entry shows: date, time, place, title and whether
it takes place. A *booking state* is the registration's status, its waiting-list position
and the views of its sessions, each marked `held` when the participant has an active
calendar entry for it, with `sent_seq`, the SEQUENCE they last received for it.

The outbox row stores the state the participant knew before the first unsent change
(`before`) and, once sent, the state it told them (`known_after`); composing compares
`before` with the booking as it is now.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from planner.models import Registration, RegistrationStatus, Session, SessionStatus

# The fields whose change the participant must hear about (as in planner.tracking).
VIEW_FIELDS = ("start", "end", "all_day", "venue_id", "title", "status")

View = dict[str, Any]
State = dict[str, Any]


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="minutes")


def view_of(session: Session) -> View:
    return view_from(session.start, session.end, session.all_day, session.venue_id,
                     session.title, session.status, session.sequence)


def view_from(start: datetime, end: datetime, all_day: bool, venue_id: int | None, title: str,
              status: str, sequence: int) -> View:
    return {"start": _iso(start), "end": _iso(end), "all_day": bool(all_day),
            "venue_id": venue_id, "title": title, "status": str(status), "seq": int(sequence)}


def start_of(view: Mapping[str, Any]) -> datetime:
    return datetime.fromisoformat(view["start"])


def end_of(view: Mapping[str, Any]) -> datetime:
    return datetime.fromisoformat(view["end"])


def is_cancelled(view: Mapping[str, Any]) -> bool:
    return view.get("status") == SessionStatus.CANCELLED


def differs(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """Date, time, place or title changed (status is judged separately)."""
    return any(old.get(f) != new.get(f) for f in VIEW_FIELDS if f != "status")


def empty_state() -> State:
    return {"status": None, "position": None, "sessions": {}}


def known_state(status: str | None, views: Mapping[int, View]) -> State:
    """What a participant is assumed to know when nothing was ever sent about the booking:
    the booking as it was before the change (e.g. registrations made before the outbox)."""
    held = status == RegistrationStatus.REGISTERED
    return {"status": status, "position": None,
            "sessions": {str(sid): {**view, "held": held and not is_cancelled(view)}
                         for sid, view in views.items()}}


def current_state(reg: Registration, position: int | None,
                  sessions: Iterable[Session] | None = None) -> State:
    """The booking as it is now; `sessions` defaults to the booked ones."""
    booked = list(sessions) if sessions is not None else reg.booked_sessions()
    return {"status": str(reg.status),
            "position": position if reg.status == RegistrationStatus.WAITING else None,
            "sessions": {str(s.id): view_of(s) for s in booked}}
