"""Bar and line charts painted with QPainter (QtCharts is not part of PySide6-Essentials)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.reports.scale import german_number, nice_axis
from ui.numbers import ui_lang

ACCENT = QColor("#1f4e79")
SECOND = QColor("#e08a1e")
GRID = QColor("#d5dde6")
TEXT = QColor("#333333")




class ChartWidget(QWidget):
    """kind "bar": horizontal bars, one per label; kind "line": one line per series."""

    def __init__(self, kind: str = "bar", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.title = ""
        self.labels: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def set_data(self, title: str, labels: list[str],
                 series: list[tuple[str, list[float]]]) -> None:
        self.title, self.labels, self.series = title, labels, series
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = len(self.labels) if self.kind == "bar" else 8
        return QSize(480, max(180, 40 + rows * 22))

    def values(self) -> list[float]:
        return [v for _name, values in self.series for v in values]

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), Qt.GlobalColor.white)
        fm = QFontMetrics(self.font())
        top = 6.0
        if self.title:
            bold = self.font()
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(ACCENT)
            p.drawText(QPointF(8, top + fm.ascent()), self.title)
            p.setFont(self.font())
            top += fm.height() + 6
        if not self.labels or not self.values():
            p.setPen(TEXT)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Keine Daten"))
            return
        if self.kind == "bar":
            self._bars(p, fm, top)
        else:
            self._lines(p, fm, top)

    def _bars(self, p: QPainter, fm: QFontMetrics, top: float) -> None:
        values = self.series[0][1]
        label_w = min(max(fm.horizontalAdvance(lb) for lb in self.labels) + 12,
                      self.width() * 0.4)
        left, right = label_w + 8, self.width() - 50.0
        bottom = self.height() - fm.height() - 8.0
        maximum, step = nice_axis(max(values))
        row_h = (bottom - top) / len(self.labels)
        bar_h = max(4.0, min(18.0, row_h * 0.65))
        p.setPen(QPen(GRID, 1))
        ticks = int(round(maximum / step))
        for i in range(ticks + 1):
            x = left + (right - left) * i / ticks
            p.drawLine(QPointF(x, top), QPointF(x, bottom))
            p.setPen(TEXT)
            text = german_number(step * i, ui_lang())
            p.drawText(QPointF(x - fm.horizontalAdvance(text) / 2, bottom + fm.ascent() + 3),
                       text)
            p.setPen(QPen(GRID, 1))
        for i, (label, value) in enumerate(zip(self.labels, values, strict=False)):
            y = top + row_h * i + (row_h - bar_h) / 2
            p.setPen(TEXT)
            shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            p.drawText(QRectF(4, top + row_h * i, label_w - 4, row_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
            width = (right - left) * value / maximum
            p.fillRect(QRectF(left, y, width, bar_h), ACCENT)
            p.drawText(QPointF(left + width + 4, y + bar_h / 2 + fm.ascent() / 2 - 1),
                       german_number(value, ui_lang()))

    def _lines(self, p: QPainter, fm: QFontMetrics, top: float) -> None:
        left = 12.0 + fm.horizontalAdvance("00.000")
        right = self.width() - 12.0
        legend_h = fm.height() + 6
        bottom = self.height() - fm.height() - 8.0 - legend_h
        maximum, step = nice_axis(max(self.values()))
        ticks = int(round(maximum / step))
        for i in range(ticks + 1):
            y = bottom - (bottom - top) * i / ticks
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(left, y), QPointF(right, y))
            p.setPen(TEXT)
            text = german_number(step * i, ui_lang())
            p.drawText(QPointF(left - 6 - fm.horizontalAdvance(text), y + fm.ascent() / 2 - 1),
                       text)
        n = len(self.labels)
        xs = [left + (right - left) * (i + 0.5) / n for i in range(n)]
        every = max(1, math.ceil(n / max(1, (right - left) / 40)))
        for i, label in enumerate(self.labels):
            if i % every == 0:
                p.drawText(QPointF(xs[i] - fm.horizontalAdvance(label) / 2,
                                   bottom + fm.ascent() + 3), label)
        colours = [ACCENT, SECOND, QColor("#5b9a3c")]
        x_legend = left
        for k, (name, values) in enumerate(self.series):
            colour = colours[k % len(colours)]
            p.setPen(QPen(colour, 2.2))
            points = [QPointF(xs[i], bottom - (bottom - top) * v / maximum)
                      for i, v in enumerate(values[:n])]
            for a, b in zip(points, points[1:], strict=False):
                p.drawLine(a, b)
            for pt in points:
                p.drawEllipse(pt, 2.5, 2.5)
            y = self.height() - 8.0 - fm.descent()
            p.drawLine(QPointF(x_legend, y - fm.ascent() / 2 + 1),
                       QPointF(x_legend + 14, y - fm.ascent() / 2 + 1))
            p.setPen(TEXT)
            p.drawText(QPointF(x_legend + 18, y), name)
            x_legend += 36 + fm.horizontalAdvance(name)
