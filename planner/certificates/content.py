"""The certificate's content as plain data: every printed field, hashed for the code.

The dict is stored on the Certificate, hashed for the verification code, and handed to
the renderer (possibly in another process); it holds only str/int/float/list/dict.
Wording follows planner/RULES.md: the intro and statement name what the person attended
(modules, meetings, workshops, conference days) and never claim more.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session as OrmSession

from planner.certificates.eligibility import Eligibility
from planner.certificates.formatting import period
from planner.models import CertificateKind, Event, EventFormat, Office
from planner.models.enums import FORMAT_LABELS_DE
from planner.rules.certificates import Entitlement, common_noun, dative_plural
from planner.rules.units import (
    apportion_hundredth_hours,
    apportion_tenths,
    hours_text,
    units_text,
)
from planner.settings import (
    CERTIFICATE_CLOSING,
    CERTIFICATE_LEAD,
    CERTIFICATE_TITLE,
    CERTIFICATE_TITLE_MODULE,
    CONFIRMATION_TITLE,
    FUNDING_NOTE,
)
from planner.wording import percent

CONTENT_VERSION = 2

# The certificate's wording, changed through these settings (the intro and the statement
# follow from the kind of certificate: planner/RULES.md).
WORDING = (CERTIFICATE_TITLE, CERTIFICATE_TITLE_MODULE, CONFIRMATION_TITLE, CERTIFICATE_LEAD,
           CERTIFICATE_CLOSING)

# What the person took part in, per kind (and format for confirmations).
INTRO = {
    CertificateKind.SERIES: "an der folgenden Fortbildungsreihe teilgenommen hat:",
    CertificateKind.MODULES: "an Modulen der folgenden Fortbildungsreihe teilgenommen hat:",
    CertificateKind.MODULE: "an dem folgenden Modul teilgenommen hat:",
}
CONFIRMATION_INTRO = {
    EventFormat.NETWORK_GROUP: "an Treffen der folgenden Themengruppe teilgenommen hat:",
    EventFormat.COACHING: "an Workshops des folgenden Coachings teilgenommen hat:",
    EventFormat.CONFERENCE: "an der folgenden Fachtagung teilgenommen hat:",
}


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


def _noun(item: Entitlement) -> str:
    return common_noun(line.session for line in item.lines)


def _units_phrase(tenths: int) -> str:
    return "1 Unterrichtseinheit" if tenths == 10 else f"{units_text(tenths)} Unterrichtseinheiten"


def statement(item: Entitlement) -> str:
    """One honest sentence: what was attended, in teaching units and hours."""
    noun = _noun(item)
    attended, booked = item.attended, item.booked
    k, n = len(item.lines), item.booked_sessions
    if n == 1:
        scope = f"Teilgenommen am {noun}"
    elif k == n:
        scope = f"Teilgenommen an allen {n} {dative_plural(noun)}"
    else:
        scope = f"Teilgenommen an {k} von {n} {dative_plural(noun)}"
    if not attended.minutes:
        return f"{scope}."
    amount = _units_phrase(attended.units_tenths)
    if attended.minutes < booked.minutes:
        amount = (f"{units_text(attended.units_tenths)} von {_units_phrase(booked.units_tenths)}"
                  f" ({percent(float(item.rate))})")
    text = (f"{scope} mit {amount} (UE zu je {item.unit_minutes} Minuten); das entspricht "
            f"{count_hours(attended.hours_text())}.")
    return text.replace(" %", "\u00a0%")  # never "92,5" and "%" on two lines


def count_hours(text: str) -> str:
    return "1 Zeitstunde" if text == "1" else f"{text} Zeitstunden"


def session_lines(item: Entitlement) -> list[dict]:
    """The attended sessions; their units and hours add up to the printed totals exactly
    (planner.rules.units: largest-remainder shares of the totals rounded once)."""
    minutes = [line.attended for line in item.lines]
    tenths = apportion_tenths(minutes, item.unit_minutes)
    hundredths = apportion_hundredth_hours(minutes)
    rows = []
    for line, units, hours in zip(item.lines, tenths, hundredths, strict=True):
        s = line.session
        rows.append({
            "date": f"{s.start:%d.%m.%Y}",
            "title": s.title + (" (teilweise)" if line.partial else ""),
            "place": s.place,
            "hours": "–" if not s.minutes else hours_text(hours),
            "units": "–" if not s.minutes else units_text(units),
        })
    return rows


def funding_note(orm: OrmSession, event: Event) -> str:
    return event.funding_note or FUNDING_NOTE.get(orm)


def build_content(orm: OrmSession, event: Event, item: Eligibility, *, serial: str,
                  issued_on: date, revision: int = 1, kind: CertificateKind | None = None,
                  words: dict[str, str] | None = None) -> dict:
    """Everything printed on the certificate (and nothing else).

    `kind` overrides the rules' kind only for a documented exception (series certificate
    below the threshold).
    """
    words = words or wording(orm)
    entitlement = item.entitlement
    kind = kind or entitlement.kind
    office = event.office
    fmt_label = FORMAT_LABELS_DE.get(event.format, event.format)  # type: ignore[call-overload]
    if kind == CertificateKind.PARTICIPATION:
        title = words[CONFIRMATION_TITLE.key]
        intro = CONFIRMATION_INTRO.get(event.format,  # type: ignore[call-overload]
                                       "an der folgenden Veranstaltung teilgenommen hat:")
    else:
        title = words[CERTIFICATE_TITLE.key]
        if kind == CertificateKind.MODULE:
            title = words[CERTIFICATE_TITLE_MODULE.key] or title
        intro = INTRO[kind]
    lines = [line.session for line in entitlement.lines]
    if kind == CertificateKind.MODULE:
        heading = item.session_title or (lines[0].title if lines else "")
        # "aus der Fortbildungsreihe Bildungsmonitoring 2027", never the format twice
        named = event.title.casefold().startswith(fmt_label.casefold())
        subtitle = f"aus der {event.title}" if named else f"aus der {fmt_label} {event.title}"
    else:
        heading = event.title
        subtitle = " · ".join(p for p in (fmt_label, _period(lines)) if p)
    attended = entitlement.attended
    return {
        "version": CONTENT_VERSION,
        "kind": str(kind),
        "serial": serial,
        "revision": revision,
        "title": title,
        "lead": words[CERTIFICATE_LEAD.key],
        "intro": intro,
        "closing": words[CERTIFICATE_CLOSING.key],
        "person_id": item.person_id,
        "name": item.person_name,
        "event_id": event.id,
        "event_title": event.title,
        "event_format": fmt_label,
        "heading": heading,
        "subtitle": subtitle,
        "period": _period(lines),
        "office": office_data(office),
        "table_heading": _noun(entitlement),
        "sessions": session_lines(entitlement),
        "unit_minutes": entitlement.unit_minutes,
        "attended_minutes": attended.minutes,
        "booked_minutes": entitlement.booked_minutes,
        "total_units": units_text(attended.units_tenths),
        "hours": attended.hours_text(),
        "rate_percent": percent(float(entitlement.rate)),
        "statement": statement(entitlement),
        "funding_note": funding_note(orm, event),
        "issued_on": issued_on.isoformat(),
        "issued_place": office.city,
        "signatory": {"name": office.head_name, "title": office.head_title},
    }


def _period(sessions: list) -> str:
    if not sessions:
        return ""
    return period(sorted(sessions, key=lambda s: s.start))


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
