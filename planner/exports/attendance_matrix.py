"""The attendance matrix of an event (.xlsx): persons × sessions, units, rate, certificate.

Sheet "Anwesenheit": one row per registration, one column per non-cancelled session, then
booked and attended teaching units, the rate, which certificate the person gets (the same
decision as the certificates themselves: planner.rules) and the registration status; a
totals row counts who was there per session.
Sheet "Teilnehmende": contact data for the office (not for circulation).

Built for large events: four set-based queries, no per-row queries, and openpyxl's
write-only mode.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner import clock
from planner.audit import audited_export
from planner.errors import NotFoundError, PlannerError
from planner.exports.result import ExportResult
from planner.exports.xlsx_safe import name_sort_key, safe_cell
from planner.files import atomic_target
from planner.models import (
    Attendance,
    AttendanceStatus,
    Event,
    Organisation,
    Person,
    Registration,
    RegistrationStatus,
    Session,
    registration_session,
)
from planner.models.enums import ATTENDANCE_STATUS_LABELS_DE, REGISTRATION_STATUS_LABELS_DE
from planner.rules.attendance import PRESENT_LIKE, totals
from planner.rules.certificates import entitlements, summary_label
from planner.rules.facts import Booking, event_facts
from planner.timezones import to_local_naive

MATRIX_SHEET = "Anwesenheit"
CONTACT_SHEET = "Teilnehmende"
DATE_FORMAT = "DD.MM.YYYY"
RATE_FORMAT = "0.0%"
UNITS_FORMAT = "0.0"
TOTAL_LABEL = "Anwesend (inkl. teilweise)"
SUMMARY_HEADERS = ("UE gebucht", "UE besucht", "Quote", "Bescheinigung", "Anmeldestatus")
CONTACT_HEADERS = ("Nachname", "Vorname", "Titel", "Organisation/Kommune", "Funktion", "E-Mail",
                   "Telefon", "Anmeldestatus", "Buchung", "Angemeldet am", "Storniert am",
                   "Stornogrund", "Fotos erlaubt", "Teilnehmendenliste erlaubt",
                   "Einwilligung vom")


def consent_label(value: bool | None) -> str:
    """Unknown consent counts as no, and says so."""
    if value is None:
        return "nein (unbekannt)"
    return "ja" if value else "nein"


@dataclass
class MatrixRow:
    """One registration's line in the matrix (plain values, ready to write)."""

    last_name: str
    first_name: str
    title: str
    organisation: str
    function: str
    email: str
    phone: str
    status: str
    booking: str
    registered_on: date | None
    cancelled_on: date | None
    cancel_reason: str
    cells: list[str | None] = field(default_factory=list)
    consent_photos: bool | None = None
    consent_directory: bool | None = None
    consent_date: date | None = None
    units_booked: float = 0.0
    units_attended: float = 0.0
    rate: float | None = None
    certificate: str = "–"  # planner.rules.certificates.summary_label; "–" if not active
    person_id: int = 0


@dataclass
class Matrix:
    event: Event
    sessions: list[Session]
    rows: list[MatrixRow]
    present_counts: list[int]


def _local_day(value: datetime | None) -> date | None:
    if value is None:
        return None
    return to_local_naive(value.replace(tzinfo=UTC)).date()


def _status_label(status: str, minutes: int | None) -> str:
    if status == AttendanceStatus.PARTIAL:
        return f"teilweise ({minutes or 0} Min.)"
    return ATTENDANCE_STATUS_LABELS_DE.get(status, status)  # type: ignore[call-overload]


