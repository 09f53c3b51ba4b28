"""The entry grid for returned paper forms, driven by the keyboard.

One row per form. On a scale or choice cell a digit enters the answer and moves on to the
next question (at the end of a row to the next form); Tab and the arrow keys move; Delete
clears; on a free-text cell just type (Enter or Tab keeps it). The totals row follows every
keystroke. "Speichern" (Ctrl+S) writes all forms of the grid in one transaction.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.evaluation.entries import paper_forms
from planner.evaluation.questionnaires import get_questionnaire, item_specs
from planner.evaluation.standard import CHOICE, TEXT
from planner.storage.database import Database
from planner.usecases.feedback import SavedForms, save_forms
from planner.usecases.outcome import Change, Outcome
from ui.evaluation.entry_model import SPEC_ROLE, FormRow, FormsModel
from ui.operations import Op, watch_changes
from ui.widgets import plural, show_in_label

DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
WIDTHS = {TEXT: 230, CHOICE: 190}  # scale columns: 150 (the header's tooltip has the rest)


class EntryView(QTableView):
    """Digits on answer cells become `digit` signals; Delete becomes `clear`."""

    digit = Signal(QModelIndex, int)
    clear = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        index = self.currentIndex()
        model = self.model()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if index.isValid() and plain and isinstance(model, FormsModel) \
                and model.is_entry_cell(index):
            spec = model.data(index, SPEC_ROLE)
            key = event.key()
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear.emit(index)
                return
            if spec is not None and spec.kind != TEXT and key in DIGITS:
                self.digit.emit(index, DIGITS[key])
                return
        super().keyPressEvent(event)

    def advance(self, index: QModelIndex) -> None:
        """To the next question, or to the first question of the next form."""
        model = self.model()
        column, row = index.column() + 1, index.row()
        if column >= model.columnCount():
            column, row = 0, row + 1
        if isinstance(model, FormsModel) and row > model.new_row:
            row = model.new_row
        self.setCurrentIndex(model.index(row, column))


class EntryGridWidget(QWidget):
    """The forms of one event (or session) on one questionnaire version."""

    saved = Signal(object)  # SavedForms

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.session_id: int | None = None
        self.questionnaire_id: int | None = None
        self.model = FormsModel(self)
        self.model.dataChanged.connect(lambda *_: self._sync())
        self.model.rowsInserted.connect(lambda *_: self._sync())
        self.model.rowsRemoved.connect(lambda *_: self._sync())
        self.view = EntryView()
        self.view.setObjectName("entryGrid")
        self.view.setAccessibleName(self.tr("Erfasste Rückmeldebögen"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setTabKeyNavigation(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.digit.connect(self._digit)
        self.view.clear.connect(self._clear)
        self.count_label = QLabel()
        self.count_label.setObjectName("entryCount")
        self.message_label = QLabel()
        self.message_label.setObjectName("entryMessage")
        self.message_label.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Bogen entfernen"))
        self.delete_button.setToolTip(self.tr("Den gewählten Bogen entfernen (Strg+Entf); "
                                              "gelöscht wird beim Speichern"))
        self.delete_button.clicked.connect(lambda: self.delete_current())
        self.discard_button = QPushButton(self.tr("Verwerfen"))
        self.discard_button.setToolTip(self.tr("Ungespeicherte Eingaben verwerfen"))
        self.discard_button.clicked.connect(lambda: self.reload())
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setToolTip(self.tr("Alle Bögen in einem Schritt speichern (Strg+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        QShortcut(QKeySequence("Ctrl+Delete"), self, activated=self.delete_current)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        help_label = QLabel(self.tr(
            "Tastatur: eine Ziffer trägt die Antwort ein und springt zur nächsten Frage, am "
            "Zeilenende zum nächsten Bogen · Tab und Pfeiltasten bewegen · Entf löscht die "
            "Antwort · im Textfeld einfach tippen, Tab oder Eingabe übernimmt · Strg+S "
            "speichert alle Bögen auf einmal"))
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: #555555")
        top = QHBoxLayout()
        top.addWidget(self.count_label)
        top.addWidget(self.message_label, 1)
        top.addWidget(self.delete_button)
        top.addWidget(self.discard_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(help_label)
        watch_changes(self, db, {Change.FEEDBACK})
        self._sync()

    # -- loading -----------------------------------------------------------------------
    def show_forms(self, session_id: int | None, questionnaire_id: int) -> None:
        self.session_id, self.questionnaire_id = session_id, questionnaire_id
        self.reload()

    def refresh(self) -> None:
        """A change elsewhere: read again unless there are unsaved entries."""
        if not self.model.dirty:
            self.reload()

    def reload(self) -> None:
        self.message_label.clear()
        if self.questionnaire_id is None:
            self.model.set_forms([], [])
            self._sync()
            return
        with self.db.reading() as orm:
            specs = item_specs(get_questionnaire(orm, self.questionnaire_id))
            forms = paper_forms(orm, self.event_id, self.session_id, self.questionnaire_id)
        self.model.set_forms(specs, [FormRow(rid, answers) for rid, answers in forms])
        for column, spec in enumerate(specs):
            self.view.setColumnWidth(column, WIDTHS.get(spec.kind, 150))
        self.view.setCurrentIndex(self.model.index(self.model.new_row, 0))
        self._sync()

    def _sync(self) -> None:
        forms = len(self.model.forms)
        text = plural(forms, self.tr("1 Papierbogen"), self.tr("%1 Papierbögen"))
        if self.model.dirty:
            text += " · " + self.tr("ungespeicherte Änderungen")
            self.count_label.setStyleSheet("color: #8a5a00; font-weight: bold")
        else:
            self.count_label.setStyleSheet("")
        self.count_label.setText(text)
        self.save_button.setEnabled(self.model.dirty)
        self.discard_button.setEnabled(self.model.dirty)
        self.delete_button.setEnabled(forms > 0)

    # -- entering ----------------------------------------------------------------------
    def _digit(self, index: QModelIndex, value: int) -> None:
        spec = self.model.spec_at(index.column())
        if spec is None:
            return
        if not 1 <= value <= spec.points:
            show_in_label(self.message_label, self.tr("Hier nur 1 bis %1 möglich.")
                          .replace("%1", str(spec.points)), False)
            return
        self.message_label.clear()
        row = index.row()
        self.model.set_answer(row, spec.id, value, None)
        self.view.advance(self.model.index(row, index.column()))

    def _clear(self, index: QModelIndex) -> None:
        spec = self.model.spec_at(index.column())
        if spec is not None:
            self.model.set_answer(index.row(), spec.id, None, None)

    def delete_current(self) -> bool:
        """Take the current form out of the grid (deleted from the database on saving)."""
        row = self.view.currentIndex().row()
        if self.model.form_at(row) is None or row >= self.model.new_row:
            return False
        self.model.remove(row)
        self.view.setCurrentIndex(self.model.index(min(row, self.model.new_row), 0))
        return True

    # -- saving ------------------------------------------------------------------------
    def save(self) -> SavedForms | None:
        """All forms of the grid in one transaction; nothing is written on an error."""
        if self.questionnaire_id is None or not self.model.dirty:
            return None
        forms, deleted = self.model.inputs(), list(self.model.deleted)
        event_id, session_id, questionnaire_id = (self.event_id, self.session_id,
                                                  self.questionnaire_id)
        outcome = Op(self, self.db, lambda orm: save_forms(
            orm, event_id, forms, session_id=session_id, questionnaire_id=questionnaire_id,
            deleted=deleted)).quiet() \
            .failure(lambda message: show_in_label(self.message_label, message, False)).run()
        if not isinstance(outcome, Outcome):
            return None
        result: SavedForms = outcome.value
        self.reload()
        show_in_label(self.message_label, self.tr("Gespeichert: %1 neu, %2 geändert, "
                                                  "%3 entfernt.")
                      .replace("%1", str(len(result.created)))
                      .replace("%2", str(len(result.updated)))
                      .replace("%3", str(result.deleted)), True)
        self.saved.emit(result)
        return result

    def confirm_leave(self) -> bool:
        """Before showing other forms: save or discard unsaved entries (False: stay)."""
        if not self.model.dirty:
            return True
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.question(
            self, self.tr("Ungespeicherte Bögen"),
            self.tr("Die erfassten Bögen sind noch nicht gespeichert. Jetzt speichern?"),
            buttons, QMessageBox.StandardButton.Save)
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Yes):
            return self.save() is not None
        return answer == QMessageBox.StandardButton.Discard
