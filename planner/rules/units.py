"""Teaching time: sum minutes first, convert once, round once for display.

A session's *teaching minutes* are its length less its break (never negative; an all-day
item without times has none). A person's *attended minutes* are the teaching minutes for
"present", the recorded minutes (at most the teaching minutes) for "partly present", and
nothing otherwise. Totals are sums of minutes; only a total is converted to teaching units
(UE, the event's unit length, 45 minutes by default) and hours (60 minutes), and only the
text shown to people is rounded (half up, one decimal for UE, two for hours).

Lines that must add up to a printed total (the sessions on a certificate) get their shares
by the largest-remainder method: each line is within 0.1 UE of its exact value and the
column adds up to the total exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from planner.models.enums import AttendanceStatus
from planner.wording import number

if TYPE_CHECKING:
    from planner.models import Session

DEFAULT_UNIT_MINUTES = 45


def teaching_minutes(start: datetime, end: datetime, break_minutes: int | None, *,
                     all_day: bool = False) -> int:
    """The session's length less its break, never negative; 0 for an all-day item."""
    if all_day:
        return 0
    length = int((end - start).total_seconds() // 60)
    return max(0, length - (break_minutes or 0))


def session_minutes(session: Session) -> int:
    """Teaching minutes of a stored session (its own break, else the event's default)."""
    return teaching_minutes(session.start, session.end, session.effective_break_minutes,
                            all_day=session.all_day)


def unit_minutes_of(session: Session) -> int:
    return (session.event.unit_minutes if session.event else 0) or DEFAULT_UNIT_MINUTES


def attended_minutes(teaching: int, status: str | None, minutes: int | None) -> int:
    """What one attendance mark counts: all, the recorded part, or nothing."""
    if status == AttendanceStatus.PRESENT:
        return teaching
    if status == AttendanceStatus.PARTIAL:
        return max(0, min(teaching, minutes or 0))
    return 0


def _half_up(value: Fraction) -> int:
    """Round a non-negative fraction to the nearest integer, halves up."""
    return int((value * 2 + 1) // 2)


def tenths_of(minutes: int, unit_minutes: int) -> int:
    """Teaching units in tenths, rounded once (half up)."""
    return _half_up(Fraction(minutes * 10, unit_minutes or DEFAULT_UNIT_MINUTES))


def units_text(tenths: int, lang: str = "de") -> str:
    return number(Decimal(tenths) / 10, 1, lang)


@dataclass(frozen=True)
class Duration:
    """An amount of teaching time in minutes, shown as teaching units and hours."""

    minutes: int
    unit_minutes: int = DEFAULT_UNIT_MINUTES

    @property
    def units(self) -> Fraction:
        return Fraction(self.minutes, self.unit_minutes or DEFAULT_UNIT_MINUTES)

    @property
    def hours(self) -> Fraction:
        return Fraction(self.minutes, 60)

    @property
    def units_tenths(self) -> int:
        return tenths_of(self.minutes, self.unit_minutes)

    @property
    def units_rounded(self) -> float:
        """The displayed teaching units as a number (for JSON and spreadsheets)."""
        return self.units_tenths / 10

    @property
    def hours_rounded(self) -> float:
        return _half_up(self.hours * 100) / 100

    def units_text(self, lang: str = "de") -> str:
        return units_text(self.units_tenths, lang)

    def hours_text(self, lang: str = "de") -> str:
        return hours_text(_half_up(self.hours * 100), lang)

    def __add__(self, other: Duration) -> Duration:
        if self.unit_minutes != other.unit_minutes:
            raise ValueError("durations with different unit lengths")
        return Duration(self.minutes + other.minutes, self.unit_minutes)


def _apportion(exact: list[Fraction]) -> list[int]:
    """Integers that add up to the rounded sum of `exact` (largest-remainder method):
    every part gets its value rounded down, and what is still missing to the (once
    rounded) total goes to the parts with the largest remainders, the earlier part first
    on a tie. No part moves by one or more."""
    floors = [int(e) for e in exact]
    missing = _half_up(sum(exact, Fraction(0))) - sum(floors)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in order[:missing]:
        floors[i] += 1
    return floors


def apportion_tenths(minutes: list[int], unit_minutes: int) -> list[int]:
    """Each part's teaching units in tenths, adding up to the total rounded once."""
    unit = unit_minutes or DEFAULT_UNIT_MINUTES
    return _apportion([Fraction(m * 10, unit) for m in minutes])


def apportion_hundredth_hours(minutes: list[int]) -> list[int]:
    """Each part's hours in hundredths, adding up to the total rounded once."""
    return _apportion([Fraction(m * 100, 60) for m in minutes])


def hours_text(hundredths: int, lang: str = "de") -> str:
    return number(Decimal(hundredths) / 100, 2, lang)


def session_units(session: Session) -> float:
    """One session's teaching units as displayed (rounded once, to a tenth)."""
    return Duration(session_minutes(session), unit_minutes_of(session)).units_rounded
