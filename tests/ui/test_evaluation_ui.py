"""The feedback tab of the event window: keyboard entry saved in one transaction, live
totals, results with the anonymity threshold, free texts left out one by one, the printed
form and the result files read back, the survey import dialog all-or-nothing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import func, select

from planner.models import FeedbackAnswer, FeedbackResponse
from planner.storage.database import Database
from planner.usecases.feedback import FormInput, save_forms
from tests.factories import make_series

pytestmark = pytest.mark.usefixtures("quiet_dialogs")


def _responses(db: Database) -> list[dict[str, object]]:
    """Every stored form: item code → value or text."""
    from planner.models import EvaluationItem

    with db.reading() as orm:
        codes = dict(orm.execute(select(EvaluationItem.id, EvaluationItem.code)).all())
        out = []
        for response in orm.scalars(select(FeedbackResponse).order_by(FeedbackResponse.id)):
            out.append({codes[a.item_id]: (a.text if a.text is not None else a.value)
                        for a in response.answers})
        return out


def _tab(qtbot, db: Database, event_id: int):
    from ui.evaluation.event_tab import EventFeedbackTab

    tab = EventFeedbackTab(db, event_id)
    qtbot.addWidget(tab)
    tab.resize(1200, 720)
    tab.show()
    qtbot.waitUntil(tab.isVisible)
    return tab


def _codes(tab) -> list[str]:
    return [s.code for s in tab.entry.model.specs]


def test_digits_tab_and_text_fill_the_grid_and_save_in_one_step(qtbot, db: Database) -> None:
    series = make_series(db, persons=6)
    tab = _tab(qtbot, db, series.event_id)
    grid, view = tab.entry, tab.entry.view
    assert _codes(tab) == ["overall", "relevance", "application", "organisation", "trainer",
                           "takeaway", "missing"]
    view.setFocus()
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == 0
    qtbot.keyClicks(view, "45312")  # five answers, the cursor moves on after each
    assert view.currentIndex().column() == 5  # the first free text
    qtbot.keyClicks(view, "V")  # typing opens the text cell's editor
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "V"
    qtbot.keyClicks(editor, "iel gelernt")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # keeps the text, on to "Was fehlt?"
    assert view.currentIndex().column() == 6
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # nothing missing: on to the next form
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == 0
    qtbot.keyClicks(view, "6")  # out of range: refused, the cursor stays
    assert "1 bis 5" in grid.message_label.text()
    assert view.currentIndex().column() == 0
    qtbot.keyClicks(view, "2")
    assert grid.model.rowCount() == 4  # two forms, the empty row, the totals
    model = grid.model
    overall = model.specs[0]
    assert model.totals(overall) == (2, 3.0)  # live: (4 + 2) / 2
    totals = model.index(model.totals_row, 0).data()
    assert totals.replace(",", ".") == "Ø 3.0 · n 2"  # decimal mark of the UI language

    assert _responses(db) == []  # nothing written before saving
    assert grid.save_button.isEnabled()
    qtbot.mouseClick(grid.save_button, Qt.MouseButton.LeftButton)
    assert _responses(db) == [
        {"overall": 4, "relevance": 5, "application": 3, "organisation": 1, "trainer": 2,
         "takeaway": "Viel gelernt"},
        {"overall": 2}]
    assert "2 neu" in grid.message_label.text()
    assert not grid.save_button.isEnabled()

    # correct form 2, remove form 1: one more save, both in one transaction
    view.setCurrentIndex(model.index(1, 1))
    qtbot.keyClicks(view, "5")
    view.setCurrentIndex(model.index(0, 0))
    grid.delete_current()
    assert _responses(db)[0]["overall"] == 4  # still there until saved
    grid.save()
    assert _responses(db) == [{"overall": 2, "relevance": 5}]


def test_a_bad_form_writes_nothing_and_names_its_row(qtbot, db: Database) -> None:
    series = make_series(db, persons=3)
    tab = _tab(qtbot, db, series.event_id)
    grid = tab.entry
    view = grid.view
    view.setFocus()
    qtbot.keyClicks(view, "5")
    takeaway = grid.model.specs[5]
    grid.model.set_answer(1, takeaway.id, None, "x" * 4001)  # longer than any form allows
    assert grid.save() is None
    assert _responses(db) == []
    assert "Bogen 2" in grid.message_label.text()
    assert grid.model.dirty  # the entries stay for correction


def _five_forms(db: Database, event_id: int, values: list[int], texts: list[str]) -> None:
    from planner.evaluation.questionnaires import current_for_event, item_specs

    with db.transaction() as orm:
        specs = {s.code: s.id for s in item_specs(current_for_event(orm, event_id))}
        forms = [FormInput({specs["overall"]: v, specs["takeaway"]: t})
                 for v, t in zip(values, texts, strict=True)]
        save_forms(orm, event_id, forms)


def test_results_respect_the_threshold_and_texts_are_left_out_one_by_one(
        qtbot, db: Database) -> None:
    series = make_series(db, persons=6)
    _five_forms(db, series.event_id, [5, 4, 4, 3], ["gut", "Frau K. aus Essen war da",
                                                    "mehr Pausen", "ok"])
    tab = _tab(qtbot, db, series.event_id)
    tab.tabs.setCurrentIndex(1)
    assert tab.feedback is not None and tab.feedback.total.suppressed  # four: nothing
    assert "Weniger als 5" in tab.results.rate_label.text()
    assert tab.results.text_boxes == {}
    _five_forms(db, series.event_id, [2], ["Essen"])
    tab.show_results()  # (the tab refreshes itself after its own operations)
    total = tab.feedback.total
    assert not total.suppressed and total.responses == 5
    assert total.mean("overall") == pytest.approx(3.6)
    assert "5 Rückmeldungen von 6 Anwesenden" in tab.results.rate_label.text()
    assert len(tab.results.text_boxes) == 5
    with db.reading() as orm:
        identifying = orm.scalar(select(FeedbackAnswer.id).where(
            FeedbackAnswer.text == "Frau K. aus Essen war da"))
    tab.results.text_boxes[identifying].setChecked(True)  # through Op, change bus refresh
    with db.reading() as orm:
        assert orm.get(FeedbackAnswer, identifying).hidden
    qtbot.waitUntil(lambda: tab.results.text_boxes.get(identifying) is not None
                    and tab.results.text_boxes[identifying].isChecked())
    out = tab.export_results("xlsx", Path(db.path).parent / "a.xlsx")
    from openpyxl import load_workbook

    cells = [str(c) for ws in load_workbook(out).worksheets
             for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "Frau K. aus Essen war da" not in cells and "mehr Pausen" in cells
    pdf = tab.export_results("pdf", Path(db.path).parent / "a.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Fortbildungsreihe Bildungsmonitoring 2027" in text
    assert "Frau K." not in text and "mehr Pausen" in text


def test_the_printed_form_names_event_and_session(qtbot, db: Database) -> None:
    series = make_series(db, persons=3)
    tab = _tab(qtbot, db, series.event_id)
    tab.scope_combo.set_current_id(series.session_ids[1])
    path = tab.print_form(Path(db.path).parent / "bogen.pdf")
    assert path is not None
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Fortbildungsreihe Bildungsmonitoring 2027" in text
    assert "09.03.2027" in text  # the second module's date
    assert "Was nehmen Sie mit?" in text


def test_forms_about_one_session_stay_with_it(qtbot, db: Database) -> None:
    series = make_series(db, persons=3)
    tab = _tab(qtbot, db, series.event_id)
    tab.scope_combo.set_current_id(series.session_ids[2])
    tab.entry.view.setFocus()
    qtbot.keyClicks(tab.entry.view, "3")
    tab.entry.save()
    with db.reading() as orm:
        assert orm.scalar(select(FeedbackResponse.session_id)) == series.session_ids[2]
        assert orm.scalar(select(func.count()).select_from(FeedbackResponse)) == 1
    tab.scope_combo.set_current_id(0)  # the whole event: no paper forms of its own
    assert tab.entry.model.forms == []
