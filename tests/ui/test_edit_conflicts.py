"""'Changed by someone else — reload or overwrite?' in the event, organisation, venue and
office editors: window A opens a record, window B (a second Database on the same file) saves
first, A saves: the conflict dialog appears; Neu laden shows B's state, Überschreiben stores
A's; nothing is overwritten silently."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from planner.models import Event
from planner.storage.database import Database
from planner.usecases.masterdata import update_office, update_organisation, update_venue
from planner.usecases.people import add_organisation, add_venue
from planner.usecases.planning import move_session
from tests.factories import make_series

RELOAD, OVERWRITE = "reloadButton", "overwriteButton"


@pytest.fixture(autouse=True)
def quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))


@pytest.fixture
def other_window(db_path: Path) -> Iterator[Database]:
    other = Database.open(db_path)
    yield other
    other.close()


def answer_conflict(button: str, seen: list[str], shot: Path | None = None) -> None:
    """Click `button` in the conflict dialog as soon as it is shown (and photograph it)."""
    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "conflictDialog":
            seen.append(box.text() + "\n" + box.informativeText())
            if shot is not None:
                box.grab().save(str(shot))
            box.findChild(QPushButton, button).click()
        else:
            QTimer.singleShot(20, attempt)
    QTimer.singleShot(0, attempt)


def column(db_path: Path, sql: str, *args: object) -> object:
    """An independent reader of the file."""
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql, args).fetchone()[0]
    finally:
        con.close()


def _title(db_path: Path, event_id: int) -> str:
    return str(column(db_path, "SELECT title FROM event WHERE id = ?", event_id))


# -- event editor ---------------------------------------------------------------------------

@pytest.mark.parametrize("choice", [RELOAD, OVERWRITE])
def test_event_editor_header_conflict(qtbot, db, db_path, other_window, choice, output_dir):
    from ui.events.editor import EventEditorDialog

    fx = make_series(db, persons=1)
    dialog = EventEditorDialog(db, fx.event_id)  # window A
    qtbot.addWidget(dialog)
    with other_window.transaction() as orm:  # window B saves first
        orm.get(Event, fx.event_id).title = "Titel aus Fenster B"
    dialog.title_edit.setText("Titel aus Fenster A")
    seen: list[str] = []
    answer_conflict(choice, seen, output_dir / "conflict_dialog_event.png"
                    if choice == RELOAD else None)
    saved = dialog.save()
    assert seen and "von jemand anderem geändert" in seen[0], seen
    assert "Veranstaltung" in seen[0]
    if choice == RELOAD:
        assert not saved and dialog.result() == 0
        assert _title(db_path, fx.event_id) == "Titel aus Fenster B"
        assert dialog.title_edit.text() == "Titel aus Fenster B"
        assert len(dialog.grid.lines) == len(fx.session_ids)
        dialog.capacity_spin.setValue(17)
        assert dialog.save()  # the reloaded version is current: no second conflict
        assert column(db_path, "SELECT capacity FROM event WHERE id = ?", fx.event_id) == 17
        assert _title(db_path, fx.event_id) == "Titel aus Fenster B"
    else:
        assert saved
        assert _title(db_path, fx.event_id) == "Titel aus Fenster A"


@pytest.mark.parametrize("choice", [RELOAD, OVERWRITE])
def test_event_editor_session_moved_elsewhere(qtbot, db, db_path, other_window, choice):
    """B moves a session; A's stale session times must not silently undo the move."""
    from ui.events.editor import EventEditorDialog

    fx = make_series(db, persons=1)
    moved = fx.session_ids[1]
    old_start = str(column(db_path, "SELECT start FROM session WHERE id = ?", moved))
    dialog = EventEditorDialog(db, fx.event_id)
    qtbot.addWidget(dialog)
    with other_window.transaction() as orm:
        move_session(orm, moved, datetime(2027, 6, 1, 13, 0), datetime(2027, 6, 1, 17, 0),
                     force=True)
    dialog.title_edit.setText("Neuer Titel aus A")
    seen: list[str] = []
    answer_conflict(choice, seen)
    saved = dialog.save()
    assert seen and "Termin" in seen[0] and "von jemand anderem geändert" in seen[0], seen
    start = str(column(db_path, "SELECT start FROM session WHERE id = ?", moved))
    if choice == RELOAD:
        assert not saved
        assert start.startswith("2027-06-01 13:00")
        line = next(ln for ln in dialog.grid.lines if ln.session_id == moved)
        assert line.plan().start == datetime(2027, 6, 1, 13, 0)
        assert _title(db_path, fx.event_id) != "Neuer Titel aus A"
    else:
        assert saved  # the user chose to replace B's move with the form's state
        assert start == old_start
        assert _title(db_path, fx.event_id) == "Neuer Titel aus A"


