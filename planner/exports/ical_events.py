"""iCalendar building blocks: a session as VEVENT, calendars, and the sessions to put in them.

Used by the snapshot files (`ical`), the trainer invitations (`ical_invitations`) and CalDAV
publishing. One VEVENT per session with the session's stored UID and SEQUENCE, so every
file (and every invitation) describes the same calendar object. Timed sessions use
TZID=Europe/Berlin with the hand-built VTIMEZONE of `ical_vtimezone`; all-day sessions use
VALUE=DATE with an exclusive end. Folding at 75 octets (never inside a UTF-8 character), CRLF
and text escaping are done by `icalendar` (verified by tests with two independent parsers).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar, vCalAddress, vDDDTypes, vInt, vText
from icalendar import Event as VEvent
from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import joinedload, selectinload

from planner import APP_NAME, __version__
from planner.errors import PlannerError
from planner.exports.ical_vtimezone import berlin_vtimezone
from planner.exports.result import ExportResult
from planner.files import atomic_target
from planner.models import (
    AgendaItem,
    Event,
    Office,
    Person,
    Session,
    SessionTrainer,
)
from planner.models.enums import FORMAT_LABELS_DE, SESSION_KIND_LABELS_DE
from planner.models.events import agenda_speaker
from planner.timezones import BERLIN

PRODID = f"-//Transferagenturen für Großstädte//{APP_NAME} {__version__}//DE"

# Everything a VEVENT needs, loaded in a handful of queries instead of one per session.
SESSION_LOAD_OPTIONS = (
    joinedload(Session.event).joinedload(Event.office),
    joinedload(Session.venue),
    selectinload(Session.trainer_links).joinedload(SessionTrainer.person),
    selectinload(Session.agenda).selectinload(AgendaItem.speakers),
    selectinload(Session.excursion),
)


def load_sessions(orm: OrmSession, *where: ColumnElement[bool]) -> list[Session]:
    """Sessions matching `where`, ordered by start, with everything the export reads."""
    stmt = (select(Session).where(*where).options(*SESSION_LOAD_OPTIONS)
            .order_by(Session.start, Session.id))
    return list(orm.scalars(stmt).unique())


# --- text helpers -------------------------------------------------------------------------

def _hm(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def _time_range(start: time | None, end: time | None) -> str:
    if start is None:
        return ""
    return f"{_hm(start)}–{_hm(end)}" if end is not None else _hm(start)


def _param_text(text: str) -> str:
    """A parameter value (CN) Outlook accepts: one line, no double quotes."""
    return " ".join(text.replace('"', "'").split())


def summary_of(session: Session) -> str:
    title = session.title.strip()
    event_title = session.event.title.strip()
    return f"{event_title} – {title}" if title else event_title


def office_contact(office: Office) -> str:
    parts = [office.name, office.address_line(), office.email,
             f"Tel. {office.phone}" if office.phone else ""]
    return ", ".join(p for p in parts if p)


def description_of(session: Session) -> str:
    event = session.event
    fmt = FORMAT_LABELS_DE.get(event.format, event.format)  # type: ignore[call-overload]
    kind = SESSION_KIND_LABELS_DE.get(session.kind, "Termin")  # type: ignore[call-overload]
    lines = [f"{fmt}: {event.title}", f"{kind}: {session.title}"]
    if session.is_cancelled:
        reason = f" ({session.cancel_reason})" if session.cancel_reason else ""
        lines.append(f"ABGESAGT{reason}")
    trainers = [p.full_name for p in session.trainers]
    if trainers:
        lines.append(f"Leitung: {', '.join(trainers)}")
    if session.agenda:
        lines.append("Programm:")
        for item in session.agenda:
            speakers = ", ".join(p.full_name for p in item.speakers)
            who = f" ({speakers})" if speakers else ""
            lines.append(f"{_time_range(item.start, item.end)} {item.title}{who}")
    ex = session.excursion
    if ex is not None:
        lines.append(f"Exkursion: {ex.full_address()}")
        when = _time_range(ex.start, ex.end)
        if when:
            lines.append(f"Zeit der Exkursion: {when}")
        if ex.host_contact:
            lines.append(f"Kontakt vor Ort: {ex.host_contact}")
    lines.append(f"Veranstalter: {office_contact(event.office)}")
    return "\n".join(lines)


def office_address(office: Office) -> vCalAddress:
    address = vCalAddress(f"mailto:{office.email}")
    address.params["CN"] = _param_text(office.name)
    return address


def person_address(person: Person, **params: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    address.params["CN"] = _param_text(person.full_name)
    for key, value in params.items():
        address.params[key.upper().replace("_", "-")] = value
    return address


# --- components ---------------------------------------------------------------------------

def _utc(naive_utc: datetime) -> datetime:
    return naive_utc.replace(tzinfo=UTC)


def _all_day_end(start: datetime, end: datetime) -> date:
    """Exclusive end date: an end at midnight already is the next day's start."""
    if end.time() == time(0) and end.date() > start.date():
        return end.date()
    return end.date() + timedelta(days=1)


