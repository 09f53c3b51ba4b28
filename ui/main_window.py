"""The main window: navigation between the pages, menus and shortcuts, status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from planner import APP_NAME
from planner.queries.choices import database_counts
from planner.storage.database import Database
from planner.usecases.outcome import Change
from ui.gdpr import open_gdpr_dialog
from ui.operations import announce, watch_changes
from ui.preferences import MAIN_GEOMETRY, MAIN_SPLITTER
from ui.resources import icon_path
from ui.screen_fit import resize_within_screen
from ui.widgets import plural

log = logging.getLogger(__name__)

PAGES = ("plan", "events", "people", "municipalities", "venues", "exports", "reports",
         "outbox", "settings")


class MainWindow(QMainWindow):
    open_database_requested = Signal(str)
    # Another interface language, now: ui.app rebuilds the window on the same database.
    language_switch_requested = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(f"{APP_NAME} – {db.path.name if db.path else db.display_name}")
        self.setWindowIcon(QIcon(str(icon_path())))
        resize_within_screen(self, 1280, 820)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(260)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {
            "plan": self._make_plan, "events": self._make_events, "people": self._make_people,
            "municipalities": self._make_municipalities, "venues": self._make_venues,
            "exports": self._make_exports, "reports": self._make_reports,
            "outbox": self._make_outbox, "settings": self._make_settings,
        }
        titles = {
            "plan": self.tr("Plan"), "events": self.tr("Veranstaltungen"),
            "people": self.tr("Personen"), "municipalities": self.tr("Kommunen"),
            "venues": self.tr("Orte"), "exports": self.tr("Berichte/Exporte"),
            "reports": self.tr("Statistik"), "outbox": self.tr("Postausgang"),
            "settings": self.tr("Einstellungen"),
        }
        self.titles = titles
        for key in PAGES:
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(140, 34))
            self.nav.addItem(item)
            placeholder = QWidget()
            self.stack.addWidget(placeholder)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1110])
        self.setCentralWidget(self.splitter)
        self.nav.currentRowChanged.connect(self._show_row)
        self._build_menus()
        self.path_label = QLabel()
        self.counts_label = QLabel()
        self.reminder_button = QPushButton()
        self.reminder_button.setObjectName("reminderButton")
        self.reminder_button.setFlat(True)
        self.reminder_button.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.reminder_button.setToolTip(self.tr("Erinnerungen in den Postausgang legen"))
        self.reminder_button.clicked.connect(self.create_reminders)
        self.reminder_button.hide()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.reminder_button)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.nav.setCurrentRow(0)
        self.update_status()
        # the counts in the status bar
        watch_changes(self, db, (Change.EVENTS, Change.SESSIONS, Change.PERSONS,
                                 Change.ORGANISATIONS), self.update_status)
        self.update_outbox_count()
        watch_changes(self, db, (Change.OUTBOX, Change.REGISTRATIONS, Change.SESSIONS,
                                 Change.PERSONS), self.update_outbox_count)
        self.restore_state()

    # -- pages (created on first visit, so start-up stays fast) -------------------------
    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            widget = self._factories[key]()
            widget.setObjectName(f"page_{key}")
            index = PAGES.index(key)
            old = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.pages[key] = widget
        return self.pages[key]

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(PAGES.index(key))
        return self.page(key)

    def current_key(self) -> str:
        return PAGES[max(self.nav.currentRow(), 0)]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        widget = self.page(PAGES[row])
        self.stack.setCurrentWidget(widget)

    def _make_plan(self) -> QWidget:
        from ui.plan.page import PlanPage

        return PlanPage(self.db)

    def _make_events(self) -> QWidget:
        from ui.pages.events import EventsPage

        return EventsPage(self.db)

    def _make_people(self) -> QWidget:
        from ui.pages.people import PeoplePage

        return PeoplePage(self.db)

    def _make_municipalities(self) -> QWidget:
        from ui.pages.masterdata import MunicipalitiesPage

        return MunicipalitiesPage(self.db)

    def _make_venues(self) -> QWidget:
        from ui.pages.masterdata import VenuesPage

        return VenuesPage(self.db)

    def _make_exports(self) -> QWidget:
        from ui.exports.page import ExportsPage

        return ExportsPage(self.db, self)

    def _make_reports(self) -> QWidget:
        from ui.reports.page import ReportsPage

        return ReportsPage(self.db, self)

    def _make_outbox(self) -> QWidget:
        from ui.outbox.page import OutboxPage

        return OutboxPage(self.db)

    def _make_settings(self) -> QWidget:
        from ui.pages.settings import SettingsPage

        page = SettingsPage(self.db)
        page.open_database_requested.connect(self.open_database_requested)
        page.language_switch_requested.connect(self.language_switch_requested)
        return page

    # -- menus -------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str |
                QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Datei"))
        self.new_action = self._action(self.tr("&Neu…"), self.new_item, "Ctrl+N")
        file_menu.addAction(self.new_action)
        file_menu.addAction(self._action(self.tr("Andere Datenbank öffnen…"),
                                         self._open_other_database))
        self.export_action = self._action(self.tr("&Exportieren…"),
                                          lambda: self.show_page("exports"), "Ctrl+E")
        file_menu.addAction(self.export_action)
        self.gdpr_action = self._action(self.tr("&Datenschutz…"),
                                        lambda: open_gdpr_dialog(self.db, self))
        file_menu.addAction(self.gdpr_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Beenden"), self.close, "Ctrl+Q"))
        edit_menu = bar.addMenu(self.tr("&Bearbeiten"))
        self.undo_action = self._action(self.tr("&Rückgängig: Termin verschieben"), self.undo,
                                        "Ctrl+Z")
        edit_menu.addAction(self.undo_action)
        self.search_action = self._action(self.tr("&Suchen"), self.focus_search, "Ctrl+F")
        edit_menu.addAction(self.search_action)
        view_menu = bar.addMenu(self.tr("&Ansicht"))
        self.refresh_action = self._action(self.tr("&Aktualisieren"), self.refresh, "F5")
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        for i, key in enumerate(PAGES):
            text = self.nav.item(i).text()
            view_menu.addAction(self._action(text, lambda k=key: self.show_page(k),
                                             f"Ctrl+{i + 1}"))
        help_menu = bar.addMenu(self.tr("&Hilfe"))
        help_menu.addAction(self._action(self.tr("Ü&ber Transferplaner"), self.about))

    # -- commands ----------------------------------------------------------------------
    def new_item(self) -> None:
        key = self.current_key()
        page = self.page(key)
        if key == "plan":
            page = self.show_page("events")
        creator = getattr(page, "new_item", None)
        if creator is not None:
            creator()

    def focus_search(self) -> None:
        page = self.page(self.current_key())
        if not hasattr(page, "focus_search"):
            page = self.show_page("people")
        page.focus_search()  # type: ignore[attr-defined]

    def refresh(self) -> None:
        """F5: show what other workstations changed. Every view refreshes (hidden ones when
        shown next); the settings page, a form, is read again."""
        announce(self.db, Change)
        settings = self.pages.get("settings")
        if settings is not None:
            settings.reload()  # type: ignore[attr-defined]

    def undo(self) -> bool:
        plan = self.pages.get("plan")
        if plan is None or not getattr(plan, "can_undo", False):
            self.statusBar().showMessage(self.tr("Nichts rückgängig zu machen."), 4000)
            return False
        done = bool(plan.undo_last_move())  # type: ignore[attr-defined]
        if done:
            self.statusBar().showMessage(self.tr("Verschiebung rückgängig gemacht."), 4000)
        return done

    def about(self) -> QDialog:
        from ui.about import AboutDialog

        dialog = AboutDialog(self.db.display_name, self)
        dialog.open()
        return dialog

    def about_text(self) -> str:
        from ui.about import AboutDialog

        dialog = AboutDialog(self.db.display_name, self)
        text = dialog.text.text()
        dialog.deleteLater()
        return text

    def _open_other_database(self) -> None:
        settings = self.show_page("settings")
        settings._choose_database()  # type: ignore[attr-defined]

    def update_status(self) -> None:
        with self.db.reading_rows() as rows:
            counts = database_counts(rows)
        self.path_label.setText(self.tr("Datenbank: %1").replace(
            "%1", self.db.display_name))
        self.counts_label.setText(" · ".join((
            plural(counts["events"], self.tr("1 Veranstaltung"), self.tr("%1 Veranstaltungen")),
            plural(counts["sessions"], self.tr("1 Termin"), self.tr("%1 Termine")),
            plural(counts["persons"], self.tr("1 Person"), self.tr("%1 Personen")),
            plural(counts["municipalities"], self.tr("1 Kommune"), self.tr("%1 Kommunen")))))

    # -- the Postausgang: waiting messages, reminders due --------------------------------
    def update_outbox_count(self) -> None:
        """The navigation shows how many messages wait (plain SQL: no SQLAlchemy needed)."""
        from planner.notify.counts import waiting_count

        with self.db.reading_rows() as rows:
            count = waiting_count(rows)
        title = self.titles["outbox"]
        item = self.nav.item(PAGES.index("outbox"))
        item.setText(f"{title} ({count})" if count else title)

    def check_reminders(self) -> int:
        """At start-up: "3 Erinnerungen fällig" in the status bar, created with one click."""
        from planner.notify.reminders import due_reminders

        with self.db.reading() as orm:
            due = len(due_reminders(orm))
        self.reminder_button.setText(plural(due, self.tr("1 Erinnerung fällig"),
                                                 self.tr("%1 Erinnerungen fällig")))
        self.reminder_button.setAccessibleName(self.reminder_button.text())
        self.reminder_button.setVisible(due > 0)
        if due:
            self.statusBar().showMessage(
                plural(due, self.tr("1 Erinnerung fällig – ein Klick legt sie in den "
                                    "Postausgang."),
                       self.tr("%1 Erinnerungen fällig – ein Klick legt sie in den "
                               "Postausgang.")), 15000)
        return due

    def create_reminders(self) -> bool:
        from planner.notify.reminders import create_reminders
        from ui.operations import Op

        op = Op(self, self.db, lambda orm: create_reminders(orm))
        op.success(lambda _outcome: (self.reminder_button.hide(), self.show_page("outbox")))
        op.run()
        return op.ok

    # -- remembered geometry -----------------------------------------------------------
    def restore_state(self) -> None:
        geometry = MAIN_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = MAIN_SPLITTER.get()
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        MAIN_GEOMETRY.set(self.saveGeometry())
        MAIN_SPLITTER.set(self.splitter.saveState())
        for page in self.pages.values():
            saver = getattr(page, "save_state", None)
            if saver is not None:
                saver()

    def closeEvent(self, event: QCloseEvent) -> None:
        log.info("Hauptfenster geschlossen")
        self.save_state()
        super().closeEvent(event)
