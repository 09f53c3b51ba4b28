"""Helpers for the outbox tests: offices with addresses, reading calendar parts back with
icalendar, and listing the outbox rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage

import icalendar
from sqlalchemy import select

from planner.models import Office, OutboxMessage, Person, Session
from planner.storage.database import Database
from planner.usecases.people import add_person
from planner.usecases.planning import EventPlan, SessionPlan, create_event
from planner.usecases.registration import register


def office_addresses(db: Database) -> None:
    with db.transaction() as orm:
        for office in orm.scalars(select(Office)):
            office.email = f"{office.code}@transferagentur.example"
            office.phone = "030 123456"


@dataclass
class CalPart:
    method: str
    uid: str
    sequence: int
    status: str
    dtstart: object
    attendee: str
    organizer: str
    summary: str
    tzids: list[str]
    rrules: int


def calendar_parts(msg: EmailMessage) -> list[CalPart]:
    """Every .ics attachment, read back with icalendar (the inline copy of a single
    invitation is the same object and not listed twice)."""
    found = []
    for part in msg.iter_attachments():
        if part.get_content_type() != "text/calendar":
            continue
        data = part.get_payload(decode=True)
        cal = icalendar.Calendar.from_ical(data)
        assert part.get_param("method") == str(cal["METHOD"])
        events = cal.walk("VEVENT")
        assert len(events) == 1, "one UID per calendar object"
        ev = events[0]
        zones = cal.walk("VTIMEZONE")
        found.append(CalPart(
            str(cal["METHOD"]), str(ev["UID"]), int(ev["SEQUENCE"]), str(ev["STATUS"]),
            ev["DTSTART"].dt, str(ev["ATTENDEE"]).lower(), str(ev["ORGANIZER"]).lower(),
            str(ev["SUMMARY"]), [str(z["TZID"]) for z in zones],
            sum(len(z.walk("DAYLIGHT")[0].get("RRULE", {})) > 0 for z in zones)))
    return found


def subject(msg: EmailMessage) -> str:
    """As mail clients show it (Python's parser keeps the space of a folded first line)."""
    return str(msg["Subject"]).strip()


def body(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def outbox(db: Database) -> list[OutboxMessage]:
    with db.reading() as orm:
        rows = list(orm.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
        for row in rows:
            orm.expunge(row)
    return rows


def uids(db: Database) -> dict[int, tuple[str, int]]:
    """Session id -> (UID, SEQUENCE) as stored."""
    with db.reading() as orm:
        return {s.id: (s.uid, s.sequence) for s in orm.scalars(select(Session))}


def emails(db: Database, person_ids: list[int]) -> dict[int, str]:
    with db.reading() as orm:
        return {p.id: p.email or "" for p in orm.scalars(
            select(Person).where(Person.id.in_(person_ids)))}


def small_conference(db, capacity: int | None, people: int, *, title: str = "Fachtagung "
                     "Bildungsmonitoring 2027") -> tuple[int, int, list[int]]:
    with db.transaction() as orm:
        start = datetime(2027, 5, 20, 9, 0)
        event = create_event(orm, EventPlan(
            format="conference", title=title, office="hamburg", capacity=capacity,
            sessions=[SessionPlan(start=start, end=start + timedelta(hours=8))]),
            force=True).value
        ids = []
        for i in range(people):
            p = add_person(orm, first_name=f"Vorname{i}", last_name=f"Nachname{i}",
                           email=f"teilnehmer{i}@example.org").value
            register(orm, event.id, p.id, force=True)
            ids.append(p.id)
        return event.id, event.sessions[0].id, ids
