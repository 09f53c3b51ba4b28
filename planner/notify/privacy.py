"""The outbox under data protection: an anonymised person gets nothing more, and no message
text (which names them) stays behind. An erased person's rows go with the person (CASCADE)."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session as OrmSession

from planner.models import OutboxMessage, OutboxStatus, utcnow

FORGOTTEN_NOTE = "Person anonymisiert: nicht gesendet."


def forget_person(orm: OrmSession, person_id: int) -> int:
    """Discard the person's waiting messages and empty the text of all their messages;
    returns how many were still waiting."""
    waiting = orm.scalar(select(func.count()).select_from(OutboxMessage).where(
        OutboxMessage.person_id == person_id,
        OutboxMessage.status.in_((*OutboxStatus.OPEN, OutboxStatus.SENDING)))) or 0
    orm.execute(
        update(OutboxMessage)
        .where(OutboxMessage.person_id == person_id,
               OutboxMessage.status.in_((*OutboxStatus.OPEN, OutboxStatus.SENDING)))
        .values(status=OutboxStatus.DISCARDED, settled_at=utcnow(), note=FORGOTTEN_NOTE),
        execution_options={"synchronize_session": False})
    orm.execute(update(OutboxMessage).where(OutboxMessage.person_id == person_id)
                .values(subject="", body="", address="", edited_by="", error="",
                        before={}, known_after=None),
                execution_options={"synchronize_session": False})
    return int(waiting)
