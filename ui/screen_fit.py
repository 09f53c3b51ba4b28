"""Initial window sizes that fit the screen: a window asks for a comfortable size, but never
more than the screen's free area (a Full-HD laptop at 150 % has 1280 × 720 logical pixels,
minus the taskbar), so its buttons are never below the bottom edge."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window's title bar and frame, which availableGeometry() does not subtract.
FRAME_ALLOWANCE = 40


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width × height, or less where its screen is smaller."""
    parent = window.parentWidget()
    screen = (parent.window() if parent is not None else window).screen() \
        or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    area = screen.availableGeometry()
    window.resize(min(width, area.width()), min(height, area.height() - FRAME_ALLOWANCE))
