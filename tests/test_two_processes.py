"""Two processes write the same SQLite file at the same moment; both finish, nothing is lost.

Each writer (tests/crash_worker.py, mode burst) runs a mix of use cases that read before
they write (duplicate check, capacity count, double-booking check). Both are released at
the same instant by a "go" file. With a deferred BEGIN such a read-then-write transaction
fails with "database is locked" when the other process committed in between (SQLite cannot
upgrade a stale read snapshot, and busy_timeout does not help); Database.transaction()
therefore begins write transactions with BEGIN IMMEDIATE.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from planner.storage.database import Database
from planner.usecases.people import add_person
from tests import robustness_stats
from tests.test_crash_kill import ROOT, WORKER, Log, prepare_db, verify, worker_env

COUNT = int(os.environ.get("TWO_PROCESS_COUNT", "80"))


def _start(db: Path, tag: str, seed: int, go: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), "burst", str(db), "--tag", tag, "--seed", str(seed),
         "--count", str(COUNT), "--go", str(go)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=worker_env(), cwd=ROOT,
    )


def _wait_ready(proc: subprocess.Popen[str], tag: str) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    assert line == f"READY {tag}", (line, proc.stderr.read() if proc.stderr else "")


def test_two_processes_write_the_same_file(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite"
    prepare_db(db)
    go = tmp_path / "go"
    writers = {"A": _start(db, "A", 1, go), "B": _start(db, "B", 2, go)}
    for tag, proc in writers.items():
        _wait_ready(proc, tag)
    started = time.monotonic()
    go.touch()
    lines: list[str] = []
    for tag, proc in writers.items():
        out, err = proc.communicate(timeout=240)
        assert "locked" not in err and "busy" not in err.lower(), err
        assert proc.returncode == 0, f"writer {tag} failed:\n{err}"
        lines.extend(out.splitlines())
    elapsed = time.monotonic() - started
    log = Log.parse(lines)
    assert not log.in_flight
    for tag in ("A", "B"):
        assert sum(1 for _, m, _ in log.committed if m.startswith(f"{tag}-")) == COUNT
    enrolments = sum(1 for kind, _, _ in log.committed if kind == "enrol")
    # Nothing lost: every reported transaction is in the file, completely.
    assert verify(db, log) == enrolments
    robustness_stats.note(
        f"two processes: 2 x {COUNT} transactions on one file in {elapsed:.1f} s, none lost"
    )


def test_write_waits_for_the_other_writer_instead_of_failing(db_path: Path) -> None:
    """A write transaction started while another process holds the write lock waits."""
    first = Database.open(db_path)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
         "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(1.0);"
         "c.execute(\"INSERT INTO topic (name) VALUES ('vom anderen Prozess')\");"
         "c.execute('COMMIT')", str(db_path)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with first.transaction() as orm:
            # Read first, then write: the classic lock-upgrade case.
            add_person(orm, first_name="Warte", last_name="Geduldig",
                       email="warte@example.org")
        waited = time.monotonic() - started
        assert holder.wait(timeout=30) == 0
    finally:
        first.close()
    assert waited > 0.5  # it really waited for the other writer
    check = Database.open(db_path)
    try:
        with check.reading() as orm:
            from sqlalchemy import select

            from planner.models import Person, Topic

            assert orm.scalars(select(Person).where(Person.email == "warte@example.org")).one()
            assert orm.scalars(select(Topic).where(Topic.name == "vom anderen Prozess")).one()
    finally:
        check.close()


def test_reading_does_not_take_the_write_lock(db_path: Path) -> None:
    """Reads stay deferred: a reader does not block a writer in another connection."""
    db = Database.open(db_path)
    other = Database.open(db_path)
    try:
        with db.reading() as orm:
            from sqlalchemy import select

            from planner.models import Office

            assert orm.scalars(select(Office)).first() is not None
            started = time.monotonic()
            with other.transaction() as orm2:
                add_person(orm2, first_name="Schnell", last_name="Schreiber")
            assert time.monotonic() - started < 2
    finally:
        db.close()
        other.close()
