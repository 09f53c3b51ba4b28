"""Reminders before a session: due for every active booking of a session that starts within
its event's reminder window (days per event, else the setting, default 7) and for which no
reminder exists yet. Staff create them with one click (or `outbox remind`); they then wait
in the outbox like every other message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session as OrmSession

from planner.errors import ValidationError
from planner.models import (
    Event,
    OutboxMessage,
    OutboxStatus,
    OutboxTopic,
    Person,
    Registration,
    RegistrationStatus,
    Session,
    SessionStatus,
    registration_session,
    utcnow,
)
from planner.notify.clock import local_now
from planner.settings import REMINDER_DAYS
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome

MAX_DAYS = 60


@dataclass(frozen=True)
class DueReminder:
    session_id: int
    registration_id: int
    person_id: int
    event_id: int
    start: datetime


def default_days(orm: OrmSession) -> int:
    return REMINDER_DAYS.get(orm)


def _check_days(days: object) -> int:
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_DAYS:
        raise ValidationError(f"Die Erinnerung muss 0 bis {MAX_DAYS} Tage vor dem Termin "
                              "liegen (0: keine Erinnerung).")
    return days


def set_default_days(orm: OrmSession, days: int) -> Outcome[int]:
    REMINDER_DAYS.set(orm, _check_days(days))
    return Outcome(days, [], {Change.SETTINGS})


def set_event_days(orm: OrmSession, event_id: int, days: int | None) -> Outcome[int | None]:
    """Days before each session of this event (None: the default, 0: no reminders)."""
    event = get(orm, Event, event_id)
    event.reminder_days = None if days is None else _check_days(days)
    orm.flush()
    return Outcome(event.reminder_days, [], {Change.EVENTS})


def due_reminders(orm: OrmSession, *, now: datetime | None = None,
                  event_id: int | None = None) -> list[DueReminder]:
    now = now or local_now()
    default = default_days(orm)
    longest = max(default, orm.scalar(select(func.max(Event.reminder_days))) or 0)
    if longest <= 0:
        return []
    stmt = (select(Session.id, Session.event_id, Session.start, Event.reminder_days)
            .join(Event, Event.id == Session.event_id)
            .where(Session.status == SessionStatus.PLANNED, Session.start > now,
                   Session.start <= now + timedelta(days=longest)))
    if event_id is not None:
        stmt = stmt.where(Session.event_id == event_id)
    sessions = []
    for sid, eid, start, days in orm.execute(stmt):
        window = default if days is None else days
        if window > 0 and start <= now + timedelta(days=window):
            sessions.append((sid, eid, start))
    if not sessions:
        return []
    ids = [s[0] for s in sessions]
    done = set(orm.execute(select(OutboxMessage.registration_id, OutboxMessage.session_id)
                           .where(OutboxMessage.topic == OutboxTopic.REMINDER,
                                  OutboxMessage.session_id.in_(ids))).tuples())
    due: list[DueReminder] = []
    for sid, eid, start in sessions:
        chosen = select(registration_session.c.registration_id).where(
            registration_session.c.session_id == sid)
        regs = orm.execute(
            select(Registration.id, Registration.person_id)
            .join(Person, Person.id == Registration.person_id)
            .where(Registration.event_id == eid,
                   Registration.status == RegistrationStatus.REGISTERED,
                   Person.anonymised_on.is_(None),
                   or_(Registration.whole_event.is_(True), Registration.id.in_(chosen)))
            .order_by(Registration.id))
        for reg_id, person_id in regs:
            if (reg_id, sid) not in done:
                due.append(DueReminder(sid, reg_id, person_id, eid, start))
    return due


def create_reminders(orm: OrmSession, *, now: datetime | None = None,
                     event_id: int | None = None) -> Outcome[int]:
    """Put every due reminder into the outbox (to be reviewed and sent by staff)."""
    due = due_reminders(orm, now=now, event_id=event_id)
    if due:
        stamp = utcnow()
        orm.execute(insert(OutboxMessage), [
            {"person_id": d.person_id, "event_id": d.event_id, "registration_id":
             d.registration_id, "session_id": d.session_id, "topic": OutboxTopic.REMINDER,
             "status": OutboxStatus.PENDING, "kind": "reminder", "before": {},
             "created_at": stamp, "updated_at": stamp} for d in due])
    return Outcome(len(due), [], {Change.OUTBOX} if due else set())
