"""'Mein Standort' per workstation: chosen on the settings page, kept in QSettings (not in the
shared database), applied at start: the audit log records that office for each change and
the plan starts filtered to it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.audit import OFFICE_ENV_VAR
from planner.settings import CURRENT_OFFICE
from ui import workstation
from ui.preferences import WORKSTATION_OFFICE


@pytest.fixture(autouse=True)
def clean_office_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No office from the test runner's environment; afterwards the runner's value again
    (the app sets os.environ itself, so monkeypatch alone would not undo it)."""
    before = os.environ.pop(OFFICE_ENV_VAR, None)
    monkeypatch.setattr(workstation, "_LAUNCH_ENV", {})
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: None))
    yield
    os.environ.pop(OFFICE_ENV_VAR, None)
    if before is not None:
        os.environ[OFFICE_ENV_VAR] = before


def office_ids(db_path: Path) -> dict[str, int]:
    con = sqlite3.connect(db_path)
    try:
        return {code: oid for oid, code in con.execute("SELECT id, code FROM office")}
    finally:
        con.close()


def person_log_offices(db_path: Path, last_name: str) -> list[str]:
    """Office codes of the 'insert' audit entries of the person called `last_name`."""
    con = sqlite3.connect(db_path)
    try:
        return [r[0] for r in con.execute(
            "SELECT c.office_code FROM change_log c JOIN person p ON p.id = c.entity_id "
            "WHERE c.entity = 'person' AND p.last_name = ? AND c.action = 'insert'",
            (last_name,))]
    finally:
        con.close()


def create_person(db, first: str, last: str) -> None:  # noqa: ANN001
    """Through the app's path: the person editor's save (a use case in one transaction)."""
    from ui.pages.person_editor import PersonEditorDialog

    dialog = PersonEditorDialog(db)
    dialog.first_edit.setText(first)
    dialog.last_edit.setText(last)
    assert dialog.save(), dialog.message
    dialog.deleteLater()


def test_workstation_office_is_applied_at_start(qtbot, db, db_path, output_dir):
    from ui.app import AppController

    ids = office_ids(db_path)
    assert {"berlin", "hamburg"} <= set(ids)
    QSettings().setValue(WORKSTATION_OFFICE.key, "hamburg")
    controller = AppController(QApplication.instance(), interactive=False)
    window = controller.show(db)
    qtbot.addWidget(window)

    plan = window.page("plan")
    assert plan.office_filter.currentData() == ids["hamburg"]

    create_person(db, "Hauke", "Hamburger-Ölmann")
    assert person_log_offices(db_path, "Hamburger-Ölmann") == ["hamburg"]

    # the choice lives in this workstation's settings, not in the shared database
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("SELECT COUNT(*) FROM setting WHERE key = ?",
                           (CURRENT_OFFICE.key,)).fetchone()[0] == 0
    finally:
        con.close()

    settings_page = window.show_page("settings")
    combo = settings_page.workstation_office
    assert combo.currentData() == "hamburg"
    settings_page.tabs.setCurrentIndex(2)
    window.resize(1100, 760)
    window.grab().save(str(output_dir / "settings_workstation_office.png"))


def test_choosing_the_office_on_the_settings_page(qtbot, db, db_path):
    from ui.pages.settings import SettingsPage
    from ui.plan.page import PlanPage

    ids = office_ids(db_path)
    page = SettingsPage(db)
    qtbot.addWidget(page)
    combo = page.workstation_office
    assert combo.currentData() is None  # nothing chosen yet
    create_person(db, "Nora", "Niemand")
    assert person_log_offices(db_path, "Niemand") == [""]

    combo.setCurrentIndex(combo.findData("berlin"))
    QSettings().sync()
    assert QSettings().value(WORKSTATION_OFFICE.key) == "berlin"
    assert "Gespeichert" in page.workstation_message.text()
    create_person(db, "Bert", "Berliner-Łącki")
    assert person_log_offices(db_path, "Berliner-Łącki") == ["berlin"]
    plan = PlanPage(db)
    qtbot.addWidget(plan)
    assert plan.office_filter.currentData() == ids["berlin"]

    combo.setCurrentIndex(0)  # not set any more: nothing is attributed, no filter
    assert QSettings().value(WORKSTATION_OFFICE.key) is None
    create_person(db, "Olga", "Ohne-Ort")
    assert person_log_offices(db_path, "Ohne-Ort") == [""]
    plan = PlanPage(db)
    qtbot.addWidget(plan)
    assert plan.office_filter.currentData() is None


def test_clearing_restores_the_office_the_launcher_set():
    os.environ[OFFICE_ENV_VAR] = "hamburg"
    assert workstation.apply_workstation_office() == "hamburg"
    assert workstation.set_workstation_office("berlin") == "berlin"
    assert workstation.set_workstation_office(None) == "hamburg"
