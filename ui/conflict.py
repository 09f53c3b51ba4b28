""""Changed by someone else": ask whether to reload or overwrite, never overwrite silently."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm.exc import StaleDataError

from planner.errors import PlannerError, StaleEditError

CONFLICT_ERRORS = (StaleDataError, StaleEditError)
RELOAD, OVERWRITE, CANCEL = "reload", "overwrite", "cancel"


def conflict_text() -> str:
    return QCoreApplication.translate(
        "conflict", "Der Datensatz wurde inzwischen von jemand anderem geändert — neu laden "
                    "oder überschreiben?")


def ask_conflict(parent: QWidget | None, detail: str = "", *, can_reload: bool = True,
                 can_overwrite: bool = True) -> str:
    """RELOAD, OVERWRITE or CANCEL, chosen in a message box (object name conflictDialog)."""
    box = QMessageBox(parent)
    box.setObjectName("conflictDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("conflict", "Bearbeitungskonflikt"))
    box.setText(conflict_text())
    box.setInformativeText(
        (detail + "\n\n" if detail else "")
        + QCoreApplication.translate(
            "conflict", "Neu laden: Ihre Eingaben verwerfen und den aktuellen Stand anzeigen.\n"
                        "Überschreiben: Ihre Eingaben speichern und die andere Änderung "
                        "ersetzen."))
    buttons: dict[Any, str] = {}
    if can_reload:
        reload_button = box.addButton(QCoreApplication.translate("conflict", "Neu laden"),
                                      QMessageBox.ButtonRole.AcceptRole)
        reload_button.setObjectName("reloadButton")
        buttons[reload_button] = RELOAD
        box.setDefaultButton(reload_button)
    if can_overwrite:
        overwrite_button = box.addButton(QCoreApplication.translate("conflict", "Überschreiben"),
                                         QMessageBox.ButtonRole.DestructiveRole)
        overwrite_button.setObjectName("overwriteButton")
        buttons[overwrite_button] = OVERWRITE
    cancel = box.addButton(QCoreApplication.translate("conflict", "Abbrechen"),
                           QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancelButton")
    box.exec()
    return buttons.get(box.clickedButton(), CANCEL)


def conflict_detail(exc: BaseException) -> str:
    return exc.message if isinstance(exc, PlannerError) else ""


def run_with_conflicts(parent: QWidget | None, db: Any, action: Callable[[Any], Any], *,
                       overwrite: Callable[[Any], Any] | None,
                       on_reload: Callable[[], None] | None,
                       on_error: Callable[[str], None]) -> Any | None:
    """Run `action(orm)` in one transaction; a conflict asks reload/overwrite.

    Overwrite runs `overwrite(orm)` (the same change without the version check) once;
    reload calls `on_reload()`. Other refusals go to `on_error(message)`. None = not saved.
    """
    while True:
        try:
            with db.transaction() as orm:
                return action(orm)
        except CONFLICT_ERRORS as exc:
            choice = ask_conflict(parent, conflict_detail(exc), can_reload=on_reload is not None,
                                  can_overwrite=overwrite is not None)
            if choice == OVERWRITE and overwrite is not None:
                action, overwrite = overwrite, None
                continue
            if choice == RELOAD and on_reload is not None:
                on_reload()
            return None
        except PlannerError as exc:
            on_error(exc.message)
            return None
