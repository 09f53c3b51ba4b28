"""The trainer multi-select on the event editor's session rows filters as you type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from planner.usecases.people import add_organisation, add_person
from tests.conftest import TEST_OUTPUT

pytestmark = pytest.mark.usefixtures("quiet_dialogs")

NAMES = [("Friedrich", "Brandt", "Arbeitsgruppe Qualitätsmonitoring im Bildungsmonitoring"),
         ("Friederike", "Brandtner", None), ("Jörg", "Friedländer", None),
         ("Ayşe", "Öztürk", None), ("Renée", "Lefèvre", None), ("Dieter", "Kleinschmidt", None)]


@pytest.fixture
def trainers(db) -> dict[str, int]:
    with db.transaction() as orm:
        org = add_organisation(orm, name=NAMES[0][2]).value
        ids = {}
        for first, last, org_name in NAMES:
            person = add_person(orm, first_name=first, last_name=last, roles=["trainer"],
                                organisation_id=org.id if org_name else None).value
            ids[last] = person.id
        return ids


def _shown(combo) -> list[str]:
    proxy = combo.popup.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


@pytest.fixture
def dialog(qtbot, db, trainers):
    from ui.events.editor import EventEditorDialog

    dialog = EventEditorDialog(db, fmt="training_series")
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def test_typing_filters_the_trainer_list_and_ticks_several(qtbot, dialog, trainers):
    combo = dialog.grid.lines[0].trainers
    assert combo.property("searchable")
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "brandt")  # typing into the closed list opens it
    popup = combo.popup
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert popup.filter.text() == "brandt"
    assert _shown(combo) == [
        "Brandt, Friedrich (Arbeitsgruppe Qualitätsmonitoring im Bildungsmonitoring)",
        "Brandtner, Friederike"]
    qtbot.keyClick(popup.filter, Qt.Key.Key_Return)  # ticks the first hit
    assert combo.lineEdit().text() == "Brandt, Friedrich"  # the name, not the long label
    popup.filter.clear()
    qtbot.keyClicks(popup.filter, "Fried")
    # first or last name, so Brandt (Friedrich), Brandtner (Friederike), Friedländer
    assert [n.split(",")[0] for n in _shown(combo)] == ["Brandt", "Brandtner", "Friedländer"]
    popup.filter.clear()
    qtbot.keyClicks(popup.filter, "friedlander")  # without the umlaut
    assert _shown(combo) == ["Friedländer, Jörg"]
    rect = popup.list.visualRect(popup.proxy.index(0, 0))
    qtbot.mouseClick(popup.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert combo.checked_ids() == [trainers["Brandt"], trainers["Friedländer"]]
    assert not popup.no_hits.isVisible()
    popup.filter.clear()
    qtbot.keyClicks(popup.filter, "oztu")
    assert _shown(combo) == ["Öztürk, Ayşe"]
    popup.filter.clear()
    qtbot.keyClicks(popup.filter, "Schmidtke")
    assert _shown(combo) == []
    assert popup.no_hits.isVisible() and "Schmidtke" in popup.no_hits.text()
    # full names: the pop-up is as wide as the longest one, nothing elided
    widest = popup.list.fontMetrics().horizontalAdvance(
        "Brandt, Friedrich (Arbeitsgruppe Qualitätsmonitoring im Bildungsmonitoring)")
    assert popup.width() >= widest
    assert popup.list.textElideMode() == Qt.TextElideMode.ElideNone
    popup.hide()
    assert combo.lineEdit().text() == "Brandt, Friedrich; Friedländer, Jörg"
    assert combo.lineEdit().cursorPosition() == 0


def test_filtering_keeps_ticks_and_untick_works(qtbot, dialog, trainers):
    combo = dialog.grid.lines[1].trainers
    combo.set_checked_ids([trainers["Lefèvre"], trainers["Kleinschmidt"]])
    combo.showPopup()
    popup = combo.popup
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClicks(popup.filter, "Kleinschmidt, D")  # the way the list shows the name
    assert _shown(combo) == ["Kleinschmidt, Dieter"]
    qtbot.keyClick(popup.filter, Qt.Key.Key_Return)  # unticks it
    assert combo.checked_ids() == [trainers["Lefèvre"]]
    popup.filter.clear()
    qtbot.keyClicks(popup.filter, "lefevre")
    assert _shown(combo) == ["Lefèvre, Renée"]
    popup.filter.clear()
    assert len(_shown(combo)) == len(NAMES)


def test_screenshot_of_the_trainer_filter(qtbot, dialog):
    combo = dialog.grid.lines[0].trainers
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "Fried")
    qtbot.waitUntil(combo.popup.isVisible, timeout=2000)
    qtbot.keyClick(combo.popup.filter, Qt.Key.Key_Return)
    folder = TEST_OUTPUT / "screenshots" / "pick_lists"
    folder.mkdir(parents=True, exist_ok=True)
    assert combo.popup.grab().save(str(folder / "trainer_filter_popup.png"))
    # the dialog with the pop-up drawn where it opens
    from PySide6.QtGui import QPainter

    image = dialog.grab()
    painter = QPainter(image)
    painter.drawPixmap(dialog.mapFromGlobal(combo.popup.pos()), combo.popup.grab())
    painter.end()
    assert image.save(str(folder / "trainer_filter_dialog.png"))


def test_keyboard_only(qtbot, dialog, trainers):
    line = dialog.grid.lines[2]
    line.venue.setFocus()
    qtbot.keyClick(line.venue, Qt.Key.Key_Tab)
    qtbot.waitUntil(line.trainers.hasFocus, timeout=2000)
    combo = line.trainers
    qtbot.keyClick(combo, Qt.Key.Key_B)  # the first letter opens the filter
    popup = combo.popup
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClicks(popup.filter, "randt")
    qtbot.keyClick(popup.filter, Qt.Key.Key_Down)  # to the second hit
    qtbot.keyClick(popup.filter, Qt.Key.Key_Return)
    assert combo.checked_ids() == [trainers["Brandtner"]]
    qtbot.keyClick(popup.list, Qt.Key.Key_Space)  # space on the list unticks it again
    assert combo.checked_ids() == []
    qtbot.keyClick(popup.filter, Qt.Key.Key_Return)
    qtbot.keyClick(popup.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)
    assert combo.lineEdit().text() == "Brandtner, Friederike"
