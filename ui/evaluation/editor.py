"""The questionnaire editor: pick and order items from the library, write new ones.

For a format it edits the format's questionnaire; for an event its own variant (an event
may add or drop items; "Bogen des Formats verwenden" goes back). A version with answers is
never changed: saving creates the next version and says so before and after.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.evaluation.answers import ItemSpec
from planner.evaluation.questionnaires import (
    current_for_event,
    current_for_format,
    describe,
    event_or_error,
    library,
    own_questionnaire,
)
from planner.evaluation.standard import CHOICE, SCALE, TEXT
from planner.exports.feedback_form import fits_one_page
from planner.storage.database import Database
from planner.usecases.questionnaires import (
    add_item,
    reset_event_questionnaire,
    save_questionnaire,
    update_item,
)
from ui.common import run_use_case
from ui.models.labels import format_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class ItemDialog(QDialog):
    """A new library item, or better wording for an existing one (its kind stays)."""

    def __init__(self, db: Database, item: ItemSpec | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.item = item
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Frage bearbeiten") if item else self.tr("Neue Frage"))
        self.kind = QComboBox()
        for kind, label in ((SCALE, self.tr("Skala 1–5")), (CHOICE, self.tr("Einfachauswahl")),
                            (TEXT, self.tr("Freitext"))):
            self.kind.addItem(label, kind)
        self.text = QLineEdit()
        self.low = QLineEdit()
        self.high = QLineEdit()
        self.options = QPlainTextEdit()
        self.options.setPlaceholderText(self.tr("eine Antwortmöglichkeit je Zeile"))
        self.options.setMaximumHeight(120)
        form = QFormLayout()
        form.addRow(self.tr("Art:"), self.kind)
        form.addRow(self.tr("Frage:"), self.text)
        form.addRow(self.tr("1 bedeutet:"), self.low)
        form.addRow(self.tr("5 bedeutet:"), self.high)
        form.addRow(self.tr("Antwortmöglichkeiten:"), self.options)
        self.low.setPlaceholderText(self.tr("z. B. gar nicht zufrieden"))
        self.high.setPlaceholderText(self.tr("z. B. sehr zufrieden"))
        if item is not None:
            self.kind.setCurrentIndex(self.kind.findData(item.kind))
            self.kind.setEnabled(False)
            self.text.setText(item.text)
            self.low.setText(item.low_label)
            self.high.setText(item.high_label)
            self.options.setPlainText("\n".join(item.options))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        kind = self.kind.currentData()
        for widget in (self.low, self.high):
            widget.setEnabled(kind == SCALE)
        self.options.setEnabled(kind == CHOICE)

    def save(self) -> bool:
        options = [o.strip() for o in self.options.toPlainText().splitlines() if o.strip()]
        kind = self.kind.currentData()
        if self.item is None:
            outcome = run_use_case(self, self.db, lambda orm: add_item(
                orm, kind=kind, text=self.text.text(), low_label=self.low.text(),
                high_label=self.high.text(), options=options), allow_force=False)
        else:
            item_id = self.item.id
            outcome = run_use_case(self, self.db, lambda orm: update_item(
                orm, item_id, text=self.text.text(), low_label=self.low.text(),
                high_label=self.high.text(), options=options if kind == CHOICE else None),
                allow_force=False)
        if outcome is None:
            return False
        self.saved_id = outcome.value.id
        self.accept()
        return True


def _item_entry(spec: ItemSpec) -> QListWidgetItem:
    kind = {SCALE: "1–5", CHOICE: "Auswahl", TEXT: "Text"}[spec.kind]
    entry = QListWidgetItem(f"[{kind}] {spec.text}")
    entry.setData(ITEM_ROLE, spec)
    entry.setToolTip(spec.text)
    return entry


class QuestionnaireEditor(QDialog):
    def __init__(self, db: Database, *, fmt: str | None = None, event_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.fmt, self.event_id = db, fmt, event_id
        self.setWindowTitle(self.tr("Fragebogen bearbeiten"))
        self.resize(980, 640)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; font-size: 12pt")
        self.version_label = QLabel()
        self.version_label.setWordWrap(True)
        self.title_edit = QLineEdit()
        self.intro_edit = QPlainTextEdit()
        self.intro_edit.setMaximumHeight(70)
        self.library_list = QListWidget()
        self.chosen_list = QListWidget()
        for lst in (self.library_list, self.chosen_list):
            lst.setWordWrap(True)
        self.library_list.itemDoubleClicked.connect(lambda _i: self.add_selected())
        self.chosen_list.itemDoubleClicked.connect(lambda _i: self.remove_selected())
        add, remove = QPushButton(self.tr("Hinzufügen →")), QPushButton(self.tr("← Entfernen"))
        up, down = QPushButton(self.tr("Nach oben")), QPushButton(self.tr("Nach unten"))
        new, edit = QPushButton(self.tr("Neue Frage …")), QPushButton(self.tr("Frage "
                                                                           "bearbeiten …"))
        add.clicked.connect(self.add_selected)
        remove.clicked.connect(self.remove_selected)
        up.clicked.connect(lambda: self.move(-1))
        down.clicked.connect(lambda: self.move(1))
        new.clicked.connect(self.new_item)
        edit.clicked.connect(self.edit_item)
        self.fit_label = QLabel()
        self.reset_button = QPushButton(self.tr("Bogen des Formats verwenden"))
        self.reset_button.clicked.connect(self.use_format_questionnaire)
        self.reset_button.setVisible(event_id is not None)
        middle = QVBoxLayout()
        middle.addStretch()
        for button in (add, remove, up, down):
            middle.addWidget(button)
        middle.addStretch()
        lists = QGridLayout()
        lists.addWidget(QLabel(self.tr("<b>Fragensammlung</b>")), 0, 0)
        lists.addWidget(QLabel(self.tr("<b>Auf dem Bogen</b> (in dieser Reihenfolge)")), 0, 2)
        lists.addWidget(self.library_list, 1, 0)
        lists.addLayout(middle, 1, 1)
        lists.addWidget(self.chosen_list, 1, 2)
        library_buttons = QHBoxLayout()
        library_buttons.addWidget(new)
        library_buttons.addWidget(edit)
        library_buttons.addStretch()
        lists.addLayout(library_buttons, 2, 0)
        lists.addWidget(self.fit_label, 2, 2)
        form = QFormLayout()
        form.addRow(self.tr("Titel:"), self.title_edit)
        form.addRow(self.tr("Einleitung:"), self.intro_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reset_button)
        bottom.addStretch()
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.version_label)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addLayout(bottom)
        self.chosen_list.model().rowsInserted.connect(lambda *_: self._check_fit())
        self.chosen_list.model().rowsRemoved.connect(lambda *_: self._check_fit())
        self.load()

    # -- loading -----------------------------------------------------------------------
    def load(self) -> None:
        with self.db.reading() as orm:
            if self.event_id is not None:
                event = event_or_error(orm, self.event_id)
                questionnaire = current_for_event(orm, self.event_id)
                own = own_questionnaire(orm, self.event_id) is not None
                heading = self.tr("Fragebogen der Veranstaltung „{0}“").format(event.title)
            else:
                assert self.fmt is not None
                questionnaire = current_for_format(orm, self.fmt)
                own = True
                heading = self.tr("Fragebogen für {0}").format(format_label(self.fmt))
            info = describe(orm, questionnaire)
            items = [ItemSpec.of(i) for i in library(orm)]
        self.heading.setText(heading)
        if not own:
            note = self.tr("Die Veranstaltung nutzt den Bogen ihres Formats (Version {0}). "
                           "Speichern legt einen eigenen Bogen für diese Veranstaltung an.")
            self.version_label.setText(note.format(info.version))
        elif info.responses:
            note = self.tr("Version {0}: {1} Bögen erfasst. Speichern legt Version {2} an; die "
                           "erfassten Antworten bleiben bei Version {0} und werden weiter "
                           "ausgewertet.")
            self.version_label.setText(note.format(info.version, info.responses,
                                                   info.version + 1))
        else:
            self.version_label.setText(self.tr("Version {0}: noch keine Bögen erfasst.")
                                       .format(info.version))
        self.reset_button.setEnabled(self.event_id is not None and own)
        self.title_edit.setText(info.title)
        self.intro_edit.setPlainText(info.intro)
        chosen = {s.id for s in info.items}
        self.chosen_list.clear()
        for spec in info.items:
            self.chosen_list.addItem(_item_entry(spec))
        self.library_list.clear()
        for spec in items:
            if spec.id not in chosen:
                self.library_list.addItem(_item_entry(spec))
        self._check_fit()

    def chosen_specs(self) -> list[ItemSpec]:
        return [self.chosen_list.item(i).data(ITEM_ROLE) for i in range(self.chosen_list.count())]

    def _check_fit(self) -> None:
        if fits_one_page(self.title_edit.text(), self.intro_edit.toPlainText(),
                         self.chosen_specs()):
            self.fit_label.setText(self.tr("✓ passt auf eine A4-Seite"))
            self.fit_label.setStyleSheet("color: #1b6e1b")
        else:
            self.fit_label.setText(self.tr("⚠ passt nicht auf eine A4-Seite: bitte Fragen "
                                           "entfernen oder kürzen"))
            self.fit_label.setStyleSheet("color: #a02020")

    # -- editing -----------------------------------------------------------------------
    def add_selected(self) -> None:
        row = self.library_list.currentRow()
        if row >= 0:
            self.chosen_list.addItem(self.library_list.takeItem(row))
            self.chosen_list.setCurrentRow(self.chosen_list.count() - 1)

    def remove_selected(self) -> None:
        row = self.chosen_list.currentRow()
        if row >= 0:
            self.library_list.addItem(self.chosen_list.takeItem(row))

    def move(self, step: int) -> None:
        row = self.chosen_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.chosen_list.count():
            return
        entry = self.chosen_list.takeItem(row)
        self.chosen_list.insertItem(target, entry)
        self.chosen_list.setCurrentRow(target)

    def new_item(self) -> None:
        dialog = ItemDialog(self.db, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            keep = [s.id for s in self.chosen_specs()]
            self._reload_lists(keep + [dialog.saved_id])

    def edit_item(self) -> None:
        entry = self.chosen_list.currentItem() or self.library_list.currentItem()
        if entry is None:
            return
        dialog = ItemDialog(self.db, entry.data(ITEM_ROLE), parent=self)
        if dialog.exec():
            self._reload_lists([s.id for s in self.chosen_specs()])

    def _reload_lists(self, chosen_ids: list[int]) -> None:
        with self.db.reading() as orm:
            items = {i.id: ItemSpec.of(i) for i in library(orm, include_archived=True)}
            active = {i.id for i in library(orm)}
        self.chosen_list.clear()
        for item_id in chosen_ids:
            if item_id in items:
                self.chosen_list.addItem(_item_entry(items[item_id]))
        self.library_list.clear()
        for spec in items.values():
            if spec.id not in chosen_ids and spec.id in active:
                self.library_list.addItem(_item_entry(spec))
        self._check_fit()

    def save(self) -> bool:
        ids = [s.id for s in self.chosen_specs()]
        title, intro = self.title_edit.text(), self.intro_edit.toPlainText()
        outcome = run_use_case(self, self.db, lambda orm: save_questionnaire(
            orm, item_ids=ids, fmt=self.fmt, event_id=self.event_id, title=title,
            intro=intro), allow_force=False)
        if outcome is None:
            return False
        change = outcome.value
        version = change.questionnaire.version
        if change.unchanged:
            message = self.tr("Keine Änderung.")
        elif change.new_version:
            message = self.tr("Neue Version {0} gespeichert. Die {1} vorhandenen Bögen bleiben "
                              "bei Version {2} und werden weiter ausgewertet.").format(
                version, change.kept_answers, version - 1)
        else:
            message = self.tr("Fragebogen (Version {0}) gespeichert.").format(version)
        self.load()
        QMessageBox.information(self, self.tr("Fragebogen gespeichert"), message)
        return True

    def use_format_questionnaire(self) -> bool:
        if self.event_id is None:
            return False
        event_id = self.event_id
        outcome = run_use_case(self, self.db,
                               lambda orm: reset_event_questionnaire(orm, event_id),
                               allow_force=False)
        self.load()
        return outcome is not None
