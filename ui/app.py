"""Start the desktop app: `transferplaner [--demo | --db PATH] [--lang de|en]`.

`--self-test` opens the main window, renders it to a PNG in a temporary folder, checks the
picture is not blank and exits (used by the packaging build); `--screenshot FILE` does the
same and keeps the picture.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner import APP_ID, APP_NAME, __version__
from planner.errors import DatabaseError, PlannerError
from planner.storage.database import Database, default_db_path
from ui.preferences import LANGUAGE, LAST_DATABASE
from ui.resources import icon_path, translation_path

log = logging.getLogger(__name__)

DEMO_SEED = 2027


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="transferplaner", description=APP_NAME)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--demo", action="store_true",
                        help="eine neue Datenbank mit Demodaten öffnen")
    source.add_argument("--db", metavar="PATH", help="diese Datenbankdatei öffnen")
    source.add_argument("--db-url", metavar="URL",
                        help="gemeinsamen Datenbankserver verwenden (postgresql+psycopg://…)")
    parser.add_argument("--lang", choices=("de", "en"), help="Sprache (Standard: Deutsch)")
    parser.add_argument("--demo-years", type=int, default=2, help=argparse.SUPPRESS)
    parser.add_argument("--self-test", action="store_true",
                        help="Fenster öffnen, als Bild prüfen und beenden")
    parser.add_argument("--screenshot", metavar="PNG", help="Fenster als Bild speichern")
    parser.add_argument("--page", default="plan", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else APP_ID])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(icon_path())))
    return app


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """German is built in; English loads our .qm. Qt's own dialog texts follow suit.
    Translators installed by an earlier call are removed first (language switch at run time)."""
    for earlier in _installed_translators:
        app.removeTranslator(earlier)
    _installed_translators.clear()
    translators: list[QTranslator] = []
    if language == "de":
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        translators.append(qt)
    if language != "de":
        ours = QTranslator(app)
        if ours.load(str(translation_path(language))):
            app.installTranslator(ours)
            translators.append(ours)
    _installed_translators.extend(translators)  # keeps them alive, too
    return translators


_installed_translators: list[QTranslator] = []


def demo_path() -> Path:
    """A fresh file for demo data: in the user data folder, else in the temp folder."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    for folder in (default_db_path().parent / "demo", Path(tempfile.gettempdir()) / APP_ID):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            probe = folder / f".probe-{stamp}"
            probe.touch()
            probe.unlink()
        except OSError:
            continue
        return folder / f"demo-{stamp}.sqlite"
    raise DatabaseError("Kein beschreibbarer Ordner für die Demodatenbank gefunden.")


def open_database(path: Path | str, parent: QWidget | None, interactive: bool) -> Database | None:
    try:
        db = Database.open(path)
    except PlannerError as exc:
        if interactive and Path(path).is_file():
            from ui.startup_checks import offer_restore

            if offer_restore(Path(path), exc.message, parent):
                return open_database(path, parent, interactive)
            from ui.startup_checks import open_damaged_read_only

            return open_damaged_read_only(Path(path), parent)
        report_error(parent, exc.message, interactive)
    except Exception as exc:  # noqa: BLE001 - unexpected: still tell the user in German
        log.error("Datenbank lässt sich nicht öffnen", exc_info=True)
        report_error(parent, QCoreApplication.translate(
            "app", "Die Datenbank „%1“ kann nicht geöffnet werden: %2")
            .replace("%1", str(path)).replace("%2", str(exc)), interactive)
    else:
        if interactive:
            from ui.startup_checks import (
                DAMAGED,
                RESTORED,
                check_opened_database,
                open_damaged_read_only,
            )

            state = check_opened_database(db, parent)
            if state == RESTORED:
                db.close()
                return open_database(path, parent, interactive)
            if state == DAMAGED:
                db.close()
                return open_damaged_read_only(Path(path), parent)
        return db
    return None


def report_error(parent: QWidget | None, message: str, interactive: bool) -> None:
    if interactive:
        QMessageBox.critical(parent, QCoreApplication.translate("app", "Datenbankfehler"), message)
    else:
        print(f"Fehler: {message}", file=sys.stderr)


def fill_demo(db: Database, years: int, parent: QWidget | None, show_dialog: bool) -> bool:
    """Generate demo data off the GUI thread with a progress dialog; True on success."""
    from planner.demo import generate_demo
    from ui.operations import Op
    from ui.tasks import Progress

    label = QCoreApplication.translate("app", "Demodaten werden erzeugt …")

    def work(orm: Any, progress: Progress) -> object:
        progress.report(0, 0, label)
        return generate_demo(orm, years=years, seed=DEMO_SEED)

    loop = QEventLoop()
    ended: list[bool] = []

    def end() -> None:
        ended.append(True)
        loop.quit()

    def failed(message: str) -> None:
        report_error(parent, QCoreApplication.translate(
            "app", "Die Demodaten konnten nicht erzeugt werden: %1")
            .replace("%1", message), show_dialog)
        end()

    op = Op(parent, db, work).success(lambda _stats: end()).failure(failed)
    op.run_in_background(label, show_dialog=show_dialog)
    if not ended:
        loop.exec()
    return op.ok


def distinct_colours(image: QImage, step: int = 3) -> int:
    """Distinct colours among every `step`-th pixel of every `step`-th row."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = memoryview(image.constBits()).cast("I")  # one 32-bit word per pixel
    per_line = image.bytesPerLine() // 4
    return len({value for y in range(0, image.height(), step)
                for value in pixels[y * per_line:y * per_line + image.width():step]})


def render_window(window: QWidget, target: Path) -> int:
    """Render the window to `target` (PNG); returns the number of distinct colours."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):
        app.processEvents()
    pixmap = window.grab()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(target), "PNG"):
        return 0
    return distinct_colours(pixmap.toImage())


