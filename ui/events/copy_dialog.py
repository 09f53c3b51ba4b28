"""Copying an event to another year: shifted by whole weeks (weekdays stay), the new first
and last day shown as the weeks change, and the year in the title following along."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from planner.wording import day
from ui.numbers import ui_lang

_YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")


def title_for_year(title: str, old_year: int, new_year: int) -> str:
    """The title with `old_year` replaced by `new_year` ("… 2026" → "… 2027"); other
    numbers and titles without that year stay as they are."""
    if old_year == new_year:
        return title
    return _YEAR.sub(lambda m: str(new_year) if int(m.group(0)) == old_year else m.group(0),
                     title)


class CopyEventDialog(QDialog):
    def __init__(self, title: str, first_day: date | None = None,
                 last_day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Veranstaltung kopieren"))
        self.original_title = title
        self.first_day, self.last_day = first_day, last_day
        form = QFormLayout(self)
        intro = QLabel(self.tr("Kopie von „%1“ mit allen Terminen, Orten und "
                               "Referent:innen, um ganze Wochen verschoben.")
                       .replace("%1", title))
        intro.setWordWrap(True)  # a long title would make the dialog wider than the screen
        form.addRow(intro)
        self.setMinimumWidth(480)
        self.weeks = QSpinBox()
        self.weeks.setRange(-520, 520)
        self.weeks.setValue(52)
        self.weeks.setSuffix(self.tr(" Wochen"))
        self.dates_label = QLabel()
        self.title_edit = QLineEdit(title)
        self._title_typed = False
        self.title_edit.textEdited.connect(self._typed)
        form.addRow(self.tr("Verschieben um:"), self.weeks)
        form.addRow(self.tr("Neue Termine:"), self.dates_label)
        form.addRow(self.tr("Neuer Titel:"), self.title_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.weeks.valueChanged.connect(self._shifted)
        self._shifted(self.weeks.value())

    def _typed(self, _text: str) -> None:
        self._title_typed = True

    def _shifted(self, weeks: int) -> None:
        if self.first_day is None:
            self.dates_label.setText(self.tr("keine Termine"))
            return
        shift = timedelta(weeks=weeks)
        first = self.first_day + shift
        last = (self.last_day or self.first_day) + shift
        lang = ui_lang()
        self.dates_label.setText(day(first, lang) if first == last
                                 else f"{day(first, lang)} – {day(last, lang)}")
        if not self._title_typed:  # the year follows the dates until the title is typed
            self.title_edit.setText(title_for_year(self.original_title,
                                                   self.first_day.year, first.year))