class VEventBuilder:
    """Builds session VEVENTs; property values shared by many events are encoded once.

    Values are handed to icalendar already typed (vText, vDDDTypes, …), which skips its
    per-call type inference; serialisation (escaping, folding, CRLF) stays icalendar's.
    """

    def __init__(self, dtstamp: datetime) -> None:
        self.dtstamp = vDDDTypes(dtstamp.astimezone(UTC))
        self._organizers: dict[int, vCalAddress] = {}
        self._locations: dict[int, vText] = {}
        self._confirmed = vText("CONFIRMED")
        self._cancelled = vText("CANCELLED")

    def organizer(self, office: Office) -> vCalAddress | None:
        """The office as ORGANIZER; left out when the office has no e-mail address."""
        if not office.email:
            return None
        found = self._organizers.get(office.id)
        if found is None:
            found = self._organizers[office.id] = office_address(office)
        return found

    def location(self, session: Session) -> vText | None:
        venue = session.venue
        if venue is None:
            return None
        found = self._locations.get(venue.id)
        if found is None:
            found = self._locations[venue.id] = vText(venue.full_address())
        return found

    def build(self, session: Session) -> VEvent:
        """The VEVENT of one session, as in snapshot files (no ATTENDEE)."""
        ev = VEvent()
        ev["UID"] = vText(session.uid)
        ev["SEQUENCE"] = vInt(session.sequence)
        ev["DTSTAMP"] = self.dtstamp
        ev["LAST-MODIFIED"] = vDDDTypes(_utc(session.last_modified))
        if session.all_day:
            ev["DTSTART"] = vDDDTypes(session.start.date())
            ev["DTEND"] = vDDDTypes(_all_day_end(session.start, session.end))
            ev["TRANSP"] = vText("TRANSPARENT")
        else:
            ev["DTSTART"] = vDDDTypes(session.start.replace(tzinfo=BERLIN))
            ev["DTEND"] = vDDDTypes(session.end.replace(tzinfo=BERLIN))
        ev["SUMMARY"] = vText(summary_of(session))
        location = self.location(session)
        if location is not None:
            ev["LOCATION"] = location
        ev["DESCRIPTION"] = vText(description_of(session))
        ev["STATUS"] = self._cancelled if session.is_cancelled else self._confirmed
        organizer = self.organizer(session.event.office)
        if organizer is not None:
            ev["ORGANIZER"] = organizer
        return ev


def session_vevent(session: Session, *, dtstamp: datetime) -> VEvent:
    """The VEVENT of one session, as in snapshot files (no ATTENDEE)."""
    return VEventBuilder(dtstamp).build(session)


def new_calendar(*, name: str, method: str | None = "PUBLISH") -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if method:
        cal.add("method", method)
    # icalendar leaves unknown (X-) properties unescaped unless given as vText.
    cal.add("x-wr-calname", vText(name))
    cal.add("x-wr-timezone", "Europe/Berlin")
    return cal


def build_calendar(sessions: Iterable[Session], *, name: str, method: str | None = "PUBLISH",
                   dtstamp: datetime | None = None) -> bytes:
    """The bytes of a snapshot calendar (CRLF, folded) for the given sessions."""
    stamp = dtstamp or datetime.now(UTC).replace(microsecond=0)
    items = list(sessions)
    cal = new_calendar(name=name, method=method)
    if any(not s.all_day for s in items):
        cal.add_component(berlin_vtimezone())
    builder = VEventBuilder(stamp)
    for session in items:
        cal.add_component(builder.build(session))
    return cal.to_ical()


def calendar_resources(sessions: Iterable[Session], *,
                       dtstamp: datetime | None = None) -> dict[str, bytes]:
    """One CalDAV object per session, keyed by UID: no METHOD (RFC 4791), own VTIMEZONE."""
    stamp = dtstamp or datetime.now(UTC).replace(microsecond=0)
    resources: dict[str, bytes] = {}
    builder = VEventBuilder(stamp)
    for session in sessions:
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        if not session.all_day:
            cal.add_component(berlin_vtimezone())
        cal.add_component(builder.build(session))
        resources[session.uid] = cal.to_ical()
    return resources


def write_calendar(sessions: Sequence[Session], target: Path, *, name: str,
                   empty_message: str) -> ExportResult:
    if not sessions:
        raise PlannerError(empty_message)
    data = build_calendar(sessions, name=name)
    with atomic_target(target) as tmp:
        tmp.write_bytes(data)
    return ExportResult(files=[Path(target)], count=len(sessions))


def taught_session_ids(orm: OrmSession, person_id: int) -> Any:
    """Select of session ids a person teaches: as trainer or as speaker on the agenda."""
    as_trainer = select(SessionTrainer.session_id).where(SessionTrainer.person_id == person_id)
    as_speaker = (select(AgendaItem.session_id)
                  .join(agenda_speaker, agenda_speaker.c.agenda_item_id == AgendaItem.id)
                  .where(agenda_speaker.c.person_id == person_id))
    return as_trainer.union(as_speaker)