class AppController:
    """Holds the open database and its main window; switches to another database."""

    def __init__(self, app: QApplication, interactive: bool) -> None:
        self.app = app
        self.interactive = interactive
        self.db: Database | None = None
        self.window: Any = None

    def show(self, db: Database, page: str = "plan") -> Any:
        from ui.main_window import MainWindow
        from ui.workstation import apply_workstation_office

        # this workstation's office: recorded with every change, the plan's default filter
        apply_workstation_office()
        old_window, old_db = self.window, self.db
        self.db = db
        self.window = MainWindow(db)
        self.window.open_database_requested.connect(self.switch_database)
        self.window.language_switch_requested.connect(self.switch_language)
        if old_window is not None:
            self.window.restoreGeometry(old_window.saveGeometry())
        if page != "plan":
            self.window.show_page(page)
        if db.read_only:
            suffix = QCoreApplication.translate("app", "schreibgeschützt (beschädigt)")
            self.window.setWindowTitle(f"{self.window.windowTitle()} – {suffix}")
        self.window.show()
        if self.interactive:
            # SQLAlchemy and the models load while the user looks at the plan (the plan
            # itself is painted without them), so the first edit does not wait for them.
            threading.Thread(target=db.prepare_orm, name="prepare-orm", daemon=True).start()
            # "3 Erinnerungen fällig": asked once the window is up (it needs the models).
            QTimer.singleShot(1500, self.window, self.window.check_reminders)
        if self.interactive and not db.read_only:
            from ui.startup_checks import AutoBackup

            previous = getattr(self, "auto_backup", None)
            if previous is not None and old_db is db:
                previous.status = self.window  # same database: keep its backup schedule
            else:
                if previous is not None and old_db is not None:
                    previous.on_exit()
                self.auto_backup: Any = AutoBackup(db, self.window)
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_db is not None and old_db is not db:
            old_db.close()
        return self.window

    def switch_language(self, language: str) -> None:
        """Another interface language without a restart: new translators, and the main
        window built anew on the same database, showing the settings page again."""
        if self.db is None:
            return
        log.info("Sprache gewechselt, Hauptfenster wird neu aufgebaut")
        old_settings = self.window.pages.get("settings") if self.window is not None else None
        tab = old_settings.tabs.currentIndex() if old_settings is not None else 0
        install_translators(self.app, language)
        self.show(self.db, "settings").pages["settings"].tabs.setCurrentIndex(tab)

    def switch_database(self, path: str) -> None:
        log.info("Andere Datenbank wird geöffnet")
        db = open_database(path, self.window, self.interactive)
        if db is not None:
            if db.is_sqlite:
                LAST_DATABASE.set(str(Path(path).absolute()))
            self.show(db)


def choose_database(args: argparse.Namespace, interactive: bool) -> tuple[Database | None, bool]:
    """Open the database the options ask for; returns (db, fill_with_demo)."""
    if args.demo:
        from planner.demo.cache import copy_kept_demo
        from planner.storage.checks import create_private_file

        path = demo_path()
        create_private_file(path)
        # Today's demo database, if an earlier start built it: a copy opens at once.
        kept = copy_kept_demo(path, max(1, args.demo_years), DEMO_SEED)
        return open_database(path, None, interactive), not kept
    if args.db:
        return open_database(Path(args.db), None, interactive), False
    from planner.storage.database import DB_URL_ENV_VAR
    from ui.pages.server_settings import saved_server_url

    server_url = args.db_url or os.environ.get(DB_URL_ENV_VAR) or saved_server_url()
    if server_url:
        return open_database(server_url, None, interactive), False
    last = LAST_DATABASE.get()
    path = Path(last) if last and Path(last).exists() else default_db_path()
    if path.exists() or not interactive:
        return open_database(path, None, interactive), False
    from ui.welcome import WelcomeDialog

    dialog = WelcomeDialog(str(path))
    if not dialog.exec():
        return None, False
    return open_database(path, None, interactive), dialog.choice == WelcomeDialog.DEMO


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    batch = bool(args.self_test or args.screenshot)
    if batch and sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless build machines
    app = ensure_application()
    from ui.diagnostics import install

    install(app)
    language = args.lang or LANGUAGE.get()
    install_translators(app, language)
    interactive = not batch
    db, with_demo = choose_database(args, interactive)
    if db is None:
        return 2
    if with_demo:
        if fill_demo(db, max(1, args.demo_years), None, interactive):
            if db.path is not None:
                from planner.demo.cache import keep_demo

                keep_demo(db.path, max(1, args.demo_years), DEMO_SEED)  # for the next start
        elif batch:
            db.close()
            return 3
    controller = AppController(app, interactive)
    window = controller.show(db, args.page)
    if batch:
        target = (Path(args.screenshot) if args.screenshot
                  else Path(tempfile.mkdtemp(prefix="transferplaner-selftest-")) / "window.png")
        colours = render_window(window, target)
        ok = target.exists() and colours >= 20
        print(f"{'OK' if ok else 'FEHLER'}: {target} ({colours} Farben)")
        window.close()
        db.close()
        return 0 if ok else 1
    code = app.exec()
    if getattr(controller, "auto_backup", None) is not None:
        controller.auto_backup.on_exit()
    if controller.db is not None:
        controller.db.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
