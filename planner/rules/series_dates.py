"""Dates of a series by rhythm: weekly, every two or three weeks, or monthly on the same
weekday, skipping public holidays and the days between Christmas and New Year."""

from __future__ import annotations

from datetime import date, timedelta

from planner.holiday_cache import holidays_of

WEEKLY, BIWEEKLY, TRIWEEKLY, MONTHLY = "weekly", "biweekly", "triweekly", "monthly"
RHYTHM_WEEKS = {WEEKLY: 1, BIWEEKLY: 2, TRIWEEKLY: 3}
RHYTHMS = (WEEKLY, BIWEEKLY, TRIWEEKLY, MONTHLY)
# Offices are closed or empty from Christmas Eve to New Year's Day.
CHRISTMAS_BREAK = "Weihnachten bis Neujahr"
MAX_TRIES = 10  # slots tried per wanted date before giving up on skipping


def in_christmas_break(day: date) -> bool:
    return (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day == 1)


def blocked(day: date, state: str | None) -> str | None:
    """Why no session should be planned on `day` (holiday name, Christmas break), or None."""
    holiday = holidays_of(day.year, state).get(day)
    if holiday:
        return holiday
    if in_christmas_break(day):
        return CHRISTMAS_BREAK
    return None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based) `weekday` of the month; the last one if the month has fewer."""
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    while day.month != month:
        day -= timedelta(days=7)
    return day


def slot(first: date, rhythm: str, k: int) -> date:
    """The k-th slot after `first` in the rhythm (k = 0 is `first`)."""
    if rhythm == MONTHLY:
        index = first.year * 12 + first.month - 1 + k
        year, month = divmod(index, 12)
        return _nth_weekday(year, month + 1, first.weekday(), (first.day - 1) // 7 + 1)
    if rhythm not in RHYTHM_WEEKS:
        raise ValueError(rhythm)
    return first + timedelta(weeks=RHYTHM_WEEKS[rhythm] * k)


def series_dates(first: date, count: int, rhythm: str, state: str | None) -> list[date]:
    """`count` dates from `first` (kept as given) in the rhythm; a slot on a holiday or in
    the Christmas break is left out and the series continues at the next slot."""
    if count <= 0:
        return []
    dates = [first]
    k = 1
    while len(dates) < count and k <= count * MAX_TRIES:
        candidate = slot(first, rhythm, k)
        if blocked(candidate, state) is None:
            dates.append(candidate)
        k += 1
    return dates


def first_free_day(day: date, weekday: int, state: str | None) -> date:
    """The first `weekday` (0 = Monday) on or after `day` that is no holiday and not in the
    Christmas break: the suggestion for a new plan's first date."""
    day += timedelta(days=(weekday - day.weekday()) % 7)
    for _ in range(52):
        if blocked(day, state) is None:
            return day
        day += timedelta(weeks=1)
    return day
