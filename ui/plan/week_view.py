"""Week view: seven day columns over the working hours; sessions can be dragged to move."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from planner.queries.plan import PlanSession
from ui.plan.base_view import PaintedPlanView, chip_title
from ui.plan.style import HOLIDAY_FILL, TODAY_BORDER, WEEKEND_FILL

HEADER_HEIGHT = 40
GUTTER = 48
SNAP_MINUTES = 15


class WeekView(PaintedPlanView):
    # session id, new start, new end (a drag ended somewhere else)
    drag_move_requested = Signal(int, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = date.today()
        self.week_start = today - timedelta(days=today.weekday())
        self.first_hour, self.last_hour = 7, 20
        self._drag: PlanSession | None = None
        self._drag_origin = QPointF()
        self._drag_target: tuple[datetime, datetime] | None = None

    def set_week(self, day: date) -> None:
        self.week_start = day - timedelta(days=day.weekday())
        self.update()

    def visible_range(self) -> tuple[date, date]:
        return self.week_start, self.week_start + timedelta(days=6)

    def set_data(self, sessions: list[PlanSession], holidays: dict[date, str]) -> None:
        hours = [s.start.hour for s in sessions if not s.all_day]
        ends = [s.end.hour + (1 if s.end.minute else 0) for s in sessions if not s.all_day]
        self.first_hour = min([7, *hours])
        self.last_hour = max([20, *[min(e, 24) for e in ends]])
        super().set_data(sessions, holidays)

    # -- geometry ----------------------------------------------------------------------
    def _day_width(self) -> float:
        return (self.width() - GUTTER) / 7

    def _hour_height(self) -> float:
        return (self.height() - HEADER_HEIGHT - 10) / max(self.last_hour - self.first_hour, 1)

    def _y_for(self, moment: time) -> float:
        hours = moment.hour + moment.minute / 60 - self.first_hour
        return HEADER_HEIGHT + hours * self._hour_height()

    def date_at(self, pos: QPointF | QPoint) -> date | None:
        point = QPointF(pos)
        col = int((point.x() - GUTTER) // self._day_width())
        if point.x() < GUTTER or not 0 <= col < 7:
            return None
        return self.week_start + timedelta(days=col)

    def moment_at(self, pos: QPointF) -> datetime | None:
        day = self.date_at(pos)
        if day is None:
            return None
        minutes = (pos.y() - HEADER_HEIGHT) / self._hour_height() * 60 + self.first_hour * 60
        minutes = max(0, min(24 * 60 - SNAP_MINUTES, round(minutes / SNAP_MINUTES) * SNAP_MINUTES))
        return datetime.combine(day, time.min) + timedelta(minutes=minutes)

    def _lanes(self, day: date) -> dict[int, tuple[int, int]]:
        """Side-by-side placement of overlapping sessions: session id -> (lane, lanes)."""
        items = sorted((s for s in self.sessions if not s.all_day
                        and s.start.date() <= day <= s.end.date()), key=lambda s: s.start)
        placement: dict[int, tuple[int, int]] = {}
        cluster: list[tuple[PlanSession, int]] = []
        lane_ends: list[datetime] = []
        cluster_end: datetime | None = None

        def close() -> None:
            for member, lane in cluster:
                placement[member.session_id] = (lane, max(len(lane_ends), 1))

        for item in items:
            if cluster_end is not None and item.start >= cluster_end:
                close()
                cluster, lane_ends = [], []
            lane = next((i for i, end in enumerate(lane_ends) if end <= item.start), None)
            if lane is None:
                lane_ends.append(item.end)
                lane = len(lane_ends) - 1
            else:
                lane_ends[lane] = item.end
            cluster.append((item, lane))
            cluster_end = max(cluster_end or item.end, item.end)
        close()
        return placement

    def session_rect(self, item: PlanSession, day: date,
                     lanes: dict[int, tuple[int, int]] | None = None) -> QRectF:
        col = (day - self.week_start).days
        x = GUTTER + col * self._day_width()
        if item.all_day:
            return QRectF(x + 2, HEADER_HEIGHT - 16, self._day_width() - 4, 14)
        lane, count = (lanes or {}).get(item.session_id, (0, 1))
        width = (self._day_width() - 4) / count
        x += lane * width
        start = item.start.time() if item.start.date() == day else time(self.first_hour)
        end = item.end.time() if item.end.date() == day else time(23, 59)
        top = max(self._y_for(start), HEADER_HEIGHT)
        bottom = min(self._y_for(end), float(self.height()))
        return QRectF(x + 2, top, width - (1 if count > 1 else 0), max(bottom - top, 14))

    # -- painting ----------------------------------------------------------------------
    def day_title(self, col: int) -> str:
        """A column's header: "Mo. 01.03." / "Mon 1 Mar"."""
        day = self.week_start + timedelta(days=col)
        pattern = "ddd dd.MM." if QLocale().language() == QLocale.Language.German else "ddd d MMM"
        return QLocale().toString(QDate(day.year, day.month, day.day), pattern)

    def paintEvent(self, _event: QPaintEvent) -> None:
        self._hits = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        width = self._day_width()
        grid = QPen(palette.mid().color())
        light = QPen(QColor("#e4e4e4"))
        bold = painter.font()
        bold.setBold(True)
        normal = self.font()
        for col in range(7):
            day = self.week_start + timedelta(days=col)
            x = GUTTER + col * width
            column = QRectF(x, HEADER_HEIGHT, width, self.height() - HEADER_HEIGHT)
            holiday = self.holidays.get(day)
            if holiday:
                painter.fillRect(column, HOLIDAY_FILL)
            elif day.weekday() >= 5:
                painter.fillRect(column, WEEKEND_FILL)
            painter.setPen(grid)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            painter.setFont(bold)
            painter.setPen(TODAY_BORDER if day == date.today() else palette.text().color())
            title = self.day_title(col)
            painter.drawText(QRectF(x, 2, width, 18), int(Qt.AlignmentFlag.AlignCenter), title)
            if holiday:
                painter.setFont(normal)
                painter.setPen(QColor("#a0522d"))
                elided = painter.fontMetrics().elidedText(holiday, Qt.TextElideMode.ElideRight,
                                                          int(width - 6))
                painter.drawText(QRectF(x + 3, 20, width - 6, 16),
                                 int(Qt.AlignmentFlag.AlignCenter), elided)
        painter.setFont(normal)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self._y_for(time(hour)) if hour < 24 else self._y_for(time(23, 59))
            painter.setPen(light)
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            painter.setPen(palette.text().color())
            painter.drawText(QRectF(0, y - 8, GUTTER - 6, 16),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             f"{hour:02d}:00")
        painter.setPen(grid)
        painter.drawLine(QPointF(0, HEADER_HEIGHT), QPointF(self.width(), HEADER_HEIGHT))
        end_day = self.week_start + timedelta(days=6)
        lanes = {self.week_start + timedelta(days=i): self._lanes(self.week_start
                                                                 + timedelta(days=i))
                 for i in range(7)}
        for item in self.sessions:
            day = max(item.start.date(), self.week_start)
            while day <= min((item.end - timedelta(seconds=1)).date(), end_day):
                rect = self.session_rect(item, day, lanes[day])
                text = (f"{item.start:%H:%M}–{item.end:%H:%M}\n{chip_title(item)}"
                        f"\n{item.title}\n{item.venue}")
                self.paint_chip(painter, rect, item, text)
                day += timedelta(days=1)
        if self._drag is not None and self._drag_target is not None:
            start, end = self._drag_target
            ghost = self.session_rect(replace(self._drag, start=start, end=end), start.date())
            painter.setPen(QPen(QColor("#333333"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ghost, 3, 3)
            painter.drawText(ghost.adjusted(6, 2, -2, -2), int(Qt.AlignmentFlag.AlignLeft),
                             QLocale().toString(start, "ddd dd.MM. HH:mm" if QLocale().language()
                                                == QLocale.Language.German
                                                else "ddd d MMM HH:mm"))
        painter.end()

    # -- dragging ----------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.session_at(event.position())
            if item is not None and not item.all_day and not item.cancelled:
                self._drag = item
                self._drag_origin = event.position()
                self._drag_target = None
        super().mousePressEvent(event)

    def _target_for(self, pos: QPointF) -> tuple[datetime, datetime] | None:
        if self._drag is None:
            return None
        origin = self.moment_at(self._drag_origin)
        now = self.moment_at(pos)
        if origin is None or now is None:
            return None
        shift = now - origin
        return self._drag.start + shift, self._drag.end + shift

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if (event.position() - self._drag_origin).manhattanLength() > 6:
                self._drag_target = self._target_for(event.position())
                self.update()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        item, target = self._drag, self._drag_target
        self._drag, self._drag_target = None, None
        self.update()
        if item is not None and target is not None and target[0] != item.start:
            self.drag_move_requested.emit(item.session_id, target[0], target[1])
        super().mouseReleaseEvent(event)
