"""German and English figures: one rounding, the right decimal mark, the right plural."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.wording import count, in_days, number, percent


def test_german_decimal_comma_and_grouping() -> None:
    assert number(29.3333) == "29,3"
    assert number(22.0) == "22"
    assert number(1234.5) == "1.234,5"
    assert number(1234.5, 1, "en") == "1,234.5"
    assert number(0.05, 1) == "0,1"  # half-up, not banker's rounding


def test_percent_never_overstates() -> None:
    assert percent(0.7999) == "79,9 %"
    assert percent(0.8) == "80 %"
    assert percent(0.8, "en") == "80%"


def test_plurals() -> None:
    assert count(1, "Termin", "Termine") == "1 Termin"
    assert count(2, "Termin", "Termine") == "2 Termine"
    assert count(0, "Termin", "Termine") == "0 Termine"
    assert in_days(1) == "morgen"
    assert in_days(2) == "in 2 Tagen"
    assert in_days(-3) == "vor 3 Tagen"
    assert in_days(2, "en") == "in 2 days"


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
def test_german_and_english_differ_only_in_marks(value: float) -> None:
    de = number(value, 2, "de")
    en = number(value, 2, "en")
    swapped = en.replace(",", "\0").replace(".", ",").replace("\0", ".")
    assert de == swapped


def test_quoted_titles_never_nest() -> None:
    from planner.wording import quoted

    assert quoted("Netzwerk on Tour 2026") == "„Netzwerk on Tour 2026“"
    assert quoted("Netzwerk on Tour 2026", "en") == "“Netzwerk on Tour 2026”"
    assert quoted("Fachtagung „Vom Bericht zur Strategie“ 2026") == \
        "Fachtagung „Vom Bericht zur Strategie“ 2026"
