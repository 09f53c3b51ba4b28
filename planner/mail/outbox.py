"""What is waiting to be sent: certificates issued (or reissued) since they were last sent,
and trainer invitations whose SEQUENCE or status differ from what the trainer last got.

The truth is the `SentMessage` log: an item counts as handed over once a row with result
"sent" or "eml" (a ready-to-send draft was written) records its current version. A draft is
not a delivery: the outbox counts those items separately (`drafted`), so nobody is told that
a message reached its recipient when only a file was written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import joinedload

from planner.exports.ical_events import load_sessions, taught_session_ids
from planner.models import Certificate, Person, SentMessage, Session, SessionTrainer
from planner.models.enums import SessionStatus

DELIVERED = ("sent", "eml")


@dataclass(frozen=True)
class PendingItem:
    kind: str  # "certificate", "invitation" or "cancellation"
    person_id: int
    person_name: str
    address: str
    version: str
    label: str
    certificate_id: int | None = None
    session_id: int | None = None
    event_id: int | None = None

    @property
    def key(self) -> str:
        target = self.certificate_id if self.kind == "certificate" else self.session_id
        return f"{self.kind}:{target}:{self.person_id}"

    @property
    def method(self) -> str:
        return "CANCEL" if self.kind == "cancellation" else "REQUEST"


@dataclass
class Outbox:
    items: list[PendingItem]
    # German notes on what cannot be sent (no address, cancelled but never invited …).
    problems: list[str]
    # Items whose current version was only written as an .eml draft (sending not confirmed).
    drafted: int = 0

    def nothing_to_send(self) -> str:
        """The German sentence for an empty outbox: honest about drafts."""
        if not self.drafted:
            return "Es gibt nichts zu versenden: alles ist in der aktuellen Fassung verschickt."
        return (f"Es gibt nichts Neues zu versenden. {self.drafted} Nachricht(en) wurden nur als "
                ".eml-Entwurf gespeichert; ob sie verschickt wurden, weiß das Programm nicht – "
                "bitte im Mailprogramm prüfen (Postausgang/Gesendet).")


def certificate_version(cert: Certificate) -> str:
    return f"{cert.updated_at:%Y-%m-%dT%H:%M:%S.%f}"


def invitation_version(session: Session, cancelled: bool) -> str:
    status = SessionStatus.CANCELLED if cancelled else session.status
    return f"{session.sequence}:{status}"


Handed = dict[tuple[int | None, int | None], tuple[str, str, str]]


def _delivered(orm: OrmSession, kinds: tuple[str, ...]) -> Handed:
    """(certificate_id or session_id, person_id) -> (kind, version, result) of the last
    hand-over; a draft of a version already sent does not replace the sending."""
    rows = orm.execute(
        select(SentMessage.kind, SentMessage.certificate_id, SentMessage.session_id,
               SentMessage.person_id, SentMessage.version, SentMessage.result)
        .where(SentMessage.kind.in_(kinds), SentMessage.result.in_(DELIVERED))
        .order_by(SentMessage.id))
    last: Handed = {}
    for kind, cert_id, session_id, person_id, version, result in rows:
        target = cert_id if kind == "certificate" else session_id
        before = last.get((target, person_id))
        if before is not None and before[1] == version and before[2] == "sent":
            continue
        last[(target, person_id)] = (kind, version, result)
    return last


def pending_certificates(orm: OrmSession, event_id: int | None = None) -> Outbox:
    stmt = (select(Certificate).options(joinedload(Certificate.person),
                                        joinedload(Certificate.event))
            .order_by(Certificate.event_id, Certificate.serial))
    if event_id is not None:
        stmt = stmt.where(Certificate.event_id == event_id)
    sent = _delivered(orm, ("certificate",))
    items: list[PendingItem] = []
    problems: list[str] = []
    drafted = 0
    for cert in orm.scalars(stmt).unique():
        version = certificate_version(cert)
        _kind, last_version, result = sent.get((cert.id, cert.person_id), ("", "", ""))
        if last_version == version:
            drafted += result == "eml"
            continue
        person = cert.person
        if not person.email:
            problems.append(f"{person.full_name}: keine E-Mail-Adresse für die Bescheinigung "
                            f"{cert.serial}")
            continue
        items.append(PendingItem(
            "certificate", person.id, person.full_name, person.email, version,
            f"Bescheinigung {cert.serial} – {cert.event.title}",
            certificate_id=cert.id, event_id=cert.event_id))
    return Outbox(items, problems, drafted)


def _trainer_ids(orm: OrmSession) -> list[int]:
    from planner.models import AgendaItem
    from planner.models.events import agenda_speaker

    ids = set(orm.scalars(select(SessionTrainer.person_id)))
    ids |= set(orm.scalars(select(agenda_speaker.c.person_id)
                           .join(AgendaItem, AgendaItem.id == agenda_speaker.c.agenda_item_id)))
    return sorted(ids)


def pending_invitations(orm: OrmSession, person_id: int | None = None, *,
                        include_past: bool = False, now: datetime | None = None) -> Outbox:
    """Invitations (REQUEST) and cancellations (CANCEL) not yet delivered in this version.

    A trainer taken off a session they were invited to gets a cancellation; a session that
    was cancelled before anyone was invited is only noted. Past sessions are left out unless
    `include_past`.
    """
    from planner.timezones import BERLIN

    cutoff = None if include_past else (now or datetime.now(BERLIN).replace(tzinfo=None))
    sent = _delivered(orm, ("invitation", "cancellation"))
    person_ids = [person_id] if person_id is not None else _trainer_ids(orm)
    items: list[PendingItem] = []
    problems: list[str] = []
    drafted = 0
    for pid in person_ids:
        person = orm.get(Person, pid)
        if person is None:
            continue
        taught = load_sessions(orm, Session.id.in_(taught_session_ids(orm, pid)))
        taught_ids = {s.id for s in taught}
        dropped_ids = [sid for (sid, p), (kind, _v, _r) in sent.items()
                       if p == pid and sid not in taught_ids and kind == "invitation"]
        dropped = load_sessions(orm, Session.id.in_(dropped_ids)) if dropped_ids else []
        plan = [(s, s.is_cancelled) for s in taught] + [(s, True) for s in dropped]
        plan.sort(key=lambda pair: (pair[0].start, pair[0].id))
        for session, cancel in plan:
            if cutoff is not None and session.end < cutoff:
                continue
            version = invitation_version(session, cancel)
            last = sent.get((session.id, pid))
            if last is not None and last[1] == version:
                drafted += last[2] == "eml"
                continue
            when = f"{session.start:%d.%m.%Y}"
            what = f"{session.event.title} – {session.title} ({when})"
            if cancel and last is None:
                problems.append(f"{person.full_name}: {what} ist abgesagt, die Person war "
                                "aber nie eingeladen")
                continue
            if not person.email:
                problems.append(f"{person.full_name}: keine E-Mail-Adresse für {what}")
                continue
            kind = "cancellation" if cancel else "invitation"
            label = f"{'Absage' if cancel else 'Einladung'}: {what}"
            items.append(PendingItem(kind, pid, person.full_name, person.email, version,
                                     label, session_id=session.id,
                                     event_id=session.event_id))
    return Outbox(items, problems, drafted)


def pending(orm: OrmSession, *, event_id: int | None = None,
            trainer_id: int | None = None) -> Outbox:
    """Everything waiting: certificates (of one event) and invitations (of one trainer)."""
    certs = pending_certificates(orm, event_id)
    invs = pending_invitations(orm, trainer_id)
    return Outbox(certs.items + invs.items, certs.problems + invs.problems,
                  certs.drafted + invs.drafted)
