"""Person search in the registration and merge dialogs: names typed the way lists show them
("Kleinschmidt, D"), in any order, without accents; an empty result says so."""

from __future__ import annotations

import pytest

from planner.usecases.people import add_person
from tests.factories import make_series


@pytest.fixture
def persons(db) -> dict[str, int]:
    with db.transaction() as orm:
        return {
            "kleinschmidt": add_person(orm, first_name="Dieter", last_name="Kleinschmidt",
                                       email="dk@example.org").value.id,
            "klein": add_person(orm, first_name="Daniela", last_name="Klein",
                                email="daniela@example.org").value.id,
            "mueller": add_person(orm, first_name="Anna", last_name="Müller",
                                  email="am@example.org").value.id,
            "novak": add_person(orm, first_name="Jana", last_name="Novák",
                                email="jn@example.org").value.id,
        }


def _typed(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


@pytest.mark.parametrize(("typed", "who"), [
    ("Kleinschmidt, D", "kleinschmidt"), ("D Kleinschmidt", "kleinschmidt"),
    ("dieter kleinschmidt", "kleinschmidt"), ("Kleinschmidt Dieter", "kleinschmidt"),
    ("Novak", "novak"), ("Mueller", "mueller"), ("Muller, A", "mueller")])
def test_registration_dialog_finds_the_person(qtbot, db, persons, typed: str, who: str):
    from ui.registrations.add_dialog import AddRegistrationDialog

    series = make_series(db, persons=0)
    dialog = AddRegistrationDialog(db, series.event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _typed(qtbot, dialog.search_edit, typed)
    ids = [dialog.results.item(i).data(256) for i in range(dialog.results.count())]
    assert ids == [persons[who]]
    assert not dialog.no_hits_label.isVisible()
    dialog.results.setCurrentRow(0)
    assert dialog.person_id == persons[who]


def test_registration_dialog_says_when_nothing_is_found(qtbot, db, persons):
    from ui.registrations.add_dialog import AddRegistrationDialog

    series = make_series(db, persons=0)
    dialog = AddRegistrationDialog(db, series.event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _typed(qtbot, dialog.search_edit, "Kleinschmidt, Q")
    assert dialog.results.count() == 0
    assert dialog.no_hits_label.isVisible()
    assert dialog.no_hits_label.text() == "Keine Treffer für „Kleinschmidt, Q“"
    _typed(qtbot, dialog.search_edit, "Klein")
    assert dialog.results.count() == 2
    assert not dialog.no_hits_label.isVisible()


def test_merge_dialog_tolerant_search_and_no_hits(qtbot, db, persons):
    from ui.people.merge_dialog import MergeDialog

    dialog = MergeDialog(db, persons["klein"], None)
    qtbot.addWidget(dialog)
    dialog.show()
    _typed(qtbot, dialog.right.search, "Kleinschmidt, D")
    assert dialog.right.hits.count() == 1
    dialog.right.hits.setCurrentRow(0)
    assert dialog.right.person_id == persons["kleinschmidt"]
    _typed(qtbot, dialog.right.search, "Zzyzx")
    assert dialog.right.hits.count() == 0
    assert dialog.right.no_hits_label.isVisible()
    assert "„Zzyzx“" in dialog.right.no_hits_label.text()
