"""Searchable pick lists: typing filters (ignoring accents), picking sets the id."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from tests.ui.conftest import PlanData
from ui.pick_list import make_searchable
from ui.plan.page import PlanPage


def _shown(combo: QComboBox) -> list[str]:
    completer = combo.completer()
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _pick_first(qtbot, combo: QComboBox) -> None:
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_plan_trainer_filter_is_searchable(qtbot, db, plan_data: PlanData):
    page = PlanPage(db)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    page.go_to(date(2027, 3, 1))
    combo = page.trainer_filter
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "brugge")  # typed without the umlaut
    assert _shown(combo) == ["Heiner Brügge"]
    _pick_first(qtbot, combo)
    assert combo.currentData() == plan_data.hamburg_trainer_id
    assert combo.lineEdit().text() == "Heiner Brügge"
    # every item carries its full text as tooltip; the popup is not elided in the middle
    assert all(combo.itemData(i, Qt.ItemDataRole.ToolTipRole) == combo.itemText(i)
               for i in range(combo.count()))
    assert combo.view().textElideMode() == Qt.TextElideMode.ElideNone


def test_free_text_never_becomes_a_value(qtbot):
    host = QWidget()
    layout = QVBoxLayout(host)
    combo, other = QComboBox(), QLineEdit()
    layout.addWidget(combo)
    layout.addWidget(other)
    names = ["(keine)", "Brandt, Friedrich (Arbeitsgruppe Qualitätsmonitoring)",
             "Müller, Anna", "Novák, Jana"]
    for ident, name in enumerate(names):
        combo.addItem(name, ident)
    make_searchable(combo)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow, timeout=3000)
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "novak")
    assert _shown(combo) == ["Novák, Jana"]
    _pick_first(qtbot, combo)
    assert combo.currentData() == 3
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "gibt es nicht")
    combo.completer().popup().hide()
    other.setFocus()
    qtbot.waitUntil(lambda: combo.lineEdit().text() == "Novák, Jana", timeout=2000)
    assert combo.currentData() == 3
    widest = combo.fontMetrics().horizontalAdvance(names[1])
    assert combo.view().minimumWidth() >= widest


def test_analysis_municipality_is_searchable(qtbot, db, quiet_dialogs):
    from planner.usecases.people import add_organisation
    from ui.events.editor import EventEditorDialog

    with db.transaction() as orm:
        ids = {name: add_organisation(orm, name=name, municipality=True,
                                      federal_state=state).value.id
               for name, state in (("Görlitz", "SN"), ("Göttingen", "NI"),
                                   ("Hannover", "NI"))}
    dialog = EventEditorDialog(db, fmt="analysis")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    combo = dialog.municipality_combo
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "gott")  # typed without the umlaut
    assert _shown(combo) == ["Göttingen"]
    _pick_first(qtbot, combo)
    assert combo.currentData() == ids["Göttingen"]


def test_a_filled_pick_list_shows_its_text_from_the_start(qtbot):
    """A narrow searchable combo shows "Alle Referent:innen" from its first letter, also
    when it was made searchable before it was filled (the plan's filters)."""
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setFixedWidth(90)
    make_searchable(combo)
    combo.show()
    combo.addItem("Alle Referent:innen mit langem Namen", None)
    combo.addItem("Brandt, Friederike", 1)
    assert combo.lineEdit().text().startswith("Alle")
    assert combo.lineEdit().cursorPosition() == 0
