"""The outbox as staff see it: what is waiting (grouped by event), what is unclear, one
message in full, and what staff may do before sending: edit, discard, resolve."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.audit import os_user, record
from planner.errors import ValidationError
from planner.mail.templates import one_line
from planner.models import Event, OutboxMessage, OutboxStatus, Person, utcnow
from planner.notify.compose import Composed, compose_rows
from planner.notify.templates import KIND_LABELS
from planner.translatable import QT_TRANSLATE_NOOP
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome

STATUS_LABELS = {
    OutboxStatus.PENDING: QT_TRANSLATE_NOOP("outboxStatus", "wartet"),
    OutboxStatus.FAILED: QT_TRANSLATE_NOOP("outboxStatus", "fehlgeschlagen"),
    OutboxStatus.SENDING: QT_TRANSLATE_NOOP("outboxStatus", "unklar, bitte prüfen"),
    OutboxStatus.SENT: QT_TRANSLATE_NOOP("outboxStatus", "gesendet"),
    OutboxStatus.EML: QT_TRANSLATE_NOOP("outboxStatus", "als .eml gespeichert"),
    OutboxStatus.LETTER: QT_TRANSLATE_NOOP("outboxStatus", "als Brief gedruckt"),
    OutboxStatus.DISCARDED: QT_TRANSLATE_NOOP("outboxStatus", "verworfen"),
    OutboxStatus.OBSOLETE: QT_TRANSLATE_NOOP(
        "outboxStatus", "erledigt (Änderungen heben sich auf)"),
}
IN_FLIGHT_LABEL = QT_TRANSLATE_NOOP("outboxStatus", "wird gerade gesendet")
# A send on another workstation is taken to be alive this long after it marked a row.
SENDING_GRACE = timedelta(minutes=3)


def sending_process() -> str:
    """Who marks rows "being sent": user, workstation and process."""
    return f"{os_user()}@{socket.gethostname()}/{os.getpid()}"[:200]


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but belongs to someone else
        return True
    return True


def in_flight(row: OutboxMessage, now: datetime | None = None) -> bool:
    """A row "being sent" whose sending process still runs; otherwise it is unclear."""
    if row.status != OutboxStatus.SENDING or not row.sending_by:
        return False  # the attempt ended without an answer from the server: unclear
    who, _sep, pid = row.sending_by.rpartition("/")
    host = who.rpartition("@")[2]
    if host == socket.gethostname() and os.name == "posix" and pid.isdigit():
        return _pid_alive(int(pid))
    started = row.sending_at
    return started is not None and (now or utcnow()) - started < SENDING_GRACE


@dataclass
class Entry:
    """One line of the Postausgang."""

    id: int
    status: str
    status_label: str
    kind: str
    kind_label: str
    person_id: int
    person_name: str
    event_id: int
    event_title: str
    channel: str
    address: str
    subject: str
    problem: str
    note: str
    error: str
    edited: bool
    updated_at: datetime

    @property
    def unclear(self) -> bool:
        return self.status == OutboxStatus.SENDING and self.status_label != IN_FLIGHT_LABEL


def open_rows(orm: OrmSession, *, event_id: int | None = None,
              ids: list[int] | None = None) -> list[OutboxMessage]:
    stmt = (select(OutboxMessage).where(OutboxMessage.status.in_(OutboxStatus.OPEN))
            .order_by(OutboxMessage.event_id, OutboxMessage.id))
    if event_id is not None:
        stmt = stmt.where(OutboxMessage.event_id == event_id)
    if ids is not None:
        stmt = stmt.where(OutboxMessage.id.in_(ids))
    return list(orm.scalars(stmt))


def sending_rows(orm: OrmSession) -> list[OutboxMessage]:
    """Rows "being sent": in flight, or left by a send that never finished (crash, lost
    connection) and therefore unclear."""
    return list(orm.scalars(select(OutboxMessage).where(
        OutboxMessage.status == OutboxStatus.SENDING).order_by(OutboxMessage.id)))


def unclear_rows(orm: OrmSession, now: datetime | None = None) -> list[OutboxMessage]:
    return [r for r in sending_rows(orm) if not in_flight(r, now)]


def _names(orm: OrmSession, rows: list[OutboxMessage]) -> tuple[dict[int, str], dict[int, str]]:
    persons = {pid: f"{last}, {first}" for pid, last, first in orm.execute(
        select(Person.id, Person.last_name, Person.first_name)
        .where(Person.id.in_({r.person_id for r in rows})))}
    events = {eid: title for eid, title in orm.execute(
        select(Event.id, Event.title).where(Event.id.in_({r.event_id for r in rows})))}
    return persons, events


def _entry(row: OutboxMessage, composed: Composed | None, persons: dict[int, str],
           events: dict[int, str]) -> Entry:
    kind = composed.kind if composed is not None else row.kind
    label = IN_FLIGHT_LABEL if in_flight(row) else STATUS_LABELS.get(row.status, row.status)
    return Entry(
        row.id, row.status, label, kind,
        KIND_LABELS.get(kind, kind), row.person_id, persons.get(row.person_id, ""),
        row.event_id, events.get(row.event_id, ""),
        composed.channel if composed is not None else row.channel,
        composed.address if composed is not None else row.address,
        composed.subject if composed is not None else row.subject,
        composed.problem if composed is not None else "",
        row.note, row.error, row.edited, row.updated_at)


def waiting(orm: OrmSession, *, event_id: int | None = None) -> list[Entry]:
    """What waits to be sent, composed as it would go out now (obsolete rows left out),
    followed by the unclear ones."""
    rows = open_rows(orm, event_id=event_id)
    unclear = [r for r in sending_rows(orm) if event_id is None or r.event_id == event_id]
    persons, events = _names(orm, rows + unclear)
    composed = compose_rows(orm, rows, calendars=False)
    entries = [_entry(r, c, persons, events) for r, c in zip(rows, composed, strict=True)
               if not c.obsolete]
    return entries + [_entry(r, None, persons, events) for r in unclear]


def history(orm: OrmSession, *, limit: int = 200, event_id: int | None = None) -> list[Entry]:
    stmt = (select(OutboxMessage).where(OutboxMessage.status.in_(OutboxStatus.DONE))
            .order_by(OutboxMessage.settled_at.desc(), OutboxMessage.id.desc()).limit(limit))
    if event_id is not None:
        stmt = stmt.where(OutboxMessage.event_id == event_id)
    rows = list(orm.scalars(stmt))
    persons, events = _names(orm, rows)
    return [_entry(r, None, persons, events) for r in rows]


def show(orm: OrmSession, row_id: int) -> tuple[OutboxMessage, Composed | None]:
    """The row and, while it waits, the message exactly as it would be sent now."""
    row = get(orm, OutboxMessage, row_id)
    if row.status not in OutboxStatus.OPEN:
        return row, None
    return row, compose_rows(orm, [row])[0]


def _open(orm: OrmSession, row_id: int) -> OutboxMessage:
    row = get(orm, OutboxMessage, row_id)
    if row.status == OutboxStatus.SENDING:
        raise ValidationError(f"Nachricht {row_id} ist unklar (Versand unterbrochen); bitte "
                              "zuerst klären, ob sie angekommen ist.")
    if row.status not in OutboxStatus.OPEN:
        raise ValidationError(f"Nachricht {row_id} ist bereits "
                              f"{STATUS_LABELS.get(row.status, row.status)}.")
    return row


def edit_message(orm: OrmSession, row_id: int, subject: str, body: str) -> Outcome[int]:
    """Staff's own wording for one waiting message (the calendar part stays generated)."""
    row = _open(orm, row_id)
    subject = one_line(subject)
    if not subject or not body.strip():
        raise ValidationError("Betreff und Text der Nachricht dürfen nicht leer sein.")
    if len(subject) > 300 or len(body) > 20000:
        raise ValidationError("Betreff oder Text ist zu lang.")
    row.subject, row.body = subject, body.replace("\r\n", "\n")
    row.edited, row.edited_by, row.note = True, os_user(), ""
    row.revision += 1
    row.updated_at = utcnow()
    orm.flush()
    return Outcome(row.id, [], {Change.OUTBOX})


