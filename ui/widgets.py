"""Small shared widgets: id combo boxes, a multi-select list (the multi-select combo is
ui.check_combo), and the
conversions between Python and Qt dates and times."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

Choice = tuple[int, str]


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def pytime(t: QTime) -> time:
    return time(t.hour(), t.minute())


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class IdCombo(QComboBox):
    """A combo box of (id, label) choices, optionally with an empty first entry."""

    def __init__(self, choices: Iterable[Choice], *, empty: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if empty is not None:
            self.addItem(empty, None)
        for ident, label in choices:
            self.addItem(label, ident)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)

    def current_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None

    def set_current_id(self, ident: int | None) -> None:
        index = self.findData(ident)
        if index >= 0:
            self.setCurrentIndex(index)


class CheckList(QListWidget):
    """A list of (id, label) with check boxes, for choosing several municipalities."""

    def __init__(self, choices: Iterable[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for ident, label in choices:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def checked_ids(self) -> list[int]:
        return [int(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked_ids(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def show_in_label(label: QLabel, text: str, ok: bool) -> None:
    """A message next to a form: green when done, red when refused."""
    label.setStyleSheet("color: #1e7b34;" if ok else "color: #b00020; font-weight: bold;")
    label.setText(text)


def label_failure(label: QLabel) -> Callable[[str], None]:
    """For `Op.failure`: show the refusal in `label`."""
    return lambda message: show_in_label(label, message, False)


def name_field(field: QWidget, text: str) -> QWidget:
    """Give a control the accessible name a screen reader announces (the label's text
    without the colon), for controls that no form layout labels."""
    field.setAccessibleName(text.replace("&", "").strip().rstrip(":").strip())
    return field


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A label for `field` in a row layout: its buddy (Alt+letter focuses the field) and
    the source of the field's accessible name."""
    label = QLabel(text)
    label.setBuddy(field)
    name_field(field, text)
    return label


def plural(n: int, one: str, many: str) -> str:
    """The translated text for one, or the one for several with %1 = n: translations see
    both forms (`plural(n, self.tr("1 Nachricht"), self.tr("%1 Nachrichten"))`)."""
    from ui.numbers import ui_number

    return one if n == 1 else many.replace("%1", ui_number(n, 0))


def text_area(text: str = "") -> QPlainTextEdit:
    """A multi-line text field that Tab leaves (as every other field does) instead of
    typing a tab character: keyboard users are not trapped in a description or a note."""
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    return edit
