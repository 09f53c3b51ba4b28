"""A visible "Keine Treffer für „…“" under a search result list that came back empty."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def no_hits_label() -> QLabel:
    """A hidden label in the look of the people page's no-hit message."""
    label = QLabel()
    label.setObjectName("no_hits")
    label.setStyleSheet("color: #a05a00; font-weight: bold;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_no_hits(label: QLabel, typed: str, hits: int) -> None:
    """Show the label naming `typed` when a search for it found nothing, else hide it."""
    typed = typed.strip()
    empty = bool(typed) and hits == 0
    if empty:
        # same text (and translation) as the people page's message
        label.setText(QCoreApplication.translate("TablePage", "Keine Treffer für „%1“")
                      .replace("%1", typed))
    label.setVisible(empty)
