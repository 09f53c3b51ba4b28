"""Translatable labels for code names shown in lists (formats, offices)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

FORMAT_LABELS = {
    "training_series": QT_TRANSLATE_NOOP("formats", "Fortbildungsreihe"),
    "network_group": QT_TRANSLATE_NOOP("formats", "Netzwerk on Tour"),
    "conference": QT_TRANSLATE_NOOP("formats", "Fachtagung"),
    "coaching": QT_TRANSLATE_NOOP("formats", "Coaching"),
    "analysis": QT_TRANSLATE_NOOP("formats", "Klärung und Analyse"),
}


def format_label(code: str) -> str:
    source = FORMAT_LABELS.get(code)
    return QCoreApplication.translate("formats", source) if source else code
