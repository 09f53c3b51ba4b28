"""A first start killed at any moment heals on the next start (issue 15, fault 7).

Before, the schema was committed by the migrations and the offices and topics in a second
transaction: a kill in between left a database at the current schema without reference
data, which every later start (and `check`) took for healthy while `demo` and office
exports failed. Now a new file is built complete under a temporary name and moved into
place, schema and reference data are one transaction, and start-up and `check` verify the
reference data.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from planner.cli import main
from planner.errors import DatabaseError
from planner.storage.database import Database
from tests import robustness_stats

pytestmark = pytest.mark.sqlite_only("erster Start einer SQLite-Datei")

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("FIRST_START_ROUNDS", "10"))


def offices(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM office").fetchone()[0]


@pytest.fixture
def empty_cache(tmp_path, monkeypatch):
    """No kept empty database: the first start builds the schema itself."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("TRANSFERPLANER_CACHE_DIR", str(folder))
    return folder


def test_a_failure_between_schema_and_reference_data_leaves_nothing_half_built(
        tmp_path, empty_cache, monkeypatch):
    import planner.reference

    path = tmp_path / "neu.sqlite"
    real = planner.reference.ensure_reference_data

    def dies(_orm):
        raise DatabaseError("Abbruch mitten im ersten Start")

    monkeypatch.setattr(planner.reference, "ensure_reference_data", dies)
    with pytest.raises(DatabaseError, match="Abbruch"):
        Database.open(path)
    assert not path.exists() or path.stat().st_size == 0  # nothing that looks finished
    monkeypatch.setattr(planner.reference, "ensure_reference_data", real)

    db = Database.open(path)
    try:
        assert db.schema_action == "created" and db.integrity_check() == []
    finally:
        db.close()
    assert offices(path) == 2
    assert [p.name for p in tmp_path.iterdir() if ".creating" in p.name] == []


def test_a_database_without_reference_data_is_healed_and_check_sees_it(db_path, capsys):
    Database.open(db_path).close()
    with closing(sqlite3.connect(db_path)) as conn:  # what an old killed first start left
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("DELETE FROM office")
        conn.execute("DELETE FROM topic")
        conn.commit()
    db = Database.open_read_only(db_path)
    try:
        assert db.integrity_check() == ["Stammdaten fehlen: Standorte, Themen"]
    finally:
        db.close()
    assert main(["--db", str(db_path), "check"]) == 0  # opening heals it
    assert offices(db_path) == 2
    assert main(["--db", str(db_path), "demo", "--years", "1"]) == 0
    capsys.readouterr()


def _first_start(path: Path, cache: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), TRANSFERPLANER_CACHE_DIR=str(cache))
    return subprocess.Popen([sys.executable, "-m", "planner", "--db", str(path), "check"],
                            env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def test_first_start_killed_at_random_moments_always_heals(tmp_path):
    """Kill target "first start": SIGKILL during the first start (half the rounds with
    nothing kept in the cache, so the schema is built by the migrations); the next start
    must give a complete database."""
    if sys.platform == "win32":
        pytest.skip("SIGKILL is POSIX")
    rng = random.Random(7)
    probe = _first_start(tmp_path / "probe.sqlite", tmp_path / "probe-cache")
    started = time.monotonic()
    probe.wait(timeout=120)
    full = time.monotonic() - started
    broken = 0
    for round_no in range(ROUNDS):
        path = tmp_path / f"r{round_no}" / "plan.sqlite"
        path.parent.mkdir()
        cache = tmp_path / ("cache-shared" if round_no % 2 else f"cache-{round_no}")
        proc = _first_start(path, cache)
        time.sleep(rng.uniform(0.2, 1.0) * full)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        robustness_stats.record_crash_round()
        env_cache = os.environ.get("TRANSFERPLANER_CACHE_DIR")
        os.environ["TRANSFERPLANER_CACHE_DIR"] = str(cache)
        try:
            db = Database.open(path)
            try:
                if db.integrity_check() != [] or offices(path) != 2:
                    broken += 1
            finally:
                db.close()
        finally:
            if env_cache is None:
                os.environ.pop("TRANSFERPLANER_CACHE_DIR", None)
            else:
                os.environ["TRANSFERPLANER_CACHE_DIR"] = env_cache
    robustness_stats.note(f"first start: {ROUNDS} kills, {broken} left a database that "
                          "did not heal")
    assert broken == 0
