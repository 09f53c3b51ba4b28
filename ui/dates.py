"""What people type into a date or time field, read the way Excel and Outlook read it.

Dates: ``9.3.27``, ``09.03.2027``, ``9.3.`` (year of the field's current date), ``9.3``,
``090327``, ``09032027``, ``2027-03-09``, ``9/3/27``; ``+7`` / ``-7`` days, ``+2w`` weeks
from the field's current date; ``heute``/``h``/``today``/``t``, ``morgen``/``tomorrow``.
Times: ``9``, ``930``, ``0930``, ``9:30``, ``9.30``, ``9,30``, ``9h30``.
Everything that is not a real date or time reads as None (the field keeps its value).
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

_SEP = r"[.\-/ ]"
_DMY = re.compile(rf"^(\d{{1,2}}){_SEP}(\d{{1,2}})(?:{_SEP}(\d{{2}}|\d{{4}})?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DIGITS = re.compile(r"^\d{6}$|^\d{8}$|^\d{4}$")
_RELATIVE = re.compile(r"^([+-])\s*(\d{1,4})\s*([tdwm]?)$")
_TODAY = {"heute", "h", "today", "t"}
_TOMORROW = {"morgen", "m", "tomorrow"}


def _year(text: str | None, reference: date) -> int:
    if not text:
        return reference.year
    value = int(text)
    if len(text) == 2:  # 00–69: 2000s, 70–99: 1900s (as spreadsheets read them)
        return 2000 + value if value < 70 else 1900 + value
    return value


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(day: date, months: int) -> date | None:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for d in range(day.day, 27, -1):  # 31.1. + 1 month: the last day of February
        result = _make(year, month + 1, d)
        if result is not None:
            return result
    return _make(year, month + 1, day.day)


def parse_date(text: str, reference: date, today: date | None = None) -> date | None:
    """The date `text` means, relative to the field's current date `reference`."""
    raw = text.strip().lower()
    if not raw:
        return None
    today = today or date.today()
    if raw in _TODAY:
        return today
    if raw in _TOMORROW:
        return today + timedelta(days=1)
    relative = _RELATIVE.match(raw)
    if relative:
        sign = 1 if relative.group(1) == "+" else -1
        amount = sign * int(relative.group(2))
        unit = relative.group(3)
        if unit == "w":
            return reference + timedelta(weeks=amount)
        if unit == "m":
            return add_months(reference, amount)
        return reference + timedelta(days=amount)
    raw = re.sub(r"^[a-zäöü]{2,10}\.?,?\s+", "", raw)  # "Di. 09.03.2027": weekday ignored
    iso = _ISO.match(raw)
    if iso:
        return _make(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    if _DIGITS.match(raw):
        year = _year(raw[4:], reference) if len(raw) > 4 else reference.year
        return _make(year, int(raw[2:4]), int(raw[0:2]))
    dmy = _DMY.match(raw)
    if dmy:
        return _make(_year(dmy.group(3), reference), int(dmy.group(2)), int(dmy.group(1)))
    return None


_TIME = re.compile(r"^(\d{1,2})(?:\s*[:.,h]\s*(\d{1,2}))?\s*(?:uhr|h)?$")
_TIME_DIGITS = re.compile(r"^(\d{1,2})(\d{2})$")


def parse_time(text: str) -> time | None:
    """The time of day `text` means (24-hour clock), else None."""
    raw = text.strip().lower()
    if not raw:
        return None
    digits = _TIME_DIGITS.match(raw)
    if digits:
        hour, minute = int(digits.group(1)), int(digits.group(2))
    else:
        match = _TIME.match(raw)
        if not match:
            return None
        hour = int(match.group(1))
        minute = int(match.group(2) or 0)
        if match.group(2) is not None and len(match.group(2)) == 1:
            minute *= 10  # "9.3" is 9:30, as on a clock face
    if hour == 24 and minute == 0:
        return None
    if not (0 <= hour < 24 and 0 <= minute < 60):
        return None
    return time(hour, minute)
