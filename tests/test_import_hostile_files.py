"""Hostile import files, round two: row bombs in .xlsx, mixed encodings, broken UTF-16.

Each file is built the way an attacker (or a broken export tool) would: the sheet XML of a
real openpyxl workbook is rewritten inside the zip, CSV bytes are put together by hand.
"""

from __future__ import annotations

import codecs
import re
import subprocess
import sys
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from planner.imports import ImportFileError, build_preview
from planner.imports.analysis import FIX
from planner.imports.reading import MAX_ROWS
from tests.factories import make_series

SHEET = "xl/worksheets/sheet1.xml"


def _xlsx_with_rows(path: Path, filler: bytes, repeat: int, *, dimension: bool = False) -> Path:
    """A header and one data row, then `filler` repeated `repeat` times inside <sheetData>
    (streamed into the zip, so 20 million rows cost a fraction of a second)."""
    base = path.with_suffix(".base.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nachname", "Vorname", "E-Mail"])
    ws.append(["Muster", "Max", "max@example.org"])
    wb.save(base)
    with zipfile.ZipFile(base) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename != SHEET:
                zout.writestr(info, data)
                continue
            text = data.decode()
            if not dimension:  # without <dimension>, openpyxl parses the whole sheet at load
                text = re.sub(r"<dimension[^>]*/>", "", text)
            head, tail = text.split("</sheetData>")
            with zout.open(SHEET, "w", force_zip64=True) as f:
                f.write(head.encode())
                per_block = max(1, (1 << 20) // len(filler))
                block = filler * per_block
                for _ in range(repeat // per_block):
                    f.write(block)
                f.write(filler * (repeat % per_block))
                f.write(b"</sheetData>" + tail.encode())
    base.unlink()
    return path


def _preview(db, path: Path, event_id: int):
    with db.reading() as orm:
        return build_preview(orm, path, event_id)


def test_twenty_million_empty_rows_are_refused_early_with_bounded_memory(db, tmp_path):
    """Fault 6: a 176 KB file of 20 million `<row/>` took 311 s and 1.8 GB, even --dry-run."""
    series = make_series(db, persons=0)
    path = _xlsx_with_rows(tmp_path / "leer.xlsx", b"<row/>", 20_000_000)
    assert path.stat().st_size < 300_000  # the attack is a small file
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError, match="leere Zeilen mitgezählt"):
            _preview(db, path, series.event_id)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40e6, f"peak {peak / 1e6:.0f} MB"


def test_rows_numbered_far_down_count_toward_the_limit(db, tmp_path):
    """A single `<row r="5000000">` made openpyxl invent millions of empty rows before it."""
    series = make_series(db, persons=0)
    far = b'<row r="5000000"><c r="A5000000" t="inlineStr"><is><t>Weit</t></is></c></row>'
    path = _xlsx_with_rows(tmp_path / "weit.xlsx", far, 1, dimension=True)
    with pytest.raises(ImportFileError, match="mehr als 100.010 Zeilen"):
        _preview(db, path, series.event_id)


def test_a_row_with_more_cells_than_excel_allows_is_refused(db, tmp_path):
    series = make_series(db, persons=0)
    wide = b"<row>" + b"<c/>" * 2_000_000 + b"</row>"
    path = _xlsx_with_rows(tmp_path / "breit.xlsx", wide, 1)
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError, match="mehr als 16.384 Zellen"):
            _preview(db, path, series.event_id)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40e6, f"peak {peak / 1e6:.0f} MB"


def test_empty_rows_below_the_limit_still_import(db, tmp_path):
    series = make_series(db, persons=0)
    path = _xlsx_with_rows(tmp_path / "luecken.xlsx", b"<row/>", MAX_ROWS - 10)
    preview = _preview(db, path, series.event_id)
    assert preview.total == 1 and preview.rows[0].last_name == "Muster"


