"""Conflict check of a whole year, against the same queries in bare sqlite3.

Setup (not timed): one year (250 working days of 2027) of sessions of both offices,
bulk-inserted, spread over a fixed pool of 40 venues and 150 trainers (so a bigger year
means fuller calendars, the hard case for an index), one or two trainers per session,
planned without clashes (as a real year mostly is), so every check runs its queries and
finds nothing. Sizes: a year as the offices plan it (~700 sessions), and 2,000 and 20,000.

Timed: every session checked against all others as the app does when a session is saved,
`planner.checks.booking_conflicts` (venue and trainer double bookings), one read
transaction for the whole pass; the raw side runs the same two queries per session in
bare sqlite3. CPU time (one thread, both in this process: load on a shared machine does
not count), medians of interleaved runs. Targets: ours / raw < 2 for the year of ~700
sessions and at 20,000. The growth 2,000 -> 20,000 is reported for both: the trainer query
reads each trainer's bookings (the schema has no trainer-and-time index), so with a fixed
pool of trainers it grows with the size of the year, in bare SQL just as in the app.
"""

from __future__ import annotations

import statistics
import time
from datetime import date, datetime, timedelta
from pathlib import Path

SIZES = (2_000, 20_000)
YEAR_SESSIONS = 700
YEAR_RUNS = 7
TARGET_RATIO = 2.0
VENUES = 40
TRAINERS = 150


