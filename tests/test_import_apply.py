"""Preview and import semantics: duplicates, updates, waiting list, modes, CLI end to end."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.cli.main import main
from planner.imports import ImportFileError, apply_import, build_preview
from planner.models import ChangeLog, Event, Organisation, Person, Registration
from planner.usecases.people import add_person
from planner.usecases.registration import register
from tests.factories import make_series


def _write(tmp_path: Path, text: str, name: str = "anmeldungen.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_matching_existing_persons_updates_instead_of_duplicating(db, tmp_path: Path):
    series = make_series(db, persons=2)  # person0 Zofia Wałęsa-Łukasiewicz, person1 Ayşe …
    with db.transaction() as orm:
        mueller = add_person(orm, first_name="Jürgen", last_name="Müller",
                             organisation_id=series.municipality_id, function="").value.id
    path = _write(tmp_path,
                  "Nachname;Vorname;E-Mail;Kommune;Funktion;Telefon\n"
                  "MUELLER;jurgen;;Stadt Leipzig;Amtsleiter;0341 1\n"
                  "Anders;Zofia;PERSON0@example.org;Leipzig;;\n")
    with db.reading() as orm:
        preview = build_preview(orm, path, series.event_id)
    first, second = preview.rows
    assert first.person_id == mueller and first.match == "name_org"
    assert first.fill == {"function": "Amtsleiter", "phone": "0341 1"}
    assert second.person_id == series.person_ids[0] and second.match == "email"
    assert second.registration == "already"
    assert any("Nachname weicht ab" in p.message for p in second.problems)
    with db.transaction() as orm:
        report = apply_import(orm, preview, valid_only=False)
    assert report.created == [] and len(report.updated) == 1 and len(report.already) == 1
    with db.reading() as orm:
        person = orm.get(Person, mueller)
        assert (person.function, person.phone) == ("Amtsleiter", "0341 1")
        assert orm.get(Person, series.person_ids[0]).last_name == "Wałęsa-Łukasiewicz"
        reg = orm.scalar(select(Registration).where(Registration.person_id == mueller))
        assert reg is not None and reg.whole_event
        log = orm.scalar(select(ChangeLog).where(ChangeLog.action == "import_registrations"))
        assert log is not None and "Angemeldet: 1" in log.details


def test_full_sessions_go_to_waiting_list(db, tmp_path: Path):
    series = make_series(db, persons=2)
    with db.transaction() as orm:
        orm.get(Event, series.event_id).capacity = 3
    path = _write(tmp_path, "Name;E-Mail\nAnna Alt;a@example.org\nBerta Bach;b@example.org\n"
                            "Carla Christ;c@example.org\n")
    with db.reading() as orm:
        preview = build_preview(orm, path, series.event_id)
    assert [r.registration for r in preview.rows] == ["register", "waiting", "waiting"]
    assert preview.registers == 1 and preview.waiting == 2
    with db.transaction() as orm:
        report = apply_import(orm, preview, valid_only=True)
    assert len(report.registered) == 1 and len(report.waiting) == 2
    with db.reading() as orm:
        statuses = sorted(orm.scalars(select(Registration.status).where(
            Registration.event_id == series.event_id)))
    assert statuses.count("waiting") == 2 and statuses.count("registered") == 3


CSV_WITH_PROBLEMS = ("Name;E-Mail;Organisation;Module\n"
                     "Anna Alt;a@example.org;Leipzig;1,2\n"
                     ";ohne-name@example.org;Leipzig;\n"
                     "Berta Bach;keine-mail;Leipzig;\n"
                     "Carla Christ;c@example.org;Leipzig;Modul 9\n"
                     "Dora Dahl;d@example.org;Neue Stiftung gGmbH;\n"
                     "Anna Alt;A@EXAMPLE.ORG;Leipzig;\n")


def test_all_rows_with_errors_aborts_and_writes_nothing(db, tmp_path: Path):
    series = make_series(db, persons=1)
    path = _write(tmp_path, CSV_WITH_PROBLEMS)
    with db.reading() as orm:
        preview = build_preview(orm, path, series.event_id)
    assert (preview.total, preview.errors, preview.fixes) == (6, 3, 2)
    messages = {r.line: " ".join(p.message for p in r.problems) for r in preview.rows}
    assert "Name fehlt" in messages[3]
    assert "Ungültige E-Mail" in messages[4]
    assert "Unbekanntes Modul „Modul 9“" in messages[5]
    assert "wird als neue Organisation" in messages[6]
    assert "Doppelte Zeile" in messages[7] and "Zeile 2" in messages[7]
    before = sqlite3.connect(db.path).execute("SELECT count(*) FROM person").fetchone()
    with pytest.raises(ImportFileError, match="3 Zeilen haben Fehler"):
        with db.transaction() as orm:
            apply_import(orm, preview, valid_only=False)
    assert sqlite3.connect(db.path).execute("SELECT count(*) FROM person").fetchone() == before


def test_valid_only_skips_rows_with_problems(db, tmp_path: Path):
    series = make_series(db, persons=1)
    path = _write(tmp_path, CSV_WITH_PROBLEMS)
    with db.reading() as orm:
        preview = build_preview(orm, path, series.event_id)
    with db.transaction() as orm:
        report = apply_import(orm, preview, valid_only=True)
    assert report.created == ["Zeile 2: Anna Alt"]
    assert [s.split(":")[0] for s in report.skipped] == [
        "Zeile 3", "Zeile 4", "Zeile 5", "Zeile 6", "Zeile 7"]
    with db.reading() as orm:
        anna = orm.scalar(select(Person).where(Person.email == "a@example.org"))
        reg = orm.scalar(select(Registration).where(Registration.person_id == anna.id))
        assert [s.title for s in reg.booked_sessions()] == ["Modul 1", "Modul 2"]
        assert orm.scalar(select(Organisation).where(
            Organisation.name == "Neue Stiftung gGmbH")) is None


def test_all_rows_imports_fixable_rows(db, tmp_path: Path):
    series = make_series(db, persons=1)
    path = _write(tmp_path, "Name;E-Mail;Organisation\nDora Dahl;d@example.org;Neue Stiftung\n"
                            "Emil Ernst;e@example.org;neue  stiftung\n"
                            "Dora Dahl;D@example.org;Neue Stiftung\n")
    with db.reading() as orm:
        preview = build_preview(orm, path, series.event_id)
    with db.transaction() as orm:
        report = apply_import(orm, preview, valid_only=False)
    assert report.organisations == ["Neue Stiftung"]
    assert len(report.created) == 2 and len(report.skipped) == 1
    with db.reading() as orm:
        org = orm.scalar(select(Organisation).where(Organisation.name == "Neue Stiftung"))
        assert org.kind == "other"
        assert sorted(p.first_name for p in org.persons) == ["Dora", "Emil"]


def test_changed_file_after_preview_is_refused(db, tmp_path: Path):
    series = make_series(db, persons=0)
    path = _write(tmp_path, "Name\nAnna Alt\n")
    with db.reading() as orm:
        preview = build_preview(orm, path, series.event_id)
    path.write_text("Name\nAnna Alt\nBerta Bach\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="seit der Vorschau geändert"):
        with db.transaction() as orm:
            apply_import(orm, preview, valid_only=False)


def _dump(db_path: Path) -> list[tuple]:
    con = sqlite3.connect(db_path)
    try:
        out = []
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                    "ORDER BY name"):
            out.append((table, sorted(con.execute(f'SELECT * FROM "{table}"').fetchall(),
                                      key=repr)))
        return out
    finally:
        con.close()


def test_cli_import_dry_run_writes_nothing_then_imports(db, db_path: Path, tmp_path: Path,
                                                        capsys):
    series = make_series(db, persons=1)
    with db.transaction() as orm:
        orm.get(Event, series.event_id).capacity = 2
    db.close()
    path = _write(tmp_path, "Teilnehmer;Mail;Ort;Termine\nAnna Alt;a@example.org;Leipzig;1\n"
                            "Berta Bach;b@example.org;Leipzig;\nKaputt;;;\n")
    before = _dump(db_path)
    rc = main(["--db", str(db_path), "import", "registrations", str(path),
               "--event", str(series.event_id), "--dry-run", "--mapping",
               '{"Ort": "organisation"}'])
    out = capsys.readouterr().out
    assert rc == 1  # errors present and all rows requested
    assert "Probelauf" in out and "Zeile 4: Vorname fehlt" in out
    assert "Ort → Kommune/Organisation" in out
    assert _dump(db_path) == before
    rc = main(["--db", str(db_path), "import", "registrations", str(path),
               "--event", str(series.event_id), "--mapping", '{"Ort": "organisation"}'])
    assert rc == 1 and _dump(db_path) == before
    assert "nichts importiert" in capsys.readouterr().err
    rc = main(["--db", str(db_path), "import", "registrations", str(path),
               "--event", str(series.event_id), "--valid-only", "--mapping",
               '{"Ort": "organisation"}'])
    out = capsys.readouterr().out
    assert rc == 0 and "Neu angelegt: 2 Personen" in out and "Warteliste: 1" in out
    con = sqlite3.connect(db_path)
    rows = con.execute("SELECT p.last_name, r.status FROM registration r JOIN person p "
                       "ON p.id = r.person_id WHERE p.last_name IN ('Alt','Bach') "
                       "ORDER BY p.last_name").fetchall()
    con.close()
    assert rows == [("Alt", "registered"), ("Bach", "waiting")]


def test_cli_person_merge(db, db_path: Path, capsys):
    series = make_series(db, persons=2)
    with db.transaction() as orm:
        dup = add_person(orm, first_name="zofia", last_name="WAŁĘSA-Łukasiewicz",
                         phone="0341 99").value.id
        register(orm, series.event_id, dup, [series.session_ids[0]], force=True)
    db.close()
    keep = series.person_ids[0]
    assert main(["--db", str(db_path), "person", "merge", str(keep), str(dup)]) == 0
    assert "zusammengeführt" in capsys.readouterr().out
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT count(*) FROM person WHERE id = ?", (dup,)).fetchone() == (0,)
    assert con.execute("SELECT phone FROM person WHERE id = ?", (keep,)).fetchone() == ("0341 99",)
    assert con.execute("SELECT count(*) FROM change_log WHERE action = 'person_merge' AND "
                       "entity_id = ?", (keep,)).fetchone() == (1,)
    con.close()
    assert main(["--db", str(db_path), "person", "merge", str(keep), str(keep)]) == 1
