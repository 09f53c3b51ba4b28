"""Retention, due list and anonymisation: statistics are identical before and after, and no
personal text of an anonymised person is left anywhere in the database."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from planner.errors import PlannerError
from planner.gdpr.anonymise import anonymise_due, anonymise_person
from planner.gdpr.retention import (
    due_persons,
    event_retention_ends,
    retention_years,
    set_retention_years,
)
from planner.models import Event, Person
from planner.storage.database import Database
from planner.usecases.attendance import record_attendance
from planner.usecases.people import add_organisation, add_person, update_person
from planner.usecases.registration import register
from tests.factories import SeriesFixture, make_series

PAST_START = datetime(2015, 3, 3, 9, 30)  # six Tuesdays in March/April 2015
STATUSES = ("present", "present", "partial", "excused", "absent", "present")


def build_history(db: Database, tmp_path: Path, *, persons: int = 6,
                  certificates: bool = True) -> SeriesFixture:
    """A 2015 series: two municipalities, varied attendance, notes, two certificates."""
    series = make_series(db, start=PAST_START, persons=persons)
    with db.transaction() as orm:
        other = add_organisation(orm, name="Dortmund", municipality=True, federal_state="NW",
                                 population=586_852).value
        for pid in series.person_ids[::2]:
            update_person(orm, pid, organisation_id=other.id)
        for i, pid in enumerate(series.person_ids):
            for j, sid in enumerate(series.session_ids):
                status = "present" if i < 2 else STATUSES[(i + j) % len(STATUSES)]
                record_attendance(orm, sid, pid, status,
                                  minutes=90 + 10 * j if status == "partial" else None,
                                  note=f"Notiz zu {i}" if j == 0 else "")
    if certificates:
        from planner.certificates import issue_certificates

        with db.transaction() as orm:
            issue_certificates(orm, series.event_id, tmp_path / "certs",
                               person_ids=series.person_ids[:2], workers=1,
                               issued_on=date(2015, 5, 1))
    return series


def statistics(path: Path) -> dict[str, list[tuple]]:
    """The programme's figures, computed by an independent reader with plain SQL."""
    con = sqlite3.connect(path)
    try:
        def q(sql: str) -> list[tuple]:
            return sorted(con.execute(sql).fetchall(), key=repr)

        return {
            "registrations_per_event": q(
                "SELECT event_id, status, whole_event, count(*) FROM registration "
                "GROUP BY 1, 2, 3"),
            "registrations_per_year": q(
                "SELECT strftime('%Y', min_start), count(*) FROM registration r JOIN "
                "(SELECT event_id, min(start) AS min_start FROM session GROUP BY 1) s "
                "ON s.event_id = r.event_id GROUP BY 1"),
            "attendance_per_status": q(
                "SELECT session_id, status, count(*), coalesce(sum(minutes), 0) "
                "FROM attendance GROUP BY 1, 2"),
            "persons_per_municipality": q(
                "SELECT o.name, count(*) FROM person p JOIN organisation o "
                "ON o.id = p.organisation_id GROUP BY 1"),
            "minutes_per_municipality": q(
                "SELECT o.name, sum(CASE a.status WHEN 'present' THEN "
                "round((julianday(s.\"end\") - julianday(s.start)) * 1440) "
                "WHEN 'partial' THEN a.minutes ELSE 0 END) FROM attendance a "
                "JOIN session s ON s.id = a.session_id JOIN person p ON p.id = a.person_id "
                "JOIN organisation o ON o.id = p.organisation_id GROUP BY 1"),
            "certificates": q("SELECT event_id, kind, units, attendance_rate, serial, issued_on "
                              "FROM certificate"),
            "trainer_links": q("SELECT session_id, count(*) FROM session_trainer GROUP BY 1"),
        }
    finally:
        con.close()


def units_per_municipality(db: Database, event_id: int) -> dict[str, float]:
    from sqlalchemy import select

    from planner.models import Attendance, Registration
    from planner.rules.attendance import registration_totals

    result: dict[str, float] = {}
    with db.reading() as orm:
        rows = list(orm.scalars(select(Attendance)))
        for reg in orm.scalars(select(Registration).where(Registration.event_id == event_id)):
            org = reg.person.organisation.name if reg.person.organisation else ""
            sums = registration_totals(reg, rows)
            result[org] = round(result.get(org, 0.0) + sums.attended.units_rounded, 6)
    return result


