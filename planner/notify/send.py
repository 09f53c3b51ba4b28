"""Send the outbox: every message exactly once.

Per e-mail: one transaction marks the row "being sent" and freezes its text, address and
Message-ID; then the SMTP conversation; then one transaction records the result (sent,
failed, unclear) with the send log (`SentMessage`, which also writes the audit entry).
A crash or a connection lost after the message went to the server leaves the row "being
sent": it is listed as "unklar, bitte prüfen" and never resent on its own. Letters of one
run go into one PDF, written before their rows are marked printed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import make_msgid
from pathlib import Path

from sqlalchemy.orm import Session as OrmSession

from planner.audit import os_user
from planner.errors import PlannerError
from planner.mail.eml import EmlTransport
from planner.mail.send import Database, smtp_transport
from planner.mail.settings import SmtpConfig, load_config
from planner.mail.transport import Delivery, SmtpTransport, Transport, deliver_once
from planner.models import OutboxMessage, OutboxStatus, SentMessage, utcnow
from planner.notify.compose import EMAIL, LETTER, Composed, compose_rows
from planner.notify.queue import open_rows, sending_process, settle
from planner.notify.templates import KIND_LABELS

# progress(done, total, text) -> False cancels the rest (it stays in the outbox).
SendProgress = Callable[[int, int, str], bool | None]

RESULT_STATUS = {"sent": OutboxStatus.SENT, "eml": OutboxStatus.EML,
                 "failed": OutboxStatus.FAILED, "unclear": OutboxStatus.SENDING,
                 "letter": OutboxStatus.LETTER}
RESULT_LABELS = {"sent": "gesendet", "eml": "als .eml-Entwurf gespeichert (noch nicht "
                 "beim Empfänger)", "failed": "fehlgeschlagen",
                 "unclear": "unklar, bitte prüfen", "letter": "als Brief gedruckt",
                 "skipped": "nicht versendet"}


@dataclass
class Result:
    row_id: int
    person_id: int
    recipient: str
    address: str
    kind: str
    subject: str
    result: str  # a key of RESULT_LABELS
    error: str = ""
    attempts: int = 0

    @property
    def label(self) -> str:
        return RESULT_LABELS[self.result]

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass
class SendReport:
    results: list[Result] = field(default_factory=list)
    letters_file: Path | None = None
    obsolete: int = 0
    cancelled: bool = False

    def of(self, result: str) -> list[Result]:
        return [r for r in self.results if r.result == result]

    def summary(self) -> str:
        parts = [f"{len(self.of(key))} {RESULT_LABELS[key]}"
                 for key in ("sent", "eml", "letter", "failed", "unclear", "skipped")
                 if self.of(key)]
        if self.obsolete:
            parts.append(f"{self.obsolete} erledigt (Änderungen heben sich auf)")
        text = ", ".join(parts) or "nichts zu versenden"
        return text + (" (abgebrochen)" if self.cancelled else "")


def _log(orm: OrmSession, row: OutboxMessage, composed: Composed, result: str, error: str,
         attempts: int, user: str, file_name: str = "") -> None:
    orm.add(SentMessage(
        at=utcnow(), person_id=row.person_id, address=composed.address[:254],
        kind=composed.kind[:20], session_id=row.session_id, version=f"outbox:{row.id}",
        subject=composed.subject[:300], message_id=row.message_id[:200],
        result="letter" if result == "letter" else result[:10], error=error,
        attempts=attempts, sender_user=user, file_name=file_name[:300]))


def _prepare(db: Database, ids: list[int] | None, event_id: int | None,
             config: SmtpConfig | None, report: SendReport) -> list[Composed]:
    """Compose what is to go; rows with nothing left to say become obsolete, rows that
    cannot be delivered keep waiting with their reason."""
    with db.transaction() as orm:
        rows = open_rows(orm, event_id=event_id, ids=ids)
        composed = compose_rows(orm, rows, config=config)
        ready: list[Composed] = []
        user = os_user()
        for row, message in zip(rows, composed, strict=True):
            if message.obsolete:
                settle(row, OutboxStatus.OBSOLETE, None, user)
                report.obsolete += 1
            elif message.problem or not message.channel:
                row.error = message.problem
                report.results.append(Result(row.id, row.person_id, message.recipient,
                                             message.address, message.kind, message.subject,
                                             "skipped", message.problem))
            else:
                ready.append(message)
    return ready


def _print_letters(db: Database, letters: list[Composed], target: Path,
                   report: SendReport) -> None:
    from planner.notify.letters import write_letters

    with db.reading() as orm:
        write_letters(orm, letters, target)
    user = os_user()
    with db.transaction() as orm:
        for message in letters:
            row = orm.get(OutboxMessage, message.row_id)
            if row is None or row.status not in OutboxStatus.OPEN:
                continue
            settle(row, OutboxStatus.LETTER, message, user)
            row.attempts += 1
            _log(orm, row, message, "letter", "", 1, user, target.name)
            report.results.append(Result(row.id, row.person_id, message.recipient, "",
                                         message.kind, message.subject, "letter"))
    report.letters_file = target


def _mark_sending(db: Database, message: Composed, config: SmtpConfig | None,
                  user: str) -> tuple[Composed, str] | None:
    """Mark the row "being sent" (committed before any SMTP traffic); None if it is no
    longer open. A row changed since it was composed is composed again."""
    with db.transaction() as orm:
        row = orm.get(OutboxMessage, message.row_id)
        if row is None or row.status not in OutboxStatus.OPEN:
            return None
        if row.revision != message.revision:
            message = compose_rows(orm, [row], config=config)[0]
            if message.obsolete or message.problem or message.channel != EMAIL:
                return None
        if not row.message_id:
            domain = message.sender.domain if message.sender is not None else None
            row.message_id = make_msgid(domain=domain or None)
        settle(row, OutboxStatus.SENDING, message, "")
        row.settled_at = None
        row.sending_at = utcnow()
        row.sending_by = sending_process()
        row.attempts += 1
        row.error = ""
        return message, row.message_id


def _record(db: Database, message: Composed, delivery: Delivery, user: str) -> Result:
    with db.transaction() as orm:
        row = orm.get(OutboxMessage, message.row_id)
        assert row is not None
        status = RESULT_STATUS[delivery.result]
        row.status = status
        row.error = delivery.error
        row.sending_by = ""  # this attempt is over (an "unclear" row is no longer in flight)
        if delivery.result in ("sent", "eml"):
            row.settled_at, row.settled_by = utcnow(), user
        elif delivery.result == "failed":
            row.known_after = None
            if not row.edited:
                row.subject = row.body = ""
        _log(orm, row, message, delivery.result, delivery.error, delivery.attempts, user,
             Path(delivery.file_name).name if delivery.file_name else "")
        return Result(row.id, row.person_id, message.recipient, message.address, message.kind,
                      message.subject, delivery.result, delivery.error, delivery.attempts)


def _deliver(transport: Transport, message: Composed, message_id: str) -> Delivery:
    email = message.email(message_id)
    if isinstance(transport, SmtpTransport):
        return deliver_once(transport, email)
    return transport.deliver(email)


def send_outbox(db: Database, *, ids: list[int] | None = None, event_id: int | None = None,
                transport: Transport | None = None, eml_dir: Path | None = None,
                letters: Path | None = None, progress: SendProgress | None = None,
                config: SmtpConfig | None = None) -> SendReport:
    """Send what waits (all, one event's, or the rows `ids`): e-mails by SMTP (or as .eml
    drafts into `eml_dir`), letters into the PDF `letters`. Without `letters`, letters
    keep waiting. A MailConfigError (login refused …) is raised before anything is marked."""
    report = SendReport()
    ready = _prepare(db, ids, event_id, config, report)
    letter_list = [m for m in ready if m.channel == LETTER]
    emails = [m for m in ready if m.channel == EMAIL]
    if letter_list:
        if letters is None:
            for m in letter_list:
                report.results.append(Result(m.row_id, m.person_id, m.recipient, "", m.kind,
                                             m.subject, "skipped",
                                             "Brief: bitte eine PDF-Datei für die Briefe "
                                             "angeben."))
        else:
            _print_letters(db, letter_list, letters, report)
    if not emails:
        return report
    if transport is None:
        transport = EmlTransport(eml_dir) if eml_dir is not None else smtp_transport(db)
    if config is None:
        with db.reading() as orm:
            config = load_config(orm)
    transport.open()
    user = os_user()
    try:
        for done, message in enumerate(emails):
            if progress is not None and progress(
                    done, len(emails), f"{message.recipient}: {message.subject}") is False:
                report.cancelled = True
                break
            marked = _mark_sending(db, message, config, user)
            if marked is None:
                continue
            current, message_id = marked
            try:
                delivery = _deliver(transport, current, message_id)
            except PlannerError as exc:
                delivery = Delivery("failed", 0, exc.message)
            report.results.append(_record(db, current, delivery, user))
        else:
            if progress is not None:
                progress(len(emails), len(emails), "")
    finally:
        transport.close()
    return report
