"""Slow work off the GUI thread, with a progress dialog and Cancel (cf. Anki's CollectionOp).

The worker never touches widgets: it gets a `Progress` object it can report to and that
tells it whether the user cancelled; results and errors come back through Qt signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Progress:
    """Handed to the worker function: report(done, total, text) -> False once cancelled."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> bool:
        self._emit(done, total, text)
        return not self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Worker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self.progress = Progress(self.progressed.emit)

    def run(self) -> None:  # runs in the worker thread
        try:
            result = self._fn(self.progress)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class BackgroundOp(QObject):
    """Run `fn(progress)` in a thread; show a modal progress dialog with Cancel.

    Usage:
        op = BackgroundOp(parent, "Bescheinigungen werden erstellt …", fn)
        op.finished_ok.connect(on_result); op.finished_error.connect(on_error); op.start()
    `fn` must open its own database transaction (SQLite connections are per thread).
    """

    finished_ok = Signal(object)
    finished_error = Signal(object)

    def __init__(self, parent: QWidget | None, label: str,
                 fn: Callable[[Progress], Any], *, show_dialog: bool = True) -> None:
        super().__init__(parent)
        self._worker = _Worker(fn, self)
        self._dialog: QProgressDialog | None = None
        if show_dialog:
            dialog = QProgressDialog(label, self.tr("Abbrechen"), 0, 0, parent)
            dialog.setWindowTitle(self.tr("Bitte warten"))
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self._worker.progress.cancel)
            self._dialog = dialog
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_success)
        self._worker.failed.connect(self._on_failure)

    @property
    def progress(self) -> Progress:
        return self._worker.progress

    def start(self) -> None:
        if self._dialog is not None:
            self._dialog.show()
        self._worker.start()

    def wait(self, msecs: int = 60_000) -> bool:
        """For tests: block until the worker thread ends."""
        return self._worker.wait(msecs)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total else 0)
        if text:
            self._dialog.setLabelText(text)

    def _close(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.close()
        self._worker.wait()

    def _on_success(self, result: object) -> None:
        self._close()
        self.finished_ok.emit(result)

    def _on_failure(self, exc: object) -> None:
        self._close()
        self.finished_error.emit(exc)
