"""Reminders above the municipalities list: agreements ending soon, cities gone quiet."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.settings import AGREEMENT_REMINDER_WEEKS
from planner.storage.database import Database
from planner.usecases.outcome import Change
from ui.operations import Op, watch_changes
from ui.widgets import buddy_label

# Long lists are cut: the municipality records and the CLI show everything.
MAX_LINKS = 6
# Agreements and their end dates, the lead time, and activity (sessions, registrations).
CONCERNS = (Change.AGREEMENTS, Change.SETTINGS, Change.ORGANISATIONS, Change.SESSIONS,
            Change.REGISTRATIONS, Change.EVENTS)


class RemindersPanel(QFrame):
    """Links open the municipality's record; the lead time (weeks) is a shared setting."""

    open_municipality = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("reminders")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#reminders { background: #fff8e1; border: 1px solid #e0c060; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        head = QHBoxLayout()
        self.title = QLabel()
        head.addWidget(self.title, 1)
        self.weeks = QSpinBox()
        head.addWidget(buddy_label(self.tr("Vorlauf:"), self.weeks))
        self.weeks.setRange(0, 104)
        self.weeks.setSuffix(self.tr(" Wochen"))
        self.weeks.editingFinished.connect(self._save_weeks)
        head.addWidget(self.weeks)
        layout.addLayout(head)
        self.ending = QLabel()
        self.inactive = QLabel()
        for label in (self.ending, self.inactive):
            label.setWordWrap(True)
            label.linkActivated.connect(lambda link: self.open_municipality.emit(int(link)))
            layout.addWidget(label)
        self.reload()
        watch_changes(self, db, CONCERNS, self.reload)

    def reload(self) -> None:
        from planner.reports.agreements import (
            agreements_ending,
            inactive_municipalities,
            reminder_weeks,
        )

        with self.db.reading() as orm:
            weeks = reminder_weeks(orm)
            ending = agreements_ending(orm, weeks)
            inactive = inactive_municipalities(orm)
        self.weeks.blockSignals(True)
        self.weeks.setValue(weeks)
        self.weeks.blockSignals(False)
        self.title.setText("<b>" + self.tr("Erinnerungen") + "</b>")
        if ending:
            links = ", ".join(
                f'<a href="{a.municipality_id}">{a.municipality}</a> '
                f"({a.end_date:%d.%m.%Y})" for a in ending[:MAX_LINKS])
            more = (self.tr(" und %1 weitere").replace("%1", str(len(ending) - MAX_LINKS))
                    if len(ending) > MAX_LINKS else "")
            self.ending.setText(
                self.tr("Kooperationsvereinbarungen enden bald: %1").replace("%1", links) + more)
        else:
            self.ending.setText(self.tr("Keine Kooperationsvereinbarung endet in diesem "
                                        "Zeitraum."))
        if inactive:
            links = ", ".join(f'<a href="{m.municipality_id}">{m.name}</a>'
                              for m in inactive[:MAX_LINKS])
            more = (self.tr(" und %1 weitere").replace("%1", str(len(inactive) - MAX_LINKS))
                    if len(inactive) > MAX_LINKS else "")
            self.inactive.setText(
                self.tr("Ohne Aktivität im letzten Jahr: %1").replace("%1", links) + more)
        else:
            self.inactive.setText(self.tr("Alle Kommunen waren im letzten Jahr aktiv."))

    def _save_weeks(self) -> None:
        from planner.usecases.masterdata import update_settings

        value = self.weeks.value()
        Op(self, self.db, lambda orm: update_settings(
            orm, {AGREEMENT_REMINDER_WEEKS.key: value})).quiet().run()
