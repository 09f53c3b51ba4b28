"""The values placed into the templates: salutation, the list of sessions with what
changed, reasons, and for reminders venue, directions, programme and trainers."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time

from planner.mail.settings import SmtpConfig
from planner.models import Event, Office, Person, Registration, Session, Venue
from planner.models.enums import FORMAT_LABELS_DE
from planner.notify.changes import BookingNews, Change, Kind, SessionNews
from planner.notify.state import View, end_of, start_of
from planner.wording import clock_span, day, number

FORMAT_LABELS_EN = {"training_series": "Training series", "network_group": "Network on tour",
                    "conference": "Conference", "coaching": "Coaching",
                    "analysis": "Clarification and analysis"}

# The title suffix of a replacement date (planner.usecases.replacement).
REPLACEMENT_SUFFIX = " (Ersatztermin)"

_LABELS = {
    "de": {Change.MOVED: "GEÄNDERT", Change.CANCELLED: "ABGESAGT",
           Change.RESTORED: "FINDET STATT", Change.REMOVED: "NICHT MEHR GEBUCHT",
           Change.NEW: "NEU GEBUCHT", "before": "bisher", "now": "jetzt",
           "reason": "Grund", "replaces": "Ersatztermin für den ausgefallenen Termin am",
           "none": "keine Angaben", "contact_phone": "Tel."},
    "en": {Change.MOVED: "CHANGED", Change.CANCELLED: "CANCELLED",
           Change.RESTORED: "TAKES PLACE", Change.REMOVED: "NO LONGER BOOKED",
           Change.NEW: "NEWLY BOOKED", "before": "previously", "now": "now",
           "reason": "Reason", "replaces": "replacing the cancelled session on",
           "none": "not given", "contact_phone": "phone"},
}
# Message types that list the booking as it is: no "NEU GEBUCHT" on every line.
_PLAIN_LISTS = (Kind.CONFIRMED, Kind.PROMOTED, Kind.WAITING, Kind.CANCELLED_SELF,
                Kind.CANCELLED_OFFICE)


def label(lang: str, key: str) -> str:
    return _LABELS.get(lang, _LABELS["de"])[key]


def when(view: View, lang: str) -> str:
    start, end = start_of(view), end_of(view)
    return f"{day(start.date(), lang)}, {clock_span(start, end, lang, all_day=view['all_day'])}"


def where(view: View, venues: Mapping[int, Venue]) -> str:
    venue = venues.get(view["venue_id"]) if view.get("venue_id") else None
    return venue.full_address() if venue is not None else ""


def _when_where(view: View, venues: Mapping[int, Venue], lang: str) -> str:
    place = where(view, venues)
    return f"{when(view, lang)}" + (f"\n  {place}" if place else "")


def session_line(item: SessionNews, kind: str, lang: str, venues: Mapping[int, Venue],
                 sessions: Mapping[int, Session]) -> str:
    title = item.now.get("title") or ""
    head = f"• {title}"
    if item.change == Change.MOVED and item.before is not None:
        return (f"{head} – {label(lang, Change.MOVED)}\n  {label(lang, 'now')}: "
                f"{_when_where(item.now, venues, lang).replace(chr(10), chr(10) + '  ')}\n"
                f"  {label(lang, 'before')}: "
                f"{_when_where(item.before, venues, lang).replace(chr(10), chr(10) + '  ')}")
    if item.change in (Change.CANCELLED, Change.REMOVED, Change.RESTORED):
        text = f"{head} – {label(lang, item.change)}: {_when_where(item.now, venues, lang)}"
        session = sessions.get(item.session_id)
        if item.change == Change.CANCELLED and session is not None and session.cancel_reason:
            text += f"\n  {label(lang, 'reason')}: {' '.join(session.cancel_reason.split())}"
        return text
    if item.replaces is not None and item.replaces in sessions:
        old = sessions[item.replaces]
        # The line says it is the replacement; the title's own "(Ersatztermin)" would
        # say it twice.
        head = f"• {title.removesuffix(REPLACEMENT_SUFFIX)}"
        return (f"{head} ({label(lang, 'replaces')} {day(old.start.date(), lang)}): "
                f"{_when_where(item.now, venues, lang)}")
    if item.change == Change.NEW and kind not in _PLAIN_LISTS:
        return f"{head} – {label(lang, Change.NEW)}: {_when_where(item.now, venues, lang)}"
    return f"{head}: {_when_where(item.now, venues, lang)}"


def salutation(person: Person, lang: str) -> str:
    name = " ".join(p for p in (person.title, person.first_name, person.last_name) if p)
    return f"Guten Tag {name}" if lang == "de" else f"Dear {name}"


def sender_values(office: Office, config: SmtpConfig, lang: str) -> dict[str, str]:
    sender = config.sender_name or office.name
    signature = sender if sender == office.name else f"{sender}\n{office.name}"
    contact = ", ".join(p for p in (office.email, f"{label(lang, 'contact_phone')} "
                                    f"{office.phone}" if office.phone else "") if p)
    return {"standort": office.name, "absender": sender, "signatur": signature,
            "kontakt": contact or office.name}


def person_values(person: Person, event: Event, lang: str) -> dict[str, str]:
    formats = FORMAT_LABELS_DE if lang == "de" else FORMAT_LABELS_EN
    return {"anrede": salutation(person, lang), "vorname": person.first_name,
            "nachname": person.last_name, "veranstaltung": event.title,
            "format": str(formats.get(event.format, event.format))}  # type: ignore[call-overload]


def _span(news: BookingNews, lang: str) -> str:
    starts = [s.start.date() for s in news.sessions]
    if not starts:
        return ""
    first, last = min(starts), max(starts)
    if first == last:
        return day(first, lang, weekday=False)
    return f"{day(first, lang, weekday=False)} – {day(last, lang, weekday=False)}"


def booking_values(news: BookingNews, reg: Registration, lang: str,
                   venues: Mapping[int, Venue], sessions: Mapping[int, Session]) -> dict[str, str]:
    # Confirmations list the whole booking; change messages only what changed.
    listed = news.sessions if news.kind in _PLAIN_LISTS else [
        item for item in news.sessions if item.change != Change.UNCHANGED]
    lines = [session_line(item, news.kind, lang, venues, sessions) for item in listed]
    reason = " ".join(reg.cancel_reason.split()) if news.kind in (
        Kind.CANCELLED_SELF, Kind.CANCELLED_OFFICE) else ""
    return {
        "termine": "\n".join(lines) or ("—"),
        "zeitraum": _span(news, lang),
        "position": number(news.position, 0, lang) if news.position else "—",
        "grund": f"{label(lang, 'reason')}: {reason}" if reason else "",
    }


def _clock(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def programme(session: Session, lang: str) -> str:
    lines = []
    for item in session.agenda:
        hours = _clock(item.start) + (f"–{_clock(item.end)}" if item.end else "")
        speakers = ", ".join(p.full_name for p in item.speakers)
        lines.append(f"{hours} {item.title}" + (f" ({speakers})" if speakers else ""))
    ex = session.excursion
    if ex is not None:
        head = "Exkursion" if lang == "de" else "Excursion"
        hours = _clock(ex.start) + (f"–{_clock(ex.end)}" if ex.end else "")
        lines.append(f"{head}: {ex.full_address()}" + (f", {hours}" if hours else ""))
        if ex.description:
            lines.append(" ".join(ex.description.split()))
        if ex.host_contact:
            lines.append(("Kontakt vor Ort: " if lang == "de" else "Contact on site: ")
                         + ex.host_contact)
    return "\n".join(lines) or label(lang, "none")


def reminder_values(session: Session, lang: str) -> dict[str, str]:
    venue = session.venue
    directions = " ".join(venue.directions.split()) if venue is not None and venue.directions \
        else ""
    return {
        "termin": session.title,
        "datum": day(session.start.date(), lang),
        "uhrzeit": clock_span(session.start, session.end, lang, all_day=session.all_day),
        "ort": venue.full_address() if venue is not None else label(lang, "none"),
        "anfahrt": directions or label(lang, "none"),
        "programm": programme(session, lang),
        "leitung": ", ".join(p.full_name for p in session.trainers) or label(lang, "none"),
        "zeitraum": day(session.start.date(), lang, weekday=False),
    }
