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
    assert cli(db_path, "send", "certificates", "--event", str(fx.event_id)) == 0
    assert "nichts zu versenden" in capsys.readouterr().out
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
