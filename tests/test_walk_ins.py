"""Walk-ins (observation 7): a person who turns up is registered and marked present in one
step, over capacity with a warning, and appears on every list, certificate and figure."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from planner.certificates import issue_certificates
from planner.cli.main import main
from planner.exports.attendance_matrix import export_attendance_matrix
from planner.exports.signature_list import export_signature_list
from planner.models import Attendance, Registration
from planner.reports.statistics import ReportFilter, build_report
from planner.usecases.people import add_person
from planner.usecases.registration import register
from tests.rules_support import make_event, pdf_text, weekly


def _full_network(db):
    """A network group that is full (capacity 1, one booked) and a person who turns up;
    the office tried to register them on the day, so they are on the waiting list."""
    fx = make_event(db, format="network_group", days=weekly(date(2027, 3, 2), 3), persons=1,
                    capacity=1)
    with db.transaction() as orm:
        walker = add_person(orm, first_name="Søren", last_name="Perić").value.id
        assert register(orm, fx.event_id, walker, force=True).value.status == "waiting"
    return fx, walker


def test_attend_walk_in_registers_and_marks_present(db, db_args, capsys):
    fx, walker = _full_network(db)
    db.close()
    code = main([*db_args, "attend", str(fx.session_ids[0]), str(walker), "--walk-in"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "überbucht" in captured.err  # over capacity: a warning, saved anyway
    from planner.storage.database import Database

    again = Database.open(db_args[1]) if db_args[0] == "--db" else Database.open(
        db_url=db_args[1])
    try:
        with again.reading() as orm:
            reg = orm.scalar(select(Registration).where(Registration.person_id == walker))
            assert reg.status == "registered" and reg.walk_in
            assert [s.id for s in reg.chosen_sessions] == [fx.session_ids[0]]
            mark = orm.scalar(select(Attendance).where(Attendance.person_id == walker))
            assert (mark.session_id, mark.status) == (fx.session_ids[0], "present")
    finally:
        again.close()


def test_walk_in_appears_on_lists_certificates_and_figures(db, tmp_path):
    from planner.usecases.walk_in import record_walk_in

    fx, walker = _full_network(db)
    with db.transaction() as orm:
        outcome = record_walk_in(orm, fx.session_ids[0], walker)
    assert any(w.code == "over_capacity" for w in outcome.warnings)
    with db.reading() as orm:
        sheet = load_workbook(export_signature_list(
            orm, fx.session_ids[0], tmp_path / "liste.xlsx").files[0]).active
        export_attendance_matrix(orm, fx.event_id, tmp_path / "matrix.xlsx")
        figures = build_report(orm, ReportFilter.for_year(
            2027, as_of=datetime(2027, 12, 1))).total
    assert "Perić" in {row[1] for row in sheet.iter_rows(values_only=True)}
    rows = list(load_workbook(tmp_path / "matrix.xlsx")["Anwesenheit"].iter_rows(
        values_only=True))
    mine = next(r for r in rows if r[0] == "Perić")
    assert "anwesend" in mine and "Teilnahmebestätigung" in mine
    assert figures.participants == 2 and figures.participant_days >= 2
    with db.transaction() as orm:
        files = issue_certificates(orm, fx.event_id, tmp_path / "certs").files
    assert any("Perić" in pdf_text(p) for p in files)


def test_walk_in_only_for_a_session_that_has_begun(db, clock):
    from planner.errors import ValidationError
    from planner.usecases.walk_in import record_walk_in

    fx, walker = _full_network(db)
    clock.set(datetime(2027, 3, 2, 9, 0))
    with pytest.raises(ValidationError, match="beginnt erst"), db.transaction() as orm:
        record_walk_in(orm, fx.session_ids[0], walker)


def test_walk_in_of_a_booked_person_just_marks_present(db):
    from planner.usecases.walk_in import record_walk_in

    fx = make_event(db, days=[date(2027, 3, 2)], persons=1, start=time(10), end=time(16))
    with db.transaction() as orm:
        outcome = record_walk_in(orm, fx.session_ids[0], fx.person_ids[0])
        assert outcome.value.status == "present" and not outcome.warnings
        reg = orm.scalar(select(Registration))
        assert reg.whole_event and not reg.walk_in
