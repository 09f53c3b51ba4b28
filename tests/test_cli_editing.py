"""The edit commands: event edit, session add/edit, venue/organisation/topic/person,
dossier and agreement save; booking changes and the waiting list on the command line."""

from __future__ import annotations

import json

from planner.cli import main
from planner.models import CooperationAgreement, Event, Organisation, Person, Session, Venue
from planner.usecases.people import add_person
from tests.factories import make_series


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def saved(capsys, db_args, *args: str) -> dict:
    code, out, err = run(capsys, *db_args, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_event_edit_changes_only_what_is_given(db, db_args, capsys):
    series = make_series(db, persons=0)
    e = str(series.event_id)
    doc = saved(capsys, db_args, "event", "edit", e, "--capacity", "14", "--threshold", "75 %",
                "--funding-note", "Gefördert vom BMBF", "--topic", "2", "--expert",
                str(series.trainer_id))
    assert doc == {"id": series.event_id, "warnings": [], "changed": ["events"]}
    with db.reading() as orm:
        event = orm.get(Event, series.event_id)
        assert (event.capacity, event.certificate_threshold, event.funding_note) == (
            14, 0.75, "Gefördert vom BMBF")
        assert event.topic_id == 2 and event.expert_id == series.trainer_id
        assert event.title == "Fortbildungsreihe Bildungsmonitoring 2027"
    saved(capsys, db_args, "event", "edit", e, "--capacity", "none", "--expert", "none",
          "--municipalities", str(series.municipality_id))
    with db.reading() as orm:
        event = orm.get(Event, series.event_id)
        assert event.capacity is None and event.expert_id is None
        assert [m.id for m in event.municipalities] == [series.municipality_id]
        assert event.certificate_threshold == 0.75  # untouched
    code, _, err = run(capsys, *db_args, "event", "edit", e, "--threshold", "50")
    assert code == 1 and "über 50 %" in err
    code, _, err = run(capsys, *db_args, "event", "edit", e, "--capacity", "viele")
    assert code == 1 and err.startswith("Fehler: --capacity: „viele“ ist keine ganze Zahl")


def test_session_add_and_edit(db, db_args, tmp_path, capsys):
    series = make_series(db, persons=0)
    doc = saved(capsys, db_args, "session", "add", str(series.event_id), "--start",
                "2027-05-11T09:30", "--end", "2027-05-11T16:30", "--title", "Zusatzmodul",
                "--venue", str(series.venue_id), "--trainers", str(series.trainer_id))
    added = doc["id"]
    assert doc["changed"] == ["sessions"]
    # The same trainer at the same time elsewhere is a conflict: exit code 3.
    code, _, err = run(capsys, *db_args, "session", "add", str(series.event_id), "--start",
                       "2027-05-11T10:00", "--end", "2027-05-11T12:00", "--trainers",
                       str(series.trainer_id))
    assert code == 3 and "Doppelbuchung" in err
    doc = saved(capsys, db_args, "session", "edit", str(added), "--title", "Zusatzmodul Praxis",
                "--venue", "none", "--trainers", "none", "--capacity", "8", "--notes",
                "Raum 2.14")
    with db.reading() as orm:
        s = orm.get(Session, added)
        assert (s.title, s.venue_id, s.trainers, s.capacity, s.notes) == (
            "Zusatzmodul Praxis", None, [], 8, "Raum 2.14")
        assert s.start.hour == 9  # untouched
    assert doc["sequence"] >= 1  # a calendar-relevant change raises the SEQUENCE
    code, _, err = run(capsys, *db_args, "session", "edit", str(added))
    assert code == 1 and "Nichts zu ändern" in err
    # One session from a file, like a [[sessions]] entry of a plan (with its agenda).
    (tmp_path / "s.toml").write_text(
        'title = "Transfertag"\nstart = 2027-06-01T09:00:00\nend = 2027-06-01T15:00:00\n'
        'venue = "Haus der Bildung"\n\n[[agenda]]\nstart = 09:15:00\ntitle = "Impuls"\n'
        'speakers = ["m.kowalczyk@example.org"]\n', encoding="utf-8")
    doc = saved(capsys, db_args, "session", "add", str(series.event_id), "--from",
                str(tmp_path / "s.toml"))
    with db.reading() as orm:
        s = orm.get(Session, doc["id"])
        assert s.venue_id == series.venue_id
        assert [(a.title, [p.id for p in a.speakers]) for a in s.agenda] == [
            ("Impuls", [series.trainer_id])]


def test_master_data_commands(db, db_args, capsys):
    venue = saved(capsys, db_args, "venue", "add", "--name", "Zeche Zollverein", "--city",
                  "Essen", "--state", "Nordrhein-Westfalen", "--capacity", "80")["id"]
    saved(capsys, db_args, "venue", "edit", str(venue), "--street", "Gelsenkirchener Str. 181",
          "--capacity", "none")
    org = saved(capsys, db_args, "organisation", "add", "--name", "Gelsenkirchen",
                "--municipality", "--state", "NW", "--population", "263000")
    assert org["changed"] == ["organisations"]
    small = saved(capsys, db_args, "organisation", "edit", str(org["id"]), "--population",
                  "240000")
    assert small["id"] == org["id"]
    saved(capsys, db_args, "organisation", "edit", str(org["id"]), "--no-municipality",
          "--notes", "Stiftung")
    topic = saved(capsys, db_args, "topic", "add", "Übergang Schule–Beruf")
    code, _, err = run(capsys, *db_args, "topic", "add", "übergang schule–beruf")
    assert code == 1 and "gibt es schon" in err
    with db.transaction() as orm:
        person = add_person(orm, first_name="Ana", last_name="Novak").value.id
    saved(capsys, db_args, "person", "edit", str(person), "--last-name", "Novák", "--email",
          "ana@example.org", "--organisation", str(org["id"]), "--role", "trainer",
          "--role", "participant")
    with db.reading() as orm:
        v = orm.get(Venue, venue)
        assert (v.street, v.city, v.federal_state, v.capacity) == (
            "Gelsenkirchener Str. 181", "Essen", "NW", None)
        o = orm.get(Organisation, org["id"])
        assert (o.kind, o.population, o.notes, o.federal_state) == (
            "other", 240000, "Stiftung", "NW")
        p = orm.get(Person, person)
        assert (p.last_name, p.email, p.organisation_id) == ("Novák", "ana@example.org", o.id)
        assert p.roles == ["participant", "trainer"]
    _, out, _ = run(capsys, *db_args, "list", "topics", "--json")
    assert {"id": topic["id"], "name": "Übergang Schule–Beruf"} in json.loads(out)
    _, out, _ = run(capsys, *db_args, "list", "organisations")
    assert "Gelsenkirchen" in out


def test_dossier_and_agreement_keep_what_is_not_given(db, db_args, tmp_path, capsys):
    series = make_series(db, persons=0)
    (tmp_path / "analyse.toml").write_text(f"""
format = "analysis"
title = "Klärung und Analyse Leipzig"
office = "berlin"
municipalities = [{series.municipality_id}]
[[sessions]]
kind = "analysis_workshop"
start = 2027-09-07T09:30:00
end = 2027-09-07T16:00:00
""", encoding="utf-8")
    event = str(saved(capsys, db_args, "event", "create", "--from",
                      str(tmp_path / "analyse.toml"))["id"])
    saved(capsys, db_args, "dossier", "save", event, "--starting-situation", "Ausgangslage A")
    saved(capsys, db_args, "dossier", "save", event, "--work-packages", "AP 1",
          "--completed-on", "30.09.2027")
    first = saved(capsys, db_args, "agreement", "save", "--event", event, "--goal", "Ziel 1",
                  "--formats", "coaching", "--status", "draft")
    again = saved(capsys, db_args, "agreement", "save", "--event", event, "--status", "signed",
                  "--signed-on", "2027-10-01")
    assert again["id"] == first["id"] and again["changed"] == ["events"]
    with db.reading() as orm:
        dossier = orm.get(Event, int(event)).dossier
        assert (dossier.starting_situation, dossier.work_packages,
                dossier.completed_on.isoformat()) == ("Ausgangslage A", "AP 1", "2027-09-30")
        agreement = orm.get(CooperationAgreement, first["id"])
        assert (agreement.goals, agreement.agreed_formats, agreement.status) == (
            ["Ziel 1"], ["coaching"], "signed")
    # A municipality's own agreement, then changed by its number.
    other = saved(capsys, db_args, "agreement", "save", "--municipality",
                  str(series.municipality_id), "--goal", "Netzwerk", "--office", "hamburg")
    saved(capsys, db_args, "agreement", "save", "--agreement", str(other["id"]), "--end",
          "2028-12-31")
    with db.reading() as orm:
        agreement = orm.get(CooperationAgreement, other["id"])
        assert agreement.goals == ["Netzwerk"] and agreement.end_date.year == 2028
        assert agreement.office.code == "hamburg"
    code, _, err = run(capsys, *db_args, "dossier", "save", str(series.event_id),
                       "--work-packages", "x")
    assert code == 1 and "nur bei „Klärung und Analyse“" in err
    (tmp_path / "bad.toml").write_text('status = "done"\n', encoding="utf-8")
    code, _, err = run(capsys, *db_args, "agreement", "save", "--event", event, "--from",
                       str(tmp_path / "bad.toml"))
    assert code == 1 and "bad.toml, Zeile 1, status (Status): „done“ ist nicht erlaubt" in err


def test_booking_changes_and_waiting_list(db, db_args, capsys):
    series = make_series(db, persons=3)
    e, (a, b, c) = str(series.event_id), (str(p) for p in series.person_ids)
    s1, s2, s3 = (str(s) for s in series.session_ids[:3])
    saved(capsys, db_args, "event", "edit", e, "--capacity", "3")
    saved(capsys, db_args, "unregister", e, c, "--reason", "Elternzeit")
    # Module booking instead of the whole series; then modules 1 and 3.
    doc = saved(capsys, db_args, "register", e, a, "--sessions", f"{s1},{s2}")
    assert doc["status"] == "registered"
    doc = saved(capsys, db_args, "register", e, a, "--sessions", f"{s1},{s3}")
    _, out, _ = run(capsys, *db_args, "registrations", e, "--json")
    rows = {r["person_id"]: r for r in json.loads(out)}
    assert [s["id"] for s in rows[int(a)]["sessions"]] == [int(s1), int(s3)]
    assert rows[int(a)]["whole_event"] is False and rows[int(b)]["whole_event"] is True
    code, _, err = run(capsys, *db_args, "register", e, a, "--sessions", f"{s1},{s3}")
    assert code == 1 and "bereits so angemeldet" in err
    # With capacity 2 the cancelled person, booking again, waits: modules 1 and 3 are full.
    saved(capsys, db_args, "event", "edit", e, "--capacity", "2")
    doc = saved(capsys, db_args, "register", e, c)
    assert doc["status"] == "waiting"
    assert [w["code"] for w in doc["warnings"]] == ["waiting_list"]
    _, out, _ = run(capsys, *db_args, "registrations", e, "--status", "registered", "--json")
    assert {r["person_id"] for r in json.loads(out)} == {int(a), int(b)}
    # Adding a session that is full is refused as a conflict (exit 3) unless forced.
    with db.transaction() as orm:
        d = str(add_person(orm, first_name="Dora", last_name="Dahl").value.id)
    assert saved(capsys, db_args, "register", e, d, "--sessions", s2)["status"] == "registered"
    code, _, err = run(capsys, *db_args, "register", e, d, "--sessions", f"{s2},{s1}")
    assert code == 3 and "Ausgebucht: Modul 1" in err
    code, out, _ = run(capsys, *db_args, "waitlist", e)
    assert code == 0 and "1 Person" in out and "voll: Modul 1, Modul 2, Modul 3" in out
    code, _, err = run(capsys, *db_args, "waitlist", "promote", str(doc["id"]))
    assert code == 3 and "kein Platz frei" in err and "--force" in err
    forced = saved(capsys, db_args, "waitlist", "promote", str(doc["id"]), "--force")
    assert forced["status"] == "registered"
    # Usage mistakes of `waitlist` are usage errors (exit 2).
    for args in (["waitlist", "promote"], ["waitlist", "12", "13"], ["waitlist", "x"]):
        try:
            code = main([*db_args, *args])
        except SystemExit as exc:
            code = exc.code
        assert code == 2, args


def test_session_edit_from_file_replaces_agenda_and_excursion(db, db_args, tmp_path, capsys):
    series = make_series(db, persons=0)
    sid = str(series.session_ids[0])
    (tmp_path / "s.toml").write_text(
        'notes = "Bitte Laptop mitbringen"\ntrainers = []\n\n'
        '[excursion]\nsite = "Schulcampus Grünau"\nstart = 13:30:00\nend = 15:00:00\n\n'
        '[[agenda]]\nstart = 09:30:00\nend = 10:00:00\ntitle = "Ankommen"\nkind = "break"\n\n'
        '[[agenda]]\nstart = 10:00:00\ntitle = "Impuls"\n'
        'speakers = ["Małgorzata Kowalczyk-Şen"]\n', encoding="utf-8")
    doc = saved(capsys, db_args, "session", "edit", sid, "--from", str(tmp_path / "s.toml"))
    assert doc["id"] == int(sid) and doc["changed"] == ["sessions"]
    with db.reading() as orm:
        s = orm.get(Session, int(sid))
        assert (s.notes, s.trainers, s.title) == ("Bitte Laptop mitbringen", [], "Modul 1")
        assert s.excursion.site == "Schulcampus Grünau"
        assert [(a.title, a.kind, [p.id for p in a.speakers]) for a in s.agenda] == [
            ("Ankommen", "break", []), ("Impuls", "talk", [series.trainer_id])]
    (tmp_path / "s.json").write_text('{"excursion": null, "agenda": []}', encoding="utf-8")
    saved(capsys, db_args, "session", "edit", sid, "--from", str(tmp_path / "s.json"))
    with db.reading() as orm:
        s = orm.get(Session, int(sid))
        assert s.excursion is None and s.agenda == [] and s.notes == "Bitte Laptop mitbringen"
    (tmp_path / "bad.json").write_text('{\n  "start": "2027-03-02T18:00"\n}', encoding="utf-8")
    code, _, err = run(capsys, *db_args, "session", "edit", sid, "--from",
                       str(tmp_path / "bad.json"))
    assert code == 1 and err.startswith("Fehler: bad.json: Das Ende") and "nicht nach" in err
    (tmp_path / "typo.json").write_text('{\n  "venu": 1\n}', encoding="utf-8")
    code, _, err = run(capsys, *db_args, "session", "edit", sid, "--from",
                       str(tmp_path / "typo.json"))
    assert code == 1 and "Zeile 2, venu (venu): ist kein bekanntes Feld – meinten Sie „venue“" \
        in err
