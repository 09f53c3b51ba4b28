"""Table model of the certificates wizard: who qualifies, with a tick per row."""

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

from ui.models.labels import certificate_kind_label
from ui.numbers import ui_number, ui_percent

Index = QModelIndex | QPersistentModelIndex

# The reason (Hinweis) sits next to the name and the verdict, not far off to the right.
HEADERS = (QT_TRANSLATE_NOOP("EligibilityModel", "Ausstellen"),
           QT_TRANSLATE_NOOP("EligibilityModel", "Name"),
           QT_TRANSLATE_NOOP("EligibilityModel", "Berechtigt"),
           QT_TRANSLATE_NOOP("EligibilityModel", "Hinweis"),
           QT_TRANSLATE_NOOP("EligibilityModel", "Art"),
           QT_TRANSLATE_NOOP("EligibilityModel", "UE besucht / gebucht"),
           QT_TRANSLATE_NOOP("EligibilityModel", "Quote"))
NAME, STATUS, REASON, KIND, UNITS, RATE = 1, 2, 3, 4, 5, 6
STATUS_LABELS = {"ja": QT_TRANSLATE_NOOP("EligibilityModel", "ja"),
                 "offen": QT_TRANSLATE_NOOP("EligibilityModel", "noch offen"),
                 "nein": QT_TRANSLATE_NOOP("EligibilityModel", "nein")}


class EligibilityModel(QAbstractTableModel):
    """Rows are planner.certificates.Eligibility items (duck-typed); column 0 is a tick.

    Only due certificates can be ticked; a whole-series booking below the threshold is
    ticked for its certificate of attended modules."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._checked: list[bool] = []

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._checked = [bool(i.eligible) for i in items]
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row]

    def checked_person_ids(self) -> list[int]:
        return list(dict.fromkeys(i.person_id for i, on in zip(self._items, self._checked,
                                                               strict=True) if on))


    def set_checked(self, row: int, on: bool) -> None:
        self.setData(self.index(row, 0),
                     Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
                     Qt.ItemDataRole.CheckStateRole)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return QCoreApplication.translate("EligibilityModel", HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self._items[index.row()].eligible:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if self._checked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                return item.person_name
            if col == KIND:
                kind = certificate_kind_label(item.kind)
                title = getattr(item, "session_title", "")
                return f"{kind}: {title}" if title else kind
            if col == UNITS:
                return f"{ui_number(item.attended_units)} / {ui_number(item.total_units)}"
            if col == RATE:
                return ui_percent(item.rate)
            if col == STATUS:
                return QCoreApplication.translate("EligibilityModel",
                                                  STATUS_LABELS[item.status_label])
            if col == REASON:
                return item.reason
        if role == Qt.ItemDataRole.ForegroundRole and col == STATUS:
            colour = {"ja": "#1b6e1b", "offen": "#8a6d00"}.get(item.status_label, "#a02020")
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.ToolTipRole and col == REASON and item.reason:
            return item.reason
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != 0
                or role != Qt.ItemDataRole.CheckStateRole):
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if on and not self._items[index.row()].eligible:
            return False
        self._checked[index.row()] = on
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
