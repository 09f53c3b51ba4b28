"""A writer process for the crash and concurrency tests.

Every transaction goes through the real use cases. Before a transaction the worker prints
``B <kind> <marker> <payload>``; only after ``db.transaction()`` has returned (the COMMIT is
done) it prints ``C <kind> <marker> <payload>``. Lines are written with one ``os.write`` on
the unbuffered file descriptor 1, so a SIGKILL can never leave a "C" line for a transaction
that did not commit.

Kinds:
- ``enrol``: a new person (e-mail ``<marker>@crash.example``), registered for the whole
  event, attendance "present" for the first session with the marker as note.
- ``move``: move one session of the event to a new start (payload ``<session_id>,<iso start>``).
- ``event``: a network group with three sessions titled ``<marker>``.

Modes:
- ``python tests/crash_worker.py burst DB --tag T [--count N] [--seed S] [--go FILE]``:
  write until killed, or N transactions and exit 0. With ``--go`` it prints READY and waits
  for FILE to exist before the first write (to start two writers at the same moment).
- ``python tests/crash_worker.py serve DB``: import and warm up once, then for each stdin line
  ``RUN <tag> <seed> <db>`` fork a burst child, print ``PID <tag> <pid>``, wait for it and
  print ``EXIT <tag> <status>``. Forking from a pre-imported process makes each kill round
  cost milliseconds instead of a two-second interpreter start.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from planner.storage.database import Database  # noqa: E402
from planner.usecases.attendance import record_attendance  # noqa: E402
from planner.usecases.people import add_person  # noqa: E402
from planner.usecases.planning import (  # noqa: E402
    EventPlan,
    SessionPlan,
    create_event,
    move_session,
)
from planner.usecases.registration import register  # noqa: E402

EVENT_TITLE = "Crash-Test-Reihe"
MOVE_BASE = datetime(2031, 1, 6, 8, 0)
AFTER_EVERY_SESSION = datetime(2099, 12, 31, 23, 59)
MAX_TRANSACTIONS = 5000


def emit(line: str) -> None:
    data = (line + "\n").encode()
    while data:
        written = os.write(1, data)
        data = data[written:]


def prepare(path: Path) -> None:
    """Create the database with the event every worker writes to (run once by the test)."""
    from tests.factories import make_series

    db = Database.open(path)
    try:
        make_series(db, persons=0, title=EVENT_TITLE)
    finally:
        db.close()


def _context(db: Database) -> tuple[int, list[int]]:
    from sqlalchemy import select

    from planner.models import Event

    with db.reading() as orm:
        event = orm.scalars(select(Event).where(Event.title == EVENT_TITLE)).one()
        return event.id, [s.id for s in sorted(event.sessions, key=lambda s: s.position)]


# Only for proving the test can fail: report "committed" before the COMMIT has happened.
REPORT_EARLY = os.environ.get("CRASH_WORKER_REPORT_EARLY") == "1"


def _enrol(db: Database, marker: str, event_id: int, first_session: int) -> None:
    with db.transaction() as orm:
        person = add_person(orm, first_name="Crash", last_name=f"Test {marker}",
                            email=f"{marker}@crash.example").value
        register(orm, event_id, person.id, force=True)
        # The session may have been moved years ahead: record as after every session.
        record_attendance(orm, first_session, person.id, "present", note=marker,
                          now=AFTER_EVERY_SESSION)
        if REPORT_EARLY:
            emit(f"C enrol {marker} -")
            time.sleep(0.05)


def _move(db: Database, session_id: int, start: datetime) -> None:
    with db.transaction() as orm:
        move_session(orm, session_id, start, start + timedelta(hours=3), force=True)


def _event(db: Database, marker: str, start: datetime) -> None:
    plan = EventPlan(
        format="network_group", title=marker, office="hamburg",
        sessions=[SessionPlan(start=start + timedelta(days=7 * i),
                              end=start + timedelta(days=7 * i, hours=2))
                  for i in range(3)],
    )
    with db.transaction() as orm:
        create_event(orm, plan, force=True)


def burst(path: Path, tag: str, seed: int, count: int | None, go: Path | None) -> int:
    rng = random.Random(seed)
    db = Database.open(path)
    event_id, session_ids = _context(db)
    if go is not None:
        emit(f"READY {tag}")
        deadline = time.monotonic() + 60
        while not go.exists():
            if time.monotonic() > deadline:
                return 4
            time.sleep(0.005)
    limit = count if count is not None else MAX_TRANSACTIONS
    for n in range(1, limit + 1):
        marker = f"{tag}-{n}"
        kind = rng.choice(("enrol", "enrol", "move", "event"))
        if kind == "enrol":
            payload = "-"
            emit(f"B {kind} {marker} {payload}")
            _enrol(db, marker, event_id, session_ids[0])
        elif kind == "move":
            session_id = rng.choice(session_ids)
            start = MOVE_BASE + timedelta(days=rng.randrange(2000), minutes=15 * rng.randrange(40))
            payload = f"{session_id},{start.isoformat()}"
            emit(f"B {kind} {marker} {payload}")
            _move(db, session_id, start)
        else:
            start = MOVE_BASE + timedelta(days=rng.randrange(2000), hours=rng.randrange(8))
            payload = start.isoformat()
            emit(f"B {kind} {marker} {payload}")
            _event(db, marker, start)
        if not (REPORT_EARLY and kind == "enrol"):
            emit(f"C {kind} {marker} {payload}")
    db.close()
    return 0


def warm_up(path: Path) -> None:
    """Run each kind once on a scratch copy, so forked children start with warm caches
    (compiled SQL, holiday tables); then close every connection before the first fork."""
    import sqlite3
    import tempfile
    from contextlib import closing
    from datetime import date

    from planner.checks import holiday_name

    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "warm.sqlite"
        with closing(sqlite3.connect(path)) as src, closing(sqlite3.connect(scratch)) as dst:
            src.backup(dst)
        db = Database.open(scratch)
        event_id, session_ids = _context(db)
        _enrol(db, "warm-1", event_id, session_ids[0])
        _move(db, session_ids[1], MOVE_BASE)
        _event(db, "warm-2", MOVE_BASE)
        db.close()
    for year in range(MOVE_BASE.year, MOVE_BASE.year + 7):
        for state in (None, "SN", "HH", "BE"):
            holiday_name(date(year, 1, 1), state)


def serve(path: Path) -> int:
    """Fork one burst child per RUN line; the parent keeps no connection open."""
    warm_up(path)
    emit("SERVING")
    for line in sys.stdin:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "QUIT":
            return 0
        _, tag, seed, db = parts
        pid = os.fork()
        if pid == 0:  # child: write until killed
            code = 1
            try:
                code = burst(Path(db), tag, int(seed), None, None)
            finally:
                os._exit(code)
        emit(f"PID {tag} {pid}")
        _, status = os.waitpid(pid, 0)
        emit(f"EXIT {tag} {status}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="mode", required=True)
    b = sub.add_parser("burst")
    b.add_argument("db", type=Path)
    b.add_argument("--tag", required=True)
    b.add_argument("--seed", type=int, default=0)
    b.add_argument("--count", type=int)
    b.add_argument("--go", type=Path)
    sv = sub.add_parser("serve")
    sv.add_argument("db", type=Path)
    p = sub.add_parser("prepare")
    p.add_argument("db", type=Path)
    args = parser.parse_args(argv)
    if args.mode == "burst":
        return burst(args.db, args.tag, args.seed, args.count, args.go)
    if args.mode == "prepare":
        prepare(args.db)
        return 0
    return serve(args.db)


if __name__ == "__main__":
    sys.exit(main())
