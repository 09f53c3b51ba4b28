"""Disk full and read-only storage during a write: a clear German error, old data intact.

Two ways to fill up: SQLite's own limit (`PRAGMA max_page_count`, the real SQLITE_FULL path,
works everywhere) and a real tiny tmpfs (needs root; skipped with the reason otherwise).
Read-only: `PRAGMA query_only`, a `mode=ro` URI, and a real read-only mount.
Afterwards an independent reader (plain sqlite3) checks that nothing was lost or half-written.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from planner.cli.main import main as cli_main
from planner.errors import DatabaseError
from planner.storage.database import Database
from planner.storage.errors import StorageError, translate_db_error
from planner.usecases.people import add_person
from tests import robustness_stats


def _persons(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return [row[0] for row in conn.execute("SELECT last_name FROM person ORDER BY id")]


def _add(db: Database, last: str, n: int = 1) -> None:
    with db.transaction() as orm:
        for i in range(n):
            add_person(orm, first_name="Ω" * 100, last_name=f"{last}{i if n > 1 else ''}",
                       function="Sachbearbeitung Bildungsmonitoring " * 5)


def _inject_pragma(db: Database, pragma: str) -> None:
    """Run `pragma` on every new connection of this database (and drop the pooled ones)."""

    @event.listens_for(db.engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.execute(pragma)

    db.engine.dispose()


def _page_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("PRAGMA page_count").fetchone()[0])


@contextmanager
def small_filesystem(folder: Path, size: str) -> Iterator[Path]:
    """A real tmpfs of `size`; skips the test when mounting is not allowed here."""
    if sys.platform != "linux" or shutil.which("mount") is None:
        pytest.skip("small file system needs Linux mount (root)")
    folder.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                             str(folder)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        if subprocess.run(["umount", str(folder)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _fill(folder: Path, leave: int) -> Path:
    filler = folder / "filler.bin"
    free = shutil.disk_usage(folder).free
    with open(filler, "wb") as f:
        f.write(b"\0" * max(0, free - leave))
    return filler


# ---------------------------------------------------------------- disk full


def test_database_full_keeps_previous_data(db: Database, db_path: Path) -> None:
    _add(db, "Vorher", 3)
    before = _persons(db_path)
    _inject_pragma(db, f"PRAGMA max_page_count = {_page_count(db_path) + 2}")
    with pytest.raises(StorageError) as caught:
        _add(db, "Zuviel", 200)
    assert caught.value.reason == "full"
    assert "Die Datenbank ist voll" in caught.value.message
    assert "unverändert" in caught.value.message
    assert _persons(db_path) == before  # nothing of the failed transaction, nothing lost
    # Reads still work on the same Database object.
    with db.reading() as orm:
        from sqlalchemy import func, select

        from planner.models import Person

        assert orm.scalar(select(func.count()).select_from(Person)) == len(before)
    robustness_stats.note("disk full (max_page_count): clear error, data intact")


def test_cli_on_full_database_prints_one_german_line(db_path: Path, monkeypatch,
                                                      capsys) -> None:
    import planner.storage.database as db_module

    limit = _page_count(db_path) + 2
    original = db_module.create_db_engine

    def limited_engine(url: str):
        engine = original(url)
        event.listen(engine, "connect",
                     lambda conn, _rec: conn.execute(f"PRAGMA max_page_count = {limit}"))
        return engine

    monkeypatch.setattr(db_module, "create_db_engine", limited_engine)
    before = _persons(db_path)
    code = cli_main(["--db", str(db_path), "demo", "--years", "1"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0
    assert len(err) == 1 and err[0].startswith("Fehler: Die Datenbank ist voll"), err
    assert _persons(db_path) == before


def test_real_full_filesystem(tmp_path: Path, template_db: Path, capsys) -> None:
    with small_filesystem(tmp_path / "mnt", "3m") as folder:
        path = folder / "planner.sqlite"
        shutil.copyfile(template_db, path)
        empty = folder / "empty.sqlite"  # the demo command only fills an empty database
        shutil.copyfile(template_db, empty)
        db = Database.open(path)
        _add(db, "Vorher", 2)
        filler = _fill(folder, leave=64 * 1024)
        with pytest.raises(StorageError) as caught:
            for n in range(100):
                _add(db, f"Block{n}-", 30)
        assert caught.value.reason in ("full", "io"), caught.value.message
        assert caught.value.message.startswith(("Die Datenbank ist voll", "Fehler beim"))
        db.close()
        committed = _persons(path)
        assert committed[:2] == ["Vorher0", "Vorher1"]
        # Whole blocks only: each transaction of 30 persons is there completely or not at all.
        assert (len(committed) - 2) % 30 == 0

        # The CLI on the same full disk: one German line, non-zero exit, data intact.
        filler.unlink()
        _fill(folder, leave=160 * 1024)
        code = cli_main(["--db", str(empty), "demo", "--years", "1"])
        err = capsys.readouterr().err.strip().splitlines()
        assert code != 0
        assert len(err) == 1 and err[0].startswith("Fehler: "), err
        assert "voll" in err[0] or "Datenträger" in err[0], err
        assert _persons(empty) == []
        assert _persons(path) == committed

        # Space freed: writing works again.
        (folder / "filler.bin").unlink()
        db = Database.open(path)
        _add(db, "Danach")
        db.close()
        assert _persons(path) == committed + ["Danach"]
    robustness_stats.note("disk full (real 3 MB tmpfs): clear error, data intact")


# ---------------------------------------------------------------- read-only


def test_query_only_refuses_writes_clearly(db: Database, db_path: Path) -> None:
    _add(db, "Vorher")
    _inject_pragma(db, "PRAGMA query_only = ON")
    with pytest.raises(StorageError) as caught:
        _add(db, "Nachher")
    assert caught.value.reason == "readonly"
    assert caught.value.message.startswith("Die Datenbank ist schreibgeschützt")
    assert _persons(db_path) == ["Vorher"]


def test_read_only_uri_refuses_writes_clearly(db_path: Path) -> None:
    seed = Database.open(db_path)
    _add(seed, "Vorher")
    seed.close()
    db = Database.open(db_url=f"sqlite:///file:{db_path}?mode=ro&uri=true")
    try:
        with db.reading() as orm:
            from sqlalchemy import func, select

            from planner.models import Person

            assert orm.scalar(select(func.count()).select_from(Person)) == 1
        with pytest.raises(StorageError) as caught:
            _add(db, "Nachher")
        assert caught.value.reason == "readonly"
    finally:
        db.close()
    assert _persons(db_path) == ["Vorher"]


def test_read_only_mount(tmp_path: Path, template_db: Path, capsys) -> None:
    with small_filesystem(tmp_path / "mnt", "8m") as folder:
        path = folder / "planner.sqlite"
        shutil.copyfile(template_db, path)
        db = Database.open(path)
        _add(db, "Vorher")
        db.close()
        ro = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True)
        if ro.returncode != 0:
            pytest.skip(f"cannot remount read-only: {ro.stderr!r}")
        with pytest.raises(DatabaseError) as caught:
            Database.open(path)
        assert "schreibgeschützt" in caught.value.message
        code = cli_main(["--db", str(path), "person", "add", "--first-name", "Neu",
                         "--last-name", "Person"])
        err = capsys.readouterr().err.strip().splitlines()
        assert code != 0
        assert len(err) == 1 and "schreibgeschützt" in err[0] and err[0].startswith("Fehler: ")
        subprocess.run(["mount", "-o", "remount,rw", str(folder)], check=True)
        assert _persons(path) == ["Vorher"]


# ---------------------------------------------------------------- message mapping


@pytest.mark.parametrize(
    ("sqlite_message", "reason", "start"),
    [
        ("database or disk is full", "full", "Die Datenbank ist voll"),
        ("attempt to write a readonly database", "readonly", "Die Datenbank ist schreibgeschützt"),
        ("database is locked", "locked", "Die Datenbank ist gerade durch ein anderes Programm"),
        ("disk I/O error", "io", "Fehler beim Lesen oder Schreiben des Datenträgers"),
        ("database disk image is malformed", "corrupt", "Die Datenbankdatei ist beschädigt"),
    ],
)
def test_storage_errors_are_translated(sqlite_message: str, reason: str, start: str) -> None:
    orig = sqlite3.OperationalError(sqlite_message)
    wrapped = OperationalError("INSERT …", {}, orig)
    for exc in (orig, wrapped):
        translated = translate_db_error(exc)
        assert translated is not None
        assert translated.reason == reason
        assert translated.message.startswith(start)
        assert sqlite_message not in translated.message  # German, not the driver's English


def test_programming_errors_are_not_hidden() -> None:
    from sqlalchemy.exc import IntegrityError

    assert translate_db_error(IntegrityError("INSERT", {}, sqlite3.IntegrityError("x"))) is None
    assert translate_db_error(ValueError("x")) is None


def test_injected_io_error_during_commit(db: Database, db_path: Path, monkeypatch) -> None:
    """An I/O error raised by the driver at COMMIT: German error, transaction rolled back."""
    _add(db, "Vorher")
    real_commit = db.engine.dialect.do_commit

    def failing_commit(dbapi_connection) -> None:
        dbapi_connection.rollback()  # what SQLite does itself after an I/O error at COMMIT
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(db.engine.dialect, "do_commit", failing_commit)
    with pytest.raises(StorageError) as caught:
        _add(db, "Nachher")
    assert caught.value.reason == "io"
    monkeypatch.setattr(db.engine.dialect, "do_commit", real_commit)
    assert _persons(db_path) == ["Vorher"]
