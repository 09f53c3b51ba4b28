"""The questionnaire editor: pick and order items from the library, write new ones.

For a format it edits the format's questionnaire (on the settings page); for an event its
own variant (an event may add or drop items; "Bogen des Formats verwenden" goes back). An
item keeps its identity (its number and code) wherever it is used, so editions compare. A
version with answers is never changed: saving creates the next version, and the editor
says so before and after.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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
from planner.usecases.outcome import Change, Outcome
from planner.usecases.questionnaires import (
    add_item,
    archive_item,
    reset_event_questionnaire,
    save_questionnaire,
    update_item,
)
from ui.models.labels import format_label
from ui.operations import Op, watch_changes
from ui.screen_fit import resize_within_screen
from ui.widgets import buddy_label, label_failure, name_field, show_in_label, text_area

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class SavedQuestionnaire:
    """What saving changed (planner's QuestionnaireChange, read inside the transaction)."""

    id: int
    version: int
    new_version: bool
    kept_answers: int
    unchanged: bool
KINDS = {SCALE: QT_TRANSLATE_NOOP("QuestionnaireEditor", "Skala 1–5"),
         CHOICE: QT_TRANSLATE_NOOP("QuestionnaireEditor", "Einfachauswahl"),
         TEXT: QT_TRANSLATE_NOOP("QuestionnaireEditor", "Freitext")}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("QuestionnaireEditor", KINDS.get(kind, kind))


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
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.text = QLineEdit()
        self.low = QLineEdit()
        self.high = QLineEdit()
        self.options = text_area()
        self.options.setPlaceholderText(self.tr("eine Antwortmöglichkeit je Zeile"))
        self.options.setMaximumHeight(120)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("Art:"), self.kind), self.kind)
        form.addRow(buddy_label(self.tr("Frage:"), self.text), self.text)
        form.addRow(buddy_label(self.tr("1 bedeutet:"), self.low), self.low)
        form.addRow(buddy_label(self.tr("5 bedeutet:"), self.high), self.high)
        form.addRow(buddy_label(self.tr("Antwortmöglichkeiten:"), self.options), self.options)
        self.low.setPlaceholderText(self.tr("z. B. gar nicht zufrieden"))
        self.high.setPlaceholderText(self.tr("z. B. sehr zufrieden"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        if item is not None:
            self.kind.setCurrentIndex(self.kind.findData(item.kind))
            self.kind.setEnabled(False)
            self.text.setText(item.text)
            self.low.setText(item.low_label)
            self.high.setText(item.high_label)
            self.options.setPlainText("\n".join(item.options))
            self.note.setText(self.tr(
                "Die Frage behält ihre Nummer auf allen Bögen, auch auf früheren: bitte nur die "
                "Formulierung verbessern, nicht den Sinn ändern. Beantwortete Auswahlfragen "
                "können nur neue Antwortmöglichkeiten am Ende erhalten."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._sync)
        self._sync()
        self.resize(560, 360)

    def _sync(self) -> None:
        kind = self.kind.currentData()
        for widget in (self.low, self.high):
            widget.setEnabled(kind == SCALE)
        self.options.setEnabled(kind == CHOICE)

    def save(self) -> bool:
        options = [o.strip() for o in self.options.toPlainText().splitlines() if o.strip()]
        kind, text, low, high = (self.kind.currentData(), self.text.text(), self.low.text(),
                                 self.high.text())
        known = self.item.id if self.item is not None else None

        def action(orm: Any) -> Outcome[int]:
            if known is None:
                outcome = add_item(orm, kind=kind, text=text, low_label=low, high_label=high,
                                   options=options)
            else:
                outcome = update_item(orm, known, text=text, low_label=low, high_label=high,
                                      options=options if kind == CHOICE else None)
            return Outcome(outcome.value.id, outcome.warnings, outcome.changed)

        saved = Op(self, self.db, action).failure(label_failure(self.message)).run()
        if saved is None:
            return False
        self.saved_id = saved.value
        self.accept()
        return True


def _entry(spec: ItemSpec) -> QListWidgetItem:
    entry = QListWidgetItem(f"{spec.text}  ({kind_label(spec.kind)})")
    entry.setData(ITEM_ROLE, spec)
    tip = spec.text
    if spec.kind == SCALE:
        tip += f"\n1 = {spec.low_label} … 5 = {spec.high_label}"
    elif spec.kind == CHOICE:
        tip += "\n" + "\n".join(f"{n} = {o}" for n, o in enumerate(spec.options, start=1))
    entry.setToolTip(tip)
    return entry


class QuestionnaireEditor(QWidget):
    """The items, title and intro of one format's or one event's questionnaire."""

    saved = Signal(object)  # SavedQuestionnaire

    def __init__(self, db: Database, *, fmt: str | None = None, event_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.fmt, self.event_id = db, fmt, event_id
        self.heading = QLabel()
        self.heading.setObjectName("questionnaireHeading")
        self.heading.setStyleSheet("font-weight: bold; font-size: 12pt; color: #1f4e79")
        self.version_label = QLabel()
        self.version_label.setObjectName("versionNote")
        self.version_label.setWordWrap(True)
        self.title_edit = QLineEdit()
        self.intro_edit = text_area()
        self.intro_edit.setMaximumHeight(64)
        self.library_list = QListWidget()
        self.library_list.setObjectName("itemLibrary")
        self.chosen_list = QListWidget()
        self.chosen_list.setObjectName("chosenItems")
        name_field(self.library_list, self.tr("Fragensammlung"))
        name_field(self.chosen_list, self.tr("Fragen auf dem Bogen"))
        for lst in (self.library_list, self.chosen_list):
            lst.setWordWrap(True)
            lst.setAlternatingRowColors(True)
        self.library_list.itemDoubleClicked.connect(lambda _i: self.add_selected())
        self.chosen_list.itemDoubleClicked.connect(lambda _i: self.remove_selected())
        self.add_button = QPushButton(self.tr("Aufnehmen →"))
        self.remove_button = QPushButton(self.tr("← Herausnehmen"))
        self.up_button = QPushButton(self.tr("Nach oben"))
        self.down_button = QPushButton(self.tr("Nach unten"))
        self.new_button = QPushButton(self.tr("Neue Frage …"))
        self.edit_button = QPushButton(self.tr("Frage bearbeiten …"))
        self.archive_button = QPushButton(self.tr("Aus der Sammlung nehmen"))
        self.archive_button.setToolTip(self.tr(
            "Die Frage wird nicht mehr angeboten; Bögen, die sie schon enthalten, behalten "
            "sie und ihre Antworten."))
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.new_button.clicked.connect(lambda: self.new_item())
        self.edit_button.clicked.connect(lambda: self.edit_item())
        self.archive_button.clicked.connect(lambda: self.archive_selected())
        self.fit_label = QLabel()
        self.fit_label.setObjectName("fitLabel")
        self.message = QLabel()
        self.message.setObjectName("editorMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Fragebogen speichern"))
        self.save_button.clicked.connect(lambda: self.save())
        self.reset_button = QPushButton(self.tr("Bogen des Formats verwenden"))
        self.reset_button.setToolTip(self.tr(
            "Die Veranstaltung verwendet wieder den Fragebogen ihres Formats; schon erfasste "
            "Bögen bleiben bei ihrer Version."))
        self.reset_button.clicked.connect(lambda: self.use_format_questionnaire())
        self.reset_button.setVisible(event_id is not None)

        middle = QVBoxLayout()
        middle.addStretch()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            middle.addWidget(button)
        middle.addStretch()
        lists = QGridLayout()
        lists.addWidget(QLabel(self.tr("<b>Fragensammlung</b> (nicht auf dem Bogen)")), 0, 0)
        lists.addWidget(QLabel(self.tr("<b>Auf dem Bogen</b>, in dieser Reihenfolge")), 0, 2)
        self.library_hint = QLabel(self.tr(
            "Alle Fragen der Sammlung stehen schon auf dem Bogen. „Neue Frage …“ legt eine "
            "weitere an."))
        self.library_hint.setWordWrap(True)
        self.library_hint.setStyleSheet("color: #555555")
        library_box = QVBoxLayout()
        library_box.addWidget(self.library_list, 1)
        library_box.addWidget(self.library_hint)
        lists.addLayout(library_box, 1, 0)
        lists.addLayout(middle, 1, 1)
        lists.addWidget(self.chosen_list, 1, 2)
        library_buttons = QHBoxLayout()
        library_buttons.addWidget(self.new_button)
        library_buttons.addWidget(self.edit_button)
        library_buttons.addWidget(self.archive_button)
        library_buttons.addStretch()
        lists.addLayout(library_buttons, 2, 0)
        lists.addWidget(self.fit_label, 2, 2)
        lists.setColumnStretch(0, 1)
        lists.setColumnStretch(2, 1)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("Überschrift:"), self.title_edit), self.title_edit)
        form.addRow(buddy_label(self.tr("Einleitung:"), self.intro_edit), self.intro_edit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reset_button)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.version_label)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addLayout(bottom)
        self.chosen_list.model().rowsInserted.connect(lambda *_: self._check_fit())
        self.chosen_list.model().rowsRemoved.connect(lambda *_: self._check_fit())
        self.title_edit.editingFinished.connect(self._check_fit)
        if fmt is not None or event_id is not None:
            self.load()
        watch_changes(self, db, {Change.FEEDBACK, Change.EVENTS}, self._changed_elsewhere)

    # -- loading -----------------------------------------------------------------------
    def set_format(self, fmt: str) -> None:
        self.fmt, self.event_id = fmt, None
        self.load()

    def _changed_elsewhere(self) -> None:
        if self.fmt is not None or self.event_id is not None:
            self.load(keep_message=True)

    def load(self, *, keep_message: bool = False) -> None:
        with self.db.reading() as orm:
            if self.event_id is not None:
                event = event_or_error(orm, self.event_id)
                questionnaire = current_for_event(orm, self.event_id)
                own = own_questionnaire(orm, self.event_id) is not None
                heading = self.tr("Fragebogen der Veranstaltung „%1“").replace("%1", event.title)
            else:
                assert self.fmt is not None
                questionnaire = current_for_format(orm, self.fmt)
                own = True
                heading = self.tr("Fragebogen für das Format „%1“").replace(
                    "%1", format_label(self.fmt))
            info = describe(orm, questionnaire)
            items = [ItemSpec.of(i) for i in library(orm)]
        self.heading.setText(heading)
        version, answered = str(info.version), str(info.responses)
        if not own:
            self.version_label.setText(self.tr(
                "Die Veranstaltung verwendet den Bogen ihres Formats (Version %1). Speichern "
                "legt einen eigenen Bogen nur für diese Veranstaltung an.").replace("%1", version))
        elif info.responses:
            self.version_label.setText(self.tr(
                "Version %1, %2 Bögen erfasst. Speichern legt Version %3 an; die erfassten "
                "Antworten bleiben bei Version %1 und werden weiter ausgewertet.")
                .replace("%1", version).replace("%2", answered)
                .replace("%3", str(info.version + 1)))
        else:
            self.version_label.setText(self.tr("Version %1, noch keine Bögen erfasst: "
                                               "Änderungen gelten für diese Version.")
                                       .replace("%1", version))
        self.reset_button.setEnabled(self.event_id is not None and own)
        self.title_edit.setText(info.title)
        self.intro_edit.setPlainText(info.intro)
        if not keep_message:
            self.message.clear()
        self._fill([s.id for s in info.items], {s.id: s for s in items}, info.items)

    def _fill(self, chosen_ids: list[int], library_items: dict[int, ItemSpec],
              extra: list[ItemSpec] = ()) -> None:  # type: ignore[assignment]
        known = dict(library_items)
        for spec in extra:  # archived items stay on the forms that have them
            known.setdefault(spec.id, spec)
        self.chosen_list.clear()
        for item_id in chosen_ids:
            if item_id in known:
                self.chosen_list.addItem(_entry(known[item_id]))
        self.library_list.clear()
        for spec in library_items.values():
            if spec.id not in chosen_ids:
                self.library_list.addItem(_entry(spec))
        self._check_fit()

    def chosen_specs(self) -> list[ItemSpec]:
        return [self.chosen_list.item(i).data(ITEM_ROLE)
                for i in range(self.chosen_list.count())]

    def _check_fit(self) -> None:
        self.library_hint.setVisible(self.library_list.count() == 0)
        if fits_one_page(self.title_edit.text(), self.intro_edit.toPlainText(),
                         self.chosen_specs()):
            self.fit_label.setText(self.tr("✓ passt auf eine A4-Seite"))
            self.fit_label.setStyleSheet("color: #1e7b34")
        else:
            self.fit_label.setText(self.tr("⚠ passt nicht auf eine A4-Seite: bitte Fragen "
                                           "herausnehmen oder kürzen"))
            self.fit_label.setStyleSheet("color: #b00020; font-weight: bold")

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

    def _reload_lists(self, chosen_ids: list[int]) -> None:
        with self.db.reading() as orm:
            everything = {i.id: ItemSpec.of(i) for i in library(orm, include_archived=True)}
            active = {i.id for i in library(orm)}
        self._fill(chosen_ids, {i: s for i, s in everything.items() if i in active},
                   [everything[i] for i in chosen_ids if i in everything])

    def new_item(self) -> ItemDialog:
        dialog = ItemDialog(self.db, parent=self)
        dialog.accepted.connect(lambda: self._reload_lists(
            [s.id for s in self.chosen_specs()] + [dialog.saved_id]))
        dialog.open()
        return dialog

    def edit_item(self) -> ItemDialog | None:
        entry = self.chosen_list.currentItem() or self.library_list.currentItem()
        if entry is None:
            return None
        dialog = ItemDialog(self.db, entry.data(ITEM_ROLE), parent=self)
        dialog.accepted.connect(lambda: self._reload_lists([s.id for s in self.chosen_specs()]))
        dialog.open()
        return dialog

    def archive_selected(self) -> bool:
        entry = self.library_list.currentItem()
        if entry is None:
            show_in_label(self.message, self.tr("Bitte eine Frage in der Sammlung wählen."),
                          False)
            return False
        item_id = entry.data(ITEM_ROLE).id
        chosen = [s.id for s in self.chosen_specs()]
        done = Op(self, self.db, lambda orm: archive_item(orm, item_id)) \
            .failure(label_failure(self.message)).run() is not None
        if done:
            self._reload_lists(chosen)
        return done

    def save(self) -> SavedQuestionnaire | None:
        ids = [s.id for s in self.chosen_specs()]
        title, intro = self.title_edit.text(), self.intro_edit.toPlainText()
        fmt, event_id = self.fmt, self.event_id

        def action(orm: Any) -> Outcome[SavedQuestionnaire]:
            outcome = save_questionnaire(orm, item_ids=ids, fmt=fmt, event_id=event_id,
                                         title=title, intro=intro)
            c = outcome.value  # read inside the transaction
            return Outcome(SavedQuestionnaire(c.questionnaire.id, c.questionnaire.version,
                                              c.new_version, c.kept_answers, c.unchanged),
                           outcome.warnings, outcome.changed)

        outcome = Op(self, self.db, action).failure(label_failure(self.message)).run()
        if outcome is None:
            return None
        change = outcome.value
        version = change.version
        if change.unchanged:
            message = self.tr("Keine Änderung.")
        elif change.new_version:
            message = (self.tr("Neue Version %1 gespeichert. Die %2 vorhandenen Bögen bleiben "
                               "bei Version %3 und werden weiter ausgewertet.")
                       .replace("%1", str(version)).replace("%2", str(change.kept_answers))
                       .replace("%3", str(version - 1)))
        else:
            message = self.tr("Fragebogen (Version %1) gespeichert.").replace("%1", str(version))
        self.load()
        show_in_label(self.message, message, True)
        self.saved.emit(change)
        return change

    def use_format_questionnaire(self) -> bool:
        if self.event_id is None:
            return False
        event_id = self.event_id
        done = Op(self, self.db, lambda orm: reset_event_questionnaire(orm, event_id)) \
            .failure(label_failure(self.message)).run() is not None
        if done:
            self.load()
            show_in_label(self.message, self.tr("Die Veranstaltung verwendet wieder den Bogen "
                                                "ihres Formats."), True)
        return done


class QuestionnaireDialog(QDialog):
    """An event's questionnaire in a dialog of the event window."""

    def __init__(self, db: Database, *, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fragebogen anpassen"))
        self.editor = QuestionnaireEditor(db, event_id=event_id, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 1050, 640)
