"""Drawing a certificate page with reportlab: A4 portrait, DejaVu Sans only (embedded).

Everything here works on plain-data dicts (see content.render_data) so it can run in a
worker process. The canvas is created with the DejaVu font as its initial font, so no
base-14 font (Helvetica) ever enters the PDF.
"""

from __future__ import annotations

import os
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


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


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


def _table(c: Canvas, rows: list[dict], top: float, bottom: float, regular: str,
           bold: str, heading: str) -> float:
    """The attended sessions: date, title, place, units. Shrinks rows to fit the space."""
    col_date, col_place, col_units = 24 * mm, 38 * mm, 22 * mm
    col_title = WIDTH - col_date - col_place - col_units
    available = top - bottom
    shown = rows
    row_h = 16.0
    if rows and available / (len(rows) + 1) < row_h:
        row_h = max(10.0, available / (len(rows) + 1))
        fit = int(available // row_h) - 1
        if fit < len(rows):
            shown = rows[:max(1, fit - 1)]
    size = min(9.5, row_h * 0.6)
    y = top
    c.setFillColor(LIGHT)
    c.rect(LEFT, y - row_h, WIDTH, row_h, stroke=0, fill=1)
    c.setFillColor(ACCENT)
    c.setFont(bold, size)
    base = y - row_h + (row_h - size) / 2 + size * 0.2
    xs = (LEFT + 2 * mm, LEFT + col_date + 2 * mm, LEFT + col_date + col_title + 2 * mm)
    c.drawString(xs[0], base, "Datum")
    c.drawString(xs[1], base, heading)
    c.drawString(xs[2], base, "Ort")
    c.drawRightString(RIGHT - 2 * mm, base, "UE")
    y -= row_h
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.setFillColor(BLACK)
    c.setFont(regular, size)
    for row in shown:
        base = y - row_h + (row_h - size) / 2 + size * 0.2
        c.drawString(xs[0], base, row["date"])
        c.drawString(xs[1], base, _fit(row["title"], regular, size, col_title - 4 * mm))
        c.drawString(xs[2], base, _fit(row["place"], regular, size, col_place - 4 * mm))
        c.drawRightString(RIGHT - 2 * mm, base, row["units"])
        y -= row_h
        c.line(LEFT, y, RIGHT, y)
    if len(shown) < len(rows):
        base = y - row_h + (row_h - size) / 2 + size * 0.2
        c.setFillColor(GREY)
        c.drawString(xs[1], base, f"… und {len(rows) - len(shown)} weitere Termine")
        y -= row_h
    return y


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
    c.drawString(LEFT, y, f"Bescheinigungs-Nr. {content['serial']}")
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


def draw_certificate(c: Canvas, data: dict) -> None:
    """Draw one certificate on the current page (the caller calls showPage)."""
    regular, bold = register_fonts()
    content = data["content"]
    if data.get("preview"):
        _watermark(c, bold)
    y = _header(c, data, regular, bold) - 24 * mm
    c.setFillColor(ACCENT)
    y = _centred_lines(c, content["title"], bold, 26, y, max_lines=2) - 5 * mm
    c.setFillColor(BLACK)
    y = _centred_lines(c, content["lead"], regular, 11, y) - 3 * mm
    name_size = 22.0
    while name_size > 12 and stringWidth(content["name"], bold, name_size) > WIDTH:
        name_size -= 1
    y = _centred_lines(c, content["name"], bold, name_size, y, max_lines=2) - 2 * mm
    y = _centred_lines(c, content["intro"], regular, 11, y) - 3 * mm
    if content.get("module_title"):
        y = _centred_lines(c, content["module_title"], bold, 15, y, max_lines=2)
        c.setFillColor(GREY)
        y = _centred_lines(c, f"aus „{content['event_title']}“ ({content['event_format']})",
                           regular, 10.5, y, max_lines=2)
    else:
        y = _centred_lines(c, content["event_title"], bold, 15, y, max_lines=3)
        c.setFillColor(GREY)
        y = _centred_lines(c, " · ".join(p for p in (content["event_format"],
                                                     content["period"]) if p),
                           regular, 10.5, y, max_lines=1)
    y -= 5 * mm
    signature_y = 75 * mm
    closing = content.get("closing", "")
    closing_lines = simpleSplit(closing, regular, 8.5, WIDTH)[:3] if closing else []
    reserved = 12 * mm + len(closing_lines) * 11 + 18 * mm
    heading = "Modul" if content["kind"] in ("series", "module") else "Termin"
    y = _table(c, content["sessions"], y, signature_y + reserved, regular, bold, heading)
    y -= 6 * mm
    c.setFillColor(BLACK)
    y = _left_lines(c, content["statement"], bold, 10, LEFT, y, WIDTH, max_lines=3) - 2 * mm
    c.setFillColor(GREY)
    _left_lines(c, closing, regular, 8.5, LEFT, y, WIDTH, leading=11, max_lines=3)
    _signature(c, data, regular, signature_y)
    _footer(c, data, regular, bold)


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
