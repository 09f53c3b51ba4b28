"""The "Verschieben…" dialog: new date and times for one session."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from ui.date_edit import DateEdit, TimeEdit


class MoveSessionDialog(QDialog):
    def __init__(self, title: str, start: datetime, end: datetime,
                 parent: QWidget | None = None, *, followers: int = 0,
                 state: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Termin verschieben"))
        self.setMinimumWidth(360)
        form = QFormLayout(self)
        label = QLabel(title)
        label.setWordWrap(True)
        form.addRow(label)
        self.date_edit = DateEdit(start.date(), state=state)
        self.start_edit = TimeEdit(start.time())
        self.end_edit = TimeEdit(end.time())
        self._days = (end.date() - start.date()).days
        form.addRow(self.tr("Datum:"), self.date_edit)
        form.addRow(self.tr("Beginn:"), self.start_edit)
        form.addRow(self.tr("Ende:"), self.end_edit)
        self.followers_check = QCheckBox(
            self.tr("Folgetermine mitverschieben (%1 spätere Termine)").replace(
                "%1", str(followers)) if followers != 1 else
            self.tr("Folgetermin mitverschieben (1 späterer Termin)"))
        self.followers_check.setObjectName("followersCheck")
        self.followers_check.setToolTip(self.tr(
            "Die späteren Termine der Veranstaltung rücken um dieselbe Anzahl Tage; ihre "
            "Uhrzeiten bleiben."))
        self.followers_check.setChecked(followers > 0)
        self.followers_check.setVisible(followers > 0)
        form.addRow(self.followers_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def set_values(self, start: datetime, end: datetime) -> None:
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.start_edit.setTime(QTime(start.hour, start.minute))
        self.end_edit.setTime(QTime(end.hour, end.minute))

    def with_followers(self) -> bool:
        return self.followers_check.isChecked() and not self.followers_check.isHidden()

    def values(self) -> tuple[datetime, datetime]:
        day = self.date_edit.date().toPython()
        start_t = self.start_edit.time().toPython()
        end_t = self.end_edit.time().toPython()
        start = datetime.combine(day, start_t)  # type: ignore[arg-type]
        end_day = day.toordinal() + self._days  # type: ignore[union-attr]
        end = datetime.combine(datetime.fromordinal(end_day).date(), end_t)  # type: ignore[arg-type]
        return start, end
