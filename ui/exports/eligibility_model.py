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

from ui.exports.reason_text import reason_text
from ui.models.labels import certificate_kind_label
from ui.numbers import ui_number, ui_percent

Index = QModelIndex | QPersistentModelIndex

# The reason (Hinweis) sits next to the name and the verdict, not far off to the right;
# so does the exception (a series certificate below the threshold) with its own reason.
HEADERS = (QT_TRANSLATE_NOOP("EligibilityModel", "Ausstellen"),
           QT_TRANSLATE_NOOP("EligibilityModel", "Name"),
           QT_TRANSLATE_NOOP("EligibilityModel", "Berechtigt"),
           QT_TRANSLATE_NOOP("EligibilityModel", "Hinweis"),
           QT_TRANSLATE_NOOP("EligibilityModel", "Ausnahme"),
           QT_TRANSLATE_NOOP("EligibilityModel", "Begründung"),
           QT_TRANSLATE_NOOP("EligibilityModel", "Art"),
           QT_TRANSLATE_NOOP("EligibilityModel", "UE besucht / gebucht"),
           QT_TRANSLATE_NOOP("EligibilityModel", "Quote"))
NAME, STATUS, REASON, OVERRIDE, OVERRIDE_REASON, KIND, UNITS, RATE = 1, 2, 3, 4, 5, 6, 7, 8
STATUS_LABELS = {"ja": QT_TRANSLATE_NOOP("EligibilityModel", "ja"),
                 "offen": QT_TRANSLATE_NOOP("EligibilityModel", "noch offen"),
                 "nein": QT_TRANSLATE_NOOP("EligibilityModel", "nein")}


def _reason(item: Any) -> str:
    entitlement = getattr(item, "entitlement", None)
    return reason_text(item.reason, getattr(entitlement, "reason_facts", ()))


class EligibilityModel(QAbstractTableModel):
    """Rows are planner.certificates.Eligibility items (duck-typed); column 0 is a tick.

    Only due certificates can be ticked; a whole-series booking below the threshold is
    ticked for its certificate of attended modules. Such a row can be ticked as an
    exception ("Ausnahme": the series certificate instead) and then takes its own reason."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._checked: list[bool] = []
        self._override: list[bool] = []
        self._reasons: list[str] = []

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._checked = [bool(i.eligible) for i in items]
        self._override = [False] * len(items)
        self._reasons = [""] * len(items)
        self.endResetModel()

    def _can_override(self, row: int) -> bool:
        item = self._items[row]
        return bool(item.eligible and getattr(item, "overridable", False) and self._checked[row])

    def overridden(self, row: int) -> bool:
        return self._override[row] and self._can_override(row)

    def override_reasons(self) -> dict[int, str]:
        """Person id -> reason (stripped, possibly empty) of every ticked exception."""
        return {self._items[r].person_id: self._reasons[r].strip()
                for r in range(len(self._items)) if self.overridden(r)}

    def first_missing_reason(self) -> int | None:
        """The first row ticked as an exception without a reason."""
        return next((r for r in range(len(self._items))
                     if self.overridden(r) and not self._reasons[r].strip()), None)

    def set_override(self, row: int, on: bool) -> None:
        self.setData(self.index(row, OVERRIDE),
                     Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
                     Qt.ItemDataRole.CheckStateRole)

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
        row, col = index.row(), index.column()
        if col == 0 and self._items[row].eligible:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        if col == OVERRIDE and not self._can_override(row):
            base &= ~Qt.ItemFlag.ItemIsEnabled
        elif col == OVERRIDE:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        if col == OVERRIDE_REASON:
            if self.overridden(row):
                base |= Qt.ItemFlag.ItemIsEditable
            else:
                base &= ~Qt.ItemFlag.ItemIsEnabled
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if self._checked[index.row()] else Qt.CheckState.Unchecked
        if (role == Qt.ItemDataRole.CheckStateRole and col == OVERRIDE
                and getattr(item, "overridable", False) and item.eligible):
            return (Qt.CheckState.Checked if self.overridden(index.row())
                    else Qt.CheckState.Unchecked)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole) \
                and col == OVERRIDE_REASON:
            return self._reasons[index.row()] if self.overridden(index.row()) else ""
        if role == Qt.ItemDataRole.DisplayRole and col == OVERRIDE \
                and getattr(item, "overridable", False) and item.eligible:
            return QCoreApplication.translate("EligibilityModel", "Reihe")
        if role == Qt.ItemDataRole.ToolTipRole and col in (OVERRIDE, OVERRIDE_REASON) \
                and getattr(item, "overridable", False) and item.eligible:
            return QCoreApplication.translate(
                "EligibilityModel", "Ausnahme: Reihenbescheinigung trotz Teilnahme unter der "
                "Schwelle (statt der besuchten Module); braucht eine Begründung je Person.")
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                return item.person_name
            if col == KIND and self.overridden(index.row()):
                return certificate_kind_label("series")
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
                return _reason(item)
        if role == Qt.ItemDataRole.ForegroundRole and col == STATUS:
            colour = {"ja": "#1b6e1b", "offen": "#8a6d00"}.get(item.status_label, "#a02020")
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.ToolTipRole and col == REASON and item.reason:
            return _reason(item)
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, col = index.row(), index.column()
        if col == OVERRIDE_REASON and role == Qt.ItemDataRole.EditRole:
            if not self.overridden(row):
                return False
            self._reasons[row] = str(value or "")[:2000]
            self.dataChanged.emit(index, index)
            return True
        if col not in (0, OVERRIDE) or role != Qt.ItemDataRole.CheckStateRole:
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if col == OVERRIDE:
            if on and not self._can_override(row):
                return False
            self._override[row] = on
        else:
            if on and not self._items[row].eligible:
                return False
            self._checked[row] = on
        # The exception, its reason and the kind follow the ticks.
        self.dataChanged.emit(self.index(row, 0), self.index(row, KIND))
        return True
