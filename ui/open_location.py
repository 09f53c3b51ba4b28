"""Open a file or folder with the system's viewer; if nothing answers, say so and show the
path to copy (instead of failing silently where no file manager is installed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

_open_boxes: set[QMessageBox] = set()


def location_message(parent: QWidget | None, path: Path) -> QMessageBox:
    """The message shown when *path* could not be opened: the path selectable, a copy button."""
    folder = path.is_dir() or not path.suffix
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    if folder:
        box.setWindowTitle(translate("OpenLocation", "Ordner öffnen"))
        message = translate("OpenLocation",
                            "Der Ordner konnte nicht geöffnet werden. Er liegt hier:")
    else:
        box.setWindowTitle(translate("OpenLocation", "Datei öffnen"))
        message = translate("OpenLocation",
                            "Die Datei konnte nicht geöffnet werden. Sie liegt hier:")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(f"{message}\n\n{path}")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    copy = box.addButton(translate("OpenLocation", "Pfad kopieren"),
                         QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copyPath")
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(path)))
    box.setObjectName("openLocationMessage")
    return box


def open_location(parent: QWidget | None, path: Path | str) -> bool:
    """Open *path* (file or folder); on failure show where it is. True if it opened."""
    path = Path(path)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    box = location_message(parent or QApplication.activeWindow(), path)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if box.parent() is None:  # keep a window-less message alive until it is closed
        _open_boxes.add(box)
        box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return False
