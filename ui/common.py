"""Small shared UI helpers: running use cases with German error and warning dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm.exc import StaleDataError

from planner.errors import ConflictError, PlannerError, StaleEditError
from planner.storage.database import Database
from planner.usecases.outcome import Outcome

T = TypeVar("T")


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("common", "Fehler"), message)


def show_warnings(parent: QWidget | None, outcome: Outcome[Any]) -> None:
    if outcome.warnings:
        text = "\n".join(f"• {w.message}" for w in outcome.warnings)
        QMessageBox.information(parent, QCoreApplication.translate("common", "Hinweise"), text)


def run_use_case(parent: QWidget | None, db: Database,
                 action: Callable[..., Outcome[T]], *, allow_force: bool = True,
                 show_hints: bool = True, on_reload: Callable[[], None] | None = None,
                 overwrite: Callable[..., Outcome[T]] | None = None) -> Outcome[T] | None:
    """Run `action(orm, force=...)` in one transaction; explain errors in German.

    A double booking (ConflictError) is shown with the details and, if the user agrees,
    the action runs again with force=True. Returns None when nothing was saved.
    A record changed by someone else (StaleDataError/StaleEditError) asks "reload or
    overwrite?": reload calls `on_reload()`, overwrite runs `overwrite` (the same change
    without the version check) instead of `action`.
    """
    force = False
    while True:
        try:
            from planner.storage.database import (
                with_retries,  # a server's serialization failure: rerun
            )

            outcome = with_retries(db, lambda orm, act=action, forced=force: (
                act(orm, force=forced) if allow_force else act(orm)))
            if show_hints:
                show_warnings(parent, outcome)
            return outcome
        except ConflictError as exc:
            if not allow_force or force:
                show_error(parent, exc.message)
                return None
            answer = QMessageBox.question(
                parent,
                QCoreApplication.translate("common", "Doppelbuchung"),
                exc.message + "\n\n"
                + QCoreApplication.translate("common", "Trotzdem speichern?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            force = True
        except (StaleDataError, StaleEditError) as exc:
            if on_reload is None and overwrite is None:
                show_error(parent, QCoreApplication.translate(
                    "common", "Der Datensatz wurde inzwischen von jemand anderem geändert. "
                              "Bitte neu laden und die Änderung wiederholen."))
                return None
            from ui.conflict import OVERWRITE, RELOAD, ask_conflict, conflict_detail

            choice = ask_conflict(parent, conflict_detail(exc), can_reload=on_reload is not None,
                                  can_overwrite=overwrite is not None)
            if choice == OVERWRITE and overwrite is not None:
                action, overwrite = overwrite, None
                continue
            if choice == RELOAD and on_reload is not None:
                on_reload()
            return None
        except PlannerError as exc:
            show_error(parent, exc.message)
            return None
