"""Agenda view: the sessions of the shown period as a sortable list."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from planner.queries.plan import PlanSession
from ui.models.base import ObjectIdRole, SortRole
from ui.models.labels import format_label
from ui.numbers import ui_lang
from ui.plan.style import HOLIDAY_FILL, format_color

Index = QModelIndex | QPersistentModelIndex
EventIdRole = Qt.ItemDataRole.UserRole + 2


class AgendaModel(QAbstractTableModel):
    COL_DATE, COL_TIME, COL_EVENT, COL_SESSION, COL_FORMAT, COL_OFFICE, COL_VENUE, \
        COL_TRAINERS = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[PlanSession] = []
        self.holidays: dict[date, str] = {}
        self.headers = [self.tr("Datum"), self.tr("Zeit"), self.tr("Veranstaltung"),
                        self.tr("Termin"), self.tr("Format"), self.tr("Standort"),
                        self.tr("Ort"), self.tr("Referent:innen")]

    def set_items(self, items: list[PlanSession], holidays: dict[date, str]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.holidays = holidays
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def _text(self, item: PlanSession, column: int) -> str:
        if column == self.COL_DATE:
            pattern = "ddd dd.MM.yyyy" if ui_lang() == "de" else "ddd d MMM yyyy"
            text = QLocale().toString(item.start.date(), pattern)
            holiday = self.holidays.get(item.start.date())
            return f"{text} ({holiday})" if holiday else text
        if column == self.COL_TIME:
            return self.tr("ganztägig") if item.all_day else f"{item.start:%H:%M}–{item.end:%H:%M}"
        if column == self.COL_EVENT:
            return item.event_title
        if column == self.COL_SESSION:
            return item.title + (" " + self.tr("(abgesagt)") if item.cancelled else "")
        if column == self.COL_FORMAT:
            return format_label(item.format)
        if column == self.COL_OFFICE:
            return item.office_code.capitalize()
        if column == self.COL_VENUE:
            return item.venue
        return ", ".join(item.trainer_names)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == ObjectIdRole:
            return item.session_id
        if role == EventIdRole:
            return item.event_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == SortRole:
            if index.column() in (self.COL_DATE, self.COL_TIME):
                return item.start.isoformat()
            return self._text(item, index.column()).casefold()
        if role == Qt.ItemDataRole.BackgroundRole:
            if index.column() == self.COL_DATE and item.start.date() in self.holidays:
                return QBrush(HOLIDAY_FILL)
            if index.column() == self.COL_FORMAT:
                return QBrush(format_color(item.format))
        return None
