"""Signature lists (Unterschriftenlisten) per event day, as print-ready A4 .xlsx or PDF.

A list goes round a room: it carries names and organisations only, never e-mail addresses
or phone numbers.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from planner.audit import audited_export
from planner.checks import registered_person_ids
from planner.errors import NotFoundError, PlannerError
from planner.exports.result import ExportResult
from planner.exports.signature_sheet import (
    COLUMNS,
    TITLE,
    TRAINER_LABEL,
    WALK_IN_ROWS,
    SignatureRow,
    SignatureSheet,
)
from planner.exports.xlsx_safe import (
    format_units,
    german_date,
    join_nonempty,
    name_sort_key,
    safe_sheet_title,
    set_safe,
)
from planner.files import atomic_target
from planner.models import Event, Person, Session, SessionTrainer
from planner.models.enums import FORMAT_LABELS_DE
from planner.rules.units import session_units
from planner.settings import FUNDING_NOTE

SUFFIXES = (".xlsx", ".pdf")


def _times(session: Session) -> str:
    if session.all_day:
        return "ganztägig"
    if session.start.date() != session.end.date():
        return f"{session.start:%d.%m.%Y %H:%M} – {session.end:%d.%m.%Y %H:%M} Uhr"
    return f"{session.start:%H:%M}–{session.end:%H:%M} Uhr"


def _date_text(session: Session) -> str:
    first = german_date(session.start)
    last_day = session.end.date()
    if session.all_day and session.end.time() == session.start.time() and last_day > \
            session.start.date():
        last_day = date.fromordinal(last_day.toordinal() - 1)  # exclusive end of all-day items
    if last_day > session.start.date():
        return f"{first} bis {german_date(last_day)}"
    return first


def _venue(session: Session) -> str:
    if session.venue is not None:
        return session.venue.full_address()
    if session.host_municipality is not None:
        return session.host_municipality.name
    return "–"


def collect_session(orm: OrmSession, session: Session) -> SignatureSheet:
    """The content of one session's signature list."""
    event = session.event
    ids = registered_person_ids(orm, session)
    persons = orm.scalars(
        select(Person).where(Person.id.in_(ids)).options(selectinload(Person.organisation))
    ).all() if ids else []
    persons = sorted(persons, key=lambda p: name_sort_key(p.last_name, p.first_name, p.id))
    trainers = orm.scalars(
        select(Person).join(SessionTrainer, SessionTrainer.person_id == Person.id)
        .where(SessionTrainer.session_id == session.id)
    ).all()
    funding = event.funding_note or FUNDING_NOTE.get(orm)
    units = session_units(session)
    return SignatureSheet(
        event_title=event.title,
        format_label=FORMAT_LABELS_DE.get(event.format, event.format),  # type: ignore[call-overload]
        session_title=session.title or "",
        day=session.start.date(),
        date_text=_date_text(session),
        times_text=_times(session),
        venue_text=_venue(session),
        units_text=f"{format_units(units)} UE ({event.unit_minutes} Minuten je UE)",
        office_text=event.office.name if event.office else "",
        funding_note=str(funding),
        trainers=[p.full_name for p in sorted(
            trainers, key=lambda p: name_sort_key(p.last_name, p.first_name, p.id))],
        rows=[SignatureRow(p.last_name, p.first_name,
                           p.organisation.name if p.organisation else "") for p in persons],
    )


def _check_suffix(target: Path) -> str:
    suffix = Path(target).suffix.lower()
    if suffix not in SUFFIXES:
        raise PlannerError(
            f"Unbekanntes Dateiformat „{Path(target).suffix or Path(target).name}“ für die "
            "Unterschriftenliste: bitte .xlsx oder .pdf angeben."
        )
    return suffix


def session_sheet(orm: OrmSession, session_id: int) -> SignatureSheet:
    session = orm.get(Session, session_id)
    if session is None:
        raise NotFoundError(f"Termin {session_id} gibt es nicht.")
    if session.is_cancelled:
        raise PlannerError("Der Termin ist abgesagt: keine Unterschriftenliste.")
    sheet = collect_session(orm, session)
    if not sheet.rows:
        raise PlannerError("Für diesen Termin ist niemand angemeldet: keine Unterschriftenliste.")
    return sheet


def event_sheets(orm: OrmSession, event_id: int) -> tuple[list[SignatureSheet], list[str]]:
    """One sheet per non-cancelled session with registered persons, and notes on the rest."""
    event = orm.get(Event, event_id)
    if event is None:
        raise NotFoundError(f"Veranstaltung {event_id} gibt es nicht.")
    sheets: list[SignatureSheet] = []
    skipped: list[str] = []
    for session in event.sessions:
        label = f"{session.title or 'Termin'} am {session.start:%d.%m.%Y}"
        if session.is_cancelled:
            skipped.append(f"{label}: abgesagt.")
            continue
        sheet = collect_session(orm, session)
        if not sheet.rows:
            skipped.append(f"{label}: niemand angemeldet.")
            continue
        sheets.append(sheet)
    if not sheets:
        raise PlannerError(
            f"„{event.title}“ hat keinen stattfindenden Termin mit Anmeldungen: "
            "keine Unterschriftenliste."
        )
    return sheets, skipped