def revert_edit(orm: OrmSession, row_id: int) -> Outcome[int]:
    row = _open(orm, row_id)
    row.subject = row.body = ""
    row.edited, row.edited_by = False, ""
    row.revision += 1
    orm.flush()
    return Outcome(row.id, [], {Change.OUTBOX})


def settle(row: OutboxMessage, status: str, composed: Composed | None, user: str) -> None:
    """Freeze what the row said and what the participant now knows."""
    row.status = status
    row.settled_at = utcnow()
    row.settled_by = user[:100]
    if composed is not None:
        row.kind = composed.kind or row.kind
        row.known_after = composed.known_after
        row.subject, row.body = composed.subject, composed.body
        row.channel, row.address = composed.channel, composed.address


def discard(orm: OrmSession, row_ids: list[int], reason: str = "") -> Outcome[int]:
    """Staff decided these messages are not to be sent; the booking counts as told."""
    rows = [_open(orm, rid) for rid in dict.fromkeys(row_ids)]
    composed = compose_rows(orm, rows, calendars=False)
    user = os_user()
    for row, message in zip(rows, composed, strict=True):
        settle(row, OutboxStatus.DISCARDED, message, user)
        row.note = one_line(reason)[:500]
        record(orm, "discard", "person", row.person_id,
               f"Nachricht {row.id} ({KIND_LABELS.get(message.kind, message.kind)}) "
               "verworfen" + (f": {row.note}" if row.note else ""))
    orm.flush()
    return Outcome(len(rows), [], {Change.OUTBOX})


