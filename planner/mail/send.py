"""Send outbox items and log every message in `SentMessage`.

Messages are built in one read, then delivered one by one outside any transaction; each
result is committed right after its delivery, so a crash in the middle loses no record of
what already went out. A message that fails after all retries is logged as "failed" and
stays in the outbox.
"""

from __future__ import annotations

import functools
import getpass
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.errors import PlannerError
from planner.mail.eml import EmlTransport
from planner.mail.outbox import PendingItem
from planner.mail.prepare import Prepared, prepare
from planner.mail.settings import SmtpConfig, load_config, load_password
from planner.mail.transport import Delivery, SmtpTransport, Transport
from planner.models import InvitationSent, SentMessage, utcnow
from planner.models.enums import SessionStatus


class Database(Protocol):
    """What sending needs of `planner.storage.database.Database`: transactions. Not imported
    from there, because storage installs the outbox hooks (planner.notify), which send mail
    through this module: the dependency points from storage to mail, not back."""

    def transaction(self) -> AbstractContextManager[OrmSession]: ...
    def reading(self) -> AbstractContextManager[OrmSession]: ...
    def write(self, change: Callable[[OrmSession], Any], *, attempts: int = 3) -> Any: ...


log = logging.getLogger(__name__)

# progress(done, total, text) -> False cancels the rest (it stays in the outbox).
RECORD_ATTEMPTS = 8
SendProgress = Callable[[int, int, str], bool | None]


@dataclass
class Outcome:
    item: PendingItem
    delivery: Delivery
    subject: str = ""


@dataclass
class SendReport:
    outcomes: list[Outcome] = field(default_factory=list)
    cancelled: bool = False

    @property
    def sent(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.delivery.result == "sent"]

    @property
    def written(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.delivery.result == "eml"]

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.delivery.result == "failed"]

    def summary(self) -> str:
        parts = []
        if self.sent:
            parts.append(f"{len(self.sent)} gesendet")
        if self.written:
            parts.append(f"{len(self.written)} als .eml gespeichert")
        if self.failed:
            parts.append(f"{len(self.failed)} fehlgeschlagen")
        text = ", ".join(parts) or "nichts versendet"
        return text + (" (abgebrochen)" if self.cancelled else "")


def current_user() -> str:
    try:
        return getpass.getuser()[:100]
    except Exception:  # noqa: BLE001 - no login name in some service contexts
        return ""


def _record_in(orm: OrmSession, *, prep: Prepared, delivery: Delivery, user: str) -> None:
    record(orm, prep, delivery, user)


def record(orm: OrmSession, prepared: Prepared, delivery: Delivery, user: str) -> SentMessage:
    item = prepared.item
    message = prepared.message
    row = SentMessage(
        at=utcnow(), person_id=item.person_id, address=item.address[:254], kind=item.kind,
        certificate_id=item.certificate_id, session_id=item.session_id,
        version=item.version[:60], subject=prepared.subject[:300],
        message_id=str(message["Message-ID"] or "")[:200] if message is not None else "",
        result=delivery.result, error=delivery.error, attempts=delivery.attempts,
        sender_user=user, file_name=Path(delivery.file_name).name[:300]
        if delivery.file_name else "")
    orm.add(row)
    if delivery.result != "failed" and item.session_id is not None:
        _remember_invitation(orm, item)
    orm.flush()
    return row


def _remember_invitation(orm: OrmSession, item: PendingItem) -> None:
    """Keep the export's InvitationSent in step, so .ics exports know what the trainer has."""
    sequence, _sep, status = item.version.partition(":")
    if item.kind == "cancellation":
        status = SessionStatus.CANCELLED
    row = orm.scalars(select(InvitationSent).where(
        InvitationSent.session_id == item.session_id,
        InvitationSent.person_id == item.person_id)).first()
    if row is None:
        orm.add(InvitationSent(session_id=item.session_id, person_id=item.person_id,
                               sequence=int(sequence), status=status))
    else:
        row.sequence, row.status, row.sent_at = int(sequence), status, utcnow()


def deliver_all(db: Database, items: list[PendingItem], transport: Transport, *,
                progress: SendProgress | None = None,
                config: SmtpConfig | None = None) -> SendReport:
    """Build, deliver and log each item. A MailConfigError from `transport.open()` (no
    STARTTLS, login refused …) is raised before anything is sent or logged."""
    with db.reading() as orm:
        prepared = prepare(orm, items, config)
    user = current_user()
    report = SendReport()
    total = len(prepared)
    transport.open()
    try:
        for done, prep in enumerate(prepared):
            if progress is not None and progress(
                    done, total, f"{prep.item.person_name}: {prep.item.label}") is False:
                report.cancelled = True
                break
            if prep.message is None:
                delivery = Delivery("failed", 0, prep.error)
            else:
                delivery = transport.deliver(prep.message)
            # Gone out is gone out: the record must not be lost to a colliding writer.
            db.write(functools.partial(_record_in, prep=prep, delivery=delivery, user=user),
                     attempts=RECORD_ATTEMPTS)
            report.outcomes.append(Outcome(prep.item, delivery, prep.subject))
        else:
            if progress is not None:
                progress(total, total, "")
    finally:
        transport.close()
    log.info("Versand: %d gesendet, %d als .eml, %d fehlgeschlagen%s", len(report.sent),
             len(report.written), len(report.failed), ", abgebrochen" if report.cancelled else "")
    return report


def smtp_transport(db: Database, *, sleep: Callable[[float], None] | None = None,
                   attempts: int = 3) -> SmtpTransport:
    """The configured SMTP transport with the password from the keyring."""
    with db.reading() as orm:
        config = load_config(orm)
    if not config.configured:
        raise PlannerError("Es ist kein Mailserver eingerichtet. Entweder in den "
                           "Einstellungen unter „E-Mail“ einrichten oder als .eml-Dateien "
                           "speichern.")
    transport = SmtpTransport(config, load_password(config), attempts=attempts)
    if sleep is not None:
        transport.sleep = sleep
    return transport


def send(db: Database, items: list[PendingItem], *, eml_dir: Path | None = None,
         progress: SendProgress | None = None) -> SendReport:
    """Send by SMTP, or write .eml drafts into `eml_dir` when one is given."""
    transport: Transport = EmlTransport(eml_dir) if eml_dir is not None else smtp_transport(db)
    return deliver_all(db, items, transport, progress=progress)


@dataclass
class LogEntry:
    at: datetime
    address: str
    kind: str
    subject: str
    result: str
    attempts: int
    error: str
    person_id: int | None
    certificate_id: int | None
    session_id: int | None
    sender_user: str
    file_name: str


def message_log(orm: OrmSession, limit: int | None = 500) -> list[LogEntry]:
    stmt = select(SentMessage).order_by(SentMessage.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    return [LogEntry(r.at, r.address, r.kind, r.subject, r.result, r.attempts, r.error,
                     r.person_id, r.certificate_id, r.session_id, r.sender_user, r.file_name)
            for r in orm.scalars(stmt)]
