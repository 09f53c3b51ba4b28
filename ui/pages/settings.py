"""Settings page: offices, certificate texts and defaults, database location, language,
mail, messages, feedback questionnaires and threshold, backups."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.models import Office
from planner.queries.choices import office_choices
from planner.settings import (
    CERTIFICATE_CLOSING,
    CERTIFICATE_THRESHOLD,
    CERTIFICATE_TITLE,
    CONFIRMATION_TITLE,
    FUNDING_NOTE,
    UNIT_MINUTES,
)
from planner.storage.database import Database
from planner.usecases.lookup import get
from planner.usecases.masterdata import update_office, update_settings
from ui.numbers import percent_suffix
from ui.operations import Op
from ui.preferences import LANGUAGE
from ui.scrolling import scrolled
from ui.widgets import label_failure, name_field, show_in_label, text_area

OFFICE_FIELDS = ("name", "region", "organisation_name", "street", "postcode", "city", "email",
                 "phone", "head_name", "head_title", "certificate_prefix", "logo_path",
                 "signature_path")
TEXT_SETTINGS = (CERTIFICATE_TITLE, CONFIRMATION_TITLE, CERTIFICATE_CLOSING, FUNDING_NOTE)
LANGUAGES = (("de", "Deutsch"), ("en", "English"))


class SettingsPage(QWidget):
    open_database_requested = Signal(str)
    # The user chose another interface language and wants it now (code "de"/"en").
    language_switch_requested = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolled(self._office_tab()), self.tr("Standorte"))
        self.tabs.addTab(scrolled(self._certificate_tab()), self.tr("Bescheinigungen"))
        self.tabs.addTab(scrolled(self._general_tab()), self.tr("Datenbank und Sprache"))
        from ui.mail.settings_widget import MailSettingsWidget

        self.mail_settings = MailSettingsWidget(db)
        self.tabs.addTab(scrolled(self.mail_settings), self.tr("E-Mail"))
        from ui.outbox.templates import ParticipantTemplatesWidget

        self.participant_templates = ParticipantTemplatesWidget(db)
        self.tabs.addTab(self.participant_templates, self.tr("Nachrichten an Teilnehmende"))
        from ui.backup_tab import BackupTab
        from ui.evaluation.settings_tab import FeedbackSettings

        self.feedback_settings = FeedbackSettings(db)
        self.tabs.addTab(self.feedback_settings, self.tr("Rückmeldebögen"))
        self.backup_tab = BackupTab(db)
        self.backup_tab.restored.connect(self.open_database_requested)
        self.tabs.addTab(scrolled(self.backup_tab), self.tr("Sicherung"))
        layout.addWidget(self.tabs)
        self.reload()

    # -- offices -----------------------------------------------------------------------
    def _office_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.office_combo = QComboBox()
        self.office_combo.currentIndexChanged.connect(lambda _i: self.load_office())
        form.addRow(self.tr("Standort:"), self.office_combo)
        labels = {
            "name": self.tr("Name:"), "region": self.tr("Region:"),
            "organisation_name": self.tr("Träger:"), "street": self.tr("Straße:"),
            "postcode": self.tr("PLZ:"), "city": self.tr("Stadt:"),
            "email": self.tr("E-Mail:"), "phone": self.tr("Telefon:"),
            "head_name": self.tr("Leitung (unterschreibt):"),
            "head_title": self.tr("Funktion der Leitung:"),
            "certificate_prefix": self.tr("Kürzel für Bescheinigungsnummern:"),
            "logo_path": self.tr("Logo (Bilddatei):"),
            "signature_path": self.tr("Unterschrift (Bilddatei):"),
        }
        self.office_edits: dict[str, QLineEdit] = {}
        for key in OFFICE_FIELDS:
            edit = QLineEdit()
            name_field(edit, labels[key])
            self.office_edits[key] = edit
            if key.endswith("_path"):
                row = QHBoxLayout()
                row.addWidget(edit, 1)
                button = QPushButton(self.tr("Auswählen…"))
                button.clicked.connect(lambda _c=False, e=edit: self._pick_image(e))
                row.addWidget(button)
                form.addRow(labels[key], row)
            else:
                form.addRow(labels[key], edit)
        self.office_message = QLabel()
        self.office_message.setWordWrap(True)
        save = QPushButton(self.tr("Standort speichern"))
        save.clicked.connect(self.save_office)
        form.addRow(self.office_message)
        form.addRow("", save)
        self._office_version: int | None = None
        return page

    def _pick_image(self, edit: QLineEdit) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Bild auswählen"), edit.text(),
            self.tr("Bilder (*.png *.jpg *.jpeg)"))
        if path:
            edit.setText(path)

    def load_office(self) -> None:
        office_id = self.office_combo.currentData()
        if office_id is None:
            return
        with self.db.reading() as orm:
            office = get(orm, Office, office_id)
            for key, edit in self.office_edits.items():
                edit.setText(getattr(office, key) or "")
            self._office_version = office.version_id
        self.office_message.clear()

    def save_office(self) -> bool:
        office_id, version = self.office_combo.currentData(), self._office_version
        values = {key: edit.text() for key, edit in self.office_edits.items()}

        def change(expected: int | None) -> Callable[[Any], Any]:
            return lambda orm: update_office(orm, office_id, expected_version=expected,
                                             **values)

        # A change made elsewhere meanwhile: "reload or overwrite?" (never silently).
        result = Op(self, self.db, change(version)).quiet() \
            .on_stale(reload=self.load_office, overwrite=change(None)) \
            .failure(label_failure(self.office_message)).run()
        if result is not None:
            self._office_version = result.value.version_id
            show_in_label(self.office_message, self.tr("Gespeichert."), True)
        return result is not None

    # -- certificates ------------------------------------------------------------------
    def _certificate_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.text_edits: dict[str, QPlainTextEdit] = {}
        labels = {CERTIFICATE_TITLE: self.tr("Überschrift:"),
                  CONFIRMATION_TITLE: self.tr("Überschrift der Teilnahmebestätigung:"),
                  CERTIFICATE_CLOSING: self.tr("Schlusstext:"),
                  FUNDING_NOTE: self.tr("Förderhinweis:")}
        for entry in TEXT_SETTINGS:
            edit = text_area()
            edit.setFixedHeight(30 if entry in (CERTIFICATE_TITLE, CONFIRMATION_TITLE) else 60)
            self.text_edits[entry.key] = edit
            form.addRow(labels[entry], edit)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(51, 100)
        self.threshold.setDecimals(0)
        self.threshold.setSuffix(percent_suffix())
        self.unit_minutes = QSpinBox()
        self.unit_minutes.setRange(15, 240)
        self.unit_minutes.setSuffix(self.tr(" Minuten"))
        form.addRow(self.tr("Mindestteilnahme für eine Reihenbescheinigung:"), self.threshold)
        form.addRow(self.tr("Länge einer Unterrichtseinheit:"), self.unit_minutes)
        self.settings_message = QLabel()
        save = QPushButton(self.tr("Einstellungen speichern"))
        save.clicked.connect(self.save_settings)
        form.addRow(self.settings_message)
        form.addRow("", save)
        return page

    def save_settings(self) -> bool:
        values: dict[str, object] = {k: e.toPlainText() for k, e in self.text_edits.items()}
        values[CERTIFICATE_THRESHOLD.key] = self.threshold.value() / 100
        values[UNIT_MINUTES.key] = self.unit_minutes.value()
        result = Op(self, self.db, lambda orm: update_settings(orm, values)).quiet() \
            .failure(label_failure(self.settings_message)).run()
        if result is not None:
            show_in_label(self.settings_message, self.tr("Gespeichert."), True)
        return result is not None

    # -- database and language ---------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_other = QPushButton(self.tr("Andere Datenbank öffnen…"))
        open_other.clicked.connect(self._choose_database)
        form.addRow(self.tr("Aktuelle Datenbank:"), self.path_label)
        form.addRow("", open_other)
        hint = QLabel(self.tr("Die Datenbank gehört auf ein lokales Laufwerk, nicht auf ein "
                              "Netzlaufwerk: dort können Daten verloren gehen."))
        hint.setWordWrap(True)
        form.addRow("", hint)
        from ui.pages.server_settings import ServerSettings

        self.server_settings = ServerSettings(self.db.url)
        self.server_settings.open_database_requested.connect(self.open_database_requested)
        form.addRow(self.server_settings)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_message = QLabel()
        form.addRow(self.tr("Sprache:"), self.language)
        form.addRow("", self.language_message)
        self.workstation_office = QComboBox()
        self.workstation_office.setObjectName("workstationOffice")
        self.workstation_office.currentIndexChanged.connect(self._workstation_office_changed)
        self.workstation_message = QLabel(self.tr(
            "Gilt nur für diesen Rechner: Änderungen werden mit diesem Standort protokolliert, "
            "und der Plan zeigt zuerst seine Veranstaltungen."))
        self.workstation_message.setWordWrap(True)
        form.addRow(self.tr("Dieser Arbeitsplatz gehört zum Standort:"),
                    self.workstation_office)
        form.addRow("", self.workstation_message)
        return page

    def _workstation_office_changed(self) -> None:
        from ui.workstation import set_workstation_office, workstation_office

        code = self.workstation_office.currentData()
        if (code or "") != workstation_office():
            set_workstation_office(code)
            self.workstation_message.setText(self.tr(
                "Gespeichert. Der Plan filtert beim nächsten Start auf diesen Standort."))

    def _choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Datenbank öffnen"), str(self.db.path or ""),
            self.tr("Transferplaner-Datenbank (*.sqlite *.db);;Alle Dateien (*)"))
        if path:
            self.open_database_requested.emit(path)

    def _language_changed(self) -> None:
        code = self.language.currentData()
        if LANGUAGE.get() == code:
            return
        LANGUAGE.set(code)
        answer = QMessageBox.question(
            self, self.tr("Sprache"),
            self.tr("Sprache jetzt wechseln? Das Fenster wird neu aufgebaut."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.language_switch_requested.emit(code)
        else:
            self.language_message.setText(self.tr("Wird beim nächsten Start wirksam."))

    def reload(self) -> None:
        current = self.office_combo.currentData()
        with self.db.reading() as orm:
            offices = office_choices(orm)
            texts = {entry.key: entry.get(orm) for entry in TEXT_SETTINGS}
            threshold = CERTIFICATE_THRESHOLD.get(orm)
            minutes = UNIT_MINUTES.get(orm)
        self.office_combo.blockSignals(True)
        self.office_combo.clear()
        for office_id, _code, city in offices:
            self.office_combo.addItem(city, office_id)
        self.office_combo.setCurrentIndex(max(self.office_combo.findData(current), 0))
        self.office_combo.blockSignals(False)
        self.load_office()
        for key, edit in self.text_edits.items():
            edit.setPlainText(texts[key])
        self.threshold.setValue(round(threshold * 100))
        self.unit_minutes.setValue(minutes)
        self.path_label.setText(self.db.display_name)
        self.language.blockSignals(True)
        language = LANGUAGE.get()
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.blockSignals(False)
        from ui.workstation import workstation_office

        mine = workstation_office()
        self.workstation_office.blockSignals(True)
        self.workstation_office.clear()
        self.workstation_office.addItem(self.tr("– nicht festgelegt –"), None)
        for _office_id, code, city in offices:
            self.workstation_office.addItem(city, code)
        self.workstation_office.setCurrentIndex(max(self.workstation_office.findData(mine), 0))
        self.workstation_office.blockSignals(False)
