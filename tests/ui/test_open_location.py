"""Opening a folder where no file manager answers: a message with the path, and a copy button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from ui.open_location import open_location


def _message() -> QMessageBox | None:
    QApplication.processEvents()
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "openLocationMessage"
             and w.isVisible()]
    return boxes[0] if boxes else None


def test_folder_that_cannot_be_opened_shows_its_path_to_copy(qtbot, monkeypatch, tmp_path):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) and False))
    parent = QWidget()
    qtbot.addWidget(parent)
    folder = tmp_path / "Bescheinigungen 2027"
    folder.mkdir()
    QGuiApplication.clipboard().setText("vorher")
    assert open_location(parent, folder) is False
    assert opened == [str(folder)]
    box = _message()
    assert box is not None
    assert "Der Ordner konnte nicht geöffnet werden" in box.text()
    assert str(folder) in box.text()
    assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    copy = box.findChild(QPushButton, "copyPath")
    assert copy is not None and copy.text() == "Pfad kopieren"
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(folder)


def test_folder_that_opens_shows_no_message(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_location(parent, Path(tmp_path)) is True
    assert _message() is None
