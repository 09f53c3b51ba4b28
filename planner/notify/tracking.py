"""Every change that concerns a participant creates (or merges into) an outbox row, in the
same transaction as the change.

A flush hook notes what changed: registrations (new, status, booked sessions) and sessions
(date, time, place, title, status; new sessions of an event booked as a whole), with the
values they had before. Right before the commit, `planner.notify.merge` turns the notes into
outbox rows. Use cases need not call anything: a booking changed by the CLI, the window, an
import or a later feature reaches the outbox the same way, like the SEQUENCE bump in
`planner.tracking`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from planner.models import Registration, Session
from planner.notify.merge import record_changes
from planner.notify.notes import Notes, RegistrationChange
from planner.notify.state import VIEW_FIELDS, View, view_from

NOTES_KEY = "planner_notify_notes"
SUPPRESS_KEY = "planner_notify_suppressed"


@contextmanager
def notifications_suppressed(orm: OrmSession) -> Iterator[None]:
    """Changes inside this block create no messages (demo data, history being recorded)."""
    previous = orm.info.get(SUPPRESS_KEY, False)
    orm.info[SUPPRESS_KEY] = True
    try:
        yield
    finally:
        orm.info[SUPPRESS_KEY] = previous


def _old(state: Any, name: str) -> Any:
    history = state.attrs[name].history
    if history.deleted:
        return history.deleted[0]
    return getattr(state.obj(), name)


def _registration_change(reg: Registration) -> RegistrationChange | None:
    state = inspect(reg)
    status = state.attrs.status.history
    whole = state.attrs.whole_event.history
    chosen = state.attrs.chosen_sessions.history
    if not (status.has_changes() or whole.has_changes() or chosen.has_changes()):
        return None
    change = RegistrationChange(new=False, old_status=_old(state, "status"))
    if whole.has_changes():
        change.old_whole = bool(_old(state, "whole_event"))
    if chosen.has_changes():
        change.old_session_ids = [s.id for s in (*chosen.unchanged, *chosen.deleted)]
    return change


def _old_view(session: Session) -> View | None:
    state = inspect(session)
    if not any(state.attrs[name].history.has_changes() for name in VIEW_FIELDS):
        return None
    old = {name: _old(state, name) for name in (*VIEW_FIELDS, "sequence")}
    if all(old[name] == getattr(session, name) for name in VIEW_FIELDS):
        return None
    return view_from(old["start"], old["end"], old["all_day"], old["venue_id"], old["title"],
                     old["status"], old["sequence"] or 0)


def note_changes(orm: OrmSession, _context: Any) -> None:
    if orm.info.get(SUPPRESS_KEY):
        return
    notes: Notes | None = orm.info.get(NOTES_KEY)
    for obj in orm.new:
        if isinstance(obj, Registration):
            notes = notes or orm.info.setdefault(NOTES_KEY, Notes())
            notes.registrations.setdefault(obj.id, RegistrationChange(new=True))
        elif isinstance(obj, Session):
            notes = notes or orm.info.setdefault(NOTES_KEY, Notes())
            notes.new_sessions.add(obj.id)
    for obj in orm.dirty:
        if isinstance(obj, Registration) and obj.id not in (notes.registrations if notes else {}):
            change = _registration_change(obj)
            if change is not None:
                notes = notes or orm.info.setdefault(NOTES_KEY, Notes())
                notes.registrations[obj.id] = change
        elif isinstance(obj, Session) and obj.id not in (notes.sessions if notes else {}):
            view = _old_view(obj)
            if view is not None:
                notes = notes or orm.info.setdefault(NOTES_KEY, Notes())
                notes.sessions[obj.id] = view


def record_notes(orm: OrmSession) -> None:
    """Before the commit: flush what is left, then write the outbox rows."""
    if orm.info.get(SUPPRESS_KEY):
        orm.info.pop(NOTES_KEY, None)
        return
    orm.flush()
    notes: Notes | None = orm.info.pop(NOTES_KEY, None)
    if notes:
        record_changes(orm, notes)


def forget_notes(orm: OrmSession, *_args: Any) -> None:
    orm.info.pop(NOTES_KEY, None)


def install_notifications(factory: sessionmaker[OrmSession]) -> None:
    # Marker instead of event.contains(): see planner.audit.install_audit (id() reuse).
    if getattr(factory, "_planner_notify", False):
        return
    event.listen(factory, "after_flush", note_changes)
    event.listen(factory, "before_commit", record_notes)
    event.listen(factory, "after_rollback", forget_notes)
    factory._planner_notify = True  # type: ignore[attr-defined]
