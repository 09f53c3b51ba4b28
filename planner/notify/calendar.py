"""Per-participant iMIP calendar objects with the sessions' stable UIDs.

The VEVENT is the one of every other file (`planner.exports.ical.VEventBuilder`: UID,
DTSTART/DTEND with TZID=Europe/Berlin, LOCATION, DESCRIPTION, ORGANIZER = the office), with
the participant as ATTENDEE (already accepted: they booked, so Outlook need not ask them
to reply), the SEQUENCE chosen for this participant, and METHOD:REQUEST or METHOD:CANCEL
(STATUS:CANCELLED). One UID per calendar object, as Outlook expects of meetings.
"""

from __future__ import annotations

from datetime import UTC, datetime

from icalendar import vCalAddress, vInt, vText

from planner.exports.ical_events import VEventBuilder, new_calendar, person_address
from planner.exports.ical_vtimezone import berlin_vtimezone
from planner.files import safe_file_stem
from planner.models import Person, Session


class ParticipantCalendars:
    """Builds the calendar objects of one compose run (shared DTSTAMP and value cache)."""

    def __init__(self, organizer_fallback: str = "", dtstamp: datetime | None = None) -> None:
        stamp = dtstamp or datetime.now(UTC).replace(microsecond=0)
        self.builder = VEventBuilder(stamp)
        self.organizer_fallback = organizer_fallback
        self._cancelled = vText("CANCELLED")

    def build(self, session: Session, person: Person, *, method: str, sequence: int) -> bytes:
        cal = new_calendar(name=session.event.title, method=method)
        if not session.all_day:
            cal.add_component(berlin_vtimezone())
        ev = self.builder.build(session)
        ev["SEQUENCE"] = vInt(sequence)
        if "ORGANIZER" not in ev and self.organizer_fallback:
            organizer = vCalAddress(f"mailto:{self.organizer_fallback}")
            organizer.params["CN"] = session.event.office.name
            ev["ORGANIZER"] = organizer
        if method == "CANCEL":
            ev["STATUS"] = self._cancelled
            ev.add("attendee", person_address(person, cutype="INDIVIDUAL",
                                              role="REQ-PARTICIPANT"))
        else:
            ev.add("attendee", person_address(person, cutype="INDIVIDUAL",
                                              role="REQ-PARTICIPANT", partstat="ACCEPTED",
                                              rsvp="FALSE"))
        cal.add_component(ev)
        return bytes(cal.to_ical())


def calendar_file_name(session: Session, method: str, lang: str = "de") -> str:
    if lang == "en":
        prefix = "Cancellation" if method == "CANCEL" else "Invitation"
    else:
        prefix = "Absage" if method == "CANCEL" else "Termin"
    return safe_file_stem(f"{prefix}_{session.start:%Y-%m-%d}_{session.title}", 80) + ".ics"
