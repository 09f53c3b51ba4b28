"""Common parts of the painted plan views: the shown sessions, hit-testing, signals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolTip, QWidget

from planner.models.enums import FORMAT_LABELS_DE
from planner.queries.plan import PlanSession
from ui.plan.style import CANCELLED_TEXT, format_color, office_color


def chip_title(item: PlanSession) -> str:
    """The event title without a leading format name, which the chip's colour already
    shows: two series on one day read "Bildungsmonitoring 2026" and "Ganztag 2026", not
    "Fortbildungsreihe „…" twice. The full title stays in the tooltip."""
    title = item.event_title
    label = FORMAT_LABELS_DE.get(item.format, "")  # stored titles are German
    if not label or not title.casefold().startswith(label.casefold()):
        return title
    rest = title[len(label):].lstrip(" :–-")
    if rest.startswith("„") and "“" in rest:
        quoted, _sep, after = rest[1:].partition("“")
        rest = f"{quoted}{after}"
    return rest.strip() or title


class PaintedPlanView(QWidget):
    """Base of the month and week views. Its texts name the context "PaintedPlanView":
    `self.tr` in inherited methods looks first under the subclass's name."""

    session_activated = Signal(int, int)  # session id, event id
    move_requested = Signal(int)  # session id: open the move dialog
    day_activated = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions: list[PlanSession] = []
        self.holidays: dict[date, str] = {}
        self._hits: list[tuple[QRectF, PlanSession]] = []
        self.setMouseTracking(True)
        self.setMinimumSize(600, 400)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_data(self, sessions: list[PlanSession], holidays: dict[date, str]) -> None:
        self.sessions = sessions
        self.holidays = holidays
        self.update()

    def session_at(self, pos: QPointF | QPoint) -> PlanSession | None:
        point = QPointF(pos)
        for rect, item in reversed(self._hits):
            if rect.contains(point):
                return item
        return None

    def date_at(self, pos: QPointF | QPoint) -> date | None:
        return None

    def tooltip_for(self, item: PlanSession) -> str:
        lines = [item.event_title, item.title,
                 f"{item.start:%d.%m.%Y %H:%M}–{item.end:%H:%M}"]
        if item.venue:
            lines.append(item.venue)
        if item.trainer_names:
            lines.append(", ".join(item.trainer_names))
        if item.cancelled:
            lines.append(QCoreApplication.translate("PaintedPlanView", "abgesagt"))
        return "\n".join(line for line in lines if line)

    # -- painting helpers --------------------------------------------------------------
    def paint_chip(self, painter: QPainter, rect: QRectF, item: PlanSession, text: str) -> None:
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(format_color(item.format))
        painter.drawRoundedRect(rect, 3, 3)
        stripe = QRectF(rect.left(), rect.top(), 4, rect.height())
        painter.setBrush(office_color(item.office_code))
        painter.drawRect(stripe)
        painter.setPen(CANCELLED_TEXT if item.cancelled else self.palette().text().color())
        font = painter.font()
        font.setStrikeOut(item.cancelled)
        painter.setFont(font)
        text_rect = rect.adjusted(7, 1, -3, -1)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        metrics = painter.fontMetrics()
        if rect.height() > 2.2 * metrics.height() and rect.width() >= 120:
            painter.drawText(text_rect, int(flags | Qt.TextFlag.TextWordWrap), text)
        elif rect.height() > 2.2 * metrics.height():  # narrow: one elided line per part
            lines = [metrics.elidedText(part, Qt.TextElideMode.ElideRight,
                                        int(text_rect.width())) for part in text.split("\n")]
            painter.drawText(text_rect, int(flags), "\n".join(lines))
        else:
            elided = painter.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, int(text_rect.width()))
            painter.drawText(text_rect, int(flags | Qt.AlignmentFlag.AlignVCenter), elided)
        painter.restore()
        self._hits.append((rect, item))

    # -- interaction -------------------------------------------------------------------
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.session_at(event.position())
        if item is not None:
            self.session_activated.emit(item.session_id, item.event_id)
            return
        day = self.date_at(event.position())
        if day is not None:
            self.day_activated.emit(day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        item = self.session_at(event.position())
        if item is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(item), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.session_at(event.pos())
        if item is None:
            return
        menu = QMenu(self)
        open_action = menu.addAction(QCoreApplication.translate("PaintedPlanView",
                                                                "Veranstaltung öffnen"))
        move_action = menu.addAction(QCoreApplication.translate("PaintedPlanView",
                                                                "Verschieben…"))
        chosen = menu.exec(event.globalPos())
        if chosen is open_action:
            self.session_activated.emit(item.session_id, item.event_id)
        elif chosen is move_action:
            self.move_requested.emit(item.session_id)
