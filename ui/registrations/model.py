"""Table model of an event's registrations (registered, waiting list in order, cancelled)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from planner.queries.registrations import RegistrationRow
from ui.models.labels import registration_status_label

Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_ORG, COL_BOOKING, COL_STATUS, COL_WAITING, COL_REGISTERED, COL_REASON = range(7)
HEADERS = (QT_TRANSLATE_NOOP("RegistrationTableModel", "Name"),
           QT_TRANSLATE_NOOP("RegistrationTableModel", "Organisation"),
           QT_TRANSLATE_NOOP("RegistrationTableModel", "Buchung"),
           QT_TRANSLATE_NOOP("RegistrationTableModel", "Status"),
           QT_TRANSLATE_NOOP("RegistrationTableModel", "Warteliste"),
           QT_TRANSLATE_NOOP("RegistrationTableModel", "Angemeldet am"),
           QT_TRANSLATE_NOOP("RegistrationTableModel", "Storno-Grund"))
# planner's booking text for a whole-event registration (otherwise the session titles)
WHOLE_EVENT = QT_TRANSLATE_NOOP("RegistrationTableModel", "ganze Veranstaltung")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

_STATUS_COLOURS = {"waiting": QColor("#fff4d6"), "cancelled": QColor("#eeeeee")}


class RegistrationTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RegistrationRow] = []

    def set_rows(self, rows: list[RegistrationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RegistrationRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return QCoreApplication.translate("RegistrationTableModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return r.name
            if col == COL_ORG:
                return r.organisation
            if col == COL_BOOKING:
                if r.booking == WHOLE_EVENT:
                    return QCoreApplication.translate("RegistrationTableModel", WHOLE_EVENT)
                return r.booking
            if col == COL_STATUS:
                return registration_status_label(r.status)
            if col == COL_WAITING:
                return str(r.waiting_position) if r.waiting_position else ""
            if col == COL_REGISTERED:
                return f"{r.registered_at:%d.%m.%Y %H:%M}"
            if col == COL_REASON:
                return r.cancel_reason
            return None
        if role == Qt.ItemDataRole.BackgroundRole and r.status in _STATUS_COLOURS:
            return QBrush(_STATUS_COLOURS[r.status])
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "cancelled":
            return QBrush(QColor("#777777"))
        if role == ROW_ROLE:
            return r
        return None
