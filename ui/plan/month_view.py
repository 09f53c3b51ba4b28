"""Month view: a 6 × 7 grid of days with the sessions as coloured chips."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from planner.queries.plan import PlanSession
from ui.plan.base_view import PaintedPlanView, chip_title
from ui.plan.style import HOLIDAY_FILL, TODAY_BORDER, WEEKEND_FILL

HEADER_HEIGHT = 24


def month_grid_start(month: date) -> date:
    first = month.replace(day=1)
    return first - timedelta(days=first.weekday())


class MonthView(PaintedPlanView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = date.today().replace(day=1)

    def set_month(self, month: date) -> None:
        self.month = month.replace(day=1)
        self.update()

    def visible_range(self) -> tuple[date, date]:
        start = month_grid_start(self.month)
        return start, start + timedelta(days=41)

    def _cell(self, index: int) -> QRectF:
        width = self.width() / 7
        height = (self.height() - HEADER_HEIGHT) / 6
        return QRectF((index % 7) * width, HEADER_HEIGHT + (index // 7) * height, width, height)

    def date_at(self, pos: QPointF | QPoint) -> date | None:
        point = QPointF(pos)
        if point.y() < HEADER_HEIGHT:
            return None
        col = int(point.x() // (self.width() / 7))
        row = int((point.y() - HEADER_HEIGHT) // ((self.height() - HEADER_HEIGHT) / 6))
        if 0 <= col < 7 and 0 <= row < 6:
            return self.visible_range()[0] + timedelta(days=row * 7 + col)
        return None

    def day_names(self) -> list[str]:
        """The column headers, Monday first, in the interface language ("Mo." / "Mon")."""
        return [QLocale().dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]

    def paintEvent(self, _event: QPaintEvent) -> None:
        self._hits = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        width = self.width() / 7
        header_font = painter.font()
        header_font.setBold(True)
        painter.setFont(header_font)
        for col, name in enumerate(self.day_names()):
            painter.drawText(QRectF(col * width, 0, width, HEADER_HEIGHT),
                             int(Qt.AlignmentFlag.AlignCenter), name)
        body_font = self.font()
        small = self.font()
        small.setPointSizeF(max(6.5, body_font.pointSizeF() * 0.85))
        by_day: dict[date, list[PlanSession]] = {}
        for item in self.sessions:
            day = item.start.date()
            while day <= (item.end - timedelta(seconds=1)).date():
                by_day.setdefault(day, []).append(item)
                day += timedelta(days=1)
        start = self.visible_range()[0]
        line_h = painter.fontMetrics().height() + 2
        grid_pen = QPen(palette.mid().color())
        for index in range(42):
            day = start + timedelta(days=index)
            cell = self._cell(index)
            holiday = self.holidays.get(day)
            if holiday:
                painter.fillRect(cell, HOLIDAY_FILL)
            elif day.weekday() >= 5:
                painter.fillRect(cell, WEEKEND_FILL)
            painter.setPen(grid_pen)
            painter.drawRect(cell)
            if day == date.today():
                painter.setPen(QPen(TODAY_BORDER, 2))
                painter.drawRect(cell.adjusted(1, 1, -1, -1))
            in_month = day.month == self.month.month
            painter.setFont(header_font if in_month else body_font)
            painter.setPen(palette.text().color() if in_month else QColor("#9a9a9a"))
            number_rect = QRectF(cell.left() + 4, cell.top() + 2, cell.width() - 8, line_h)
            painter.drawText(number_rect, int(Qt.AlignmentFlag.AlignLeft), str(day.day))
            top = cell.top() + line_h + 2
            if holiday:
                painter.setFont(small)
                painter.setPen(QColor("#a0522d"))
                text_rect = QRectF(cell.left() + 24, cell.top() + 3, cell.width() - 28, line_h)
                elided = painter.fontMetrics().elidedText(
                    holiday, Qt.TextElideMode.ElideRight, int(text_rect.width()))
                painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight), elided)
            painter.setFont(small)
            chip_h = painter.fontMetrics().height() + 4
            items = by_day.get(day, [])
            room = int((cell.bottom() - top - 2) // (chip_h + 2))
            shown = items if len(items) <= room else items[:max(room - 1, 0)]
            for item in shown:
                rect = QRectF(cell.left() + 3, top, cell.width() - 6, chip_h)
                label = (chip_title(item) if item.all_day
                         else f"{item.start:%H:%M} {chip_title(item)}")
                self.paint_chip(painter, rect, item, label)
                top += chip_h + 2
            hidden = len(items) - len(shown)
            if hidden > 0:
                painter.setPen(palette.text().color())
                painter.drawText(QRectF(cell.left() + 6, top, cell.width() - 8, chip_h),
                                 int(Qt.AlignmentFlag.AlignLeft),
                                 self.tr("+ %n weitere", "", hidden))
            painter.setFont(body_font)
        painter.end()
