"""Signature lists (.xlsx and .pdf): content, print setup, no formulas, no contact data."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from planner.cli.main import main as cli_main
from planner.errors import NotFoundError, PlannerError
from planner.exports.signature_list import export_event_signature_lists, export_signature_list
from planner.exports.xlsx_safe import safe_cell, safe_sheet_title
from planner.models import Event, Person, Registration, Session
from planner.settings import FUNDING_NOTE
from planner.usecases.people import add_organisation, add_person
from planner.usecases.planning import cancel_session
from planner.usecases.registration import cancel_registration, register
from tests.factories import make_series

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
HOSTILE = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "=1+1"]
# Raw texts that only an old import could have stored (the use cases reject them).
RAW_HOSTILE = ["\t=2+3", "\r=4+5"]
INTL = ["Wałęsa-Łukasiewicz", "Yıldırım-Doğan", "Şahin", "Llŵyd", "Lefèvre", "Groß"]


def _setup(db, persons: int = 7):
    """A series, hostile names, a session-only booking, a cancelled and a full booking."""
    s = make_series(db, persons=persons)
    hostile_ids = []
    with db.transaction() as orm:
        org = add_organisation(orm, name="=cmd|' /C calc'!A0", municipality=False).value
        for i, text in enumerate(HOSTILE + RAW_HOSTILE):
            p = add_person(orm, first_name=f"Vor{i}", last_name=f"Nach{i}", organisation_id=org.id,
                           email=f"h{i}@example.org", phone="+49 30 1234").value
            hostile_ids.append(p.id)
            p.first_name = text  # the use case would refuse the raw control characters
            register(orm, s.event_id, p.id, force=True)
        only_late = add_person(orm, first_name="Spät", last_name="Nur-Modul-Sechs",
                               email="late@example.org").value
        register(orm, s.event_id, only_late.id, session_ids=[s.session_ids[5]], force=True)
        gone = add_person(orm, first_name="Weg", last_name="Storniert",
                          email="gone@example.org").value
        reg = register(orm, s.event_id, gone.id, force=True).value
        cancel_registration(orm, reg.id, "krank")
    return s, hostile_ids


def _all_cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


def _table(ws) -> list[tuple]:
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[1] == "Nachname")
    table = []
    for r in rows[start + 1:]:
        if not isinstance(r[0], int):
            break
        table.append(r)
    return table


def _expected_units(session: Session) -> str:
    minutes = (session.end - session.start).total_seconds() / 60
    minutes -= session.break_minutes if session.break_minutes is not None \
        else session.event.default_break_minutes
    units = round(minutes / session.event.unit_minutes, 1)
    return (f"{units:.1f}".replace(".", ",")).removesuffix(",0")


def test_signature_list_xlsx(db, tmp_path, output_dir):
    s, hostile_ids = _setup(db)
    target = tmp_path / "liste.xlsx"
    with db.reading() as orm:
        result = export_signature_list(orm, s.session_ids[0], target)
        session = orm.get(Session, s.session_ids[0])
        event = orm.get(Event, s.event_id)
        expected_names = {
            (p.last_name, p.first_name.replace("\r", "\n"))
            for p in orm.query(Person).join(Registration, Registration.person_id == Person.id)
            .filter(Registration.status == "registered", Registration.whole_event.is_(True))
        }
        event_title = event.title
        venue = (session.venue.street, f"{session.venue.postcode} {session.venue.city}")
        units = _expected_units(session)
        funding = FUNDING_NOTE.get(orm)
        trainer = orm.get(Person, s.trainer_id).full_name
        start = session.start
    shutil.copy(target, output_dir / "signature_list_session.xlsx")
    assert result.files == [target] and result.count == len(expected_names)

    wb = load_workbook(target)
    assert len(wb.worksheets) == 1
    ws = wb.worksheets[0]
    assert all(c.data_type != "f" for c in _all_cells(wb))

    table = _table(ws)
    names = [(r[1], r[2]) for r in table if r[1]]
    assert set(names) == expected_names
    assert ("Nur-Modul-Sechs", "Spät") not in names and ("Storniert", "Weg") not in names
    # Numbered rows for walk-ins after the registered persons.
    assert [r[0] for r in table] == list(range(1, len(names) + 6))
    assert all(r[1] is None for r in table[len(names):])
    # Surnames in German order (Ş as S, Ł as L, ß as ss).
    order = [n[0] for n in names]
    positions = [next(i for i, n in enumerate(order) if n.startswith(x)) for x in
                 ["Al-Haddad", "Groß", "Lefèvre", "Llŵyd", "Şahin", "Wałęsa", "Yıldırım"]]
    assert positions == sorted(positions)
    # Hostile first names stay text, exactly as typed (CR becomes LF in XML text).
    firsts = {r[2] for r in table}
    for text in HOSTILE:
        assert text in firsts
    assert "\t=2+3" in firsts and "\n=4+5" in firsts
    for cell in _all_cells(wb):
        if isinstance(cell.value, str) and cell.value.lstrip().startswith(("=", "+", "-", "@")):
            assert cell.data_type == "s" and cell.quotePrefix
    assert "=cmd|' /C calc'!A0" in {r[3] for r in table}
    for last in INTL:
        assert any(n[0] == last for n in names)

    texts = [str(c.value) for c in _all_cells(wb) if c.value is not None]
    joined = "\n".join(texts)
    assert not EMAIL.search(joined)
    assert "+49 30 1234" not in joined
    header = "\n".join(texts[:40])
    assert event_title in header
    assert f"{WEEKDAYS[start.weekday()]}, {start:%d.%m.%Y}" in header
    assert f"{start:%H:%M}" in header
    assert venue[0] in header and venue[1] in header
    assert f"{units} UE" in header
    assert funding in header and "Bundesministerium für Bildung und Forschung" in funding
    assert "Fortbildungsreihe" in header
    assert any("Unterschrift Referent:in" in t for t in texts)
    assert any(trainer in t for t in texts)
    assert "Unterschrift" in [c for r in ws.iter_rows(values_only=True) for c in r]

    # Print set-up: A4 portrait, one page wide, table header repeated, page numbers.
    assert str(ws.page_setup.paperSize) == "9"
    assert ws.page_setup.orientation == "portrait"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    header_row = next(c.row for c in ws["B"] if c.value == "Nachname")
    assert ws.print_title_rows.replace("$", "") == f"{header_row}:{header_row}"
    assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
    assert event_title in ws.oddHeader.left.text
    assert ws.row_dimensions[header_row + 1].height >= 25


def test_funding_note_is_editable(db, tmp_path):
    s = make_series(db, persons=2)
    with db.transaction() as orm:
        FUNDING_NOTE.set(orm, "Gefördert von der Stiftung & Co. =Test")
    with db.reading() as orm:
        export_signature_list(orm, s.session_ids[1], tmp_path / "l.xlsx")
    wb = load_workbook(tmp_path / "l.xlsx")
    values = [c.value for c in _all_cells(wb)]
    assert "Gefördert von der Stiftung & Co. =Test" in values
    assert "Stiftung && Co." in wb.worksheets[0].oddFooter.left.text


def test_event_signature_lists_xlsx_one_sheet_per_day(db, tmp_path, output_dir):
    s, _ = _setup(db)
    with db.transaction() as orm:
        cancel_session(orm, s.session_ids[2], "Referentin erkrankt")
    target = tmp_path / "alle.xlsx"
    with db.reading() as orm:
        result = export_event_signature_lists(orm, s.event_id, target)
        days = [orm.get(Session, sid).start for sid in s.session_ids]
    shutil.copy(target, output_dir / "signature_list_event.xlsx")
    wb = load_workbook(target)
    assert len(wb.worksheets) == 5
    titles = [ws.title for ws in wb.worksheets]
    assert len({t.lower() for t in titles}) == 5 and all(len(t) <= 31 for t in titles)
    expected_days = [d for i, d in enumerate(days) if i != 2]
    for ws, day in zip(wb.worksheets, expected_days, strict=True):
        values = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
        assert f"{day:%d.%m.%Y}" in "\n".join(values)
        assert str(ws.page_setup.paperSize) == "9" and ws.print_title_rows
    # The session-only booking appears on module 6 only.
    assert ("Nur-Modul-Sechs", "Spät") in [(r[1], r[2]) for r in _table(wb.worksheets[-1])]
    assert ("Nur-Modul-Sechs", "Spät") not in [(r[1], r[2]) for r in _table(wb.worksheets[0])]
    assert all(c.data_type != "f" for c in _all_cells(wb))
    assert any("abgesagt" in note for note in result.skipped)


def _pdf_fonts(reader: PdfReader) -> list:
    fonts = []
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            targets = [d.get_object() for d in descendants] if descendants else [font]
            fonts.extend((font, t) for t in targets)
    return fonts


BASE14 = {"Helvetica", "Times-Roman", "Courier", "Symbol", "ZapfDingbats", "Times-Bold",
          "Helvetica-Bold", "Courier-Bold", "Times-Italic", "Helvetica-Oblique"}


def _assert_fonts_embedded(reader: PdfReader) -> None:
    fonts = _pdf_fonts(reader)
    assert fonts
    for font, target in fonts:
        for obj in (font, target):
            name = str(obj.get("/BaseFont", "")).lstrip("/")
            assert name.split("+")[-1] not in BASE14, name
        descriptor = target.get("/FontDescriptor")
        assert descriptor is not None, f"{name} has no font descriptor (not embedded)"
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile2", "/FontFile", "/FontFile3")), name


def test_signature_list_pdf(db, tmp_path, output_dir):
    s, _ = _setup(db, persons=40)
    target = tmp_path / "liste.pdf"
    with db.reading() as orm:
        result = export_signature_list(orm, s.session_ids[0], target)
        session = orm.get(Session, s.session_ids[0])
        event_title = session.event.title
        day = session.start
    shutil.copy(target, output_dir / "signature_list_session.pdf")
    assert result.count > 40
    reader = PdfReader(target)
    assert len(reader.pages) >= 2
    text = "\n".join(page.extract_text() for page in reader.pages)
    for name in INTL + ["Zofia", "Ayşe", "Ğülşen", "Gwŷn", "Renée", "Jürgen", "Małgorzata"]:
        assert name in text, name
    squeezed = re.sub(r"\s", "", text)
    for hostile in HOSTILE:
        assert hostile in squeezed
    assert event_title in text and f"{day:%d.%m.%Y}" in text
    assert "Gefördert vom Bundesministerium für Bildung und Forschung" in text
    assert not EMAIL.search(text) and "+49 30 1234" not in text
    # Table header and page numbers on every page.
    for n, page in enumerate(reader.pages, 1):
        page_text = page.extract_text()
        assert "Nachname" in page_text and "Unterschrift" in page_text
        assert f"Seite {n} von {len(reader.pages)}" in page_text
    assert "Unterschrift Referent:in" in text
    _assert_fonts_embedded(reader)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4


def test_event_signature_lists_pdf_page_group_per_day(db, tmp_path, output_dir):
    s, _ = _setup(db)
    target = tmp_path / "alle.pdf"
    with db.reading() as orm:
        export_event_signature_lists(orm, s.event_id, target)
        days = [orm.get(Session, sid).start for sid in s.session_ids]
    shutil.copy(target, output_dir / "signature_list_event.pdf")
    reader = PdfReader(target)
    texts = [page.extract_text() for page in reader.pages]
    groups: list[list[str]] = []
    for day in days:
        pages = [t for t in texts if f"{day:%d.%m.%Y}" in t]
        assert pages, day
        groups.append(pages)
    assert sum(len(g) for g in groups) == len(texts)
    for pages in groups:
        for i, text in enumerate(pages, 1):
            assert f"Seite {i} von {len(pages)}" in text and "Nachname" in text
        assert "Unterschrift Referent:in" in pages[-1]
    # The days come in date order.
    firsts = [texts.index(g[0]) for g in groups]
    assert firsts == sorted(firsts)
    _assert_fonts_embedded(reader)


def test_errors_leave_no_file(db, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    s, _ = _setup(db)
    with db.transaction() as orm:
        cancel_session(orm, s.session_ids[1], "Raum fehlt")
        empty = add_person(orm, first_name="A", last_name="B").value
    with db.reading() as orm:
        with pytest.raises(PlannerError, match="xlsx oder .pdf"):
            export_signature_list(orm, s.session_ids[0], out / "liste.docx")
        with pytest.raises(NotFoundError):
            export_signature_list(orm, 999, out / "a.xlsx")
        with pytest.raises(NotFoundError):
            export_event_signature_lists(orm, 999, out / "a.xlsx")
        with pytest.raises(PlannerError, match="abgesagt"):
            export_signature_list(orm, s.session_ids[1], out / "a.pdf")
        blocker = out / "file.txt"
        blocker.write_text("x")
        with pytest.raises(PlannerError, match="nicht geschrieben"):
            export_signature_list(orm, s.session_ids[0], blocker / "a.xlsx")
        folder = out / "ordner.xlsx"
        folder.mkdir()
        with pytest.raises(PlannerError, match="nicht geschrieben"):
            export_signature_list(orm, s.session_ids[0], folder)
    assert sorted(p.name for p in out.iterdir()) == ["file.txt", "ordner.xlsx"]
    assert list(folder.iterdir()) == []
    assert empty.id


def test_session_without_registrations_is_refused(db, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    s = make_series(db, persons=0)
    with db.reading() as orm:
        with pytest.raises(PlannerError, match="niemand angemeldet"):
            export_signature_list(orm, s.session_ids[0], out / "a.xlsx")
        with pytest.raises(PlannerError, match="keinen stattfindenden Termin"):
            export_event_signature_lists(orm, s.event_id, out / "a.pdf")
    assert list(out.iterdir()) == []


def test_cli_signature_list(db, db_path, tmp_path, capsys):
    s, _ = _setup(db)
    db.close()
    out = tmp_path / "out"
    rc = cli_main(["--db", str(db_path), "export", "signature-list", "--session",
                   str(s.session_ids[0]), "-o", str(out / "liste.pdf")])
    assert rc == 0 and (out / "liste.pdf").is_file()
    rc = cli_main(["--db", str(db_path), "export", "signature-list", "--event",
                   str(s.event_id), "-o", str(out / "alle.xlsx")])
    assert rc == 0 and len(load_workbook(out / "alle.xlsx").worksheets) == 6
    capsys.readouterr()
    for args, message in [
        (["--session", "999", "-o", str(out / "x.xlsx")], "gibt es nicht"),
        (["--event", "999", "-o", str(out / "x.pdf")], "gibt es nicht"),
        (["--session", str(s.session_ids[0]), "-o", str(out / "x.csv")], ".xlsx oder .pdf"),
        (["--session", str(s.session_ids[0]), "-o", str(out / "liste.pdf" / "x.pdf")],
         "nicht geschrieben"),
    ]:
        rc = cli_main(["--db", str(db_path), "export", "signature-list", *args])
        err = capsys.readouterr().err
        assert rc != 0 and "Fehler:" in err and message in err, (args, err)
    assert sorted(p.name for p in out.iterdir()) == ["alle.xlsx", "liste.pdf"]


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")),
                    reason="LibreOffice not installed")
def test_libreoffice_prints_the_xlsx(db, tmp_path, output_dir):
    s, _ = _setup(db)
    src = tmp_path / "liste.xlsx"
    with db.reading() as orm:
        export_signature_list(orm, s.session_ids[0], src)
    office = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([office, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "liste.pdf"
    shutil.copy(pdf, output_dir / "signature_list_session_libreoffice.pdf")
    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for name in INTL:
        assert name in text
    squeezed = re.sub(r"\s", "", text)
    for hostile in HOSTILE:
        assert hostile in squeezed
    assert "Seite 1 von" in text
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    # The table header is repeated on the second printed page.
    if len(reader.pages) > 1:
        assert "Nachname" in reader.pages[1].extract_text()


def test_safe_sheet_title_and_cell():
    taken: set[str] = set()
    a = safe_sheet_title("02.03.2027 Modul 1: [Einführung]/Teil*1?\\", taken)
    assert len(a) <= 31 and not set(a) & set("[]:*?/\\")
    b = safe_sheet_title(a.upper(), taken)
    assert len(b) <= 31 and b.lower() != a.lower()
    long = "x" * 50
    c, d = safe_sheet_title(long, taken), safe_sheet_title(long.upper(), taken)
    assert len(c) <= 31 and len(d) <= 31 and c.lower() != d.lower()
    assert safe_sheet_title("", taken) == "Tabelle"
    # a colon after a module's number is left out ("Modul 6 Vom", not "Modul 6- Vom")
    assert safe_sheet_title("12.01.2027 Modul 6: Vom Bericht zur Handlung", taken) == \
        "12.01.2027 Modul 6 Vom Bericht "[:31].strip()
    assert safe_cell("a\x00b\x08c") == "abc"
    assert safe_cell(5) == 5 and safe_cell(None) is None
    assert safe_cell(datetime(2027, 1, 1)) == datetime(2027, 1, 1)
    cell = safe_cell("=1+1")
    assert cell.value == "=1+1" and cell.data_type == "s"
