"""Painted distribution bars for the results page (QtCharts is not in PySide6-Essentials).

The colours are the ones of the results PDF (planner.reports.scale), so the screen and the
printout read the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.reports.scale import FEEDBACK_OPTION_COLOUR as OPTION_COLOUR
from planner.reports.scale import FEEDBACK_SCALE_COLOURS as SCALE_COLOURS


class DistributionBar(QWidget):
    """One stacked bar: how many answered 1, 2, … 5 (counts written inside the segments)."""

    def __init__(self, counts: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = list(counts)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip("  ".join(f"{v}: {n}" for v, n in enumerate(self.counts, start=1)))

    def sizeHint(self) -> QSize:
        return QSize(320, 24)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 22)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        total = sum(self.counts)
        rect = QRectF(self.rect()).adjusted(0, 3, 0, -3)
        p.fillRect(rect, QColor("#f3f5f8"))
        if not total:
            return
        fm = QFontMetrics(self.font())
        x = rect.left()
        for value, n in enumerate(self.counts, start=1):
            if not n:
                continue
            w = rect.width() * n / total
            segment = QRectF(x, rect.top(), w, rect.height())
            p.fillRect(segment, QColor(SCALE_COLOURS[(value - 1) % len(SCALE_COLOURS)]))
            if w >= fm.horizontalAdvance(str(n)) + 6:
                p.setPen(QColor("white") if value in (1, 5) else QColor("#222222"))
                p.drawText(segment, Qt.AlignmentFlag.AlignCenter, str(n))
            x += w


class ShareBar(QWidget):
    """A single bar for one choice option: its share of the answers."""

    def __init__(self, share: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = max(0.0, min(1.0, share))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(320, 18)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0, 3, 0, -3)
        p.fillRect(rect, QColor("#f3f5f8"))
        p.fillRect(QRectF(rect.left(), rect.top(), max(1.0, rect.width() * self.share),
                          rect.height()), QColor(OPTION_COLOUR))


class ScaleLegend(QWidget):
    """1 … 5 with their colours."""

    def sizeHint(self) -> QSize:
        return QSize(200, 18)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        fm = QFontMetrics(self.font())
        x = 0.0
        for value, colour in enumerate(SCALE_COLOURS, start=1):
            p.fillRect(QRectF(x, 4, 10, 10), QColor(colour))
            p.setPen(QColor("#444444"))
            p.drawText(QRectF(x + 13, 0, 20, 18), Qt.AlignmentFlag.AlignVCenter, str(value))
            x += 16 + fm.horizontalAdvance("5") + 10
