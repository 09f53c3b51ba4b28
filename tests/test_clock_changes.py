"""Fault 15: wall-clock times that do not exist (spring forward) or occur twice (fall back).

2027-03-28T02:30 does not exist in Berlin; it was stored and exported without a word. Now
every way in (new event, move, copy, CLI) refuses it; 02:30 on 2027-10-31 is accepted with
a warning that says which of the two it means.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from planner.cli import main
from planner.errors import ValidationError
from planner.models import Session
from planner.usecases.planning import (
    EventPlan,
    SessionPlan,
    copy_event,
    create_event,
    move_session,
)
from tests.factories import make_series

GAP = datetime(2027, 3, 28, 2, 30)
TWICE = datetime(2027, 10, 31, 2, 30)


def test_berlin_knows_its_clock_changes():
    from planner.timezones import exists_in_berlin, occurs_twice_in_berlin

    assert not exists_in_berlin(GAP)
    assert exists_in_berlin(GAP - timedelta(minutes=31)) and exists_in_berlin(
        GAP + timedelta(minutes=30))
    assert occurs_twice_in_berlin(TWICE) and not occurs_twice_in_berlin(GAP)
    assert not occurs_twice_in_berlin(TWICE + timedelta(hours=1))


def _plan(start: datetime) -> EventPlan:
    return EventPlan(format="network_group", title="Nachtwanderung", office="hamburg",
                     sessions=[SessionPlan(start=start, end=start + timedelta(hours=2))])


@pytest.mark.parametrize("start, end", [(GAP, GAP + timedelta(hours=2)),
                                        (GAP - timedelta(hours=2), GAP)])
def test_a_session_in_the_spring_forward_gap_is_refused(db, start, end):
    with pytest.raises(ValidationError, match="gibt: In dieser Nacht werden die Uhren"), \
            db.transaction() as orm:
        create_event(orm, EventPlan(format="network_group", title="Nacht", office="hamburg",
                                    sessions=[SessionPlan(start=start, end=end)]), force=True)
    with db.reading() as orm:
        assert orm.scalars(select(Session).where(Session.start == start)).first() is None


def test_moving_or_copying_into_the_gap_is_refused(db):
    series = make_series(db, persons=0)
    sid = series.session_ids[0]
    with pytest.raises(ValidationError, match="28.03.2027 02:30"), db.transaction() as orm:
        move_session(orm, sid, GAP, GAP + timedelta(hours=3), force=True)
    with db.transaction() as orm:  # a week before the night the clocks go forward in 2026
        event_id = create_event(orm, _plan(datetime(2026, 3, 22, 2, 30)), force=True).value.id
    with pytest.raises(ValidationError, match="29.03.2026 02:30"), db.transaction() as orm:
        copy_event(orm, event_id, weeks=1, force=True)


def test_the_cli_refuses_the_gap_with_one_line(db, db_args, capsys):
    series = make_series(db, persons=0)
    code = main([*db_args, "session", "move", str(series.session_ids[0]), "--start",
                 GAP.isoformat(), "--end", "2027-03-28T05:00", "--force"])
    err = capsys.readouterr().err
    assert code != 0 and err.startswith("Fehler: Der Beginn (28.03.2027 02:30)")
    with db.reading() as orm:
        assert orm.get(Session, series.session_ids[0]).start == datetime(2027, 3, 2, 9, 30)


def test_a_time_that_occurs_twice_is_saved_with_a_warning(db):
    with db.transaction() as orm:
        outcome = create_event(orm, _plan(TWICE), force=True)
    codes = [w.code for w in outcome.warnings]
    assert "ambiguous_time" in codes
    text = next(w.message for w in outcome.warnings if w.code == "ambiguous_time")
    assert "02:30 am 31.10.2027" in text and "Sommerzeit" in text
    assert outcome.value.sessions[0].start == TWICE
