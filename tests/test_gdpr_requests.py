"""Access requests (everything on one person as JSON and .xlsx) and erasure requests."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.cli.main import main
from planner.errors import PlannerError
from planner.gdpr.access import export_person_data, person_data
from planner.gdpr.consent import set_consent
from planner.gdpr.erasure import erase_person, retention_duties
from planner.models import Person
from planner.storage.database import Database
from planner.usecases.people import add_person
from planner.usecases.registration import register
from tests.factories import make_series
from tests.test_gdpr import build_history, contains_word, dump_text, statistics


def count(db_path: Path, sql: str, *args: object) -> int:
    con = sqlite3.connect(db_path)
    try:
        return int(con.execute(sql, args).fetchone()[0])
    finally:
        con.close()


def test_access_export_has_everything_on_the_person(db: Database, db_path: Path,
                                                    tmp_path: Path) -> None:
    series = build_history(db, tmp_path, persons=3)
    pid = series.person_ids[0]
    with db.transaction() as orm:
        set_consent(orm, pid, photos=True, directory=None, consent_date=date(2015, 3, 3))
    out = tmp_path / "auskunft"
    with db.transaction() as orm:
        result = export_person_data(orm, pid, out)
    json_file = next(f for f in result.files if f.suffix == ".json")
    xlsx_file = next(f for f in result.files if f.suffix == ".xlsx")
    data = json.loads(json_file.read_text(encoding="utf-8"))
    assert data["person"]["id"] == pid
    assert data["person"]["email"] == "person0@example.org"
    assert data["consents"] == {"photos": "ja", "directory": "unbekannt",
                                "date": "2015-03-03"}
    assert len(data["registrations"]) == count(
        db_path, "SELECT count(*) FROM registration WHERE person_id = ?", pid)
    assert len(data["attendance"]) == count(
        db_path, "SELECT count(*) FROM attendance WHERE person_id = ?", pid) == 6
    assert [c["serial"] for c in data["certificates"]] == [
        r for (r,) in sqlite3.connect(db_path).execute(
            "SELECT serial FROM certificate WHERE person_id = ?", (pid,))]
    assert data["person"]["organisation"]["name"] == "Dortmund"
    assert data["retention_until"] == "2020-04-07"
    assert "mails_sent" in data and "invitations_sent" in data
    # The audit log of the person is part of the answer (it has the consent change).
    assert any("consent_photos" in e["details"] for e in data["audit_log"])
    workbook = load_workbook(xlsx_file)
    assert {"Person", "Einwilligungen", "Anmeldungen", "Anwesenheit",
            "Bescheinigungen", "Protokoll"} <= set(workbook.sheetnames)
    assert workbook["Anwesenheit"].max_row == 1 + 6
    person_cells = {row[0].value: row[1].value for row in workbook["Person"].iter_rows()}
    assert person_cells["email"] == "person0@example.org"
    if os.name == "posix":
        assert stat.S_IMODE(json_file.stat().st_mode) == 0o600
    # The export itself is logged.
    assert count(db_path, "SELECT count(*) FROM change_log WHERE action = 'export' AND "
                 "entity = 'person' AND entity_id = ?", pid) == 1


def test_access_export_lists_sent_mails_when_the_mail_log_exists(db: Database,
                                                                  tmp_path: Path) -> None:
    mail = pytest.importorskip("planner.models.mail")
    with db.transaction() as orm:
        p = add_person(orm, first_name="Mia", last_name="Post", email="mia@example.org").value
        orm.add(mail.SentMessage(person_id=p.id, address="mia@example.org", kind="certificate",
                                 subject="Ihre Bescheinigung", result="sent"))
    with db.reading() as orm:
        mails = person_data(orm, p.id)["mails_sent"]
    assert [(m["address"], m["result"]) for m in mails] == [("mia@example.org", "sent")]


def test_erase_without_retention_duty_deletes(db: Database, db_path: Path) -> None:
    future = make_series(db, start=datetime(2031, 3, 4, 9, 30), persons=0)
    with db.transaction() as orm:
        p = add_person(orm, first_name="Erika", last_name="Löschmich",
                       email="erika@example.org").value
        register(orm, future.event_id, p.id, force=True)
    with db.transaction() as orm:
        assert retention_duties(orm, p.id) == []  # a future event documents nothing yet
        report = erase_person(orm, p.id, reason="Antrag per E-Mail").value
    assert report.deleted
    assert count(db_path, "SELECT count(*) FROM person WHERE id = ?", p.id) == 0
    assert count(db_path, "SELECT count(*) FROM registration WHERE person_id = ?", p.id) == 0
    dump = dump_text(db_path)
    assert not contains_word(dump, "Löschmich") and "erika@example.org" not in dump
    assert count(db_path, "SELECT count(*) FROM change_log WHERE action = 'erase' AND "
                 "entity_id = ?", p.id) == 1


def test_erase_with_certificate_anonymises_and_explains(db: Database, db_path: Path,
                                                        tmp_path: Path) -> None:
    series = build_history(db, tmp_path, persons=3)
    before = statistics(db_path)
    with_cert, without_cert = series.person_ids[0], series.person_ids[2]
    with db.transaction() as orm:
        report = erase_person(orm, with_cert, on=date(2030, 1, 1)).value
    assert not report.deleted
    serial = sqlite3.connect(db_path).execute(
        "SELECT serial FROM certificate WHERE person_id = ?", (with_cert,)).fetchone()[0]
    assert "Bescheinigung" in report.explanation and serial in report.explanation
    assert "anonymisiert" in report.explanation
    # Without a certificate and after the retention period: deleted.
    with db.transaction() as orm:
        assert erase_person(orm, without_cert, on=date(2030, 1, 1)).value.deleted
    after = statistics(db_path)
    assert after["certificates"] == before["certificates"]
    with db.reading() as orm:
        kept = orm.get(Person, with_cert)
        assert kept is not None and kept.anonymised_on == date(2030, 1, 1)
        assert kept.email is None


def test_erase_within_retention_period_keeps_attendance(db: Database, db_path: Path,
                                                        tmp_path: Path) -> None:
    series = build_history(db, tmp_path, persons=3, certificates=False)
    before = statistics(db_path)
    with db.transaction() as orm:
        report = erase_person(orm, series.person_ids[1], on=date(2019, 6, 1)).value
    assert not report.deleted
    assert "Verwendungsnachweis" in report.explanation and "07.04.2020" in report.explanation
    assert statistics(db_path) == before


def test_erase_refuses_trainer_with_future_sessions(db: Database) -> None:
    series = make_series(db, start=datetime(2031, 3, 4, 9, 30), persons=1)
    with pytest.raises(PlannerError, match="künftige"), db.transaction() as orm:
        erase_person(orm, series.trainer_id)


def test_cli_gdpr_commands(db: Database, db_path: Path, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    series = build_history(db, tmp_path, persons=2, certificates=False)
    db.close()
    base = ["--db", str(db_path), "gdpr"]
    assert main([*base, "due", "--json"]) == 0
    due = json.loads(capsys.readouterr().out)
    assert {d["person_id"] for d in due} == {*series.person_ids, series.trainer_id}
    assert main([*base, "anonymise", "--due"]) == 0  # without --yes: only shown
    assert "Mit --yes ausführen" in capsys.readouterr().out
    assert count(db_path, "SELECT count(*) FROM person WHERE anonymised_on IS NULL") == 3
    out = tmp_path / "out"
    assert main([*base, "export", str(series.person_ids[0]), "-o", str(out)]) == 0
    assert len(list(out.iterdir())) == 2
    assert main([*base, "anonymise", "--person", str(series.person_ids[0]), "--yes"]) == 0
    assert main([*base, "anonymise", "--due", "--yes"]) == 0
    capsys.readouterr()
    assert count(db_path, "SELECT count(*) FROM person WHERE anonymised_on IS NULL") == 0
    assert main([*base, "erase", "999"]) == 1
    assert main([*base, "consents", "--event", str(series.event_id), "--json"]) == 0
    consents = json.loads(capsys.readouterr().out)
    assert {c["photos"] for c in consents} == {"unbekannt"} and len(consents) == 2
    assert main(["--db", str(db_path), "audit", "--person", str(series.person_ids[0]),
                 "--json"]) == 0
    actions = [e["action"] for e in json.loads(capsys.readouterr().out)]
    assert "anonymise" in actions and "export" in actions and "insert" in actions
