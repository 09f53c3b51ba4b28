"""The results of one breakdown: distribution bars with mean and n per scale item, shares of
the choice options, and the free texts, each of which can be left out of every listing.
Under the anonymity threshold it shows only the sentence saying so."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.evaluation.pool import FeedbackResult, ItemResult
from planner.evaluation.standard import CHOICE, SCALE
from planner.wording import number, percent
from ui.evaluation.bars import DistributionBar, ScaleLegend, ShareBar
from ui.evaluation.texts import mean_text, rate_text
from ui.numbers import ui_lang

HideText = Callable[[int, bool], None]  # (answer id, hidden)


def _label(text: str, *, bold: bool = False, wrap: bool = True, grey: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    style = []
    if bold:
        style.append("font-weight: bold")
    if grey:
        style.append("color: #666666")
    if style:
        label.setStyleSheet("; ".join(style))
    return label


class ResultsView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.text_boxes: dict[int, QCheckBox] = {}
        self.rate_label: QLabel | None = None
        self.show_result(None)

    def _replace(self, body: QWidget) -> None:
        old = self.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()  # a check box of it may be emitting right now
        self.setWidget(body)

    def show_result(self, result: FeedbackResult | None,
                    hide_text: HideText | None = None) -> None:
        """Show `result` (None: no forms yet). With `hide_text`, every free text gets a
        check box "ausblenden" that calls it."""
        self.text_boxes = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        if result is None:
            self.rate_label = None
            layout.addWidget(_label(self.tr("Noch keine Rückmeldungen erfasst."), grey=True))
            self._replace(body)
            return
        heading = _label(result.label, bold=True)
        heading.setStyleSheet("font-weight: bold; font-size: 13pt; color: #1f4e79")
        layout.addWidget(heading)
        self.rate_label = _label(rate_text(result), bold=True)
        self.rate_label.setObjectName("rateLabel")
        layout.addWidget(self.rate_label)
        if not result.suppressed:
            self._scales(layout, [i for i in result.items if i.item.kind == SCALE])
            for item in result.items:
                if item.item.kind == CHOICE:
                    self._choice(layout, item)
            for item in result.items:
                if item.item.kind not in (SCALE, CHOICE):
                    self._texts(layout, item, hide_text)
        layout.addStretch(1)
        self._replace(body)

    def _scales(self, layout: QVBoxLayout, items: list[ItemResult]) -> None:
        if not items:
            return
        layout.addSpacing(6)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(ScaleLegend(), 0, 1)
        grid.addWidget(_label(self.tr("1 = niedrigster, 5 = höchster Wert"), grey=True,
                              wrap=False), 0, 2, 1, 2)
        for row, item in enumerate(items, start=1):
            question = _label(item.item.text)
            question.setMinimumWidth(260)
            question.setMaximumWidth(380)
            question.setToolTip(f"1 = {item.item.low_label} … 5 = {item.item.high_label}")
            grid.addWidget(question, row, 0)
            if item.suppressed:
                grid.addWidget(_label(self.tr("zu wenige Antworten für eine Auswertung"),
                                      grey=True), row, 1, 1, 3)
                continue
            grid.addWidget(DistributionBar(item.counts), row, 1)
            grid.addWidget(_label(mean_text(item), bold=True, wrap=False), row, 2)
            grid.addWidget(_label(f"n = {item.n}", wrap=False), row, 3)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

    def _choice(self, layout: QVBoxLayout, item: ItemResult) -> None:
        layout.addSpacing(10)
        layout.addWidget(_label(item.item.text, bold=True))
        if item.suppressed:
            layout.addWidget(_label(self.tr("zu wenige Antworten für eine Auswertung"),
                                    grey=True))
            return
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        lang = ui_lang()
        for row, (option, n) in enumerate(zip(item.item.options, item.counts, strict=False)):
            share = n / item.n if item.n else 0.0
            option_label = _label(option)
            option_label.setMinimumWidth(260)
            option_label.setMaximumWidth(380)
            grid.addWidget(option_label, row, 0)
            grid.addWidget(ShareBar(share), row, 1)
            grid.addWidget(_label(f"{number(n, 0, lang)} ({percent(share, lang, 0)})",
                                  wrap=False), row, 2)
        grid.addWidget(_label(f"n = {item.n}", grey=True, wrap=False), len(item.counts), 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

    def _texts(self, layout: QVBoxLayout, item: ItemResult,
               hide_text: HideText | None) -> None:
        layout.addSpacing(10)
        layout.addWidget(_label(self.tr("%1 (%2 Antworten)").replace("%1", item.item.text)
                                .replace("%2", str(item.n)), bold=True))
        if not item.texts:
            layout.addWidget(_label(self.tr("keine Antworten"), grey=True))
        for answer in item.texts:
            row = QGridLayout()
            text = _label("– " + answer.text)
            if answer.hidden:
                text.setStyleSheet("color: #888888; text-decoration: line-through")
            row.addWidget(text, 0, 0)
            if hide_text is not None:
                box = QCheckBox(self.tr("ausblenden"))
                box.setChecked(answer.hidden)
                box.setToolTip(self.tr("Nicht in Listen, PDF und Excel zeigen (z. B. wenn der "
                                       "Text jemanden erkennbar macht); gezählt wird er "
                                       "weiter."))
                box.toggled.connect(lambda on, aid=answer.answer_id: hide_text(aid, on))
                row.addWidget(box, 0, 1, Qt.AlignmentFlag.AlignTop)
                self.text_boxes[answer.answer_id] = box
            row.setColumnStretch(0, 1)
            layout.addLayout(row)
