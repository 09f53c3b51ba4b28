"""Explanations of the terms the screens abbreviate, in one place so every screen says the
same: what a UE (teaching unit) is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.rules.units import DEFAULT_UNIT_MINUTES


def units_explained() -> str:
    """Tooltip of every "UE" column and figure."""
    return QCoreApplication.translate(
        "Terms", "UE = Unterrichtseinheiten: 1 UE = %1 Minuten Lehrzeit ohne Pausen "
        "(je Veranstaltung einstellbar)").replace("%1", str(DEFAULT_UNIT_MINUTES))
