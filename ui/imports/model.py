"""Table model of the import preview: one line per analysed row, coloured by its problems."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from planner.imports import ERROR, FIX, RowPlan

HEADERS = (QT_TRANSLATE_NOOP("ImportPreviewModel", "Zeile"),
           QT_TRANSLATE_NOOP("ImportPreviewModel", "Status"),
           QT_TRANSLATE_NOOP("ImportPreviewModel", "Name"),
           QT_TRANSLATE_NOOP("ImportPreviewModel", "E-Mail"),
           QT_TRANSLATE_NOOP("ImportPreviewModel", "Organisation"),
           QT_TRANSLATE_NOOP("ImportPreviewModel", "Module"),
           QT_TRANSLATE_NOOP("ImportPreviewModel", "Anmeldung"),
           QT_TRANSLATE_NOOP("ImportPreviewModel", "Probleme und Hinweise"))
_ERROR_BG = QColor("#f8d7da")
_FIX_BG = QColor("#fff3cd")
_REGISTRATION = {"register": QT_TRANSLATE_NOOP("ImportPreviewModel", "anmelden"),
                 "waiting": QT_TRANSLATE_NOOP("ImportPreviewModel", "Warteliste"),
                 "already": QT_TRANSLATE_NOOP("ImportPreviewModel", "bereits angemeldet"),
                 "none": "–"}


def row_status(row: RowPlan) -> str:
    """The untranslated status text of a row (translate with the context ImportPreviewModel)."""
    if row.has_error:
        return QT_TRANSLATE_NOOP("ImportPreviewModel", "Fehler")
    if row.duplicate_of is not None:
        return QT_TRANSLATE_NOOP("ImportPreviewModel", "doppelt")
    if row.has_fix:
        return QT_TRANSLATE_NOOP("ImportPreviewModel", "wird korrigiert")
    return (QT_TRANSLATE_NOOP("ImportPreviewModel", "vorhanden") if row.person_id is not None
            else QT_TRANSLATE_NOOP("ImportPreviewModel", "neu"))


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows: list[RowPlan] = []

    def set_rows(self, rows: list[RowPlan]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                 ) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                    ) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ImportPreviewModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.has_error:
                return QBrush(_ERROR_BG)
            if row.has_fix:
                return QBrush(_FIX_BG)
        if role == Qt.ItemDataRole.ToolTipRole and column == len(HEADERS) - 1:
            return "\n".join(p.message for p in row.problems) or None
        return None

    def _text(self, row: RowPlan, column: int) -> str:
        if column == 0:
            return str(row.line)
        if column == 1:
            return QCoreApplication.translate("ImportPreviewModel", row_status(row))
        if column == 2:
            return row.full_name
        if column == 3:
            return row.email
        if column == 4:
            return row.organisation
        if column == 5:
            if row.sessions is None:
                return self.tr("alle")
            return ", ".join(str(s.position) for s in row.sessions)
        if column == 6:
            if row.has_error:
                return ""
            return QCoreApplication.translate(
                "ImportPreviewModel", _REGISTRATION.get(row.registration, row.registration))
        order = {ERROR: 0, FIX: 1}
        problems = sorted(row.problems, key=lambda p: order.get(p.level, 2))
        return " · ".join(p.message for p in problems)
