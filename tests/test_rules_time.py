"""Time rules (observation 1): attendance only from a session's start, certificates only
for what has taken place and dated on or after it, statistics by the certified year."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from planner.certificates import issue_certificates
from planner.cli.main import main
from planner.errors import ValidationError
from planner.models import Certificate
from planner.reports.statistics import ReportFilter, build_report
from planner.usecases.attendance import record_all_registered, record_attendance
from tests.factories import make_series

SERIES_START = datetime(2031, 3, 4, 9, 30)  # six Tuesdays, 09:30-16:30


def test_attendance_refused_before_the_session_begins(db, clock):
    fx = make_series(db, start=SERIES_START, persons=1)
    clock.set(datetime(2031, 3, 4, 9, 29))
    with pytest.raises(ValidationError, match="beginnt erst am 04.03.2031 um 09:30 Uhr"):
        with db.transaction() as orm:
            record_attendance(orm, fx.session_ids[0], fx.person_ids[0], "present")
    with pytest.raises(ValidationError, match="erst ab Beginn"):
        with db.transaction() as orm:
            record_all_registered(orm, fx.session_ids[1], "present")
    clock.set(datetime(2031, 3, 4, 9, 30))
    with db.transaction() as orm:  # from the start on (e.g. in the morning round)
        record_attendance(orm, fx.session_ids[0], fx.person_ids[0], "present")


def test_cli_attend_refuses_a_future_session(db, db_args, clock, capsys):
    fx = make_series(db, start=SERIES_START, persons=1)
    clock.set(datetime(2031, 1, 1, 12, 0))
    db.close()
    code = main([*db_args, "attend", str(fx.session_ids[5]), str(fx.person_ids[0]),
                 "--status", "present"])
    err = capsys.readouterr().err
    assert code != 0  # refused (the CLI's exit code for a refusal)
    assert err.startswith("Fehler: ") and "beginnt erst am 08.04.2031 um 09:30 Uhr" in err


def test_no_certificate_before_the_last_module_has_ended(db, clock, tmp_path):
    fx = make_series(db, start=SERIES_START, persons=2)
    for i, sid in enumerate(fx.session_ids):
        clock.set(SERIES_START + timedelta(weeks=i, hours=2))  # during each module
        with db.transaction() as orm:
            record_all_registered(orm, sid, "present")
    # 12:00 on the day of the last module: it has begun but not taken place.
    with pytest.raises(ValidationError, match="noch nicht abgeschlossen"):
        with db.transaction() as orm:
            issue_certificates(orm, fx.event_id, tmp_path / "early")
    clock.set(datetime(2031, 4, 8, 16, 30))  # its end
    with db.transaction() as orm:
        result = issue_certificates(orm, fx.event_id, tmp_path / "done")
    assert result.issued == 2
    with db.reading() as orm:
        assert {c.issued_on for c in orm.scalars(select(Certificate))} == {date(2031, 4, 8)}


def test_certificate_dated_on_or_after_its_last_session(db, clock, tmp_path):
    fx = make_series(db, start=SERIES_START, persons=1)
    clock.set(datetime(2031, 5, 1))
    with db.transaction() as orm:
        for sid in fx.session_ids:
            record_all_registered(orm, sid, "present")
    with pytest.raises(ValidationError, match="vor dem letzten bescheinigten Termin"):
        with db.transaction() as orm:
            issue_certificates(orm, fx.event_id, tmp_path, issued_on=date(2031, 4, 7))
    with db.transaction() as orm:
        issue_certificates(orm, fx.event_id, tmp_path, issued_on=date(2031, 4, 8))


def test_certificate_never_dated_after_today(db, clock, tmp_path, capsys, db_path):
    """Issue 15, fault 14: `--issued-on 2099-01-01` was accepted, and its serials kept the
    year 2099 on every re-issue."""
    fx = make_series(db, start=SERIES_START, persons=1)
    clock.set(datetime(2031, 5, 1))
    with db.transaction() as orm:
        for sid in fx.session_ids:
            record_all_registered(orm, sid, "present")
    with pytest.raises(ValidationError, match="liegt in der Zukunft"):
        with db.transaction() as orm:
            issue_certificates(orm, fx.event_id, tmp_path, issued_on=date(2031, 5, 2))
    for day in ("2099-01-01", "1900-01-01"):
        code = main(["--db", str(db_path), "export", "certificates", "--event",
                     str(fx.event_id), "-o", str(tmp_path / day), "--issued-on", day])
        assert code == 1 and capsys.readouterr().err.startswith("Fehler: Das Ausstellungsdatum")
        assert not (tmp_path / day).exists() or not any((tmp_path / day).iterdir())
    with db.reading() as orm:
        assert list(orm.scalars(select(Certificate))) == []
    with db.transaction() as orm:
        issue_certificates(orm, fx.event_id, tmp_path, issued_on=date(2031, 5, 1))


def test_statistics_count_a_certificate_in_the_year_it_certifies(db, clock, tmp_path):
    fx = make_series(db, start=SERIES_START, persons=1)
    clock.set(datetime(2032, 1, 20))
    with db.transaction() as orm:
        for sid in fx.session_ids:
            record_all_registered(orm, sid, "present")
        issue_certificates(orm, fx.event_id, tmp_path, issued_on=date(2032, 1, 15))
    as_of = datetime(2032, 12, 31, 23, 59)
    with db.reading() as orm:
        in_2031 = build_report(orm, ReportFilter.for_year(2031, as_of=as_of)).total
        in_2032 = build_report(orm, ReportFilter.for_year(2032, as_of=as_of)).total
    assert (in_2031.certificates, in_2032.certificates) == (1, 0)
