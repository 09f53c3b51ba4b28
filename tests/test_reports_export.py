"""The report as .xlsx (no formula cells, numbers as numbers) and PDF (text, fonts), via the
CLI end to end."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.cli.main import main
from tests.report_fixture import assert_fonts_embedded, build_world, pdf_text


@pytest.fixture
def world(db, tmp_path):
    return build_world(db, tmp_path / "certs")


def cli(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


def test_cli_xlsx_has_no_formulas_and_the_hand_counted_numbers(db, db_path, world, tmp_path,
                                                              capsys):
    from planner.models import Organisation

    with db.transaction() as orm:
        # a municipality name a spreadsheet program would read as a formula
        essen = orm.get(Organisation, world.orgs["essen"])
        essen.name = "=Essen+1"
    target = tmp_path / "bericht.xlsx"
    assert cli(db_path, "report", "--year", "2027", "--as-of", "2027-12-01", "-o",
               str(target)) == 0
    assert "bericht.xlsx" in capsys.readouterr().out
    wb = load_workbook(target)
    assert wb.sheetnames[0] == "Übersicht"
    formulas = [(ws.title, c.coordinate, c.value) for ws in wb for row in ws.iter_rows()
                for c in row if c.data_type == "f"]
    assert formulas == []
    overview: dict = {}
    for row in wb["Übersicht"].iter_rows(values_only=True):
        if row and row[0]:
            overview.setdefault(row[0], row[1] if len(row) > 1 else None)
    assert overview["Termine"] == 7 and overview["Teilnahmetage"] == 15
    assert overview["Teilnehmende"] == 5 and overview["Bescheinigungen"] == 2
    assert overview["UE"] == pytest.approx(50.7)
    assert overview["Anwesenheit"] == pytest.approx(2940 / 3840)  # minutes, see test_reports
    muni = {row[0]: row[1:] for row in wb["nach Kommune"].iter_rows(min_row=2,
                                                                      values_only=True)}
    assert "=Essen+1" in muni  # text kept as text
    assert muni["Leipzig"][2] == 9  # Teilnahmetage column
    quoted = [c for row in wb["nach Kommune"].iter_rows() for c in row if c.value == "=Essen+1"]
    assert quoted and quoted[0].data_type == "s" and quoted[0].quotePrefix


def test_cli_pdf_text_and_fonts(db_path, world, tmp_path, output_dir):
    target = tmp_path / "bericht.pdf"
    assert cli(db_path, "report", "--year", "2027", "--office", "berlin", "--as-of",
               "2027-12-01", "-o", str(target)) == 0
    text = re.sub(r"\s+", " ", pdf_text(target))
    assert "Bericht über die Arbeit der Transferagentur" in text
    assert "Jahr 2027" in text and "Standort Berlin" in text
    assert "Leipzig" in text and "Dresden" in text and "Essen" not in text
    assert "Teilnahmetage 13" in text  # Berlin: E1's 13, E3 none
    assert "Klärung und Analyse" in text and "März 2027" in text
    assert_fonts_embedded(target)
    shutil.copy(target, output_dir / "report_2027_berlin.pdf")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(target),
                        str(output_dir / "report_2027_berlin")], check=True)


def test_cli_report_errors_and_summary(db_path, world, tmp_path, capsys):
    assert cli(db_path, "report", "--year", "2027", "-o", str(tmp_path / "x.docx")) == 1
    assert "xlsx" in capsys.readouterr().err
    assert cli(db_path, "report", "-o", str(tmp_path / "x.pdf")) == 1
    assert cli(db_path, "report", "--from", "2027-03-01", "--to", "2027-03-10",
               "--as-of", "2027-12-01", "--json") == 0
    out = capsys.readouterr().out
    assert '"sessions": 2' in out and '"participant_days": 5' in out
    assert not (tmp_path / "x.pdf").exists()


def test_xlsx_lists_the_events_and_splits_the_municipalities(db_path, world, tmp_path):
    target = tmp_path / "bericht.xlsx"
    assert cli(db_path, "report", "--year", "2027", "--as-of", "2027-12-01", "-o",
               str(target)) == 0
    wb = load_workbook(target)
    overview: dict = {}
    for row in wb["Übersicht"].iter_rows(values_only=True):
        if row and row[0]:
            overview.setdefault(row[0], []).append(row[1] if len(row) > 1 else None)
    assert overview["Kommunen"][0] == 3 and overview["Kommunen ab 250.000 Einw."] == [3]
    assert overview["Kommunen unter 250.000 Einw."] == [0]
    # The definition follows the rulebook (S2): the year of the event, not of printing.
    assert "Ausstellungstags" in overview["Bescheinigungen"][1]
    rows = list(wb["Veranstaltungen"].iter_rows(values_only=True))
    header = rows[0]
    events = {row[header.index("Veranstaltung")]: dict(zip(header, row, strict=True))
              for row in rows[1:]}
    series = events["Reihe Bildungsmonitoring"]
    assert series["Format"] == "Fortbildungsreihe" and series["Standort"] == "Berlin"
    assert series["Termine im Zeitraum"].startswith("02.03.2027, 09.03.2027")
    assert series["Abgesagt"] == 1 and series["Erreichte Kommunen"] == "Dresden, Leipzig"
    assert series["Teilnahmetage"] == 13 and series["Termine"] == 5
    assert events["Netzwerk on Tour Essen"]["Bescheinigungen"] == 2
