"""One way from the window into the domain, and views that refresh what an operation changed.

Every call from a button into planner goes through `Op` (in the spirit of Anki's
`CollectionOp`):

    Op(self, self.db, lambda orm: cancel_session(orm, session_id, reason)).run()

    Op(self, self.db, lambda orm, force: move_session(orm, sid, start, end, force=force)) \\
        .success(lambda outcome: self.undo.append(...)).run()

    Op(self, self.db, lambda orm, progress: issue_certificates(orm, ..., progress=...)) \\
        .success(self.show_result).failure(self.result_label.setText) \\
        .run_in_background(self.tr("Bescheinigungen werden erstellt …"))

The action gets the ORM session of one transaction (`.reading()`: of a read-only unit of
work; `.without_database()`: none, for work that opens what it needs). Parameters named
`force` and `progress` are filled in when the action declares them.

One failure path:
- a double booking (ConflictError) asks "Trotzdem speichern?" when the action takes
  `force`, and runs it again with force=True;
- a record changed elsewhere (StaleEditError) asks "neu laden oder überschreiben?" when
  `.on_stale(reload=…, overwrite=…)` says how, else explains;
- a refusal (PlannerError) or a file/network failure (OSError) shows its message, in a
  message box or through `.failure(show)`;
- anything else is a bug: logged with its traceback, shown in the crash dialog with the log's
  location (ui.diagnostics); `.failure(show)` still hears of it, so buttons come back.
A server's serialization failure is retried before any of this (with_retries).

After success the operation announces what changed on its database's `ChangeBus`: the
`Outcome.changed` of a use case, or the kinds given with `.changes(...)`. Views say which
changes concern them with `watch_changes(widget, db, concerns, refresh)` (table models with
`LazyTableModel.concerns`): a visible view refreshes at once, a hidden one is marked stale
and refreshes when it is shown. Then `success(result)` runs. Warnings of an Outcome are
shown unless `.quiet()`.
"""

from __future__ import annotations

import inspect
import logging
import time
import weakref
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.diagnostics import describe_exception
from planner.errors import ConflictError, PlannerError, StaleEditError
from planner.usecases.outcome import Change, Outcome

if TYPE_CHECKING:
    from planner.storage.database import Database
    from ui.tasks import BackgroundOp, Progress

log = logging.getLogger(__name__)
T = TypeVar("T")

WRITE, READ, NO_DATABASE = "write", "read", "none"
SAVE, OTHER = "save", "other"  # answers of the warnings dialog (ui.warnings_dialog)
RELOAD, OVERWRITE, CANCEL = "reload", "overwrite", "cancel"


# --- what changed ------------------------------------------------------------------------


class ChangeBus(QObject):
    """Announces what the operations on one database changed: a frozenset of Change and
    the widget the operation started from (or None)."""

    changed = Signal(object, object)


_buses: weakref.WeakKeyDictionary[Any, ChangeBus] = weakref.WeakKeyDictionary()


def change_bus(db: Database) -> ChangeBus:
    bus = _buses.get(db)
    if bus is None:
        bus = ChangeBus()
        _buses[db] = bus
    return bus


def announce(db: Database, changes: Iterable[Change], origin: QObject | None = None) -> None:
    """Tell every view of `db` that these kinds of data changed."""
    kinds = frozenset(changes)
    if kinds:
        change_bus(db).changed.emit(kinds, origin)


def _related(a: QWidget, b: QObject | None) -> bool:
    """The two are in one window, or one contains the other (parent chain, dialogs and
    windows included): the operation started where this view is."""
    if isinstance(b, QWidget) and a.window() is b.window():
        return True
    for inner, outer in ((a, b), (b, a)):
        node = inner
        while node is not None:
            if node is outer:
                return True
            node = node.parent()
    return False


