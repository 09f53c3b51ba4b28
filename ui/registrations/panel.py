"""The registrations tab of an event: bookings, capacity, waiting list, cancellation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.queries.registrations import RegistrationOverview, registration_overview
from planner.storage.database import Database
from planner.usecases.outcome import Change
from planner.usecases.registration import cancel_registration, promote
from ui.operations import Op, watch_changes
from ui.registrations.add_dialog import AddRegistrationDialog
from ui.registrations.model import COL_BOOKING, COL_NAME, RegistrationTableModel

# Bookings of the event's sessions, by persons (names), and the sessions themselves.
CONCERNS = (Change.REGISTRATIONS, Change.PERSONS, Change.SESSIONS, Change.EVENTS,
            Change.ORGANISATIONS)


class RegistrationsPanel(QWidget):
    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.sessions_label = QLabel()
        self.sessions_label.setWordWrap(True)
        self.model = RegistrationTableModel(self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Anmeldungen"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Person anmelden …"))
        self.promote_button = QPushButton(self.tr("Nachrücken lassen"))
        self.cancel_button = QPushButton(self.tr("Stornieren …"))
        self.add_button.clicked.connect(self.add_registration)
        self.import_button = QPushButton(self.tr("Importieren …"))
        self.import_button.setToolTip(self.tr("Anmeldungen aus einer Excel- oder CSV-Datei"))
        self.import_button.clicked.connect(self.import_registrations)
        self.promote_button.clicked.connect(self.promote_selected)
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.view.selectionModel().selectionChanged.connect(self._sync_buttons)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.import_button, self.promote_button, self.cancel_button):
            buttons.addWidget(b)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.sessions_label)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.refresh()
        watch_changes(self, db, CONCERNS)

    def refresh(self) -> None:
        with self.db.reading() as orm:
            overview = registration_overview(orm, self.event_id)
        self.model.set_rows(overview.rows)
        self._show_summary(overview)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(COL_NAME, max(self.view.columnWidth(COL_NAME), 180))
        self.view.setColumnWidth(COL_BOOKING, min(self.view.columnWidth(COL_BOOKING), 260))
        self._sync_buttons()

    def _show_summary(self, o: RegistrationOverview) -> None:
        cap = str(o.capacity) if o.capacity is not None else self.tr("unbegrenzt")
        self.summary_label.setText(self.tr(
            "<b>Kapazität:</b> {0} · <b>angemeldet:</b> {1} · <b>Warteliste:</b> {2} · "
            "<b>storniert:</b> {3}").format(cap, o.registered, o.waiting, o.cancelled))
        parts = []
        for s in o.sessions:
            if s.cancelled:
                parts.append(self.tr("{0}: abgesagt").format(s.title))
                continue
            limit = f"/{s.capacity}" if s.capacity is not None else ""
            full = (" " + self.tr("(voll)")) if s.capacity is not None and s.booked >= s.capacity \
                else ""
            parts.append(f"{s.title}: {s.booked}{limit}{full}")
        self.sessions_label.setText(self.tr("Belegung je Termin: ") + " · ".join(parts))

    def selected_row(self):  # -> RegistrationRow | None
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_person(self, person_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).person_id == person_id:
                self.view.selectRow(row)
                return True
        return False

    def _sync_buttons(self, *_: object) -> None:
        row = self.selected_row()
        self.promote_button.setEnabled(row is not None and row.status == "waiting")
        self.cancel_button.setEnabled(row is not None and row.status != "cancelled")

    def add_registration(self) -> None:
        dialog = AddRegistrationDialog(self.db, self.event_id, self)
        dialog.exec()
        if dialog.registered_person_ids:
            self.refresh()
            self.select_person(dialog.registered_person_ids[-1])

    def import_registrations(self) -> None:
        from ui.imports.dialog import ImportDialog

        dialog = ImportDialog(self.db, self.event_id, self)
        dialog.choose_file()
        if dialog.info is None and not dialog.path_edit.text():
            return
        dialog.exec()

    def promote_selected(self) -> bool:
        row = self.selected_row()
        if row is None or row.status != "waiting":
            return False
        return Op(self, self.db, lambda orm: promote(orm, row.id)).run() is not None

    def cancel_selected(self, reason: str | None = None, by: str = "office") -> bool:
        """Cancel the selected booking; without `reason`, ask for it and for who wanted it
        (the participant's message depends on it)."""
        row = self.selected_row()
        if row is None or row.status == "cancelled":
            return False
        if reason is None:
            from ui.registrations.cancel_dialog import CancelRegistrationDialog

            dialog = CancelRegistrationDialog(row.name, self)
            if not dialog.exec():
                return False
            reason, by = dialog.reason, dialog.by
        given, who = reason, by
        return Op(self, self.db, lambda orm: cancel_registration(
            orm, row.id, given, by=who)).run() is not None