def test_the_cli_dry_run_on_a_row_bomb_ends_in_one_line(tmp_path, db_path, db_args):
    from planner.storage.database import Database
    from tests.factories import make_series as series_on

    db = Database.open(db_path)
    event_id = series_on(db, persons=0).event_id
    db.close()
    path = _xlsx_with_rows(tmp_path / "bombe.xlsx", b"<row/>", 20_000_000)
    proc = subprocess.run([sys.executable, "-m", "planner", *db_args, "import",
                           "registrations", str(path), "--event", str(event_id), "--dry-run"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().startswith("Fehler: Die Datei hat mehr als")


# -- encodings --------------------------------------------------------------------------------


def test_utf8_lines_in_a_windows_1252_file_are_shown_and_repaired(db, tmp_path):
    """Fault 9: `JÃ¼rgen GrÃ¶ÃŸe` was imported without a warning."""
    series = make_series(db, persons=0)
    path = tmp_path / "gemischt.csv"
    path.write_bytes(b"Nachname;Vorname;E-Mail;Funktion\n"
                     + "Größe;Jürgen;jg@example.org;Leitung – Büro\n".encode()
                     + "Weiß;Käthe;kw@example.org;Leitung – Büro\n".encode("cp1252"))
    preview = _preview(db, path, series.event_id)
    assert preview.info.source.encoding == "cp1252"
    first, second = preview.rows
    assert (first.first_name, first.last_name, first.function) == \
        ("Jürgen", "Größe", "Leitung – Büro")
    assert (second.first_name, second.last_name, second.function) == \
        ("Käthe", "Weiß", "Leitung – Büro")
    fixes = [p.message for p in first.problems if p.level == FIX]
    assert len(fixes) == 3 and all("Umlaute falsch kodiert" in m for m in fixes), fixes
    assert not second.problems
    assert preview.fixes == 1
    shown = "\n".join(preview.problem_lines())
    assert "JÃ¼rgen" in shown and "„Jürgen“" in shown


def test_utf8_lines_in_an_iso_8859_1_file_are_repaired(db, tmp_path):
    """Á is C3 81 in UTF-8; 0x81 is undefined in cp1252, so the file is read as ISO-8859-1
    and the line holds a control character that must not be stripped before repairing."""
    series = make_series(db, persons=0)
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"Nachname;Vorname;E-Mail\n"
                     + "Ónodi;Ágnes;ao@example.org\n".encode()
                     + "Weiß;Käthe;kw@example.org\n".encode("latin-1"))
    preview = _preview(db, path, series.event_id)
    assert preview.info.source.encoding == "latin-1"
    first, second = preview.rows
    assert (first.first_name, first.last_name) == ("Ágnes", "Ónodi") and first.has_fix
    assert (second.first_name, second.last_name) == ("Käthe", "Weiß") and not second.problems


def test_text_converted_twice_in_a_utf8_file_is_shown(db, tmp_path):
    series = make_series(db, persons=0)
    path = tmp_path / "doppelt.csv"
    path.write_text("Nachname;Vorname;E-Mail\nMÃ¼ller;Anna;am@example.org\n"
                    "Müller;Bernd;bm@example.org\nSão;Paulo;sp@example.org\n", encoding="utf-8")
    preview = _preview(db, path, series.event_id)
    names = [(r.last_name, bool(r.has_fix)) for r in preview.rows]
    assert names == [("Müller", True), ("Müller", False), ("São", False)]


@pytest.mark.parametrize("where", ["header", "late"])
def test_utf16_with_an_invalid_surrogate_gives_a_clear_message(db, tmp_path, where):
    """Fault 16: a lone surrogate in a UTF-16 CSV ended in a traceback."""
    series = make_series(db, persons=0)
    body = "Nachname;Vorname\nMüller;Anna\n".encode("utf-16-le")
    bad = b"\x00\xd8A\x00"  # a high surrogate followed by "A" instead of a low surrogate
    rows = "".join(f"Name{i};Vor{i}\n" for i in range(200)).encode("utf-16-le")
    data = codecs.BOM_UTF16_LE + (bad + body + rows if where == "header" else body + rows + bad)
    path = tmp_path / "utf16.csv"
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match="nicht durchgehend als UTF-16"):
        _preview(db, path, series.event_id)