def build_matrix(orm: OrmSession, event_id: int, *, now: datetime | None = None) -> Matrix:
    now = now or clock.now()
    event = orm.get(Event, event_id)
    if event is None:
        raise NotFoundError(f"Veranstaltung {event_id} gibt es nicht.")
    sessions = [s for s in event.sessions if not s.is_cancelled]
    if not sessions:
        raise PlannerError(f"„{event.title}“ hat keinen stattfindenden Termin: "
                           "keine Anwesenheitsliste.")
    conn = orm.connection()  # plain row queries: no ORM loading overhead for 10,000s of rows
    regs = conn.execute(
        select(Registration.id, Registration.person_id, Registration.whole_event,
               Registration.status, Registration.registered_at, Registration.cancelled_at,
               Registration.cancel_reason, Person.last_name, Person.first_name, Person.title,
               Person.email, Person.phone, Person.function, Organisation.name,
               Person.consent_photos, Person.consent_directory, Person.consent_date,
               Registration.walk_in)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Registration.event_id == event_id)
    ).all()
    if not regs:
        raise PlannerError(f"Für „{event.title}“ gibt es keine Anmeldungen: "
                           "keine Anwesenheitsliste.")
    chosen: dict[int, set[int]] = {}
    for reg_id, session_id in conn.execute(
        select(registration_session.c.registration_id, registration_session.c.session_id)
        .join(Registration, Registration.id == registration_session.c.registration_id)
        .where(Registration.event_id == event_id)
    ):
        chosen.setdefault(reg_id, set()).add(session_id)
    recorded: dict[tuple[int, int], tuple[str, int | None]] = {
        (person_id, session_id): (status, minutes)
        for person_id, session_id, status, minutes in conn.execute(
            select(Attendance.person_id, Attendance.session_id, Attendance.status,
                   Attendance.minutes)
            .where(Attendance.session_id.in_([s.id for s in sessions]))
        )
    }

    facts = event_facts(event)
    titles = {s.id: s.title or f"Termin {i}" for i, s in enumerate(sessions, 1)}
    all_ids = {s.id for s in sessions}
    labels: dict[tuple[str, int | None], str] = {}
    present_counts = [0] * len(sessions)
    # Rows with the same booking and the same marks share their figures.
    figures_of: dict[tuple, tuple[float, float, float | None, str]] = {}

    rows: list[MatrixRow] = []
    for (reg_id, person_id, whole, status, registered_at, cancelled_at, reason, last, first,
         title, email, phone, function, org, photos, directory, consent_on, walk_in) in sorted(
            regs, key=lambda r: name_sort_key(r[7], r[8], r[1])):
        booked = all_ids if whole else chosen.get(reg_id, set()) & all_ids
        cells: list[str | None] = []
        marks: dict[int, tuple[str, int | None]] = {}
        for col, s in enumerate(sessions):
            rec = recorded.get((person_id, s.id)) if s.id in booked else None
            if rec is None:
                cells.append(None)
                continue
            label = labels.get(rec)
            if label is None:
                label = labels[rec] = _status_label(*rec)
            cells.append(label)
            marks[s.id] = rec
            if rec[0] in PRESENT_LIKE:
                present_counts[col] += 1
        active = status == RegistrationStatus.REGISTERED
        key = (whole, frozenset(booked), tuple(sorted(marks.items())), active)
        figures = figures_of.get(key)
        if figures is None:
            booking = Booking(person_id, bool(whole), frozenset(booked))
            sums = totals(facts, booking, marks)
            certificate = summary_label(entitlements(facts, booking, marks, now)) \
                if active else "–"
            # A waiting or cancelled booking nobody attended has no rate to state (a 0 %
            # would read as an absence).
            rated = sums.booked.minutes and (active or marks)
            figures = figures_of[key] = (
                sums.booked.units_rounded, sums.attended.units_rounded,
                float(sums.rate) if rated else None, certificate)
        total, attended, rate, certificate = figures
        rows.append(MatrixRow(
            last_name=last, first_name=first, title=title or "", organisation=org or "",
            function=function or "", email=email or "", phone=phone or "",
            status=REGISTRATION_STATUS_LABELS_DE.get(status, status),  # type: ignore[call-overload]
            booking=("vor Ort angemeldet: " if walk_in else "") + (
                "ganze Veranstaltung" if whole else ", ".join(
                    titles[s.id] for s in sessions if s.id in booked)),
            registered_on=_local_day(registered_at), cancelled_on=_local_day(cancelled_at),
            cancel_reason=reason or "", cells=cells,
            units_booked=total, units_attended=attended, rate=rate, certificate=certificate,
            person_id=person_id,
            consent_photos=photos, consent_directory=directory, consent_date=consent_on,
        ))
    return Matrix(event, sessions, rows, present_counts)


def session_header(session: Session, index: int) -> str:
    return f"{session.title or f'Termin {index}'}\n{session.start:%d.%m.%Y}"


