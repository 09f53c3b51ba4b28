"""Series dates by rhythm skip holidays and the Christmas break."""

from __future__ import annotations

from datetime import date

import pytest

from planner.rules.series_dates import (
    BIWEEKLY,
    MONTHLY,
    TRIWEEKLY,
    WEEKLY,
    blocked,
    first_free_day,
    series_dates,
)


def test_weekly_series_leaves_out_easter_monday_and_continues() -> None:
    # Mondays from 15.3.2027; Easter Monday is 29.3.2027
    dates = series_dates(date(2027, 3, 15), 6, WEEKLY, "BE")
    assert dates == [date(2027, 3, 15), date(2027, 3, 22), date(2027, 4, 5),
                     date(2027, 4, 12), date(2027, 4, 19), date(2027, 4, 26)]


def test_christmas_break_is_skipped() -> None:
    dates = series_dates(date(2026, 12, 15), 4, WEEKLY, None)
    assert dates == [date(2026, 12, 15), date(2026, 12, 22), date(2027, 1, 5),
                     date(2027, 1, 12)]


@pytest.mark.parametrize(("rhythm", "second"), [
    (BIWEEKLY, date(2027, 3, 16)), (TRIWEEKLY, date(2027, 3, 23)),
    (MONTHLY, date(2027, 4, 13)),  # the second Tuesday of March, then of April
])
def test_rhythms(rhythm: str, second: date) -> None:
    assert series_dates(date(2027, 3, 2 if rhythm != MONTHLY else 9), 2, rhythm, None)[1] \
        == second


def test_monthly_fifth_weekday_falls_back_to_the_last() -> None:
    # 30.3.2027 is the fifth Tuesday; April has four: 27.4.
    assert series_dates(date(2027, 3, 30), 2, MONTHLY, None)[1] == date(2027, 4, 27)


def test_regional_holiday_only_in_its_state() -> None:
    assert blocked(date(2027, 3, 8), "BE") == "Frauentag"
    assert blocked(date(2027, 3, 8), "HH") is None


def test_first_free_day_is_no_christmas_tuesday() -> None:
    assert first_free_day(date(2026, 12, 26), 1, None) == date(2027, 1, 5)
    assert first_free_day(date(2027, 3, 1), 1, None) == date(2027, 3, 2)
