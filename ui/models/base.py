"""A lazy `QAbstractTableModel`: holds the ids of its rows and fetches row data in pages.

Subclasses name their columns and implement `query_ids` and `fetch_rows` by calling
`planner.queries`; nothing here knows SQL. Sorting of big lists happens in SQL (the model
re-queries the ids in the new order); `SqlSortProxy` forwards the view's sort request.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from planner.usecases.outcome import Change
from ui.operations import change_bus

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

    from planner.storage.database import Database

ObjectIdRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    sort_key: str | None = None  # SQL order key; None = not sortable in SQL
    align_right: bool = False


class LazyTableModel(QAbstractTableModel):
    PAGE_SIZE = 250
    CACHE_LIMIT = 5_000
    sql_sort = False  # True: sorting re-queries the ids (big lists)
    # The kinds of data the rows show: a change of one of them drops the cached rows (shown
    # rows are fetched again); the page that shows the model also re-queries its ids.
    concerns: frozenset[Change] = frozenset()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._ids: list[int] = []
        self._rows: dict[int, Any] = {}
        self._order: tuple[str, bool] | None = None
        self.columns: list[Column] = self.make_columns()
        change_bus(db).changed.connect(self._changed)

    def _changed(self, changes: frozenset[Change], _origin: object) -> None:
        if self.concerns & changes:
            self.mark_stale()

    def mark_stale(self) -> None:
        """Forget the cached rows; the view fetches the rows it shows again."""
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self.columns) - 1))

    # -- to implement -------------------------------------------------------------------
    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def query_ids(self, orm: OrmSession, order: tuple[str, bool] | None) -> list[int]:
        raise NotImplementedError

    def fetch_rows(self, orm: OrmSession, ids: list[int]) -> dict[int, Any]:
        raise NotImplementedError

    def display(self, row: Any, key: str) -> Any:
        return getattr(row, key, "")

    def sort_value(self, row: Any, key: str) -> Any:
        value = self.display(row, key)
        return value.casefold() if isinstance(value, str) else value

    # -- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        with self.db.reading() as orm:
            ids = self.query_ids(orm, self._order)
        self.set_ids(ids)

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows.clear()
        self.endResetModel()

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, object_id: int) -> int:
        try:
            return self._ids.index(object_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> Any:
        object_id = self._ids[row]
        cached = self._rows.get(object_id)
        if cached is not None:
            return cached
        if len(self._rows) > self.CACHE_LIMIT:
            self._rows.clear()
        start = max(0, row - self.PAGE_SIZE // 4)
        page = [i for i in self._ids[start:start + self.PAGE_SIZE] if i not in self._rows]
        with self.db.reading() as orm:
            self._rows.update(self.fetch_rows(orm, page))
        return self._rows.get(object_id)

    # -- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        if role == ObjectIdRole:
            return self._ids[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SortRole):
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == SortRole:
            return self.sort_value(row, column.key)
        value = self.display(row, column.key)
        if value is None:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        return value if isinstance(value, str) else str(value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return
        self._order = (self.columns[column].sort_key or "",
                       order == Qt.SortOrder.DescendingOrder)
        self.reload()


class SqlSortProxy(QSortFilterProxyModel):
    """Sorts big lazy models in SQL (forwarded to the source), small ones itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, LazyTableModel) and source.sql_sort:
            source.sort(column, order)
        else:
            super().sort(column, order)

    def object_id(self, proxy_row: int) -> int | None:
        value = self.data(self.index(proxy_row, 0), ObjectIdRole)
        return int(value) if value is not None else None
