"""Calendar bookkeeping: raise a session's SEQUENCE whenever calendar-relevant fields change."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from planner.models import Session, utcnow

# Changes to these fields must reach calendars that already hold the session.
CALENDAR_FIELDS = ("start", "end", "all_day", "venue_id", "title", "status")


def _calendar_fields_changed(session_row: Session) -> bool:
    state = inspect(session_row)
    for name in CALENDAR_FIELDS:
        history = state.attrs[name].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            return True
    return False


def bump_sequences(orm_session: OrmSession, _context: Any, _instances: Any) -> None:
    for obj in orm_session.dirty:
        if isinstance(obj, Session) and _calendar_fields_changed(obj):
            obj.sequence = (obj.sequence or 0) + 1
            obj.last_modified = utcnow()


def install_change_tracking(factory: sessionmaker[OrmSession]) -> None:
    # Marker instead of event.contains(): see planner.audit.install_audit (id() reuse).
    if getattr(factory, "_planner_tracking", False):
        return
    event.listen(factory, "before_flush", bump_sequences)
    factory._planner_tracking = True  # type: ignore[attr-defined]
