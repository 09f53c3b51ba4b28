"""A 1,000-session trainer calendar via export_trainer_calendar versus a bare icalendar loop
writing the same properties, the same hand-built VTIMEZONE and calling to_ical()."""

from __future__ import annotations

import gc
import time
from datetime import UTC, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress, vText

from planner.exports.ical import export_trainer_calendar, load_sessions
from planner.exports.ical_events import PRODID, description_of, summary_of
from planner.exports.ical_vtimezone import berlin_vtimezone
from planner.models import AgendaItem, Excursion, Person, Session, SessionTrainer
from planner.models import Event as EventRow
from planner.storage.database import Database
from planner.timezones import BERLIN
from planner.usecases.lookup import office_by_key
from planner.usecases.people import add_person, add_venue

COUNT = 1000
PER_EVENT = 10
REPEATS = 9


def setup(path: Path, count: int = COUNT) -> tuple[Database, int]:
    """One trainer teaching `count` sessions in events of both offices (models, bulk)."""
    db = Database.open(path)
    with db.transaction() as orm:
        venue = add_venue(orm, name="Haus der Bildung", street="Markt 1", postcode="04109",
                          city="Leipzig", federal_state="SN").value
        trainer = add_person(orm, first_name="Małgorzata", last_name="Kowalczyk-Şen",
                             email="m.kowalczyk@example.org", roles=["trainer"]).value
        speaker = add_person(orm, first_name="İlkay", last_name="Güneş",
                             email="ilkay@example.org", roles=["trainer"]).value
        offices = [office_by_key(orm, "berlin"), office_by_key(orm, "hamburg")]
        start = datetime(2027, 1, 5, 9, 30)
        for e in range(count // PER_EVENT):
            event = EventRow(format="network_group", title=f"Netzwerk on Tour {e + 1}: Ğüşçö",
                             office=offices[e % 2])
            orm.add(event)
            for i in range(PER_EVENT):
                n = e * PER_EVENT + i
                day = start + timedelta(days=n)
                session = Session(event=event, position=i + 1, kind="meeting",
                                  title=f"Treffen {i + 1}", start=day,
                                  end=day + timedelta(hours=7), venue_id=venue.id,
                                  all_day=(n % 50 == 49))
                session.trainer_links.append(SessionTrainer(person=trainer))
                if n % 5 == 0:
                    session.agenda.append(AgendaItem(start=clock(10, 0), end=clock(11, 0),
                                                     title="Impuls; Daten, Taten",
                                                     speakers=[speaker]))
                if n % 7 == 0:
                    session.excursion = Excursion(site="Lernhaus", street="Weg 5",
                                                  postcode="22111", city="Hamburg",
                                                  host_contact="Frau Ødegård",
                                                  start=clock(13, 0), end=clock(15, 0))
                orm.add(session)
        orm.flush()
        return db, trainer.id


def raw_inputs(db: Database, person_id: int) -> tuple[str, list[dict]]:
    """Plain data for the bare loop (prepared outside the timing)."""
    with db.reading() as orm:
        person = orm.get(Person, person_id)
        assert person is not None
        name = f"Termine {person.full_name}"
        sessions = load_sessions(orm, Session.id.in_(
            [link.session_id for link in orm.query(SessionTrainer).filter_by(
                person_id=person_id)]))
        rows = [dict(
            uid=s.uid, sequence=s.sequence, last_modified=s.last_modified.replace(tzinfo=UTC),
            all_day=s.all_day, start=s.start, end=s.end, summary=summary_of(s),
            location=s.venue.full_address() if s.venue else None,
            description=description_of(s),
            status="CANCELLED" if s.is_cancelled else "CONFIRMED",
            org_email=s.event.office.email, org_name=s.event.office.name,
        ) for s in sessions]
    return name, rows


def bare_loop(name: str, rows: list[dict], target: Path) -> None:
    stamp = datetime.now(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", vText(name))
    cal.add("x-wr-timezone", "Europe/Berlin")
    cal.add_component(berlin_vtimezone())
    for r in rows:
        ev = Event()
        ev.add("uid", r["uid"])
        ev.add("sequence", r["sequence"])
        ev.add("dtstamp", stamp)
        ev.add("last-modified", r["last_modified"])
        if r["all_day"]:
            ev.add("dtstart", r["start"].date())
            ev.add("dtend", r["end"].date() + timedelta(days=1))
            ev.add("transp", "TRANSPARENT")
        else:
            ev.add("dtstart", r["start"].replace(tzinfo=BERLIN))
            ev.add("dtend", r["end"].replace(tzinfo=BERLIN))
        ev.add("summary", r["summary"])
        if r["location"]:
            ev.add("location", r["location"])
        ev.add("description", r["description"])
        ev.add("status", r["status"])
        organizer = vCalAddress(f"mailto:{r['org_email']}")
        organizer.params["CN"] = r["org_name"]
        ev.add("organizer", organizer)
        cal.add_component(ev)
    target.write_bytes(cal.to_ical())


def _timed(fn) -> tuple[float, float]:
    gc.collect()  # both sides start from the same garbage-collector state
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def run(workdir: Path) -> list[dict]:
    db, person_id = setup(workdir / "bench.sqlite")
    name, rows = raw_inputs(db, person_id)
    assert len(rows) == COUNT

    def ours() -> None:
        with db.reading() as orm:
            result = export_trainer_calendar(orm, person_id, workdir / "ours.ics")
        assert result.count == COUNT

    def raw() -> None:
        bare_loop(name, rows, workdir / "raw.ics")

    ours_times: list[tuple[float, float]] = []
    raw_times: list[tuple[float, float]] = []
    for i in range(REPEATS):  # interleaved, alternating order: the machine may be busy
        if i % 2:
            raw_times.append(_timed(raw))
            ours_times.append(_timed(ours))
        else:
            ours_times.append(_timed(ours))
            raw_times.append(_timed(raw))
    db.close()
    ours_wall, raw_wall = min(t[0] for t in ours_times), min(t[0] for t in raw_times)
    ours_cpu, raw_cpu = min(t[1] for t in ours_times), min(t[1] for t in raw_times)
    size_ours = (workdir / "ours.ics").stat().st_size
    size_raw = (workdir / "raw.ics").stat().st_size
    assert abs(size_ours - size_raw) < size_raw * 0.02, (size_ours, size_raw)
    return [
        {"name": "ical: trainer calendar, 1,000 sessions (export)", "value": ours_wall,
         "unit": "s", "ratio": ours_wall / raw_wall, "target": 1.3},
        {"name": "ical: bare icalendar loop, 1,000 events", "value": raw_wall, "unit": "s"},
        {"name": "ical: trainer calendar export, CPU time", "value": ours_cpu, "unit": "s",
         "ratio": ours_cpu / raw_cpu, "target": 1.3},
    ]
