"""The report as a PDF to attach to a funding report: title block, key figures, and per
breakdown a chart and a table. A4 portrait, DejaVu Sans only (embedded), no base-14 font.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session as OrmSession

from planner.evaluation.results import EvaluationSection
from planner.exports.result import ExportResult
from planner.files import atomic_target
from planner.fonts import register_fonts
from planner.models import Office
from planner.reports import feedback_section as fs
from planner.reports.charts import bar_chart, line_chart
from planner.reports.statistics import (
    DIMENSIONS,
    FIGURE_COLUMNS,
    EventLine,
    Report,
    ReportRow,
    format_figure,
    month_series,
)
from planner.reports.xlsx import DEFINITIONS, table_columns
from planner.settings import FUNDING_NOTE

ACCENT = HexColor("#1f4e79")
GREY = HexColor("#555555")
LIGHT = HexColor("#e8eef5")
RULE = HexColor("#b8c4d2")
PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
NUM_W = 17 * mm
CHART_ROWS = 12
# Table headers broken by hand so nine columns fit on A4 portrait.
PDF_HEADERS = {"events": "Veranstal-\ntungen", "participant_days": "Teilnahme-\ntage",
               "participants": "Teil-\nnehmende", "municipalities": "Kommu-\nnen",
               "attendance_rate": "Anwesen-\nheit", "certificates": "Beschei-\nnigungen"}
PDF_SECTION_HEADERS = {"Veranstaltungen": "Veranstal-\ntungen",
                       "Rückmeldungen": "Rückmel-\ndungen",
                       "Ø Zufriedenheit": "Ø Zufrie-\ndenheit",
                       "Ø Organisation": "Ø Organi-\nsation",
                       "Ø Referent:innen": "Ø Refe-\nrent:innen"}


@dataclass
class PdfHeader:
    """The agency's letterhead lines and the funding note for the footer."""

    office_name: str = "Transferagenturen für Großstädte"
    lines: list[str] = field(default_factory=list)
    funding_note: str = ""


def pdf_header(orm: OrmSession, office_id: int | None) -> PdfHeader:
    note = FUNDING_NOTE.get(orm)
    office = orm.get(Office, office_id) if office_id is not None else None
    if office is None:
        return PdfHeader(funding_note=note)
    lines = [line for line in (office.organisation_name, office.address_line()) if line]
    return PdfHeader(office.name, lines, note)


def paragraph_styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=18, leading=23,
                                textColor=ACCENT, spaceAfter=4 * mm),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=12.5, leading=16, textColor=ACCENT,
                             spaceBefore=5 * mm, spaceAfter=2.5 * mm),
        "body": ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13),
        "small": ParagraphStyle("small", fontName=regular, fontSize=7.8, leading=10,
                                textColor=GREY),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=7.8, leading=9.5),
    }


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _page_decor(header: PdfHeader, report: Report):  # noqa: ANN202
    regular, bold = register_fonts()

    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_H - 14 * mm
        canvas.setFillColor(ACCENT)
        canvas.setFont(bold, 9.5)
        canvas.drawString(MARGIN + 6, top, header.office_name)
        canvas.setFillColor(GREY)
        canvas.setFont(regular, 7.5)
        y = top
        for line in header.lines[:2]:
            y -= 9.5
            canvas.drawString(MARGIN + 6, y, line)
        canvas.drawRightString(PAGE_W - MARGIN - 6, top, f"Bericht {report.period_label}")
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1)
        canvas.line(MARGIN + 6, top - 24, PAGE_W - MARGIN - 6, top - 24)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN + 6, 15 * mm, PAGE_W - MARGIN - 6, 15 * mm)
        canvas.setFont(regular, 7.5)
        if header.funding_note:
            canvas.drawString(MARGIN + 6, 11 * mm, header.funding_note[:120])
        canvas.drawRightString(PAGE_W - MARGIN - 6, 11 * mm, f"Seite {doc.page}")
        canvas.restoreState()

    return draw


