"""The dossier of an analysis process as a short PDF in the agency's layout: letterhead of
the office, municipality, date, the three sections and a summary of the agreement."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer
from sqlalchemy.orm import Session as OrmSession

from planner.errors import ValidationError
from planner.exports.result import ExportResult
from planner.files import atomic_target
from planner.fonts import register_fonts
from planner.models import Event, EventFormat
from planner.models.enums import FEDERAL_STATES
from planner.reports.agreements import formats_label, status_label
from planner.reports.pdf import (
    ACCENT,
    GREY,
    RULE,
    PdfHeader,
    escape,
    paragraph_styles,
    pdf_header,
)
from planner.usecases.event_details import event_agreement
from planner.usecases.lookup import get

PAGE_W, PAGE_H = A4
MARGIN = 22 * mm
SECTIONS = (("starting_situation", "Ausgangslage"), ("fields_of_action", "Handlungsfelder"),
            ("work_packages", "Vereinbarte Arbeitspakete"))
BULLETS = ("- ", "– ", "• ", "* ")
NUMBERED = re.compile(r"^(\d{1,2}[.)])\s+(.*)$")


@dataclass
class DossierData:
    event_id: int
    event_title: str
    municipality: str
    state: str
    dates: list[str]
    completed_on: date | None
    sections: list[tuple[str, str]]
    header: PdfHeader
    agreement: dict[str, object] | None = None
    experts: list[str] = field(default_factory=list)


def dossier_data(orm: OrmSession, event_id: int) -> DossierData:
    event = get(orm, Event, event_id)
    if event.format != EventFormat.ANALYSIS:
        raise ValidationError("Ein Dossier gibt es nur bei „Klärung und Analyse“.")
    dossier = event.dossier
    if dossier is None:
        raise ValidationError(f"Für „{event.title}“ gibt es noch kein Dossier.")
    municipality = event.municipalities[0] if event.municipalities else None
    agreement = event_agreement(orm, event_id)
    summary: dict[str, object] | None = None
    if agreement is not None:
        summary = {
            "status": status_label(agreement.status),
            "start": agreement.start_date, "end": agreement.end_date,
            "signed_on": agreement.signed_on, "goals": list(agreement.goals or []),
            "formats": formats_label(agreement.agreed_formats or []),
        }
    return DossierData(
        event.id, event.title, municipality.name if municipality else "",
        FEDERAL_STATES.get((municipality.federal_state or "") if municipality else "", ""),
        [f"{s.start:%d.%m.%Y} {s.title}".strip() for s in event.sessions if not s.is_cancelled],
        dossier.completed_on,
        [(label, getattr(dossier, attr) or "") for attr, label in SECTIONS],
        pdf_header(orm, event.office_id), summary,
        [event.expert.full_name] if event.expert else [],
    )


def _text_flowables(text: str, styles: dict) -> list:
    """Paragraphs from plain text: blank lines separate paragraphs, "- " lines are bullets."""
    if not text.strip():
        return [Paragraph("(keine Angaben)", styles["muted"])]
    flow: list = []
    para: list[str] = []

    def flush() -> None:
        if para:
            flow.append(Paragraph("<br/>".join(escape(p) for p in para), styles["body"]))
            para.clear()

    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped.startswith(BULLETS):
            flush()
            flow.append(Paragraph(escape(stripped[2:].strip()), styles["bullet"],
                                  bulletText="•"))
        elif (numbered := NUMBERED.match(stripped)) is not None:
            flush()
            flow.append(Paragraph(escape(numbered.group(2)), styles["bullet"],
                                  bulletText=numbered.group(1)))
        else:
            para.append(stripped)
    flush()
    return flow


def _styles() -> dict:
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = register_fonts()
    base = paragraph_styles()
    body = ParagraphStyle("dbody", fontName=regular, fontSize=10, leading=14, spaceAfter=2 * mm)
    return {
        "title": ParagraphStyle("dtitle", parent=base["title"], fontSize=17, leading=21,
                                spaceAfter=1.5 * mm),
        "sub": ParagraphStyle("dsub", fontName=bold, fontSize=12, leading=16,
                              spaceAfter=1 * mm),
        "meta": ParagraphStyle("dmeta", fontName=regular, fontSize=9, leading=12.5,
                               textColor=GREY),
        "h2": base["h2"],
        "body": body,
        "bullet": ParagraphStyle("dbullet", parent=body, leftIndent=6 * mm, bulletIndent=1 * mm,
                                 bulletFontName=regular, spaceAfter=1 * mm),
        "muted": ParagraphStyle("dmuted", parent=body, textColor=GREY),
    }


def _de(day: object) -> str:
    return f"{day:%d.%m.%Y}" if isinstance(day, date) else "–"


def build_story(data: DossierData) -> list:
    styles = _styles()
    story: list = [
        Paragraph("Dossier – Klärung und Analyse", styles["title"]),
        Paragraph(escape(data.municipality + (f" ({data.state})" if data.state else "")),
                  styles["sub"]),
        Paragraph(escape(data.event_title), styles["meta"]),
    ]
    meta = [f"Stand: {_de(data.completed_on or date.today())}"]
    if data.dates:
        meta.append("Termine: " + "; ".join(data.dates))
    if data.experts:
        meta.append("Begleitung: " + ", ".join(data.experts))
    story += [Paragraph(escape(m), styles["meta"]) for m in meta]
    story.append(Spacer(1, 3 * mm))
    for label, text in data.sections:
        story.append(KeepTogether([Paragraph(escape(label), styles["h2"]),
                                   *_text_flowables(text, styles)[:1]]))
        story += _text_flowables(text, styles)[1:]
    if data.agreement is not None:
        a = data.agreement
        rows = [f"<b>Status:</b> {escape(str(a['status']))}",
                f"<b>Laufzeit:</b> {_de(a['start'])} bis {_de(a['end'])}"]
        if a["signed_on"]:
            rows.append(f"<b>Unterzeichnet am:</b> {_de(a['signed_on'])}")
        if a["formats"]:
            rows.append(f"<b>Vereinbarte Formate:</b> {escape(str(a['formats']))}")
        flow: list = [Paragraph("Kooperationsvereinbarung", styles["h2"])]
        flow += [Paragraph(r, styles["body"]) for r in rows]
        goals = a["goals"]
        if isinstance(goals, list) and goals:
            flow.append(Paragraph("<b>Ziele:</b>", styles["body"]))
            flow += [Paragraph(escape(str(g)), styles["bullet"], bulletText="•") for g in goals]
        story.append(KeepTogether(flow))
    return story


def _decor(header: PdfHeader):  # noqa: ANN202
    regular, bold = register_fonts()

    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_H - 16 * mm
        canvas.setFillColor(ACCENT)
        canvas.setFont(bold, 10.5)
        canvas.drawString(MARGIN + 6, top, header.office_name)
        canvas.setFillColor(GREY)
        canvas.setFont(regular, 8.5)
        y = top
        for line in header.lines[:2]:
            y -= 11
            canvas.drawString(MARGIN + 6, y, line)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN + 6, top - 30, PAGE_W - MARGIN - 6, top - 30)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN + 6, 16 * mm, PAGE_W - MARGIN - 6, 16 * mm)
        canvas.setFont(regular, 7.5)
        if header.funding_note:
            canvas.drawString(MARGIN + 6, 12 * mm, header.funding_note[:120])
        canvas.drawRightString(PAGE_W - MARGIN - 6, 12 * mm, f"Seite {doc.page}")
        canvas.restoreState()

    return draw


def write_dossier_pdf(data: DossierData, path: Path) -> None:
    regular, _bold = register_fonts()
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + 12 * mm, bottomMargin=MARGIN,
        title=f"Dossier {data.municipality} – {data.event_title}", author="Transferplaner",
        creator="Transferplaner", initialFontName=regular,
    )
    decor = _decor(data.header)
    doc.build(build_story(data), onFirstPage=decor, onLaterPages=decor)


def export_dossier_pdf(orm: OrmSession, event_id: int, target: Path) -> ExportResult:
    data = dossier_data(orm, event_id)
    with atomic_target(target) as tmp:
        write_dossier_pdf(data, tmp)
    return ExportResult(files=[Path(target)], count=1)
