"""Signature lists as PDF for direct printing (reportlab, embedded DejaVu Sans).

One page group per event day; the table header repeats on every page, and each page shows
"Seite i von n" counted within its day.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from planner.exports.signature_sheet import (
    COLUMNS,
    TITLE,
    TRAINER_LABEL,
    WALK_IN_ROWS,
    SignatureSheet,
)
from planner.fonts import register_fonts

PAGE_W, PAGE_H = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
COL_WIDTHS = (11 * mm, 45 * mm, 34 * mm, 50 * mm, 40 * mm)
ROW_HEIGHT = 11 * mm


class _GroupMarker(Flowable):
    """Zero-size flowable telling the canvas which day's list the page belongs to."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._sig_group = self.index  # type: ignore[attr-defined]


def _canvas_class(sheets: list[SignatureSheet], font: str) -> type:
    class NumberedCanvas(rl_canvas.Canvas):
        """Defers page decoration until the page count of every day is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Otherwise every page starts with base-14 Helvetica in its resources.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font
            super().__init__(*args, **kwargs)
            self._sig_group = 0
            self._pages: list[tuple[dict, int]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append((dict(self.__dict__), self._sig_group))
            self._startPage()

        def save(self) -> None:
            totals: dict[int, int] = {}
            for _, group in self._pages:
                totals[group] = totals.get(group, 0) + 1
            seen: dict[int, int] = {}
            for state, group in self._pages:
                self.__dict__.update(state)
                seen[group] = seen.get(group, 0) + 1
                self._decorate(sheets[group], seen[group], totals[group])
                super().showPage()
            super().save()

        def _decorate(self, sheet: SignatureSheet, page: int, total: int) -> None:
            self.saveState()
            self.setFont(font, 8.5)
            self.setFillColor(colors.HexColor("#444444"))
            top = PAGE_H - 12 * mm
            self.drawString(MARGIN_X, top, _fit(self, sheet.event_title, font, 8.5, 120 * mm))
            self.drawRightString(PAGE_W - MARGIN_X, top, sheet.date_text)
            self.setFont(font, 7.5)
            self.drawString(MARGIN_X, 10 * mm, _fit(self, sheet.funding_note, font, 7.5,
                                                    140 * mm))
            self.setFont(font, 8.5)
            self.drawRightString(PAGE_W - MARGIN_X, 10 * mm, f"Seite {page} von {total}")
            self.restoreState()

    return NumberedCanvas


def _fit(canv: rl_canvas.Canvas, text: str, font: str, size: float, width: float) -> str:
    if canv.stringWidth(text, font, size) <= width:
        return text
    while text and canv.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=regular, fontSize=10, leading=12.5)
    return {
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=16, leading=20,
                                spaceAfter=4 * mm),
        "label": ParagraphStyle("label", base, fontName=bold),
        "value": base,
        "event": ParagraphStyle("event", base, fontName=bold, fontSize=11, leading=14),
        "funding": ParagraphStyle("funding", base, fontSize=9, leading=11,
                                  textColor=colors.HexColor("#333333")),
        "cell": ParagraphStyle("cell", base, fontSize=10, leading=12),
        "head": ParagraphStyle("head", base, fontName=bold, fontSize=9, leading=11),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _table_style(font: str, *commands: tuple) -> TableStyle:
    """Table style whose plain-string cells use the embedded font (reportlab: Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font), *commands])


CELL_PADDING = 3  # points above and below the text of a cell (ReportLab's default)
SMALLEST_CELL_FONT = 6.5


def _height(paragraph: Paragraph, width: float) -> float:
    return float(paragraph.wrap(width - 2 * CELL_PADDING, 10_000)[1])


def _fitted(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A name in its column: at the normal size if it fits the row, else smaller (down to
    6.5 pt); a name longer still makes its row taller instead of running into the next."""
    size = style.fontSize
    while True:
        fitted = ParagraphStyle(f"{style.name}-{size}", style, fontSize=size,
                                leading=size * 1.2)
        paragraph = _p(text, fitted)
        if _height(paragraph, width) + 2 * CELL_PADDING <= ROW_HEIGHT \
                or size <= SMALLEST_CELL_FONT:
            return paragraph
        size = max(SMALLEST_CELL_FONT, size - 0.5)


def _sheet_story(sheet: SignatureSheet, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    font = st["value"].fontName
    story: list[Flowable] = [_p(TITLE, st["title"])]
    info = [[_p(label, st["label"]), _p(value, st["event"] if label == "Veranstaltung"
                                       else st["value"])]
            for label, value in sheet.header_lines]
    info_table = Table(info, colWidths=(45 * mm, sum(COL_WIDTHS) - 45 * mm), hAlign="LEFT")
    info_table.setStyle(_table_style(
        font,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ))
    story += [info_table, Spacer(1, 2 * mm), _p(sheet.funding_note, st["funding"]),
              Spacer(1, 5 * mm)]

    rows: list[list[Any]] = [[_p(c, st["head"]) for c in COLUMNS]]
    heights = [8 * mm]
    for n, person in enumerate(sheet.rows, 1):
        cells = [_fitted(text, st["cell"], width) for text, width in zip(
            (person.last_name, person.first_name, person.organisation), COL_WIDTHS[1:4],
            strict=True)]
        rows.append([_p(str(n), st["cell"]), *cells, ""])
        heights.append(max([ROW_HEIGHT] + [_height(c, w) + 2 * CELL_PADDING
                                           for c, w in zip(cells, COL_WIDTHS[1:4],
                                                           strict=True)]))
    for n in range(len(sheet.rows) + 1, len(sheet.rows) + 1 + WALK_IN_ROWS):
        rows.append([_p(str(n), st["cell"]), "", "", "", ""])
        heights.append(ROW_HEIGHT)
    table = Table(rows, colWidths=COL_WIDTHS, repeatRows=1, rowHeights=heights)
    table.setStyle(_table_style(
        font,
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ))
    story.append(table)

    line_rows = [[_p(TRAINER_LABEL, st["label"]), "", _p(f"({name})" if name else "",
                                                           st["cell"])]
                 for name in sheet.trainers or [""]]
    lines = Table(line_rows, colWidths=(56 * mm, 64 * mm, sum(COL_WIDTHS) - 120 * mm),
                  rowHeights=[14 * mm] * len(line_rows), hAlign="LEFT")
    lines.setStyle(_table_style(
        font,
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ))
    story += [Spacer(1, 6 * mm), KeepTogether([lines])]
    return story


def write_pdf(sheets: list[SignatureSheet], path: Path) -> None:
    regular, bold = register_fonts()
    st = _styles(regular, bold)
    story: list[Flowable] = []
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story.append(_GroupMarker(index))
        story += _sheet_story(sheet, st)
    title = sheets[0].event_title if sheets else TITLE
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=f"{TITLE} – {title}", author="Transferplaner", subject=TITLE,
        initialFontName=regular,
    )
    doc.build(story, canvasmaker=_canvas_class(sheets, regular))
