"""An event's feedback as an .xlsx workbook with every figure: items with distribution,
mean and n; the sessions; the choice answers; every free text that is not left out.

Numbers stay numbers; every text goes through `safe_cell`, so no answer can become a
formula. A breakdown under the anonymity threshold gets the sentence, never figures.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session as OrmSession

from planner.evaluation.pool import FeedbackResult
from planner.evaluation.results import EventFeedback, event_feedback
from planner.evaluation.standard import CHOICE, KIND_LABELS_DE, SCALE, SCALE_POINTS, TEXT
from planner.exports.result import ExportResult
from planner.exports.xlsx_safe import safe_cell, safe_sheet_title
from planner.files import atomic_target
from planner.reports.feedback_pdf import suppressed_text

MEAN_FORMAT = "0.00"
RATE_FORMAT = "0.0%"


def _styles():  # noqa: ANN202
    from openpyxl.styles import Alignment, Font, PatternFill

    return (Font(bold=True), Font(bold=True, size=14), PatternFill("solid", fgColor="E8EEF5"),
            Alignment(wrap_text=True, vertical="top"))


def _item_rows(ws, result: FeedbackResult, bold, fill, wrap) -> None:  # noqa: ANN001
    headers = ["Frage", "Art", "n", "Mittelwert",
               *(f"Anzahl {v}" for v in range(1, SCALE_POINTS + 1)),
               *(f"Anteil {v}" for v in range(1, SCALE_POINTS + 1))]
    ws.append([safe_cell(h, ws, font=bold, fill=fill, alignment=wrap) for h in headers])
    for item in result.items:
        if item.item.kind != SCALE:
            continue
        row = [safe_cell(item.item.text, ws, alignment=wrap),
               safe_cell(KIND_LABELS_DE[SCALE], ws)]
        if item.suppressed:
            row.append(safe_cell(f"weniger als {result.threshold} Antworten", ws))
        else:
            row += [item.n, safe_cell(item.mean, ws, number_format=MEAN_FORMAT), *item.counts,
                    *(safe_cell(item.share(v), ws, number_format=RATE_FORMAT)
                      for v in range(1, SCALE_POINTS + 1))]
        ws.append(row)


def _overview(wb, feedback: EventFeedback, taken: set[str]) -> None:  # noqa: ANN001
    bold, title_font, fill, wrap = _styles()
    ws = wb.create_sheet(safe_sheet_title("Übersicht", taken))
    ws.column_dimensions["A"].width = 55
    for col in "BCDEFGHIJKLM":
        ws.column_dimensions[col].width = 12
    total = feedback.total
    ws.append([safe_cell("Auswertung der Rückmeldungen", ws, font=title_font)])
    ws.append([safe_cell("Veranstaltung", ws, font=bold), safe_cell(feedback.title, ws)])
    if total.label != feedback.title:
        ws.append([safe_cell("Termin", ws, font=bold), safe_cell(total.label, ws)])
    ws.append([safe_cell("Format", ws, font=bold), safe_cell(feedback.format_label, ws)])
    ws.append([safe_cell("Zeitraum", ws, font=bold), safe_cell(feedback.dates, ws)])
    ws.append([safe_cell("Anonymitätsschwelle", ws, font=bold), total.threshold])
    if total.suppressed:
        ws.append([safe_cell(suppressed_text(total), ws, font=bold)])
        return
    ws.append([safe_cell("Rückmeldungen", ws, font=bold), total.responses])
    ws.append([safe_cell("Anwesende", ws, font=bold), total.present])
    ws.append([safe_cell("Rücklauf", ws, font=bold),
               safe_cell(total.response_rate, ws, number_format=RATE_FORMAT)])
    ws.append([])
    _item_rows(ws, total, bold, fill, wrap)


def _choices(wb, feedback: EventFeedback, taken: set[str]) -> None:  # noqa: ANN001
    bold, _title, fill, wrap = _styles()
    ws = wb.create_sheet(safe_sheet_title("Auswahlfragen", taken))
    ws.column_dimensions["A"].width = 55
    ws.column_dimensions["B"].width = 40
    ws.append([safe_cell(h, ws, font=bold, fill=fill) for h in
               ("Frage", "Antwort", "Anzahl", "Anteil", "n")])
    if feedback.total.suppressed:
        return
    for item in feedback.total.items:
        if item.item.kind != CHOICE:
            continue
        if item.suppressed:
            ws.append([safe_cell(item.item.text, ws, alignment=wrap),
                       safe_cell(f"weniger als {feedback.total.threshold} Antworten", ws)])
            continue
        for value, option in enumerate(item.item.options, start=1):
            ws.append([safe_cell(item.item.text, ws, alignment=wrap), safe_cell(option, ws),
                       item.counts[value - 1],
                       safe_cell(item.share(value), ws, number_format=RATE_FORMAT), item.n])


def _sessions(wb, feedback: EventFeedback, taken: set[str]) -> None:  # noqa: ANN001
    bold, _title, fill, wrap = _styles()
    ws = wb.create_sheet(safe_sheet_title("Nach Terminen", taken))
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 55
    ws.append([safe_cell(h, ws, font=bold, fill=fill) for h in
               ("Termin", "Frage", "Rückmeldungen", "Anwesende", "Rücklauf", "n",
                "Mittelwert")])
    for result in feedback.sessions:
        if result.suppressed:
            ws.append([safe_cell(result.label, ws),
                       safe_cell(f"weniger als {result.threshold} Rückmeldungen", ws)])
            continue
        for item in result.items:
            if item.item.kind != SCALE:
                continue
            ws.append([safe_cell(result.label, ws), safe_cell(item.item.text, ws,
                                                              alignment=wrap),
                       result.responses, result.present,
                       safe_cell(result.response_rate, ws, number_format=RATE_FORMAT),
                       None if item.suppressed else item.n,
                       None if item.suppressed else safe_cell(item.mean, ws,
                                                              number_format=MEAN_FORMAT)])


def _texts(wb, feedback: EventFeedback, taken: set[str]) -> None:  # noqa: ANN001
    bold, _title, fill, wrap = _styles()
    ws = wb.create_sheet(safe_sheet_title("Freitexte", taken))
    ws.column_dimensions["A"].width = 35
    ws.column_dimensions["B"].width = 100
    ws.append([safe_cell(h, ws, font=bold, fill=fill) for h in ("Frage", "Antwort")])
    if feedback.total.suppressed:
        return
    for item in feedback.total.items:
        if item.item.kind != TEXT:
            continue
        for answer in item.texts:
            ws.append([safe_cell(item.item.text, ws), safe_cell(answer.text, ws,
                                                                alignment=wrap)])


def write_feedback_xlsx(feedback: EventFeedback, path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    taken: set[str] = set()
    _overview(wb, feedback, taken)
    _choices(wb, feedback, taken)
    _sessions(wb, feedback, taken)
    _texts(wb, feedback, taken)
    wb.save(path)


def export_feedback_xlsx(orm: OrmSession, event_id: int, target: Path,
                         session_id: int | None = None) -> ExportResult:
    feedback = event_feedback(orm, event_id, session_id)
    with atomic_target(target) as tmp:
        write_feedback_xlsx(feedback, tmp)
    return ExportResult(files=[Path(target)], count=1)
