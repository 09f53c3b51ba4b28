"""Deleting an event planned by mistake; events with history are cancelled instead."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.errors import ValidationError
from planner.models import Attendance, Certificate, Event, FeedbackResponse, Session
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome
from planner.wording import count


def delete_event(orm: OrmSession, event_id: int) -> Outcome[None]:
    """Delete an event with its sessions and registrations.

    Refused when anyone's attendance was recorded, a certificate was issued or feedback was
    entered: those are records for the funder, so such an event's sessions are cancelled instead.
    """
    from planner.audit import record

    event = get(orm, Event, event_id)
    session_ids = select(Session.id).where(Session.event_id == event_id)
    attended = orm.scalar(select(func.count()).select_from(Attendance)
                          .where(Attendance.session_id.in_(session_ids)))
    certified = orm.scalar(select(func.count()).select_from(Certificate)
                           .where(Certificate.event_id == event_id))
    evaluated = orm.scalar(select(func.count()).select_from(FeedbackResponse)
                           .where(FeedbackResponse.event_id == event_id))
    if attended or certified or evaluated:
        raise ValidationError(
            f"„{event.title}“ hat bereits Anwesenheiten, Bescheinigungen oder Rückmeldungen "
            "und kann nicht gelöscht werden. Bitte stattdessen die Termine absagen."
        )
    title, n_sessions = event.title, len(event.sessions)
    orm.delete(event)
    orm.flush()
    record(orm, "event_delete", "event", event_id,
           f"{title} ({count(n_sessions, 'Termin', 'Termine')})")
    return Outcome(None, [], {Change.EVENTS, Change.SESSIONS, Change.REGISTRATIONS})
