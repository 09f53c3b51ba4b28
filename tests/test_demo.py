"""Demo data: reproducible, realistic, and obeying the planning rules.

Most checks read the generated file with the plain `sqlite3` module (an independent
reader), a few use the domain helpers (units, serialize) the app itself uses.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.checks import holiday_name
from planner.demo import generate_demo
from planner.models import Attendance, CooperationAgreement, Event, Person, Registration
from planner.rules.attendance import registration_totals
from planner.rules.certificates import meets_threshold
from planner.serialize import event_dict, organisation_dict, person_dict, venue_dict
from planner.storage.database import Database

START = 2025
YEARS = 2
CUTOFF = date(START + YEARS - 1, 7, 1)  # the generator's "today" for an explicit start year


def _generate(path: Path, *, years: int, seed: int) -> Database:
    db = Database.open(path)
    with db.transaction() as orm:
        generate_demo(orm, years=years, seed=seed, start_year=START)
    return db


@pytest.fixture(scope="module")
def demo(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Database:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    shutil.copyfile(template_db, path)
    db = _generate(path, years=YEARS, seed=7)
    yield db
    db.close()


@pytest.fixture(scope="module")
def con(demo: Database) -> sqlite3.Connection:
    assert demo.path is not None
    connection = sqlite3.connect(demo.path)
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


def _dump(db: Database) -> dict:
    with db.reading() as orm:
        regs = orm.scalars(select(Registration).order_by(Registration.id)).all()
        atts = orm.scalars(select(Attendance).order_by(Attendance.id)).all()
        agreements = orm.scalars(select(CooperationAgreement)
                                 .order_by(CooperationAgreement.id)).all()
        events = orm.scalars(select(Event).order_by(Event.id)).all()
        return {
            "events": [event_dict(e) for e in events],
            "dossiers": [(e.id, e.dossier.starting_situation, e.dossier.work_packages)
                         for e in events if e.dossier],
            "persons": [person_dict(p) for p in orm.scalars(select(Person).order_by(Person.id))],
            "registrations": [
                (r.event_id, r.person_id, r.status, r.whole_event, r.registered_at.isoformat(),
                 r.cancelled_at.isoformat() if r.cancelled_at else None, r.cancel_reason,
                 [s.id for s in r.chosen_sessions])
                for r in regs
            ],
            "attendance": [(a.session_id, a.person_id, a.status, a.minutes) for a in atts],
            "agreements": [(a.municipality_id, a.goals, a.agreed_formats, str(a.start_date),
                            str(a.end_date), a.status) for a in agreements],
        }


def test_same_seed_gives_identical_data(template_db: Path, tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 11), ("b", 11), ("c", 12)):
        path = tmp_path / f"{name}.sqlite"
        shutil.copyfile(template_db, path)
        db = _generate(path, years=1, seed=seed)
        dumps.append(_dump(db))
        db.close()
    a, b, c = dumps
    assert a["events"], "nothing generated"
    for key in a:
        assert a[key] == b[key], f"{key} differ for the same seed"
    assert a["events"] != c["events"], "another seed should give other data"
    assert a["persons"] != c["persons"]
    # Calendar UIDs are part of the data and therefore reproducible too.
    assert a["events"][0]["sessions"][0]["uid"] == b["events"][0]["sessions"][0]["uid"]


def _events_by_year(con: sqlite3.Connection) -> dict[int, list[sqlite3.Row]]:
    rows = con.execute(
        "SELECT e.id, e.format, e.expert_id, o.code AS office, MIN(s.start) AS first "
        "FROM event e JOIN office o ON o.id = e.office_id JOIN session s ON s.event_id = e.id "
        "GROUP BY e.id"
    ).fetchall()
    by_year: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for r in rows:
        by_year[int(r["first"][:4])].append(r)
    return by_year


def test_every_year_has_all_formats_in_expected_numbers(con: sqlite3.Connection) -> None:
    by_year = _events_by_year(con)
    assert sorted(by_year) == [START, START + 1]
    for year, events in by_year.items():
        per = Counter((r["format"], r["office"]) for r in events)
        fmt = Counter(r["format"] for r in events)
        assert per["training_series", "berlin"] >= 1, year
        assert per["training_series", "hamburg"] >= 1, year
        assert 3 <= fmt["network_group"] <= 4, year
        assert 1 <= fmt["conference"] <= 2, year
        assert fmt["coaching"] >= 3, year
        assert fmt["analysis"] >= 3, year


def test_hamburg_office_also_runs_events_in_bremen(con: sqlite3.Connection) -> None:
    n = con.execute(
        "SELECT COUNT(*) FROM session s JOIN event e ON e.id = s.event_id "
        "JOIN office o ON o.id = e.office_id JOIN venue v ON v.id = s.venue_id "
        "WHERE o.code = 'hamburg' AND v.city = 'Bremen'"
    ).fetchone()[0]
    assert n >= 6


def test_training_series_have_six_full_day_modules(con: sqlite3.Connection) -> None:
    for (event_id,) in con.execute("SELECT id FROM event WHERE format = 'training_series'"):
        rows = con.execute("SELECT start, \"end\", status FROM session WHERE event_id = ?",
                           (event_id,)).fetchall()
        active = [r for r in rows if r["status"] == "planned"]
        assert len(active) == 6, event_id
        for r in active:
            hours = (datetime.fromisoformat(r["end"]) - datetime.fromisoformat(r["start"]))
            assert hours.total_seconds() >= 6 * 3600


def test_sessions_on_weekdays_and_not_on_holidays(con: sqlite3.Connection) -> None:
    rows = con.execute(
        "SELECT s.start, v.federal_state FROM session s LEFT JOIN venue v ON v.id = s.venue_id"
    ).fetchall()
    assert rows
    for r in rows:
        day = datetime.fromisoformat(r["start"]).date()
        assert day.weekday() < 5, day
        assert holiday_name(day, r["federal_state"]) is None, (day, r["federal_state"])


def test_no_trainer_or_venue_double_booking(con: sqlite3.Connection) -> None:
    overlap = ("a.id < b.id AND a.start < b.\"end\" AND b.start < a.\"end\" "
               "AND a.status = 'planned' AND b.status = 'planned'")
    venues = con.execute(
        f"SELECT COUNT(*) FROM session a JOIN session b ON a.venue_id = b.venue_id "
        f"WHERE {overlap}").fetchone()[0]
    trainers = con.execute(
        "SELECT COUNT(*) FROM session_trainer ta JOIN session_trainer tb "
        "ON ta.person_id = tb.person_id JOIN session a ON a.id = ta.session_id "
        f"JOIN session b ON b.id = tb.session_id WHERE {overlap}").fetchone()[0]
    assert (venues, trainers) == (0, 0)


def test_network_groups_tour_host_cities_with_excursions(con: sqlite3.Connection) -> None:
    groups = con.execute("SELECT id FROM event WHERE format = 'network_group'").fetchall()
    assert groups
    for (event_id,) in groups:
        rows = con.execute(
            "SELECT o.name AS host, v.city, x.site, x.street, x.postcode, x.host_contact, "
            "x.start AS xs, x.\"end\" AS xe FROM session s "
            "JOIN organisation o ON o.id = s.host_municipality_id "
            "JOIN venue v ON v.id = s.venue_id JOIN excursion x ON x.session_id = s.id "
            "WHERE s.event_id = ?", (event_id,)).fetchall()
        total = con.execute("SELECT COUNT(*) FROM session WHERE event_id = ?",
                            (event_id,)).fetchone()[0]
        assert len(rows) == total and 3 <= total <= 5
        assert len({r["host"] for r in rows}) >= 3
        for r in rows:
            assert r["city"] == r["host"]
            assert r["site"] and r["street"] and r["postcode"] and r["host_contact"]
            assert r["xs"] < r["xe"]


def test_conferences_have_agendas_with_speakers(con: sqlite3.Connection) -> None:
    for (event_id,) in con.execute("SELECT id FROM event WHERE format = 'conference'"):
        kinds = Counter(r[0] for r in con.execute(
            "SELECT a.kind FROM agenda_item a JOIN session s ON s.id = a.session_id "
            "WHERE s.event_id = ?", (event_id,)))
        assert {"talk", "panel", "workshop", "break"} <= set(kinds), kinds
        speakers = con.execute(
            "SELECT COUNT(DISTINCT sp.person_id) FROM agenda_speaker sp "
            "JOIN agenda_item a ON a.id = sp.agenda_item_id "
            "JOIN session s ON s.id = a.session_id WHERE s.event_id = ?",
            (event_id,)).fetchone()[0]
        assert speakers >= 5


def test_coaching_groups_shape_and_expert(con: sqlite3.Connection) -> None:
    for row in con.execute("SELECT id, expert_id FROM event WHERE format = 'coaching'"):
        n = con.execute("SELECT COUNT(*) FROM event_municipality WHERE event_id = ?",
                        (row["id"],)).fetchone()[0]
        assert 2 <= n <= 5
        sessions = con.execute("SELECT id FROM session WHERE event_id = ?",
                               (row["id"],)).fetchall()
        assert 3 <= len(sessions) <= 5
        assert row["expert_id"] is not None
        taught = con.execute(
            "SELECT COUNT(*) FROM session_trainer t JOIN session s ON s.id = t.session_id "
            "WHERE s.event_id = ? AND t.person_id = ?", (row["id"], row["expert_id"])).fetchone()
        assert taught[0] >= 1


def test_analysis_processes_have_sessions_dossier_and_agreement(con: sqlite3.Connection) -> None:
    events = con.execute("SELECT id FROM event WHERE format = 'analysis'").fetchall()
    assert events
    for (event_id,) in events:
        kinds = sorted(r[0] for r in con.execute("SELECT kind FROM session WHERE event_id = ?",
                                                 (event_id,)))
        assert kinds == ["analysis_workshop", "pre_talk"]
        assert con.execute("SELECT COUNT(*) FROM event_municipality WHERE event_id = ?",
                           (event_id,)).fetchone()[0] == 1
        dossier = con.execute("SELECT starting_situation FROM dossier WHERE event_id = ?",
                              (event_id,)).fetchone()
        assert dossier and dossier[0]
        agreement = con.execute("SELECT goals, agreed_formats, start_date, end_date, status "
                                "FROM cooperation_agreement WHERE event_id = ?",
                                (event_id,)).fetchone()
        assert agreement is not None
        assert len(json.loads(agreement["goals"])) >= 2
        assert json.loads(agreement["agreed_formats"])
        assert agreement["start_date"] < agreement["end_date"]
    statuses = {r[0] for r in con.execute("SELECT status FROM cooperation_agreement")}
    assert len(statuses) >= 2


def test_names_are_international_and_emails_ascii(con: sqlite3.Connection) -> None:
    names = " ".join(r[0] + " " + r[1] for r in con.execute(
        "SELECT first_name, last_name FROM person"))
    for ch in "äöüß":
        assert ch in names, ch
    assert sum(ch in names for ch in "łşğéŵ") >= 4
    rows = con.execute(
        "SELECT p.email, o.name FROM person p JOIN organisation o ON o.id = p.organisation_id "
        "WHERE o.kind = 'municipality'").fetchall()
    assert len(rows) > 100
    for email, _city in rows:
        assert email.isascii() and email == email.lower()
        local, domain = email.split("@")
        assert domain.startswith("stadt-") and domain.endswith(".example")
        assert "." in local


def test_registrations_waiting_lists_and_cancellations(con: sqlite3.Connection) -> None:
    status = Counter(r[0] for r in con.execute("SELECT status FROM registration"))
    assert status["registered"] > 200 and status["waiting"] > 0 and status["cancelled"] > 0
    for r in con.execute("SELECT cancelled_at, cancel_reason, registered_at FROM registration "
                         "WHERE status = 'cancelled'"):
        assert r["cancel_reason"] and r["cancelled_at"] >= r["registered_at"]
    modules = con.execute("SELECT COUNT(*) FROM registration WHERE whole_event = 0").fetchone()
    assert modules[0] > 0
    cancelled = con.execute("SELECT cancel_reason FROM session WHERE status = 'cancelled'")
    reasons = [r[0] for r in cancelled]
    assert reasons and all(reasons)


def test_attendance_only_for_past_sessions(con: sqlite3.Connection) -> None:
    rows = con.execute(
        "SELECT s.\"end\", a.status, a.minutes, s.status AS sst FROM attendance a "
        "JOIN session s ON s.id = a.session_id").fetchall()
    assert rows
    cutoff = datetime.combine(CUTOFF, datetime.min.time()).isoformat()
    assert all(r["end"] < cutoff and r["sst"] == "planned" for r in rows)
    statuses = Counter(r["status"] for r in rows)
    assert {"present", "partial", "excused", "absent"} <= set(statuses)
    assert statuses["present"] > sum(statuses.values()) * 0.7
    assert all(r["minutes"] > 0 for r in rows if r["status"] == "partial")


def test_certificates_come_out_both_ways(demo: Database) -> None:
    outcome: Counter[bool] = Counter()
    with demo.reading() as orm:
        regs = orm.scalars(select(Registration).where(Registration.status == "registered"))
        for reg in regs:
            if reg.event.format != "training_series":
                continue
            if any(s.end.date() >= CUTOFF for s in reg.booked_sessions()):
                continue
            atts = orm.scalars(select(Attendance).where(Attendance.person_id == reg.person_id))
            sums = registration_totals(reg, atts)
            if sums.booked.minutes:
                outcome[meets_threshold(sums.attended.minutes, sums.booked.minutes,
                                        reg.event.certificate_threshold)] += 1
    assert outcome[True] > 5 and outcome[False] > 0, outcome


def test_people_repeat_across_years_and_trainers_are_shared(con: sqlite3.Connection) -> None:
    years_of = defaultdict(set)
    for r in con.execute("SELECT r.person_id, MIN(s.start) FROM registration r "
                         "JOIN session s ON s.event_id = r.event_id GROUP BY r.id"):
        years_of[r[0]].add(r[1][:4])
    assert sum(len(y) > 1 for y in years_of.values()) >= 10
    trainers = con.execute("SELECT COUNT(*) FROM person WHERE is_trainer = 1").fetchone()[0]
    assert 30 <= trainers <= 60
    both = con.execute(
        "SELECT COUNT(*) FROM (SELECT t.person_id FROM session_trainer t "
        "JOIN session s ON s.id = t.session_id JOIN event e ON e.id = s.event_id "
        "GROUP BY t.person_id HAVING COUNT(DISTINCT e.office_id) = 2 "
        "AND COUNT(DISTINCT substr(s.start, 1, 4)) = 2)").fetchone()[0]
    assert both >= 5
    staff = con.execute("SELECT COUNT(*) FROM person WHERE is_staff = 1").fetchone()[0]
    assert staff >= 8


def test_master_data(demo: Database) -> None:
    from planner.models import Organisation, Venue

    with demo.reading() as orm:
        orgs = [organisation_dict(o) for o in orm.scalars(select(Organisation))]
        venues = [venue_dict(v) for v in orm.scalars(select(Venue))]
    cities = {o["name"]: o for o in orgs if o["kind"] == "municipality"}
    assert len(cities) >= 40
    assert cities["Köln"]["federal_state"] == "NW" and not cities["Köln"]["below_threshold"]
    assert cities["Potsdam"]["below_threshold"]
    assert sum(not o["below_threshold"] for o in cities.values()) >= 25
    assert all(v["federal_state"] and v["postcode"] and v["street"] for v in venues)


def test_database_is_healthy(demo: Database) -> None:
    assert demo.integrity_check() == []


def test_cli_demo_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from planner.cli.main import main

    path = tmp_path / "cli.sqlite"
    assert main(["--db", str(path), "demo", "--years", "1", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "Veranstaltungen" in out
    assert main(["--db", str(path), "list", "events", "--json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert {e["format"] for e in events} == {"training_series", "network_group", "conference",
                                             "coaching", "analysis"}
    assert {e["office"] for e in events} == {"berlin", "hamburg"}
    for e in events:
        for s in e["sessions"]:
            assert datetime.fromisoformat(s["start"]).utcoffset() is not None
    assert main(["--db", str(path), "check"]) == 0


def test_demo_refuses_a_database_with_data(demo: Database) -> None:
    from planner.errors import ValidationError

    with pytest.raises(ValidationError, match="bereits Daten"):
        with demo.transaction() as orm:
            generate_demo(orm, years=1, seed=1, start_year=START)
    assert demo.integrity_check() == []
