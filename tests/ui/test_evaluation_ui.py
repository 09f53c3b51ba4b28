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


def test_survey_import_dialog_previews_per_row_and_is_all_or_nothing(qtbot, db: Database,
                                                                     tmp_path: Path) -> None:
    from tests.test_evaluation_import import HOSTILE, _xlsx
    from ui.evaluation.import_dialog import SurveyImportDialog

    series = make_series(db, persons=10)
    tab = _tab(qtbot, db, series.event_id)
    path = _xlsx(tmp_path / "umfrage.xlsx", HOSTILE)
    dialog = tab.import_survey(path)
    assert isinstance(dialog, SurveyImportDialog)
    qtbot.addWidget(dialog)
    model = dialog.model
    status = {model.index(r, 0).data(): model.index(r, 1).data()
              for r in range(model.rowCount())}
    assert status == {"2": "neu", "3": "Fehler", "4": "wird korrigiert", "5": "doppelt",
                      "6": "Fehler", "7": "leer", "8": "neu"}
    problems = model.index(1, 3).data()
    assert "7 liegt außerhalb von 1 bis 5" in problems
    summary = dialog.summary_label.text()
    assert "Nie übernommen (Angaben zur Person" in summary and "E-Mail, Name" in summary
    assert _responses(db) == []  # the preview wrote nothing
    # a personal column can never be mapped to a question
    email = next(i for i, h in enumerate(dialog.info.headers) if h == "E-Mail")
    dialog.set_field(email, "takeaway")
    assert "Angaben zur Person" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    dialog.set_field(email, None)
    assert dialog.preview is not None
    takeaway = dialog.info.headers.index("Was nehmen Sie mit?")  # gave its field up: back
    dialog.set_field(takeaway, "takeaway")
    # all rows: refused because of the errors, nothing written
    dialog.all_radio.setChecked(True)
    assert dialog.import_rows() is None
    assert _responses(db) == []
    # only the valid rows
    dialog.valid_radio.setChecked(True)
    report = dialog.import_rows()
    assert report is not None and report.imported == 2
    assert "Importiert: 2 Rückmeldungen" in dialog.report_edit.toPlainText()
    stored = _responses(db)
    assert len(stored) == 2 and stored[0]["overall"] == 5
    assert "anna" not in repr(stored).lower()
    qtbot.waitUntil(lambda: tab.feedback is not None and tab.feedback.total.suppressed)


def test_event_questionnaire_adds_and_drops_items_and_answered_versions_stay(
        qtbot, db: Database) -> None:
    from ui.evaluation.editor import QuestionnaireEditor

    series = make_series(db, persons=3)
    _five_forms(db, series.event_id, [4], ["gut"])  # answered on the format's version 1
    editor = QuestionnaireEditor(db, event_id=series.event_id)
    qtbot.addWidget(editor)
    editor.show()
    assert "verwendet den Bogen ihres Formats" in editor.version_label.text()
    codes = [s.code for s in editor.chosen_specs()]
    assert codes[0] == "overall" and "missing" in codes
    # a new item in the library, then onto the form; drop "Was fehlt?"
    dialog = editor.new_item()
    dialog.kind.setCurrentIndex(dialog.kind.findData("scale"))
    dialog.text.setText("Wie gut war die Verpflegung?")
    dialog.low.setText("schlecht")
    dialog.high.setText("sehr gut")
    assert dialog.save()
    assert [s.text for s in editor.chosen_specs()][-1] == "Wie gut war die Verpflegung?"
    editor.chosen_list.setCurrentRow(codes.index("missing"))
    editor.remove_selected()
    assert "✓" in editor.fit_label.text()
    change = editor.save()
    assert change is not None and not change.new_version
    with db.reading() as orm:
        from planner.evaluation.questionnaires import current_for_event, current_for_format

        own = current_for_event(orm, series.event_id)
        own_codes = [i.code for i in own.items]
        own_scope = (own.event_id, own.version)
        format_codes = [i.code for i in current_for_format(orm, "training_series").items]
    assert own_scope == (series.event_id, 1)
    assert "missing" not in own_codes and own_codes[-1] != "missing"
    assert "missing" in format_codes  # the format's form is untouched
    # the grid now offers the event's own version, the old forms stay on the old one
    tab = _tab(qtbot, db, series.event_id)
    labels = [tab.version_combo.itemText(i) for i in range(tab.version_combo.count())]
    assert labels == ["Bogen des Formats, Version 1 (vorher verwendet)",
                      "eigener Bogen, Version 1"]
    assert [s.code for s in tab.entry.model.specs] == own_codes
    tab.version_combo.setCurrentIndex(0)
    assert len(tab.entry.model.forms) == 1
    # answered: the next change makes version 2 and says so
    tab.version_combo.setCurrentIndex(1)
    tab.entry.view.setFocus()
    qtbot.keyClicks(tab.entry.view, "5")
    tab.entry.save()
    editor.load()
    assert "Version 1, 1 Bögen erfasst" in editor.version_label.text()
    editor.chosen_list.setCurrentRow(0)
    editor.move(1)
    change = editor.save()
    assert change is not None and change.new_version
    assert "Neue Version 2" in editor.message.text()
    assert editor.use_format_questionnaire()
    with db.reading() as orm:
        assert current_for_event(orm, series.event_id).event_id is None


