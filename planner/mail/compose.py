"""Build RFC 5322 messages: UTF-8 text, RFC 2047 encoded names, Date, Message-ID, and
attachments (PDF certificates; iMIP calendar invitations as Outlook and Google expect them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from planner.errors import ValidationError
from planner.timezones import BERLIN


@dataclass
class Attachment:
    filename: str
    data: bytes
    maintype: str = "application"
    subtype: str = "octet-stream"
    params: dict[str, str] = field(default_factory=dict)


def pdf_attachment(filename: str, data: bytes) -> Attachment:
    return Attachment(filename, data, "application", "pdf")


@dataclass
class Calendar:
    """An iMIP calendar object: METHOD REQUEST or CANCEL, shown inline and attached."""

    filename: str
    data: bytes
    method: str


def address(name: str, email: str) -> Address:
    """A mailbox; the display name is encoded (RFC 2047) when the message is serialised."""
    email = email.strip()
    if "@" not in email or any(c.isspace() for c in email):
        raise ValidationError(f"„{email}“ ist keine gültige E-Mail-Adresse.")
    local, _, domain = email.rpartition("@")
    clean = " ".join(name.replace('"', "'").split())
    try:
        return Address(display_name=clean, username=local, domain=domain)
    except (ValueError, IndexError) as exc:
        raise ValidationError(f"„{email}“ ist keine gültige E-Mail-Adresse.") from exc


def build_message(sender: Address, to: Address, subject: str, body: str, *,
                  attachments: list[Attachment] | None = None,
                  calendar: Calendar | None = None,
                  reply_to: Address | None = None,
                  date: datetime | None = None) -> EmailMessage:
    """The message; `calendar` makes it an invitation (text + text/calendar alternative)."""
    msg = EmailMessage()
    msg["Subject"] = " ".join(subject.split())
    msg["From"] = sender
    msg["To"] = to
    if reply_to is not None:
        msg["Reply-To"] = reply_to
    msg["Date"] = format_datetime(date or datetime.now(BERLIN).replace(microsecond=0))
    msg["Message-ID"] = make_msgid(domain=sender.domain or None)
    msg["MIME-Version"] = "1.0"
    msg.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
    if calendar is not None:
        params = {"method": calendar.method, "charset": "UTF-8"}
        # Inline alternative for clients that show invitations (Outlook, Gmail) …
        msg.add_alternative(calendar.data, maintype="text", subtype="calendar",
                            cte="base64", params=params)
        # … and the same object as a file for everyone else (Thunderbird, webmail).
        msg.add_attachment(calendar.data, maintype="text", subtype="calendar",
                           cte="base64", params=params, filename=calendar.filename)
    for att in attachments or []:
        msg.add_attachment(att.data, maintype=att.maintype, subtype=att.subtype,
                           filename=att.filename, params=att.params or None)
    return msg
