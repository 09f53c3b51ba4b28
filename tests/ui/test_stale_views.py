"""Views never go stale: what a user does in one place shows at once in the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.models import Event
from planner.usecases.attendance import record_all_registered
from planner.usecases.people import add_person
from tests.factories import make_series
from ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("quiet_dialogs")


def _registered_cell(window: MainWindow, event_id: int) -> str:
    """The "Anmeldungen" cell of the event's row in the events page."""
    page = window.page("events")
    model = page.table.model()
    for row in range(model.rowCount()):
        page.table.selectRow(row)
        if page.current_id() == event_id:
            return str(model.index(row, model.columnCount() - 1).data())
    raise AssertionError("event not listed")


def test_registrations_show_in_the_event_list_without_restart(qtbot, db):
    from ui.registrations.add_dialog import AddRegistrationDialog
    from ui.registrations.panel import RegistrationsPanel

    series = make_series(db, persons=0)
    with db.transaction() as orm:
        orm.get(Event, series.event_id).capacity = 3
        for last in ("Kleinschmidt", "Łukasiewicz", "Öztürk"):
            add_person(orm, first_name="Dana", last_name=last,
                       email=f"{last.lower()}@example.org")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_page("events")
    assert _registered_cell(window, series.event_id) == "0 / 3"
    panel = RegistrationsPanel(db, series.event_id)  # the event window's tab
    qtbot.addWidget(panel)
    for last in ("kleinschmidt", "łukasiewicz", "öztürk"):
        dialog = AddRegistrationDialog(db, series.event_id, panel)
        dialog.search_edit.setText(last)
        assert dialog.results.count() == 1
        dialog.results.setCurrentRow(0)
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == dialog.DialogCode.Accepted
    QApplication.processEvents()
    assert _registered_cell(window, series.event_id) == "3 / 3"


def test_exports_page_reports_issued_certificates(qtbot, db, tmp_path, monkeypatch):
    pytest.importorskip("planner.certificates")
    import ui.exports.wizard as wizard_module

    monkeypatch.setattr(wizard_module, "open_path", lambda p: True)
    series = make_series(db, persons=2)
    with db.transaction() as orm:
        for sid in series.session_ids:
            record_all_registered(orm, sid, "present")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("exports")
    page.event_combo.set_current_id(series.event_id)
    assert "Noch nichts exportiert" in page.result_label.text()
    assert not page.open_folder_button.isEnabled()
    wizard = page.open_certificates()
    assert wizard is not None
    wizard.next()
    wizard.next()
    issue = wizard.issue_page
    folder = tmp_path / "Bescheinigungen"
    issue.folder_edit.setText(str(folder))
    qtbot.mouseClick(issue.issue_button, Qt.MouseButton.LeftButton)
    assert issue.op is not None and issue.op.wait(180_000)
    qtbot.waitUntil(lambda: issue.result is not None, timeout=30_000)
    qtbot.waitUntil(lambda: "Noch nichts exportiert" not in page.result_label.text(),
                    timeout=5_000)
    assert "2 Bescheinigungen neu ausgestellt" in page.result_label.text()
    assert str(folder) in page.result_label.text()
    assert page.open_folder_button.isEnabled() and page.last_folder == folder
    wizard.close()