@audited_export("Anwesenheitsliste mit Kontaktdaten", "event")
def export_attendance_matrix(orm: OrmSession, event_id: int, target: Path) -> ExportResult:
    """Write the attendance matrix and participants sheet of an event to an .xlsx file."""
    if Path(target).suffix.lower() != ".xlsx":
        raise PlannerError("Die Anwesenheitsliste wird als .xlsx-Datei gespeichert: bitte einen "
                           "Dateinamen mit der Endung .xlsx angeben.")
    matrix = build_matrix(orm, event_id)
    with atomic_target(target) as tmp:
        write_matrix(matrix, tmp)
    return ExportResult(files=[Path(target)], count=len(matrix.rows))


def _width(values: list[str], minimum: int, maximum: int) -> float:
    longest = max((len(v) for v in values), default=0)
    return float(min(maximum, max(minimum, longest + 2)))


def write_matrix(matrix: Matrix, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(MATRIX_SHEET)
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="E6E6E6")
    head_align = Alignment(wrap_text=True, vertical="top")
    rows = matrix.rows
    n_sessions = len(matrix.sessions)
    headers = ["Nachname", "Vorname", "Organisation/Kommune",
               *(session_header(s, i) for i, s in enumerate(matrix.sessions, 1)),
               *SUMMARY_HEADERS]
    widths = [_width([r.last_name for r in rows[:2000]], 12, 30),
              _width([r.first_name for r in rows[:2000]], 10, 24),
              _width([r.organisation for r in rows[:2000]], 14, 36),
              *([16.0] * n_sessions), 11.0, 11.0, 9.0, 24.0, 14.0]
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    last_col = get_column_letter(len(headers))
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{last_col}{len(rows) + 1}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    ws.row_dimensions[1].height = 30
    ws.append([safe_cell(h, ws, font=bold, fill=head_fill, alignment=head_align)
               for h in headers])
    append = ws.append
    for r in rows:
        append([
            safe_cell(r.last_name, ws), safe_cell(r.first_name, ws),
            safe_cell(r.organisation, ws), *r.cells,
            safe_cell(r.units_booked, ws, number_format=UNITS_FORMAT),
            safe_cell(r.units_attended, ws, number_format=UNITS_FORMAT),
            safe_cell(r.rate, ws, number_format=RATE_FORMAT),
            r.certificate, r.status,
        ])
    append([safe_cell(TOTAL_LABEL, ws, font=bold), None, None,
            *(safe_cell(c, ws, font=bold) for c in matrix.present_counts)])

    _write_contacts(wb, matrix, bold, head_fill, head_align)
    wb.save(path)


def _write_contacts(wb, matrix: Matrix, bold, fill, align) -> None:  # noqa: ANN001
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(CONTACT_SHEET)
    rows = matrix.rows
    sample = rows[:2000]
    widths = [_width([r.last_name for r in sample], 12, 30),
              _width([r.first_name for r in sample], 10, 24), 8.0,
              _width([r.organisation for r in sample], 14, 36),
              _width([r.function for r in sample], 10, 30),
              _width([r.email for r in sample], 14, 40),
              _width([r.phone for r in sample], 10, 22), 14.0,
              _width([r.booking for r in sample], 12, 40), 14.0, 13.0,
              _width([r.cancel_reason for r in sample], 12, 40), 16.0, 16.0, 14.0]
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "C2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(CONTACT_HEADERS))}{len(rows) + 1}"
    ws.append([safe_cell(h, ws, font=bold, fill=fill, alignment=align)
               for h in CONTACT_HEADERS])
    for r in rows:
        ws.append([
            safe_cell(r.last_name, ws), safe_cell(r.first_name, ws), safe_cell(r.title, ws),
            safe_cell(r.organisation, ws), safe_cell(r.function, ws), safe_cell(r.email, ws),
            safe_cell(r.phone, ws), r.status, safe_cell(r.booking, ws),
            safe_cell(r.registered_on, ws, number_format=DATE_FORMAT),
            safe_cell(r.cancelled_on, ws, number_format=DATE_FORMAT)
            if r.cancelled_on else None,
            safe_cell(r.cancel_reason, ws),
            consent_label(r.consent_photos), consent_label(r.consent_directory),
            safe_cell(r.consent_date, ws, number_format=DATE_FORMAT) if r.consent_date else None,
        ])
