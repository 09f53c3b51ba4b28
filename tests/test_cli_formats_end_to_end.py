"""Each of the five formats planned and run through the command line alone, as an office
would script it: master data, the plan file, bookings (whole event and single sessions),
the waiting list, attendance, certificates and every export, then next year's edition from
`event show --json`. Only `python -m planner` subprocesses; no import of `planner` here.
The files are read back with openpyxl, pypdf and icalendar.

Sessions lie in the past (attendance is recorded only for sessions that have begun).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from icalendar import Calendar
from pypdf import PdfReader

PARTICIPANTS = [("Zofia", "Wałęsa-Łukasiewicz", "Leipzig"), ("Ayşe", "Yıldırım", "Essen"),
                ("Jürgen", "Groß", "Bremen"), ("Renée", "Lefèvre", "Leipzig")]
TRAINERS = [("Małgorzata", "Kowalczyk-Şen", "mk@example.org"),
            ("Gwŷn", "Llŵyd", "gl@example.org")]


def cli_environment() -> dict[str, str]:
    """As an installed program runs: with a bytecode cache (the test environment may switch
    it off, which makes each start compile SQLAlchemy anew); kept outside the source tree."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir())
                                     / f"transferplaner-test-pycache-{os.getuid()}")
    return env


class Cli:
    def __init__(self, db_args: list[str], folder: Path) -> None:
        self.db_args = db_args
        self.folder = folder
        self.env = cli_environment()

    def run(self, *args: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([sys.executable, "-m", "planner", *self.db_args, *args],
                                capture_output=True, text=True, timeout=300, cwd=self.folder,
                                env=self.env)
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == expect, (args, result.stdout, result.stderr)
        return result

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args, "--json").stdout)

    def new_id(self, *args: str) -> int:
        return int(self.run(*args).stdout.strip())

    def all(self, *commands: tuple[str, ...]) -> list[subprocess.CompletedProcess[str]]:
        """Independent commands at once (each waits for the database's write lock)."""
        with ThreadPoolExecutor(max_workers=3) as pool:
            return list(pool.map(lambda args: self.run(*args), commands))


def build_master_data(cli: Cli) -> dict[str, Any]:
    towns = {name: cli.new_id("organisation", "add", "--name", name, "--municipality",
                              "--state", state, "--population", str(pop))
             for name, state, pop in [("Leipzig", "SN", 628_718), ("Essen", "NW", 579_432),
                                      ("Bremen", "HB", 569_352)]}
    venues = {name: cli.new_id("venue", "add", "--name", name, "--city", city, "--state",
                               state, "--street", street, "--postcode", postcode)
              for name, city, state, street, postcode in [
                  ("Haus der Bildung", "Leipzig", "SN", "Markt 1", "04109"),
                  ("Zeche Zollverein", "Essen", "NW", "Gelsenkirchener Str. 181", "45309")]}
    trainers = [cli.new_id("person", "add", "--first-name", first, "--last-name", last,
                           "--email", email, "--role", "trainer")
                for first, last, email in TRAINERS]
    people = [cli.new_id("person", "add", "--first-name", first, "--last-name", last,
                         "--organisation", str(towns[town]),
                         "--email", f"p{n}@example.org")
              for n, (first, last, town) in enumerate(PARTICIPANTS)]
    return {"towns": towns, "venues": venues, "trainers": trainers, "people": people}


@pytest.fixture(scope="module")
def master_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("master")
    path = folder / "master.sqlite"
    return path, build_master_data(Cli(["--db", str(path)], folder))


@dataclass
class Office:
    cli: Cli
    ids: dict[str, Any]
    folder: Path


@pytest.fixture
def office(db_args: list[str], master_file: tuple[Path, dict[str, Any]],
           tmp_path: Path) -> Office:
    if db_args[0] == "--db-url":  # a server database (pytest --pg): fill it the same way
        cli = Cli(db_args, tmp_path)
        return Office(cli, build_master_data(cli), tmp_path)
    path = tmp_path / "office.sqlite"
    shutil.copyfile(master_file[0], path)
    return Office(Cli(["--db", str(path)], tmp_path), master_file[1], tmp_path)


# -- the plan files, one per format -------------------------------------------------------------

