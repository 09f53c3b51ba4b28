"""Import files as they arrive: every encoding and delimiter, Excel, and hostile files.

Files are written by independent writers (Python's codecs/csv, openpyxl, zipfile) and read back
through the importer; hostile files must end in a clear German message and write nothing.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from planner.imports import ImportFileError, apply_import, build_preview, read_table_info
from planner.models import Person, Registration
from tests.factories import make_series

ROWS = [
    ["Name", "E-Mail", "Kommune", "Funktion", "Module", "Anmeldedatum"],
    ["Müller, Jürgen", "j.mueller@example.org", "Leipzig", "Amtsleiter", "1, 3", "03.02.2027"],
    ["Renée Lefèvre", "renee@example.org", "Stadt Leipzig", "Referentin; Bildung", "Modul 2",
     "4.2.27"],
    ["Groß, Öznur", "oeznur@example.org", "Leipzig", "Sachbearbeiterin", "", "2027-02-05"],
]


def _csv_text(rows: list[list[str]], delimiter: str) -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def _counts(db) -> tuple[int, int]:
    with db.reading() as orm:
        return (orm.scalar(select(func.count()).select_from(Person)),
                orm.scalar(select(func.count()).select_from(Registration)))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_encodings_and_delimiters(db, tmp_path: Path, encoding: str, delimiter: str):
    series = make_series(db, persons=0)
    path = tmp_path / f"anmeldungen-{encoding}.csv"
    path.write_bytes(_csv_text(ROWS, delimiter).encode(encoding))
    if encoding == "utf-16":
        assert path.read_bytes()[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    info = read_table_info(path)
    assert info.source.delimiter == delimiter
    assert info.headers == ROWS[0]
    with db.reading() as orm:
        preview = build_preview(orm, path, series.event_id)
    assert preview.total == 3 and preview.errors == 0
    names = [(r.first_name, r.last_name) for r in preview.rows]
    assert names == [("Jürgen", "Müller"), ("Renée", "Lefèvre"), ("Öznur", "Groß")]
    assert preview.rows[1].function == "Referentin; Bildung"  # quoted delimiter kept
    assert preview.rows[0].registered_at == datetime(2027, 2, 3)
    assert preview.rows[1].registered_at == datetime(2027, 2, 4)
    assert [s.position for s in preview.rows[0].sessions or []] == [1, 3]
    assert preview.rows[2].sessions is None  # empty module cell: the whole event
    with db.transaction() as orm:
        report = apply_import(orm, preview, valid_only=False)
    assert len(report.created) == 3 and len(report.registered) == 3
    with db.reading() as orm:
        stored = orm.scalar(select(Person).where(Person.email == "renee@example.org"))
        assert stored.first_name == "Renée" and stored.organisation.name == "Leipzig"


def test_utf16_without_bom_and_latin1_fallback(db, tmp_path: Path):
    series = make_series(db, persons=0)
    path = tmp_path / "utf16le.csv"
    path.write_bytes(_csv_text(ROWS, "\t").encode("utf-16-le"))
    assert read_table_info(path).source.encoding == "utf-16-le"
    weird = tmp_path / "undefined-cp1252.csv"  # 0x81 is undefined in cp1252
    weird.write_bytes("Vorname;Nachname\nAnna;M\x81ller\n".encode("latin-1"))
    with db.reading() as orm:
        preview = build_preview(orm, weird, series.event_id)
    assert preview.rows[0].last_name.startswith("M")


def test_xlsx_with_title_rows_types_and_formula(db, tmp_path: Path):
    series = make_series(db, persons=0)
    path = tmp_path / "anmeldungen.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Anmeldeliste Fortbildungsreihe 2027"])
    ws.append([])
    ws.append(["Nachname", "Vorname", "E-Mail-Adresse", "Organisation", "Telefon", "Modul(e)",
               "Anmeldung am"])
    ws.append(["Müller", "Jürgen", "j.mueller@example.org", "Leipzig", 3412345678, 2,
               datetime(2027, 2, 3, 14, 30)])
    ws.append([12345, "Zahl", "zahl@example.org", "Leipzig", None, None, None])
    ws.append(["Hacker", "Eve", '=HYPERLINK("http://evil.example","x")', "Leipzig", None,
               None, None])
    ws.append(["Kowalski", "Jan", "jan@example.org", "Leipzig", None, "1;4", "07.02.2027"])
    wb.save(path)
    with db.reading() as orm:
        preview = build_preview(orm, path, series.event_id)
    assert preview.info.header_line == 3
    assert preview.total == 4
    first, number, formula, jan = preview.rows
    assert first.phone == "3412345678" and first.registered_at == datetime(2027, 2, 3, 14, 30)
    assert [s.position for s in first.sessions or []] == [2]
    assert number.has_error and "ist eine Zahl" in number.problems[0].message
    # openpyxl wrote no cached value: the formula is neither evaluated nor taken as text
    assert formula.email == "" and not formula.has_error
    assert [s.position for s in jan.sessions or []] == [1, 4]


def test_xlsx_formula_cached_value_is_used(db, tmp_path: Path):
    """A formula cell with a cached result (as Excel saves it): the result, never the formula."""
    series = make_series(db, persons=0)
    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Vorname", "Nachname", "E-Mail"])
    wb.active.append(["Eve", "Hacker", '=HYPERLINK("mailto:eve@example.org","eve@example.org")'])
    wb.save(plain)
    cached = tmp_path / "cached.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(cached, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                start = text.index("<f>")
                end = text.index("</f>") + 4
                # add the cached value after the formula, typed as a string
                text = (text[:start].replace('<c r="C2"', '<c r="C2" t="str"') + text[start:end]
                        + "<v>eve@example.org</v>" + text[end:].replace("<v></v>", "", 1))
                data = text.encode()
            dst.writestr(item, data)
    with db.reading() as orm:
        preview = build_preview(orm, cached, series.event_id)
    assert preview.rows[0].email == "eve@example.org"


def test_formula_text_in_csv_and_control_characters(db, tmp_path: Path):
    series = make_series(db, persons=0)
    path = tmp_path / "hostile.csv"
    path.write_text("Vorname;Nachname;E-Mail;Funktion\n"
                    '=HYPERLINK("http://x");Böse;b@example.org;x\n'
                    "An\x07na;Schmidt\x00;anna@example.org;Leitung\x1b[31m\n"
                    "Tab\tName;Weiß;weiss@example.org;\n", encoding="utf-8")
    with db.reading() as orm:
        preview = build_preview(orm, path, series.event_id)
    formula, control, tab = preview.rows
    assert formula.has_error and "Formel" in formula.problems[0].message
    assert control.first_name == "Anna" and control.last_name == "Schmidt"
    assert control.has_fix and not control.has_error
    assert tab.first_name == "Tab Name"
    with db.transaction() as orm:
        report = apply_import(orm, preview, valid_only=True)
    assert report.created == ["Zeile 4: Tab Name Weiß"]
    assert len(report.skipped) == 2
    with db.reading() as orm:
        assert orm.scalar(select(func.count()).select_from(Person)
                          .where(Person.last_name == "Schmidt")) == 0


def _refused(db, tmp_path: Path, path: Path, fragment: str) -> None:
    series = make_series(db, persons=1)
    before = _counts(db)
    with pytest.raises(ImportFileError) as info:
        with db.reading() as orm:
            build_preview(orm, path, series.event_id)
    assert fragment in info.value.message
    assert _counts(db) == before


def test_empty_file(db, tmp_path: Path):
    path = tmp_path / "leer.csv"
    path.write_bytes(b"")
    _refused(db, tmp_path, path, "leer")


def test_header_only(db, tmp_path: Path):
    path = tmp_path / "kopf.csv"
    path.write_text("Vorname;Nachname;E-Mail\n\n;;\n", encoding="utf-8")
    _refused(db, tmp_path, path, "keine Datenzeilen")


def test_no_name_column(db, tmp_path: Path):
    path = tmp_path / "ohne-name.csv"
    path.write_text("Farbe;Zahl\nrot;1\n", encoding="utf-8")
    _refused(db, tmp_path, path, "Namensspalte")


def test_truncated_xlsx(db, tmp_path: Path):
    good = tmp_path / "good.xlsx"
    wb = openpyxl.Workbook()
    for row in ROWS:
        wb.active.append(row)
    wb.save(good)
    data = good.read_bytes()
    path = tmp_path / "abgebrochen.xlsx"
    path.write_bytes(data[: len(data) // 2])
    _refused(db, tmp_path, path, "beschädigt")


def test_zip_that_is_not_a_workbook(db, tmp_path: Path):
    path = tmp_path / "archiv.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hallo")
    _refused(db, tmp_path, path, "keine Excel-Arbeitsmappe")


def _ole2(path: Path, streams: list[str]) -> None:
    """A compound-file header plus directory entry names (enough for the format check)."""
    header = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 504
    entries = b"".join(name.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64
                       for name in ["Root Entry", *streams])
    path.write_bytes(header + entries)


def test_password_protected_xlsx(db, tmp_path: Path):
    path = tmp_path / "geschuetzt.xlsx"
    _ole2(path, ["EncryptionInfo", "EncryptedPackage"])
    _refused(db, tmp_path, path, "passwortgeschützt")


def test_old_xls(db, tmp_path: Path):
    path = tmp_path / "alt.xls"
    _ole2(path, ["Workbook", "\x05SummaryInformation"])
    _refused(db, tmp_path, path, "alten Excel-Format (.xls)")


def test_binary_garbage(db, tmp_path: Path):
    path = tmp_path / "bild.csv"
    path.write_bytes(bytes(range(256)) * 40)
    series = make_series(db, persons=0)
    with pytest.raises(ImportFileError):
        with db.reading() as orm:
            build_preview(orm, path, series.event_id)


def test_huge_field_is_refused(db, tmp_path: Path):
    path = tmp_path / "riesenfeld.csv"
    path.write_text('Vorname;Nachname\nAnna;"' + "x" * 200_000 + '"\n', encoding="utf-8")
    _refused(db, tmp_path, path, "beschädigt")


def test_too_many_rows(db, tmp_path: Path):
    from planner.imports.reading import MAX_ROWS

    path = tmp_path / "zu-gross.csv"
    with path.open("w", encoding="utf-8") as f:
        f.write("Vorname;Nachname\n")
        for i in range(MAX_ROWS + 1):
            f.write(f"Anna;Nr{i}\n")
    _refused(db, tmp_path, path, "mehr als 100.000 Datenzeilen")
