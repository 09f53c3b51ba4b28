"""Backups through the SQLite backup API: create, verify, rotate, restore, CLI.

Every check of file contents uses an independent `sqlite3` reader, not the planner code.
"""

from __future__ import annotations

import os
import random
import sqlite3
import stat
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.cli import main
from planner.errors import DatabaseError, ValidationError
from planner.models import Person
from planner.storage import backup as backup_mod
from planner.storage.backup import (
    RetentionPolicy,
    backup_if_due,
    create_backup,
    list_backups,
    newest_good_backup,
    parse_backup_name,
    quick_check,
    quick_check_file,
    restore_backup,
    retained,
    rotate_backups,
    verify_backup,
)
from planner.usecases.people import add_person
from tests.factories import make_series

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


# --- independent readers ---------------------------------------------------------------------


def person_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as conn:
        return [r[0] for r in conn.execute("SELECT last_name FROM person ORDER BY id")]


def dump(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return "\n".join(conn.iterdump())


def integrity(path: Path) -> str:
    try:
        with closing(sqlite3.connect(path)) as conn:
            return conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return str(exc)


def corrupt_middle_page(path: Path) -> None:
    """Overwrite one whole page in the middle of the file (only used pages: no freelist)."""
    with closing(sqlite3.connect(path)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    pages = path.stat().st_size // page_size
    assert pages >= 4
    with open(path, "r+b") as fh:
        fh.seek((pages // 2) * page_size)
        fh.write(bytes(random.Random(7).randrange(256) for _ in range(page_size)))


def mode_of(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def series_db(db):
    make_series(db, persons=5)
    return db


# --- creating backups ------------------------------------------------------------------------


def test_backup_contains_committed_state_while_a_writer_is_open(series_db, db_path, tmp_path):
    committed = person_names(db_path)
    assert "Wałęsa-Łukasiewicz" in committed
    wal = Path(f"{db_path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the data is (partly) only in the WAL
    writer = sqlite3.connect(db_path, isolation_level=None, timeout=1)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE person SET last_name = 'UNCOMMITTED'")
        writer.execute("INSERT INTO setting (key, value) VALUES ('probe', 'uncommitted')")
        path = create_backup(series_db, folder=tmp_path / "sich",
                             now=datetime(2027, 5, 4, 13, 2, 1))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert path == tmp_path / "sich" / "transferplaner-20270504-130201.sqlite"
    assert person_names(path) == committed
    assert integrity(path) == "ok"
    assert verify_backup(path) == []
    assert not Path(f"{path}-wal").exists()  # a self-contained single file
    with open(path, "rb") as fh:
        assert fh.read(20)[18:20] == b"\x01\x01"  # rollback-journal header, not WAL
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary leftovers
    if os.name == "posix":
        assert mode_of(path) == 0o600


def test_same_second_gets_a_distinct_name(series_db, tmp_path):
    now = datetime(2027, 1, 2, 3, 4, 5)
    first = create_backup(series_db, folder=tmp_path, now=now)
    second = create_backup(series_db, folder=tmp_path, now=now)
    assert first != second and first.exists() and second.exists()
    assert parse_backup_name(second.name)[1] > parse_backup_name(first.name)[1]


def test_failed_verification_discards_the_file(series_db, tmp_path, monkeypatch):
    monkeypatch.setattr(backup_mod, "verify_backup",
                        lambda path: ["Integritätsprüfung fehlgeschlagen: page 7"])
    with pytest.raises(DatabaseError, match="fehlerhaft und wurde verworfen"):
        create_backup(series_db, folder=tmp_path / "sich")
    assert list((tmp_path / "sich").iterdir()) == []
    with pytest.raises(DatabaseError):
        create_backup(series_db, tmp_path / "manuell.sqlite")
    assert not (tmp_path / "manuell.sqlite").exists()


def test_backup_refused_when_disk_nearly_full(series_db, tmp_path, monkeypatch):
    from collections import namedtuple

    from planner.storage import checks as storage_checks

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(storage_checks.shutil, "disk_usage", lambda p: usage(1, 1, 5_000_000))
    with pytest.raises(DatabaseError, match="Wenig Speicherplatz"):
        create_backup(series_db, folder=tmp_path / "sich")
    assert list((tmp_path / "sich").iterdir()) == []


def test_postgres_database_has_no_file_backup():
    engine = type("E", (), {"dialect": type("D", (), {"name": "postgresql"})()})()
    fake = backup_mod.Database("postgresql://x/y", engine, "current")  # type: ignore[arg-type]
    assert backup_if_due(fake) is None
    with pytest.raises(DatabaseError, match="nur für SQLite"):
        create_backup(fake)


# --- checks and discovery --------------------------------------------------------------------


def test_quick_check_and_verify_detect_damage(series_db, db_path, tmp_path):
    assert quick_check(series_db) == []
    copy = create_backup(series_db, tmp_path / "kopie.sqlite")
    assert quick_check_file(copy) == []
    corrupt_middle_page(copy)
    assert integrity(copy) != "ok"  # the independent reader agrees it is damaged
    assert quick_check_file(copy) != []
    problems = verify_backup(copy)
    assert problems and ("Integritätsprüfung fehlgeschlagen" in problems[0]
                         or "beschädigt" in problems[0])
    garbage = tmp_path / "text.sqlite"
    garbage.write_text("Dies ist keine Datenbank. " * 200, encoding="utf-8")
    assert "kann nicht als Datenbank gelesen werden" in verify_backup(garbage)[0]
    assert "existiert nicht" in verify_backup(tmp_path / "fehlt.sqlite")[0]


def test_newest_good_backup_skips_damaged_and_safety_copies(series_db, tmp_path):
    folder = tmp_path / "sich"
    assert newest_good_backup(folder) is None
    older = create_backup(series_db, folder=folder, now=datetime(2027, 1, 1, 8))
    good = create_backup(series_db, folder=folder, now=datetime(2027, 1, 2, 8))
    bad = create_backup(series_db, folder=folder, now=datetime(2027, 1, 3, 8))
    corrupt_middle_page(bad)
    (folder / "before-restore-20270104-080000.sqlite").write_bytes(good.read_bytes())
    (folder / "notizen.txt").write_text("x")
    assert newest_good_backup(folder) == good
    infos = list_backups(folder)
    assert [i.path.name for i in infos] == [
        "before-restore-20270104-080000.sqlite", bad.name, good.name, older.name]
    assert [i.ok for i in infos] == [True, False, True, True]
    assert infos[1].state_label.startswith("FEHLERHAFT")


def test_backup_if_due_respects_interval_and_rotates(series_db, tmp_path):
    folder = tmp_path / "auto"
    start = datetime(2027, 3, 1, 8, 0)
    first = backup_if_due(series_db, folder, now=start)
    assert first is not None and first.exists()
    assert backup_if_due(series_db, folder, now=start + timedelta(hours=11)) is None
    second = backup_if_due(series_db, folder, now=start + timedelta(hours=13))
    assert second is not None and second != first
    # a backup dated in the future (clock was wrong) does not block backups forever
    assert backup_if_due(series_db, folder, now=start - timedelta(days=3)) is not None
    only_newest = RetentionPolicy(daily=1, weekly=0, monthly=0)
    third = backup_if_due(series_db, folder, now=start + timedelta(days=2), policy=only_newest)
    assert sorted(p.name for p in folder.iterdir()) == [third.name]


def test_parse_backup_name():
    assert parse_backup_name("transferplaner-20270102-030405.sqlite") == (
        "backup", datetime(2027, 1, 2, 3, 4, 5))
    assert parse_backup_name("transferplaner-20270102-030405-3.sqlite") == (
        "backup", datetime(2027, 1, 2, 3, 4, 5, 3))
    assert parse_backup_name("before-restore-20270102-030405.sqlite")[0] == "before-restore"
    for name in ("transferplaner-20271302-030405.sqlite", "transferplaner-2027-01-02.sqlite",
                 "transferplaner-20270102-030405.sqlite-wal", "planer.sqlite",
                 ".transferplaner-20270102-030405.sqlite.abc.part"):
        assert parse_backup_name(name) is None


# --- restore ---------------------------------------------------------------------------------


def test_restore_brings_back_old_data_and_keeps_the_newer_state(series_db, db_path, tmp_path):
    folder = tmp_path / "sich"
    saved = create_backup(series_db, folder=folder, now=datetime(2027, 1, 1, 8))
    old_names = person_names(db_path)
    with series_db.transaction() as orm:
        for person in orm.query(Person).all():
            person.last_name = f"{person.last_name}-NEU"
        add_person(orm, first_name="Nachträglich", last_name="Hinzugefügt")
    newer_names = person_names(db_path)
    assert newer_names != old_names and "Hinzugefügt" in newer_names

    safety = restore_backup(db_path, saved, folder=folder, now=datetime(2027, 1, 5, 9, 30))

    assert person_names(db_path) == old_names
    assert safety == folder / "before-restore-20270105-093000.sqlite"
    assert person_names(safety) == newer_names
    assert verify_backup(safety) == []
    assert integrity(db_path) == "ok"
    with series_db.reading() as orm:  # the already open application sees the restored data
        assert sorted(p.last_name for p in orm.query(Person)) == sorted(old_names)
    with series_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    if os.name == "posix":
        assert mode_of(safety) == 0o600 and mode_of(db_path) == 0o600
    with series_db.transaction() as orm:  # and can keep writing
        add_person(orm, first_name="Nach", last_name="Wiederherstellung")
    assert person_names(db_path)[-1] == "Wiederherstellung"


@pytest.mark.parametrize("damage", ["corrupt", "foreign", "text", "missing"])
def test_bad_backup_is_rejected_and_nothing_changes(series_db, db_path, tmp_path, damage):
    folder = tmp_path / "sich"
    bad = create_backup(series_db, folder=folder)
    if damage == "corrupt":
        corrupt_middle_page(bad)
    elif damage == "foreign":
        bad.unlink()
        with closing(sqlite3.connect(bad)) as conn:
            conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT)")
            conn.execute("INSERT INTO person (name) VALUES ('Fremd')")
            conn.commit()
    elif damage == "text":
        bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50_000)
    else:
        bad.unlink()
    with series_db.transaction() as orm:  # the current state differs from the backup
        add_person(orm, first_name="Aktuell", last_name="Bleibt")
    before = dump(db_path)
    files_before = sorted(p.name for p in folder.iterdir())

    with pytest.raises(DatabaseError) as info:
        restore_backup(db_path, bad, folder=folder)

    assert "kann nicht wiederhergestellt werden" in info.value.message
    assert "Die aktuelle Datenbank wurde nicht verändert" in info.value.message
    if damage == "foreign":
        assert "keine Transferplaner-Datenbank" in info.value.message
    assert dump(db_path) == before
    assert sorted(p.name for p in folder.iterdir()) == files_before  # no safety copy made


def test_backup_from_newer_version_is_rejected(series_db, db_path, tmp_path):
    newer = create_backup(series_db, tmp_path / "neuer.sqlite")
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zukunft9999'")
        conn.commit()
    before = dump(db_path)
    with pytest.raises(DatabaseError, match="neueren Transferplaner-Version"):
        restore_backup(db_path, newer)
    assert dump(db_path) == before


def test_restore_repairs_a_damaged_live_database(series_db, db_path, tmp_path):
    folder = tmp_path / "sich"
    saved = create_backup(series_db, folder=folder)
    good_names = person_names(db_path)
    with series_db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    series_db.close()
    corrupt_middle_page(db_path)
    assert integrity(db_path) != "ok"

    safety = restore_backup(db_path, saved, folder=folder)

    assert integrity(db_path) == "ok"
    assert person_names(db_path) == good_names
    assert safety is not None and safety.exists()  # the damaged state is kept for inspection


def test_restore_header_destroyed_live_database(series_db, db_path, tmp_path):
    saved = create_backup(series_db, tmp_path / "gut.sqlite")
    good_names = person_names(db_path)
    series_db.close()
    with open(db_path, "r+b") as fh:
        fh.write(b"\xff" * 100)  # not even recognisable as SQLite any more
    safety = restore_backup(db_path, saved, folder=tmp_path / "sich")
    assert person_names(db_path) == good_names and integrity(db_path) == "ok"
    assert safety is not None and safety.read_bytes()[:100] == b"\xff" * 100


def test_restore_to_a_new_location(series_db, tmp_path):
    saved = create_backup(series_db, tmp_path / "gut.sqlite")
    target = tmp_path / "neuer-rechner" / "planer.sqlite"
    assert restore_backup(target, saved) is None
    assert person_names(target) == person_names(saved)


def test_restore_waits_for_a_writer_then_gives_a_clear_error(series_db, db_path, tmp_path,
                                                            monkeypatch):
    saved = create_backup(series_db, tmp_path / "gut.sqlite")
    monkeypatch.setattr(backup_mod, "LOCK_TIMEOUT_SECONDS", 0.5)
    with series_db.transaction() as orm:
        add_person(orm, first_name="Aktuell", last_name="Bleibt")
    before = dump(db_path)
    writer = sqlite3.connect(db_path, isolation_level=None, timeout=1)
    try:
        writer.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseError, match="gesperrt"):
            restore_backup(db_path, saved, folder=tmp_path / "sich")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert dump(db_path) == before


# --- rotation --------------------------------------------------------------------------------


def test_rotation_over_two_years_of_daily_backups():
    stamps = [datetime(2025, 1, 1, 8, 15) + timedelta(days=i) for i in range(730)]
    assert stamps[-1].date() == date(2026, 12, 31)  # a Thursday in ISO week 53 of 2026
    kept = {ts.date() for ts in retained(stamps, RetentionPolicy())}
    daily = {date(2026, 12, d) for d in range(25, 32)}
    weekly = {date(2026, 12, 31), date(2026, 12, 27), date(2026, 12, 20), date(2026, 12, 13)}
    month_ends = {date(2026, m + 1, 1) - timedelta(days=1) for m in range(1, 12)}
    monthly = month_ends | {date(2026, 12, 31)}
    assert len(month_ends) == 11 and date(2026, 1, 31) in month_ends
    assert kept == daily | weekly | monthly
    assert len(kept) == 20


def test_rotation_of_real_files_day_by_day(tmp_path):
    """Simulate two years of daily backups with rotation after each one, like the app."""
    folder = tmp_path / "sich"
    folder.mkdir()
    policy = RetentionPolicy(daily=7, weekly=4, monthly=12)
    all_stamps = []
    for i in range(730):
        ts = datetime(2025, 1, 1, 7, 0) + timedelta(days=i, minutes=(i * 37) % 600)
        all_stamps.append(ts)
        (folder / f"transferplaner-{ts:%Y%m%d-%H%M%S}.sqlite").write_bytes(b"x")
        rotate_backups(folder, policy)
        assert len(list(folder.iterdir())) <= 7 + 4 + 12
    (folder / "before-restore-20250101-000000.sqlite").write_bytes(b"x")
    (folder / "eigene-notiz.txt").write_text("bleibt")
    rotate_backups(folder, policy)
    remaining = {parse_backup_name(p.name)[1] for p in folder.iterdir()
                 if parse_backup_name(p.name) and p.name.startswith("transferplaner-")}
    assert remaining == retained(all_stamps, policy)  # incremental rotation == one-shot
    assert (folder / "before-restore-20250101-000000.sqlite").exists()
    assert (folder / "eigene-notiz.txt").exists()


def test_several_backups_a_day_keep_the_newest_of_each_day():
    stamps = [datetime(2027, 6, d, h) for d in (1, 2, 3) for h in (8, 12, 17)]
    kept = retained(stamps, RetentionPolicy(daily=2, weekly=0, monthly=0))
    assert kept == {datetime(2027, 6, 3, 17), datetime(2027, 6, 2, 17)}


def test_weeks_are_iso_weeks_across_the_new_year():
    # 31.12.2026 (Thu) and 01.01.2027 (Fri) are both in ISO week 53 of 2026
    stamps = [datetime(2026, 12, 24, 9), datetime(2026, 12, 31, 9), datetime(2027, 1, 1, 9),
              datetime(2027, 1, 4, 9)]
    kept = retained(stamps, RetentionPolicy(daily=0, weekly=3, monthly=0))
    assert kept == {datetime(2027, 1, 4, 9), datetime(2027, 1, 1, 9), datetime(2026, 12, 24, 9)}


def test_empty_and_zero_policies():
    assert retained([], RetentionPolicy()) == set()
    stamps = [datetime(2027, 1, 1), datetime(2027, 2, 1)]
    assert retained(stamps, RetentionPolicy(0, 0, 0)) == {datetime(2027, 2, 1)}
    with pytest.raises(ValidationError):
        RetentionPolicy(daily=-1)


timestamps = st.lists(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31)),
    max_size=120,
)
policies = st.builds(RetentionPolicy, st.integers(0, 10), st.integers(0, 6), st.integers(0, 15))


@settings(max_examples=300, deadline=None)
@given(timestamps, policies)
def test_rotation_properties(stamps, policy):
    kept = retained(stamps, policy)
    assert kept <= set(stamps)
    if stamps:
        assert max(stamps) in kept  # never deletes the newest backup
    assert len(kept) <= max(1, policy.daily + policy.weekly + policy.monthly)
    assert retained(kept, policy) == kept  # idempotent
    # the newest backup of each of the most recent `daily` days with backups survives
    days = sorted({ts.date() for ts in stamps}, reverse=True)[:policy.daily]
    for day in days:
        assert max(ts for ts in stamps if ts.date() == day) in kept
    weeks = sorted({ts.isocalendar()[:2] for ts in stamps}, reverse=True)[:policy.weekly]
    for week in weeks:
        assert max(ts for ts in stamps if ts.isocalendar()[:2] == week) in kept
    months = sorted({(ts.year, ts.month) for ts in stamps}, reverse=True)[:policy.monthly]
    for month in months:
        assert max(ts for ts in stamps if (ts.year, ts.month) == month) in kept


@settings(max_examples=150, deadline=None)
@given(timestamps, policies)
def test_rotating_after_each_backup_equals_rotating_once(stamps, policy):
    kept: set[datetime] = set()
    for ts in sorted(set(stamps)):
        kept = retained(kept | {ts}, policy)
    assert kept == retained(stamps, policy)


# --- command line ----------------------------------------------------------------------------


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_backup_restore_and_list(series_db, db_path, tmp_path, capsys):
    target = tmp_path / "manuell" / "stand.sqlite"
    code, out, err = run(capsys, "--db", str(db_path), "backup", "-o", str(target))
    assert code == 0, err
    assert "Sicherung angelegt und geprüft" in out and str(target) in out
    assert person_names(target) == person_names(db_path)
    old_names = person_names(db_path)

    code, out, _ = run(capsys, "--db", str(db_path), "backup")
    assert code == 0
    auto = Path(out.strip().rsplit(": ", 1)[1])
    assert auto.parent == db_path.parent / "backups" and auto.name.startswith("transferplaner-")

    code, out, err = run(capsys, "--db", str(db_path), "person", "add", "--first-name", "Neu",
                         "--last-name", "Nach-Sicherung")
    assert code == 0, err
    assert "Nach-Sicherung" in person_names(db_path)

    code, out, err = run(capsys, "--db", str(db_path), "restore", str(target))
    assert code == 0, err
    assert "wiederhergestellt" in out and "vorher gesichert" in out
    assert person_names(db_path) == old_names
    safety = Path(out.strip().splitlines()[-1].rsplit(": ", 1)[1])
    assert safety.name.startswith("before-restore-") and "Nach-Sicherung" in person_names(safety)

    code, out, err = run(capsys, "--db", str(db_path), "backups")
    assert code == 0, err
    lines = out.strip().splitlines()
    assert lines[0] == f"Sicherungen in {db_path.parent / 'backups'}:"
    assert len(lines) == 3
    assert "vor Wiederherstellung" in lines[1] and safety.name in lines[1]
    assert auto.name in lines[2] and "geprüft, in Ordnung" in lines[2]
    assert datetime.now().strftime("%d.%m.%Y") in lines[2]

    code, out, _ = run(capsys, "--db", str(db_path), "backups", "--json", "--no-verify")
    import json
    rows = json.loads(out)
    assert {r["kind"] for r in rows} == {"backup", "before-restore"}
    assert all(r["ok"] is None for r in rows)


def test_cli_errors(series_db, db_path, tmp_path, capsys):
    broken = tmp_path / "kaputt.sqlite"
    broken.write_bytes(b"kaputt" * 1000)
    before = dump(db_path)
    code, _, err = run(capsys, "--db", str(db_path), "restore", str(broken))
    assert code == 1
    assert err.startswith("Fehler: Die Sicherung kaputt.sqlite kann nicht wiederhergestellt")
    assert dump(db_path) == before

    code, out, _ = run(capsys, "--db", str(tmp_path / "leer" / "x.sqlite"), "backups")
    assert code == 0 and out.startswith("Keine Sicherungen in")

    code, _, err = run(capsys, "--db", str(tmp_path / "fehlt.sqlite"), "backup")
    assert code == 1 and "existiert nicht" in err

    folder = db_path.parent / "backups"
    folder.mkdir()
    (folder / "transferplaner-20200101-000000.sqlite").write_bytes(b"kaputt")
    code, out, err = run(capsys, "--db", str(db_path), "backups")
    assert code == 1
    assert "FEHLERHAFT" in out and "1 Sicherung(en) fehlerhaft" in err

    code, _, err = run(capsys, "--db-url", "postgresql://localhost/x", "backup")
    assert code == 1 and "nur für SQLite" in err
