"""The report as an .xlsx workbook: an overview sheet, one table per breakdown and the list
of events.

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
    MUNICIPALITY_COLUMNS,
    EventLine,
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
                 "Kommune der Teilnehmenden; getrennt gezählt ab 250.000 Einwohnern (die "
                 "Großstädte der Zielgruppe), unter 250.000 und ohne erfasste Einwohnerzahl"),
    ("UE", "gehaltene Unterrichtseinheiten (Dauer abzüglich Pausen)"),
    ("Anwesenheit", "besuchte / gebuchte Unterrichtseinheiten der Termine mit erfasster "
                    "Anwesenheit"),
    ("Bescheinigungen", "gültige Teilnahmebescheinigungen, deren letzter bescheinigter Termin "
                        "im Zeitraum liegt (gezählt im Jahr der Veranstaltung, nicht des "
                        "Ausstellungstags; ersetzte Fassungen zählen nicht)"),
]


def table_columns() -> list[tuple[str, str, str]]:
    """The figure columns of the .xlsx tables: the municipalities split after their total."""
    at = [attr for _l, attr, _k in FIGURE_COLUMNS].index("municipalities") + 1
    return [*FIGURE_COLUMNS[:at], *MUNICIPALITY_COLUMNS, *FIGURE_COLUMNS[at:]]


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
    for label, attr, kind in table_columns():
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
    _events_sheet(wb, safe_sheet_title("Veranstaltungen", taken), report.events,
                  bold, fill, wrap)
    if report.evaluation is not None:
        _evaluation_sheet(wb, safe_sheet_title("Rückmeldungen", taken), report.evaluation,
                          bold, fill, wrap)
    wb.save(path)


EVENT_HEADERS = ("Nr.", "Veranstaltung", "Format", "Standort", "Thema", "Termine im Zeitraum",
                 "Abgesagt", "Erreichte Kommunen")


def _events_sheet(wb, title: str, events: list[EventLine], bold, fill,  # noqa: ANN001
                  wrap) -> None:  # noqa: ANN001
    """Every event of the period: what it was and its figures."""
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    columns = [c for c in table_columns() if c[1] != "events"]  # always 1 here
    widths = (6, 45, 18, 12, 28, 24, 10, 40) + (14,) * len(columns)
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "C2"
    ws.append([safe_cell(h, ws, font=bold, fill=fill, alignment=wrap)
               for h in (*EVENT_HEADERS, *(c[0] for c in columns))])
    for line in events:
        ws.append([safe_cell(line.event_id, ws, number_format=INT_FORMAT),
                   safe_cell(line.title, ws, alignment=wrap),
                   safe_cell(line.format_label, ws), safe_cell(line.office_label, ws),
                   safe_cell(line.topic_label, ws, alignment=wrap),
                   safe_cell(", ".join(f"{d:%d.%m.%Y}" for d in line.dates) or "–", ws,
                             alignment=wrap),
                   safe_cell(line.cancelled, ws, number_format=INT_FORMAT),
                   safe_cell(", ".join(line.municipalities) or "–", ws, alignment=wrap),
                   *(safe_cell(_value(line.figures, attr), ws,
                               number_format=_format_for(kind))
                     for _label, attr, kind in columns)])


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
    columns = table_columns()
    for i in range(len(columns)):
        ws.column_dimensions[get_column_letter(i + 2)].width = 15
    ws.freeze_panes = "B2"
    ws.append([safe_cell(h, ws, font=bold, fill=fill, alignment=wrap)
               for h in (first_header, *(c[0] for c in columns))])
    for row in rows:
        ws.append([safe_cell(row.label, ws),
                   *(safe_cell(_value(row.figures, attr), ws, number_format=_format_for(kind))
                     for _label, attr, kind in columns)])


def export_report_xlsx(report: Report, target: Path) -> ExportResult:
    with atomic_target(target) as tmp:
        write_report_xlsx(report, tmp)
    return ExportResult(files=[Path(target)], count=len(DIMENSIONS) + 2)
