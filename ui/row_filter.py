"""A filter field above a long list or table: typing hides the rows whose text does not
match (tolerant like the person search) and says "Keine Treffer" when none is left.

Rows are hidden, not removed, so the view's model and its row numbers stay as they are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QTableView, QVBoxLayout, QWidget
from shiboken6 import isValid

from planner.text_search import matches
from ui.no_hits import no_hits_label, show_no_hits


class RowFilter(QWidget):
    """The filter field (and its no-hit message) for `view`; rows match on `column`."""

    def __init__(self, view: QTableView | QListWidget, *, column: int = 0,
                 placeholder: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.column = column
        self.field = QLineEdit()
        self.field.setObjectName("row_filter")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(placeholder or QCoreApplication.translate(
            "RowFilter", "Filtern: Name eingeben …"))
        self.field.setAccessibleName(QCoreApplication.translate("RowFilter", "Liste filtern"))
        self.no_hits: QLabel = no_hits_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.field)
        layout.addWidget(self.no_hits)
        self.field.textChanged.connect(lambda _t: self.apply())
        model = view.model()
        model.modelReset.connect(self.apply)
        model.rowsInserted.connect(lambda *_a: self.apply())

    def apply(self) -> None:
        """Hide the rows that do not match the typed text (all shown when it is empty)."""
        # The model may outlive this field or its view (a dialog torn down while its model
        # still reports changes); there is nothing left to filter then.
        if not (isValid(self) and isValid(self.field) and isValid(self.view)):
            return
        typed = self.field.text()
        model = self.view.model()
        shown = 0
        for row in range(model.rowCount()):
            text = model.index(row, self.column).data(Qt.ItemDataRole.DisplayRole)
            hit = matches(typed, str(text or ""))
            self.view.setRowHidden(row, not hit)  # type: ignore[call-arg]
            shown += hit
        show_no_hits(self.no_hits, typed, shown)

    def visible_rows(self) -> list[int]:
        return [row for row in range(self.view.model().rowCount())
                if not self.view.isRowHidden(row)]  # type: ignore[call-arg]

    def clear(self) -> None:
        self.field.clear()
