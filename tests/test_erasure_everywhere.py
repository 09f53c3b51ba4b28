"""Erasure leaves nothing behind (issue 15, faults 3, 4, 5 and 10).

Demo data; for a few participants every kind of record is made (registration, attendance
with a note, a certificate issued to a folder and logged with its transliterated file
name, the certificate as an .eml draft, outbox messages after a moved session, a matching
row in an import). Each is then erased through the command line, and the whole file is
searched with independent readers: every text of every table, and the raw bytes of the
database, its WAL and a backup made after the erasure, for the names and e-mail address in
every spelling the program writes (as typed, ö → oe, ö → o, file-name stems).
"""

from __future__ import annotations

import csv
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.files import safe_file_stem
from planner.storage import database as database_mod

pytestmark = pytest.mark.sqlite_only("Rohbytes der SQLite-Datei, WAL und Sicherung")

SECRET = "Geheimname"


def cli(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


def rows(db_path: Path, sql: str, *args: object) -> list[tuple]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql, args).fetchall()


def spellings(text: str) -> set[str]:
    from anyascii import anyascii

    german = text.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae",
                                           "Ö": "Oe", "Ü": "Ue", "ß": "ss"}))
    return {text, anyascii(german), anyascii(text), safe_file_stem(text, 400)}


def forms_of(first: str, last: str, email: str) -> set[str]:
    forms = {email}
    for text in (last, f"{first} {last}", f"{last}, {first}", f"{last}_{first}"):
        forms |= spellings(text)
    return {f for f in forms if len(f) >= 4}


