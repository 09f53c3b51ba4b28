"""A long form inside a frameless scroll area, so that it stays usable on a small screen
(1280 × 680 logical pixels at 150 % scaling) instead of making its window taller."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """`content` in a scroll area that scrolls vertically only when there is no room."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    return area
