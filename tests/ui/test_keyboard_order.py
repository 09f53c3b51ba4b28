"""Keyboard order: Tab leaves a multi-line field (description, notes, mail text) as it
leaves every other field, and goes through the event editor's session rows in the order
they are shown, before "Speichern", also for rows added later."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

ROOT = Path(__file__).resolve().parents[2]


def _shown_editor(qtbot, db):  # noqa: ANN001, ANN202
    from ui.events.editor import EventEditorDialog

    dialog = EventEditorDialog(db, fmt="training_series")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_tab_moves_on_from_the_event_description(qtbot, db) -> None:
    dialog = _shown_editor(qtbot, db)
    description = dialog.description_edit
    description.setFocus()
    qtbot.waitUntil(description.hasFocus)
    qtbot.keyClicks(description, "Sechs Module")
    qtbot.keyClick(description, Qt.Key.Key_Tab)
    assert description.toPlainText() == "Sechs Module"  # no tab character typed
    assert not description.hasFocus()


def test_every_text_area_is_made_by_text_area() -> None:
    """New multi-line fields go through ui.widgets.text_area, which sets Tab to move on."""
    made_directly = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "ui").rglob("*.py")) if path.name != "widgets.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bQ(Plain)?TextEdit\(", line)]
    assert made_directly == []


def _tab_through(qtbot, dialog, start, presses: int) -> list:  # noqa: ANN001
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    visited = []
    for _ in range(presses):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        visited.append(dialog.focusWidget())
    return visited


def test_tab_goes_row_by_row_then_to_save(qtbot, db) -> None:
    dialog = _shown_editor(qtbot, db)
    dialog.other_count_check.setChecked(True)
    dialog.count_spin.setValue(7)  # a row added while the dialog is open
    lines = dialog.grid.lines
    assert len(lines) == 7
    expected = [w for line in lines for w in (
        line.title, line.date.line, line.start.line, line.end.line, line.venue,
        line.trainers)]
    visited = _tab_through(qtbot, dialog, dialog.tools.apply_times, len(expected) + 1)
    names = [type(w).__name__ for w in visited]
    assert visited[:-1] == expected, names
    assert visited[-1] is dialog.save_button


def test_a_label_or_code_focusing_a_date_field_puts_the_cursor_in_it(qtbot) -> None:
    from PySide6.QtCore import QDate

    from ui.date_edit import DateEdit

    field = DateEdit(QDate(2027, 3, 9))
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.line.hasFocus)
    assert field.hasFocus()


def test_a_new_person_starts_with_the_first_name(qtbot, db) -> None:
    from ui.pages.person_editor import PersonEditorDialog

    dialog = PersonEditorDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.first_edit  # not the (rarely used) title
    assert dialog.consent.date_edit.line.width() >= dialog.consent.date_edit.line.minimumWidth()
