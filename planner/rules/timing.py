"""What may be recorded or certified at a given time.

Attendance is recorded only for a session that has begun (its start is not after now).
A session has *taken place* once its end has passed; certificates cover only sessions
that have taken place and are dated on or after the last session they certify, and not
after today.
"""

from __future__ import annotations

from datetime import date, datetime

from planner.errors import ValidationError


def has_begun(start: datetime, now: datetime) -> bool:
    return start <= now


def has_taken_place(end: datetime, now: datetime) -> bool:
    return end <= now


def check_attendance_time(title: str, start: datetime, now: datetime) -> None:
    """Refuse attendance for a session that has not begun yet (German message)."""
    if not has_begun(start, now):
        raise ValidationError(
            f"„{title}“ beginnt erst am {start:%d.%m.%Y} um {start:%H:%M} Uhr. Anwesenheit "
            "wird erst ab Beginn des Termins erfasst.")


def check_issue_date(issued_on: date, last_session_day: date | None, today: date) -> None:
    """A certificate is dated on or after the last session it certifies, and never after
    today (a date in the future would also put a future year into its serial number)."""
    if issued_on > today:
        raise ValidationError(
            f"Das Ausstellungsdatum {issued_on:%d.%m.%Y} liegt in der Zukunft. Bitte ein "
            f"Datum bis heute ({today:%d.%m.%Y}) wählen.")
    if last_session_day is not None and issued_on < last_session_day:
        raise ValidationError(
            f"Das Ausstellungsdatum {issued_on:%d.%m.%Y} liegt vor dem letzten bescheinigten "
            f"Termin ({last_session_day:%d.%m.%Y}). Bitte ein Datum ab diesem Tag wählen.")