def _table(rows: list[list[object]], widths: list[float], *, header_rows: int = 1,
           bold_last: bool = False, numeric_from: int = 1) -> Table:
    regular, bold = register_fonts()
    table = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), regular),
        ("FONTSIZE", (0, 0), (-1, -1), 7.8),
        ("LEADING", (0, 0), (-1, -1), 9.5),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), bold),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT),
        ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), ACCENT),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [white, HexColor("#f6f8fb")]),
    ]
    if bold_last:
        style.append(("FONTNAME", (0, -1), (-1, -1), bold))
    table.setStyle(TableStyle(style))
    return table


def _figure_table(first: str, rows: list[ReportRow], report: Report, styles,  # noqa: ANN001
                  *, markup: bool = False) -> Table:
    # The list of events leaves out its own count (always 1).
    columns = [c for c in FIGURE_COLUMNS if not (markup and c[1] == "events")]
    width = PAGE_W - 2 * MARGIN
    first_w = width - len(columns) * NUM_W
    header = [first, *(PDF_HEADERS.get(attr, label) for label, attr, _k in columns)]
    body: list[list[object]] = [list(header)]
    for row in rows:
        body.append([Paragraph(row.label if markup else escape(row.label), styles["cell"]),
                     *(format_figure(row.figures, attr, kind)
                       for _l, attr, kind in columns)])
    table = _table(body, [first_w] + [NUM_W] * len(columns))
    table.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, 0), 7), ("LEADING", (0, 0), (-1, 0), 8.5),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    return table


def build_story(report: Report, header: PdfHeader) -> list:
    styles = paragraph_styles()
    width = PAGE_W - 2 * MARGIN
    info: list[list[object]] = [["Zeitraum", report.period_label],
            ["Standort", report.office_label],
            ["Stichtag", f"{report.as_of:%d.%m.%Y}"],
            ["Erstellt am", f"{date.today():%d.%m.%Y}"]]
    story: list = [
        Paragraph("Bericht über die Arbeit der Transferagentur", styles["title"]),
        _table(info, [40 * mm, width - 40 * mm], header_rows=0, numeric_from=2),
        Spacer(1, 6 * mm),
        Paragraph("Kennzahlen", styles["h2"]),
    ]
    total = report.total
    key_rows: list[list[object]] = [["Kennzahl", "Wert"]]
    key_rows += [[label, format_figure(total, attr, kind)]
                 for label, attr, kind in table_columns()
                 if attr != "municipalities_unknown" or total.municipalities_unknown]
    key_rows += [["Termine geplant (nach dem Stichtag)", format_figure(total, "sessions_planned",
                                                                        "int")],
                 ["Termine abgesagt", format_figure(total, "sessions_cancelled", "int")],
                 ["Termine ohne erfasste Anwesenheit",
                  format_figure(total, "sessions_without_attendance", "int")]]
    story.append(_table(key_rows, [90 * mm, 35 * mm]))
    story.append(Spacer(1, 5 * mm))
    story.append(Paragraph("Begriffe", styles["h2"]))
    for label, text in DEFINITIONS:
        story.append(Paragraph(f"<b>{escape(label)}</b>: {escape(text)}", styles["small"]))
    story.append(Paragraph(
        "Alle Zahlen sind anonym; sie hängen nicht von Namen oder Kontaktdaten ab. "
        "Zeilen nach Kommune und Bundesland zählen einen Termin für jede beteiligte Kommune "
        "und ergeben daher zusammen mehr als die Summe.", styles["small"]))

    months = month_series(report)
    story.append(CondPageBreak(90 * mm))
    story.append(Paragraph("Verlauf nach Monaten", styles["h2"]))
    short = [r.label.split()[0][:3] for r in months]
    story.append(line_chart(short, [
        ("Teilnahmetage", [float(r.figures.participant_days) for r in months]),
        ("Unterrichtseinheiten", [float(r.figures.units) for r in months]),
    ], width=width, height=160))
    story.append(Spacer(1, 3 * mm))
    story.append(_figure_table("Monat", months, report, styles))

    if report.evaluation is not None:
        story += _evaluation_story(report.evaluation, styles)

    story += _events_story(report.events, report, styles)
    for dim, title in DIMENSIONS.items():
        if dim == "month":
            continue
        rows = report.breakdowns.get(dim, [])
        story.append(CondPageBreak(70 * mm))
        story.append(Paragraph(f"Nach {title}", styles["h2"]))
        if not rows:
            story.append(Paragraph("Keine Termine im Zeitraum.", styles["body"]))
            continue
        shown = rows[:CHART_ROWS]
        chart_title = "Teilnahmetage" + (f" (die {CHART_ROWS} größten)"
                                         if len(rows) > CHART_ROWS else "")
        story.append(KeepTogether([bar_chart(
            [r.label for r in shown], [float(r.figures.participant_days) for r in shown],
            width=width, title=chart_title)]))
        story.append(Spacer(1, 3 * mm))
        story.append(_figure_table(title, rows, report, styles))
    return story


