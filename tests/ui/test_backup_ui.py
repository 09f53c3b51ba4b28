"""Backups from the desktop: the settings tab backs up and restores; damaged files are offered
the newest good backup at start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from planner.models import Person
from planner.storage.backup import default_backup_folder, list_backups
from planner.storage.database import Database
from planner.usecases.people import add_person
from ui.backup_tab import BackupTab


def _names(db: Database) -> set[str]:
    with db.reading() as orm:
        return {p.last_name for p in orm.scalars(select(Person))}


def test_backup_now_and_restore(qtbot, db, monkeypatch, output_dir):
    with db.transaction() as orm:
        add_person(orm, first_name="Aylin", last_name="Kılıç")
    tab = BackupTab(db)
    qtbot.addWidget(tab)
    backup = tab.backup_now()
    assert backup is not None and backup.exists()
    assert tab.list.topLevelItemCount() == 1
    assert [b.path for b in list_backups(default_backup_folder(db.path))] == [backup]
    with db.transaction() as orm:
        add_person(orm, first_name="Later", last_name="Nachtrag")
    assert "Nachtrag" in _names(db)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    restored: list[str] = []
    tab.restored.connect(restored.append)
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    tab.restore_selected()
    assert restored == [str(db.path)]
    reopened = Database.open(db.path)
    try:
        assert _names(reopened) == {"Kılıç"}
    finally:
        reopened.close()
    tab.reload()
    tab.resize(900, 400)
    tab.grab().save(str(output_dir / "settings_backup_tab.png"))
    assert tab.list.topLevelItemCount() == 2  # the backup and the safety copy


def test_damaged_database_offers_newest_backup(qtbot, db, monkeypatch):
    from planner.storage.backup import create_backup
    from ui.app import open_database

    with db.transaction() as orm:
        add_person(orm, first_name="Jan", last_name="Kowalski")
    create_backup(db)
    path: Path = db.path
    db.close()
    data = bytearray(path.read_bytes())
    data[0:100] = b"\x00" * 100  # destroy the header
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    asked: list[str] = []

    def answer(_parent, _title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    reopened = open_database(path, None, interactive=True)
    assert reopened is not None and asked
    try:
        assert _names(reopened) == {"Kowalski"}
    finally:
        reopened.close()


def test_declining_restore_opens_read_only(qtbot, db, monkeypatch):
    import sqlite3

    from planner.errors import PlannerError
    from ui.app import open_database

    with db.transaction() as orm:
        add_person(orm, first_name="Olga", last_name="Nowak")
    path: Path = db.path
    db.close()
    with sqlite3.connect(path) as conn:  # fold the WAL into the file before damaging it
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='person'").fetchone()[0]
    data = bytearray(path.read_bytes())
    # Damage the surname index so quick_check fails while the table itself stays readable.
    index_root = None
    with sqlite3.connect(path) as conn:
        index_root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name='ix_person_last_name'").fetchone()[0]
    start = (index_root - 1) * page_size
    data[start:start + 12] = b"\x0a\x00\x00\x7f\xff\xff\xff\xff\x00\xee\xee\xee"
    path.write_bytes(bytes(data))
    assert root != index_root
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a: shown.append(text))
    opened = open_database(path, None, interactive=True)
    assert opened is not None, shown
    try:
        assert opened.read_only
        assert any("nur zum Lesen" in text for text in shown)
        assert _names(opened) == {"Nowak"}
        import pytest

        with pytest.raises(PlannerError, match="schreibgeschützt"), opened.transaction() as orm:
            add_person(orm, first_name="Neu", last_name="Eintrag")
    finally:
        opened.close()
