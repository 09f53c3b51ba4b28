"""Plan files: validation with German errors naming file, line and field; references by
number, name and e-mail; `event create --from`, `event show`, `--shift-weeks`."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from planner.cli import main
from planner.errors import ValidationError
from planner.models import Event
from planner.plans.load import parse_document
from planner.plans.schema import PlanDocument
from tests.factories import make_series


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


SERIES_TOML = """\
# Fortbildungsreihe 2027
format = "training_series"
title = "Bildungsmonitoring kompakt"
office = "hamburg"
topic = "Kommunales Bildungsmonitoring"
capacity = 18
certificate_threshold = 0.75
funding_note = "Gefördert vom BMBF"
municipalities = ["Leipzig"]
{sessions}
"""

MODULE = """
[[sessions]]
title = "Modul {n}"
start = 2027-0{month}-0{day}T09:30:00
end = 2027-0{month}-0{day}T16:30:00
venue = "Haus der Bildung"
trainers = ["m.kowalczyk@example.org"]
"""


def series_toml(**changes: str) -> str:
    modules = "".join(MODULE.format(n=n, month=5, day=n + 2) for n in range(1, 7))
    text = SERIES_TOML.format(sessions=modules)
    for old, new in changes.items():
        text = text.replace(old, new)
    return text


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_create_from_toml_by_names_and_show_json(db, db_args, tmp_path, capsys):
    make_series(db, persons=0)  # Leipzig, Haus der Bildung, the trainer
    plan = write(tmp_path, "reihe.toml", series_toml())
    code, out, err = run(capsys, *db_args, "event", "create", "--from", plan, "--json")
    assert code == 0, err
    created = json.loads(out)
    assert set(created) >= {"id", "warnings", "changed", "session_ids"}
    assert created["changed"] == ["events", "sessions"] and len(created["session_ids"]) == 6
    code, out, _ = run(capsys, *db_args, "event", "show", str(created["id"]), "--json")
    shown = json.loads(out)
    assert shown["office"] == "hamburg" and shown["capacity"] == 18
    assert shown["certificate_threshold"] == 0.75 and shown["funding_note"] == "Gefördert vom BMBF"
    assert shown["topic"]["name"] == "Kommunales Bildungsmonitoring"
    assert [m["name"] for m in shown["municipalities"]] == ["Leipzig"]
    first = shown["sessions"][0]
    assert (first["start"], first["end"]) == ("2027-05-03T09:30", "2027-05-03T16:30")
    assert first["venue"]["name"] == "Haus der Bildung"
    assert first["trainers"][0]["name"] == "Małgorzata Kowalczyk-Şen"
    # The human view names the same things, German style.
    code, out, _ = run(capsys, *db_args, "event", "show", str(created["id"]))
    assert "Mo 03.05.2027 09:30–16:30" in out
    assert "Mindestteilnahme für Bescheinigungen: 75 %" in out
    assert "6 Termine" in out


def test_show_json_is_a_plan_and_shift_weeks_plans_next_year(db, db_args, tmp_path, capsys):
    series = make_series(db, persons=0)
    code, out, _ = run(capsys, *db_args, "event", "show", str(series.event_id), "--json")
    plan = write(tmp_path, "p.json", out)
    code, out, err = run(capsys, *db_args, "event", "create", "--from", plan, "--shift-weeks",
                         "52", "--title", "Reihe 2028", "--json")
    assert code == 0, err
    new_id = json.loads(out)["id"]
    _, old, _ = run(capsys, *db_args, "event", "show", str(series.event_id), "--json")
    _, new, _ = run(capsys, *db_args, "event", "show", str(new_id), "--json")
    old_doc, new_doc = json.loads(old), json.loads(new)
    assert new_doc["title"] == "Reihe 2028"
    for a, b in zip(old_doc["sessions"], new_doc["sessions"], strict=True):
        shift = datetime.fromisoformat(b["start"]) - datetime.fromisoformat(a["start"])
        assert shift.days == 364 and b["venue"] == a["venue"] and b["trainers"] == a["trainers"]


@pytest.mark.parametrize(("change", "marker", "expected"), [
    ({'format = "training_series"': 'format = "trainings_series"'}, "trainings_series",
     "format (Format): „trainings_series“ ist nicht erlaubt"),
    ({"capacity = 18": "capacity = -1"}, "capacity = -1",
     "capacity (Kapazität): muss mindestens 0 sein"),
    ({"certificate_threshold = 0.75": "certificate_threshold = 0.5"}, "threshold = 0.5",
     "certificate_threshold (Schwelle für Bescheinigungen): muss größer als 0,5 sein"),
    ({"end = 2027-05-05T16:30:00": "end = 2027-05-05T08:30:00"}, "T08:30",
     "sessions[2].end (Ende von Termin 3): das Ende (05.05.2027 08:30) liegt nicht nach dem "
     "Beginn"),
    ({"start = 2027-05-07T09:30:00": 'start = "nächsten Dienstag"'}, "nächsten",
     "sessions[4].start (Beginn von Termin 5): „nächsten Dienstag“ ist kein Datum mit "
     "Uhrzeit"),
    ({'title = "Modul 6"': 'titel = "Modul 6"'}, "titel",
     "sessions[5].titel (titel von Termin 6): ist kein bekanntes Feld – meinten Sie „title“?"),
    ({'trainers = ["m.kowalczyk@example.org"]':
      'trainers = ["m.kowalczyk@example.org", "niemand@example.org"]'},
     "niemand", "sessions[0].trainers[1] (Trainer*in 2 von Termin 1): Person "
     "„niemand@example.org“ gibt es nicht"),
    ({'venue = "Haus der Bildung"': 'venue = "Haus am See"'}, "Haus am See",
     "sessions[0].venue (Veranstaltungsort von Termin 1): Veranstaltungsort „Haus am See“ gibt "
     "es nicht"),
    ({'municipalities = ["Leipzig"]': "municipalities = [99999]"}, "99999",
     "municipalities[0] (Kommune 1): Organisation mit der Nummer 99999 gibt es nicht"),
])
def test_bad_plan_files_name_line_and_field(db, db_args, tmp_path, capsys, change, marker,
                                            expected):
    make_series(db, persons=0)
    with db.reading() as orm:
        events_before = orm.query(Event).count()
    text = series_toml(**change)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if marker in row)
    plan = write(tmp_path, "reihe.toml", text)
    code, out, err = run(capsys, *db_args, "event", "create", "--from", plan)
    assert code == 1 and out == ""
    assert err.startswith("Fehler: ") and len(err.strip().splitlines()) == 1, err
    assert f"Fehler: reihe.toml, Zeile {line}, {expected}" in err, err
    with db.reading() as orm:
        assert orm.query(Event).count() == events_before  # nothing half-written


def test_missing_field_and_broken_toml(tmp_path):
    text = series_toml(**{'title = "Bildungsmonitoring kompakt"\n': ""})
    with pytest.raises(ValidationError, match=r"^reihe.toml, title \(Titel\): fehlt\.$"):
        parse_document(text, "reihe.toml", PlanDocument, kind="toml")
    text = series_toml(**{"capacity = 18": "capacity = 18\ncapacity = 19"})
    with pytest.raises(ValidationError, match=r"^reihe.toml, Zeile 7, Spalte \d+: kein gültiges "
                                              "TOML"):
        parse_document(text, "reihe.toml", PlanDocument, kind="toml")
    text = series_toml(**{"[[sessions]]": "[[sessions]]\nstart = 2027-05-03T09:30:00"})
    with pytest.raises(ValidationError, match="kein gültiges TOML"):
        parse_document(text, "reihe.toml", PlanDocument, kind="toml")


def test_json_errors_name_the_line(tmp_path):
    doc = {"format": "conference", "title": "Tagung", "office": "berlin",
           "sessions": [{"start": "2027-06-10T09:00", "end": "2027-06-10T17:00"},
                        {"start": "2027-06-11T09:00", "end": "2027-06-11T17:00",
                         "agenda": [{"start": "25:00", "title": "Begrüßung"}]}]}
    text = json.dumps(doc, indent=2)
    with pytest.raises(ValidationError) as caught:
        parse_document(text, "tagung.json", PlanDocument, kind="json")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if '"25:00"' in row)
    assert caught.value.message.startswith(
        f"tagung.json, Zeile {line}, sessions[1].agenda[0].start (Beginn von Programmpunkt 1 "
        "von Termin 2): „25:00“ ist keine Uhrzeit")
    with pytest.raises(ValidationError, match=r"tagung.json, Zeile 3, Spalte 2: kein gültiges "
                                              "JSON"):
        parse_document('{"format": "conference",\n "title": "x"\n}}', "tagung.json",
                       PlanDocument, kind="json")


def test_several_errors_in_one_line_sorted_by_line(tmp_path):
    text = series_toml(**{"capacity = 18": 'capacity = "viele"',
                          'office = "hamburg"': "office = true"})
    with pytest.raises(ValidationError) as caught:
        parse_document(text, "reihe.toml", PlanDocument, kind="toml")
    message = caught.value.message
    assert message.startswith("2 Fehler in reihe.toml: Zeile 4, office")
    assert message.index("Zeile 4") < message.index("Zeile 6, capacity")


def test_references_by_id_name_and_ambiguous_names(db, db_args, tmp_path, capsys):
    series = make_series(db, persons=0)
    run(capsys, *db_args, "venue", "add", "--name", "Haus der Bildung", "--city", "Essen",
        "--state", "NW")
    plan = write(tmp_path, "reihe.toml", series_toml())
    code, _, err = run(capsys, *db_args, "event", "create", "--from", plan)
    assert code == 1 and "„Haus der Bildung“ ist mehrdeutig" in err and "(Essen)" in err
    # "Name, City" tells them apart; a number with another name is used, with a warning.
    text = series_toml().replace('venue = "Haus der Bildung"',
                                 'venue = "Haus der Bildung, Leipzig"', 5)
    text = text.replace('venue = "Haus der Bildung"',
                        f'venue = {{id = {series.venue_id}, name = "Alter Name"}}')
    plan = write(tmp_path, "reihe2.toml", text)
    code, out, err = run(capsys, *db_args, "event", "create", "--from", plan, "--json", "--force")
    assert code == 0, err
    warnings = json.loads(out)["warnings"]
    assert any(w["code"] == "plan_name_differs" and "Alter Name" in w["message"]
               for w in warnings)


def test_cancelled_sessions_are_listed_but_not_planned_again(db, db_args, tmp_path, capsys):
    series = make_series(db, persons=0)
    run(capsys, *db_args, "session", "cancel", str(series.session_ids[2]), "--reason", "Streik")
    _, out, _ = run(capsys, *db_args, "event", "show", str(series.event_id), "--json")
    shown = json.loads(out)
    assert shown["sessions"][2]["status"] == "cancelled"
    assert shown["sessions"][2]["cancel_reason"] == "Streik"
    plan = write(tmp_path, "p.json", out)
    code, out, err = run(capsys, *db_args, "event", "create", "--from", plan, "--shift-weeks",
                         "52", "--json")
    assert code == 0, err
    created = json.loads(out)
    assert len(created["session_ids"]) == 5
    assert any(w["code"] == "plan_cancelled_skipped" for w in created["warnings"])


def test_missing_and_unreadable_plan_files(db_args, tmp_path, capsys):
    code, _, err = run(capsys, *db_args, "event", "create", "--from", str(tmp_path / "x.toml"))
    assert code == 1 and "gibt es nicht" in err
    path = tmp_path / "bin.toml"
    path.write_bytes(b"\xff\xfe\x00x")
    code, _, err = run(capsys, *db_args, "event", "create", "--from", str(path))
    assert code == 1 and "keine UTF-8-Textdatei" in err
    path.write_text("[1, 2]")
    code, _, err = run(capsys, *db_args, "event", "create", "--from", str(path.with_suffix("")))
    assert code == 1


def test_readme_examples_are_valid_plans():
    """Every plan example in the README passes the same validation as `event create`."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(toml|json)\n(.*?)```", readme, flags=re.S)
    formats = set()
    for kind, text in blocks:
        doc, _ = parse_document(text, f"README.{kind}", PlanDocument, kind=kind)
        formats.add(doc.format)
    assert formats == {"training_series", "network_group", "conference", "coaching",
                       "analysis"}


