"""`outbox …` on the command line: list, show, edit, discard, templates per office,
reminders, .eml drafts, and the unclear state after a connection lost mid-message."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from email import message_from_bytes
from email.policy import default

import pytest

from planner.cli import main
from planner.models import OutboxStatus
from planner.notify.clock import frozen_now
from planner.usecases.planning import move_session
from tests.factories import make_series
from tests.mail_support import MailHandler, configure, memory_keyring, smtp_server
from tests.outbox_support import office_addresses, outbox, small_conference


@pytest.fixture(autouse=True)
def keyring_backend() -> Iterator[object]:
    with memory_keyring() as backend:
        yield backend


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_list_show_edit_discard(db, db_args, capsys, tmp_path):
    fx = make_series(db, persons=2)
    office_addresses(db)
    code, out, _ = run(capsys, *db_args, "outbox", "list")
    assert code == 0
    assert out.splitlines()[0] == f"Fortbildungsreihe Bildungsmonitoring 2027 (Veranstaltung " \
                                  f"{fx.event_id})"
    assert out.count("Anmeldung bestätigt") == 2 and "person0@example.org" in out
    code, out, _ = run(capsys, *db_args, "outbox", "list", "--json")
    entries = json.loads(out)
    assert [e["kind"] for e in entries] == ["confirmed", "confirmed"]
    first, second = entries[0]["id"], entries[1]["id"]

    code, out, _ = run(capsys, *db_args, "outbox", "show", str(first))
    assert code == 0
    assert "Betreff: Anmeldebestätigung: Fortbildungsreihe Bildungsmonitoring 2027" in out
    assert out.count("(METHOD:REQUEST, UID ") == 6
    code, out, _ = run(capsys, *db_args, "outbox", "show", str(first), "--json")
    shown = json.loads(out)
    assert shown["to"] == "person0@example.org" and len(shown["calendars"]) == 6

    text_file = tmp_path / "text.txt"
    text_file.write_text("Liebe Frau Wałęsa,\n\nIhr Platz ist sicher.\n", encoding="utf-8")
    code, out, err = run(capsys, *db_args, "outbox", "edit", str(first), "--subject",
                         "Ihr Platz ist bestätigt", "--body-file", str(text_file), "--json")
    assert code == 0, err
    assert json.loads(out) == {"id": first, "warnings": [], "changed": ["outbox"]}
    code, out, _ = run(capsys, *db_args, "outbox", "show", str(first))
    assert "Betreff: Ihr Platz ist bestätigt" in out and "Ihr Platz ist sicher." in out
    assert out.count("METHOD:REQUEST") == 6, "the calendar part stays generated"

    # A later change replaces the edit (and says so): the edit was about the old state.
    with db.transaction() as orm:
        move_session(orm, fx.session_ids[0], datetime(2027, 3, 2, 10, 0),
                     datetime(2027, 3, 2, 17, 0), force=True)
    code, out, _ = run(capsys, *db_args, "outbox", "list", "--json")
    edited = next(e for e in json.loads(out) if e["id"] == first)
    assert not edited["edited"] and "neu zusammengestellt" in edited["note"]
    assert edited["subject"].startswith("Anmeldebestätigung")

    code, out, _ = run(capsys, *db_args, "outbox", "discard", str(second), "--reason",
                       "telefonisch bestätigt")
    assert code == 0 and out.strip() == "1 Nachricht verworfen."
    code, out, err = run(capsys, *db_args, "outbox", "discard", str(second))
    assert code == 1 and err.startswith("Fehler: Nachricht") and "verworfen" in err
    assert {r.id: r.status for r in outbox(db)}[second] == OutboxStatus.DISCARDED


def test_templates_per_office_and_language(db, db_args, capsys, tmp_path):
    body_file = tmp_path / "body.txt"
    body_file.write_text("{anrede},\n\nHamburg bestätigt: {termine}\n\n{signatur}\n",
                         encoding="utf-8")
    code, out, err = run(capsys, *db_args, "outbox", "template", "set", "confirmed",
                         "--office", "hamburg", "--subject", "Hamburg: {veranstaltung}",
                         "--body-file", str(body_file))
    assert code == 0, err and "eigene Fassung" in out
    small_conference(db, None, 1, title="Fachtagung Hamburg")
    make_series(db, persons=1)
    office_addresses(db)
    code, out, _ = run(capsys, *db_args, "outbox", "list", "--json")
    subjects = sorted(e["subject"] for e in json.loads(out))
    assert subjects == ["Anmeldebestätigung: Fortbildungsreihe Bildungsmonitoring 2027",
                        "Hamburg: Fachtagung Hamburg"]
    code, out, _ = run(capsys, *db_args, "outbox", "template", "show", "confirmed",
                       "--lang", "en", "--office", "hamburg", "--json")
    assert json.loads(out)["subject"] == "Registration confirmed: {veranstaltung}"
    code, out, _ = run(capsys, *db_args, "outbox", "template", "reset", "confirmed",
                       "--office", "hamburg")
    assert "Standardtext" in out
    code, _out, err = run(capsys, *db_args, "outbox", "template", "show", "gibtsnicht")
    assert code == 1 and "Unbekannte Nachrichtenart" in err


def test_remind_and_reminder_days(db, db_args, capsys):
    make_series(db, persons=3)
    with frozen_now(datetime(2027, 2, 26, 9, 0)):
        code, out, _ = run(capsys, *db_args, "outbox", "remind", "--dry-run")
        assert out.strip() == "3 Erinnerungen fällig."
        code, out, _ = run(capsys, *db_args, "outbox", "reminder-days", "2")
        assert code == 0
        code, out, _ = run(capsys, *db_args, "outbox", "remind", "--dry-run", "--json")
        assert json.loads(out)["due"] == 0
        code, out, _ = run(capsys, *db_args, "outbox", "reminder-days", "7")
        code, out, _ = run(capsys, *db_args, "outbox", "remind")
        assert out.strip() == "3 Erinnerungen in den Postausgang gelegt."
        code, out, _ = run(capsys, *db_args, "outbox", "remind")
        assert out.strip() == "Keine Erinnerungen fällig."
    code, out, err = run(capsys, *db_args, "outbox", "reminder-days", "99")
    assert code == 1 and "0 bis 60 Tage" in err


def test_eml_drafts_are_written_and_not_offered_again(db, db_args, capsys, tmp_path):
    make_series(db, persons=2)
    office_addresses(db)
    configure(db, 1)  # a sender; no server is contacted for drafts
    code, out, err = run(capsys, *db_args, "outbox", "send", "--eml-dir", str(tmp_path / "eml"))
    assert code == 0, err
    assert "2 als .eml-Entwurf gespeichert (noch nicht beim Empfänger)" in out
    drafts = sorted((tmp_path / "eml").glob("*.eml"))
    assert len(drafts) == 2
    msg = message_from_bytes(drafts[0].read_bytes(), policy=default)
    assert msg["X-Unsent"] == "1"
    assert sum(1 for p in msg.iter_attachments() if p.get_content_type() == "text/calendar") == 6
    code, out, _ = run(capsys, *db_args, "outbox", "send", "--eml-dir", str(tmp_path / "eml"))
    assert out.strip() == "Nichts zu versenden."


def test_connection_lost_after_the_message_went_out_is_unclear(db, db_args, capsys):
    _e, _s, people = small_conference(db, None, 3)
    office_addresses(db)
    handler = MailHandler(drop=1)  # the server drops the connection after the 1st DATA
    with smtp_server(handler) as port:
        configure(db, port)
        code, out, _ = run(capsys, *db_args, "outbox", "send")
    assert code == 1
    assert "1 unklar, bitte prüfen" in out and "2 gesendet" in out
    assert "ob sie angekommen ist, ist unklar" in out
    assert handler.data_attempts == 3, "not retried"
    unclear = next(r for r in outbox(db) if r.status == OutboxStatus.SENDING)
    code, out, err = run(capsys, *db_args, "outbox", "resolve", str(unclear.id),
                         "--not-arrived")
    assert code == 0, err
    with smtp_server(MailHandler()) as port:
        configure(db, port)
        code, out, _ = run(capsys, *db_args, "outbox", "send", "--json")
    (again,) = json.loads(out)["results"]
    assert again["id"] == unclear.id and again["result"] == "sent"
    assert len(people) == 3