def resolve_unclear(orm: OrmSession, row_id: int, *, arrived: bool) -> Outcome[int]:
    """After checking with the recipient (or the mail server's log): mark an unclear message
    as arrived, or put it back to be sent again (with the same Message-ID)."""
    row = get(orm, OutboxMessage, row_id)
    if row.status != OutboxStatus.SENDING:
        raise ValidationError(f"Nachricht {row_id} ist nicht unklar.")
    if in_flight(row):
        raise ValidationError(f"Nachricht {row_id} wird gerade gesendet ({row.sending_by}); "
                              "bitte das Ende des Versands abwarten.")
    user = os_user()
    if arrived:
        row.status, row.settled_at, row.settled_by = OutboxStatus.SENT, utcnow(), user
        row.note = "Von Hand als angekommen bestätigt."
        record(orm, "send", "person", row.person_id,
               f"Nachricht {row.id} von Hand als angekommen bestätigt")
    else:
        row.status = OutboxStatus.PENDING
        row.known_after = None
        row.revision += 1
        if not row.edited:
            row.subject = row.body = ""
        row.note = "Nicht angekommen; wird beim nächsten Senden erneut verschickt."
    row.updated_at = utcnow()
    orm.flush()
    return Outcome(row.id, [], {Change.OUTBOX})


def tidy(orm: OrmSession) -> Outcome[int]:
    """Mark waiting rows whose changes cancelled each other out as settled (nothing left to
    say), so counts and lists agree; returns how many."""
    rows = open_rows(orm)
    composed = compose_rows(orm, rows, calendars=False)
    user = os_user()
    obsolete = [row for row, message in zip(rows, composed, strict=True) if message.obsolete]
    for row in obsolete:
        settle(row, OutboxStatus.OBSOLETE, None, user)
    orm.flush()
    return Outcome(len(obsolete), [], {Change.OUTBOX} if obsolete else set())