class ChangeWatcher(QObject):
    """Refreshes a widget when an operation changed what concerns it: at once while it is
    visible or when the operation started in its window (or in a dialog of it), else when it
    is shown next (its view is marked stale until then)."""

    def __init__(self, widget: QWidget, db: Database, concerns: Iterable[Change],
                 refresh: Callable[[], object]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.concerns = frozenset(concerns)
        self.refresh = refresh
        self.stale = False
        widget.installEventFilter(self)
        change_bus(db).changed.connect(self._changed)

    def _changed(self, changes: frozenset[Change], origin: QObject | None) -> None:
        if not self.concerns & changes:
            return
        if self.widget.isVisible() or (origin is not None and _related(self.widget, origin)):
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False


def watch_changes(widget: QWidget, db: Database, concerns: Iterable[Change],
                  refresh: Callable[[], object] | None = None) -> ChangeWatcher:
    """Keep `widget` fresh: call `refresh` (default: its `refresh` method) on a change it
    is concerned with."""
    return ChangeWatcher(widget, db, concerns, refresh or widget.refresh)  # type: ignore


# --- the failure path's dialogs -----------------------------------------------------------


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("common", "Fehler"), message)


def show_warnings(parent: QWidget | None, outcome: Outcome[Any]) -> None:
    if outcome.warnings:
        from ui.holiday_names import warning_text

        text = "\n".join(f"• {warning_text(w)}" for w in outcome.warnings)
        QMessageBox.information(parent, QCoreApplication.translate("common", "Hinweise"), text)


def ask_force(parent: QWidget | None, exc: ConflictError | list[Any], *,
              other_choice: bool = True) -> str:
    """The warnings of a change, grouped in one dialog: SAVE ("Trotzdem speichern"),
    OTHER ("Anderen Termin wählen") or CANCEL."""
    from ui.warnings_dialog import ask_warnings

    warnings = exc.warnings if isinstance(exc, ConflictError) else exc
    if not warnings and isinstance(exc, ConflictError):
        from planner.checks import PlanWarning

        warnings = [PlanWarning("conflict", exc.message, blocking=True)]
    return ask_warnings(parent, warnings, other_choice=other_choice)


class _DryRun(Exception):  # noqa: N818 - not an error: carries a trial run's warnings
    def __init__(self, warnings: list[Any]) -> None:
        super().__init__("dry run")
        self.warnings = warnings


