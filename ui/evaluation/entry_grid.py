"""The entry grid for returned paper forms, driven by the keyboard.

One row per form. On a scale or choice cell a digit enters the answer and moves on to the
next question (at the end of a row to the next form); Tab and the arrow keys move; Delete
clears; on a free-text cell just type (Enter or Tab saves it). Every change is saved at
once in its own transaction, and the totals row follows.
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
from planner.evaluation.standard import TEXT
from planner.storage.database import Database
from planner.usecases.feedback import FormInput, save_forms
from ui.common import run_use_case
from ui.evaluation.entry_model import SPEC_ROLE, FormRow, FormsModel

DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


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
            key = Qt.Key(event.key())
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
        column = index.column() + 1
        row = index.row()
        if column >= model.columnCount():
            column, row = 0, row + 1
        if isinstance(model, FormsModel) and row > model.new_row:
            row = model.new_row
        self.setCurrentIndex(model.index(row, column))


class EntryGridWidget(QWidget):
    changed = Signal()

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.session_id: int | None = None
        self.questionnaire_id: int | None = None
        self.model = FormsModel(self)
        self.model.text_edited.connect(self._text_edited)
        self.view = EntryView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setTabKeyNavigation(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.digit.connect(self._digit)
        self.view.clear.connect(self._clear)
        self.count_label = QLabel()
        self.message_label = QLabel()
        self.message_label.setStyleSheet("color: #a02020")
        self.delete_button = QPushButton(self.tr("Bogen löschen"))
        self.delete_button.setToolTip(self.tr("Den gewählten Bogen entfernen (Strg+Entf)"))
        self.delete_button.clicked.connect(lambda: self.delete_current())
        QShortcut(QKeySequence("Ctrl+Delete"), self, activated=self.delete_current)
        help_label = QLabel(self.tr(
            "Tastatur: Ziffer trägt die Antwort ein und springt zur nächsten Frage · Tab und "
            "Pfeiltasten bewegen · Entf löscht · im Textfeld einfach tippen, Eingabe "
            "speichert · jede Eingabe wird sofort gespeichert"))
        help_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.message_label)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(help_label)

    # -- loading -----------------------------------------------------------------------
    def show_forms(self, session_id: int | None, questionnaire_id: int) -> None:
        self.session_id, self.questionnaire_id = session_id, questionnaire_id
        self.reload()

    def reload(self) -> None:
        if self.questionnaire_id is None:
            return
        with self.db.reading() as orm:
            specs = item_specs(get_questionnaire(orm, self.questionnaire_id))
            forms = paper_forms(orm, self.event_id, self.session_id, self.questionnaire_id)
        self.model.set_forms(specs, [FormRow(rid, answers) for rid, answers in forms])
        self.view.resizeColumnsToContents()
        for column, spec in enumerate(specs):
            width = 220 if spec.kind == TEXT else max(self.view.columnWidth(column), 110)
            self.view.setColumnWidth(column, min(width, 240))
        self.view.setCurrentIndex(self.model.index(self.model.new_row, 0))
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{0} Bögen erfasst").format(len(self.model.forms)))

    # -- entering ----------------------------------------------------------------------
    def _digit(self, index: QModelIndex, value: int) -> None:
        spec = self.model.spec_at(index.column())
        if spec is None:
            return
        if not 1 <= value <= spec.points:
            self.message_label.setText(self.tr("Nur 1 bis {0} möglich").format(spec.points))
            return
        if self.set_answer(index.row(), spec.id, value):
            self.view.advance(self.model.index(index.row(), index.column()))

    def _clear(self, index: QModelIndex) -> None:
        spec = self.model.spec_at(index.column())
        if spec is not None:
            self.set_answer(index.row(), spec.id, None)

    def _text_edited(self, row: int, item_id: int, text: str) -> None:
        self.set_answer(row, item_id, text.strip() or None)

    def set_answer(self, row: int, item_id: int, value: int | str | None) -> bool:
        """Save one answer of form `row` (the empty row starts a new form)."""
        form = self.model.form_at(row)
        if form is None or self.questionnaire_id is None:
            return False
        self.message_label.setText("")
        specs = {s.id: s for s in self.model.specs}
        raw: dict[int, object] = {i: (t if specs[i].kind == TEXT else v)
                                  for i, (v, t) in form.answers.items()}
        raw[item_id] = value
        answers = {i: v for i, v in raw.items() if v not in (None, "")}
        if not answers:
            if form.response_id is not None:
                return self._delete(row, form.response_id)
            return True  # clearing a cell of the empty row: nothing to save
        outcome = run_use_case(
            self, self.db,
            lambda orm: save_forms(orm, self.event_id, [FormInput(answers, form.response_id)],
                                   session_id=self.session_id,
                                   questionnaire_id=self.questionnaire_id),
            allow_force=False, show_hints=False)
        if outcome is None:
            return False
        if form.response_id is None and not outcome.value.created:
            return True  # only "no answer" words typed: nothing was stored
        response_id = form.response_id or outcome.value.created[0]
        self.model.store(row, FormRow(response_id, self._stored_answers(response_id)))
        self._update_count()
        self.changed.emit()
        return True

    def _stored_answers(self, response_id: int) -> dict[int, tuple[int | None, str | None]]:
        assert self.questionnaire_id is not None
        with self.db.reading() as orm:
            forms = dict(paper_forms(orm, self.event_id, self.session_id,
                                     self.questionnaire_id))
        return forms.get(response_id, {})

    def delete_current(self) -> bool:
        row = self.view.currentIndex().row()
        form = self.model.form_at(row)
        if form is None or form.response_id is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Bogen löschen"),
            self.tr("Bogen {0} mit allen Antworten löschen?").format(row + 1))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._delete(row, form.response_id)

    def _delete(self, row: int, response_id: int) -> bool:
        outcome = run_use_case(
            self, self.db,
            lambda orm: save_forms(orm, self.event_id, [], session_id=self.session_id,
                                   questionnaire_id=self.questionnaire_id,
                                   deleted=[response_id]),
            allow_force=False, show_hints=False)
        if outcome is None:
            return False
        self.model.remove(row)
        self._update_count()
        self.changed.emit()
        return True
