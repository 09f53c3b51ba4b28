"""Colours of the plan: one per format (fill), one per office (stripe/border)."""

from __future__ import annotations

from PySide6.QtGui import QColor

FORMAT_COLORS = {
    "training_series": QColor("#cfe3fb"),
    "network_group": QColor("#d4f0d2"),
    "conference": QColor("#fde2c4"),
    "coaching": QColor("#e8dcf7"),
    "analysis": QColor("#f8d7dc"),
}
OFFICE_COLORS = {"berlin": QColor("#1f5fa8"), "hamburg": QColor("#c0392b")}
HOLIDAY_FILL = QColor("#fff3c4")
WEEKEND_FILL = QColor("#f2f2f2")
TODAY_BORDER = QColor("#e67e22")
CANCELLED_TEXT = QColor("#888888")


def format_color(fmt: str) -> QColor:
    return FORMAT_COLORS.get(fmt, QColor("#e0e0e0"))


def office_color(code: str) -> QColor:
    return OFFICE_COLORS.get(code, QColor("#555555"))