def test_hostile_plan_sources_give_one_error_line(db_args, tmp_path, capsys):
    import os

    fifo = tmp_path / "plan.fifo"
    os.mkfifo(fifo)
    code, _, err = run(capsys, *db_args, "event", "create", "--from", str(fifo))
    assert code == 1 and "keine gewöhnliche Datei" in err  # and did not block
    code, _, err = run(capsys, *db_args, "event", "create", "--from", str(tmp_path))
    assert code == 1 and "ist ein Ordner" in err
    deep = tmp_path / "deep.json"
    deep.write_text('{"format": "conference", "title": "x", "office": "berlin", "sessions": '
                    + "[" * 5000 + "]" * 5000 + "}")
    code, _, err = run(capsys, *db_args, "event", "create", "--from", str(deep))
    assert code == 1 and err.startswith("Fehler: deep.json") and "Traceback" not in err
    big = tmp_path / "big.toml"
    big.write_text("notes = '" + "x" * (6 * 1024 * 1024) + "'\n")
    code, _, err = run(capsys, *db_args, "event", "create", "--from", str(big))
    assert code == 1 and "zu groß" in err


def test_plan_from_standard_input(db, db_args, capsys):
    import subprocess
    import sys

    series = make_series(db, persons=0)
    shown = subprocess.run([sys.executable, "-m", "planner", *db_args, "event", "show",
                            str(series.event_id), "--json"], capture_output=True, check=True)
    created = subprocess.run([sys.executable, "-m", "planner", *db_args, "event", "create",
                              "--from", "-", "--shift-weeks", "52", "--json"],
                             input=shown.stdout, capture_output=True, timeout=120)
    assert created.returncode == 0, created.stderr.decode()
    assert len(json.loads(created.stdout)["session_ids"]) == 6
    broken = subprocess.run([sys.executable, "-m", "planner", *db_args, "event", "create",
                             "--from", "-"], input=b'{"format": 1}', capture_output=True,
                            timeout=120)
    assert broken.returncode == 1
    message = broken.stderr.decode()
    assert message.startswith("Fehler: 4 Fehler in Standardeingabe: title (Titel): fehlt")
    assert "Zeile 1, format (Format): „1“ ist nicht erlaubt" in message
