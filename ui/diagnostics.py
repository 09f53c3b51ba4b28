"""When something goes wrong that nobody planned for: log it, tell the person, keep running.

`install()` (called by `ui.app.main`) sends the log to the rotating file of
planner.diagnostics, routes `sys.excepthook`, `threading.excepthook` and Qt's own messages
there, and shows the crash dialog for an unexpected error: an exception in a slot, in a
worker thread, or one that `ui.operations.Op` classifies as a bug. The app keeps running;
the dialog offers "Details kopieren" (for an e-mail to support) and "Protokollordner
öffnen". Its details are shown only on this screen; the log holds the traceback without
the messages (see planner.diagnostics).
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME, __version__
from planner.diagnostics import (
    ExcInfo,
    flush_log,
    install_excepthooks,
    log_file,
    log_folder,
    setup_logging,
)
from ui.open_location import open_location
from ui.widgets import text_area

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def versions() -> list[tuple[str, str]]:
    """The versions support asks for: the app, Python, Qt, the libraries, the system."""
    import PySide6
    from PySide6.QtCore import qVersion

    found = [(APP_NAME, __version__), ("Python", platform.python_version()),
             ("Qt", qVersion()), ("PySide6", PySide6.__version__)]
    for name, distribution in (("SQLAlchemy", "sqlalchemy"), ("Alembic", "alembic"),
                               ("ReportLab", "reportlab"), ("openpyxl", "openpyxl"),
                               ("icalendar", "icalendar")):
        try:
            from importlib.metadata import version

            found.append((name, version(distribution)))
        except Exception:  # noqa: BLE001 - a missing distribution only leaves a gap
            continue
    import sqlite3

    found.append(("SQLite", sqlite3.sqlite_version))
    found.append((QApplication.translate("diagnostics", "System"), platform.platform()))
    return found


class SupportDialog(QDialog):
    """A dialog whose details go to support: "… kopieren", "Protokollordner öffnen" and
    "Schließen" in `self.buttons`; subclasses give `details_text()` and lay out the rest.
    (Texts of these inherited methods name their context "SupportDialog" for lupdate.)"""

    def __init__(self, copy_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.copy_button = QPushButton(copy_text)
        self.copy_button.setObjectName("copyDetailsButton")
        self.folder_button = QPushButton(QApplication.translate("SupportDialog",
                                                                "Protokollordner öffnen"))
        self.folder_button.setObjectName("openLogFolderButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QApplication.translate("SupportDialog", "Schließen"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(lambda: open_log_folder(self))

    def details_text(self) -> str:
        raise NotImplementedError

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())


class CrashDialog(SupportDialog):
    """Tells the person that an unexpected error happened; offers the details for support.

    One dialog at a time: errors that follow while it is open are added to its details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QApplication.translate("CrashDialog", "Details kopieren"), parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unerwarteter Fehler"))
        self.setMinimumWidth(560)
        self.errors: list[str] = []
        intro = QLabel(self.tr(
            "<b>Im Programm ist ein unerwarteter Fehler aufgetreten.</b><br>Die letzte Aktion "
            "wurde nicht (vollständig) ausgeführt; was vorher gespeichert war, bleibt "
            "erhalten. Sie können weiterarbeiten.<br><br>Bitte schicken Sie die Details "
            "(„Details kopieren“, dann in eine E-Mail einfügen) und die Protokolldatei an "
            "den Support."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.log_label = QLabel(self.tr("Protokoll: %1").replace("%1", str(log_file())))
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)
        self.details = text_area()
        self.details.setObjectName("crashDetails")
        self.details.setAccessibleName(self.tr("Fehlerdetails"))
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(180)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.log_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)

    def add_error(self, exc_info: ExcInfo) -> None:
        text = "".join(traceback.format_exception(*exc_info)).rstrip()
        self.errors.append(f"{datetime.now():%d.%m.%Y %H:%M:%S}\n{text}")
        self.details.setPlainText(self.details_text())

    def details_text(self) -> str:
        footer = "\n".join(f"{name}: {value}" for name, value in versions())
        log_label = self.tr("Protokoll")  # lupdate cannot read tr() inside f-strings
        return "\n\n".join(self.errors) + f"\n\n{footer}\n{log_label}: {log_file()}"

    def done(self, result: int) -> None:
        global _dialog
        if _dialog is self:
            _dialog = None
        super().done(result)


_dialog: CrashDialog | None = None


def open_log_folder(parent: QWidget | None = None) -> bool:
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return open_location(parent, folder)


def show_crash(exc_info: ExcInfo, parent: QWidget | None = None) -> CrashDialog | None:
    """Show (or extend) the crash dialog; non-blocking, so the app keeps running."""
    global _dialog
    app = QApplication.instance()
    if app is None:
        return None
    if _dialog is None:
        if parent is None:
            parent = QApplication.activeWindow()
        _dialog = CrashDialog(parent)
    _dialog.add_error(exc_info)
    _dialog.show()
    _dialog.raise_()
    return _dialog


def current_crash_dialog() -> CrashDialog | None:
    return _dialog


class _Relay(QObject):
    """Brings errors of other threads to the GUI thread before a dialog is shown."""

    error = Signal(object)


_relay: _Relay | None = None


def _on_uncaught(exc_info: ExcInfo) -> None:
    if _relay is not None:
        _relay.error.emit(exc_info)  # queued into the GUI thread when raised elsewhere


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = _QT_LEVELS.get(kind, logging.WARNING)
    where = f" ({context.category})" if context.category and context.category != "default" \
        else ""
    qt_log.log(level, "%s%s", message, where)


def install(app: QApplication) -> Path:
    """Log to the file, catch every uncaught error and Qt's messages; returns the log file."""
    global _relay
    path = setup_logging()
    _relay = _Relay(app)
    _relay.error.connect(lambda exc_info: show_crash(exc_info),
                         Qt.ConnectionType.QueuedConnection)
    install_excepthooks(_on_uncaught)
    qInstallMessageHandler(_qt_message)
    from PySide6.QtCore import qVersion

    log.info("%s %s gestartet (Python %s, Qt %s, %s)", APP_NAME, __version__,
             platform.python_version(), qVersion(), sys.platform)
    flush_log()
    return path
