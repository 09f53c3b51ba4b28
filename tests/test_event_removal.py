"""Deleting events: allowed while nothing happened, refused once there is history."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from planner.cli import main
from planner.errors import ValidationError
from planner.models import ChangeLog, Event, Registration, Session
from planner.usecases.attendance import record_attendance
from planner.usecases.event_removal import delete_event
from tests.factories import make_series


def _count(db, model, *where) -> int:
    with db.reading() as orm:
        return orm.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_delete_event_without_history_removes_sessions_and_registrations(db):
    keep = make_series(db, persons=2, title="Bleibt")
    gone = make_series(db, persons=3, title="Versehentlich angelegt")
    with db.transaction() as orm:
        delete_event(orm, gone.event_id)
    assert _count(db, Event, Event.id == gone.event_id) == 0
    assert _count(db, Session, Session.event_id == gone.event_id) == 0
    assert _count(db, Registration, Registration.event_id == gone.event_id) == 0
    assert _count(db, Session, Session.event_id == keep.event_id) == 6
    assert _count(db, Registration, Registration.event_id == keep.event_id) == 2
    assert _count(db, ChangeLog, ChangeLog.action == "event_delete",
                  ChangeLog.entity_id == gone.event_id) == 1
    assert db.integrity_check() == []


def test_event_with_attendance_cannot_be_deleted(db):
    series = make_series(db, persons=1)
    with db.transaction() as orm:
        record_attendance(orm, series.session_ids[0], series.person_ids[0], "present")
    with pytest.raises(ValidationError, match="absagen"), db.transaction() as orm:
        delete_event(orm, series.event_id)
    assert _count(db, Session, Session.event_id == series.event_id) == 6


def test_cli_event_delete(db, db_path, capsys):
    series = make_series(db, persons=0)
    assert main(["--db", str(db_path), "event", "delete", str(series.event_id)]) == 0
    assert main(["--db", str(db_path), "event", "delete", str(series.event_id)]) == 1
    assert "gibt es nicht" in capsys.readouterr().err
