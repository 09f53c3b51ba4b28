"""Settings: the shared PostgreSQL server (URL without password, connection test, switch).

The URL is kept per workstation (ui.preferences) without the password; the password goes to
the operating system's credential store (keyring) or the user keeps it in a `.pgpass` file.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from planner.errors import PlannerError
from planner.storage.connection import check_connection
from planner.storage.server import (
    is_server_url,
    normalize_url,
    store_password,
    strip_password,
)
from ui.preferences import SERVER_URL

EXAMPLE_URL = "postgresql+psycopg://benutzer@server.example.org:5432/transferplaner"


def saved_server_url() -> str:
    return SERVER_URL.get()


class ServerSettings(QGroupBox):
    """A small form: server URL, optional password, "Verbindung testen", use the server."""

    open_database_requested = Signal(str)

    def __init__(self, current_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Gemeinsamer Datenbankserver (PostgreSQL)"), parent)
        form = QFormLayout(self)
        self.url_edit = QLineEdit(saved_server_url() or
                                  (strip_password(current_url) if is_server_url(current_url)
                                   else ""))
        self.url_edit.setPlaceholderText(EXAMPLE_URL)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            self.tr("leer lassen: Schlüsselbund oder .pgpass"))
        form.addRow(self.tr("Server-URL:"), self.url_edit)
        form.addRow(self.tr("Passwort:"), self.password_edit)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Verbindung testen"))
        self.test_button.clicked.connect(self.test_connection)
        self.use_button = QPushButton(self.tr("Server verwenden"))
        self.use_button.clicked.connect(self.use_server)
        self.local_button = QPushButton(self.tr("Wieder lokale Datei verwenden"))
        self.local_button.clicked.connect(self.use_local)
        for button in (self.test_button, self.use_button, self.local_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow("", self.message)
        note = QLabel(self.tr("Das Passwort wird nie in den Einstellungen gespeichert, sondern "
                              "im Schlüsselbund des Betriebssystems (oder in einer .pgpass-"
                              "Datei). Jeder Standort sieht alle Veranstaltungen; der "
                              "Plan zeigt zunächst den eigenen Standort."))
        note.setWordWrap(True)
        form.addRow("", note)

    def _url(self, with_password: bool) -> str | None:
        text = self.url_edit.text().strip()
        if not is_server_url(text):
            self._show(self.tr("Bitte eine PostgreSQL-URL angeben, z. B. %1")
                       .replace("%1", EXAMPLE_URL), ok=False)
            return None
        try:
            url = normalize_url(text)
        except PlannerError as exc:
            self._show(exc.message, ok=False)
            return None
        password = self.password_edit.text()
        if with_password and password:
            from sqlalchemy.engine import make_url

            url = make_url(url).set(password=password).render_as_string(hide_password=False)
        return url

    def _show(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet("color: #1e7b34;" if ok else
                                   "color: #b00020; font-weight: bold;")
        self.message.setText(text)

    def test_connection(self) -> bool:
        url = self._url(with_password=True)
        if url is None:
            return False
        report = check_connection(url)
        self._show(report.message, report.ok)
        return report.ok

    def use_server(self) -> None:
        if not self.test_connection():
            return
        url = self._url(with_password=False)
        assert url is not None
        if self.password_edit.text():
            try:
                store_password(url, self.password_edit.text())
            except PlannerError as exc:
                self._show(exc.message, ok=False)
                return
            self.password_edit.clear()
        SERVER_URL.set(strip_password(url))
        self.open_database_requested.emit(strip_password(url))

    def use_local(self) -> None:
        SERVER_URL.clear()
        self._show(self.tr("Beim nächsten Start wird wieder die lokale Datei geöffnet."), True)
