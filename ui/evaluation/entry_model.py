"""Table model of the entry grid: one row per returned paper form, one column per item.

Edits stay in the model until the grid saves them all in one transaction (`inputs()`).
Below the forms comes one empty row for the next form, then a totals row (mean and n per
scale item, n per other item) that follows every keystroke.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planner.evaluation.answers import ItemSpec
from planner.evaluation.standard import CHOICE, SCALE, TEXT
from planner.usecases.feedback import FormInput
from planner.wording import number
from ui.numbers import ui_lang

Index = QModelIndex | QPersistentModelIndex
Answer = tuple[int | None, str | None]
SPEC_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
_NEW_BG = QColor("#f4f8fc")
_DIRTY_BG = QColor("#fff8e1")
_TOTAL_BG = QColor("#e8eef5")


@dataclass
class FormRow:
    response_id: int | None
    answers: dict[int, Answer] = field(default_factory=dict)
    dirty: bool = False


class FormsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.specs: list[ItemSpec] = []
        self.forms: list[FormRow] = []
        self.deleted: list[int] = []

    def set_forms(self, specs: list[ItemSpec], forms: list[FormRow]) -> None:
        self.beginResetModel()
        self.specs, self.forms, self.deleted = list(specs), list(forms), []
        self.endResetModel()

    # -- what is waiting to be saved ---------------------------------------------------
    @property
    def dirty(self) -> bool:
        return bool(self.deleted) or any(f.dirty for f in self.forms)

    def inputs(self) -> list[FormInput]:
        """Every form of the grid as the save use case takes them (in grid order, so that
        its messages' "Bogen 3" is the third row; unchanged forms are left as they are)."""
        kinds = {s.id: s.kind for s in self.specs}
        return [FormInput({i: (t if kinds.get(i) == TEXT else v)
                           for i, (v, t) in f.answers.items()}, f.response_id)
                for f in self.forms]

    # -- changes -----------------------------------------------------------------------
    def set_answer(self, row: int, item_id: int, value: int | None, text: str | None) -> None:
        """Set (or with None, None clear) one answer; the empty row becomes a new form."""
        if row == self.new_row:
            if value is None and not text:
                return
            self.beginInsertRows(QModelIndex(), row + 1, row + 1)
            self.forms.append(FormRow(None, dirty=True))
            self.endInsertRows()
            self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row + 2)
        form = self.forms[row]
        if value is None and not text:
            form.answers.pop(item_id, None)
        else:
            form.answers[item_id] = (value, text)
        form.dirty = True
        self._changed(row)

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self.forms):
            return
        form = self.forms[row]
        if form.response_id is not None:
            self.deleted.append(form.response_id)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.forms[row]
        self.endRemoveRows()
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
        self._changed(min(row, self.new_row))

    def _changed(self, row: int) -> None:
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        self.dataChanged.emit(self.index(self.totals_row, 0), self.index(self.totals_row, last))

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        spec = self.spec_at(index.column())
        if role != Qt.ItemDataRole.EditRole or spec is None or spec.kind != TEXT \
                or not self.is_entry_cell(index):
            return False
        text = " ".join(str(value or "").split())
        form = self.form_at(index.row())
        old = form.answers.get(spec.id, (None, None))[1] if form else None
        if (old or "") != text:
            self.set_answer(index.row(), spec.id, None, text or None)
        return True

    # -- shape -------------------------------------------------------------------------
    @property
    def new_row(self) -> int:
        return len(self.forms)

    @property
    def totals_row(self) -> int:
        return len(self.forms) + 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or not self.specs else len(self.forms) + 2

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.specs)

    def form_at(self, row: int) -> FormRow | None:
        if 0 <= row < len(self.forms):
            return self.forms[row]
        return FormRow(None) if row == self.new_row else None

    def spec_at(self, column: int) -> ItemSpec | None:
        return self.specs[column] if 0 <= column < len(self.specs) else None

    def is_entry_cell(self, index: Index) -> bool:
        return index.isValid() and index.row() <= self.new_row

    # -- data --------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        spec = self.spec_at(index.column())
        if self.is_entry_cell(index) and spec is not None and spec.kind == TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Vertical:
                if section < len(self.forms):
                    return str(section + 1)
                return self.tr("neu") if section == self.new_row else "Σ"
            spec = self.spec_at(section)
            if spec is not None:
                kind = {SCALE: "1–5", CHOICE: f"1–{len(spec.options)}", TEXT: self.tr("Text")}
                limit = {SCALE: 17, CHOICE: 26, TEXT: 30}[spec.kind]
                return f"{section + 1}. {_short(spec.text, limit)}\n({kind[spec.kind]})"
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            spec = self.spec_at(section)
            if spec is not None:
                return _tooltip(spec)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        spec = self.spec_at(index.column())
        if spec is None:
            return None
        if role == SPEC_ROLE:
            return spec
        if index.row() == self.totals_row:
            return self._total(spec, role)
        form = self.form_at(index.row())
        if form is None:
            return None
        value, text = form.answers.get(spec.id, (None, None))
        if role == VALUE_ROLE:
            return text if spec.kind == TEXT else value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if spec.kind == TEXT:
                return text or ""
            if value is None:
                return ""
            if spec.kind == CHOICE and 1 <= value <= len(spec.options):
                return f"{value} · {_short(spec.options[value - 1], 18)}"
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.kind != TEXT:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if index.row() == self.new_row:
                return QBrush(_NEW_BG)
            if form.dirty:
                return QBrush(_DIRTY_BG)
        return None

    def totals(self, spec: ItemSpec) -> tuple[int, float | None]:
        """(n, mean) of one item over the forms in the grid (saved or not)."""
        answers = [f.answers[spec.id] for f in self.forms if spec.id in f.answers]
        if spec.kind == SCALE:
            values = [v for v, _t in answers if v is not None]
            return len(values), (sum(values) / len(values) if values else None)
        return len(answers), None

    def _total(self, spec: ItemSpec, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            n, mean = self.totals(spec)
            if mean is not None:
                return f"Ø {number(mean, 1, ui_lang(), keep_zeros=True)} · n {n}"
            return f"n {n}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_TOTAL_BG)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _tooltip(spec: ItemSpec) -> str:
    if spec.kind == SCALE:
        return f"{spec.text}\n1 = {spec.low_label} … 5 = {spec.high_label}"
    if spec.kind == CHOICE:
        return spec.text + "\n" + "\n".join(f"{n} = {o}" for n, o in
                                           enumerate(spec.options, start=1))
    return spec.text
