"""Table model for the attendance grid: rows are persons, columns sessions plus totals."""

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

from planner.queries.attendance import AttendanceGrid, GridPerson, GridSession
from ui.models.labels import attendance_status_label, certificate_label, session_kind_label
from ui.numbers import ui_number, ui_percent
from ui.terms import units_explained

Index = QModelIndex | QPersistentModelIndex

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
SESSION_ROLE = Qt.ItemDataRole.UserRole + 2
PERSON_ROLE = Qt.ItemDataRole.UserRole + 3
EDITABLE_ROLE = Qt.ItemDataRole.UserRole + 4

COLOURS = {"present": "#d4f0d4", "partial": "#fff0b3", "excused": "#dde7f7",
           "absent": "#f7d4d4"}
EXTRA = (QT_TRANSLATE_NOOP("AttendanceModel", "UE"),
         QT_TRANSLATE_NOOP("AttendanceModel", "Quote"),
         QT_TRANSLATE_NOOP("AttendanceModel", "Bescheinigung"))


class AttendanceModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: AttendanceGrid | None = None

    # ---- shape -----------------------------------------------------------------------
    @property
    def sessions(self) -> list[GridSession]:
        return self.grid.sessions if self.grid else []

    @property
    def persons(self) -> list[GridPerson]:
        return self.grid.persons if self.grid else []

    def set_grid(self, grid: AttendanceGrid) -> None:
        same_shape = (
            self.grid is not None
            and [s.id for s in self.grid.sessions] == [s.id for s in grid.sessions]
            and [p.id for p in self.grid.persons] == [p.id for p in grid.persons]
        )
        if not same_shape:
            self.beginResetModel()
            self.grid = grid
            self.endResetModel()
            return
        self.grid = grid
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.persons)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else (len(self.sessions) + len(EXTRA) if self.grid else 0)

    def session_at(self, column: int) -> GridSession | None:
        return self.sessions[column] if 0 <= column < len(self.sessions) else None

    def is_editable(self, index: Index) -> bool:
        session = self.session_at(index.column())
        if session is None or session.cancelled or not session.begun or not index.isValid():
            return False
        return session.id in self.persons[index.row()].booked

    # ---- data -------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.persons):
                return self.persons[section].name
            return None
        if section < 0:
            return None
        session = self.session_at(section)
        if session is not None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{session.title}, {session.start:%d.%m.%Y}"
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            # Short ("Modul 3 · 14.03.") so a whole series fits a 1280 px screen;
            # the full title is the tooltip.
            n = sum(1 for s in self.sessions[:section + 1] if s.kind == session.kind)
            short = f"{session_kind_label(session.kind)} {n} · {session.start:%d.%m.}"
            if session.cancelled:
                return f"{short}\n" + self.tr("abgesagt")
            here, booked = self.grid.session_totals(session.id)
            return f"{short}\n{here}/{booked} " + self.tr("anw.")
        extra = section - len(self.sessions)
        if role == Qt.ItemDataRole.ToolTipRole and extra == 0:
            return units_explained()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= extra < len(EXTRA):
            return QCoreApplication.translate("AttendanceModel", EXTRA[extra])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or not index.isValid():
            return None
        if not (0 <= index.row() < len(self.persons) and 0 <= index.column()
                < self.columnCount()):
            return None
        person = self.persons[index.row()]
        session = self.session_at(index.column())
        if role == PERSON_ROLE:
            return person.id
        if role == EDITABLE_ROLE:
            return self.is_editable(index)
        if session is None:
            return self._total_data(person, index.column() - len(self.sessions), role)
        mark = self.grid.marks.get((session.id, person.id))
        booked = session.id in person.booked
        if role == SESSION_ROLE:
            return session.id
        if role == STATUS_ROLE:
            return mark[0] if mark else None
        if role == Qt.ItemDataRole.DisplayRole:
            if not booked:
                return "–"
            if mark is None:
                return ""
            status, minutes = mark
            text = attendance_status_label(status)
            return f"{text} ({minutes} min)" if status == "partial" else text
        if role == Qt.ItemDataRole.BackgroundRole:
            if not booked or session.cancelled or not session.begun:
                return QBrush(QColor("#eeeeee"))
            if mark is not None:
                return QBrush(QColor(COLOURS.get(mark[0], "#ffffff")))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not booked:
                return self.tr("nicht gebucht")
            if not session.begun:
                return self.tr("Der Termin hat noch nicht begonnen.")
        return None

    def _total_data(self, person: GridPerson, which: int, role: int) -> Any:
        assert self.grid is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if which == 0:
                return f"{ui_number(person.attended_units)} / {ui_number(person.total_units)}"
            if which == 1:
                return ui_percent(person.rate)
            if which == 2:
                return certificate_label(person.certificate)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and which == 2:
            return QBrush(QColor("#1b6e1b" if person.eligible else "#a02020"))
        if role == Qt.ItemDataRole.ToolTipRole and which == 2:
            return self.tr("Reihenbescheinigung ab {0} der gebuchten Unterrichtseinheiten, "
                           "darunter eine Bescheinigung der besuchten Module").format(
                ui_percent(self.grid.threshold))
        return None