def test_settings_threshold_and_format_questionnaire(qtbot, db: Database) -> None:
    from planner.evaluation.anonymity import anonymity_threshold
    from ui.evaluation.settings_tab import FeedbackSettings

    page = FeedbackSettings(db)
    qtbot.addWidget(page)
    assert page.threshold.minimum() == 3 and page.threshold.value() == 5
    page.threshold.setValue(4)
    assert page.save_threshold()
    with db.reading() as orm:
        assert anonymity_threshold(orm) == 4
    page.format_combo.setCurrentIndex(page.format_combo.findData("conference"))
    assert "Fachtagung" in page.editor.heading.text()
    page.editor.chosen_list.setCurrentRow(0)
    page.editor.remove_selected()
    assert page.editor.save() is not None
    with db.reading() as orm:
        from planner.evaluation.questionnaires import current_for_format

        assert current_for_format(orm, "conference").items[0].code == "relevance"
        assert current_for_format(orm, "coaching").items[0].code == "overall"


def test_municipality_record_and_report_show_aggregates_only(qtbot, db: Database) -> None:
    from datetime import date, datetime

    from planner.usecases.attendance import record_all_registered
    from ui.municipality.record import MunicipalityRecordView
    from ui.reports.page import ReportsPage

    series = make_series(db, persons=6)
    with db.transaction() as orm:
        record_all_registered(orm, series.session_ids[0], "present",
                              now=datetime(2027, 12, 1))
    _five_forms(db, series.event_id, [5, 4, 4, 3], ["a", "b", "c", "d"])
    view = MunicipalityRecordView(db, series.municipality_id, today=date(2027, 12, 1))
    qtbot.addWidget(view)
    table = view.feedback_table
    assert table.rowCount() == 2  # all events, then the one event
    assert table.item(1, 1).text() == "weniger als 5 Rückmeldungen"
    _five_forms(db, series.event_id, [2], ["e"])
    view.reload()
    assert [table.item(1, c).text() for c in range(1, 5)] == ["1", "5", "83,3 %", "3,6"] or \
        [table.item(1, c).text() for c in range(1, 5)] == ["1", "5", "83.3%", "3.6"]
    page = ReportsPage(db)
    qtbot.addWidget(page)
    page.year.setValue(2027)
    rows = [page.feedback_table.item(r, 0).text()
            for r in range(page.feedback_table.rowCount())]
    assert rows[0] == "Alle Veranstaltungen" and "Fortbildungsreihe" in rows
    assert page.feedback_table.item(0, 2).text() == "5"


def test_closing_the_event_window_asks_before_unsaved_forms_are_lost(
        qtbot, db: Database, quiet_dialogs: list[str]) -> None:
    from ui.events.window import EventWindow

    series = make_series(db, persons=3)
    window = EventWindow(db, series.event_id)
    qtbot.addWidget(window)
    window.show()
    grid = window.feedback.entry
    grid.view.setFocus()
    qtbot.keyClicks(grid.view, "43")
    window.close()  # the question is answered "Yes" (save): nothing is lost
    assert quiet_dialogs[-1].startswith("Die erfassten Bögen sind noch nicht gespeichert")
    assert _responses(db) == [{"overall": 4, "relevance": 3}]
