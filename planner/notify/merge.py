"""Turn the changes noted in one transaction into outbox rows (Core statements, run right
before the commit).

Each registration concerned gets at most one open booking row: a row that is still
waiting only has its revision raised (it is composed from the latest state anyway), so
several changes before sending become one message. A new row stores what the participant
knew before: the state told by the last message settled for the booking, or else the
booking as it was before this transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, func, insert, or_, select, update
from sqlalchemy.orm import Session as OrmSession

from planner.models import (
    OutboxMessage,
    OutboxStatus,
    OutboxTopic,
    Person,
    Registration,
    RegistrationStatus,
    Session,
    registration_session,
    utcnow,
)
from planner.notify.clock import local_now
from planner.notify.notes import Notes
from planner.notify.state import State, View, empty_state, known_state, view_from

EDIT_REPLACED_NOTE = ("Nach Ihrer Bearbeitung kam eine weitere Änderung hinzu; die Nachricht "
                      "wurde neu zusammengestellt. Bitte erneut prüfen.")

R = Registration.__table__.c
S = Session.__table__.c
OUTBOX: Table = OutboxMessage.__table__  # type: ignore[assignment]
O = OUTBOX.c  # noqa: E741


def _covering(conn: Connection, notes: Notes) -> set[int]:
    """Active registrations that cover a changed session (or a new one of a whole event)."""
    ids: set[int] = set()
    changed = list(notes.sessions)
    if changed:
        events = select(S.event_id).where(S.id.in_(changed))
        chosen = select(registration_session.c.registration_id).where(
            registration_session.c.session_id.in_(changed))
        ids |= set(conn.execute(select(R.id).where(
            R.status == RegistrationStatus.REGISTERED,
            or_(R.id.in_(chosen), (R.whole_event.is_(True)) & R.event_id.in_(events)))
        ).scalars())
    if notes.new_sessions:
        events = select(S.event_id).where(S.id.in_(list(notes.new_sessions)))
        ids |= set(conn.execute(select(R.id).where(
            R.status == RegistrationStatus.REGISTERED, R.whole_event.is_(True),
            R.event_id.in_(events))).scalars())
    return ids


def _chunks(values: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _settled_states(conn: Connection, reg_ids: list[int]) -> dict[int, State]:
    """The state told by the newest settled booking row of each registration."""
    found: dict[int, State] = {}
    for chunk in _chunks(reg_ids):
        rows = conn.execute(
            select(O.registration_id, O.known_after)
            .where(O.registration_id.in_(chunk), O.topic == OutboxTopic.BOOKING,
                   O.status.in_(OutboxStatus.SETTLED), O.known_after.is_not(None))
            .order_by(O.id))
        for reg_id, known in rows:
            found[reg_id] = known
    return found


def _views(conn: Connection, session_ids: set[int], notes: Notes) -> dict[int, View]:
    views: dict[int, View] = {}
    ids = sorted(session_ids)
    for chunk in _chunks(ids):
        for row in conn.execute(select(S.id, S.start, S.end, S.all_day, S.venue_id, S.title,
                                       S.status, S.sequence).where(S.id.in_(chunk))):
            views[row.id] = notes.sessions.get(row.id) or view_from(
                row.start, row.end, row.all_day, row.venue_id, row.title, row.status,
                row.sequence)
    return views


def _states_before(conn: Connection, regs: list[Any], notes: Notes) -> dict[int, State]:
    """The booking before this transaction, for registrations nothing was ever sent about."""
    whole_events = {r.event_id for r in regs}
    event_sessions: dict[int, list[int]] = {}
    for chunk in _chunks(sorted(whole_events)):
        for sid, eid in conn.execute(select(S.id, S.event_id).where(S.event_id.in_(chunk))):
            if sid not in notes.new_sessions:
                event_sessions.setdefault(eid, []).append(sid)
    chosen: dict[int, list[int]] = {}
    for chunk in _chunks([r.id for r in regs]):
        for reg_id, sid in conn.execute(
                select(registration_session.c.registration_id,
                       registration_session.c.session_id)
                .where(registration_session.c.registration_id.in_(chunk))):
            chosen.setdefault(reg_id, []).append(sid)
    booked: dict[int, list[int]] = {}
    for reg in regs:
        change = notes.registrations.get(reg.id)
        whole = reg.whole_event if change is None or change.old_whole is None \
            else change.old_whole
        if whole:
            booked[reg.id] = event_sessions.get(reg.event_id, [])
        elif change is not None and change.old_session_ids is not None:
            booked[reg.id] = change.old_session_ids
        else:
            booked[reg.id] = chosen.get(reg.id, [])
    views = _views(conn, {sid for ids in booked.values() for sid in ids}, notes)
    states: dict[int, State] = {}
    for reg in regs:
        change = notes.registrations.get(reg.id)
        if change is not None and change.new:
            states[reg.id] = empty_state()
            continue
        status = reg.status if change is None else change.old_status
        states[reg.id] = known_state(status, {sid: views[sid] for sid in booked[reg.id]
                                              if sid in views})
    return states


def record_changes(orm: OrmSession, notes: Notes, now: datetime | None = None) -> int:
    """Create or merge the booking rows for everything noted; returns the rows touched."""
    conn = orm.connection()
    reg_ids = set(notes.registrations) | _covering(conn, notes)
    if not reg_ids:
        return 0
    now = now or local_now()
    P = Person.__table__.c
    regs = []
    for chunk in _chunks(sorted(reg_ids)):
        regs += list(conn.execute(
            select(R.id, R.person_id, R.event_id, R.status, R.whole_event)
            .join(Person.__table__, P.id == R.person_id)
            .where(R.id.in_(chunk), P.anonymised_on.is_(None))))
    # Nothing to say about events that are over (history recorded afterwards, walk-ins).
    event_ids = sorted({r.event_id for r in regs})
    ends: dict[int, datetime] = {eid: end for eid, end in conn.execute(
        select(S.event_id, func.max(S.end)).where(S.event_id.in_(event_ids))
        .group_by(S.event_id))}
    regs = [r for r in regs if ends.get(r.event_id) is not None and ends[r.event_id] > now]
    if not regs:
        return 0
    ids = [r.id for r in regs]
    open_rows: dict[int, Any] = {}
    for chunk in _chunks(ids):
        for row in conn.execute(select(O.id, O.registration_id, O.edited).where(
                O.registration_id.in_(chunk), O.topic == OutboxTopic.BOOKING,
                O.status.in_(OutboxStatus.OPEN))):
            open_rows[row.registration_id] = row
    stamp = utcnow()
    if open_rows:
        conn.execute(update(OUTBOX)
                     .where(O.id.in_([r.id for r in open_rows.values()]))
                     .values(revision=O.revision + 1, updated_at=stamp))
        edited = [r.id for r in open_rows.values() if r.edited]
        if edited:
            conn.execute(update(OUTBOX).where(O.id.in_(edited))
                         .values(edited=False, subject="", body="", edited_by="",
                                 note=EDIT_REPLACED_NOTE))
    fresh = [r for r in regs if r.id not in open_rows]
    if fresh:
        settled = _settled_states(conn, [r.id for r in fresh])
        unknown = [r for r in fresh if r.id not in settled]
        before = settled | (_states_before(conn, unknown, notes) if unknown else {})
        conn.execute(insert(OUTBOX), [
            {"person_id": r.person_id, "event_id": r.event_id, "registration_id": r.id,
             "session_id": None, "topic": OutboxTopic.BOOKING, "status": OutboxStatus.PENDING,
             "kind": "", "revision": 1, "before": before[r.id], "known_after": None,
             "subject": "", "body": "", "edited": False, "edited_by": "", "note": "",
             "channel": "", "address": "", "message_id": "", "error": "", "attempts": 0,
             "created_at": stamp, "updated_at": stamp, "settled_by": ""}
            for r in fresh])
    return len(regs)
