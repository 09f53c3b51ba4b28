"""Restore is safe against a writer in another process and against files that only look
like a Transferplaner database (issue 15, faults 1 and 2).

Every check of the file contents uses an independent `sqlite3` reader.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from planner.cli import main
from planner.errors import DatabaseError
from planner.storage.backup import create_backup, restore_backup
from planner.usecases.people import add_person
from tests import robustness_stats
from tests.factories import make_series

pytestmark = pytest.mark.sqlite_only("Wiederherstellung einer SQLite-Datei")

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("RESTORE_ROUNDS", "6"))

# A writer as an import runs it: the program's own transaction (BEGIN IMMEDIATE), rows
# written, a pause while it works, then the commit; it prints "committed" only after that.
WRITER = """
import sys, time
from pathlib import Path
from planner.storage.database import Database
from planner.usecases.people import add_person
db = Database.open(sys.argv[1])
with db.transaction() as orm:
    for i in range(int(sys.argv[4])):
        add_person(orm, first_name="Gleichzeitig", last_name=f"Import-{sys.argv[3]}-{i}")
    orm.flush()
    Path(sys.argv[2]).touch()
    time.sleep(float(sys.argv[5]))
print("committed", flush=True)
"""


def names(path: Path) -> set[str]:
    with closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as conn:
        return {r[0] for r in conn.execute("SELECT last_name FROM person")}


def dump(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return "\n".join(conn.iterdump())


@pytest.fixture
def saved(db, tmp_path):
    make_series(db, persons=5)
    return create_backup(db, tmp_path / "stand.sqlite")


def _start_writer(db_path: Path, ready: Path, tag: str, rows: int, hold: float
                  ) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), str(ready), tag,
                             str(rows), str(hold)], stdout=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)


def _wait_for(path: Path, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while not path.exists():
        assert proc.poll() is None, "the writer ended before it held the lock"
        assert time.monotonic() < deadline
        time.sleep(0.01)


def test_a_commit_during_the_restore_is_kept_in_the_safety_copy(db, db_path, saved, tmp_path):
    """The writer holds the write lock when the restore starts and commits while the
    restore waits: its rows must be in the safety copy (before: in neither file)."""
    ready = tmp_path / "ready"
    writer = _start_writer(db_path, ready, "A", 300, 1.0)
    _wait_for(ready, writer)

    safety = restore_backup(db_path, saved, folder=tmp_path / "sich")

    out, _ = writer.communicate(timeout=60)
    assert writer.returncode == 0 and "committed" in out
    assert safety is not None
    imported = {f"Import-A-{i}" for i in range(300)}
    assert imported <= names(safety)  # the import is kept, not lost
    assert not imported & names(db_path)  # and the restored state is the backup's
    assert names(db_path) == names(saved)


def test_restore_under_concurrent_imports_never_loses_a_commit(db, db_path, saved, tmp_path):
    """Kill target "restore under concurrent import": writers commit at random moments
    around a restore; every reported commit is in the restored database or the copy."""
    rng = random.Random(15)
    lost_rounds = 0
    for round_no in range(ROUNDS):
        ready = tmp_path / f"ready-{round_no}"
        tag = f"R{round_no}"
        writer = _start_writer(db_path, ready, tag, rng.randint(1, 400), rng.uniform(0, 0.6))
        if rng.random() < 0.5:
            _wait_for(ready, writer)  # else the restore may come first
        try:
            safety = restore_backup(db_path, saved, folder=tmp_path / f"sich-{round_no}")
        except DatabaseError as exc:  # waiting too long is refused, never silent
            assert "gesperrt" in exc.message
            safety = None
        out, _ = writer.communicate(timeout=60)
        robustness_stats.record_crash_round()
        if "committed" not in out:
            continue
        written = {n for n in names(db_path) | (names(safety) if safety else set())
                   if n.startswith(f"Import-{tag}-")}
        if not written:
            lost_rounds += 1
    robustness_stats.note(f"restore under concurrent import: {ROUNDS} rounds, "
                          f"{lost_rounds} with a lost commit")
    assert lost_rounds == 0


def test_restore_refuses_while_a_writer_holds_the_lock_too_long(db, db_path, saved, tmp_path,
                                                                 monkeypatch):
    from planner.storage import backup as backup_mod

    monkeypatch.setattr(backup_mod, "LOCK_TIMEOUT_SECONDS", 0.3)
    before = dump(db_path)
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseError) as info:
            restore_backup(db_path, saved, folder=tmp_path / "sich")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert "anderes Programm" in info.value.message and "nicht verändert" in info.value.message
    assert dump(db_path) == before
    assert not (tmp_path / "sich").exists() or not any((tmp_path / "sich").iterdir())


# --- fault 2: the schema of the file to restore ---------------------------------------------


def _tamper(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        for sql in statements:
            conn.execute(sql)
        conn.commit()


TAMPERING = {
    "trigger": ["CREATE TRIGGER wipe AFTER INSERT ON change_log BEGIN DELETE FROM attendance;"
                " END"],
    "view": ["CREATE VIEW everyone AS SELECT email FROM person"],
    "index": ["CREATE INDEX ix_extra ON person (email)"],
    "table": ["CREATE TABLE extra (id INTEGER PRIMARY KEY)"],
    "column": ["ALTER TABLE person ADD COLUMN spy TEXT"],
    "dropped index": ["DROP INDEX ix_person_search_key"],
}


@pytest.mark.parametrize("kind", sorted(TAMPERING))
def test_a_backup_with_a_foreign_schema_object_is_refused(db, db_path, saved, tmp_path, kind):
    with closing(sqlite3.connect(saved)) as conn:
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    if kind == "dropped index" and "ix_person_search_key" not in indexes:
        pytest.skip("index name differs")
    _tamper(saved, *TAMPERING[kind])
    before = dump(db_path)
    with pytest.raises(DatabaseError) as info:
        restore_backup(db_path, saved, folder=tmp_path / "sich")
    assert "weicht von dem dieser Programmversion ab" in info.value.message
    assert "nicht verändert" in info.value.message
    assert dump(db_path) == before
    assert not (tmp_path / "sich").exists()


def test_a_file_with_only_the_version_and_a_person_table_is_refused(db, db_path, tmp_path):
    fake = tmp_path / "fake.sqlite"
    with closing(sqlite3.connect(db_path)) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    _tamper(fake, "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
            f"INSERT INTO alembic_version VALUES ('{revision}')",
            "CREATE TABLE person (id INTEGER PRIMARY KEY)")
    before = dump(db_path)
    with pytest.raises(DatabaseError, match="fehlt"):
        restore_backup(db_path, fake)
    assert dump(db_path) == before


def test_the_trigger_attack_of_the_issue_is_refused_on_the_command_line(
        db, db_path, saved, tmp_path, capsys):
    _tamper(saved, *TAMPERING["trigger"])
    code = main(["--db", str(db_path), "restore", str(saved)])
    err = capsys.readouterr().err
    assert code == 1 and "Trigger „wipe“ gehört nicht zum Schema" in err


def test_check_reports_a_foreign_trigger_in_the_live_database(db, db_path, capsys):
    _tamper(db_path, *TAMPERING["trigger"])
    code = main(["--db", str(db_path), "check"])
    err = capsys.readouterr().err
    assert code == 1 and "Trigger „wipe“" in err


def test_a_good_restore_keeps_triggers_indexes_and_sequences(db, db_path, saved, tmp_path):
    with db.transaction() as orm:
        add_person(orm, first_name="Danach", last_name="Angelegt")
    restore_backup(db_path, saved, folder=tmp_path / "sich")
    with closing(sqlite3.connect(db_path)) as live, closing(sqlite3.connect(saved)) as copy:
        schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        assert live.execute(schema).fetchall() == copy.execute(schema).fetchall()
        assert live.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert live.execute("PRAGMA foreign_key_check").fetchall() == []
    assert names(db_path) == names(saved)
    with db.transaction() as orm:  # the open program keeps writing
        add_person(orm, first_name="Nach", last_name="Wiederherstellung")
    assert "Wiederherstellung" in names(db_path)
