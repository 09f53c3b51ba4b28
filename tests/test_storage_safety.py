"""Round two of data safety around the SQLite file: modes of existing files, backups from a
read-only mount, database paths that are not files."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from planner.cli import main
from planner.errors import DatabaseError
from planner.storage.backup import verify_backup
from planner.storage.database import Database
from tests.test_disk_full import small_filesystem

pytestmark = [pytest.mark.sqlite_only("Rechte und Einbindung der SQLite-Datei"),
              pytest.mark.skipif(os.name != "posix", reason="file modes and mounts")]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_opening_tightens_an_existing_database_and_its_wal_and_shm(db_path: Path):
    """A database copied in (or created by an older version) with 0644 stays readable for
    every local user unless opening it tightens it, together with its WAL and SHM."""
    keeper = sqlite3.connect(db_path)  # keeps -wal and -shm in existence
    try:
        keeper.execute("PRAGMA journal_mode=WAL")
        keeper.execute("UPDATE office SET name = name")
        keeper.commit()
        files = [db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")]
        for path in files:
            assert path.exists(), path
            os.chmod(path, 0o644)
        Database.open(db_path).close()
        assert {str(p): _mode(p) for p in files} == {str(p): 0o600 for p in files}
    finally:
        keeper.close()


def test_a_database_path_that_is_a_fifo_or_folder_is_refused(tmp_path: Path):
    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    folder = tmp_path / "ordner.sqlite"
    folder.mkdir()
    for path, what in ((fifo, "keine normale Datei"), (folder, "ein Ordner")):
        with pytest.raises(DatabaseError, match=what):
            Database.open(path)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_backup_of_a_database_on_a_read_only_mount(tmp_path: Path, db_path: Path, capsys):
    """Fault 16: the source was opened read-write, so a database on a read-only mount could
    not be backed up at all (and a WAL database cannot even be opened read-only there)."""
    with small_filesystem(tmp_path / "mnt", "16m") as folder:
        path = folder / "planner.sqlite"
        with closing(sqlite3.connect(db_path)) as src, closing(sqlite3.connect(path)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
        db = Database.open(path)
        with db.transaction() as orm:
            from planner.usecases.people import add_person

            add_person(orm, first_name="Nur", last_name="Lesbar")
        db.close()
        ro = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True)
        if ro.returncode != 0:
            pytest.skip(f"cannot remount read-only: {ro.stderr!r}")
        try:
            target = tmp_path / "sicherung.sqlite"
            code = main(["--db", str(path), "backup", "-o", str(target)])
            out, err = capsys.readouterr()
            assert code == 0, err
            assert verify_backup(target) == []
            with closing(sqlite3.connect(target)) as conn:
                assert conn.execute("SELECT count(*) FROM person WHERE last_name = 'Lesbar'"
                                    ).fetchone() == (1,)
            # Without -o the backups folder would be on the read-only mount: one clear line.
            code = main(["--db", str(path), "backup"])
            err = capsys.readouterr().err
            assert code != 0 and err.startswith("Fehler: Keine Sicherung angelegt")
            assert "schreibgeschützt" in err
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(folder)], check=True)
