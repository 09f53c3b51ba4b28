"""Events page: list with search and filters; new (per format), open, copy to new dates."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QWidget,
)

from planner.queries.choices import office_choices
from planner.queries.events import event_rows, event_years
from planner.storage.database import Database
from planner.usecases.planning import copy_event
from ui.events.copy_dialog import CopyEventDialog
from ui.models.base import LazyTableModel
from ui.models.labels import FORMAT_LABELS, format_label
from ui.models.masterdata import EventsModel
from ui.operations import Op, show_error
from ui.pages.table_page import TablePage
from ui.widgets import name_field


class EventsPage(TablePage):
    settings_key = "events"
    list_name = QT_TRANSLATE_NOOP("EventsPage", "Veranstaltungen")
    search_in_sql = True

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self.open_windows: list[QWidget] = []
        super().__init__(db, parent)
        self.new_button.setText(self.tr("Neu"))
        menu = QMenu(self.new_button)
        for code in FORMAT_LABELS:
            action = menu.addAction(format_label(code))
            action.triggered.connect(lambda _c=False, fmt=code: self.create_event(fmt))
        self.new_button.setMenu(menu)
        self.edit_button.setText(self.tr("Öffnen"))
        self.copy_button = QPushButton(self.tr("Kopieren…"))
        self.copy_button.clicked.connect(self.copy_current)
        self.top_bar.addWidget(self.copy_button)
        self.search.setToolTip(self.tr("Sucht in Titel, Kommunen, Orten, Referent:innen und "
                                       "Thema; alle Wörter müssen vorkommen."))
        self.delete_button = QPushButton(self.tr("Löschen…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.top_bar.addWidget(self.delete_button)

    def make_model(self) -> LazyTableModel:
        return EventsModel(self.db, self)

    def extra_filters(self, bar: QHBoxLayout) -> None:
        self.format_filter = QComboBox()
        self.format_filter.addItem(self.tr("Alle Formate"), None)
        for code in FORMAT_LABELS:
            self.format_filter.addItem(format_label(code), code)
        self.office_filter = QComboBox()
        self.office_filter.addItem(self.tr("Alle Standorte"), None)
        self.year_filter = QComboBox()
        self.year_filter.addItem(self.tr("Alle Jahre"), None)
        with self.db.reading() as orm:
            for office_id, _code, city in office_choices(orm):
                self.office_filter.addItem(city, office_id)
            for year in event_years(orm):
                self.year_filter.addItem(str(year), year)
        for combo, name in ((self.format_filter, self.tr("Format")),
                            (self.office_filter, self.tr("Standort")),
                            (self.year_filter, self.tr("Jahr"))):
            combo.currentIndexChanged.connect(lambda _i: self.apply_search())
            bar.addWidget(name_field(combo, name))

    def reload(self) -> None:
        model = self.model
        assert isinstance(model, EventsModel)
        if not hasattr(self, "year_filter"):
            model.reload()
            return
        model.set_filters(text=self.search.text(), fmt=self.format_filter.currentData(),
                          office_id=self.office_filter.currentData(),
                          year=self.year_filter.currentData())
        self.update_count()

    def set_default_widths(self) -> None:
        for column, width in enumerate((360, 150, 90, 90, 90, 70)):
            self.table.setColumnWidth(column, width)

    def new_item(self) -> None:
        self.create_event("training_series")

    def create_event(self, fmt: str) -> int | None:
        from ui.events.editor import EventEditorDialog

        dialog = EventEditorDialog(self.db, event_id=None, fmt=fmt, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        event_id = getattr(dialog, "event_id", None)
        self.select_id(event_id)
        return event_id

    def edit_item(self, object_id: int) -> None:
        from ui.events.window import EventWindow

        window = EventWindow(self.db, object_id, self.window())
        self.open_windows.append(window)
        window.show()

    def make_copy_dialog(self, event_id: int) -> CopyEventDialog:
        with self.db.reading() as orm:
            row = event_rows(orm, [event_id])[event_id]
        return CopyEventDialog(row.title, row.first_start.date() if row.first_start else None,
                               row.last_end.date() if row.last_end else None, self)

    def copy_current(self) -> int | None:
        event_id = self.current_id()
        if event_id is None:
            show_error(self, self.tr("Bitte zuerst eine Veranstaltung auswählen."))
            return None
        dialog = self.make_copy_dialog(event_id)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.copy_with(event_id, dialog.weeks.value(), dialog.title_edit.text())

    def copy_with(self, event_id: int, weeks: int, title: str) -> int | None:
        outcome = Op(self, self.db, lambda orm, force: copy_event(
            orm, event_id, weeks=weeks, title=title.strip() or None, force=force)).run()
        if outcome is None:
            return None
        self.select_id(outcome.value.id)
        return outcome.value.id

    def delete_current(self) -> bool:
        """Delete the selected event after a confirmation (refused once it has history)."""
        from PySide6.QtWidgets import QMessageBox

        from planner.usecases.event_removal import delete_event

        event_id = self.current_id()
        if event_id is None:
            show_error(self, self.tr("Bitte zuerst eine Veranstaltung auswählen."))
            return False
        with self.db.reading() as orm:
            title = event_rows(orm, [event_id])[event_id].title
        answer = QMessageBox.question(
            self, self.tr("Veranstaltung löschen"),
            self.tr("„%1“ mit allen Terminen und Anmeldungen löschen? Das kann nicht "
                    "rückgängig gemacht werden.").replace("%1", title))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return Op(self, self.db, lambda orm: delete_event(orm, event_id)).quiet().run() \
            is not None
