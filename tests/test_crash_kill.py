"""SIGKILL a writer at random moments, many times; nothing reported committed may be lost.

The writer (tests/crash_worker.py) reports a transaction as committed only after
``db.transaction()`` returned. After each kill an independent reader (plain ``sqlite3``)
checks: ``PRAGMA integrity_check`` is ``ok``, no foreign key points nowhere, every reported
transaction is there completely, and nothing is there that was never started or only half
written. Rounds: ``CRASH_ROUNDS`` (default 40); a few rounds start a fresh interpreter, the
rest are forked from a pre-imported server so that the kills land inside the write bursts.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest

from tests import robustness_stats

WORKER = Path(__file__).resolve().parent / "crash_worker.py"
ROOT = WORKER.parent.parent
ROUNDS = int(os.environ.get("CRASH_ROUNDS", "40"))
COLD_EVERY = 13  # every 13th round starts a new interpreter (kill may hit start-up and open)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")


@dataclass
class Log:
    """What writers reported: committed transactions and at most one in flight per writer."""

    committed: list[tuple[str, str, str]] = field(default_factory=list)
    in_flight: list[tuple[str, str, str]] = field(default_factory=list)

    @classmethod
    def parse(cls, lines: list[str]) -> Log:
        log = cls()
        open_by_tag: dict[str, tuple[str, str, str]] = {}
        for line in lines:
            parts = line.split()
            if len(parts) != 4 or parts[0] not in ("B", "C"):
                continue
            tag = parts[2].rsplit("-", 1)[0]
            entry = (parts[1], parts[2], parts[3])
            if parts[0] == "B":
                open_by_tag[tag] = entry
            else:
                assert open_by_tag.pop(tag) == entry, f"C without B: {line}"
                log.committed.append(entry)
        log.in_flight = list(open_by_tag.values())
        return log


def worker_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def prepare_db(path: Path) -> None:
    subprocess.run([sys.executable, str(WORKER), "prepare", str(path)], check=True,
                   env=worker_env(), cwd=ROOT, timeout=120)


def _stamp(value: str) -> datetime:
    return datetime.fromisoformat(value)


def verify(path: Path, log: Log, known_starts: dict[int, datetime] | None = None,
           round_log: Log | None = None) -> int:
    """Check the file with plain sqlite3; returns the number of crash persons found.

    `log` holds everything reported so far (all rounds); moves are checked against
    `round_log` (the last round) and `known_starts` (the state after the round before).
    """
    with closing(sqlite3.connect(path, timeout=30)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        event_id = conn.execute(
            "SELECT id FROM event WHERE title = 'Crash-Test-Reihe'").fetchone()[0]
        first_session = conn.execute(
            "SELECT id FROM session WHERE event_id = ? ORDER BY position LIMIT 1", (event_id,)
        ).fetchone()[0]
        allowed = {m for _, m, _ in log.committed} | {m for _, m, _ in log.in_flight}

        # Every crash person: reported (or in flight) and complete (registration + attendance).
        persons = conn.execute(
            "SELECT p.id, p.email, r.status, a.status, a.note FROM person p "
            "LEFT JOIN registration r ON r.person_id = p.id AND r.event_id = ? "
            "LEFT JOIN attendance a ON a.person_id = p.id AND a.session_id = ? "
            "WHERE p.email LIKE '%@crash.example'", (event_id, first_session)
        ).fetchall()
        found = {}
        for pid, email, reg_status, att_status, note in persons:
            marker = email.split("@")[0]
            found[marker] = pid
            assert marker in allowed, f"{email} was never reported as started"
            assert reg_status == "registered", f"half-written enrolment {marker}"
            assert att_status == "present" and note == marker, f"half-written {marker}"
        for kind, marker, _ in log.committed:
            if kind == "enrol":
                assert marker in found, f"committed enrolment {marker} lost"

        # Events: every committed one present with all three sessions, none half-written.
        counts = dict(conn.execute(
            "SELECT e.title, count(s.id) FROM event e LEFT JOIN session s ON s.event_id = e.id "
            "WHERE e.format = 'network_group' GROUP BY e.id").fetchall())
        assert all(n == 3 for n in counts.values()), counts
        assert set(counts) <= allowed, set(counts) - allowed
        for kind, marker, _ in log.committed:
            if kind == "event":
                assert marker in counts, f"committed event {marker} lost"

        # Moves: the last committed start per session, or the one in flight.
        starts = {sid: _stamp(value) for sid, value in conn.execute(
            "SELECT id, start FROM session WHERE event_id = ?", (event_id,))}
        moves = round_log or log
        if known_starts is not None:
            expected: dict[int, set[datetime]] = {
                sid: {known_starts.get(sid, start)} for sid, start in starts.items()}
            for kind, _, payload in moves.committed:
                if kind == "move":
                    sid_text, start_text = payload.split(",")
                    expected[int(sid_text)] = {_stamp(start_text)}
            for kind, _, payload in moves.in_flight:
                if kind == "move":
                    sid_text, start_text = payload.split(",")
                    expected[int(sid_text)].add(_stamp(start_text))
            for sid, start in starts.items():
                assert start in expected[sid], f"session {sid}: {start} not in {expected[sid]}"
            known_starts.update(starts)
        return len(found)


class Server:
    """The pre-imported fork server of crash_worker.py, read by a thread into a queue."""

    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), "serve", str(db)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, env=worker_env(), cwd=ROOT, bufsize=1,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        while self.next_line(timeout=120) != "SERVING":
            pass

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("")

    def next_line(self, timeout: float = 60) -> str:
        line = self.lines.get(timeout=timeout)
        if line == "":
            raise AssertionError("crash worker server ended unexpectedly")
        return line

    def run(self, tag: str, seed: int, db: Path, delay: float) -> tuple[list[str], int]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"RUN {tag} {seed} {db}\n")
        self.proc.stdin.flush()
        lines = []
        line = self.next_line()
        while not line.startswith("PID "):
            lines.append(line)
            line = self.next_line()
        pid = int(line.split()[2])
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        line = self.next_line()
        while not line.startswith(f"EXIT {tag} "):
            lines.append(line)
            line = self.next_line()
        return lines, int(line.split()[2])

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write("QUIT\n")
            self.proc.stdin.close()
            self.proc.wait(timeout=30)


def cold_round(tag: str, seed: int, db: Path, delay: float) -> tuple[list[str], int]:
    """A fresh interpreter killed after `delay` s (start-up included), output read after."""
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), "burst", str(db), "--tag", tag, "--seed", str(seed)],
        stdout=subprocess.PIPE, env=worker_env(), cwd=ROOT,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    return out.decode().splitlines(), proc.returncode


def test_sigkill_during_write_bursts_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite"
    prepare_db(db)
    rng = random.Random(int(os.environ.get("CRASH_SEED", "20270302")))
    known_starts: dict[int, datetime] = {}
    history = Log()
    verify(db, history, known_starts)
    server = Server(db)
    committed_total = 0
    mid_transaction_kills = 0
    try:
        for n in range(1, ROUNDS + 1):
            tag = f"r{n}"
            if n % COLD_EVERY == 0:
                lines, status = cold_round(tag, rng.randrange(10**6), db, rng.uniform(0.3, 3.0))
                assert status == -signal.SIGKILL, status
            else:
                lines, status = server.run(tag, rng.randrange(10**6), db, rng.uniform(0.0, 0.6))
                assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
            log = Log.parse(lines)
            committed_total += len(log.committed)
            mid_transaction_kills += bool(log.in_flight)
            history.committed.extend(log.committed)
            history.in_flight.extend(log.in_flight)
            verify(db, history, known_starts, log)
            robustness_stats.record_crash_round()
    finally:
        server.close()
    robustness_stats.note(
        f"crash-kill: {ROUNDS} rounds, {committed_total} commits checked, "
        f"{mid_transaction_kills} kills inside a transaction"
    )
    # The test must really have killed writers in the middle of their work.
    assert committed_total > ROUNDS
    assert mid_transaction_kills >= ROUNDS // 2