@audited_export("Unterschriftenliste", "session")
def export_signature_list(orm: OrmSession, session_id: int, target: Path) -> ExportResult:
    """The signature list of one session as .xlsx or .pdf (by the target's suffix)."""
    suffix = _check_suffix(target)
    sheet = session_sheet(orm, session_id)
    _write([sheet], Path(target), suffix)
    return ExportResult(files=[Path(target)], count=len(sheet.rows))


@audited_export("Unterschriftenlisten", "event")
def export_event_signature_lists(orm: OrmSession, event_id: int, target: Path) -> ExportResult:
    """All event days' lists in one file: one sheet (xlsx) or page group (pdf) per day."""
    suffix = _check_suffix(target)
    sheets, skipped = event_sheets(orm, event_id)
    _write(sheets, Path(target), suffix)
    return ExportResult(files=[Path(target)], count=sum(len(s.rows) for s in sheets),
                        skipped=skipped)


def _write(sheets: list[SignatureSheet], target: Path, suffix: str) -> None:
    with atomic_target(target) as tmp:
        if suffix == ".pdf":
            from planner.exports.signature_list_pdf import write_pdf

            write_pdf(sheets, tmp)
        else:
            write_xlsx(sheets, tmp)


# --- xlsx -----------------------------------------------------------------------------------

WIDTHS = (6, 24, 20, 30, 32)
ROW_HEIGHT = 30  # points: room for a signature
CHARS_PER_LINE = 78  # roughly what fits in the merged value columns C:E


def _hf_text(text: str, limit: int = 80) -> str:
    """Header/footer text: '&' escaped, length kept under Excel's 255-character limit."""
    short = text if len(text) <= limit else text[: limit - 1] + "…"
    return short.replace("&", "&&")


def write_xlsx(sheets: list[SignatureSheet], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    for sheet in sheets:
        ws = wb.create_sheet(safe_sheet_title(sheet.short_title, taken))
        _fill_sheet(ws, sheet)
    wb.save(path)


def _fill_sheet(ws, sheet: SignatureSheet) -> None:  # noqa: ANN001 - openpyxl worksheet
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    middle = Alignment(wrap_text=True, vertical="center")
    for i, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = width

    row = 1
    set_safe(ws.cell(row, 1), TITLE)
    ws.cell(row, 1).font = Font(size=16, bold=True)
    ws.row_dimensions[row].height = 24
    row += 1
    for label, value in sheet.header_lines:
        set_safe(ws.cell(row, 1), label)
        ws.cell(row, 1).font = Font(bold=True)
        ws.cell(row, 1).alignment = wrap
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        set_safe(ws.cell(row, 3), value)
        ws.cell(row, 3).alignment = wrap
        if label == "Veranstaltung":
            ws.cell(row, 3).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=5)
        lines = max(1, -(-len(value) // CHARS_PER_LINE))
        ws.row_dimensions[row].height = 15 * lines
        row += 1
    set_safe(ws.cell(row, 1), sheet.funding_note)
    ws.cell(row, 1).font = Font(italic=True)
    ws.cell(row, 1).alignment = wrap
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    row += 2

    header_row = row
    for col, title in enumerate(COLUMNS, 1):
        cell = ws.cell(row, col)
        set_safe(cell, title)
        cell.font = Font(bold=True)
        cell.border = box
        cell.alignment = middle
    ws.row_dimensions[row].height = 20
    for n, person in enumerate(sheet.rows, 1):
        row += 1
        _table_row(ws, row, (n, person.last_name, person.first_name, person.organisation),
                   box, middle)
    for n in range(len(sheet.rows) + 1, len(sheet.rows) + 1 + WALK_IN_ROWS):
        row += 1
        _table_row(ws, row, (n, None, None, None), box, middle)

    row += 2
    bottom = Border(bottom=thin)
    for name in sheet.trainers or [""]:
        set_safe(ws.cell(row, 1), TRAINER_LABEL)
        ws.cell(row, 1).font = Font(bold=True)
        ws.cell(row, 1).alignment = Alignment(vertical="bottom")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        for col in (3, 4):
            ws.cell(row, col).border = bottom
        if name:
            set_safe(ws.cell(row, 5), f"({name})")
            ws.cell(row, 5).alignment = Alignment(wrap_text=True, vertical="bottom")
        ws.row_dimensions[row].height = ROW_HEIGHT
        row += 1

    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_area = f"A1:E{row}"
    setup = ws.page_setup
    setup.paperSize = ws.PAPERSIZE_A4
    setup.orientation = ws.ORIENTATION_PORTRAIT
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.8
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.oddHeader.left.text = _hf_text(sheet.event_title)
    ws.oddHeader.left.size = 9
    ws.oddHeader.right.text = _hf_text(sheet.date_text, 40)
    ws.oddHeader.right.size = 9
    ws.oddFooter.left.text = _hf_text(sheet.funding_note, 90)
    ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = "Seite &P von &N"
    ws.oddFooter.right.size = 9


def _table_row(ws, row: int, values: tuple, box, align) -> None:  # noqa: ANN001
    from openpyxl.styles import Alignment

    centred = Alignment(horizontal="center", vertical="center")
    for col, value in enumerate((*values, None), 1):
        cell = ws.cell(row, col)
        if value is not None:
            set_safe(cell, value)
        cell.border = box
        cell.alignment = centred if col == 1 else align
    ws.row_dimensions[row].height = ROW_HEIGHT


def sheet_title_text(sheet: SignatureSheet) -> str:
    """One line describing the list, e.g. for page headers."""
    return join_nonempty([sheet.event_title, sheet.date_text], " – ")