def table_texts(db_path: Path) -> list[tuple[str, str]]:
    """(table, text) of every text value of every table, read with plain sqlite3."""
    found = []
    with closing(sqlite3.connect(db_path)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                found += [(table, v) for v in row if isinstance(v, str)]
    return found


def raw_hits(path: Path, forms: set[str]) -> list[str]:
    if not path.exists():
        return []
    data = path.read_bytes().lower()
    return [f for f in forms if f.lower().encode("utf-8") in data]


def _unique_people(db_path: Path, event_id: int, count: int) -> list[tuple[int, str, str, str]]:
    """Participants of the event with a certificate whose last name no other person,
    organisation or venue shares (so that a hit can only be theirs)."""
    people = rows(db_path,
                  "SELECT p.id, p.first_name, p.last_name, p.email FROM person p JOIN "
                  "certificate c ON c.person_id = p.id WHERE c.event_id = ? ORDER BY p.id",
                  event_id)
    everyone = [r[0] for r in rows(db_path, "SELECT last_name FROM person")]
    others = " ".join(r[0] for r in rows(db_path, "SELECT name FROM organisation")).lower()
    chosen = []
    for pid, first, last, email in people:
        if everyone.count(last) == 1 and len(last) >= 4 and last.lower() not in others \
                and all(s.lower() not in others for s in spellings(last)):
            chosen.append((pid, first, last, email))
    assert len(chosen) >= count, "demo has too few participants with unique names"
    return chosen[:count]


def _records_of_every_kind(db_path: Path, tmp_path: Path) -> tuple[int, list[tuple]]:
    assert cli(db_path, "demo", "--years", "2") == 0
    event_id = rows(db_path, "SELECT c.event_id FROM certificate c GROUP BY c.event_id "
                             "ORDER BY count(*) DESC LIMIT 1")
    if not event_id:  # no certificates in the demo: issue some for a finished series
        event_id = rows(db_path, "SELECT id FROM event WHERE format = 'training_series' "
                                 "ORDER BY id LIMIT 1")
    event = event_id[0][0]
    assert cli(db_path, "export", "certificates", "--event", str(event), "-o",
               str(tmp_path / "pdf")) == 0
    people = _unique_people(db_path, event, 2)
    assert cli(db_path, "send", "certificates", "--event", str(event), "--eml-dir",
               str(tmp_path / "eml")) == 0
    with closing(sqlite3.connect(db_path)) as conn:
        for pid, first, last, _email in people:
            conn.execute("UPDATE attendance SET note = ? WHERE person_id = ?",
                         (f"{first} {last} kam später", pid))
        conn.commit()
    sheet = tmp_path / "anmeldungen.csv"
    with open(sheet, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh, delimiter=";")
        out.writerow(["Vorname", "Nachname", "E-Mail"])
        for _pid, first, last, email in people:
            out.writerow([first, last, email])
        out.writerow(["", SECRET, "geheim@example.org"])  # rejected: first name missing
    assert cli(db_path, "import", "registrations", "--event", str(event), "--valid-only",
               str(sheet)) == 0
    return event, people


def test_erasure_leaves_no_form_of_the_name_anywhere(db_path, tmp_path, capsys):
    event, people = _records_of_every_kind(db_path, tmp_path)
    codes = {pid: rows(db_path, "SELECT verification_code FROM certificate WHERE "
                                "person_id = ?", pid)[0][0] for pid, *_ in people}
    file_names = " ".join(t for _table, t in table_texts(db_path))
    first_pid, first, last, _email = people[0]
    assert f"{safe_file_stem(last)}_{safe_file_stem(first)}" in file_names  # in the audit log
    assert SECRET not in file_names  # a rejected row's values are never stored

    for pid, *_ in people:
        assert cli(db_path, "gdpr", "erase", str(pid), "--reason", "Antrag") == 0
    capsys.readouterr()
    backup = tmp_path / "nach-loeschung.sqlite"
    assert cli(db_path, "backup", "-o", str(backup)) == 0
    capsys.readouterr()

    for pid, first, last, email in people:
        forms = forms_of(first, last, email)
        texts = [(table, form) for table, text in table_texts(db_path) for form in forms
                 if form.lower() in text.lower()]
        assert texts == [], f"person {pid}: {texts[:5]}"
        for path in (db_path, Path(f"{db_path}-wal"), backup):
            assert raw_hits(path, forms) == [], f"person {pid} in {path.name}"
    for path in (db_path, Path(f"{db_path}-wal"), backup):
        assert SECRET.lower().encode() not in path.read_bytes().lower() if path.exists() \
            else True

    # Fault 10: the genuine certificate still verifies, without the name.
    for code in codes.values():
        assert cli(db_path, "certificate", "verify", code) == 0
        out = capsys.readouterr().out
        assert out.startswith("Echt:") and "nicht mehr gespeichert" in out, out
    tampered = rows(db_path, "SELECT id FROM certificate WHERE person_id = ?", first_pid)[0][0]
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("UPDATE certificate SET units = units + 1, content = json_set(content, "
                     "'$.total_units', 99) WHERE id = ?", (tampered,))
        conn.commit()
    assert cli(db_path, "certificate", "verify", codes[first_pid]) == 1
    assert "verändert" in capsys.readouterr().out


def test_without_secure_delete_the_names_stay_in_the_file(db_path, tmp_path, monkeypatch,
                                                          capsys):
    """Proof that `PRAGMA secure_delete=ON` is what protects: turned off, the erased
    names are still in the raw bytes."""
    monkeypatch.setattr(database_mod, "SECURE_DELETE", "OFF")
    _event, people = _records_of_every_kind(db_path, tmp_path)
    for pid, *_ in people:
        assert cli(db_path, "gdpr", "erase", str(pid), "--reason", "Antrag") == 0
    hits = [raw_hits(db_path, forms_of(first, last, email)) + raw_hits(
        Path(f"{db_path}-wal"), forms_of(first, last, email))
        for _pid, first, last, email in people]
    assert any(hits), "without secure_delete the names should remain in free space"


def test_restoring_an_older_backup_reapplies_the_erasure(db_path, tmp_path, capsys):
    """Fault 4: a backup from before the erasure brings the person back; the register
    beside the database erases them again, and the restore says so."""
    _event, people = _records_of_every_kind(db_path, tmp_path)
    older = tmp_path / "vorher.sqlite"
    assert cli(db_path, "backup", "-o", str(older)) == 0
    pid, first, last, email = people[0]
    assert cli(db_path, "gdpr", "erase", str(pid), "--reason", "Antrag") == 0
    capsys.readouterr()
    register = Path(f"{db_path}.erasures")
    assert register.exists() and last not in register.read_text(encoding="utf-8")

    assert cli(db_path, "restore", str(older)) == 0
    out = capsys.readouterr().out
    assert re.search(rf"Person {pid}: Löschantrag vom \d\d\.\d\d\.\d{{4}} erneut angewandt",
                     out), out
    forms = forms_of(first, last, email)
    assert [(t, f) for t, text in table_texts(db_path) for f in forms
            if f.lower() in text.lower()] == []
    assert rows(db_path, "SELECT first_name FROM person WHERE id = ?", pid) in (
        [], [("Anonymisiert",)])
    # Restoring again changes nothing more: the register is idempotent.
    assert cli(db_path, "restore", str(older)) == 0
    assert "erneut angewandt" in capsys.readouterr().out


def test_check_finds_an_erased_person_in_a_copied_back_file(db_path, tmp_path, capsys):
    """A file copied back by hand (not through `restore`): `check` says so, and
    `gdpr reapply` erases again."""
    import shutil

    _event, people = _records_of_every_kind(db_path, tmp_path)
    older = tmp_path / "vorher.sqlite"
    assert cli(db_path, "backup", "-o", str(older)) == 0
    pid = people[0][0]
    assert cli(db_path, "gdpr", "erase", str(pid)) == 0
    assert cli(db_path, "check") == 0
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(older, db_path)
    capsys.readouterr()
    assert cli(db_path, "check") == 1
    assert f"(Person {pid})" in capsys.readouterr().err
    assert cli(db_path, "gdpr", "reapply") == 0
    assert f"Person {pid}: Löschantrag vom" in capsys.readouterr().out
    assert cli(db_path, "check") == 0
