"""One page per event for the trainers and the office: distribution bars, mean and n per
item, the response rate, the sessions, and the free texts that fit (the xlsx has them all).

A4 portrait, DejaVu Sans embedded. A breakdown under the anonymity threshold prints only
the sentence saying so.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session as OrmSession

from planner.evaluation.pool import FeedbackResult, ItemResult
from planner.evaluation.results import EventFeedback, event_feedback
from planner.evaluation.standard import CHOICE, SCALE
from planner.exports.result import ExportResult
from planner.files import atomic_target
from planner.fonts import register_fonts
from planner.models import Event, Office
from planner.reports.scale import FEEDBACK_OPTION_COLOUR, FEEDBACK_SCALE_COLOURS
from planner.wording import count, number, percent

PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
WIDTH = PAGE_W - 2 * MARGIN
ACCENT = HexColor("#1f4e79")
GREY = HexColor("#555555")
RULE = HexColor("#b8c4d2")
SCALE_COLOURS = tuple(HexColor(c) for c in FEEDBACK_SCALE_COLOURS)
CHOICE_COLOUR = HexColor(FEEDBACK_OPTION_COLOUR)
QUESTION_W = 70 * mm
FIGURE_W = 30 * mm


def suppressed_text(result: FeedbackResult) -> str:
    return (f"Weniger als {result.threshold} Rückmeldungen: aus Gründen der Anonymität "
            "wird nichts ausgewertet.")


def rate_text(result: FeedbackResult, *, short: bool = False) -> str:
    answers = count(result.responses, "Rückmeldung", "Rückmeldungen")
    if result.response_rate is None:
        return answers
    if short:
        return f"{answers} von {number(result.present or 0, 0)} ({percent(result.response_rate)})"
    return (f"{answers} von {count(result.present or 0, 'anwesenden Person', 'Anwesenden')} "
            f"(Rücklauf {percent(result.response_rate)})")


def mean_text(item: ItemResult) -> str:
    if item.suppressed:
        return "–"
    if item.mean is not None:
        return f"Ø {number(item.mean, 1, keep_zeros=True)}"
    return ""


class _Page:
    def __init__(self, canvas: Canvas, feedback: EventFeedback, office: str) -> None:
        self.c, self.f, self.office = canvas, feedback, office
        self.regular, self.bold = register_fonts()
        self.y = PAGE_H - MARGIN
        self.bottom = MARGIN + 14 * mm

    def text(self, text: str, size: float, *, bold: bool = False, colour: Color = black,
             width: float = WIDTH, x: float = MARGIN, max_lines: int = 3,
             leading: float | None = None) -> None:
        font = self.bold if bold else self.regular
        leading = leading or size * 1.3
        for line in (simpleSplit(text, font, size, width) or [""])[:max_lines]:
            self.y -= leading
            self.c.setFont(font, size)
            self.c.setFillColor(colour)
            self.c.drawString(x, self.y + (leading - size) * 0.6, line)

    def rule(self, gap: float = 3) -> None:
        self.y -= gap
        self.c.setStrokeColor(RULE)
        self.c.setLineWidth(0.6)
        self.c.line(MARGIN, self.y, PAGE_W - MARGIN, self.y)
        self.y -= gap

    def header(self) -> None:
        f = self.f
        self.text(self.office, 9, bold=True, colour=ACCENT)
        self.y -= 2
        self.text("Auswertung der Rückmeldungen", 16, bold=True, colour=ACCENT)
        self.text(f.total.label, 12, bold=True, max_lines=2)
        self.text(" · ".join(p for p in (f.format_label, f.dates, f.place) if p), 9.5)
        self.y -= 2
        if f.total.suppressed:
            self.text(suppressed_text(f.total), 10.5, bold=True, colour=HexColor("#8a3b12"),
                      max_lines=2)
        else:
            self.text(rate_text(f.total), 10.5, bold=True)
        self.rule()

    def scale_legend(self) -> None:
        x = MARGIN + QUESTION_W
        self.c.setFont(self.regular, 7)
        self.c.setFillColor(GREY)
        self.c.drawString(MARGIN, self.y - 7, "Zahlen in den Balken: Anzahl der Antworten")
        for i, colour in enumerate(SCALE_COLOURS):
            self.c.setFillColor(colour)
            self.c.rect(x, self.y - 8, 7, 7, stroke=0, fill=1)
            self.c.setFillColor(GREY)
            self.c.drawString(x + 9, self.y - 7, str(i + 1))
            x += 20
        self.c.drawString(x + 4, self.y - 7, "1 = niedrigster, 5 = höchster Wert")
        self.y -= 12

    def scale_row(self, item: ItemResult) -> None:
        top = self.y
        self.text(item.item.text, 8.5, width=QUESTION_W - 4 * mm, max_lines=3, leading=10.5)
        text_bottom = self.y
        bar_w = WIDTH - QUESTION_W - FIGURE_W
        x, bar_y, bar_h = MARGIN + QUESTION_W, top - 15, 11
        if item.suppressed:
            self.c.setFont(self.regular, 8)
            self.c.setFillColor(GREY)
            self.c.drawString(x, bar_y + 2, "zu wenige Antworten für eine Auswertung")
        else:
            for value, n in enumerate(item.counts, start=1):
                w = bar_w * n / item.n if item.n else 0
                if w <= 0:
                    continue
                colour = SCALE_COLOURS[value - 1]
                self.c.setFillColor(colour)
                self.c.rect(x, bar_y, w, bar_h, stroke=0, fill=1)
                if w >= 12:
                    self.c.setFillColor(white if value in (1, 5) else black)
                    self.c.setFont(self.regular, 7)
                    self.c.drawCentredString(x + w / 2, bar_y + 3, str(n))
                x += w
            self.c.setFillColor(black)
            self.c.setFont(self.bold, 9.5)
            self.c.drawRightString(PAGE_W - MARGIN - 12 * mm, bar_y + 2, mean_text(item))
            self.c.setFont(self.regular, 8)
            self.c.drawRightString(PAGE_W - MARGIN, bar_y + 2, f"n = {item.n}")
        self.y = min(text_bottom, bar_y - 4) - 5

    def choice_block(self, item: ItemResult) -> None:
        self.text(item.item.text, 8.5, max_lines=2, leading=10.5)
        if item.suppressed:
            self.text("zu wenige Antworten für eine Auswertung", 8, colour=GREY)
            return
        bar_w = WIDTH - QUESTION_W - FIGURE_W
        for option, n in zip(item.item.options, item.counts, strict=False):
            self.y -= 11
            self.c.setFont(self.regular, 8)
            self.c.setFillColor(black)
            label = simpleSplit(option, self.regular, 8, QUESTION_W - 8 * mm)[0]
            self.c.drawString(MARGIN + 4 * mm, self.y + 2, label)
            w = bar_w * n / item.n if item.n else 0
            self.c.setFillColor(CHOICE_COLOUR)
            self.c.rect(MARGIN + QUESTION_W, self.y + 1, max(w, 0.5), 8, stroke=0, fill=1)
            self.c.setFillColor(black)
            self.c.drawRightString(PAGE_W - MARGIN, self.y + 2,
                                   f"{n} ({percent(n / item.n, decimals=0)})")
        self.c.setFont(self.regular, 7)
        self.c.setFillColor(GREY)
        self.y -= 10
        self.c.drawRightString(PAGE_W - MARGIN, self.y + 2, f"n = {item.n}")

    def sessions(self) -> None:
        if not self.f.sessions:
            return
        self.y -= 4
        self.text("Nach Terminen", 10, bold=True, colour=ACCENT)
        for result in self.f.sessions:
            if self.y - 11 < self.bottom:
                break
            overall = result.item("overall")
            if result.suppressed:
                figures = f"weniger als {result.threshold} Rückmeldungen"
            else:
                figures = rate_text(result, short=True)
                if overall is not None and not overall.suppressed:
                    figures += f" · Zufriedenheit {mean_text(overall)}"
            self.y -= 11
            self.c.setFont(self.regular, 8)
            self.c.setFillColor(black)
            self.c.drawString(MARGIN + 2 * mm, self.y + 2,
                              simpleSplit(result.label, self.regular, 8, 68 * mm)[0])
            self.c.drawString(MARGIN + 72 * mm, self.y + 2, figures)

    def free_texts(self, items: list[ItemResult]) -> None:
        for item in items:
            if self.y - 30 < self.bottom:
                break
            self.y -= 4
            self.text(f"{item.item.text} ({count(len(item.texts), 'Antwort', 'Antworten')})",
                      9, bold=True, colour=ACCENT)
            shown = 0
            for answer in item.texts:
                lines = simpleSplit(f"– {answer.text}", self.regular, 8, WIDTH - 4 * mm)
                if self.y - 10 * min(len(lines), 3) - 12 < self.bottom:
                    break
                self.text(f"– {answer.text}", 8, width=WIDTH - 4 * mm, x=MARGIN + 2 * mm,
                          max_lines=3, leading=10)
                shown += 1
            if shown < len(item.texts):
                self.text(f"… und {len(item.texts) - shown} weitere in der Excel-Auswertung",
                          7.5, colour=GREY)

    def footer(self) -> None:
        c = self.c
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN, MARGIN + 8 * mm, PAGE_W - MARGIN, MARGIN + 8 * mm)
        c.setFont(self.regular, 7)
        c.setFillColor(GREY)
        c.drawString(MARGIN, MARGIN + 4 * mm,
                     f"Anonyme Auswertung: Rückmeldungen sind keiner Person zugeordnet; "
                     f"Auswertungen mit weniger als {self.f.total.threshold} Antworten werden "
                     "nicht gezeigt.")
        c.drawString(MARGIN, MARGIN, f"Erstellt am {date.today():%d.%m.%Y} mit Transferplaner")

    def draw(self) -> None:
        self.header()
        total = self.f.total
        if not total.suppressed:
            scales = [i for i in total.items if i.item.kind == SCALE]
            if scales:
                self.scale_legend()
                for item in scales:
                    self.scale_row(item)
            for item in total.items:
                if item.item.kind == CHOICE:
                    self.y -= 3
                    self.choice_block(item)
        self.sessions()
        if not total.suppressed:
            self.free_texts([i for i in total.items
                             if i.item.kind not in (SCALE, CHOICE) and i.texts])
        self.footer()


def write_results_pdf(feedback: EventFeedback, path: Path, office: str) -> None:
    regular, _bold = register_fonts()
    canvas = Canvas(str(path), pagesize=A4, initialFontName=regular)
    canvas.setTitle(f"Auswertung – {feedback.title}")
    canvas.setAuthor("Transferplaner")
    canvas.setCreator("Transferplaner")
    _Page(canvas, feedback, office).draw()
    canvas.showPage()
    canvas.save()


def export_results_pdf(orm: OrmSession, event_id: int, target: Path,
                       session_id: int | None = None) -> ExportResult:
    feedback = event_feedback(orm, event_id, session_id)
    event = orm.get(Event, event_id)
    office = orm.get(Office, event.office_id) if event is not None else None
    with atomic_target(target) as tmp:
        write_results_pdf(feedback, tmp, office.name if office else "")
    return ExportResult(files=[Path(target)], count=1)
