"""Settings → shared PostgreSQL server: "Verbindung testen", switching to the server, the
password never in the settings file; the plan starts filtered to the own office."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from planner.settings import CURRENT_OFFICE
from planner.storage.database import Database
from ui.pages.server_settings import ServerSettings
from ui.preferences import SERVER_URL


def settings_files(tmp_path: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in (tmp_path / "settings").rglob("*")
                   if p.is_file())


def test_connection_test_and_use_server(qtbot, pg_url, tmp_path, monkeypatch) -> None:
    import keyring

    stored: dict[str, str] = {}
    monkeypatch.setattr(keyring, "set_password", lambda svc, key, pw: stored.update({key: pw}))
    widget = ServerSettings("")
    qtbot.addWidget(widget)
    widget.url_edit.setText(pg_url.replace("postgresql+psycopg", "postgresql"))
    assert widget.test_connection()
    assert "Verbindung erfolgreich" in widget.message.text()
    widget.password_edit.setText("Geheim-ß")  # trust auth: accepted and ignored by the server
    with qtbot.waitSignal(widget.open_database_requested) as signal:
        widget.use_server()
    assert signal.args == [pg_url]
    assert stored == {"postgres@127.0.0.1:" + pg_url.split(":")[-1].split("/")[0]: "Geheim-ß"}
    QSettings().sync()
    assert QSettings().value(SERVER_URL.key) == pg_url
    assert "Geheim" not in settings_files(tmp_path)
    widget.use_local()
    assert QSettings().value(SERVER_URL.key) is None


def test_unreachable_server_is_reported(qtbot) -> None:
    widget = ServerSettings("")
    qtbot.addWidget(widget)
    widget.url_edit.setText("kein-url")
    assert not widget.test_connection()
    assert "PostgreSQL-URL" in widget.message.text()
    widget.url_edit.setText("postgresql+psycopg://x@127.0.0.1:1/nix")
    assert not widget.test_connection()
    assert widget.message.text().startswith("Keine Verbindung")


def test_plan_starts_with_own_office(qtbot, db: Database) -> None:
    from ui.plan.page import PlanPage

    with db.transaction() as orm:
        CURRENT_OFFICE.set(orm, "hamburg")
    page = PlanPage(db)
    qtbot.addWidget(page)
    assert page.office_filter.currentText() == "Hamburg"
