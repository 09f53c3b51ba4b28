"""Kalender veröffentlichen (CalDAV) from the exports page, against a real Radicale server:
publish, move a session, publish again: one updated object per UID; the password only in
the keyring; German errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from planner.mail.settings import CALDAV_SERVICE, caldav_keyring_user
from planner.models import Event, Office, Session
from planner.usecases.planning import move_session
from tests.factories import make_series
from tests.mail_support import memory_keyring
from tests.radicale_server import RadicaleServer, radicale_server
from tests.test_caldav_publish import PASSWORD, USER, events_by_uid, objects


@pytest.fixture(autouse=True)
def keyring_backend() -> Iterator[object]:
    with memory_keyring() as backend:
        yield backend


@pytest.fixture(autouse=True)
def quiet_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RadicaleServer]:
    with radicale_server(tmp_path / "radicale", {USER: PASSWORD}) as srv:
        yield srv


def _open_dialog(qtbot, db, trainer_id: int | None = None):  # noqa: ANN001, ANN202
    from ui.exports.page import ExportsPage

    page = ExportsPage(db)
    qtbot.addWidget(page)
    if trainer_id is not None:
        page.trainer_combo.set_current_id(trainer_id)
    qtbot.mouseClick(page.caldav_button, Qt.MouseButton.LeftButton)
    dialog = page.caldav_dialog
    qtbot.addWidget(dialog)
    return page, dialog


def _wait(qtbot, dialog, op):  # noqa: ANN001, ANN202
    assert op is not None, dialog.status.text()
    assert op.wait(60_000)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    return dialog.status.text()


def test_publish_move_publish_again_one_object_per_uid(qtbot, db, db_path, tmp_path, server,
                                                       keyring_backend, output_dir):
    fx = make_series(db, persons=1)
    collection = f"/{USER}/transferplaner/"
    url = server.base + collection
    page, dialog = _open_dialog(qtbot, db, fx.trainer_id)
    page.resize(1100, 560)
    page.grab().save(str(output_dir / "exports_page_caldav_button.png"))
    assert dialog.trainer_radio.isChecked()
    assert dialog.trainer_combo.current_id() == fx.trainer_id
    dialog.url_edit.setText(url)
    dialog.user_edit.setText(USER)

    # no password yet: a German request for it, nothing sent
    assert dialog.test_connection() is None
    assert "Passwort" in dialog.status.text()

    dialog.password_edit.setText(PASSWORD)
    text = _wait(qtbot, dialog, dialog.test_connection())
    assert "Verbindung in Ordnung" in text and "angelegt" in text, text
    assert dialog.password_edit.text() == ""  # moved into the keyring
    assert keyring_backend.store[(CALDAV_SERVICE, caldav_keyring_user(url, USER))] == PASSWORD
    assert "Passwort ist gespeichert" in dialog.password_state.text()

    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    text = _wait(qtbot, dialog, dialog.last_op)
    assert dialog.last_error == "", dialog.last_error
    assert dialog.last_result is not None and dialog.last_result.created == 6
    assert "6 Termine neu" in text and "angelegt" in text, text
    with db.reading() as orm:
        uids = {sid: orm.get(Session, sid).uid for sid in fx.session_ids}
    assert set(events_by_uid(objects(server, collection))) == set(uids.values())

    moved = fx.session_ids[2]
    with db.transaction() as orm:
        move_session(orm, moved, datetime(2027, 5, 18, 13, 0), datetime(2027, 5, 18, 17, 0),
                     force=True)
    # a new dialog: URL and user remembered (QSettings), password from the keyring
    _page2, again = _open_dialog(qtbot, db, fx.trainer_id)
    assert again.url_edit.text() == url and again.user_edit.text() == USER
    assert again.password_edit.text() == ""
    text = _wait(qtbot, again, again.publish())
    assert again.last_result is not None, again.last_error
    assert (again.last_result.created, again.last_result.updated) == (0, 6)
    assert "6 aktualisiert" in text

    found = objects(server, collection)
    by_uid = events_by_uid(found)
    assert len(found) == 6 and len(by_uid) == 6
    assert all(len(evs) == 1 for evs in by_uid.values())
    start = by_uid[uids[moved]][0].dtstart.value.astimezone(UTC)
    assert start == datetime(2027, 5, 18, 11, 0, tzinfo=UTC)  # 13:00 CEST
    again.resize(720, again.sizeHint().height())
    again.grab().save(str(output_dir / "caldav_dialog.png"))

    # the publishing is in the audit log; the password is nowhere but in the keyring
    con = sqlite3.connect(db_path)
    try:
        details = [r[0] for r in con.execute(
            "SELECT details FROM change_log WHERE action = 'export' AND details LIKE 'CalDAV%'")]
    finally:
        con.close()
    assert len(details) == 2 and "127.0.0.1" in details[0]
    QSettings().sync()
    db.close()
    for path in tmp_path.rglob("*"):
        if path.is_file() and "radicale" not in path.parts:
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_office_calendar_and_german_errors(qtbot, db, server, keyring_backend, output_dir):
    make_series(db, persons=1)
    with db.reading() as orm:
        office_id = orm.scalar(select(Office.id).where(Office.code == "berlin"))
        expected = set(orm.scalars(select(Session.uid).join(Event)
                                   .where(Event.office_id == office_id)))
    collection = f"/{USER}/standort/"
    _page, dialog = _open_dialog(qtbot, db)
    dialog.office_radio.setChecked(True)
    dialog.office_combo.set_current_id(office_id)
    dialog.url_edit.setText(server.base + collection)
    dialog.user_edit.setText(USER)

    dialog.password_edit.setText("falsch")
    text = _wait(qtbot, dialog, dialog.publish())
    assert dialog.last_result is None
    assert "Anmeldung abgelehnt" in text and "Passwort prüfen" in text, text
    # a rejected password is not kept: still in the field, not in the keyring
    assert dialog.password_edit.text() == "falsch" and not keyring_backend.store
    assert "Kein Passwort gespeichert" in dialog.password_state.text()
    dialog.grab().save(str(output_dir / "caldav_dialog_error.png"))

    dialog.password_edit.setText(PASSWORD)
    _wait(qtbot, dialog, dialog.publish())
    assert dialog.last_result is not None, dialog.last_error
    assert dialog.last_result.created == len(expected)
    assert set(events_by_uid(objects(server, collection))) == expected

    dialog.url_edit.setText("http://127.0.0.1:9/kalender/")
    dialog.password_edit.setText(PASSWORD)  # another server: its password is not stored yet
    text = _wait(qtbot, dialog, dialog.test_connection())
    assert "nicht erreichbar" in text, text
    dialog.url_edit.setText("kalender.example.org")
    assert dialog.publish() is None and "https://" in dialog.status.text()
