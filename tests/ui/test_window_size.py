"""The main window never grows by itself: every page fits into 1280 x 800."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTabWidget

from tests.ui.test_screenshots import _fill
from ui.main_window import PAGES, MainWindow

MAX_WIDTH = 1280
MAX_HEIGHT = 820


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _assert_fits(window: MainWindow, where: str) -> None:
    _settle()
    assert window.width() <= MAX_WIDTH, f"{where}: window grew to {window.width()} px"
    assert window.height() <= MAX_HEIGHT, f"{where}: window grew to {window.height()} px"
    hint = window.minimumSizeHint()
    assert hint.width() <= MAX_WIDTH, f"{where}: minimum width {hint.width()} px"
    assert hint.height() <= MAX_HEIGHT, f"{where}: minimum height {hint.height()} px"


def test_visiting_every_page_keeps_the_window_at_1280x800(qtbot, db):
    _fill(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.resize(MAX_WIDTH, 800)
    _assert_fits(window, "start")
    for key in PAGES:
        page = window.show_page(key)
        _assert_fits(window, key)
        assert page.minimumSizeHint().width() <= MAX_WIDTH, key
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                _assert_fits(window, f"{key}/{tabs.tabText(index)}")
