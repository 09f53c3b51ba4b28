"""Editor dialogs: save through a use case, show German validation messages inline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget
from sqlalchemy.orm.exc import StaleDataError

from planner.errors import PlannerError
from planner.storage.database import Database
from planner.usecases.outcome import Outcome


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

    def run(self, action: Callable[[Any], Outcome[Any]]) -> Outcome[Any] | None:
        """Run one use case in one transaction; on refusal show why and keep the dialog."""
        try:
            with self.db.transaction() as orm:
                outcome = action(orm)
        except StaleDataError:
            self.show_message(QCoreApplication.translate(
                "EditorDialog", "Der Datensatz wurde inzwischen von jemand anderem geändert. "
                                "Bitte neu öffnen."))
            return None
        except PlannerError as exc:
            self.show_message(exc.message)
            return None
        self.show_message("")
        return outcome

    def save(self) -> bool:
        raise NotImplementedError

    def accept(self) -> None:
        if self.save():
            super().accept()


def optional_int(text: str) -> int | None:
    """'' -> None; digits (with . or space as thousands separator) -> int; else ValueError."""
    cleaned = text.strip().replace(".", "").replace(" ", "")
    return int(cleaned) if cleaned else None


def run_inline(db: Database, label: QLabel, action: Callable[[Any], Any],
               success: str = "") -> Any | None:
    """Run a use case in one transaction; write the German message (or `success`) to label."""
    try:
        with db.transaction() as orm:
            result = action(orm)
    except StaleDataError:
        label.setStyleSheet("color: #b00020; font-weight: bold;")
        label.setText(QCoreApplication.translate(
            "EditorDialog", "Der Datensatz wurde inzwischen von jemand anderem geändert. "
                            "Bitte neu öffnen."))
        return None
    except PlannerError as exc:
        label.setStyleSheet("color: #b00020; font-weight: bold;")
        label.setText(exc.message)
        return None
    label.setStyleSheet("color: #1e7b34;")
    label.setText(success)
    return result
