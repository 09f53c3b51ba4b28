"""Audit log: person changes (field names, never values) and exports of personal data,
with who (OS user, office) and when; read back with plain SQL."""

from __future__ import annotations

import getpass
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from planner.audit import acting_as, record
from planner.cli.main import main
from planner.models import Person, utcnow
from planner.settings import CURRENT_OFFICE
from planner.storage.database import Database
from planner.usecases.people import add_person, update_person
from tests import rawdb
from tests.factories import make_series


def log(db_path: Path, where: str = "1 = 1", *args: object) -> list[sqlite3.Row]:
    con = rawdb.connect(db_path)  # SQLite file or, under --pg, the server
    con.row_factory = sqlite3.Row
    try:
        return list(con.execute(f"SELECT * FROM change_log WHERE {where} ORDER BY id", args))
    finally:
        con.close()


def test_person_insert_update_delete_are_logged_without_values(db: Database,
                                                               db_path: Path) -> None:
    with db.transaction() as orm:
        CURRENT_OFFICE.set(orm, "leipzig")
    started = utcnow() - timedelta(seconds=5)
    with db.transaction() as orm:
        person = add_person(orm, first_name="Jürgen", last_name="Geheim",
                            email="juergen@example.org").value
    with db.transaction() as orm:
        update_person(orm, person.id, email="neu.geheim@example.org", phone="0341 123")
    with db.transaction() as orm:
        update_person(orm, person.id, phone="0341 123")  # no change: no entry
    with db.transaction() as orm:
        orm.delete(orm.get(Person, person.id))
    rows = log(db_path, "entity = 'person' AND entity_id = ?", person.id)
    assert [r["action"] for r in rows] == ["insert", "update", "delete"]
    assert rows[1]["details"] == "Felder: email, phone"
    for row in rows:
        assert row["user"] == getpass.getuser()
        assert row["office_code"] == "leipzig"
        assert datetime.fromisoformat(row["at"]) >= started
        assert "Geheim" not in row["details"] and "@" not in row["details"]


def test_office_can_be_passed_in(db: Database, db_path: Path) -> None:
    with acting_as(office_code="berlin", user="tester"), db.transaction() as orm:
        p = add_person(orm, first_name="A", last_name="B").value
        record(orm, "send", "person", p.id, "Testversand")
    rows = log(db_path, "entity_id = ?", p.id)
    assert [(r["action"], r["user"], r["office_code"]) for r in rows] == [
        ("insert", "tester", "berlin"), ("send", "tester", "berlin")]


def test_rolled_back_change_leaves_no_entry(db: Database, db_path: Path) -> None:
    with pytest.raises(RuntimeError), db.transaction() as orm:
        add_person(orm, first_name="Nie", last_name="Gespeichert")
        raise RuntimeError("abort")
    assert log(db_path, "action = 'insert'") == []


def test_exports_of_personal_data_are_logged(db: Database, db_path: Path,
                                             tmp_path: Path) -> None:
    series = make_series(db, start=datetime(2027, 3, 2, 9, 30), persons=2)
    db.close()
    base = ["--db", str(db_path), "export"]
    assert main([*base, "attendance", "--event", str(series.event_id), "-o",
                 str(tmp_path / "a.xlsx")]) == 0
    assert main([*base, "signature-list", "--event", str(series.event_id), "-o",
                 str(tmp_path / "s.pdf")]) == 0
    assert main([*base, "ical", "--participant", str(series.person_ids[0]), "-o",
                 str(tmp_path / "p.ics")]) == 0
    rows = log(db_path, "action = 'export'")
    assert [(r["entity"], r["entity_id"]) for r in rows] == [
        ("event", series.event_id), ("event", series.event_id),
        ("person", series.person_ids[0])]
    assert "Anwesenheitsliste" in rows[0]["details"] and "a.xlsx" in rows[0]["details"]
    assert "2 Einträge" in rows[0]["details"]
    assert "s.pdf" in rows[1]["details"]
    # A failed export is not logged.
    assert main([*base, "attendance", "--event", str(series.event_id), "-o",
                 str(tmp_path / "a.csv")]) != 0
    assert len(log(db_path, "action = 'export'")) == 3


def test_audit_cli_lists_entries(db: Database, db_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as orm:
        p = add_person(orm, first_name="Lea", last_name="Liste").value
    db.close()
    assert main(["--db", str(db_path), "audit", "--person", str(p.id)]) == 0
    out = capsys.readouterr().out
    assert "insert" in out and f"person {p.id}" in out and "1 Eintrag." in out


def test_mails_sent_are_logged(db: Database, db_path: Path) -> None:
    mail = pytest.importorskip("planner.models.mail")
    with db.transaction() as orm:
        p = add_person(orm, first_name="Max", last_name="Mail", email="max@example.org").value
        orm.add(mail.SentMessage(person_id=p.id, address="max@example.org", kind="certificate",
                                 subject="Ihre Bescheinigung", result="sent"))
    rows = log(db_path, "action = 'send'")
    assert [(r["entity"], r["entity_id"]) for r in rows] == [("person", p.id)]
    assert "certificate" in rows[0]["details"] and "@" not in rows[0]["details"]


def test_every_new_database_object_gets_its_listeners(db_path: Path) -> None:
    """Regression: listeners were skipped when a new sessionmaker reused the id() of a
    collected one (SQLAlchemy's event.contains() then answered True)."""
    import gc

    from planner.models import Session as PlanSession
    from tests.factories import make_series

    opened = Database.open(db_path)
    series = make_series(opened, persons=0)
    opened.close()
    for round_no in range(25):
        del opened
        gc.collect()
        opened = Database.open(db_path)
        with opened.transaction() as orm:
            person = add_person(orm, first_name="Runde", last_name=f"Nr{round_no}").value
            session_row = orm.get(PlanSession, series.session_ids[0])
            before = session_row.sequence
            session_row.title = f"Modul 1 ({round_no})"
        with opened.reading() as orm:
            assert orm.get(PlanSession, series.session_ids[0]).sequence == before + 1
        assert log(db_path, "entity = 'person' AND entity_id = ?", person.id), round_no
        opened.close()