def _events_story(events: list[EventLine], report: Report, styles) -> list:  # noqa: ANN001
    """Every event of the period: title, format, office, dates and municipalities, then its
    figures (the same columns as the breakdowns)."""
    story: list = [CondPageBreak(70 * mm), Paragraph("Veranstaltungen", styles["h2"])]
    if not events:
        return [*story, Paragraph("Keine Termine im Zeitraum.", styles["body"])]
    rows = []
    for line in events:
        dates = ", ".join(f"{d:%d.%m.%Y}" for d in line.dates) or "–"
        details = escape(f"{line.format_label} · {line.office_label} · {dates}")
        if line.cancelled:
            details += f" · {line.cancelled} abgesagt"
        if line.municipalities:
            details += f"<br/>Kommunen: {escape(', '.join(line.municipalities))}"
        label = f"<b>{escape(line.title)}</b><br/><font size=6.8>{details}</font>"
        rows.append(ReportRow(str(line.event_id), label, line.figures))
    story.append(_figure_table("Veranstaltung", rows, report, styles, markup=True))
    return story


def _evaluation_story(section: EvaluationSection, styles) -> list:  # noqa: ANN001
    width = PAGE_W - 2 * MARGIN
    story: list = [CondPageBreak(60 * mm), Paragraph(fs.SECTION_TITLE, styles["h2"]),
                   Paragraph(escape(fs.section_note(section)), styles["small"]),
                   Spacer(1, 2 * mm)]
    if not section.has_data:
        story.append(Paragraph("Im Zeitraum wurden keine Rückmeldungen erfasst.",
                               styles["body"]))
        return story
    first_w = width - len(fs.COLUMNS) * NUM_W
    headers = [PDF_SECTION_HEADERS.get(c, c) for c in fs.COLUMNS]
    for title, rows in fs.groups(section):
        body: list[list[object]] = [[f"nach {title}", *headers]]
        for row in rows:
            body.append([Paragraph(escape(row.label), styles["cell"]),
                         *fs.texts(row.result)])
        body.append(["Insgesamt", *fs.texts(section.total)])
        table = _table(body, [first_w] + [NUM_W] * len(fs.COLUMNS), bold_last=True)
        table.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, 0), 7),
                                   ("LEADING", (0, 0), (-1, 0), 8.5),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
        story += [table, Spacer(1, 3 * mm)]
    return story


def write_report_pdf(report: Report, path: Path, header: PdfHeader) -> None:
    regular, _bold = register_fonts()
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + 8 * mm, bottomMargin=MARGIN,
        title=f"Bericht {report.period_label} – {report.office_label}",
        author="Transferplaner", creator="Transferplaner", initialFontName=regular,
    )
    decor = _page_decor(header, report)
    doc.build(build_story(report, header), onFirstPage=decor, onLaterPages=decor)


def export_report_pdf(report: Report, target: Path, header: PdfHeader) -> ExportResult:
    with atomic_target(target) as tmp:
        write_report_pdf(report, tmp, header)
    return ExportResult(files=[Path(target)], count=1)