def test_event_editor_does_not_delete_a_session_added_elsewhere(qtbot, db, db_path,
                                                                other_window):
    """B adds a session; A's form does not know it and must not silently delete it."""
    from planner.usecases.planning import SessionPlan, add_session
    from ui.events.editor import EventEditorDialog

    fx = make_series(db, persons=1)
    dialog = EventEditorDialog(db, fx.event_id)
    qtbot.addWidget(dialog)
    with other_window.transaction() as orm:
        added = add_session(orm, fx.event_id, SessionPlan(
            start=datetime(2027, 7, 6, 9, 30), end=datetime(2027, 7, 6, 16, 30),
            title="Zusatztermin aus B"), force=True).value.id
    dialog.title_edit.setText("Titel aus A")
    seen: list[str] = []
    answer_conflict(RELOAD, seen)
    assert not dialog.save()
    assert seen and "hinzugefügt oder gelöscht" in seen[0], seen
    count = "SELECT COUNT(*) FROM session WHERE event_id = ?"
    assert column(db_path, count, fx.event_id) == len(fx.session_ids) + 1
    assert added in {ln.session_id for ln in dialog.grid.lines}  # reloaded
    assert dialog.save()  # now A's form knows B's session: it is kept
    assert column(db_path, count, fx.event_id) == len(fx.session_ids) + 1


# -- organisations and venues -----------------------------------------------------------------

@pytest.mark.parametrize("choice", [RELOAD, OVERWRITE])
def test_organisation_editor_conflict(qtbot, db, db_path, other_window, choice):
    from ui.pages.masterdata import OrganisationEditorDialog

    with db.transaction() as orm:
        oid = add_organisation(orm, name="Stadt Görlitz", municipality=True,
                               federal_state="SN", population=55_000).value.id
    dialog = OrganisationEditorDialog(db, oid)
    qtbot.addWidget(dialog)
    with other_window.transaction() as orm:
        update_organisation(orm, oid, name="Stadt Görlitz", municipality=True,
                            federal_state="SN", population=56_111)
    dialog.population_edit.setText("57.222")
    seen: list[str] = []
    answer_conflict(choice, seen)
    saved = dialog.save()
    assert seen and "Görlitz" in seen[0] and "von jemand anderem geändert" in seen[0]
    stored = column(db_path, "SELECT population FROM organisation WHERE id = ?", oid)
    if choice == RELOAD:
        assert not saved and stored == 56_111
        assert dialog.population_edit.text() == "56111"
        assert dialog.save()  # now current
    else:
        assert saved and stored == 57_222


@pytest.mark.parametrize("choice", [RELOAD, OVERWRITE])
def test_venue_editor_conflict(qtbot, db, db_path, other_window, choice):
    from ui.pages.masterdata import VenueEditorDialog

    with db.transaction() as orm:
        vid = add_venue(orm, name="Zeche Zollverein", city="Essen", federal_state="NW",
                        capacity=80).value.id
    dialog = VenueEditorDialog(db, vid)
    qtbot.addWidget(dialog)
    with other_window.transaction() as orm:
        update_venue(orm, vid, name="Zeche Zollverein", city="Essen", federal_state="NW",
                     capacity=120)
    dialog.capacity_edit.setText("60")
    seen: list[str] = []
    answer_conflict(choice, seen)
    saved = dialog.save()
    assert seen and "Zollverein" in seen[0]
    stored = column(db_path, "SELECT capacity FROM venue WHERE id = ?", vid)
    if choice == RELOAD:
        assert not saved and stored == 120 and dialog.capacity_edit.text() == "120"
    else:
        assert saved and stored == 60


def test_cancel_keeps_the_other_change_and_the_form(qtbot, db, db_path, other_window):
    from ui.pages.masterdata import VenueEditorDialog

    with db.transaction() as orm:
        vid = add_venue(orm, name="Kulturhaus", city="Halle", federal_state="ST").value.id
    dialog = VenueEditorDialog(db, vid)
    qtbot.addWidget(dialog)
    with other_window.transaction() as orm:
        update_venue(orm, vid, name="Kulturhaus", street="Marktplatz 1", city="Halle",
                     federal_state="ST")
    dialog.street_edit.setText("Domplatz 2")
    seen: list[str] = []
    answer_conflict("cancelButton", seen)
    assert not dialog.save() and seen
    assert column(db_path, "SELECT street FROM venue WHERE id = ?", vid) == "Marktplatz 1"
    assert dialog.street_edit.text() == "Domplatz 2"  # the user's input is still there


# -- offices on the settings page ---------------------------------------------------------------

@pytest.mark.parametrize("choice", [RELOAD, OVERWRITE])
def test_office_editor_conflict(qtbot, db, db_path, other_window, choice):
    from ui.pages.settings import SettingsPage

    page = SettingsPage(db)
    qtbot.addWidget(page)
    office_id = page.office_combo.currentData()
    with other_window.transaction() as orm:
        update_office(orm, office_id, phone="030 111")
    page.office_edits["phone"].setText("030 222")
    seen: list[str] = []
    answer_conflict(choice, seen)
    saved = page.save_office()
    assert seen and "Standort" in seen[0]
    stored = column(db_path, "SELECT phone FROM office WHERE id = ?", office_id)
    if choice == RELOAD:
        assert not saved and stored == "030 111"
        assert page.office_edits["phone"].text() == "030 111"
        page.office_edits["phone"].setText("030 333")
        assert page.save_office()  # now current
        assert column(db_path, "SELECT phone FROM office WHERE id = ?", office_id) == "030 333"
    else:
        assert saved and stored == "030 222"
        assert page.office_message.text() == "Gespeichert."
