"""One event in its own window: overview and sessions, registrations, attendance, exports,
participant feedback."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.queries.event_forms import EventOverview, event_overview
from planner.storage.database import Database
from planner.usecases.outcome import Change
from planner.usecases.planning import cancel_session, restore_session
from ui.attendance.grid import AttendanceGridWidget
from ui.evaluation.event_tab import EventFeedbackTab
from ui.events.editor import EventEditorDialog
from ui.exports.page import ExportsPage
from ui.models.labels import format_label_from_de
from ui.numbers import ui_percent
from ui.operations import Op, watch_changes
from ui.registrations.panel import RegistrationsPanel
from ui.screen_fit import resize_within_screen
from ui.widgets import IdCombo, buddy_label

# What the overview and the window title show: the event, its sessions and municipalities.
CONCERNS = (Change.EVENTS, Change.SESSIONS, Change.ORGANISATIONS, Change.TOPICS,
            Change.OFFICES, Change.VENUES)


class OverviewTab(QWidget):
    edit_requested = Signal()

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.edit_button = QPushButton(self.tr("Veranstaltung bearbeiten …"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.session_combo = IdCombo([])
        self.cancel_button = QPushButton(self.tr("Termin absagen …"))
        self.restore_button = QPushButton(self.tr("Absage zurücknehmen"))
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.restore_button.clicked.connect(self.restore_selected)
        self.session_combo.currentIndexChanged.connect(self._sync)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addSpacing(24)
        row.addWidget(buddy_label(self.tr("Termin"), self.session_combo))
        row.addWidget(self.session_combo, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary, 1)
        self._overview: EventOverview | None = None
        self.refresh()
        watch_changes(self, db, CONCERNS)

    def refresh(self) -> None:
        with self.db.reading() as orm:
            o = event_overview(orm, self.event_id)
        self._overview = o
        cap = str(o.capacity) if o.capacity is not None else self.tr("unbegrenzt")
        facts = [
            (self.tr("Format"), format_label_from_de(o.format_label)),
            (self.tr("Standort"), o.office),
            (self.tr("Thema"), o.topic or "–"),
            (self.tr("Kommunen"), ", ".join(o.municipalities) or "–"),
            (self.tr("Kapazität"), cap),
            (self.tr("Schwelle Bescheinigung"), ui_percent(o.threshold)),
        ]
        rows = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>"
                       for k, v in facts)
        cancelled = escape(self.tr("abgesagt"))  # lupdate cannot read tr() inside f-strings
        sessions = "".join(
            f"<tr><td>{n}.</td><td>{'<s>' if s.cancelled else ''}{escape(s.label)}"
            f"{'</s> (' + cancelled + ')' if s.cancelled else ''}</td></tr>"
            for n, s in enumerate(o.sessions, 1))
        heading = escape(self.tr("Termine"))
        self.summary.setText(
            f"<h2>{escape(o.title)}</h2><table cellspacing='0' cellpadding='3'>{rows}</table>"
            f"<h3>{heading}</h3><table cellspacing='0' cellpadding='3'>{sessions}</table>")
        keep = self.session_combo.current_id()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for s in o.sessions:
            self.session_combo.addItem(s.label + (self.tr(" (abgesagt)") if s.cancelled
                                                  else ""), s.id)
        self.session_combo.blockSignals(False)
        if keep is not None:
            self.session_combo.set_current_id(keep)
        self._sync()

    def _cancelled(self, session_id: int | None) -> bool:
        if self._overview is None:
            return False
        return any(s.id == session_id and s.cancelled for s in self._overview.sessions)

    def _sync(self, *_: object) -> None:
        sid = self.session_combo.current_id()
        self.cancel_button.setEnabled(sid is not None and not self._cancelled(sid))
        self.restore_button.setEnabled(sid is not None and self._cancelled(sid))

    def cancel_selected(self, reason: str | None = None) -> bool:
        sid = self.session_combo.current_id()
        if sid is None:
            return False
        if reason is None:
            text, ok = QInputDialog.getText(self, self.tr("Termin absagen"),
                                            self.tr("Grund der Absage:"))
            if not ok:
                return False
            reason = text
        given = reason
        return Op(self, self.db, lambda orm: cancel_session(orm, sid, given)).run() is not None

    def restore_selected(self) -> bool:
        sid = self.session_combo.current_id()
        if sid is None:
            return False
        return Op(self, self.db, lambda orm, force: restore_session(
            orm, sid, force=force)).run() is not None


class EventWindow(QWidget):
    """Everything about one event; non-modal, its own top-level window. Each tab keeps
    itself fresh (ui.operations.watch_changes); the window keeps its title."""

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db = db
        self.event_id = event_id
        self.overview = OverviewTab(db, event_id)
        self.registrations = RegistrationsPanel(db, event_id)
        self.attendance = AttendanceGridWidget(db, event_id)
        self.exports = ExportsPage(db, event_id=event_id)
        self.feedback = EventFeedbackTab(db, event_id)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.overview, self.tr("Übersicht und Termine"))
        self.tabs.addTab(self.registrations, self.tr("Anmeldungen"))
        self.tabs.addTab(self.attendance, self.tr("Anwesenheit"))
        self.tabs.addTab(self.exports, self.tr("Exporte"))
        self.tabs.addTab(self.feedback, self.tr("Rückmeldungen"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.overview.edit_requested.connect(self.edit)
        self._set_title()
        watch_changes(self, db, CONCERNS, self._set_title)
        resize_within_screen(self, 1100, 720)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Entered feedback forms are saved or discarded before the window closes."""
        if self.feedback.entry.model.dirty:
            self.tabs.setCurrentWidget(self.feedback)
            if not self.feedback.entry.confirm_leave():
                event.ignore()
                return
        super().closeEvent(event)

    def _set_title(self) -> None:
        with self.db.reading() as orm:
            o = event_overview(orm, self.event_id)
        self.setWindowTitle(f"{o.title} – {format_label_from_de(o.format_label)}")

    def edit(self) -> bool:
        dialog = EventEditorDialog(self.db, self.event_id, parent=self)
        return bool(dialog.exec())