def ask_conflict(parent: QWidget | None, detail: str = "", *, can_reload: bool = True,
                 can_overwrite: bool = True) -> str:
    """RELOAD, OVERWRITE or CANCEL, chosen in a message box (object name conflictDialog)."""
    box = QMessageBox(parent)
    box.setObjectName("conflictDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("conflict", "Bearbeitungskonflikt"))
    box.setText(QCoreApplication.translate(
        "conflict", "Der Datensatz wurde inzwischen von jemand anderem geändert — neu laden "
                    "oder überschreiben?"))
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


def _is_stale(exc: BaseException) -> bool:
    return isinstance(exc, StaleEditError) or type(exc).__name__ == "StaleDataError"


def _stale_message(exc: BaseException) -> str:
    if isinstance(exc, PlannerError):
        return exc.message
    from planner.storage.server import STALE

    return STALE


def _accepts(fn: Callable[..., Any], name: str) -> bool:
    try:
        return name in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def _name_of(fn: Callable[..., Any]) -> str:
    """The action for the log: "PlanPage.move_session" for a lambda written there."""
    name = getattr(fn, "__qualname__", repr(fn))
    return name.replace(".<locals>.<lambda>", "").replace(".<locals>.", ".")


# --- the operation ------------------------------------------------------------------------


class Op(Generic[T]):
    """One call from the window into the domain; see the module's docstring."""

    def __init__(self, parent: QWidget | None, db: Database | None,
                 action: Callable[..., T]) -> None:
        self.parent = parent
        self.db = db
        self.action = action
        self.name = _name_of(action)
        self._mode = WRITE if db is not None else NO_DATABASE
        self._on_success: list[Callable[[T], object]] = []
        self._on_failure: Callable[[str], object] | None = None
        self._reload: Callable[[], object] | None = None
        self._overwrite: Callable[..., T] | None = None
        self._changes: frozenset[Change] = frozenset()
        self._hints = True
        self._confirm = False
        self._other_choice = True
        self.choice = ""  # the answer to the warnings dialog: save, other or cancel
        self.ok = False  # True once the action succeeded (for actions that return None)
        self.result: T | None = None
        self.error: BaseException | None = None
        self.background: BackgroundOp | None = None

    # -- configuration (each returns the Op) ------------------------------------------
    def success(self, callback: Callable[[T], object]) -> Op[T]:
        self._on_success.append(callback)
        return self

    def failure(self, show: Callable[[str], object]) -> Op[T]:
        """Show refusals with `show(message)` instead of a message box."""
        self._on_failure = show
        return self

    def on_stale(self, *, reload: Callable[[], object] | None = None,
                 overwrite: Callable[..., T] | None = None) -> Op[T]:
        """A record changed elsewhere: offer to reload (call `reload`) or to overwrite (run
        `overwrite`, the same change without the version check)."""
        self._reload, self._overwrite = reload, overwrite
        return self

    def changes(self, *kinds: Change) -> Op[T]:
        """What the action changes when its result is not an Outcome (exports, imports)."""
        self._changes = self._changes | frozenset(kinds)
        return self

    def reading(self) -> Op[T]:
        self._mode = READ
        return self

    def without_database(self) -> Op[T]:
        self._mode = NO_DATABASE
        return self

    def confirm_first(self, *, other_choice: bool = True) -> Op[T]:
        """Try the change first (rolled back) and show all its warnings (double bookings,
        holidays, weekends, capacity …) in one dialog before anything is saved; saved only
        on "Trotzdem speichern". `other_choice`: offer "Anderen Termin wählen" (the caller
        reads `choice == "other"` and lets the user pick again)."""
        self._confirm = True
        self._other_choice = other_choice
        return self

    def quiet(self) -> Op[T]:
        """Do not show the warnings of the Outcome (the caller shows them its own way)."""
        self._hints = False
        return self

    # -- running ----------------------------------------------------------------------
    def run(self) -> T | None:
        """Run now, in the GUI thread; the result, or None when nothing was done."""
        action, force = self.action, False
        if self._confirm and self._mode == WRITE and _accepts(action, "force"):
            warnings = self._trial(action)
            if warnings:
                log.info("%s: %d Hinweise vor dem Speichern", self.name, len(warnings))
                self.choice = ask_force(self.parent, warnings, other_choice=self._other_choice)
                if self.choice != SAVE:
                    return None
                force, self._hints = True, False  # all of them were just shown
        while True:
            started = time.perf_counter()
            try:
                result = self._execute(action, force, None)
            except ConflictError as exc:
                if force or not _accepts(action, "force"):
                    self._handle_error(exc)
                    return None
                log.info("%s: Doppelbuchung, Rückfrage", self.name)
                self.choice = ask_force(self.parent, exc, other_choice=self._other_choice)
                if self.choice != SAVE:
                    return None
                force = True
            except Exception as exc:  # noqa: BLE001 - classified below, bugs included
                if _is_stale(exc) and (self._reload or self._overwrite):
                    choice = ask_conflict(self.parent, _stale_message(exc),
                                          can_reload=self._reload is not None,
                                          can_overwrite=self._overwrite is not None)
                    log.info("%s: Bearbeitungskonflikt, Wahl: %s", self.name, choice)
                    if choice == OVERWRITE and self._overwrite is not None:
                        action, self._overwrite = self._overwrite, None
                        continue
                    if choice == RELOAD and self._reload is not None:
                        self._reload()
                    return None
                self._handle_error(exc)
                return None
            else:
                self._succeeded(result, started)
                return result

    def _trial(self, action: Callable[..., T]) -> list[Any] | None:
        """The warnings the change would bring, from a run that is rolled back; None when
        the trial fails (the real run then reports the failure its usual way)."""
        assert self.db is not None
        try:
            with self.db.transaction() as orm:
                try:
                    result = action(orm, force=False)
                except ConflictError as exc:
                    raise _DryRun(list(exc.warnings)) from None
                raise _DryRun(list(result.warnings) if isinstance(result, Outcome) else [])
        except _DryRun as trial:
            return trial.warnings
        except Exception:  # noqa: BLE001 - the real run below reports it
            return None

    def run_in_background(self, label: str, *, show_dialog: bool = True) -> BackgroundOp:
        """Run in a worker thread with a progress dialog and Cancel; returns the worker
        handle (`wait()` for tests). Success and failure are handled in the GUI thread."""
        from ui.tasks import BackgroundOp

        started = time.perf_counter()
        op = BackgroundOp(self.parent, label, lambda progress: self._execute(
            self.action, False, progress), show_dialog=show_dialog)
        op.finished_ok.connect(lambda result: self._succeeded(result, started))
        op.finished_error.connect(self._handle_error)
        self.background = op
        op.start()
        return op

    def _execute(self, action: Callable[..., T], force: bool, progress: Progress | None) -> T:
        kwargs: dict[str, Any] = {}
        if _accepts(action, "force"):
            kwargs["force"] = force
        if _accepts(action, "progress"):
            kwargs["progress"] = progress
        if self._mode == NO_DATABASE:
            return action(**kwargs)
        assert self.db is not None
        if self._mode == READ:
            with self.db.reading() as orm:
                return action(orm, **kwargs)
        from planner.storage.database import with_retries

        return with_retries(self.db, lambda orm: action(orm, **kwargs))

    # -- outcomes ---------------------------------------------------------------------
    def _succeeded(self, result: T, started: float) -> None:
        self.ok, self.result = True, result
        changes = self._changes
        if isinstance(result, Outcome):
            changes = changes | frozenset(result.changed)
        log.info("%s: erledigt in %.0f ms; geändert: %s", self.name,
                 (time.perf_counter() - started) * 1000,
                 ", ".join(sorted(changes)) or "nichts")
        if self.db is not None:
            announce(self.db, changes, self.parent)
        if isinstance(result, Outcome) and self._hints:
            show_warnings(self.parent, result)
        for callback in self._on_success:
            callback(result)

    def _handle_error(self, exc: BaseException) -> None:
        self.error = exc
        if _is_stale(exc):
            log.info("%s: Bearbeitungskonflikt", self.name)
            self._tell(_stale_message(exc))
        elif isinstance(exc, PlannerError):
            log.info("%s: abgelehnt (%s)", self.name, type(exc).__name__)
            self._tell(exc.message)
        elif isinstance(exc, OSError):
            log.warning("%s: Datei- oder Netzwerkfehler %s", self.name,
                        describe_exception(exc))
            self._tell(QCoreApplication.translate(
                "operations", "Die Datei, der Ordner oder die Verbindung kann nicht verwendet "
                              "werden: %1").replace("%1", str(exc)))
        else:
            log.error("%s: unerwarteter Fehler", self.name,
                      exc_info=(type(exc), exc, exc.__traceback__))
            from ui.diagnostics import show_crash

            show_crash((type(exc), exc, exc.__traceback__), self.parent)
            if self._on_failure is not None:
                self._on_failure(QCoreApplication.translate(
                    "operations", "Unerwarteter Fehler; die Einzelheiten stehen im "
                                  "Fehlerfenster und im Protokoll."))

    def _tell(self, message: str) -> None:
        if self._on_failure is not None:
            self._on_failure(message)
        else:
            show_error(self.parent, message)