def contains_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def dump_text(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def personal_strings(db: Database, person_ids: list[int]) -> list[str]:
    with db.reading() as orm:
        words: list[str] = []
        for pid in person_ids:
            p = orm.get(Person, pid)
            assert p is not None
            words += [p.last_name, p.email or "", f"Notiz zu {person_ids.index(pid)}"]
        return [w for w in words if w]


def test_statistics_unchanged_and_no_personal_text_left(db: Database, db_path: Path,
                                                        tmp_path: Path) -> None:
    series = build_history(db, tmp_path)
    before = statistics(db_path)
    units_before = units_per_municipality(db, series.event_id)
    words = personal_strings(db, series.person_ids)
    with db.reading() as orm:
        trainer = orm.get(Person, series.trainer_id)
        assert trainer is not None
        words += [trainer.last_name, trainer.email or ""]
    dump = dump_text(db_path)
    assert all(contains_word(dump, w) for w in words), "test data must contain the personal strings"
    assert sum(len(v) for v in before.values()) > 10
    assert len(before["certificates"]) == 2

    with db.transaction() as orm:
        done = anonymise_due(orm, on=date(2030, 1, 1)).value
    assert set(done) == {*series.person_ids, series.trainer_id}

    assert statistics(db_path) == before
    assert units_per_municipality(db, series.event_id) == units_before
    dump = dump_text(db_path)
    leftovers = [w for w in words if contains_word(dump, w)]
    assert leftovers == []
    with db.reading() as orm:
        p = orm.get(Person, series.person_ids[0])
        assert p is not None
        assert (p.first_name, p.last_name, p.email) == ("Anonymisiert",
                                                        f"Person {p.id}", None)
        assert p.anonymised_on == date(2030, 1, 1)
        assert p.organisation is not None and p.organisation.name == "Dortmund"
    # Nothing left to do: the same run finds no one due.
    with db.reading() as orm:
        assert due_persons(orm, date(2030, 1, 1)) == []


def test_due_depends_on_retention_period_and_funding_report_date(db: Database,
                                                                 tmp_path: Path) -> None:
    series = build_history(db, tmp_path, persons=3, certificates=False)
    last_day = date(2015, 4, 7)  # the sixth Tuesday
    with db.reading() as orm:
        assert retention_years(orm)["training_series"] == 5
        assert event_retention_ends(orm)[series.event_id] == date(2020, 4, 7)
        assert due_persons(orm, date(2020, 4, 7)) == []
        due = due_persons(orm, date(2020, 4, 8))
    assert {d.person_id for d in due} == {*series.person_ids, series.trainer_id}
    assert all(d.retention_end == date(2020, 4, 7) for d in due)
    with db.transaction() as orm:
        set_retention_years(orm, 8, "training_series")
    with db.reading() as orm:
        assert due_persons(orm, date(2023, 4, 7)) == []
        assert len(due_persons(orm, date(2023, 4, 8))) == 4
    with db.transaction() as orm:
        event = orm.get(Event, series.event_id)
        assert event is not None
        event.retention_from = date(2016, 12, 31)  # funding report
    with db.reading() as orm:
        assert event_retention_ends(orm)[series.event_id] == date(2024, 12, 31)
        assert due_persons(orm, date(2024, 12, 31)) == []
        assert len(due_persons(orm, date(2025, 1, 1))) == 4
    assert last_day < date(2016, 12, 31)


def test_staff_and_trainers_with_future_sessions_are_not_due(db: Database,
                                                             tmp_path: Path) -> None:
    old = build_history(db, tmp_path, persons=2, certificates=False)
    with db.transaction() as orm:
        staff = add_person(orm, first_name="Tea", last_name="Mitglied", roles=["staff"]).value
        update_person(orm, old.person_ids[0], roles=["participant", "staff"])
    # The same trainer also teaches a series in the far future.
    from planner.usecases.planning import EventPlan, SessionPlan, create_event

    with db.transaction() as orm:
        create_event(orm, EventPlan(format="coaching", title="Coaching 2031", office="berlin",
                                    sessions=[SessionPlan(start=datetime(2031, 5, 6, 9),
                                                          end=datetime(2031, 5, 6, 12),
                                                          trainer_ids=[old.trainer_id])]),
                     force=True)
    with db.reading() as orm:
        due = {d.person_id for d in due_persons(orm, date(2030, 1, 1))}
    assert due == {old.person_ids[1]}
    assert staff.id not in due


def test_anonymised_person_cannot_register_again(db: Database, tmp_path: Path) -> None:
    series = build_history(db, tmp_path, persons=2, certificates=False)
    with db.transaction() as orm:
        anonymise_person(orm, series.person_ids[0])
    later = make_series(db, start=datetime(2031, 3, 4, 9, 30), persons=0, title="Reihe 2031")
    with pytest.raises(PlannerError), db.transaction() as orm:
        register(orm, later.event_id, series.person_ids[0], force=True)
    with pytest.raises(PlannerError), db.transaction() as orm:
        anonymise_person(orm, series.person_ids[0])


def test_retention_setting_is_validated(db: Database) -> None:
    for bad in (0, -1, 31):
        with pytest.raises(PlannerError), db.transaction() as orm:
            set_retention_years(orm, bad)
    with pytest.raises(PlannerError), db.transaction() as orm:
        set_retention_years(orm, 3, "kaffeeklatsch")
    with db.transaction() as orm:
        set_retention_years(orm, 3)
    with db.reading() as orm:
        assert set(retention_years(orm).values()) == {3}
