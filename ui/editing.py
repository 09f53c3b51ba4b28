"""Editor dialogs: save through a use case, show German validation messages inline."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from planner.storage.database import Database
from ui.operations import Op

T = TypeVar("T")


class EditorDialog(QDialog):
    """A form with an error line; `save()` returns True when the data was stored.

    Subclasses inherit the methods below, so their texts name the context "EditorDialog"
    explicitly: `self.tr` looks first under the subclass's name, where lupdate does not
    put them.
    """

    def __init__(self, db: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout(self)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            QCoreApplication.translate("EditorDialog", "Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("EditorDialog", "Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.form.addRow(self.error_label)
        self.form.addRow(self.buttons)

    def show_message(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    @property
    def message(self) -> str:
        return "" if self.error_label.isHidden() else self.error_label.text()

    def op(self, action: Callable[..., T]) -> Op[T]:
        """The operation that saves this form: a refusal is shown in the dialog's error
        line (the dialog stays open), success clears it."""
        return (Op(self, self.db, action).failure(self.show_message)
                .success(lambda _result: self.show_message("")).quiet())

    def save(self) -> bool:
        raise NotImplementedError

    def accept(self) -> None:
        if self.save():
            super().accept()


def optional_int(text: str) -> int | None:
    """'' -> None; digits (with . or space as thousands separator) -> int; else ValueError."""
    cleaned = text.strip().replace(".", "").replace(" ", "")
    return int(cleaned) if cleaned else None
