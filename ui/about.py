"""Hilfe → Über: what this program is, which versions run, where the data and the log live."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME, __version__
from planner.diagnostics import log_file, log_folder
from ui.diagnostics import SupportDialog, versions


class AboutDialog(SupportDialog):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("AboutDialog", "Angaben kopieren"), parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Über %1").replace("%1", APP_NAME))
        self.setMinimumWidth(520)
        self.database = database
        rows = "".join(f"<tr><td>{escape(name)}</td><td>{escape(value)}</td></tr>"
                       for name, value in versions()[1:])
        purpose = self.tr("Planung, Anmeldung, Anwesenheit und Bescheinigungen für die "
                          "Transferagenturen für Großstädte.")
        # lupdate cannot read tr() inside f-strings
        database_label, log_label = self.tr("Datenbank"), self.tr("Protokollordner")
        versions_label = self.tr("Versionen")
        self.text = QLabel(
            f"<h3>{escape(APP_NAME)} {escape(__version__)}</h3><p>{escape(purpose)}</p>"
            f"<p><b>{escape(database_label)}:</b> {escape(database)}<br>"
            f"<b>{escape(log_label)}:</b> {escape(str(log_folder()))}</p>"
            f"<p><b>{escape(versions_label)}</b></p>"
            f"<table cellspacing='0' cellpadding='2'>{rows}</table>")
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)

    def details_text(self) -> str:
        database_label, log_label = self.tr("Datenbank"), self.tr("Protokoll")
        lines = [f"{name}: {value}" for name, value in versions()]
        lines += [f"{database_label}: {self.database}", f"{log_label}: {log_file()}"]
        return "\n".join(lines)
