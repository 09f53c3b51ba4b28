"""CLI: mail configure (password via stdin into the keyring), send …, send log."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from planner.cli.main import main
from planner.storage.database import Database
from tests.mail_support import MailHandler, memory_keyring, series_with_certificates, smtp_server


@pytest.fixture
def prepared(db_path: Path, tmp_path: Path):
    db = Database.open(db_path)
    fx = series_with_certificates(db, tmp_path / "pdf", persons=2)
    db.close()
    return fx


def cli(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


def test_dry_run_eml_and_log(db_path, prepared, tmp_path, capsys):
    fx = prepared
    assert cli(db_path, "send", "certificates", "--event", str(fx.event_id), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "2 Nachrichten stünden an" in out and "Wałęsa-Łukasiewicz" in out
    folder = tmp_path / "eml"
    assert cli(db_path, "send", "certificates", "--event", str(fx.event_id),
               "--eml-dir", str(folder)) == 0
    assert len(list(folder.glob("*.eml"))) == 2
    assert "2 als .eml gespeichert" in capsys.readouterr().out
    # Fault 15: drafts are not deliveries; nobody is told the messages reached anyone.
    assert cli(db_path, "send", "certificates", "--event", str(fx.event_id)) == 0
    out = capsys.readouterr().out
    assert "beim Empfänger" not in out and "verschickt" not in out.split(";")[0]
    assert "2 Nachricht(en) wurden nur als .eml-Entwurf gespeichert" in out
    assert cli(db_path, "send", "log", "--json") == 0
    log = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["result"]) for r in log] == [("certificate", "eml")] * 2


def test_configure_with_password_and_send_invitations(db_path, prepared, monkeypatch, capsys):
    handler = MailHandler()
    with memory_keyring() as backend, smtp_server(handler) as port:
        monkeypatch.setattr("sys.stdin", io.StringIO("Sehr-Geheim-42\n"))
        assert cli(db_path, "mail", "configure", "--host", "127.0.0.1", "--port", str(port),
                   "--security", "none", "--user", "u1", "--from", "ta@example.org",
                   "--password-stdin") == 0
        assert list(backend.store.values()) == ["Sehr-Geheim-42"]
        # no AUTH on this server: log in is refused clearly, nothing is sent
        assert cli(db_path, "send", "invitations", "--all") == 1
        err = capsys.readouterr().err
        assert "Fehler:" in err and handler.received == []
        assert cli(db_path, "mail", "configure", "--host", "127.0.0.1", "--port", str(port),
                   "--security", "none", "--from", "ta@example.org") == 0
        assert cli(db_path, "mail", "test") == 0
        assert "erfolgreich" in capsys.readouterr().out
        assert cli(db_path, "send", "invitations", "--all") == 0
    assert len(handler.received) == 6
    assert "6 gesendet" in capsys.readouterr().out
    assert b"Sehr-Geheim-42" not in db_path.read_bytes()


def test_configure_without_a_credential_store_keeps_the_previous_server(db_path, monkeypatch,
                                                                        capsys):
    """Fault 13: without a keyring backend the command failed but saved the settings anyway,
    overwriting the previous server."""
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    from planner.mail.settings import load_config

    assert cli(db_path, "mail", "configure", "--host", "mail.alt.example", "--port", "587",
               "--security", "starttls", "--from", "ta@example.org") == 0
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO("Sehr-Geheim-42\n"))
        code = cli(db_path, "mail", "configure", "--host", "mail.neu.example", "--port", "465",
                   "--security", "ssl", "--user", "u1", "--from", "neu@example.org",
                   "--password-stdin")
    finally:
        keyring.set_keyring(previous)
    err = capsys.readouterr().err
    assert code != 0 and err.startswith("Fehler: ") and "Passwortspeicher" in err
    db = Database.open(db_path)
    try:
        with db.reading() as orm:
            config = load_config(orm)
    finally:
        db.close()
    assert (config.host, config.port, config.sender) == ("mail.alt.example", 587,
                                                         "ta@example.org")
