"""Composing the outbox for a 150-person conference cancellation (rows read, booking states
compared, template filled, per-participant METHOD:CANCEL calendar object, MIME message
serialised) versus a bare loop that builds the same messages with `email.message` and
`icalendar` from data prepared outside the timing."""

from __future__ import annotations

import gc
import time
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress, vText
from sqlalchemy import select

from planner.exports.ical_events import PRODID, description_of, summary_of
from planner.exports.ical_vtimezone import berlin_vtimezone
from planner.mail.settings import SmtpConfig, save_config
from planner.models import Office, OutboxMessage, OutboxStatus, Person, Session
from planner.notify.compose import compose_rows
from planner.notify.queue import open_rows
from planner.notify.templates import DEFAULTS
from planner.storage.database import Database
from planner.timezones import BERLIN
from planner.usecases.people import add_person, add_venue
from planner.usecases.planning import EventPlan, SessionPlan, cancel_session, create_event
from planner.usecases.registration import register

PEOPLE = 150
REPEATS = 7
SENDER = "transfer@example.org"


def setup(path: Path) -> tuple[Database, int, float]:
    """A conference with 150 confirmed participants who were told; then it is cancelled
    (returns the time the cancellation's transaction took, outbox rows included)."""
    db = Database.open(path)
    with db.transaction() as orm:
        for office in orm.scalars(select(Office)):
            office.email = f"{office.code}@transferagentur.example"
        save_config(orm, SmtpConfig(host="127.0.0.1", port=25, security="none",
                                    sender=SENDER, sender_name="Transferagentur"))
        venue = add_venue(orm, name="Kongresshaus am Zoo", street="Tiergartenstraße 3",
                          postcode="10785", city="Berlin", federal_state="BE").value
        start = datetime(2027, 6, 10, 9, 0)
        event = create_event(orm, EventPlan(
            format="conference", title="Fachtagung Bildung und Stadtentwicklung 2027",
            office="berlin", sessions=[SessionPlan(start=start, end=start + timedelta(hours=8),
                                                   venue_id=venue.id)]), force=True).value
        for i in range(PEOPLE):
            person = add_person(orm, first_name=f"Zofia{i}", last_name=f"Wałęsa-Öztürk{i}",
                                email=f"teilnehmer{i}@stadt.example", title="Dr." if i % 3
                                else "").value
            register(orm, event.id, person.id, force=True)
        session_id = event.sessions[0].id
    with db.transaction() as orm:  # the confirmations went out
        rows = open_rows(orm)
        for row, composed in zip(rows, compose_rows(orm, rows, calendars=False), strict=True):
            row.status, row.known_after = OutboxStatus.SENT, composed.known_after
    t0 = time.perf_counter()
    with db.transaction() as orm:
        cancel_session(orm, session_id, "Der Veranstaltungsort ist nicht verfügbar.")
    cancelled_in = time.perf_counter() - t0
    return db, session_id, cancelled_in


def raw_inputs(db: Database, session_id: int) -> dict:
    """Everything the bare loop needs, read and formatted outside the timing."""
    with db.reading() as orm:
        session = orm.get(Session, session_id)
        assert session is not None
        office = session.event.office
        people = [(p.title, p.first_name, p.last_name, p.email or "") for p in orm.scalars(
            select(Person).where(Person.is_participant.is_(True), Person.email.like(
                "teilnehmer%")).order_by(Person.id))]
        when = "Do., 10.06.2027, 09:00–17:00 Uhr"
        where = session.venue.full_address() if session.venue else ""
        return {
            "people": people,
            "uid": session.uid, "sequence": session.sequence,
            "last_modified": session.last_modified.replace(tzinfo=UTC),
            "start": session.start, "end": session.end, "summary": summary_of(session),
            "location": where, "description": description_of(session),
            "event_title": session.event.title, "office_name": office.name,
            "office_email": office.email, "office_phone": office.phone,
            "termine": (f"• {session.title} – ABGESAGT: {when}\n  {where}\n"
                        f"  Grund: {session.cancel_reason}"),
            "template": DEFAULTS[("session_cancelled", "de")],
            "filename": f"Absage_2027-06-10_{session.title.replace(' ', '_')}.ics",
        }


