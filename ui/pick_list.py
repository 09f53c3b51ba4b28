"""Searchable pick lists: type into a combo box to filter its items (accent-insensitive)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from planner.text_search import matches


class FoldingFilter(QSortFilterProxyModel):
    """Keeps the rows whose text contains every typed word as a word prefix, ignoring accents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.needle = ""

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        return matches(self.needle, str(index.data(Qt.ItemDataRole.DisplayRole) or ""))


class _FoldingCompleter(QCompleter):
    """Completer whose popup shows the rows of a folding filter instead of Qt's own matching."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.proxy = FoldingFilter(combo)
        self.proxy.setSourceModel(combo.model())
        self.setModel(self.proxy)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        self.proxy.set_needle(path)
        return [""]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def _restore_text(combo: QComboBox) -> None:
    """Free text that matches no item never becomes a value: show the current item again."""
    line = combo.lineEdit()
    # combo.currentText() of an editable combo is the typed text, so compare with the item.
    if line is not None and line.text() != combo.itemText(combo.currentIndex()):
        exact = combo.findText(line.text(), Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            combo.setCurrentIndex(exact)
        line.setText(combo.itemText(combo.currentIndex()))
    if line is not None:
        line.home(False)


def _pick(combo: QComboBox, completer: _FoldingCompleter,
          index: QModelIndex | QPersistentModelIndex) -> None:
    source = completer.proxy.mapToSource(completer.proxy.index(index.row(), 0))
    if source.isValid():
        combo.setCurrentIndex(source.row())
    line = combo.lineEdit()
    if line is not None:
        line.setText(combo.itemText(combo.currentIndex()))


def fit_popup(combo: QComboBox) -> None:
    """Full item texts: popup as wide as the longest item, no eliding, full text as tooltip."""
    metrics = combo.fontMetrics()
    widest = 0
    for row in range(combo.count()):
        text = combo.itemText(row)
        combo.setItemData(row, text, Qt.ItemDataRole.ToolTipRole)
        widest = max(widest, metrics.horizontalAdvance(text))
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    combo.view().setMinimumWidth(widest + 40)
    completer = combo.completer()
    if completer is not None and completer.popup() is not None:
        completer.popup().setTextElideMode(Qt.TextElideMode.ElideNone)
        completer.popup().setMinimumWidth(widest + 40)
    line = combo.lineEdit()
    if line is not None and not line.hasFocus():
        line.home(False)  # filled or refilled: "Alle Referent:innen", not "lle Referent:innen"


def make_searchable(combo: QComboBox) -> QComboBox:
    """Turn `combo` into a type-to-filter pick list; currentData()/setCurrentIndex keep working.

    Call again (or `fit_popup`) after refilling the items to update widths and tooltips."""
    if combo.property("searchable"):
        fit_popup(combo)
        return combo
    combo.setProperty("searchable", True)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = _FoldingCompleter(combo)
    combo.setCompleter(completer)
    completer.activated[QModelIndex].connect(lambda index: _pick(combo, completer, index))
    line = combo.lineEdit()
    if line is not None:
        line.editingFinished.connect(lambda: _restore_text(combo))
        # a narrow combo shows the start of the chosen name, not its end
        combo.currentIndexChanged.connect(lambda _i: line.hasFocus() or line.home(False))
    fit_popup(combo)
    combo.model().rowsInserted.connect(lambda *_a: fit_popup(combo))
    return combo
