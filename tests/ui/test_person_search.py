"""Tolerant person search on the people page and its visible "no hits" message."""

from __future__ import annotations

import pytest

from planner.usecases.people import add_person
from ui.pages.people import PeoplePage


@pytest.fixture
def people(qtbot, db) -> PeoplePage:
    with db.transaction() as orm:
        add_person(orm, first_name="Dieter", last_name="Kleinschmidt", email="dk@example.org")
        add_person(orm, first_name="Daniela", last_name="Klein", email="dkl@example.org")
        add_person(orm, first_name="Anna", last_name="Müller", email="am@example.org")
    page = PeoplePage(db)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    return page


def _search(qtbot, page: PeoplePage, text: str) -> list[str]:
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    page.apply_search()
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


@pytest.mark.parametrize("typed", ["Kleinschmidt, D", "D Kleinschmidt", "dieter kleinschmidt",
                                   "Kleinschmidt Dieter"])
def test_name_forms_find_the_person(qtbot, people: PeoplePage, typed: str):
    assert _search(qtbot, people, typed) == ["Kleinschmidt"]
    assert not people.no_hits_label.isVisible()


@pytest.mark.parametrize("typed", ["Muller", "Mueller", "MUEL"])
def test_accent_free_spellings_find_the_person(qtbot, people: PeoplePage, typed: str):
    assert _search(qtbot, people, typed) == ["Müller"]


def test_empty_result_says_so(qtbot, people: PeoplePage):
    assert _search(qtbot, people, "Kleinschmidt, Q") == []
    assert people.no_hits_label.isVisible()
    assert people.no_hits_label.text() == "Keine Treffer für „Kleinschmidt, Q“"
    assert _search(qtbot, people, "Klein") == ["Klein", "Kleinschmidt"]
    assert not people.no_hits_label.isVisible()
