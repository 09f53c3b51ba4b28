"""Letters for participants without an e-mail address: the message's text on A4 in the
DIN 5008 layout (form B), so it fits a C6/5 or DL window envelope; all letters of one send
in one PDF for printing, each starting on a new page.

Form B measures (from the top left corner of the page): address field 20 mm from the left,
45 mm from the top, 85 x 45 mm, with the return address in its top part (17.7 mm) and the
recipient below (27.3 mm); information block from 125 mm; subject two lines below the
address field; fold marks at 105 and 210 mm, hole mark at 148.5 mm; text from 25 mm.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import joinedload

from planner.errors import PlannerError
from planner.files import atomic_target
from planner.fonts import register_fonts
from planner.models import Event, Office
from planner.notify.clock import local_now
from planner.wording import day

PAGE_W, PAGE_H = A4
TEXT_LEFT = 25 * mm
TEXT_RIGHT = PAGE_W - 20 * mm
FIELD_LEFT = 20 * mm
FIELD_TOP = 45 * mm
FIELD_W, FIELD_H = 85 * mm, 45 * mm
RETURN_ZONE_H = 17.7 * mm
INFO_LEFT = 125 * mm
SUBJECT_TOP = FIELD_TOP + FIELD_H + 8.46 * mm
BOTTOM = 25 * mm
GREY = HexColor("#555555")
ACCENT = HexColor("#1f4e79")


def _y(top_mm: float) -> float:
    """reportlab measures from the bottom; DIN 5008 from the top."""
    return PAGE_H - top_mm


class _Letters(BaseDocTemplate):
    def __init__(self, target: str, letters: list[dict[str, Any]], **kwargs: Any) -> None:
        super().__init__(target, **kwargs)
        # Each letter begins on a "first" page, in order: its page hook takes the next one.
        self.waiting = list(letters)
        self.current: dict[str, Any] = letters[0]
        first = Frame(TEXT_LEFT, BOTTOM, TEXT_RIGHT - TEXT_LEFT, _y(SUBJECT_TOP) - BOTTOM,
                      id="first", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        later = Frame(TEXT_LEFT, BOTTOM, TEXT_RIGHT - TEXT_LEFT, _y(30 * mm) - BOTTOM,
                      id="later", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("first", [first], onPage=self._first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=self._later_page)])

    def _marks(self, c: Canvas) -> None:
        c.setStrokeColor(GREY)
        c.setLineWidth(0.3)
        for top, length in ((105 * mm, 5 * mm), (148.5 * mm, 7 * mm), (210 * mm, 5 * mm)):
            c.line(3 * mm, _y(top), 3 * mm + length, _y(top))

    def _footer(self, c: Canvas, letter: dict[str, Any]) -> None:
        regular, _bold = register_fonts()
        c.setFont(regular, 7.5)
        c.setFillColor(GREY)
        c.drawString(TEXT_LEFT, 14 * mm, letter["footer"])

    def _first_page(self, c: Canvas, _doc: Any) -> None:
        letter = self.current = self.waiting.pop(0) if self.waiting else self.current
        regular, bold = register_fonts()
        c.saveState()
        self._marks(c)
        c.setFillColor(ACCENT)
        c.setFont(bold, 13)
        c.drawRightString(TEXT_RIGHT, _y(20 * mm), letter["office"])
        c.setFont(regular, 8.5)
        c.setFillColor(GREY)
        c.drawRightString(TEXT_RIGHT, _y(25 * mm), letter["organisation"])
        # Return address: bottom line of the top zone of the address field, small.
        lines = _return_lines(letter["return"], regular, FIELD_W - 5 * mm)
        c.setFont(regular, 6.5)
        y = _y(FIELD_TOP + RETURN_ZONE_H - 2 * mm) + (len(lines) - 1) * 2.8 * mm
        for line in lines:
            c.drawString(FIELD_LEFT + 5 * mm, y, line)
            y -= 2.8 * mm
        c.setFillColor(HexColor("#000000"))
        c.setFont(regular, 10)
        y = _y(FIELD_TOP + RETURN_ZONE_H + 4.5 * mm)
        for line in letter["address"][:6]:
            c.drawString(FIELD_LEFT + 5 * mm, y, line)
            y -= 4.23 * mm
        c.setFont(regular, 8.5)
        y = _y(50 * mm)
        for line in letter["info"]:
            c.drawString(INFO_LEFT, y, line)
            y -= 4.2 * mm
        self._footer(c, letter)
        c.restoreState()

    def _later_page(self, c: Canvas, _doc: Any) -> None:
        regular, _bold = register_fonts()
        letter = self.current
        c.saveState()
        self._marks(c)
        c.setFont(regular, 8.5)
        c.setFillColor(GREY)
        c.drawString(TEXT_LEFT, _y(20 * mm), f"{letter.get('recipient', '')} – "
                     f"{letter.get('date', '')} – {letter.get('continued', '')}")
        self._footer(c, letter)
        c.restoreState()


def _return_lines(parts: list[str], font: str, width: float) -> list[str]:
    """The sender above the recipient: one line if it fits, else the name on its own line;
    a line still too long is shortened at the end (never the postcode and city)."""
    one = " · ".join(parts)
    if stringWidth(one, font, 6.5) <= width:
        return [one]
    lines = [parts[0], " · ".join(parts[1:])] if len(parts) > 1 else [one]
    fitted = []
    for line in lines:
        while line and stringWidth(line, font, 6.5) > width:
            line = line[:-2].rstrip() + "…"
        fitted.append(line)
    return fitted


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    regular, bold = register_fonts()
    subject = ParagraphStyle("subject", fontName=bold, fontSize=11, leading=14,
                             spaceAfter=4.23 * mm * 2)
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5,
                          spaceAfter=4)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=5 * mm, firstLineIndent=-5 * mm,
                            spaceAfter=3)
    return subject, body, bullet


def _paragraphs(text: str, body: ParagraphStyle, bullet: ParagraphStyle) -> list[Flowable]:
    """Blank lines separate paragraphs; a list entry ("• …") keeps its indented lines."""
    flow: list[Flowable] = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        entries: list[list[str]] = []
        for line in lines:
            if line.startswith("•") or not entries or not line.startswith("  "):
                entries.append([line])
            else:
                entries[-1].append(line.strip())
        for entry in entries:
            style = bullet if entry[0].startswith("•") else body
            flow.append(Paragraph("<br/>".join(escape(part) for part in entry), style))
        flow.append(Spacer(1, 2))
    return flow


def _letter_data(message: Any, office: Office, today: date) -> dict[str, Any]:
    lang = message.language
    where = office.city or ""
    info = [("Ihr Kontakt" if lang == "de" else "Your contact"), office.name]
    if office.phone:
        info.append(f"{'Telefon' if lang == 'de' else 'Phone'} {office.phone}")
    if office.email:
        info.append(office.email)
    info += ["", f"{where + ', ' if where else ''}{day(today, lang, weekday=False)}"]
    address_line = ", ".join(p for p in (office.street,
                                         f"{office.postcode} {office.city}".strip()) if p)
    return {
        "office": office.name, "organisation": office.organisation_name or "",
        "return": [p for p in (office.name, office.street,
                               f"{office.postcode} {office.city}".strip()) if p],
        "address": message.postal, "info": info, "recipient": message.recipient,
        "date": day(today, lang, weekday=False),
        "continued": "Fortsetzung" if lang == "de" else "continued",
        "footer": " · ".join(p for p in (office.organisation_name or office.name,
                                         address_line, office.email) if p),
    }


def write_letters(orm: OrmSession, messages: Sequence[Any], target: Path,
                  today: date | None = None) -> Path:
    """Write all `messages` (composed, channel "letter") as one PDF."""
    if not messages:
        raise PlannerError("Es gibt keine Briefe zu drucken.")
    today = today or local_now().date()
    offices = {e.id: e.office for e in orm.scalars(
        select(Event).where(Event.id.in_({m.event_id for m in messages}))
        .options(joinedload(Event.office)))}
    subject, body, bullet = _styles()
    story: list[Flowable] = []
    letters = []
    for n, message in enumerate(messages):
        data = _letter_data(message, offices[message.event_id], today)
        letters.append(data)
        if n:
            story += [NextPageTemplate("first"), PageBreak()]
        story.append(Paragraph(escape(message.subject), subject))
        story += _paragraphs(message.body, body, bullet)
    regular, _bold = register_fonts()
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_target(target) as tmp:
            doc = _Letters(str(tmp), letters, pagesize=A4, initialFontName=regular,
                           initialFontSize=10, pageCompression=1,
                           title="Briefe an Teilnehmende", author="Transferplaner",
                           creator="Transferplaner")
            doc.build(story)
    except OSError as exc:
        raise PlannerError(f"Die Briefe können nicht nach {target} geschrieben werden: "
                           f"{exc.strerror}.") from exc
    return target
