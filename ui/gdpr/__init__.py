"""Data protection in the desktop app: the Datenschutz dialog and the consent fields."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from planner.storage.database import Database


def open_gdpr_dialog(db: Database, parent: QWidget | None = None) -> None:
    """Show the Datenschutz dialog (imported on first use, so start-up stays fast)."""
    from ui.gdpr.page import GdprDialog

    GdprDialog(db, parent).exec()
