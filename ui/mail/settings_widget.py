"""Settings → E-Mail: SMTP server, password into the OS keyring, connection test, and the
mail templates with their placeholders."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.mail.settings import (
    DEFAULT_PORTS,
    SmtpConfig,
    load_config,
    load_password,
    save_config,
    store_password,
)
from planner.mail.templates import (
    DEFAULTS,
    KINDS,
    PLACEHOLDERS,
    get_template,
    save_template,
)
from planner.storage.database import Database
from planner.usecases.outcome import Change
from ui.models.labels import mail_placeholder_label, mail_template_label
from ui.operations import Op
from ui.tasks import BackgroundOp
from ui.widgets import label_failure, show_in_label, text_area

SECURITY_LABELS = (("starttls", QT_TRANSLATE_NOOP("MailSettingsWidget", "STARTTLS (Port 587)")),
                   ("ssl", QT_TRANSLATE_NOOP("MailSettingsWidget", "SSL/TLS (Port 465)")),
                   ("none", QT_TRANSLATE_NOOP("MailSettingsWidget", "keine Verschlüsselung")))


class MailSettingsWidget(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.last_op: BackgroundOp | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._server_box())
        layout.addWidget(self._template_box(), 1)
        self.reload()

    # -- server ----------------------------------------------------------------------------
    def _server_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Mailserver (SMTP)"))
        form = QFormLayout(box)
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.example.org")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for code, label in SECURITY_LABELS:
            self.security.addItem(QCoreApplication.translate("MailSettingsWidget", label), code)
        self.security.activated.connect(self._security_chosen)
        self.user = QLineEdit()
        self.sender_edit = QLineEdit()
        self.sender_edit.setPlaceholderText("transferagentur@example.org")
        self.sender_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("wird nur im Passwortspeicher abgelegt"))
        self.save_password_button = QPushButton(self.tr("Passwort speichern"))
        self.save_password_button.clicked.connect(self.save_password)
        pw_row = QHBoxLayout()
        pw_row.addWidget(self.password, 1)
        pw_row.addWidget(self.save_password_button)
        self.password_state = QLabel()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Verschlüsselung:"), self.security)
        form.addRow(self.tr("Benutzername:"), self.user)
        form.addRow(self.tr("Passwort:"), pw_row)
        form.addRow("", self.password_state)
        form.addRow(self.tr("Absenderadresse:"), self.sender_edit)
        form.addRow(self.tr("Absendername:"), self.sender_name)
        hint = QLabel(self.tr("Ohne Mailserver speichert der Versand fertige .eml-Dateien, die "
                              "sich in Outlook oder Thunderbird öffnen und senden lassen."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.server_message = QLabel()
        self.server_message.setWordWrap(True)
        save = QPushButton(self.tr("Einstellungen speichern"))
        save.clicked.connect(self.save_server)
        self.test_button = QPushButton(self.tr("Verbindung testen"))
        self.test_button.clicked.connect(self.test_connection)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(self.test_button)
        buttons.addStretch()
        form.addRow(self.server_message)
        form.addRow("", buttons)
        return box

    def _security_chosen(self) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[str(self.security.currentData())])

    def config(self) -> SmtpConfig:
        return SmtpConfig(host=self.host.text(), port=self.port.value(),
                          security=str(self.security.currentData()), user=self.user.text(),
                          sender=self.sender_edit.text(), sender_name=self.sender_name.text())

    def save_server(self) -> bool:
        config = self.config()
        saved = Op(self, self.db, lambda orm: save_config(orm, config)) \
            .changes(Change.SETTINGS).failure(label_failure(self.server_message)).run()
        if saved is None:
            return False
        show_in_label(self.server_message, self.tr("Gespeichert."), True)
        self._show_password_state()
        return True

    def save_password(self) -> bool:
        config = self.config()
        if not config.user.strip():
            show_in_label(self.server_message, self.tr("Bitte zuerst den Benutzernamen angeben."),
                     False)
            return False
        try:
            store_password(config, self.password.text())
        except PlannerError as exc:
            show_in_label(self.server_message, exc.message, False)
            return False
        self.password.clear()
        show_in_label(self.server_message,
                 self.tr("Das Passwort liegt im Passwortspeicher des Betriebssystems."), True)
        self._show_password_state()
        return True

    def _show_password_state(self) -> None:
        config = self.config()
        try:
            stored = bool(config.user) and load_password(config) is not None
        except PlannerError:
            self.password_state.setText(self.tr("Passwortspeicher nicht verfügbar."))
            return
        self.password_state.setText(self.tr("Passwort ist gespeichert.") if stored else
                                    self.tr("Kein Passwort gespeichert.") if config.user else "")

    def test_connection(self) -> BackgroundOp | None:
        if not self.save_server():
            return None
        config = self.config()

        def work() -> str:
            from planner.mail.transport import test_connection

            return test_connection(config, load_password(config))

        self.last_op = Op(self, None, work) \
            .success(lambda text: show_in_label(self.server_message, str(text), True)) \
            .failure(label_failure(self.server_message)) \
            .run_in_background(self.tr("Verbindung wird getestet …"))
        return self.last_op

    # -- templates -------------------------------------------------------------------------
    def _template_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Vorlagen"))
        form = QFormLayout(box)
        self.template_kind = QComboBox()
        for kind in KINDS:
            self.template_kind.addItem(mail_template_label(kind), kind)
        self.template_kind.currentIndexChanged.connect(lambda _i: self.load_template())
        self.subject = QLineEdit()
        self.body = text_area()
        self.body.setMinimumHeight(150)
        names = ", ".join(f"{{{k}}}" for k in PLACEHOLDERS)
        help_label = QLabel(self.tr("Platzhalter: ") + names)
        help_label.setWordWrap(True)
        help_label.setToolTip("\n".join(f"{{{k}}}: {mail_placeholder_label(k)}"
                                        for k in PLACEHOLDERS))
        self.template_message = QLabel()
        save = QPushButton(self.tr("Vorlage speichern"))
        save.clicked.connect(self.save_current_template)
        reset = QPushButton(self.tr("Standardtext"))
        reset.clicked.connect(self.reset_current_template)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(reset)
        buttons.addStretch()
        form.addRow(self.tr("Vorlage:"), self.template_kind)
        form.addRow(self.tr("Betreff:"), self.subject)
        form.addRow(self.tr("Text:"), self.body)
        form.addRow("", help_label)
        form.addRow(self.template_message)
        form.addRow("", buttons)
        return box

    def load_template(self) -> None:
        with self.db.reading() as orm:
            template = get_template(orm, str(self.template_kind.currentData()))
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self.template_message.clear()

    def save_current_template(self) -> bool:
        kind = str(self.template_kind.currentData())
        subject, body = self.subject.text(), self.body.toPlainText()
        op = Op(self, self.db, lambda orm: save_template(orm, kind, subject, body)) \
            .changes(Change.SETTINGS).failure(label_failure(self.template_message))
        op.run()
        if not op.ok:
            return False
        show_in_label(self.template_message, self.tr("Vorlage gespeichert."), True)
        return True

    def reset_current_template(self) -> None:
        subject, body = DEFAULTS[str(self.template_kind.currentData())]
        self.subject.setText(subject)
        self.body.setPlainText(body)

    def reload(self) -> None:
        with self.db.reading() as orm:
            config = load_config(orm)
        values: dict[str, Any] = {"host": config.host, "user": config.user,
                                  "sender_edit": config.sender, "sender_name": config.sender_name}
        for key, value in values.items():
            getattr(self, key).setText(value)
        self.port.setValue(config.port)
        self.security.setCurrentIndex(max(self.security.findData(config.security), 0))
        self._show_password_state()
        self.load_template()
