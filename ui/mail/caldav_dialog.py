"""Kalender veröffentlichen (CalDAV): a trainer's or an office's sessions onto a calendar
server (Nextcloud, Radicale …), each session one object that a later run replaces.

The password goes only into the OS keyring (planner.mail.settings); the server address and
user name are remembered per workstation. Network work runs in the background (ui.operations).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.mail.caldav import (
    CalDavClient,
    PublishResult,
    publish_office,
    publish_trainer,
    record_publish,
)
from planner.mail.settings import CALDAV_SERVICE, caldav_keyring_user, load_secret, store_secret
from planner.queries.event_forms import form_choices
from planner.storage.database import Database
from ui.operations import Op
from ui.pick_list import make_searchable
from ui.preferences import CALDAV_URL, CALDAV_USER
from ui.tasks import BackgroundOp, Progress
from ui.widgets import IdCombo, plural, show_in_label


@dataclass
class Connection:
    url: str
    user: str
    password: str


class CalDavDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 trainer_id: int | None = None, office_id: int | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.last_op: BackgroundOp | None = None
        self.last_result: PublishResult | None = None
        self.last_error: str = ""
        self._pending_password: tuple[str, str] | None = None
        self.setWindowTitle(self.tr("Kalender veröffentlichen (CalDAV)"))
        self.setMinimumWidth(640)

        intro = QLabel(self.tr(
            "Überträgt die Termine in einen Online-Kalender (z. B. Nextcloud). Jeder Termin "
            "wird dort genau einmal geführt: erneutes Veröffentlichen aktualisiert ihn, "
            "abgesagte Termine erscheinen als abgesagt."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self._server_box())
        layout.addWidget(self._target_box(trainer_id, office_id))
        self.status = QLabel()
        self.status.setObjectName("caldavStatus")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(40)
        layout.addWidget(self.status)
        self.test_button = QPushButton(self.tr("Verbindung testen"))
        self.test_button.clicked.connect(self.test_connection)
        self.publish_button = QPushButton(self.tr("Veröffentlichen"))
        self.publish_button.setDefault(True)
        self.publish_button.clicked.connect(self.publish)
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch()
        buttons.addWidget(self.publish_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._show_password_state()

    # -- building --------------------------------------------------------------------------
    def _server_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kalenderserver"))
        form = QFormLayout(box)
        self.url_edit = QLineEdit(CALDAV_URL.get())
        self.url_edit.setPlaceholderText(
            "https://cloud.example.org/remote.php/dav/calendars/NAME/transferplaner/")
        self.url_edit.setToolTip(self.tr(
            "Adresse des Kalenders (Collection), bei Nextcloud unter Kalender → "
            "Einstellungen → „Interne Adresse kopieren“. Fehlt der Kalender, wird er angelegt."))
        self.user_edit = QLineEdit(CALDAV_USER.get())
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("wird nur im Passwortspeicher abgelegt"))
        self.password_state = QLabel()
        for edit in (self.url_edit, self.user_edit):
            edit.editingFinished.connect(self._show_password_state)
        form.addRow(self.tr("Kalender-Adresse:"), self.url_edit)
        form.addRow(self.tr("Benutzername:"), self.user_edit)
        form.addRow(self.tr("Passwort:"), self.password_edit)
        form.addRow("", self.password_state)
        return box

    def _target_box(self, trainer_id: int | None, office_id: int | None) -> QGroupBox:
        box = QGroupBox(self.tr("Was veröffentlichen?"))
        with self.db.reading() as orm:
            choices = form_choices(orm)
        self.trainer_radio = QRadioButton(self.tr("Termine der Referent:in"))
        self.office_radio = QRadioButton(self.tr("Alle Termine des Standorts"))
        self.target_group = QButtonGroup(self)
        self.target_group.addButton(self.trainer_radio)
        self.target_group.addButton(self.office_radio)
        self.trainer_combo = make_searchable(IdCombo(choices.trainers))
        self.office_combo = IdCombo(choices.offices)
        self.trainer_combo.set_current_id(trainer_id)
        self.office_combo.set_current_id(office_id)
        self.trainer_combo.activated.connect(lambda _i: self.trainer_radio.setChecked(True))
        self.office_combo.activated.connect(lambda _i: self.office_radio.setChecked(True))
        if trainer_id is None and office_id is not None or not choices.trainers:
            self.office_radio.setChecked(True)
        else:
            self.trainer_radio.setChecked(True)
        grid = QGridLayout(box)
        grid.addWidget(self.trainer_radio, 0, 0)
        grid.addWidget(self.trainer_combo, 0, 1)
        grid.addWidget(self.office_radio, 1, 0)
        grid.addWidget(self.office_combo, 1, 1)
        grid.setColumnStretch(1, 1)
        return box

    # -- connection and password -------------------------------------------------------------
    def _show_password_state(self) -> None:
        url, user = self.url_edit.text().strip(), self.user_edit.text().strip()
        if not (url and user):
            self.password_state.setText("")
            return
        try:
            stored = load_secret(CALDAV_SERVICE, caldav_keyring_user(url, user)) is not None
        except PlannerError:
            self.password_state.setText(self.tr("Passwortspeicher nicht verfügbar."))
            return
        self.password_state.setText(self.tr("Passwort ist gespeichert.") if stored
                                    else self.tr("Kein Passwort gespeichert."))

    def connection(self) -> Connection | None:
        """URL, user and password (a typed password is stored in the keyring first);
        None with a German message when something is missing."""
        url, user = self.url_edit.text().strip(), self.user_edit.text().strip()
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
            show_in_label(self.status, self.tr("Bitte die Adresse des Kalenders angeben (beginnt "
                                          "mit https://)."), False)
            return None
        if not user:
            show_in_label(self.status, self.tr("Bitte den Benutzernamen angeben."), False)
            return None
        name = caldav_keyring_user(url, user)
        typed = self.password_edit.text()
        # a typed password goes into the keyring once the server accepted it
        self._pending_password = (name, typed) if typed else None
        try:
            password = typed or load_secret(CALDAV_SERVICE, name)
        except PlannerError as exc:
            show_in_label(self.status, exc.message, False)
            return None
        if password is None:
            show_in_label(self.status, self.tr("Bitte das Passwort eingeben; es wird im "
                                          "Passwortspeicher des Betriebssystems abgelegt."),
                     False)
            return None
        CALDAV_URL.set(url)
        CALDAV_USER.set(user)
        self._show_password_state()
        return Connection(url, user, password)

    # -- actions ----------------------------------------------------------------------------
    def _start(self, label: str, op: Op[Any]) -> BackgroundOp:
        self.last_error = ""
        show_in_label(self.status, label, True)
        for button in (self.test_button, self.publish_button):
            button.setEnabled(False)
        self.last_op = op.failure(self._stopped).run_in_background(label)
        return self.last_op

    def _enable(self) -> None:
        for button in (self.test_button, self.publish_button):
            button.setEnabled(True)

    def _succeeded(self) -> None:
        """The server accepted the login: keep a typed password in the OS keyring."""
        self._enable()
        pending, self._pending_password = self._pending_password, None
        if pending is None:
            return
        try:
            store_secret(CALDAV_SERVICE, *pending)
        except PlannerError as exc:
            self.password_state.setText(exc.message)
            return
        self.password_edit.clear()
        self._show_password_state()

    def test_connection(self) -> BackgroundOp | None:
        conn = self.connection()
        if conn is None:
            return None

        def work() -> int | None:
            known = CalDavClient(conn.url, conn.user, conn.password).etags()
            return None if known is None else len(known)

        return self._start(self.tr("Verbindung wird getestet …"),
                           Op(self, None, work).success(self._tested))

    def _tested(self, count: object) -> None:
        self._succeeded()
        if count is None:
            text = self.tr("Verbindung in Ordnung. Den Kalender gibt es noch nicht; er wird "
                           "beim ersten Veröffentlichen angelegt.")
        else:
            text = plural(int(count), self.tr("Verbindung in Ordnung. Der Kalender enthält "
                                              "1 Eintrag."),
                          self.tr("Verbindung in Ordnung. Der Kalender enthält %1 Einträge."))
        show_in_label(self.status, text, True)

    def publish(self) -> BackgroundOp | None:
        conn = self.connection()
        if conn is None:
            return None
        trainer = self.trainer_radio.isChecked()
        target = (self.trainer_combo if trainer else self.office_combo).current_id()
        if target is None:
            show_in_label(self.status, self.tr("Bitte auswählen, wessen Termine veröffentlicht "
                                          "werden."), False)
            return None
        def work(orm: Any, progress: Progress) -> PublishResult:
            progress.report(0, 0, "")
            client = CalDavClient(conn.url, conn.user, conn.password)
            return (publish_trainer(orm, client, target) if trainer
                    else publish_office(orm, client, target))

        def audit(result: PublishResult) -> None:
            Op(self, self.db, lambda orm: record_publish(
                orm, result, url=conn.url, person_id=target if trainer else None,
                office_id=None if trainer else target)).run()

        return self._start(self.tr("Termine werden veröffentlicht …"),
                           Op(self, self.db, work).reading().success(audit)
                           .success(self._published))

    def _published(self, result: PublishResult) -> None:
        self._succeeded()
        self.last_result = result
        text = self.tr("Veröffentlicht: %1 Termine neu, %2 aktualisiert.") \
            .replace("%1", str(result.created)).replace("%2", str(result.updated))
        if result.cancelled_leftovers:
            text += " " + self.tr("%1 nicht mehr zugeordnete Termine als abgesagt markiert.") \
                .replace("%1", str(result.cancelled_leftovers))
        if result.collection_created:
            text += " " + self.tr("Der Kalender wurde angelegt.")
        show_in_label(self.status, text, True)

    def _stopped(self, message: str) -> None:
        self._enable()
        self._pending_password = None
        self._show_password_state()
        self.last_error = message
        show_in_label(self.status, message, False)
