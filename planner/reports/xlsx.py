"""The report as an .xlsx workbook: an overview sheet and one table per breakdown.

Every cell goes through `safe_cell`, so no municipality or topic name can become a formula.
Numbers stay numbers (units with one decimal, the attendance rate as a percentage).
"""

from __future__ import annotations

from pathlib import Path

from planner.evaluation.results import EvaluationSection
from planner.exports.result import ExportResult
from planner.exports.xlsx_safe import safe_cell, safe_sheet_title
from planner.files import atomic_target
from planner.reports.statistics import (
    DIMENSIONS,
    FIGURE_COLUMNS,
    Figures,
    Report,
    ReportRow,
    month_series,
)

RATE_FORMAT = "0.0%"
UNITS_FORMAT = "#,##0.0"
INT_FORMAT = "#,##0"
MEAN_FORMAT = "0.00"
DEFINITIONS = [
    ("Termine", "nicht abgesagte Termine im Zeitraum, die bis zum Stichtag stattfanden"),
    ("Teilnahmetage", "je Person und Termin eine Anwesenheit „anwesend“ oder „teilweise“; "
                      "ohne erfasste Anwesenheit zählen die Angemeldeten"),
    ("Teilnehmende", "verschiedene Personen hinter den Teilnahmetagen"),
    ("Kommunen", "erreichte Kommunen: an der Veranstaltung beteiligt, Gastgeberstadt oder "
                 "Kommune der Teilnehmenden"),
    ("UE", "gehaltene Unterrichtseinheiten (Dauer abzüglich Pausen)"),
    ("Anwesenheit", "besuchte / gebuchte Unterrichtseinheiten der Termine mit erfasster "
                    "Anwesenheit"),
    ("Bescheinigungen", "im Zeitraum ausgestellte Teilnahmebescheinigungen"),
]


def _value(fig: Figures, attr: str) -> float | int | None:
    return getattr(fig, attr)


def _format_for(kind: str) -> str:
    return {"rate": RATE_FORMAT, "units": UNITS_FORMAT}.get(kind, INT_FORMAT)


def write_report_xlsx(report: Report, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    title_font = Font(bold=True, size=14)
    fill = PatternFill("solid", fgColor="E8EEF5")
    wrap = Alignment(wrap_text=True, vertical="top")
    taken: set[str] = set()

    ws = wb.create_sheet(safe_sheet_title("Übersicht", taken))
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 70
    ws.append([safe_cell("Bericht Transferplaner", ws, font=title_font)])
    ws.append([safe_cell("Zeitraum", ws, font=bold), safe_cell(report.period_label, ws)])
    ws.append([safe_cell("Standort", ws, font=bold), safe_cell(report.office_label, ws)])
    ws.append([safe_cell("Stichtag", ws, font=bold),
               safe_cell(f"{report.as_of:%d.%m.%Y %H:%M}", ws)])
    ws.append([])
    ws.append([safe_cell("Kennzahl", ws, font=bold, fill=fill),
               safe_cell("Wert", ws, font=bold, fill=fill)])
    for label, attr, kind in FIGURE_COLUMNS:
        ws.append([safe_cell(label, ws),
                   safe_cell(_value(report.total, attr), ws, number_format=_format_for(kind))])
    for label, attr in (("Termine geplant (nach Stichtag)", "sessions_planned"),
                        ("Termine abgesagt", "sessions_cancelled"),
                        ("Termine ohne erfasste Anwesenheit", "sessions_without_attendance")):
        ws.append([safe_cell(label, ws),
                   safe_cell(_value(report.total, attr), ws, number_format=INT_FORMAT)])
    ws.append([])
    ws.append([safe_cell("Begriffe", ws, font=bold, fill=fill), safe_cell(None, ws, fill=fill)])
    for label, text in DEFINITIONS:
        ws.append([safe_cell(label, ws), safe_cell(text, ws, alignment=wrap)])

    for dim, title in DIMENSIONS.items():
        rows = month_series(report) if dim == "month" else report.breakdowns.get(dim, [])
        _table_sheet(wb, safe_sheet_title(f"nach {title}", taken), title, rows,
                     bold, fill, wrap)
    if report.evaluation is not None:
        _evaluation_sheet(wb, safe_sheet_title("Rückmeldungen", taken), report.evaluation,
                          bold, fill, wrap)
    wb.save(path)


def _evaluation_sheet(wb, title: str, section: EvaluationSection,  # noqa: ANN001
                      bold, fill, wrap) -> None:  # noqa: ANN001
    from openpyxl.utils import get_column_letter

    from planner.reports import feedback_section as fs

    ws = wb.create_sheet(title)
    ws.column_dimensions["A"].width = 45
    for i in range(len(fs.COLUMNS)):
        ws.column_dimensions[get_column_letter(i + 2)].width = 16
    ws.append([safe_cell(fs.SECTION_TITLE, ws, font=bold)])
    ws.append([safe_cell(fs.section_note(section), ws)])
    formats = [INT_FORMAT, INT_FORMAT, RATE_FORMAT] + [MEAN_FORMAT] * (len(fs.COLUMNS) - 3)
    for group_title, rows in fs.groups(section):
        ws.append([])
        ws.append([safe_cell(h, ws, font=bold, fill=fill, alignment=wrap)
                   for h in (f"nach {group_title}", *fs.COLUMNS)])
        for label, result in [(r.label, r.result) for r in rows] + [("Insgesamt",
                                                                      section.total)]:
            if result.suppressed:
                ws.append([safe_cell(label, ws),
                           safe_cell(f"weniger als {result.threshold} Rückmeldungen", ws)])
                continue
            ws.append([safe_cell(label, ws),
                       *(safe_cell(v, ws, number_format=f)
                         for v, f in zip(fs.figures(result), formats, strict=True))])


def _table_sheet(wb, title: str, first_header: str, rows: list[ReportRow],  # noqa: ANN001
                 bold, fill, wrap) -> None:  # noqa: ANN001
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    ws.column_dimensions["A"].width = 40
    for i in range(len(FIGURE_COLUMNS)):
        ws.column_dimensions[get_column_letter(i + 2)].width = 15
    ws.freeze_panes = "B2"
    ws.append([safe_cell(h, ws, font=bold, fill=fill, alignment=wrap)
               for h in (first_header, *(c[0] for c in FIGURE_COLUMNS))])
    for row in rows:
        ws.append([safe_cell(row.label, ws),
                   *(safe_cell(_value(row.figures, attr), ws, number_format=_format_for(kind))
                     for _label, attr, kind in FIGURE_COLUMNS)])


def export_report_xlsx(report: Report, target: Path) -> ExportResult:
    with atomic_target(target) as tmp:
        write_report_xlsx(report, tmp)
    return ExportResult(files=[Path(target)], count=len(DIMENSIONS) + 1)
