"""The printed form, the one-page results PDF, the results workbook, the funder report's
evaluation section and the `evaluation` CLI, each read back with independent readers."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from planner.cli.main import main
from planner.evaluation.standard import STANDARD_ITEMS
from planner.exports.feedback_form import export_form_pdf
from planner.reports.feedback_pdf import export_results_pdf
from planner.reports.feedback_xlsx import export_feedback_xlsx
from planner.usecases.feedback import FormInput, save_forms
from planner.usecases.questionnaires import add_item, save_questionnaire
from tests.factories import make_series
from tests.feedback_fixture import OVERALL, build_feedback_world
from tests.report_fixture import assert_fonts_embedded

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) not installed")


def pdftotext(path: Path, *, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    out = subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8")
    return out if layout else " ".join(out.split())


def tick_boxes(path: Path) -> list[float]:
    """Side lengths (mm) of the square rectangles drawn on the first page."""
    from pypdf.generic import ContentStream

    reader = PdfReader(path)
    page = reader.pages[0]
    sides = []
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator == b"re":
            _x, _y, w, h = (float(v) for v in operands)
            if abs(w - h) < 0.01:
                sides.append(round(w / 72 * 25.4, 1))
    return sides


@needs_pdftotext
def test_printed_form_for_an_event_and_for_a_session(db, tmp_path):
    series = make_series(db, persons=1, title="Reihe „Daten für Łódź & Şanlıurfa“")
    event_pdf, session_pdf = tmp_path / "bogen.pdf", tmp_path / "modul3.pdf"
    with db.reading() as orm:
        export_form_pdf(orm, series.event_id, event_pdf)
        export_form_pdf(orm, series.event_id, session_pdf, session_id=series.session_ids[2])
    text = pdftotext(event_pdf)
    assert "Rückmeldebogen" in text and "Reihe „Daten für Łódź & Şanlıurfa“" in text
    assert "Fortbildungsreihe · 02.03.2027 – 06.04.2027 · Leipzig" in text
    for number, item in enumerate(STANDARD_ITEMS, start=1):
        assert f"{number}. {item.text}" in text
        for label in (item.low_label, item.high_label, *item.options):
            assert label in text
    assert "anonym" in text
    layout = pdftotext(event_pdf, layout=True)
    scales = sum(1 for i in STANDARD_ITEMS if i.kind == "scale")
    assert sum(1 for line in layout.splitlines()
               if line.split() == ["1", "2", "3", "4", "5"]) == scales
    boxes = tick_boxes(event_pdf)
    choices = sum(len(i.options) for i in STANDARD_ITEMS)
    assert len([b for b in boxes if b >= 6]) == scales * 5 + choices  # large tick boxes
    assert f"Veranstaltung {series.event_id}" in text and "V1" in text
    session_text = pdftotext(session_pdf)
    assert "Modul 3 · Dienstag, 16.03.2027 · Leipzig" in session_text
    assert f"Termin {series.session_ids[2]}" in session_text
    for path in (event_pdf, session_pdf):
        assert len(PdfReader(path).pages) == 1
        assert PdfReader(path).pages[0].mediabox.height == pytest.approx(841.89, abs=0.1)
        assert_fonts_embedded(path)


@needs_pdftotext
def test_a_full_questionnaire_still_fits_one_page(db, tmp_path):
    series = make_series(db, persons=1)
    with db.transaction() as orm:
        extra = [add_item(orm, kind="scale", text=f"Wie bewerten Sie den Baustein {n} mit "
                          "seinen vielen Übungen und Beispielen aus der Praxis?",
                          low_label="sehr schlecht", high_label="sehr gut").value.id
                 for n in range(1, 6)]
        save_questionnaire(orm, event_id=series.event_id, item_ids=[*range(1, 8), *extra])
    path = tmp_path / "voll.pdf"
    with db.reading() as orm:
        export_form_pdf(orm, series.event_id, path)
    assert len(PdfReader(path).pages) == 1
    text = pdftotext(path)
    assert "12. Wie bewerten Sie den Baustein 5" in text and "Was fehlt?" in text


@needs_pdftotext
def test_results_pdf_hand_counted_and_suppressed(db, tmp_path):
    world = build_feedback_world(db)
    series_pdf, conference_pdf = tmp_path / "reihe.pdf", tmp_path / "tagung.pdf"
    with db.reading() as orm:
        export_results_pdf(orm, world.series, series_pdf)
        export_results_pdf(orm, world.conference, conference_pdf)
    text = pdftotext(series_pdf)
    assert "10 Rückmeldungen von 14 Anwesenden (Rücklauf 71,4 %)" in text
    layout = pdftotext(series_pdf, layout=True)
    # the question, the distribution bar's counts for 1…5, mean and n on one line
    assert re.search(r"insgesamt mit der\s+2\s+2\s+1\s+2\s+3\s+Ø 3,2\s+n = 10", layout)
    assert re.search(r"Ø 4,0\s+n\s*=\s*5", layout)
    assert "3 (60 %)" in text  # application option 1
    assert "Viel gelernt" in text and "Kontakte" in text
    assert "Teil 2, 09.03.2027 weniger als 5 Rückmeldungen" in text
    assert len(PdfReader(series_pdf).pages) == 1
    assert_fonts_embedded(series_pdf)
    suppressed = pdftotext(conference_pdf)
    assert "Weniger als 5 Rückmeldungen" in suppressed
    assert "Ø" not in suppressed and "n =" not in suppressed and "Rücklauf" not in suppressed
    # the fifth form: now the figures appear
    with db.transaction() as orm:
        save_forms(orm, world.conference, [FormInput({OVERALL: 4})])
    with db.reading() as orm:
        export_results_pdf(orm, world.conference, conference_pdf)
    shown = pdftotext(conference_pdf)
    assert "5 Rückmeldungen von 6 Anwesenden (Rücklauf 83,3 %)" in shown
    assert re.search(r"Ø 3,2\s+n\s*=\s*5", pdftotext(conference_pdf, layout=True))


def test_results_xlsx_has_every_figure_as_numbers(db, tmp_path):
    world = build_feedback_world(db)
    path, small = tmp_path / "reihe.xlsx", tmp_path / "tagung.xlsx"
    with db.transaction() as orm:
        save_forms(orm, world.series, [FormInput({OVERALL: 3, 6: "=HYPERLINK(\"x\")"})])
    with db.reading() as orm:
        export_feedback_xlsx(orm, world.series, path)
        export_feedback_xlsx(orm, world.conference, small)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Übersicht", "Auswahlfragen", "Nach Terminen", "Freitexte"]
    rows = {r[0]: r for r in wb["Übersicht"].iter_rows(values_only=True) if r[0]}
    assert rows["Rückmeldungen"][1] == 11 and rows["Anwesende"][1] == 14
    overall = rows["Wie zufrieden sind Sie insgesamt mit der Veranstaltung?"]
    assert overall[2:9] == (11, pytest.approx(35 / 11), 2, 2, 2, 2, 3)
    choices = [r for r in wb["Auswahlfragen"].iter_rows(min_row=2, values_only=True)]
    assert [r[2] for r in choices] == [3, 1, 1, 0, 0]
    texts = [r[1] for r in wb["Freitexte"].iter_rows(min_row=2, values_only=True)]
    assert texts == ["Viel gelernt", "Kontakte", "=HYPERLINK(\"x\")"]
    formula_cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row
                     if c.data_type == "f"]
    assert formula_cells == []
    small_wb = load_workbook(small)
    values = [v for row in small_wb["Übersicht"].iter_rows(values_only=True) for v in row
              if isinstance(v, (int, float))]
    assert values == [5]  # only the threshold itself, no figure of the four forms
    assert list(small_wb["Freitexte"].iter_rows(min_row=2, values_only=True)) == []


def cli(db_args: list[str], *args: str) -> int:
    return main([*db_args, *args])


@needs_pdftotext
def test_funder_report_has_the_evaluation_section(db, db_args, tmp_path, capsys):
    build_feedback_world(db)
    pdf, xlsx = tmp_path / "bericht.pdf", tmp_path / "bericht.xlsx"
    assert cli(db_args, "report", "--year", "2027", "-o", str(pdf)) == 0
    assert cli(db_args, "report", "--year", "2027", "-o", str(xlsx)) == 0
    capsys.readouterr()
    text = pdftotext(pdf)
    assert "Rückmeldungen der Teilnehmenden" in text
    assert "Fortbildungsreihe 1 10 71,4 % 3,2 4,0" in text
    assert "Netzwerk on Tour 1 5 100 % 4,2" in text
    assert "Fachtagung weniger als 5" in text
    assert "Insgesamt 3 19 76 % 3,4" in text
    assert_fonts_embedded(pdf)
    ws = load_workbook(xlsx)["Rückmeldungen"]
    rows = {r[0]: r for r in ws.iter_rows(values_only=True) if r[0]}
    assert rows["Fortbildungsreihe"][1:6] == (1, 10, pytest.approx(10 / 14),
                                              pytest.approx(3.2), pytest.approx(4.0))
    assert rows["Fachtagung"][1] == "weniger als 5 Rückmeldungen"
    assert rows["Stadtentwicklung"][1] == "weniger als 5 Rückmeldungen"
    assert rows["Insgesamt"][2] == 19


def test_cli_form_results_questionnaire_threshold(db, db_args, tmp_path, capsys):
    world = build_feedback_world(db)
    form, result_pdf, result_xlsx = (tmp_path / "f.pdf", tmp_path / "r.pdf",
                                     tmp_path / "r.xlsx")
    assert cli(db_args, "evaluation", "form", "--event", str(world.series), "--session",
               str(world.series_sessions[0]), "-o", str(form)) == 0
    assert form.stat().st_size > 0
    assert cli(db_args, "evaluation", "results", "--event", str(world.series), "-o",
               str(result_pdf)) == 0
    assert cli(db_args, "evaluation", "results", "--event", str(world.series), "-o",
               str(result_xlsx)) == 0
    assert result_pdf.read_bytes().startswith(b"%PDF") and result_xlsx.stat().st_size > 0
    capsys.readouterr()
    assert cli(db_args, "evaluation", "results", "--event", str(world.series)) == 0
    out = capsys.readouterr().out
    assert "10 Rückmeldungen von 14 Anwesenden" in out and "Ø 3,2 n = 10" in out
    assert cli(db_args, "evaluation", "results", "--by", "format") == 0
    out = capsys.readouterr().out
    assert "Fortbildungsreihe" in out and "3,20" in out and "< 5" in out
    assert cli(db_args, "evaluation", "questionnaire", "--format", "conference") == 0
    assert "[overall] Skala 1–5" in capsys.readouterr().out
    assert cli(db_args, "evaluation", "threshold", "2") == 1
    assert "nicht unter 3" in capsys.readouterr().err
    assert cli(db_args, "evaluation", "threshold", "4") == 0
    capsys.readouterr()
    assert cli(db_args, "evaluation", "results", "--event", str(world.conference),
               "--json") == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["suppressed"] is False and data["responses"] == 4
    assert cli(db_args, "evaluation", "results", "--event", str(world.series), "-o",
               str(tmp_path / "x.docx")) == 1
