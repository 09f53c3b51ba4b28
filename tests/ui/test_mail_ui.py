"""Mail settings (keyring, connection test, templates) and the send dialog (pending items,
.eml drafts, per-recipient results), with screenshots for a person to look at."""

from __future__ import annotations

from collections.abc import Iterator
from email.parser import BytesParser
from email.policy import default

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from planner.mail.settings import load_config
from planner.mail.templates import get_template
from planner.models import SentMessage
from tests.mail_support import MailHandler, memory_keyring, series_with_certificates, smtp_server


@pytest.fixture(autouse=True)
def keyring_backend() -> Iterator[object]:
    with memory_keyring() as backend:
        yield backend


@pytest.fixture(autouse=True)
def quiet_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda *a: QMessageBox.StandardButton.Yes))


def test_mail_settings_store_the_password_only_in_the_keyring(qtbot, db, db_path, tmp_path,
                                                              keyring_backend, output_dir):
    from ui.mail.settings_widget import MailSettingsWidget

    widget = MailSettingsWidget(db)
    qtbot.addWidget(widget)
    widget.resize(760, 820)
    handler = MailHandler()
    with smtp_server(handler) as port:
        widget.host.setText("127.0.0.1")
        widget.security.setCurrentIndex(widget.security.findData("none"))
        widget.port.setValue(port)
        widget.user.setText("buero.leipzig")
        widget.sender_edit.setText("transfer@example.org")
        widget.sender_name.setText("Transferagentur Mitteldeutschland")
        widget.password.setText("Überall-Geheim-7")
        assert widget.save_password()
        assert widget.password.text() == ""
        assert "gespeichert" in widget.password_state.text()
        assert widget.save_server()
        # This test server offers no login: the connection test says so in German.
        op = widget.test_connection()
        assert op is not None
        qtbot.waitUntil(lambda: "Anmeldung" in widget.server_message.text()
                        or "erfolgreich" in widget.server_message.text(), timeout=20_000)
        assert "erlaubt hier keine Anmeldung" in widget.server_message.text()
        widget.user.setText("")
        widget.test_connection()
        qtbot.waitUntil(lambda: "erfolgreich" in widget.server_message.text(), timeout=20_000)
    widget.template_kind.setCurrentIndex(widget.template_kind.findData("certificate"))
    widget.subject.setText("Ihre Bescheinigung, {vorname} – {veranstaltung}")
    assert widget.save_current_template()
    widget.grab().save(str(output_dir / "mail_settings.png"))
    with db.reading() as orm:
        config = load_config(orm)
        assert get_template(orm, "certificate").subject.startswith("Ihre Bescheinigung, ")
    assert (config.host, config.port, config.security) == ("127.0.0.1", port, "none")
    assert "Überall-Geheim-7" in keyring_backend.store.values()
    db.close()
    needle = "Überall-Geheim-7".encode()
    for path in tmp_path.rglob("*"):  # the database and the QSettings INI files
        if path.is_file():
            assert needle not in path.read_bytes(), path


def test_send_dialog_lists_pending_items_and_writes_eml_files(qtbot, db, tmp_path, output_dir):
    from ui.mail.send_dialog import SendDialog

    fx = series_with_certificates(db, tmp_path / "pdf", persons=3)
    dialog = SendDialog(db, event_id=fx.event_id)
    qtbot.addWidget(dialog)
    dialog.resize(980, 520)
    kinds = [i.kind for i in dialog.items]
    assert kinds.count("certificate") == 3 and kinds.count("invitation") == 6
    assert dialog.table.rowCount() == 9
    assert not dialog.send_button.isEnabled() and dialog.eml_button.isEnabled()
    assert "kein Mailserver" in dialog.intro.text()
    dialog.show()
    dialog.grab().save(str(output_dir / "mail_send_dialog.png"))
    skipped = dialog.items[1]
    dialog._check_cell(1).setCheckState(Qt.CheckState.Unchecked)
    folder = tmp_path / "entwürfe"
    op = dialog.start_send(folder)
    assert op is not None
    qtbot.waitUntil(lambda: dialog.last_report is not None or bool(dialog.last_error),
                    timeout=60_000)
    assert dialog.last_report is not None and len(dialog.last_report.written) == 8
    files = sorted(folder.glob("*.eml"))
    assert len(files) == 8
    msg = BytesParser(policy=default).parsebytes(files[0].read_bytes())
    assert msg["X-Unsent"] == "1" and list(msg.iter_attachments())
    # Only the unticked item is still pending; the results column shows the rest.
    assert [i.key for i in dialog.items] == [skipped.key]
    results = [dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 4) is not None]
    assert sum("als .eml gespeichert" in t for t in results) == 8
    assert "8 als .eml gespeichert" in dialog.status.text()
    assert dialog._check_cell(0).checkState() == Qt.CheckState.Unchecked
    dialog.grab().save(str(output_dir / "mail_send_dialog_done.png"))
    with db.reading() as orm:
        assert len(list(orm.scalars(select(SentMessage)))) == 8


def test_send_dialog_sends_over_smtp_and_shows_a_refused_recipient(qtbot, db, tmp_path,
                                                                  output_dir):
    from tests.mail_support import configure
    from ui.mail.send_dialog import SendDialog

    fx = series_with_certificates(db, tmp_path / "pdf", persons=2)
    handler = MailHandler(refuse={"person1@example.org"})
    with smtp_server(handler) as port:
        configure(db, port)
        dialog = SendDialog(db, event_id=fx.event_id)
        qtbot.addWidget(dialog)
        dialog.set_all_checked(False)
        for row, item in enumerate(dialog.items):
            if item.kind == "certificate":
                dialog._check_cell(row).setCheckState(Qt.CheckState.Checked)
        assert dialog.send_button.isEnabled()
        import planner.mail.transport as transport

        original = transport.SmtpTransport.__init__

        def no_wait(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
            original(self, *args, **kwargs)
            self.sleep = lambda _s: None

        transport.SmtpTransport.__init__ = no_wait  # type: ignore[method-assign]
        try:
            dialog.start_send(None)
            qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=60_000)
        finally:
            transport.SmtpTransport.__init__ = original  # type: ignore[method-assign]
    report = dialog.last_report
    assert len(report.sent) == 1 and len(report.failed) == 1
    assert len(handler.received) == 1
    texts = {dialog.table.item(r, 2).text(): dialog.table.item(r, 4).text()
             for r in range(dialog.table.rowCount()) if dialog.table.item(r, 4) is not None
             and dialog.table.item(r, 4).text()}
    assert texts["person0@example.org"] == "gesendet"
    assert texts["person1@example.org"].startswith("fehlgeschlagen nach 3 Versuchen")
    assert "550" in texts["person1@example.org"]
    dialog.resize(1100, 420)
    dialog.show()
    dialog.grab().save(str(output_dir / "mail_send_dialog_smtp.png"))


def test_exports_page_and_settings_page_offer_mail(qtbot, db, tmp_path):
    from ui.exports.page import ExportsPage
    from ui.pages.settings import SettingsPage

    fx = series_with_certificates(db, tmp_path / "pdf", persons=1)
    page = ExportsPage(db, event_id=fx.event_id)
    qtbot.addWidget(page)
    dialog = page.open_send_dialog()
    assert len(dialog.items) == 1 + 6  # type: ignore[attr-defined]
    dialog.close()
    settings = SettingsPage(db)
    qtbot.addWidget(settings)
    labels = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
    assert "E-Mail" in labels


