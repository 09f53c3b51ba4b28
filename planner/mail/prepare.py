"""Turn outbox items into ready messages: template filled, certificate PDF rendered from
the stored certificate content, invitation or cancellation as an iMIP calendar object.

The result holds no ORM objects, so sending can happen outside any database transaction.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy.orm import Session as OrmSession

from planner.errors import PlannerError
from planner.files import safe_file_stem
from planner.mail.compose import Calendar, address, build_message, pdf_attachment
from planner.mail.outbox import PendingItem
from planner.mail.settings import SmtpConfig, load_config
from planner.mail.templates import get_template
from planner.models import Certificate, Event, Office, Person, Session


@dataclass
class Prepared:
    item: PendingItem
    message: EmailMessage | None
    error: str = ""

    @property
    def subject(self) -> str:
        return str(self.message["Subject"]) if self.message is not None else ""


def _date_span(event: Event) -> str:
    first, last = event.first_start, event.last_end
    if first is None:
        return ""
    if last is None or last.date() == first.date():
        return f"{first:%d.%m.%Y}"
    return f"{first:%d.%m.%Y} – {last:%d.%m.%Y}"


def _hours(session: Session) -> str:
    return "ganztägig" if session.all_day else f"{session.start:%H:%M}–{session.end:%H:%M} Uhr"


def base_values(person: Person, office: Office, config: SmtpConfig) -> dict[str, str]:
    name = " ".join(p for p in (person.title, person.first_name, person.last_name) if p)
    sender = config.sender_name or office.name
    signature = sender if sender == office.name else f"{sender}\n{office.name}"
    return {
        "anrede": f"Guten Tag {name}",
        "vorname": person.first_name,
        "nachname": person.last_name,
        "standort": office.name,
        "absender": sender,
        "signatur": signature,
    }


def sender_of(office: Office, config: SmtpConfig) -> tuple[Address, Address | None]:
    """From (the configured account, else the office) and Reply-To (the office)."""
    if config.sender:
        sender = address(config.sender_name or office.name, config.sender)
        reply = (address(office.name, office.email)
                 if office.email and office.email.lower() != config.sender.lower() else None)
        return sender, reply
    if not office.email:
        raise PlannerError(f"Weder ein Absender in den E-Mail-Einstellungen noch eine "
                           f"E-Mail-Adresse für {office.name} ist hinterlegt.")
    return address(office.name, office.email), None


def _certificate_pdf(cert: Certificate) -> bytes:
    from planner.certificates.content import render_data
    from planner.certificates.render import write_single
    from planner.certificates.verification import qr_payload

    with tempfile.TemporaryDirectory(prefix="transferplaner-mail-") as tmp:
        path = Path(tmp) / "certificate.pdf"
        data = render_data(cert.content, code=cert.verification_code,
                           qr=qr_payload(cert.serial, cert.verification_code),
                           office=cert.event.office, path=path)
        write_single(data)
        return path.read_bytes()


def _certificate(orm: OrmSession, item: PendingItem, config: SmtpConfig) -> EmailMessage:
    cert = orm.get(Certificate, item.certificate_id)
    if cert is None:
        raise PlannerError(f"Die Bescheinigung {item.certificate_id} gibt es nicht mehr.")
    person, event = cert.person, cert.event
    values = base_values(person, event.office, config)
    first = event.sessions[0] if event.sessions else None
    values |= {"veranstaltung": event.title, "datum": _date_span(event), "nummer": cert.serial,
               "termin": cert.session.title if cert.session else "",
               "ort": first.venue.full_address() if first and first.venue else ""}
    subject, body = get_template(orm, "certificate").render(values)
    stem = safe_file_stem(f"Teilnahmebescheinigung_{person.last_name}_{cert.serial}", 100)
    sender, reply = sender_of(event.office, config)
    return build_message(sender, address(person.full_name, item.address), subject, body,
                         attachments=[pdf_attachment(f"{stem}.pdf", _certificate_pdf(cert))],
                         reply_to=reply)


def _invitation(orm: OrmSession, item: PendingItem, config: SmtpConfig) -> EmailMessage:
    from planner.exports.ical_events import load_sessions
    from planner.exports.ical_invitations import build_invitation

    found = load_sessions(orm, Session.id == item.session_id)
    person = orm.get(Person, item.person_id)
    if not found or person is None:
        raise PlannerError("Der Termin oder die Person gibt es nicht mehr.")
    session = found[0]
    event = session.event
    values = base_values(person, event.office, config)
    values |= {"veranstaltung": event.title, "termin": session.title,
               "datum": f"{session.start:%d.%m.%Y}", "uhrzeit": _hours(session),
               "ort": session.venue.full_address() if session.venue else "",
               "grund": (f"Grund: {session.cancel_reason}" if session.cancel_reason else "")}
    subject, body = get_template(orm, item.kind).render(values)
    data = build_invitation(session, person, method=item.method)
    prefix = "Absage" if item.method == "CANCEL" else "Einladung"
    stem = safe_file_stem(f"{prefix}_{session.start:%Y-%m-%d}_{event.title}", 100)
    sender, reply = sender_of(event.office, config)
    return build_message(sender, address(person.full_name, item.address), subject, body,
                         calendar=Calendar(f"{stem}.ics", data, item.method), reply_to=reply)


def prepare(orm: OrmSession, items: list[PendingItem],
            config: SmtpConfig | None = None) -> list[Prepared]:
    """One message per item; an item that cannot be built carries its German error."""
    config = config or load_config(orm)
    prepared: list[Prepared] = []
    for item in items:
        try:
            if item.kind == "certificate":
                message = _certificate(orm, item, config)
            else:
                message = _invitation(orm, item, config)
        except PlannerError as exc:
            prepared.append(Prepared(item, None, exc.message))
        else:
            prepared.append(Prepared(item, message))
    return prepared
