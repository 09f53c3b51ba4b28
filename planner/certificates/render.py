"""Drawing a certificate page with reportlab: A4 portrait, DejaVu Sans only (embedded).

Everything here works on plain-data dicts (see content.render_data) so it can run in a
worker process. The canvas is created with the DejaVu font as its initial font, so no
base-14 font (Helvetica) ever enters the PDF.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from planner.files import atomic_target
from planner.fonts import register_fonts

PAGE_W, PAGE_H = A4
LEFT = 25 * mm
RIGHT = PAGE_W - 25 * mm
WIDTH = RIGHT - LEFT
ACCENT = HexColor("#1f4e79")
GREY = HexColor("#555555")
LIGHT = HexColor("#e8eef5")
RULE = HexColor("#b8c4d2")
BLACK = Color(0, 0, 0)


class Cancelled(Exception):
    """The user cancelled; the file being written was discarded."""


def new_canvas(path: str | os.PathLike[str], title: str = "") -> Canvas:
    regular, _bold = register_fonts()
    canvas = Canvas(str(path), pagesize=A4, initialFontName=regular, initialFontSize=10,
                    pageCompression=1)
    canvas.setTitle(title or "Teilnahmebescheinigung")
    canvas.setAuthor("Transferplaner")
    canvas.setCreator("Transferplaner")
    return canvas


def _centred_lines(c: Canvas, text: str, font: str, size: float, y: float, *,
                   leading: float | None = None, max_lines: int = 3,
                   width: float = WIDTH) -> float:
    """Draw wrapped, centred text from baseline y downwards; returns the next baseline."""
    leading = leading or size * 1.3
    lines = simpleSplit(text, font, size, width)[:max_lines] if text else []
    c.setFont(font, size)
    for line in lines:
        c.drawCentredString(PAGE_W / 2, y, line)
        y -= leading
    return y


def _left_lines(c: Canvas, text: str, font: str, size: float, x: float, y: float,
                width: float, leading: float | None = None, max_lines: int = 4) -> float:
    leading = leading or size * 1.3
    lines = simpleSplit(text, font, size, width)[:max_lines] if text else []
    c.setFont(font, size)
    for line in lines:
        c.drawString(x, y, line)
        y -= leading
    return y


def draw_qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code drawn as one filled path (no renderPDF, so no default font sneaks in)."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    count = qr.getModuleCount()
    border = 2
    box = size / (count + 2 * border)
    path = c.beginPath()
    for r, row in enumerate(qr.modules):
        col = 0
        while col < count:
            if row[col]:
                start = col
                while col < count and row[col]:
                    col += 1
                path.rect(x + (start + border) * box, y + size - (r + border + 1) * box,
                          (col - start) * box, box * 1.02)
            else:
                col += 1
    c.setFillColor(BLACK)
    c.drawPath(path, stroke=0, fill=1)


def _image(c: Canvas, path: str | None, x: float, y: float, w: float, h: float,
           anchor: str) -> bool:
    if not path:
        return False
    try:
        c.drawImage(path, x, y, w, h, preserveAspectRatio=True, anchor=anchor, mask="auto")
    except Exception:  # noqa: BLE001 - a broken image must not stop the certificate
        return False
    return True


def _header(c: Canvas, data: dict, regular: str, bold: str) -> float:
    office = data["content"]["office"]
    top = PAGE_H - 22 * mm
    has_logo = _image(c, data.get("logo"), RIGHT - 50 * mm, top - 16 * mm, 50 * mm, 20 * mm,
                      "ne")
    text_width = WIDTH - (55 * mm if has_logo else 0)
    c.setFillColor(ACCENT)
    y = _left_lines(c, office["name"], bold, 10.5, LEFT, top, text_width, max_lines=2)
    c.setFillColor(GREY)
    for line in (office["organisation"], office["address"]):
        if line:
            y = _left_lines(c, line, regular, 8.5, LEFT, y - 1, text_width, max_lines=1)
    rule_y = min(y, top - 18 * mm) - 3 * mm
    c.setStrokeColor(ACCENT)
    c.setLineWidth(1.2)
    c.line(LEFT, rule_y, RIGHT, rule_y)
    return rule_y


@dataclass
class _Row:
    cells: dict
    title: list[str]
    place: list[str]

    @property
    def height(self) -> float:
        return max(len(self.title), len(self.place), 1) * ROW_LEADING + 2 * ROW_PAD


ROW_SIZE = 9.5
ROW_LEADING = 11.5
ROW_PAD = 3.0
COL_DATE, COL_PLACE, COL_HOURS, COL_UNITS = 22 * mm, 32 * mm, 17 * mm, 15 * mm
COL_TITLE = WIDTH - COL_DATE - COL_PLACE - COL_HOURS - COL_UNITS
HOURS_RIGHT = RIGHT - COL_UNITS - 2 * mm


def _rows(rows: list[dict], regular: str) -> list[_Row]:
    """Titles and places wrap inside their columns; nothing is cut off."""
    return [_Row(r, simpleSplit(r["title"], regular, ROW_SIZE, COL_TITLE - 4 * mm) or [""],
                 simpleSplit(r["place"], regular, ROW_SIZE, COL_PLACE - 4 * mm) or [""])
            for r in rows]


def _table(c: Canvas, rows: list[_Row], top: float, regular: str, bold: str,
           heading: str, total: dict | None) -> float:
    """The attended sessions: date, title, place, hours, units, and (on the last page) their
    sum; returns the y below the table."""
    xs = (LEFT + 2 * mm, LEFT + COL_DATE + 2 * mm, LEFT + COL_DATE + COL_TITLE + 2 * mm)
    head_h = ROW_LEADING + 2 * ROW_PAD
    y = top
    c.setFillColor(LIGHT)
    c.rect(LEFT, y - head_h, WIDTH, head_h, stroke=0, fill=1)
    c.setFillColor(ACCENT)
    c.setFont(bold, ROW_SIZE)
    base = y - ROW_PAD - ROW_SIZE
    c.drawString(xs[0], base, "Datum")
    c.drawString(xs[1], base, heading)
    c.drawString(xs[2], base, "Ort")
    c.drawRightString(HOURS_RIGHT, base, "Zeitstd.")
    c.drawRightString(RIGHT - 2 * mm, base, "UE")
    y -= head_h
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    for row in rows:
        c.setFillColor(BLACK)
        c.setFont(regular, ROW_SIZE)
        base = y - ROW_PAD - ROW_SIZE
        c.drawString(xs[0], base, row.cells["date"])
        for i, line in enumerate(row.title):
            c.drawString(xs[1], base - i * ROW_LEADING, line)
        for i, line in enumerate(row.place):
            c.drawString(xs[2], base - i * ROW_LEADING, line)
        if "hours" in row.cells:
            c.drawRightString(HOURS_RIGHT, base, row.cells["hours"])
        c.drawRightString(RIGHT - 2 * mm, base, row.cells["units"])
        y -= row.height
        c.line(LEFT, y, RIGHT, y)
    if total is not None:
        c.setFont(bold, ROW_SIZE)
        c.setFillColor(BLACK)
        base = y - ROW_PAD - ROW_SIZE
        c.drawString(xs[1], base, "Summe")
        c.drawRightString(HOURS_RIGHT, base, total["hours"])
        c.drawRightString(RIGHT - 2 * mm, base, total["units"])
        y -= ROW_LEADING + 2 * ROW_PAD
    return y


def _paginate(rows: list[_Row], first_top: float, next_top: float, last_bottom: float,
              page_bottom: float) -> list[list[_Row]]:
    """Split the table rows over pages: every page ends above the footer, the last one
    also leaves room for the sum row, the statement and the signature."""
    head_h = 2 * (ROW_LEADING + 2 * ROW_PAD)
    pages: list[list[_Row]] = []
    rest = list(rows)
    top = first_top
    while True:
        needed = head_h + sum(r.height for r in rest)
        if top - needed >= last_bottom:
            pages.append(rest)
            return pages
        page: list[_Row] = []
        y = top - head_h
        while rest and y - rest[0].height >= page_bottom:
            y -= rest[0].height
            page.append(rest.pop(0))
        if not page and rest:  # a single row taller than a page: place it anyway
            page.append(rest.pop(0))
        pages.append(page)
        if not rest:
            pages.append([])
            return pages
        top = next_top


def _signature(c: Canvas, data: dict, regular: str, y: float) -> None:
    content = data["content"]
    issued = content["issued_on"]
    date_text = f"{issued[8:10]}.{issued[5:7]}.{issued[0:4]}"
    c.setFillColor(BLACK)
    c.setFont(regular, 10.5)
    c.drawString(LEFT, y + 3 * mm, f"{content['issued_place']}, {date_text}")
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    c.line(LEFT, y, LEFT + 65 * mm, y)
    sig_x = RIGHT - 75 * mm
    _image(c, data.get("signature"), sig_x, y + 1 * mm, 60 * mm, 16 * mm, "sw")
    c.line(sig_x, y, RIGHT, y)
    c.setFillColor(GREY)
    c.setFont(regular, 8)
    c.drawString(LEFT, y - 4 * mm, "Ort, Datum")
    signatory = content["signatory"]
    c.setFillColor(BLACK)
    y2 = _left_lines(c, signatory["name"], regular, 9.5, sig_x, y - 4.5 * mm, 75 * mm,
                     max_lines=1)
    c.setFillColor(GREY)
    _left_lines(c, signatory["title"], regular, 7.5, sig_x, y2 + 1, 75 * mm, max_lines=3)


def _footer(c: Canvas, data: dict, regular: str, bold: str) -> None:
    content = data["content"]
    qr_size = 28 * mm
    bottom = 16 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(LEFT, bottom + qr_size + 4 * mm, RIGHT, bottom + qr_size + 4 * mm)
    y = bottom + qr_size - 4 * mm
    c.setFillColor(BLACK)
    if data.get("preview"):
        c.setFont(bold, 9.5)
        c.drawString(LEFT, y, "Vorschau – noch keine Bescheinigungsnummer vergeben")
        c.setFont(regular, 8.5)
        c.drawString(LEFT, y - 5 * mm, "Prüfcode und QR-Code werden bei der Ausstellung erzeugt.")
        c.setStrokeColor(GREY)
        c.rect(RIGHT - qr_size, bottom, qr_size, qr_size, stroke=1, fill=0)
        return
    c.setFont(bold, 9.5)
    revision = int(content.get("revision", 1) or 1)
    number = content["serial"] + (f" · Fassung {revision}" if revision > 1 else "")
    c.drawString(LEFT, y, f"Bescheinigungs-Nr. {number}")
    c.setFont(regular, 9.5)
    c.drawString(LEFT, y - 5 * mm, f"Prüfcode: {data['code']}")
    c.setFillColor(GREY)
    _left_lines(c, "Die Echtheit dieser Bescheinigung bestätigt die ausstellende Stelle "
                   "anhand der Nummer und des Prüfcodes (auch als QR-Code).",
                regular, 7.5, LEFT, y - 10 * mm, WIDTH - qr_size - 8 * mm, max_lines=2)
    contact = content["office"].get("contact", "")
    if contact:
        _left_lines(c, contact, regular, 7.5, LEFT, y - 17.5 * mm,
                    WIDTH - qr_size - 8 * mm, max_lines=1)
    draw_qr(c, data["qr"], RIGHT - qr_size, bottom, qr_size)


def _watermark(c: Canvas, bold: str) -> None:
    c.saveState()
    c.setFillColor(HexColor("#d9d9d9"))
    c.translate(PAGE_W / 2, PAGE_H / 2)
    c.rotate(50)
    c.setFont(bold, 96)
    c.drawCentredString(0, -30, "VORSCHAU")
    c.restoreState()


FOOTER_TOP = 16 * mm + 28 * mm + 4 * mm
# The signature line sits below the text, between these heights (room for a signature
# image above it, for the signatory's name and title below it).
SIGNATURE_LOW, SIGNATURE_HIGH = 62 * mm, 78 * mm
SIGNATURE_SPACE = 17 * mm


def _heading_lines(c: Canvas, text: str, bold: str, y: float) -> float:
    """The event or module title, wrapped over up to three lines (smaller if longer)."""
    size = 15.0
    while size > 10 and len(simpleSplit(text, bold, size, WIDTH)) > 3:
        size -= 1
    return _centred_lines(c, text, bold, size, y, max_lines=6)


def _title_block(c: Canvas, content: dict, regular: str, bold: str, y: float) -> float:
    c.setFillColor(ACCENT)
    y = _centred_lines(c, content["title"], bold, 26, y, max_lines=2) - 5 * mm
    c.setFillColor(BLACK)
    y = _centred_lines(c, content["lead"], regular, 11, y) - 3 * mm
    name_size = 22.0
    while name_size > 12 and stringWidth(content["name"], bold, name_size) > WIDTH:
        name_size -= 1
    y = _centred_lines(c, content["name"], bold, name_size, y, max_lines=2) - 2 * mm
    y = _centred_lines(c, content["intro"], regular, 11, y) - 3 * mm
    heading, subtitle = _heading_and_subtitle(content)
    y = _heading_lines(c, heading, bold, y)
    c.setFillColor(GREY)
    return _centred_lines(c, subtitle, regular, 10.5, y, max_lines=3)


def _heading_and_subtitle(content: dict) -> tuple[str, str]:
    if "heading" in content:
        return content["heading"], content.get("subtitle", "")
    # Certificates issued before content version 2.
    if content.get("module_title"):
        return content["module_title"], f"aus {content['event_title']} " \
                                        f"({content['event_format']})"
    return content["event_title"], " · ".join(
        p for p in (content.get("event_format", ""), content.get("period", "")) if p)


def _continuation_header(c: Canvas, content: dict, regular: str, bold: str) -> float:
    top = PAGE_H - 22 * mm
    c.setFillColor(ACCENT)
    c.setFont(bold, 10.5)
    c.drawString(LEFT, top, f"{content['title']} – {content['name']} (Fortsetzung)")
    c.setFillColor(GREY)
    _left_lines(c, content.get("heading", content.get("event_title", "")), regular, 8.5, LEFT,
                top - 5 * mm, WIDTH, max_lines=2)
    c.setStrokeColor(ACCENT)
    c.setLineWidth(1.2)
    c.line(LEFT, top - 13 * mm, RIGHT, top - 13 * mm)
    return top - 20 * mm


def _funding(c: Canvas, content: dict, regular: str) -> None:
    note = content.get("funding_note", "")
    if note:
        c.setFillColor(GREY)
        _left_lines(c, note, regular, 7.5, LEFT, 11 * mm, WIDTH, leading=9, max_lines=2)


def _total(content: dict) -> dict | None:
    """The sum row (certificates from content version 2 on, with more than one line)."""
    if "hours" not in content or len(content["sessions"]) < 2 \
            or not isinstance(content["hours"], str):
        return None
    return {"hours": content["hours"], "units": content["total_units"]}


def _closing_lines(content: dict, regular: str) -> list[str]:
    closing = content.get("closing", "")
    return simpleSplit(closing, regular, 8.5, WIDTH)[:3] if closing else []


def draw_certificate(c: Canvas, data: dict) -> None:
    """Draw one certificate (one page, more if its table is long); the caller calls
    showPage after the last page."""
    regular, bold = register_fonts()
    content = data["content"]
    statement = simpleSplit(content["statement"], bold, 10, WIDTH)
    closing = _closing_lines(content, regular)
    block = 5 * mm + len(statement) * 13 + 2 * mm + len(closing) * 11
    if data.get("preview"):
        _watermark(c, bold)
    y = _header(c, data, regular, bold) - 14 * mm
    y = _title_block(c, content, regular, bold, y) - 5 * mm
    heading = content.get("table_heading") or (
        "Modul" if content.get("kind") in ("series", "module") else "Termin")
    rows = _rows(content["sessions"], regular)
    pages = _paginate(rows, y, PAGE_H - 42 * mm, SIGNATURE_LOW + SIGNATURE_SPACE + block,
                      FOOTER_TOP + 6 * mm)
    total = _total(content)
    for i, page in enumerate(pages):
        if i:
            _footer(c, data, regular, bold)
            _funding(c, content, regular)
            c.showPage()
            if data.get("preview"):
                _watermark(c, bold)
            y = _continuation_header(c, content, regular, bold)
        if page:
            last = i == len(pages) - 1 or not pages[i + 1]
            y = _table(c, page, y, regular, bold, heading, total if last else None)
    y -= 5 * mm + 10
    c.setFillColor(BLACK)
    y = _left_lines(c, content["statement"], bold, 10, LEFT, y, WIDTH, leading=13,
                    max_lines=len(statement)) - 2 * mm
    c.setFillColor(GREY)
    y = _left_lines(c, content.get("closing", ""), regular, 8.5, LEFT, y, WIDTH, leading=11,
                    max_lines=3)
    _signature(c, data, regular,
               max(SIGNATURE_LOW, min(SIGNATURE_HIGH, y - SIGNATURE_SPACE + 11)))
    _footer(c, data, regular, bold)
    _funding(c, content, regular)


def _check(cancel_flag: str | None) -> None:
    if cancel_flag and os.path.exists(cancel_flag):
        raise Cancelled


def write_single(data: dict, cancel_flag: str | None = None) -> str:
    """Write one certificate atomically to data['path']."""
    with atomic_target(data["path"]) as tmp:
        c = new_canvas(tmp, f"{data['content']['title']} {data['content']['name']}")
        draw_certificate(c, data)
        c.showPage()
        _check(cancel_flag)
        c.save()
    return str(data["path"])


def write_chunk(datas: list[dict], cancel_flag: str | None = None) -> tuple[list[str], bool]:
    """Worker task: write several single files; on cancel remove this chunk's files."""
    written: list[str] = []
    try:
        for data in datas:
            _check(cancel_flag)
            written.append(write_single(data, cancel_flag))
    except Cancelled:
        for name in written:
            Path(name).unlink(missing_ok=True)
        return [], True
    except BaseException:
        for name in written:
            Path(name).unlink(missing_ok=True)
        raise
    return written, False


def write_combined(datas: list[dict], target: str, cancel_flag: str | None = None) -> bool:
    """Worker task: all certificates in one PDF for printing; False when cancelled."""
    try:
        with atomic_target(target) as tmp:
            c = new_canvas(tmp, "Teilnahmebescheinigungen")
            for i, data in enumerate(datas):
                if i % 10 == 0:
                    _check(cancel_flag)
                draw_certificate(c, data)
                c.showPage()
            _check(cancel_flag)
            c.save()
    except Cancelled:
        return False
    return True
