"""The printable feedback form: one A4 page per event or session, large tick boxes, the event
and its date printed on it, DejaVu Sans embedded (no base-14 font).

The layout is measured before it is drawn: free-text boxes share the room that is left,
and when the items do not fit with large boxes the form is set a little tighter; a
questionnaire that still does not fit is refused with a clear message.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session as OrmSession

from planner.errors import ValidationError
from planner.evaluation.answers import ItemSpec
from planner.evaluation.questionnaires import (
    current_for_event,
    event_or_error,
    format_label,
    item_specs,
)
from planner.evaluation.results import event_dates, event_place, session_label
from planner.evaluation.standard import CHOICE, SCALE, SCALE_POINTS
from planner.exports.result import ExportResult
from planner.exports.xlsx_safe import german_date
from planner.files import atomic_target
from planner.fonts import register_fonts
from planner.models import Office, Questionnaire, Session
from planner.settings import FUNDING_NOTE

PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
WIDTH = PAGE_W - 2 * MARGIN
ACCENT = HexColor("#1f4e79")
GREY = HexColor("#555555")
LINE = HexColor("#9aa7b5")
MIN_TEXT_BOX = 18 * mm


@dataclass
class FormContent:
    office: str
    title: str
    event_title: str
    details: str  # format · session · date · place
    intro: str
    items: list[ItemSpec]
    footer: str
    funding_note: str


@dataclass(frozen=True)
class Density:
    box: float
    question_size: float
    gap: float


DENSITIES = (Density(8 * mm, 10.5, 5 * mm), Density(7 * mm, 9.5, 3.5 * mm),
             Density(6 * mm, 9, 2.5 * mm), Density(5.5 * mm, 8.5, 1.5 * mm))


def form_content(orm: OrmSession, event_id: int, session_id: int | None = None,
                 questionnaire: Questionnaire | None = None) -> FormContent:
    event = event_or_error(orm, event_id)
    questionnaire = questionnaire or current_for_event(orm, event.id)
    parts = [format_label(event.format)]
    if session_id is not None:
        session = orm.get(Session, session_id)
        if session is None or session.event_id != event.id:
            raise ValidationError("Der Termin gehört nicht zu dieser Veranstaltung.")
        number = next(n for n, s in enumerate(event.sessions, start=1) if s.id == session.id)
        parts.append(session_label(session, number).rsplit(", ", 1)[0])
        parts.append(german_date(session.start))
        if session.venue is not None:
            parts.append(session.venue.city or session.venue.name)
    else:
        parts.append(event_dates(event))
        parts.append(event_place(event))
    office = orm.get(Office, event.office_id)
    code = f"Bogen F{questionnaire.id}-V{questionnaire.version} · Veranstaltung {event.id}"
    if session_id is not None:
        code += f" · Termin {session_id}"
    return FormContent(
        office=office.name if office is not None else "Transferagenturen für Großstädte",
        title=questionnaire.title, event_title=event.title,
        details=" · ".join(p for p in parts if p), intro=questionnaire.intro,
        items=item_specs(questionnaire), footer=code,
        funding_note=FUNDING_NOTE.get(orm))


class _Layout:
    """Measures (draw=False) or draws the form with one density."""

    def __init__(self, canvas: Canvas | None, content: FormContent, density: Density,
                 text_box: float) -> None:
        self.c, self.content, self.d, self.text_box = canvas, content, density, text_box
        self.regular, self.bold = register_fonts()
        self.y = PAGE_H - MARGIN

    def _lines(self, text: str, font: str, size: float, width: float) -> list[str]:
        return simpleSplit(text, font, size, width) or [""]

    def _text(self, lines: list[str], x: float, font: str, size: float, leading: float,
              colour=black) -> None:  # noqa: ANN001
        for line in lines:
            self.y -= leading
            if self.c is not None:
                self.c.setFillColor(colour)
                self.c.setFont(font, size)
                self.c.drawString(x, self.y + (leading - size) * 0.6, line)

    def _box(self, x: float, y: float, size: float) -> None:
        if self.c is not None:
            self.c.setStrokeColor(black)
            self.c.setLineWidth(1.1)
            self.c.rect(x, y, size, size)

    def header(self) -> None:
        c = self.content
        self._text([c.office], MARGIN, self.bold, 9, 11, ACCENT)
        self.y -= 4
        self._text(self._lines(c.title, self.bold, 17, WIDTH), MARGIN, self.bold, 17, 21,
                   ACCENT)
        self._text(self._lines(c.event_title, self.bold, 12.5, WIDTH)[:3], MARGIN, self.bold,
                   12.5, 16)
        self._text(self._lines(c.details, self.regular, 10, WIDTH)[:2], MARGIN, self.regular,
                   10, 13)
        if c.intro:
            self.y -= 3
            self._text(self._lines(c.intro, self.regular, 8.5, WIDTH)[:5], MARGIN,
                       self.regular, 8.5, 10.5, GREY)
        self.y -= 3
        if self.c is not None:
            self.c.setStrokeColor(ACCENT)
            self.c.setLineWidth(1)
            self.c.line(MARGIN, self.y, PAGE_W - MARGIN, self.y)

    def item(self, number: int, item: ItemSpec) -> None:
        self.y -= self.d.gap
        if item.kind == SCALE:
            self._scale(number, item)
        elif item.kind == CHOICE:
            self._choice(number, item)
        else:
            self._free_text(number, item)

    def _question(self, number: int, item: ItemSpec, width: float) -> None:
        size = self.d.question_size
        self._text(self._lines(f"{number}. {item.text}", self.bold, size, width), MARGIN,
                   self.bold, size, size * 1.3)

    def _scale(self, number: int, item: ItemSpec) -> None:
        box, step = self.d.box, self.d.box + 6 * mm
        boxes_w = SCALE_POINTS * step - 6 * mm
        x0 = PAGE_W - MARGIN - boxes_w
        top = self.y
        self._question(number, item, x0 - MARGIN - 6 * mm)
        question_bottom = self.y
        # numbers above the boxes, boxes, then what 1 and 5 mean
        self.y = top - 10
        if self.c is not None:
            self.c.setFont(self.regular, 8)
            self.c.setFillColor(GREY)
            for i in range(SCALE_POINTS):
                self.c.drawCentredString(x0 + i * step + box / 2, self.y + 2.5, str(i + 1))
        self.y -= box
        for i in range(SCALE_POINTS):
            self._box(x0 + i * step, self.y, box)
        labels_w = 2 * step
        low = self._lines(item.low_label, self.regular, 7, labels_w)[:2]
        high = self._lines(item.high_label, self.regular, 7, labels_w)[:2]
        if self.c is not None:
            self.c.setFont(self.regular, 7)
            self.c.setFillColor(GREY)
            for i, line in enumerate(low if item.low_label else []):
                self.c.drawString(x0, self.y - 9 - i * 8.5, line)
            for i, line in enumerate(high if item.high_label else []):
                self.c.drawRightString(x0 + boxes_w, self.y - 9 - i * 8.5, line)
        self.y -= 4 + 8.5 * max(len(low), len(high))
        self.y = min(self.y, question_bottom)

    def _choice(self, number: int, item: ItemSpec) -> None:
        self._question(number, item, WIDTH)
        box = self.d.box * 0.85
        col_w = WIDTH / 2
        rows = (len(item.options) + 1) // 2
        self.y -= 2
        for row in range(rows):
            self.y -= box + 2.5 * mm
            for col in range(2):
                index = row + col * rows
                if index >= len(item.options):
                    continue
                x = MARGIN + 4 * mm + col * col_w
                self._box(x, self.y, box)
                if self.c is not None:
                    self.c.setFont(self.regular, self.d.question_size - 0.5)
                    self.c.setFillColor(black)
                    text = simpleSplit(item.options[index], self.regular,
                                       self.d.question_size - 0.5, col_w - box - 10 * mm)[0]
                    self.c.drawString(x + box + 2.5 * mm, self.y + box / 2 - 3.5, text)

    def _free_text(self, number: int, item: ItemSpec) -> None:
        self._question(number, item, WIDTH)
        self.y -= 2 + self.text_box
        if self.c is not None:
            self.c.setStrokeColor(LINE)
            self.c.setLineWidth(0.8)
            self.c.rect(MARGIN, self.y, WIDTH, self.text_box)
            self.c.setLineWidth(0.4)
            line_y = self.y + self.text_box - 8 * mm
            while line_y > self.y + 3 * mm:
                self.c.line(MARGIN + 3 * mm, line_y, PAGE_W - MARGIN - 3 * mm, line_y)
                line_y -= 8 * mm

    def footer_height(self) -> float:
        return 24.0 + (9.0 if self.content.funding_note else 0.0)

    def footer(self) -> None:
        if self.c is None:
            return
        c = self.c
        y = MARGIN + self.footer_height() - 10
        c.setFont(self.bold, 9.5)
        c.setFillColor(ACCENT)
        c.drawString(MARGIN, y, "Vielen Dank! Bitte geben Sie den Bogen vor dem Gehen ab.")
        c.setFont(self.regular, 7)
        c.setFillColor(GREY)
        c.drawString(MARGIN, y - 12, self.content.footer)
        if self.content.funding_note:
            c.drawString(MARGIN, y - 21, self.content.funding_note[:130])

    def run(self) -> float:
        """Lays out everything; returns the room left above the footer."""
        self.header()
        for number, item in enumerate(self.content.items, start=1):
            self.item(number, item)
        self.footer()
        return self.y - MARGIN - self.footer_height() - 2 * mm


def _fit(content: FormContent) -> tuple[Density, float]:
    """The largest density at which everything fits, and the height of each text box."""
    texts = sum(1 for i in content.items if i.kind not in (SCALE, CHOICE))
    for density in DENSITIES:
        left = _Layout(None, content, density, 0.0).run()
        if texts == 0 and left >= 0:
            return density, 0.0
        if texts and left >= texts * MIN_TEXT_BOX:
            return density, min(left / texts, 70 * mm)
    raise ValidationError(
        "Die Fragen passen nicht auf eine A4-Seite. Bitte Fragen entfernen oder kürzen.")


def fits_one_page(title: str, intro: str, items: list[ItemSpec]) -> bool:
    """Whether a form with these items fits on one A4 page (for the questionnaire editor;
    measured with a long sample event title and details)."""
    sample = FormContent("Transferagentur für Großstädte", title or " ",
                         "Fortbildungsreihe Kommunales Bildungsmonitoring 2027",
                         "Fortbildungsreihe · Modul 3 · Dienstag, 16.03.2027 · Leipzig", intro,
                         list(items), "Bogen F1-V1 · Veranstaltung 1", "Gefördert")
    try:
        _fit(sample)
    except ValidationError:
        return False
    return True


def write_form_pdf(content: FormContent, path: Path) -> None:
    regular, _bold = register_fonts()
    density, text_box = _fit(content)
    canvas = Canvas(str(path), pagesize=A4, initialFontName=regular)
    canvas.setTitle(f"{content.title} – {content.event_title}")
    canvas.setAuthor("Transferplaner")
    canvas.setCreator("Transferplaner")
    _Layout(canvas, content, density, text_box).run()
    canvas.showPage()
    canvas.save()


def export_form_pdf(orm: OrmSession, event_id: int, target: Path,
                    session_id: int | None = None) -> ExportResult:
    """The printable one-page form of an event (or one session) with its current items."""
    content = form_content(orm, event_id, session_id)
    with atomic_target(target) as tmp:
        write_form_pdf(content, tmp)
    return ExportResult(files=[Path(target)], count=1)
