"""Settings → Nachrichten an Teilnehmende: the template of each message type, per office
and language, with the placeholders beside the editor and a live preview on an invented
participant; and the default number of days before a session that reminders are due."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.models import Office
from planner.notify.templates import KIND_LABELS, PLACEHOLDERS, Template
from planner.queries.choices import office_choices
from planner.storage.database import Database
from planner.usecases.outcome import Change
from ui.models.labels import outbox_kind_label, outbox_placeholder_label
from ui.operations import Op
from ui.widgets import buddy_label, label_failure, name_field, plural, show_in_label, text_area


class ParticipantTemplatesWidget(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._loaded: tuple[str, str, str] | None = None
        self._saved: tuple[str, str] = ("", "")
        self._office: Office | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._choosers())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._editor())
        splitter.addWidget(self._preview())
        layout.addWidget(splitter, 1)
        layout.addLayout(self._buttons())
        layout.addWidget(self._reminder_box())
        self.reload()

    # -- building ---------------------------------------------------------------------
    def _choosers(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.office_combo = QComboBox()
        self.kind_combo = QComboBox()
        for kind in KIND_LABELS:
            self.kind_combo.addItem(outbox_kind_label(kind), kind)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Deutsch"), "de")
        self.language_combo.addItem(self.tr("Englisch"), "en")
        for label, combo in ((self.tr("Standort:"), self.office_combo),
                             (self.tr("Nachricht:"), self.kind_combo),
                             (self.tr("Sprache:"), self.language_combo)):
            row.addWidget(buddy_label(label, combo))
            row.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.choose())
        row.addStretch(1)
        return row

    def _editor(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        left = QFormLayout()
        self.subject_edit = QLineEdit()
        self.body_edit = text_area()
        self.body_edit.setObjectName("templateBody")
        left.addRow(self.tr("Betreff:"), self.subject_edit)
        left.addRow(self.tr("Text:"), self.body_edit)
        self.subject_edit.textChanged.connect(lambda _t: self.update_preview())
        self.body_edit.textChanged.connect(self.update_preview)
        right = QVBoxLayout()
        hint = QLabel(self.tr("Platzhalter (Doppelklick fügt ein):"))
        self.placeholder_list = QListWidget()
        self.placeholder_list.setObjectName("placeholderList")
        name_field(self.placeholder_list, self.tr("Platzhalter"))
        self.placeholder_list.setWordWrap(True)
        self.placeholder_list.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for name in PLACEHOLDERS:
            item = QListWidgetItem(f"{{{name}}} – {outbox_placeholder_label(name)}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(outbox_placeholder_label(name))
            self.placeholder_list.addItem(item)
        self.placeholder_list.itemDoubleClicked.connect(self.insert_placeholder)
        right.addWidget(hint)
        right.addWidget(self.placeholder_list, 1)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        return box

    def _preview(self) -> QWidget:
        box = QGroupBox(self.tr("Vorschau (erfundene Teilnehmerin und Termine)"))
        column = QVBoxLayout(box)
        self.preview = text_area()
        self.preview.setObjectName("templatePreview")
        self.preview.setReadOnly(True)
        name_field(self.preview, self.tr("Vorschau"))
        column.addWidget(self.preview)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.state_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Vorlage speichern"))
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("Standardtext wiederherstellen"))
        self.reset_button.clicked.connect(self.reset)
        row.addWidget(self.state_label)
        row.addWidget(self.message, 1)
        row.addWidget(self.reset_button)
        row.addWidget(self.save_button)
        return row

    def _reminder_box(self) -> QWidget:
        box = QGroupBox(self.tr("Erinnerungen"))
        row = QHBoxLayout(box)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, 60)
        self.days_spin.setSuffix(self.tr(" Tage vor dem Termin"))
        self.days_spin.setSpecialValueText(self.tr("keine Erinnerungen"))
        self.days_apply = QPushButton(self.tr("Übernehmen"))
        self.days_apply.clicked.connect(self.save_days)
        row.addWidget(buddy_label(self.tr("Fällig ab:"), self.days_spin))
        row.addWidget(self.days_spin)
        row.addWidget(self.days_apply)
        note = QLabel(self.tr("(Voreinstellung; eine Veranstaltung kann eigene Tage haben)"))
        row.addWidget(note, 1)
        return box

    # -- data -------------------------------------------------------------------------
    def reload(self) -> None:
        from planner.notify.reminders import default_days

        with self.db.reading() as orm:
            choices = office_choices(orm)
            days = default_days(orm)
        current = self.office_combo.currentData()
        self.office_combo.blockSignals(True)
        self.office_combo.clear()
        for _id, code, name in choices:
            self.office_combo.addItem(name, code)
        index = self.office_combo.findData(current)
        self.office_combo.setCurrentIndex(max(index, 0))
        self.office_combo.blockSignals(False)
        self.days_spin.setValue(days)
        self._loaded = None
        self.choose(force=True)

    def key(self) -> tuple[str, str, str]:
        return (str(self.office_combo.currentData()), str(self.kind_combo.currentData()),
                str(self.language_combo.currentData()))

    @property
    def dirty(self) -> bool:
        return (self.subject_edit.text(), self.body_edit.toPlainText()) != self._saved

    def choose(self, force: bool = False) -> None:
        """Show the template of the chosen office, type and language."""
        from planner.notify.templates import get_template
        from planner.usecases.lookup import office_by_key

        key = self.key()
        if key == self._loaded and not force:
            return
        if self._loaded is not None and self.dirty and not force:
            answer = QMessageBox.question(
                self, self.tr("Vorlage nicht gespeichert"),
                self.tr("Die Änderungen an der Vorlage sind nicht gespeichert. Verwerfen?"))
            if answer != QMessageBox.StandardButton.Yes:
                self._restore_choice()
                return
        office_code, kind, language = key
        with self.db.reading() as orm:
            office = office_by_key(orm, office_code)
            self._office = Office(name=office.name, email=office.email, phone=office.phone,
                                  code=office.code)
            template = get_template(orm, office_code, kind, language)
        self._loaded = key
        self._saved = (template.subject, template.body)
        self.subject_edit.setText(template.subject)
        self.body_edit.setPlainText(template.body)
        self._show_state(template.custom)
        self.update_preview()

    def _restore_choice(self) -> None:
        assert self._loaded is not None
        for combo, value in zip((self.office_combo, self.kind_combo, self.language_combo),
                                self._loaded, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)

    def _show_state(self, custom: bool) -> None:
        self.state_label.setText(self.tr("Eigene Fassung des Standorts") if custom
                                 else self.tr("Standardtext"))
        self.reset_button.setEnabled(custom)

    def update_preview(self) -> None:
        from planner.notify.preview import preview

        if self._office is None or self._loaded is None:
            return
        _code, kind, language = self._loaded
        template = Template(kind, language, self.subject_edit.text(),
                            self.body_edit.toPlainText())
        subject, body = preview(template, self._office)
        self.preview.setPlainText(self.tr("Betreff: %1").replace("%1", subject) + "\n\n" + body)

    def insert_placeholder(self, item: QListWidgetItem) -> None:
        self.body_edit.insertPlainText("{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}")
        self.body_edit.setFocus()

    def save(self) -> bool:
        from planner.notify.templates import save_template

        office_code, kind, language = self.key()
        subject, body = self.subject_edit.text(), self.body_edit.toPlainText()
        op = Op(self, self.db, lambda orm: save_template(orm, office_code, kind, language,
                                                         subject, body))
        op.changes(Change.SETTINGS).failure(label_failure(self.message))
        op.success(lambda template: self._stored(template, self.tr("Vorlage gespeichert.")))
        op.run()
        return op.ok

    def reset(self) -> bool:
        from planner.notify.templates import reset_template

        office_code, kind, language = self.key()
        op = Op(self, self.db, lambda orm: reset_template(orm, office_code, kind, language))
        op.changes(Change.SETTINGS).failure(label_failure(self.message))
        op.success(lambda template: self._stored(
            template, self.tr("Der Standardtext gilt wieder.")))
        op.run()
        return op.ok

    def _stored(self, template: Template, text: str) -> None:
        self._saved = (template.subject, template.body)
        self.subject_edit.setText(template.subject)
        self.body_edit.setPlainText(template.body)
        self._show_state(template.custom)
        show_in_label(self.message, text, True)

    def save_days(self) -> bool:
        from planner.notify.reminders import set_default_days

        days = self.days_spin.value()
        op = Op(self, self.db, lambda orm: set_default_days(orm, days))
        op.failure(label_failure(self.message)).success(lambda _o: show_in_label(
            self.message, plural(days, self.tr("Erinnerungen 1 Tag vor dem Termin."),
                                 self.tr("Erinnerungen %1 Tage vor dem Termin.")), True))
        op.run()
        return op.ok