def bare_loop(data: dict) -> list[bytes]:
    stamp = datetime.now(UTC).replace(microsecond=0)
    subject_t, body_t = data["template"]
    out: list[bytes] = []
    sender = Address("Transferagentur", "transfer", "example.org")
    reply = Address(data["office_name"], *data["office_email"].split("@"))
    for title, first, last, email in data["people"]:
        name = " ".join(p for p in (title, first, last) if p)
        values = {
            "anrede": f"Guten Tag {name}", "veranstaltung": data["event_title"],
            "termine": data["termine"], "kalender": "Die beiliegenden Absagen entfernen die "
            "Termine aus Ihrem Kalender.", "kontakt": data["office_email"],
            "signatur": f"Transferagentur\n{data['office_name']}",
        }
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "CANCEL")
        cal.add("x-wr-calname", vText(data["event_title"]))
        cal.add("x-wr-timezone", "Europe/Berlin")
        cal.add_component(berlin_vtimezone())
        ev = Event()
        ev.add("uid", data["uid"])
        ev.add("sequence", data["sequence"])
        ev.add("dtstamp", stamp)
        ev.add("last-modified", data["last_modified"])
        ev.add("dtstart", data["start"].replace(tzinfo=BERLIN))
        ev.add("dtend", data["end"].replace(tzinfo=BERLIN))
        ev.add("summary", data["summary"])
        ev.add("location", data["location"])
        ev.add("description", data["description"])
        ev.add("status", "CANCELLED")
        organizer = vCalAddress(f"mailto:{data['office_email']}")
        organizer.params["CN"] = data["office_name"]
        ev.add("organizer", organizer)
        attendee = vCalAddress(f"mailto:{email}")
        attendee.params["CN"] = name
        attendee.params["CUTYPE"] = "INDIVIDUAL"
        attendee.params["ROLE"] = "REQ-PARTICIPANT"
        ev.add("attendee", attendee)
        cal.add_component(ev)
        ics = cal.to_ical()
        msg = EmailMessage()
        msg["Subject"] = subject_t.format_map(values)
        msg["From"] = sender
        msg["To"] = Address(name, *email.split("@"))
        msg["Reply-To"] = reply
        msg["Date"] = format_datetime(datetime.now(BERLIN).replace(microsecond=0))
        msg["Message-ID"] = make_msgid(domain="example.org")
        msg["MIME-Version"] = "1.0"
        msg.set_content(body_t.format_map(values), subtype="plain", charset="utf-8",
                        cte="quoted-printable")
        params = {"method": "CANCEL", "charset": "UTF-8"}
        msg.add_alternative(ics, maintype="text", subtype="calendar", cte="base64",
                            params=params)
        msg.add_attachment(ics, maintype="text", subtype="calendar", cte="base64",
                           params=params, filename=data["filename"])
        out.append(msg.as_bytes(policy=SMTP))
    return out


def ours(db: Database) -> list[bytes]:
    with db.reading() as orm:
        composed = compose_rows(orm, open_rows(orm))
    return [c.email().as_bytes(policy=SMTP) for c in composed]


def _timed(fn) -> tuple[float, float, list[bytes]]:
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def run(workdir: Path) -> list[dict]:
    db, session_id, cancelled_in = setup(workdir / "bench-outbox.sqlite")
    data = raw_inputs(db, session_id)
    with db.reading() as orm:
        assert orm.scalar(select(OutboxMessage.id).where(
            OutboxMessage.status == OutboxStatus.PENDING).limit(1)) is not None
    ours_times, raw_times = [], []
    for i in range(REPEATS):  # interleaved, alternating order: the machine may be busy
        pair = [("raw", lambda: bare_loop(data)), ("ours", lambda: ours(db))]
        for label, fn in (pair if i % 2 else pair[::-1]):
            wall, cpu, result = _timed(fn)
            assert len(result) == PEOPLE
            (raw_times if label == "raw" else ours_times).append((wall, cpu, result))
    size_ours = sum(len(m) for m in ours_times[0][2])
    size_raw = sum(len(m) for m in raw_times[0][2])
    assert abs(size_ours - size_raw) < size_raw * 0.05, (size_ours, size_raw)
    assert b'method="CANCEL"' in ours_times[0][2][0]
    db.close()
    ours_wall, raw_wall = min(t[0] for t in ours_times), min(t[0] for t in raw_times)
    ours_cpu, raw_cpu = min(t[1] for t in ours_times), min(t[1] for t in raw_times)
    return [
        {"name": "outbox: compose 150-person cancellation (ours)", "value": ours_wall,
         "unit": "s", "ratio": ours_wall / raw_wall, "target": 1.5},
        {"name": "outbox: bare email.message + icalendar loop", "value": raw_wall,
         "unit": "s"},
        {"name": "outbox: compose, CPU time", "value": ours_cpu, "unit": "s",
         "ratio": ours_cpu / raw_cpu, "target": 1.5},
        {"name": "outbox: cancel_session incl. 150 outbox rows (not compared)",
         "value": cancelled_in, "unit": "s"},
    ]
