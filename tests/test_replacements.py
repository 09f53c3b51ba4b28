"""Replacement dates (observation 6): adding a replacement for a cancelled session moves
its registrations, checks capacity and conflicts, and reports who could not be moved."""

from __future__ import annotations

from datetime import date, datetime, time

from openpyxl import load_workbook
from sqlalchemy import select

from planner.exports.signature_list import export_signature_list
from planner.models import Registration, Session
from planner.usecases.people import add_person
from planner.usecases.planning import EventPlan, SessionPlan, cancel_session, create_event
from planner.usecases.registration import register
from tests.rules_support import make_event, weekly

REPLACEMENT = SessionPlan(start=datetime(2027, 5, 4, 9, 30), end=datetime(2027, 5, 4, 16, 30))


def _series(db, persons=2, capacity=None):
    return make_event(db, format="training_series", days=weekly(date(2027, 3, 2), 6),
                      start=time(9, 30), end=time(16, 30), persons=persons, capacity=capacity)


def _module_bookers(db, fx, n, session_index=2):
    with db.transaction() as orm:
        ids = []
        for i in range(n):
            pid = add_person(orm, first_name="Modul", last_name=f"Bucher{i}").value.id
            register(orm, fx.event_id, pid, session_ids=[fx.session_ids[session_index]],
                     force=True)
            ids.append(pid)
    return ids


def _replace(db, fx, index=2, plan=REPLACEMENT, **kw):
    from planner.usecases.replacement import add_replacement

    with db.transaction() as orm:
        cancel_session(orm, fx.session_ids[index], "Referentin erkrankt")
        outcome = add_replacement(orm, fx.session_ids[index], plan, **kw)
        return outcome.value.session.id, outcome


def test_module_bookers_move_to_the_replacement_and_sign_its_list(db, tmp_path):
    fx = _series(db, persons=2)
    movers = _module_bookers(db, fx, 2)
    new_id, outcome = _replace(db, fx)
    with db.reading() as orm:
        new = orm.get(Session, new_id)
        assert new.replaces_id == fx.session_ids[2]
        assert new.title == "Modul 3 (Ersatztermin)" and new.kind == "module"
        for pid in movers:
            reg = orm.scalar(select(Registration).where(Registration.person_id == pid))
            assert new_id in {s.id for s in reg.chosen_sessions}
        result = export_signature_list(orm, new_id, tmp_path / "ersatz.xlsx")
    sheet = load_workbook(result.files[0]).active
    names = {row[1] for row in sheet.iter_rows(values_only=True) if row[1]}
    # whole-series bookers and both module bookers are on the replacement's list
    assert {"Bucher0", "Bucher1", "Beispiel0", "Beispiel1"} <= names
    text = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
    assert "Ersatz für Modul 3" in text and "16.03.2027" in text
    assert len(outcome.value.moved) == 2 and not outcome.value.not_moved


def test_full_replacement_and_conflicts_are_reported(db):
    fx = _series(db, persons=1, capacity=4)
    movers = _module_bookers(db, fx, 3)
    with db.transaction() as orm:  # one mover is busy elsewhere at the new date
        other = create_event(orm, EventPlan(
            format="conference", title="Fachtagung am selben Tag", office="hamburg",
            sessions=[SessionPlan(start=datetime(2027, 5, 4, 10), end=datetime(2027, 5, 4, 15))]),
            force=True).value
        register(orm, other.id, movers[0], force=True)
    smaller = SessionPlan(start=REPLACEMENT.start, end=REPLACEMENT.end, capacity=2)
    _new_id, outcome = _replace(db, fx, plan=smaller)
    report = outcome.value
    # The replacement room has 2 places: the whole-series booker holds one, the first
    # mover is busy elsewhere, the second gets the other place, the third finds it full.
    assert report.moved == ["Modul Bucher1"]
    assert [name for name, _why in report.not_moved] == ["Modul Bucher0", "Modul Bucher2"]
    assert "zur selben Zeit" in report.not_moved[0][1]
    assert "ausgebucht" in report.not_moved[1][1]
    assert sum("Nicht umgebucht" in w.message for w in outcome.warnings) == 2


def test_replacement_only_for_a_cancelled_session_and_only_once(db):
    import pytest

    from planner.errors import ValidationError
    from planner.usecases.replacement import add_replacement

    fx = _series(db, persons=1)
    with pytest.raises(ValidationError, match="nicht abgesagt"), db.transaction() as orm:
        add_replacement(orm, fx.session_ids[1], REPLACEMENT)
    _replace(db, fx, index=1)
    with pytest.raises(ValidationError, match="bereits einen Ersatztermin"):
        with db.transaction() as orm:
            add_replacement(orm, fx.session_ids[1], SessionPlan(
                start=datetime(2027, 5, 11, 9, 30), end=datetime(2027, 5, 11, 16, 30)))


def test_cli_session_replace(db, db_args, capsys):
    from planner.cli.main import main

    fx = _series(db, persons=1)
    _module_bookers(db, fx, 1)
    with db.transaction() as orm:
        cancel_session(orm, fx.session_ids[2], "Raum fehlt")
    db.close()
    assert main([*db_args, "session", "replace", str(fx.session_ids[2]),
                 "--start", "2027-05-04T09:30", "--end", "2027-05-04T16:30"]) == 0
    out = capsys.readouterr().out
    assert "Ersatztermin" in out and "1 Person umgebucht" in out
