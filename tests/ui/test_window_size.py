"""The window never grows by itself: at 1280 × 800 every page and every tab fits, so nothing
(an export button, a figure tile) is cut off on a 1280 px screen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTabWidget

from tests.ui.test_screenshots import _fill
from ui.main_window import PAGES, MainWindow

WIDTH, HEIGHT = 1280, 800


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_every_page_fits_1280_by_800(qtbot, db, output_dir):
    _fill(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.resize(WIDTH, HEIGHT)
    _settle()
    too_big: dict[str, tuple[int, int]] = {}
    for key in PAGES:
        page = window.show_page(key)
        tabs = [page] + page.findChildren(QTabWidget)
        for holder in tabs:
            count = holder.count() if isinstance(holder, QTabWidget) else 1
            for index in range(count):
                if isinstance(holder, QTabWidget):
                    holder.setCurrentIndex(index)
                _settle()
                size = window.size()
                if size.width() > WIDTH or size.height() > HEIGHT:
                    name = key if holder is page else f"{key}/{holder.tabText(index)}"
                    too_big[name] = (size.width(), size.height())
                    window.resize(WIDTH, HEIGHT)
                    _settle()
        window.grab().save(str(output_dir / f"size_{key}.png"))
    assert not too_big, f"pages that widen the window: {too_big}"
    assert window.minimumSizeHint().width() <= WIDTH
