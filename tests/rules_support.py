"""Events of every format for the rules tests, built through the real use cases."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from planner.storage.database import Database
from planner.usecases.people import add_organisation, add_person, add_venue
from planner.usecases.planning import EventPlan, SessionPlan, create_event
from planner.usecases.registration import register


@dataclass
class EventFixture:
    event_id: int
    session_ids: list[int]
    person_ids: list[int]
    venue_id: int
    city_id: int


def weekly(first: date, n: int) -> list[date]:
    return [first + timedelta(weeks=i) for i in range(n)]


def make_event(db: Database, *, format: str = "network_group", title: str = "",
               days: list[date] | None = None, start: time = time(10, 0),
               end: time = time(16, 30), break_minutes: int = 60, persons: int = 1,
               names: list[tuple[str, str]] | None = None, capacity: int | None = None,
               venue_capacity: int | None = None, funding_note: str | None = None,
               session_titles: list[str] | None = None, book: bool = True,
               certificate_policy: str | None = None) -> EventFixture:
    """An event with one session per day (same times) and registered persons."""
    days = days or weekly(date(2027, 3, 2), 4)
    names = names or [("Ana", f"Beispiel{i}") for i in range(persons)]
    with db.transaction() as orm:
        city = add_organisation(orm, name="Leipzig", municipality=True, federal_state="SN",
                                population=628_718).value
        venue = add_venue(orm, name="Haus der Bildung", street="Markt 1", postcode="04109",
                          city="Leipzig", federal_state="SN",
                          capacity=venue_capacity).value
        plan = EventPlan(
            format=format, title=title or f"Veranstaltung {format}", office="berlin",
            capacity=capacity, break_minutes=break_minutes, funding_note=funding_note,
            municipality_ids=[city.id], allow_module_count=True,
            **({"certificate_policy": certificate_policy} if certificate_policy else {}),
            sessions=[SessionPlan(start=datetime.combine(d, start), end=datetime.combine(d, end),
                                  title=(session_titles[i] if session_titles else ""),
                                  venue_id=venue.id)
                      for i, d in enumerate(days)],
        )
        event = create_event(orm, plan, force=True).value
        person_ids = []
        for first, last in names:
            p = add_person(orm, first_name=first, last_name=last,
                           organisation_id=city.id).value
            if book:
                register(orm, event.id, p.id, force=True)
            person_ids.append(p.id)
        return EventFixture(event.id, [s.id for s in event.sessions], person_ids, venue.id,
                            city.id)


def pdf_text(path: Path) -> str:
    """The text of a PDF as pdftotext (poppler, an independent reader) extracts it."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    return re.sub(r"[ \t]+", " ", out)
