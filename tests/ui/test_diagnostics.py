"""An unexpected error: logged with its traceback (without personal data), shown in the crash
dialog, and the app keeps running. Help → Über names versions, database and log folder."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl, qWarning
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from planner import __version__
from planner.diagnostics import flush_log, log_file, log_folder
from planner.storage.database import Database
from ui import diagnostics
from ui.operations import Op

SECRET_NAME, SECRET_MAIL = "Zofia Wałęsa-Testfall", "zofia.testfall@example.org"


def log_text() -> str:
    flush_log()
    return log_file().read_text(encoding="utf-8")


@pytest.fixture
def installed(qapp, monkeypatch: pytest.MonkeyPatch):
    """The app's diagnostics as `ui.app.main` installs them; the old hooks come back after."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    diagnostics.install(qapp)
    yield
    dialog = diagnostics.current_crash_dialog()
    if dialog is not None:
        dialog.close()
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(None)


def _save(widget: QWidget, name: str, output_dir: Path) -> None:
    widget.resize(widget.sizeHint().expandedTo(widget.size()))
    image = widget.grab()
    image.save(str(output_dir / name))


def failing_slot() -> None:
    raise RuntimeError(f"Kaputt bei {SECRET_NAME} <{SECRET_MAIL}>")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_shown_and_the_app_keeps_running(
        qtbot, installed, output_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    broken, working = QPushButton("kaputt"), QPushButton("geht")
    clicks: list[int] = []
    broken.clicked.connect(failing_slot)
    working.clicked.connect(lambda: clicks.append(1))
    layout = QVBoxLayout(window)
    layout.addWidget(broken)
    layout.addWidget(working)
    window.show()

    qtbot.mouseClick(broken, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: diagnostics.current_crash_dialog() is not None, timeout=5000)
    dialog = diagnostics.current_crash_dialog()
    assert dialog is not None and dialog.isVisible()

    # in the log: the traceback with the failing slot, but not the message (personal data)
    text = log_text()
    assert "Unerwarteter Fehler" in text and "Traceback (most recent call last)" in text
    assert "in failing_slot" in text and "builtins.RuntimeError" in text
    assert SECRET_NAME not in text and SECRET_MAIL not in text

    # on the screen: the whole error, the log's location, copy and open folder
    details = dialog.details.toPlainText()
    assert "RuntimeError" in details and SECRET_NAME in details and __version__ in details
    assert str(log_file()) in dialog.log_label.text()
    dialog.copy_button.click()
    assert "failing_slot" in QGuiApplication.clipboard().text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.folder_button.click()
    assert [Path(u.toLocalFile()) for u in opened] == [log_folder()]
    _save(dialog, "crash_dialog.png", output_dir)

    # the app keeps running: the window answers, a second error joins the same dialog
    qtbot.mouseClick(working, Qt.MouseButton.LeftButton)
    assert clicks == [1] and window.isVisible()
    qtbot.mouseClick(broken, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.errors) == 2, timeout=5000)
    assert diagnostics.current_crash_dialog() is dialog


@pytest.mark.qt_no_exception_capture
def test_errors_in_threads_and_qt_warnings_reach_the_log(qtbot, installed) -> None:
    def work() -> None:
        raise ValueError(SECRET_MAIL)

    worker = threading.Thread(target=work, name="Testarbeiter")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: diagnostics.current_crash_dialog() is not None, timeout=5000)
    qWarning("Qt-Warnung für das Protokoll")
    text = log_text()
    assert "Unerwarteter Fehler im Thread Testarbeiter" in text and "in work" in text
    assert "builtins.ValueError" in text and SECRET_MAIL not in text
    assert "Qt-Warnung für das Protokoll" in text


def test_an_operation_that_fails_unexpectedly_is_a_bug(qtbot, installed, db: Database) -> None:
    shown: list[str] = []

    def broken_use_case(orm: object) -> None:
        raise KeyError(SECRET_NAME)

    op = Op(None, db, broken_use_case).failure(shown.append)
    assert op.run() is None and not op.ok
    assert isinstance(op.error, KeyError)
    assert shown and "Fehlerfenster" in shown[0]  # buttons come back, the details are shown
    assert diagnostics.current_crash_dialog() is not None
    text = log_text()
    assert "broken_use_case: unerwarteter Fehler" in text and "builtins.KeyError" in text
    assert SECRET_NAME not in text


def test_about_names_versions_database_and_log_folder(qtbot, db: Database,
                                                      output_dir: Path) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    dialog = window.about()
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert __version__ in text and "PySide6" in text and "SQLite" in text
    assert db.display_name in text and str(log_folder()) in text
    dialog.copy_button.click()
    assert str(log_file()) in QGuiApplication.clipboard().text()
    _save(dialog, "about_dialog.png", output_dir)