def first_day() -> date:
    """A Tuesday about ten weeks ago."""
    day = date.today() - timedelta(days=70)
    return day - timedelta(days=(day.weekday() - 1) % 7)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def toml_dt(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def series_plan(ids: dict[str, Any]) -> tuple[str, str]:
    modules = ""
    for n in range(6):
        day = first_day() + timedelta(weeks=n)
        venue = '"Haus der Bildung"' if n < 3 else f"{ids['venues']['Zeche Zollverein']}"
        modules += f"""
[[sessions]]
title = "Modul {n + 1}: {['Grundlagen', 'Daten', 'Indikatoren', 'Berichte', 'Steuerung',
                          'Transfer'][n]}"
start = {toml_dt(at(day, 9, 30))}
end = {toml_dt(at(day, 16, 30))}
venue = {venue}
trainers = ["mk@example.org"{', "Gwŷn Llŵyd"' if n % 2 else ''}]
"""
    return "reihe.toml", f"""# Fortbildungsreihe: sechs Module, als Reihe oder einzeln buchbar
format = "training_series"
title = "Kommunales Bildungsmonitoring kompakt"
office = "berlin"
topic = "Kommunales Bildungsmonitoring"
capacity = 2
certificate_threshold = 0.8
funding_note = "Gefördert vom Bundesministerium für Bildung und Forschung"
municipalities = ["Leipzig", "Essen"]
{modules}"""


def network_plan(ids: dict[str, Any]) -> tuple[str, str]:
    meetings = ""
    for n, (town, site) in enumerate([("Leipzig", "Schulcampus Grünau"),
                                      ("Essen", "Bildungshaus Katernberg"),
                                      ("Bremen", "Quartiersbildungszentrum Blockdiek")]):
        day = first_day() + timedelta(weeks=2 * n)
        meetings += f"""
[[sessions]]
title = "Treffen in {town}"
start = {toml_dt(at(day, 10))}
end = {toml_dt(at(day, 16))}
host_municipality = "{town}"
trainers = [{ids['trainers'][1]}]
{'venue = "Haus der Bildung"' if town == "Leipzig" else ''}

[sessions.excursion]
site = "{site}"
city = "{town}"
host_contact = "Frau Demir, Schulleitung"
start = 13:30:00
end = 15:00:00
description = "Gute Praxis: Bildungslandschaft im Quartier"
"""
    return "themengruppe.toml", f"""format = "network_group"
title = "Netzwerk on Tour: Bildung und Stadtentwicklung"
office = "hamburg"
topic = "Bildung und Stadtentwicklung"
capacity = 2
municipalities = ["Leipzig", "Essen", "Bremen"]
{meetings}"""


def coaching_plan(ids: dict[str, Any]) -> tuple[str, str]:
    workshops = "".join(f"""
[[sessions]]
start = {toml_dt(at(first_day() + timedelta(weeks=3 * n), 9))}
end = {toml_dt(at(first_day() + timedelta(weeks=3 * n), 13))}
venue = {{id = {ids['venues']['Zeche Zollverein']}, name = "Zeche Zollverein"}}
notes = "Workshop {n + 1} mit externer Expertin"
""" for n in range(3))
    return "coaching.toml", f"""format = "coaching"
title = "Coaching Datenbasiertes Management"
office = "berlin"
capacity = 2
expert = "Małgorzata Kowalczyk-Şen"
municipalities = ["Leipzig", "Essen", "Bremen"]
description = "Drei Workshops über drei Monate"
{workshops}"""


def conference_plan(ids: dict[str, Any]) -> tuple[str, str]:
    day = first_day() + timedelta(weeks=1)
    plan = {
        "format": "conference", "title": "Fachtagung Bildung, soziale Lage und Diversität",
        "office": "hamburg", "topic": "Bildung, soziale Lage und Diversität", "capacity": 2,
        "unit_minutes": 45, "funding_note": "Gefördert aus Mitteln des BMBF",
        "sessions": [
            {"title": f"Tagungstag {n + 1}", "start": at(day + timedelta(days=n), 9).isoformat(),
             "end": at(day + timedelta(days=n), 17).isoformat(), "venue": "Zeche Zollverein",
             "agenda": [
                 {"start": "09:30", "end": "10:15", "title": "Begrüßung", "kind": "talk",
                  "speakers": [ids["trainers"][0]]},
                 {"start": "10:30", "end": "12:00", "title": "Podium: Daten und Teilhabe",
                  "kind": "panel", "speakers": ["mk@example.org", "gl@example.org"]},
                 {"start": "12:00", "end": "13:00", "title": "Mittagspause", "kind": "break"},
             ]}
            for n in range(2)
        ],
    }
    return "tagung.json", json.dumps(plan, ensure_ascii=False, indent=2)


def analysis_plan(ids: dict[str, Any]) -> tuple[str, str]:
    day = first_day()
    plan = {
        "format": "analysis", "title": "Klärung und Analyse Bremen", "office": "hamburg",
        "capacity": 2, "municipalities": ["Bremen"], "expert": ids["trainers"][1],
        "sessions": [
            {"kind": "pre_talk", "title": "Vorgespräch",
             "start": at(day, 10).strftime("%d.%m.%Y %H:%M"),
             "end": at(day, 12).strftime("%d.%m.%Y %H:%M")},
            {"kind": "analysis_workshop", "title": "Analyseworkshop",
             "start": at(day + timedelta(weeks=3), 9, 30).isoformat(),
             "end": at(day + timedelta(weeks=3), 16).isoformat(), "venue": "Haus der Bildung",
             "trainers": [ids["trainers"][1]]},
        ],
    }
    return "analyse.json", json.dumps(plan, ensure_ascii=False, indent=2)


PLANS = {"training_series": series_plan, "network_group": network_plan,
         "conference": conference_plan, "coaching": coaching_plan, "analysis": analysis_plan}


# -- readers --------------------------------------------------------------------------------------

def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def calendar_events(path: Path) -> list[Any]:
    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def sheet_text(ws: Any) -> str:
    return "\n".join(" ".join(str(v) for v in row if v is not None)
                     for row in ws.iter_rows(values_only=True))


# -- the walk -------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", list(PLANS))
def test_format_through_the_command_line(office: Office, fmt: str) -> None:
    cli, ids, folder = office.cli, office.ids, office.folder
    name, text = PLANS[fmt](ids)
    (folder / name).write_text(text, encoding="utf-8")

    created = cli.json("event", "create", "--from", name)
    event, sessions = created["id"], created["session_ids"]
    shown = cli.json("event", "show", str(event))
    assert shown["format"] == fmt and shown["capacity"] == 2
    assert [s["id"] for s in shown["sessions"]] == sessions
    check_plan_details(fmt, shown, ids)
    e = str(event)

    # Bookings: two whole, one of single sessions, one more whole: capacity 2 fills up.
    p1, p2, p3, p4 = (str(p) for p in ids["people"])
    first_two = f"{sessions[0]},{sessions[1]}"
    assert cli.json("register", e, p1)["status"] == "registered"
    assert cli.json("register", e, p2)["status"] == "registered"
    waiting = cli.json("register", e, p3, "--sessions", first_two)
    assert waiting["status"] == "waiting"
    assert [w["code"] for w in waiting["warnings"]] == ["waiting_list"]
    last = cli.json("register", e, p4)
    line = cli.json("waitlist", e)
    assert [(r["id"], r["waiting_position"], r["place_free"]) for r in line] == [
        (waiting["id"], 1, False), (last["id"], 2, False)]
    if fmt == "training_series":  # shared by all formats: checked once
        refused = cli.run("waitlist", "promote", str(waiting["id"]), expect=3)
        assert refused.stderr.startswith("Fehler: Es ist noch kein Platz frei")

    # A cancellation frees the first two sessions: the single-session booking moves up;
    # more places let the last one be promoted by hand.
    cancelled = cli.json("unregister", e, p1, "--reason", "Erkrankt")
    assert cancelled["promoted"] == [waiting["id"]]
    cli.json("event", "edit", e, "--capacity", "3")
    assert cli.json("waitlist", "promote", str(last["id"]))["status"] == "registered"
    booked_by_p3 = sessions[:2]
    if fmt == "training_series":
        changed = cli.json("register", e, p3, "--sessions", str(sessions[0]))
        assert changed["id"] == waiting["id"] and changed["status"] == "registered"
        booked_by_p3 = sessions[:1]
        human = cli.run("registrations", e).stdout
        assert "3 angemeldet, 0 auf der Warteliste, 1 storniert" in human
        assert "Erkrankt" in human

    rows = {r["person_id"]: r for r in cli.json("registrations", e)}
    assert rows[int(p1)]["status"] == "cancelled" and rows[int(p1)]["cancel_reason"] == "Erkrankt"
    assert rows[int(p1)]["cancelled_at"] is not None
    assert rows[int(p2)]["status"] == rows[int(p3)]["status"] == "registered"
    assert rows[int(p4)]["status"] == "registered"
    assert rows[int(p2)]["whole_event"] and len(rows[int(p2)]["sessions"]) == len(sessions)
    assert [s["id"] for s in rows[int(p3)]["sessions"]] == booked_by_p3
    assert all(r["waiting_position"] is None for r in rows.values())

    # Attendance for every session (all of them lie in the past), then the exports.
    cli.all(*[("attend", str(s), "--all-registered", "--status", "present")
              for s in sessions])
    if fmt == "analysis":  # no certificate for an analysis by default (planner/RULES.md)
        refused = cli.run("export", "certificates", "--event", e, "-o", "certs", expect=1)
        assert "keine Bescheinigung vorgesehen" in refused.stderr
    else:
        cli.run("export", "certificates", "--event", e, "-o", "certs", "--combined",
                "alle.pdf")
    cli.all(("export", "ical", "--participant", p3, "-o", "p3.ics"),
            ("export", "ical", "--event", e, "-o", "event.ics"),
            ("export", "signature-list", "--event", e, "-o", "unterschriften.xlsx"),
            ("export", "attendance", "--event", e, "-o", "anwesenheit.xlsx"))
    check_files(folder, shown, booked_by_p3, certificates=fmt != "analysis")
    if fmt == "analysis":
        check_dossier_and_agreement(cli, e, ids)

    # Next year's edition from the plan `event show --json` printed.
    (folder / "plan.json").write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    again = cli.json("event", "create", "--from", "plan.json", "--shift-weeks", "52")
    copy = cli.json("event", "show", str(again["id"]))
    assert same_plan(shown, copy, timedelta(weeks=52))


def check_plan_details(fmt: str, shown: dict[str, Any], ids: dict[str, Any]) -> None:
    s0 = shown["sessions"][0]
    trainer_names = {f"{first} {last}" for first, last, _ in TRAINERS}
    if fmt == "training_series":
        assert len(shown["sessions"]) == 6 and shown["certificate_threshold"] == 0.8
        assert shown["funding_note"].startswith("Gefördert")
        assert shown["topic"]["name"] == "Kommunales Bildungsmonitoring"
        assert {t["name"] for t in shown["sessions"][1]["trainers"]} == trainer_names
        assert shown["sessions"][4]["venue"]["id"] == ids["venues"]["Zeche Zollverein"]
    elif fmt == "network_group":
        assert [s["host_municipality"]["name"] for s in shown["sessions"]] == [
            "Leipzig", "Essen", "Bremen"]
        assert s0["excursion"]["site"] == "Schulcampus Grünau"
        assert (s0["excursion"]["start"], s0["excursion"]["end"]) == ("13:30", "15:00")
        assert s0["kind"] == "meeting" and len(shown["municipalities"]) == 3
    elif fmt == "conference":
        assert [a["kind"] for a in s0["agenda"]] == ["talk", "panel", "break"]
        assert {p["name"] for p in s0["agenda"][1]["speakers"]} == trainer_names
        assert s0["kind"] == "conference_day"
    elif fmt == "coaching":
        assert shown["expert"]["name"] == "Małgorzata Kowalczyk-Şen"
        assert [s["kind"] for s in shown["sessions"]] == ["workshop"] * 3
        assert s0["notes"] == "Workshop 1 mit externer Expertin"
    else:
        assert [s["kind"] for s in shown["sessions"]] == ["pre_talk", "analysis_workshop"]
        assert [m["name"] for m in shown["municipalities"]] == ["Bremen"]
        assert shown["expert"]["id"] == ids["trainers"][1]


def surnames(ws: Any) -> list[str]:
    """The surname column of a signature list (rows below the "Nr." header)."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(n for n, row in enumerate(rows) if row and row[0] == "Nr.")
    return [row[1] for row in rows[start + 1:] if row and isinstance(row[0], int) and row[1]]


def check_files(folder: Path, shown: dict[str, Any], booked_by_p3: list[int], *,
                certificates: bool) -> None:
    sessions = shown["sessions"]
    present = [last for _, last, _ in PARTICIPANTS[1:]]
    gone = PARTICIPANTS[0][1]
    if certificates:
        # One or more PDFs per person who took part, none for the cancellation.
        texts = [pdf_text(p) for p in sorted((folder / "certs").glob("*.pdf"))]
        assert texts
        for last in present:
            assert any(last in t for t in texts), last
        assert not any(gone in t for t in texts)
        combined = pdf_text(folder / "alle.pdf")
        assert all(last in combined for last in present) and shown["title"] in combined
    # The event calendar: every session once, at its Berlin wall-clock time.
    events = calendar_events(folder / "event.ics")
    assert len(events) == len(sessions) == len({str(v["UID"]) for v in events})
    uid_of = {}
    for s in sessions:
        vevent = next(v for v in events if s["title"] in str(v["SUMMARY"]))
        start = vevent.decoded("DTSTART")
        assert str(start.tzinfo) == "Europe/Berlin"
        assert start.replace(tzinfo=None) == datetime.fromisoformat(s["start"])
        if s["venue"]:
            assert s["venue"]["name"] in str(vevent.get("LOCATION"))
        uid_of[s["id"]] = str(vevent["UID"])
    # The participant's own calendar holds exactly the sessions booked, with the same UIDs.
    mine = calendar_events(folder / "p3.ics")
    assert sorted(str(v["UID"]) for v in mine) == sorted(uid_of[i] for i in booked_by_p3)
    # Signature lists: one sheet per session, the people booked for it, no e-mail addresses.
    book = openpyxl.load_workbook(folder / "unterschriften.xlsx")
    assert len(book.worksheets) == len(sessions)
    for s, sheet in zip(sessions, book.worksheets, strict=True):
        expected = {PARTICIPANTS[1][1], PARTICIPANTS[3][1]}
        if s["id"] in booked_by_p3:
            expected.add(PARTICIPANTS[2][1])
        assert set(surnames(sheet)) == expected, s["title"]
        assert "@" not in sheet_text(sheet)
    # The attendance matrix: everyone present wherever booked.
    matrix = openpyxl.load_workbook(folder / "anwesenheit.xlsx").worksheets[0]
    rows = {row[0]: row for row in matrix.iter_rows(values_only=True) if row[0]}
    for _, last, _ in PARTICIPANTS[1:]:
        assert "anwesend" in rows[last]
    assert "abwesend" not in rows[PARTICIPANTS[1][1]]


def check_dossier_and_agreement(cli: Cli, event: str, ids: dict[str, Any]) -> None:
    (cli.folder / "dossier.toml").write_text(
        'starting_situation = """Bremen baut ein kommunales Bildungsmonitoring auf.\n'
        'Daten liegen verstreut vor."""\n'
        'fields_of_action = "Datenbasis, Steuerungsgruppe"\n', encoding="utf-8")
    saved = cli.json("dossier", "save", event, "--from", "dossier.toml",
                     "--work-packages", "AP 1: Indikatorenset", "--completed-on",
                     date.today().isoformat())
    assert saved["changed"] == ["events"]
    start = date.today()
    agreement = cli.json("agreement", "save", "--event", event, "--goal",
                         "Bildungsbericht 2027", "--goal", "Steuerungsgruppe einrichten",
                         "--formats", "training_series,coaching", "--start", start.isoformat(),
                         "--end", (start + timedelta(days=365)).isoformat(), "--status",
                         "signed", "--signed-on", start.isoformat())
    cli.run("dossier", "export", event, "-o", "dossier.pdf")
    text = pdf_text(cli.folder / "dossier.pdf")
    assert "Bremen baut ein kommunales Bildungsmonitoring auf." in text
    assert "AP 1: Indikatorenset" in text
    record = cli.json("municipality", "show", str(ids["towns"]["Bremen"]))
    agreements = record["agreements"]
    assert [a["agreement_id"] for a in agreements] == [agreement["id"]]
    assert agreements[0]["status"] == "signed" and agreements[0]["event_id"] == int(event)
    assert agreements[0]["goals"] == ["Bildungsbericht 2027", "Steuerungsgruppe einrichten"]


def same_plan(old: dict[str, Any], new: dict[str, Any], shift: timedelta) -> bool:
    def strip(doc: dict[str, Any], move: timedelta) -> dict[str, Any]:
        out = {k: v for k, v in doc.items() if k != "id"}
        out["sessions"] = [
            {**{k: v for k, v in s.items() if k != "id"},
             "start": (datetime.fromisoformat(s["start"]) + move).isoformat(),
             "end": (datetime.fromisoformat(s["end"]) + move).isoformat()}
            for s in doc["sessions"]]
        return out
    return strip(old, shift) == strip(new, timedelta(0))
