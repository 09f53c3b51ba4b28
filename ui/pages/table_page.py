"""A searchable list page: search field, buttons, a lazy table, remembered columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.storage.database import Database
from ui.models.base import LazyTableModel, SqlSortProxy
from ui.operations import watch_changes
from ui.preferences import TABLE_STATE
from ui.widgets import plural


class TablePage(QWidget):
    """Subclasses set `settings_key`, create `self.model` in `make_model` and implement
    `new_item` and `edit_item(object_id)`.

    The texts here name their context "TablePage": `self.tr` in these inherited methods
    looks first under the subclass's name, where lupdate does not put them."""

    settings_key = "table"
    list_name = ""  # QT_TRANSLATE_NOOP(<subclass>, …): the list's accessible name
    stretch_last = True
    search_in_sql = False

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model: LazyTableModel = self.make_model()
        self.proxy = SqlSortProxy(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.top_bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(QCoreApplication.translate("TablePage", "Suchen"))
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(QCoreApplication.translate("TablePage",
                                                                  "Suchen … (Strg+F)"))
        self.top_bar.addWidget(self.search, 2)
        self.extra_filters(self.top_bar)
        self.new_button = QPushButton(QCoreApplication.translate("TablePage", "Neu…"))
        self.edit_button = QPushButton(QCoreApplication.translate("TablePage", "Bearbeiten…"))
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self._edit_current)
        self.top_bar.addWidget(self.new_button)
        self.top_bar.addWidget(self.edit_button)
        layout.addLayout(self.top_bar)
        self.table = QTableView()
        self.table.setObjectName(f"{self.settings_key}Table")
        self.table.setAccessibleName(QCoreApplication.translate(type(self).__name__,
                                                                self.list_name))
        self.table.setModel(self.proxy)
        # big lists start sorted by their first column in SQL; small ones keep query order
        self.table.horizontalHeader().setSortIndicator(
            0 if self.model.sql_sort else -1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(self.stretch_last)
        self.table.doubleClicked.connect(self._edit_current)
        layout.addWidget(self.table, 1)
        self.no_hits_label = QLabel()
        self.no_hits_label.setObjectName("no_hits")
        self.no_hits_label.setStyleSheet("color: #a05a00; font-weight: bold;")
        self.no_hits_label.hide()
        layout.addWidget(self.no_hits_label)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.reload()
        self.set_default_widths()
        self.restore_state()
        watch_changes(self, db, self.model.concerns, self.reload)

    # -- to implement ------------------------------------------------------------------
    def make_model(self) -> LazyTableModel:
        raise NotImplementedError

    def extra_filters(self, bar: QHBoxLayout) -> None:
        pass

    def new_item(self) -> None:
        raise NotImplementedError

    def edit_item(self, object_id: int) -> None:
        raise NotImplementedError

    def set_default_widths(self) -> None:
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, 180)

    # -- behaviour ---------------------------------------------------------------------
    def apply_search(self) -> None:
        self._search_timer.stop()
        if self.search_in_sql:
            self.reload()
        else:
            self.proxy.setFilterFixedString(self.search.text().strip())
        self.update_count()

    def reload(self) -> None:
        self.model.reload()
        self.update_count()

    def update_count(self) -> None:
        self.count_label.setText(plural(
            self.proxy.rowCount(), QCoreApplication.translate("TablePage", "1 Eintrag"),
            QCoreApplication.translate("TablePage", "%1 Einträge")))
        self.update_no_hits()

    def update_no_hits(self) -> None:
        """An empty search result says so, naming what was typed."""
        typed = self.search.text().strip() if hasattr(self, "search") else ""
        empty = bool(typed) and self.proxy.rowCount() == 0
        if empty:
            self.no_hits_label.setText(QCoreApplication.translate(
                "TablePage", "Keine Treffer für „%1“").replace("%1", typed))
        if hasattr(self, "no_hits_label"):
            self.no_hits_label.setVisible(empty)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.object_id(index.row())

    def select_id(self, object_id: int | None) -> None:
        """Select (and show) the row of `object_id`, e.g. the record just saved."""
        if object_id is None:
            return
        row = self.model.row_of(object_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _edit_current(self) -> None:
        object_id = self.current_id()
        if object_id is not None:
            self.edit_item(object_id)

    # -- remembered column widths ------------------------------------------------------
    def save_state(self) -> None:
        TABLE_STATE(self.settings_key).set(self.table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        state = TABLE_STATE(self.settings_key).get()
        if not state.isEmpty():
            self.table.horizontalHeader().restoreState(state)
