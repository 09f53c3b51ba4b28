"""Cancelling a registration: the reason, and whether the person asked for it (the message
to the participant says "wie von Ihnen gewünscht" or "leider mussten wir")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class CancelRegistrationDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anmeldung stornieren"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.reason_edit = QLineEdit()
        form.addRow(self.tr("Grund der Stornierung für {0}:").format(name), self.reason_edit)
        self.by_participant = QRadioButton(self.tr("auf Wunsch der Person"))
        self.by_office = QRadioButton(self.tr("durch die Transferagentur"))
        self.by_office.setChecked(True)
        form.addRow(self.tr("Storniert:"), self.by_participant)
        form.addRow("", self.by_office)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def reason(self) -> str:
        return self.reason_edit.text()

    @property
    def by(self) -> str:
        return "participant" if self.by_participant.isChecked() else "office"
