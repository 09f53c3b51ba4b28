"""A searchable multi-select pick list: a combo box whose pop-up has a filter field above a
list of tickable items (accent-tolerant, like `ui.pick_list`) and says "Keine Treffer"."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ui.no_hits import no_hits_label, show_no_hits
from ui.pick_list import FoldingFilter

Choice = tuple[int, str]
_NAVIGATION = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class CheckPopup(QFrame):
    """The pop-up of a CheckCombo: filter field, tickable list, no-hit message."""

    def __init__(self, combo: CheckCombo) -> None:
        super().__init__(combo, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.combo = combo
        self.filter = QLineEdit()
        self.filter.setObjectName("pick_filter")
        self.filter.setPlaceholderText(self.tr("Tippen zum Filtern …"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Liste filtern"))
        self.proxy = FoldingFilter(self)
        self.proxy.setSourceModel(combo.model())
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.no_hits = no_hits_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.no_hits)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.clicked.connect(self.toggle)

    def _filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        show_no_hits(self.no_hits, text, self.proxy.rowCount())
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def toggle(self, index: QModelIndex) -> None:
        """Tick or untick the item at `index` of the filtered list."""
        if index.isValid():
            self.combo.toggle_row(self.proxy.mapToSource(index).row())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.filter and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in _NAVIGATION:
                QApplication.sendEvent(self.list, QKeyEvent(
                    QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.toggle(self.list.currentIndex())
                return True
        if obj is self.list and event.type() == QEvent.Type.KeyPress and event.key() in (  # type: ignore[attr-defined]
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.toggle(self.list.currentIndex())
            return True
        return super().eventFilter(obj, event)

    def open_below(self, typed: str = "") -> None:
        """Show under the combo, as wide as the longest name (within the screen)."""
        combo = self.combo
        metrics = self.list.fontMetrics()
        widest = max((metrics.horizontalAdvance(combo.itemText(i))
                      for i in range(combo.count())), default=0)
        screen = combo.screen().availableGeometry()
        width = min(max(combo.width(), widest + 60), screen.width())
        rows = min(max(combo.count(), 3), 12)
        height = (rows * max(self.list.sizeHintForRow(0), metrics.height() + 4)
                  + self.filter.sizeHint().height() + 24)
        corner = combo.mapToGlobal(combo.rect().bottomLeft())
        x = corner.x()
        if x + width > screen.right():  # open to the left, right edges aligned
            x = combo.mapToGlobal(combo.rect().bottomRight()).x() - width
        x = max(screen.left(), x)
        y = corner.y()
        if y + height > screen.bottom():
            y = max(screen.top(), combo.mapToGlobal(combo.rect().topLeft()).y() - height)
        self.setGeometry(x, y, width, height)
        self.filter.setText(typed)
        self._filter(typed)
        self.show()
        self.filter.setFocus()
        self.filter.end(False)


class CheckCombo(QComboBox):
    """A combo box whose items can be ticked; shows the ticked labels as its text. Its
    pop-up filters as you type; typing into the closed combo opens it with that text."""

    def __init__(self, choices: Iterable[Choice], *, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = placeholder
        self._model = QStandardItemModel(self)
        for ident, label in choices:
            item = QStandardItem(label)
            item.setData(ident, Qt.ItemDataRole.UserRole)
            item.setData(label, Qt.ItemDataRole.ToolTipRole)
            # no ItemIsUserCheckable: the pop-up toggles on a click anywhere on the line
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setData(Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
            self._model.appendRow(item)
        self.setModel(self._model)
        self.setEditable(True)
        self.setProperty("searchable", True)  # the marker of ui.pick_list.make_searchable
        self._line = QLineEdit()
        self.setLineEdit(self._line)
        self._line.setReadOnly(True)
        # no current item: Qt would otherwise show the current item's full label whenever
        # its tick changes, instead of the ticked names
        self.setCurrentIndex(-1)
        self._line.installEventFilter(self)
        self.popup = CheckPopup(self)
        self._model.itemChanged.connect(self._update_text)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self._update_text()

    def showPopup(self) -> None:  # noqa: N802 - Qt API
        self.popup.open_below()

    def hidePopup(self) -> None:  # noqa: N802 - Qt API
        self.popup.hide()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self._line:
            if event.type() == QEvent.Type.MouseButtonRelease:
                self.showPopup()
                return True
            if event.type() == QEvent.Type.KeyPress and self._opens_with(event):  # type: ignore[arg-type]
                return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if not self._opens_with(event):
            super().keyPressEvent(event)

    def _opens_with(self, event: QKeyEvent) -> bool:
        text = event.text()
        if text and text.isprintable() and not text.isspace() and not (
                event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                     | Qt.KeyboardModifier.AltModifier)):
            if self.popup.isVisible():  # a key that arrived before the pop-up took focus
                self.popup.filter.insert(text)
            else:
                self.popup.open_below(text)
            return True
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_F4, Qt.Key.Key_Down) and (
                event.key() != Qt.Key.Key_Down
                or event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.showPopup()
            return True
        return False

    def toggle_row(self, row: int) -> None:
        item = self._model.item(row)
        if item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def checked_ids(self) -> list[int]:
        return [int(self._model.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self._model.rowCount())
                if self._model.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked_ids(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        for i in range(self._model.rowCount()):
            item = self._model.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._update_text()

    def _update_text(self, *_: object) -> None:
        names = [self._model.item(i).text() for i in range(self._model.rowCount())
                 if self._model.item(i).checkState() == Qt.CheckState.Checked]
        text = "; ".join(n.split(" (")[0] for n in names) or self._placeholder
        self._line.setText(text)
        self._line.setCursorPosition(0)  # the start of the first name stays in view
        self.setToolTip("\n".join(names))
