"""A table of feedback breakdowns (one row per group: events, responses, response rate and
the means of the standard scale items), for the reports page and the municipality record.
A group under the anonymity threshold shows only that it has too few answers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from planner.evaluation.pool import FeedbackResult
from planner.evaluation.results import KEY_ITEMS
from planner.wording import number, percent
from ui.numbers import ui_lang

COLUMNS = (QT_TRANSLATE_NOOP("FeedbackTable", "Veranstaltungen"),
           QT_TRANSLATE_NOOP("FeedbackTable", "Rückmeldungen"),
           QT_TRANSLATE_NOOP("FeedbackTable", "Rücklauf"),
           QT_TRANSLATE_NOOP("FeedbackTable", "Ø Zufriedenheit"),
           QT_TRANSLATE_NOOP("FeedbackTable", "Ø Relevanz"),
           QT_TRANSLATE_NOOP("FeedbackTable", "Ø Organisation"),
           QT_TRANSLATE_NOOP("FeedbackTable", "Ø Referent:innen"))
assert len(COLUMNS) == 3 + len(KEY_ITEMS)
_GREY = QColor("#777777")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FeedbackTable", text)


def row_texts(result: FeedbackResult) -> list[str]:
    """The figures of one group as shown (empty where there is nothing to show)."""
    if result.suppressed:
        return [QCoreApplication.translate("FeedbackTable", "weniger als %1 Rückmeldungen")
                .replace("%1", str(result.threshold)), *([""] * (len(COLUMNS) - 1))]
    lang = ui_lang()
    rate = result.response_rate
    means = (result.mean(code) for code in KEY_ITEMS)
    return [number(result.events, 0, lang), number(result.responses, 0, lang),
            percent(rate, lang) if rate is not None else "–",
            *(number(m, 1, lang, keep_zeros=True) if m is not None else "–" for m in means)]


class FeedbackTable(QTableWidget):
    """Groups as rows; `heading` rows (bold, no figures) separate parts."""

    def __init__(self, first_column: str, name: str) -> None:
        super().__init__(0, len(COLUMNS) + 1)
        self.setObjectName(name)
        self.first_column = first_column
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.setWordWrap(True)

    def show_rows(self, rows: list[tuple[str, FeedbackResult | None]]) -> None:
        """(label, result) per row; a None result makes a heading row."""
        self.setHorizontalHeaderLabels([self.first_column, *(_tr(c) for c in COLUMNS)])
        self.clearSpans()
        self.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for r, (label, result) in enumerate(rows):
            first = QTableWidgetItem(label)
            self.setItem(r, 0, first)
            if result is None:
                first.setFont(bold)
                for c in range(1, self.columnCount()):
                    self.setItem(r, c, QTableWidgetItem(""))
                continue
            for c, text in enumerate(row_texts(result), start=1):
                item = QTableWidgetItem(text)
                if result.suppressed:
                    item.setForeground(QBrush(_GREY))
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)
            if result.suppressed:
                self.setSpan(r, 1, 1, len(COLUMNS))
        self.resizeColumnsToContents()
        self.setColumnWidth(0, min(max(self.columnWidth(0), 160), 300))
        self.resizeRowsToContents()
