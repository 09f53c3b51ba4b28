"""First start without a database: offer an empty database or the demo data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner import APP_NAME
from ui.resources import icon_path


class WelcomeDialog(QDialog):
    EMPTY, DEMO = 1, 2

    def __init__(self, db_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Willkommen bei %1").replace("%1", APP_NAME))
        self.choice = 0
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(QPixmap(str(icon_path())).scaled(
            72, 72, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        text = QLabel(
            "<h3>" + self.tr("Willkommen!") + "</h3><p>"
            + self.tr("Es gibt noch keine Datenbank. Sie können mit einer leeren Datenbank "
                      "beginnen oder sich das Programm zuerst mit Beispieldaten (zwei Jahre "
                      "Veranstaltungen beider Standorte) ansehen.") + "</p><p>"
            + self.tr("Speicherort: %1").replace("%1", db_path) + "</p>")
        text.setWordWrap(True)
        text.setMinimumWidth(380)
        top.addWidget(text, 1)
        layout.addLayout(top)
        buttons = QHBoxLayout()
        self.empty_button = QPushButton(self.tr("Leere Datenbank anlegen"))
        self.demo_button = QPushButton(self.tr("Mit Beispieldaten ausprobieren"))
        cancel = QPushButton(self.tr("Beenden"))
        self.empty_button.setDefault(True)
        self.empty_button.clicked.connect(lambda: self._choose(self.EMPTY))
        self.demo_button.clicked.connect(lambda: self._choose(self.DEMO))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()
