"""Datenschutz in the desktop app: anonymise from the page, consents in the person editor,
and the "changed by someone else — reload or overwrite?" dialog."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from planner.models import Person
from planner.storage.database import Database
from planner.usecases.people import add_person, update_person
from tests.test_gdpr import build_history
from ui.gdpr.page import GdprDialog, GdprPage
from ui.operations import Op
from ui.pages.person_editor import PersonEditorDialog


def anonymised(db_path: Path) -> set[int]:
    con = sqlite3.connect(db_path)
    try:
        return {r[0] for r in con.execute("SELECT id FROM person WHERE anonymised_on IS NOT NULL")}
    finally:
        con.close()


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, _t, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def answer_conflict(button: str, seen: list[str]) -> None:
    """Click `button` in the conflict dialog as soon as it is shown."""
    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "conflictDialog":
            seen.append(box.text())
            box.findChild(QPushButton, button).click()
        else:
            QTimer.singleShot(20, attempt)
    QTimer.singleShot(0, attempt)


def test_anonymise_selected_and_all_due_from_the_page(qtbot, db: Database, db_path: Path,
                                                      tmp_path: Path, quiet: list[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    series = build_history(db, tmp_path, persons=3, certificates=False)
    page = GdprPage(db)
    qtbot.addWidget(page)
    assert page.due_table.rowCount() == 4  # three participants and the trainer
    page.due_table.selectRow(0)
    first = page.due[0].person_id
    monkeypatch.setattr(page, "confirm", lambda *_a: False)
    assert page.anonymise_selected() == 0
    assert anonymised(db_path) == set()
    monkeypatch.setattr(page, "confirm", lambda *_a: True)
    assert page.anonymise_selected() == 1
    assert anonymised(db_path) == {first}
    assert page.due_table.rowCount() == 3
    assert page.anonymise_all() == 3
    assert anonymised(db_path) == {*series.person_ids, series.trainer_id}
    assert page.due_table.rowCount() == 0 and not page.anonymise_all_button.isEnabled()
    assert "anonymisiert" in quiet[-1]
    # The audit tab shows what happened.
    texts = {page.audit_table.item(r, 3).text() for r in range(page.audit_table.rowCount())}
    assert "anonymisiert" in texts


def test_access_export_and_erasure_from_the_page(qtbot, db: Database, db_path: Path,
                                                 tmp_path: Path, quiet: list[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with db.transaction() as orm:
        pid = add_person(orm, first_name="Emil", last_name="Fragt",
                         email="emil@example.org").value.id
    page = GdprPage(db)
    qtbot.addWidget(page)
    page.search_edit.setText("Fragt")
    assert page.person_table.rowCount() == 1
    page.person_table.selectRow(0)
    monkeypatch.setattr(page, "choose_folder", lambda: tmp_path / "auskunft")
    files = page.export_selected()
    assert sorted(f.suffix for f in files) == [".json", ".xlsx"] and all(f.exists() for f in files)
    monkeypatch.setattr(page, "confirm", lambda *_a: True)
    monkeypatch.setattr(page, "ask_reason", lambda: "Antrag vom 1.11.")
    assert page.erase_selected()
    assert "gelöscht" in quiet[-1]
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT count(*) FROM person WHERE id = ?", (pid,)).fetchone()[0] == 0


def test_person_editor_saves_consents(qtbot, db: Database) -> None:
    with db.transaction() as orm:
        pid = add_person(orm, first_name="Clara", last_name="Zustimmung").value.id
    dialog = PersonEditorDialog(db, pid)
    qtbot.addWidget(dialog)
    assert dialog.consent.values() == {"photos": None, "directory": None,
                                       "consent_date": None}
    dialog.consent.set_values(True, False, date(2026, 10, 1))
    assert dialog.save()
    with db.reading() as orm:
        p = orm.get(Person, pid)
        assert (p.consent_photos, p.consent_directory, p.consent_date) == (
            True, False, date(2026, 10, 1))
    reopened = PersonEditorDialog(db, pid)
    qtbot.addWidget(reopened)
    assert reopened.consent.values()["photos"] is True


@pytest.fixture
def other_window(db_path: Path):  # noqa: ANN201
    other = Database.open(db_path)
    yield other
    other.close()


def _email(db_path: Path, pid: int) -> str:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT email FROM person WHERE id = ?", (pid,)).fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("choice", ["reloadButton", "overwriteButton"])
def test_person_editor_conflict_dialog(qtbot, db: Database, db_path: Path,
                                       other_window: Database, choice: str) -> None:
    with db.transaction() as orm:
        pid = add_person(orm, first_name="Kai", last_name="Konflikt",
                         email="kai@example.org").value.id
    dialog = PersonEditorDialog(db, pid)  # window A opens the person
    qtbot.addWidget(dialog)
    with other_window.transaction() as orm:  # window B (another process) saves first
        update_person(orm, pid, email="b@example.org")
    dialog.email_edit.setText("a@example.org")
    seen: list[str] = []
    answer_conflict(choice, seen)
    saved = dialog.save()
    assert seen and "von jemand anderem geändert" in seen[0] and "überschreiben" in seen[0]
    if choice == "reloadButton":
        assert not saved
        assert _email(db_path, pid) == "b@example.org"
        assert dialog.email_edit.text() == "b@example.org"  # the fresh state is shown
        dialog.phone_edit.setText("0341 1")
        assert dialog.save()  # after reloading, saving works without a conflict
    else:
        assert saved
        assert _email(db_path, pid) == "a@example.org"


def test_operation_offers_reload_and_overwrite(qtbot, db: Database, db_path: Path,
                                                  other_window: Database) -> None:
    with db.transaction() as orm:
        pid = add_person(orm, first_name="Uwe", last_name="Usecase",
                         email="uwe@example.org").value.id
    with db.reading() as orm:
        version = orm.get(Person, pid).version_id
    with other_window.transaction() as orm:
        update_person(orm, pid, email="b@example.org")
    reloaded: list[bool] = []

    def run(button: str) -> object:
        seen: list[str] = []
        answer_conflict(button, seen)
        result = Op(None, db, lambda orm: update_person(orm, pid, expected_version=version,
                                                        email="a@example.org")).quiet() \
            .on_stale(reload=lambda: reloaded.append(True),
                      overwrite=lambda orm: update_person(orm, pid, expected_version=None,
                                                          email="a@example.org")).run()
        assert seen, "the conflict dialog was shown"
        return result

    assert run("reloadButton") is None and reloaded == [True]
    assert _email(db_path, pid) == "b@example.org"
    assert run("cancelButton") is None and _email(db_path, pid) == "b@example.org"
    assert run("overwriteButton") is not None
    assert _email(db_path, pid) == "a@example.org"


def test_main_window_opens_the_gdpr_dialog(qtbot, db: Database,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.main_window import MainWindow

    opened: list[GdprDialog] = []
    monkeypatch.setattr(GdprDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.gdpr_action.trigger()
    assert len(opened) == 1 and opened[0].page.tabs.count() == 4


def test_screenshot_of_the_gdpr_page(qtbot, db: Database, tmp_path: Path,
                                     output_dir: Path) -> None:
    build_history(db, tmp_path, persons=8, certificates=False)
    with db.transaction() as orm:
        update_person(orm, 2, phone="0341 99")  # something in the audit log besides inserts
    dialog = GdprDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    folder = output_dir / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for index, name in enumerate(("gdpr_due", "gdpr_person", "gdpr_audit", "gdpr_retention")):
        dialog.page.tabs.setCurrentIndex(index)
        for _ in range(3):
            QApplication.processEvents()
        assert dialog.grab().save(str(folder / f"{name}.png"), "PNG")
    editor = PersonEditorDialog(db, 2)
    qtbot.addWidget(editor)
    editor.show()
    QApplication.processEvents()
    assert editor.grab().save(str(folder / "person_editor_consent.png"), "PNG")
