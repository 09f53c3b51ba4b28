"""Dialogs of the Postausgang: editing one message, and the result of a send per
recipient."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.storage.database import Database
from ui.models.labels import outbox_kind_label
from ui.operations import Op
from ui.widgets import label_failure, text_area


class MessageEditDialog(QDialog):
    """Staff's own subject and text for one waiting message; the calendar entries stay
    generated. "Vorlage verwenden" goes back to the office's template."""

    def __init__(self, db: Database, row_id: int, parent: QWidget | None = None) -> None:
        from planner.notify.queue import show

        super().__init__(parent)
        self.db = db
        self.row_id = row_id
        self.setWindowTitle(self.tr("Nachricht bearbeiten"))
        self.resize(640, 560)
        with db.reading() as orm:
            row, composed = show(orm, row_id)
            subject = composed.subject if composed is not None else row.subject
            body = composed.body if composed is not None else row.body
            self.edited = row.edited
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.subject_edit = QLineEdit(subject)
        self.body_edit = text_area(body)
        self.body_edit.setAccessibleName(self.tr("Text"))
        form.addRow(self.tr("Betreff:"), self.subject_edit)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Text:")))
        layout.addWidget(self.body_edit, 1)
        hint = QLabel(self.tr("Ändert sich die Buchung danach noch einmal, wird die Nachricht "
                              "neu aus der Vorlage zusammengestellt (mit einem Hinweis)."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.revert_button = QPushButton(self.tr("Vorlage verwenden"))
        self.revert_button.setEnabled(self.edited)
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.revert_button.clicked.connect(self.revert)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> bool:
        from planner.notify.queue import edit_message

        subject, body = self.subject_edit.text(), self.body_edit.toPlainText()
        op = Op(self, self.db, lambda orm: edit_message(orm, self.row_id, subject, body))
        op.success(lambda _outcome: self.accept()).failure(label_failure(self.message)).run()
        return op.ok

    def revert(self) -> bool:
        from planner.notify.queue import revert_edit

        op = Op(self, self.db, lambda orm: revert_edit(orm, self.row_id))
        op.success(lambda _outcome: self.accept()).failure(label_failure(self.message)).run()
        return op.ok


class SendResultDialog(QDialog):
    """What happened to each message of a send: sent, printed, failed (with the server's
    German explanation), unclear."""

    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ergebnis des Versands"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        summary = QLabel(report.summary()[:1].upper() + report.summary()[1:] + ".")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if report.letters_file is not None:
            letters = QLabel(self.tr("Die Briefe zum Drucken: %1")
                             .replace("%1", str(report.letters_file)))
            letters.setWordWrap(True)
            layout.addWidget(letters)
        self.table = QTableWidget(len(report.results), 5)
        self.table.setObjectName("sendResults")
        self.table.setAccessibleName(self.tr("Ergebnis je Empfänger"))
        self.table.setHorizontalHeaderLabels([self.tr("Empfänger"), self.tr("Adresse"),
                                              self.tr("Art"), self.tr("Ergebnis"),
                                              self.tr("Hinweis")])
        for row, result in enumerate(report.results):
            values = (result.recipient, result.address or self.tr("Brief"),
                      outbox_kind_label(result.kind), self._label(result.result),
                      result.error)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        if report.of("unclear"):
            warn = QLabel(self.tr("Bei unklaren Nachrichten brach die Verbindung ab, nachdem "
                                  "die Nachricht übertragen war. Sie werden nicht von selbst "
                                  "erneut gesendet: bitte beim Empfänger nachfragen und im "
                                  "Postausgang „Ist angekommen“ oder „Nicht angekommen“ "
                                  "wählen."))
            warn.setWordWrap(True)
            layout.addWidget(warn)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _label(self, result: str) -> str:
        labels = {"sent": self.tr("gesendet"),
                  "eml": self.tr("als .eml-Entwurf gespeichert (noch nicht beim Empfänger)"),
                  "failed": self.tr("fehlgeschlagen"), "unclear": self.tr("unklar, bitte prüfen"),
                  "letter": self.tr("als Brief gedruckt"), "skipped": self.tr("nicht versendet")}
        return labels.get(result, result)
