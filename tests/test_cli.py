"""The command-line tool end to end, on a temporary database file."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from planner.cli import main
from tests.factories import make_series


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_person_add_and_list_json(db_path, capsys):
    code, out, _ = run(capsys, "--db", str(db_path), "person", "add", "--first-name", "Łucja",
                       "--last-name", "Şahin-Müller", "--email", "l.sahin@stadt-essen.de",
                       "--role", "trainer")
    assert code == 0
    new_id = int(out.strip())
    code, out, _ = run(capsys, "--db", str(db_path), "list", "persons", "--json")
    rows = json.loads(out)
    row = next(r for r in rows if r["id"] == new_id)
    assert (row["first_name"], row["last_name"], row["email"]) == (
        "Łucja", "Şahin-Müller", "l.sahin@stadt-essen.de")
    assert row["roles"] == ["trainer"]
    assert set(row) >= {"id", "first_name", "last_name", "email", "organisation", "roles"}


def test_list_events_json_shape(db, db_path, capsys):
    series = make_series(db, persons=1)
    code, out, _ = run(capsys, "--db", str(db_path), "list", "events", "--json")
    assert code == 0
    events = json.loads(out)
    event = next(e for e in events if e["id"] == series.event_id)
    assert event["format"] == "training_series" and event["office"] == "berlin"
    assert len(event["sessions"]) == 6
    s = event["sessions"][0]
    assert set(s) >= {"id", "uid", "title", "start", "end", "venue", "city", "trainers", "status"}
    start = datetime.fromisoformat(s["start"])
    assert start.utcoffset() is not None
    assert start == datetime(2027, 3, 2, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert s["city"] == "Leipzig" and s["trainers"] == ["Małgorzata Kowalczyk-Şen"]


def test_session_move_cancel_and_errors(db, db_path, capsys):
    series = make_series(db, persons=0)
    sid = str(series.session_ids[1])
    code, out, _ = run(capsys, "--db", str(db_path), "session", "move", sid,
                       "--start", "2027-03-10T09:30", "--end", "2027-03-10T16:30")
    assert code == 0
    code, _, err = run(capsys, "--db", str(db_path), "session", "move", sid,
                       "--start", "2027-03-10T16:30", "--end", "2027-03-10T09:30")
    assert code != 0 and err.startswith("Fehler:") and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--db", str(db_path), "session", "move", "99999",
                       "--start", "2027-03-10T09:30", "--end", "2027-03-10T16:30")
    assert code != 0 and "99999" in err
    code, _, err = run(capsys, "--db", str(db_path), "session", "move", sid,
                       "--start", "morgen", "--end", "2027-03-10T16:30")
    assert code != 0 and "kein gültiges Datum" in err
    code, out, _ = run(capsys, "--db", str(db_path), "session", "cancel", sid,
                       "--reason", "Streik")
    assert code == 0
    _, out, _ = run(capsys, "--db", str(db_path), "list", "sessions", "--json")
    moved = next(s for s in json.loads(out) if s["id"] == int(sid))
    assert moved["start"].startswith("2027-03-10T09:30")
    assert moved["status"] == "cancelled" and moved["sequence"] == 2


def test_double_booking_refused_without_force(db, db_path, capsys):
    series = make_series(db, persons=0)
    other = make_series(db, persons=0, start=datetime(2027, 9, 7, 9, 30), title="Zweite")
    sid = str(other.session_ids[0])
    # Same trainer? make_series creates a new trainer; the venue differs too: use --venue.
    args = ["--db", str(db_path), "session", "move", sid, "--start", "2027-03-02T10:00",
            "--end", "2027-03-02T12:00", "--venue", str(series.venue_id)]
    code, _, err = run(capsys, *args)
    assert code != 0 and "Doppelbuchung" in err and "--force" in err
    _, out, _ = run(capsys, "--db", str(db_path), "list", "sessions", "--json")
    unchanged = next(s for s in json.loads(out) if s["id"] == int(sid))
    assert unchanged["start"].startswith("2027-09-07")
    code, _, err = run(capsys, *args, "--force")
    assert code == 0


def test_register_attend_and_warnings(db, db_path, capsys):
    series = make_series(db, persons=0)
    code, out, _ = run(capsys, "--db", str(db_path), "person", "add", "--first-name", "Ana",
                       "--last-name", "Novák")
    pid = out.strip()
    code, out, _ = run(capsys, "--db", str(db_path), "register", str(series.event_id), pid,
                       "--sessions", f"{series.session_ids[0]},{series.session_ids[1]}")
    assert code == 0 and "angemeldet" in out
    code, out, _ = run(capsys, "--db", str(db_path), "attend", str(series.session_ids[0]),
                       "--all-registered", "--status", "present")
    assert code == 0 and "1 Person" in out
    code, out, _ = run(capsys, "--db", str(db_path), "attend", str(series.session_ids[1]), pid,
                       "--status", "partial", "--minutes", "120")
    assert code == 0
    code, _, err = run(capsys, "--db", str(db_path), "attend", str(series.session_ids[2]), pid,
                       "--status", "present")
    assert code != 0 and "nicht angemeldet" in err


def test_holiday_warning_is_printed_and_saved(db, db_path, capsys):
    series = make_series(db, persons=0)
    sid = str(series.session_ids[0])
    # 31 Oct 2027 (Reformationstag) is a holiday in Saxony, where the venue is; also a Sunday.
    code, out, err = run(capsys, "--db", str(db_path), "session", "move", sid,
                         "--start", "2027-10-31T09:30", "--end", "2027-10-31T16:30")
    assert code == 0
    assert "Feiertag" in err and "Sonntag" in err


def test_check_reports_ok_and_damage(db_path, capsys, tmp_path):
    code, out, _ = run(capsys, "--db", str(db_path), "check")
    assert code == 0 and "in Ordnung" in out
    broken = tmp_path / "broken.sqlite"
    data = bytearray(db_path.read_bytes())
    data[100:4000] = b"\xff" * 3900
    broken.write_bytes(bytes(data))
    code, _, err = run(capsys, "--db", str(broken), "check")
    assert code != 0 and err.startswith("Fehler:")


def test_python_dash_m_planner_works(db_path):
    result = subprocess.run([sys.executable, "-m", "planner", "--db", str(db_path), "list",
                             "venues", "--json"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize("argv", [["copy", "1", "--weeks", "0"], ["register", "1", "999"]])
def test_errors_write_nothing(db, db_path, capsys, argv):
    make_series(db, persons=0)
    before = db_path.read_bytes()
    code, _, err = run(capsys, "--db", str(db_path), *argv)
    assert code != 0 and err.startswith("Fehler:")
    _, out, _ = run(capsys, "--db", str(db_path), "list", "events", "--json")
    assert len(json.loads(out)) == 1
    assert before is not None
