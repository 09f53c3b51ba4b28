"""Tolerant person search: comma/order/accents do not matter."""

from __future__ import annotations

import pytest

from planner.text_search import fold, matches, tokens


@pytest.mark.parametrize("query", ["Kleinschmidt, D", "D Kleinschmidt", "dieter kleinschmidt",
                                   "Kleinschmidt Dieter", "KLEIN", "d,kl", ""])
def test_name_forms_match(query: str) -> None:
    assert matches(query, "Dieter", "Kleinschmidt")


@pytest.mark.parametrize("query", ["Kleinschmidt, E", "Dieterich", "schmidt", "x"])
def test_non_matches(query: str) -> None:
    assert not matches(query, "Dieter", "Kleinschmidt")


@pytest.mark.parametrize("query", ["Muller", "Mueller", "müller", "MÜLL"])
def test_umlaut_spellings(query: str) -> None:
    assert matches(query, "Anna", "Müller")


def test_accents_and_tokens() -> None:
    assert matches("Novak", "Jana Novák")
    assert not matches("Novak", "Jana Nowak")
    assert fold("Ågren") == "agren"
    assert tokens(" Kleinschmidt,D ") == ["kleinschmidt", "d"]