def working_days(year: int) -> list[date]:
    day, days = date(year, 1, 4), []
    while day.year == year and len(days) < 250:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def setup(path: Path, count: int) -> None:
    from sqlalchemy import insert, select

    from planner.models import Event, Office, Person, Session, SessionTrainer, Venue
    from planner.storage.database import Database
    from planner.usecases.planning import EventPlan, SessionPlan, create_event

    db = Database.open(path)
    with db.transaction() as orm:
        seed = create_event(orm, EventPlan(
            format="network_group", title="Anker", office="berlin",
            sessions=[SessionPlan(start=datetime(2026, 12, 1, 9), end=datetime(2026, 12, 1, 12),
                                  title="Anker")]), force=True).value
        office_ids = list(orm.scalars(select(Office.id).order_by(Office.id)))
        assert seed.office_id in office_ids and len(office_ids) == 2
        orm.execute(insert(Venue), [{"name": f"Raum {i}", "city": "Berlin"}
                                    for i in range(VENUES)])
        venue_ids = list(orm.scalars(select(Venue.id).order_by(Venue.id)))
        orm.execute(insert(Person), [
            {"first_name": "Referent", "last_name": f"Nummer {i}", "is_trainer": True,
             "search_key": f"nummer {i} referent"} for i in range(TRAINERS)])
        trainer_ids = list(orm.scalars(select(Person.id).where(Person.is_trainer)
                                       .order_by(Person.id)))
        events = count // 10
        orm.execute(insert(Event), [
            {"format": "network_group", "title": f"Workshop {i}",
             "office_id": office_ids[i % 2]} for i in range(events)])
        event_ids = list(orm.scalars(select(Event.id).where(Event.title.like("Workshop %"))
                                     .order_by(Event.id)))
        days = working_days(2027)
        per_day = -(-count // len(days))  # ceiling: every session gets a day
        rows = []
        for i in range(count):
            day = days[i // per_day]
            slot = i % per_day
            half = (slot // VENUES) % 2  # morning / afternoon
            start = datetime.combine(day, datetime.min.time()) + timedelta(
                hours=9 + 4.5 * half + (i % 3) * 0.5)
            rows.append({"event_id": event_ids[i % events], "position": 1 + i // events,
                         "kind": "meeting", "title": f"Termin {i}", "start": start,
                         "end": start + timedelta(hours=3),
                         "venue_id": venue_ids[slot % VENUES], "status": "planned"})
        orm.execute(insert(Session), rows)
        session_ids = list(orm.scalars(select(Session.id).where(Session.event_id != seed.id)
                                       .order_by(Session.id)))
        links = []
        for i, sid in enumerate(session_ids):
            links.append({"session_id": sid, "person_id": trainer_ids[(i * 7) % TRAINERS]})
            if i % 3 == 0:
                links.append({"session_id": sid,
                              "person_id": trainer_ids[(i * 7 + 1) % TRAINERS]})
        orm.execute(insert(SessionTrainer), links)
    db.close()


def check_all(path: Path) -> tuple[float, float, int, int]:
    """Wall and CPU seconds for checking every session, the number of checks and of
    warnings."""
    from sqlalchemy import select

    from planner.checks import booking_conflicts
    from planner.models import Session, SessionTrainer
    from planner.storage.database import Database

    db = Database.open(path)
    with db.reading() as orm:
        sessions = orm.execute(select(Session.id, Session.start, Session.end,
                                      Session.venue_id)).all()
        trainers: dict[int, list[int]] = {}
        for sid, pid in orm.execute(select(SessionTrainer.session_id,
                                           SessionTrainer.person_id)):
            trainers.setdefault(sid, []).append(pid)
        t0, c0 = time.perf_counter(), time.process_time()
        found = 0
        for sid, start, end, venue_id in sessions:
            found += len(booking_conflicts(orm, start, end, venue_id, trainers.get(sid, []),
                                           exclude_session_id=sid))
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    db.close()
    return seconds, cpu, len(sessions), found


RAW_OVERLAP = ('s."start" < ? AND s."start" > ? AND s."end" > ? AND s.status != ? '
               'AND s.id != ?')


def check_all_raw(path: Path) -> tuple[float, int]:
    """The same checks in bare sqlite3: per session the venue and the trainer overlap
    queries `booking_conflicts` runs. CPU seconds and the number of conflicts found."""
    import sqlite3

    from planner.checks import MAX_SESSION_DAYS

    def stamp(value: datetime) -> str:
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")

    conn = sqlite3.connect(path)
    conn.execute("BEGIN")
    sessions = conn.execute('SELECT id, "start", "end", venue_id FROM session').fetchall()
    trainers: dict[int, list[int]] = {}
    for sid, pid in conn.execute("SELECT session_id, person_id FROM session_trainer"):
        trainers.setdefault(sid, []).append(pid)
    c0 = time.process_time()
    found = 0
    for sid, start, end, venue_id in sessions:
        begin = datetime.fromisoformat(start)
        args = (end, stamp(begin - timedelta(days=MAX_SESSION_DAYS)), start, "cancelled", sid)
        if venue_id is not None:
            found += len(conn.execute(
                f"SELECT s.id FROM session s WHERE s.venue_id = ? AND {RAW_OVERLAP}",
                (venue_id, *args)).fetchall())
        people = trainers.get(sid, [])
        if people:
            found += len(conn.execute(
                "SELECT st.person_id, s.id FROM session_trainer st JOIN session s "
                f"ON st.session_id = s.id WHERE st.person_id IN ({','.join('?' * len(people))}) "
                f"AND {RAW_OVERLAP}", (*people, *args)).fetchall())
    cpu = time.process_time() - c0
    conn.rollback()
    conn.close()
    return cpu, found


def compare(path: Path, runs: int) -> tuple[float, float, int, int]:
    """Median CPU seconds of ours and of the bare queries (interleaved), the number of
    sessions checked and of conflicts found (the same on both sides)."""
    ours, raw = [], []
    for _ in range(runs):
        _seconds, cpu, checks, found = check_all(path)
        raw_cpu, raw_found = check_all_raw(path)
        assert found == raw_found, (found, raw_found)
        ours.append(cpu)
        raw.append(raw_cpu)
    return statistics.median(ours), statistics.median(raw), checks, found


def run(workdir: Path) -> list[dict]:
    results: list[dict] = []
    measured: dict[int, tuple[float, float]] = {}
    for count, runs in ((YEAR_SESSIONS, YEAR_RUNS), *((size, 1) for size in SIZES)):
        path = workdir / f"conflicts{count}.sqlite"
        setup(path, count)
        mine, bare, checks, found = compare(path, runs)
        measured[count] = (mine, bare)
        label = "a year as planned, both offices" if count == YEAR_SESSIONS else "a full year"
        results.append({"name": f"conflicts: check {checks} sessions, {label} ({found} found), "
                                "CPU", "value": mine, "unit": "s", "ratio": mine / bare,
                        "target": None if count == SIZES[0] else TARGET_RATIO})
        results.append({"name": f"conflicts: the same queries in bare sqlite3 ({checks}), CPU",
                        "value": bare, "unit": "s"})
    small, big = SIZES
    for side, index in (("ours", 0), ("bare sqlite3", 1)):
        results.append({"name": f"conflicts: growth {small}->{big}, {side} (linear 10x)",
                        "value": measured[big][index] / measured[small][index], "unit": "x"})
    return results
