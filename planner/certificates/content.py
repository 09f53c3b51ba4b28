"""The certificate's content as plain data: every printed field, hashed for the code.

The dict is stored on the Certificate, hashed for the verification code, and handed to
the renderer (possibly in another process); it holds only str/int/float/list/dict.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session as OrmSession

from planner.certificates.eligibility import Eligibility
from planner.certificates.formatting import num, percent, period, session_label, session_place
from planner.models import CertificateKind, Event, Office
from planner.models.enums import FORMAT_LABELS_DE
from planner.settings import (
    CERTIFICATE_CLOSING,
    CERTIFICATE_INTRO,
    CERTIFICATE_LEAD,
    CERTIFICATE_TITLE,
    CERTIFICATE_TITLE_MODULE,
)

CONTENT_VERSION = 1

# The certificate's wording, changed through these settings.
WORDING = (CERTIFICATE_TITLE, CERTIFICATE_LEAD, CERTIFICATE_INTRO, CERTIFICATE_CLOSING,
           CERTIFICATE_TITLE_MODULE)


def wording(orm: OrmSession) -> dict[str, str]:
    return {entry.key: entry.get(orm) for entry in WORDING}


def office_data(office: Office) -> dict[str, str]:
    return {
        "name": office.name,
        "organisation": office.organisation_name,
        "address": office.address_line(),
        "city": office.city,
        "contact": " · ".join(p for p in (office.phone, office.email) if p),
    }


def statement(item: Eligibility, unit_minutes: int) -> str:
    hours = num(item.attended_units * unit_minutes / 60)
    if item.attended_units + 1e-9 >= item.total_units:
        return (f"Teilgenommen an allen {num(item.total_units)} Unterrichtseinheiten "
                f"(UE, je {unit_minutes} Minuten), das entspricht {hours} Zeitstunden.")
    return (f"Teilgenommen an {num(item.attended_units)} von {num(item.total_units)} "
            f"Unterrichtseinheiten ({percent(item.rate)} %, UE je {unit_minutes} Minuten), "
            f"das entspricht {hours} Zeitstunden.")


def build_content(orm: OrmSession, event: Event, item: Eligibility, *, serial: str,
                  issued_on: date, words: dict[str, str] | None = None) -> dict:
    """Everything printed on the certificate (and nothing else)."""
    words = words or wording(orm)
    office = event.office
    unit_minutes = event.unit_minutes or 45
    attended = [r for r in item.rows if r.attended > 0]
    lines = [{
        "date": f"{r.session.start:%d.%m.%Y}",
        "title": session_label(r.session),
        "place": session_place(r.session),
        "units": num(r.attended) if r.attended + 1e-9 >= r.units
        else f"{num(r.attended)} von {num(r.units)}",
    } for r in attended]
    booked = [r.session for r in item.rows]
    title = words["certificate_title"]
    if item.kind == CertificateKind.MODULE:
        title = words["certificate_title_module"] or title
    return {
        "version": CONTENT_VERSION,
        "kind": str(item.kind),
        "serial": serial,
        "title": title,
        "lead": words["certificate_lead"],
        "intro": words["certificate_intro"],
        "closing": words["certificate_closing"],
        "person_id": item.person_id,
        "name": item.person_name,
        "event_id": event.id,
        "event_title": event.title,
        "module_title": item.session_title if item.kind == CertificateKind.MODULE else "",
        "event_format": FORMAT_LABELS_DE.get(event.format, event.format),  # type: ignore
        "period": period(booked),
        "office": office_data(office),
        "sessions": lines,
        "total_units": item.total_units,
        "attended_units": item.attended_units,
        "rate_percent": percent(item.rate),
        "unit_minutes": unit_minutes,
        "hours": round(item.attended_units * unit_minutes / 60, 2),
        "statement": statement(item, unit_minutes),
        "issued_on": issued_on.isoformat(),
        "issued_place": office.city,
        "signatory": {"name": office.head_name, "title": office.head_title},
    }


def existing_file(path_text: str | None) -> str | None:
    if not path_text:
        return None
    path = Path(path_text).expanduser()
    return str(path) if path.is_file() else None


def render_data(content: dict, *, code: str, qr: str, office: Office, path: Path | None,
                preview: bool = False) -> dict:
    """What the renderer needs besides the content: code, QR text, images, target."""
    return {
        "content": content,
        "code": code,
        "qr": qr,
        "logo": existing_file(office.logo_path),
        "signature": existing_file(office.signature_path),
        "preview": preview,
        "path": str(path) if path else "",
    }
