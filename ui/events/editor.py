"""The event editor: one dialog, shaped by the event's format.

Series: six modules (another count only with an explicit tick); network tour: 3–5 meetings
with host city and excursion; conference: one or two days with an agenda; coaching: 2–5
municipalities, an external expert, 3–5 workshops; analysis: one municipality, pre-talks and
the analysis workshop, dossier and cooperation agreement. Saving goes through planner use
cases in one transaction; conflicts, holidays and weekends are reported by ui.operations.Op.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from planner.checks import COACHING_MUNICIPALITIES, SERIES_MODULES
from planner.models import Event, Session
from planner.models.enums import EventFormat, SessionKind
from planner.queries.event_forms import EventForm, form_choices, load_event_form
from planner.rules.series_dates import first_free_day
from planner.storage.database import Database
from planner.usecases.event_details import (
    EventHeader,
    SessionEdit,
    save_agreement,
    save_dossier,
    save_event_edit,
)
from planner.usecases.outcome import Change, Outcome
from planner.usecases.planning import EventPlan, create_event
from ui.events.analysis import AgreementForm, DossierForm
from ui.events.rows import SessionGrid, SessionLine
from ui.events.series_tools import SeriesTools
from ui.models.labels import format_label
from ui.numbers import percent_suffix
from ui.operations import Op
from ui.pick_list import make_searchable
from ui.row_filter import RowFilter
from ui.screen_fit import resize_within_screen
from ui.widgets import CheckList, IdCombo, plural, text_area

# (minimum, maximum, default) of the session count per format
COUNTS = {
    EventFormat.TRAINING_SERIES: (1, 12, SERIES_MODULES),
    EventFormat.NETWORK_GROUP: (3, 5, 3),
    EventFormat.CONFERENCE: (1, 2, 1),
    EventFormat.COACHING: (3, 5, 3),
    EventFormat.ANALYSIS: (1, 3, 1),  # pre-talks; the analysis workshop comes on top
}
STEP = {
    EventFormat.TRAINING_SERIES: timedelta(weeks=1),
    EventFormat.NETWORK_GROUP: timedelta(weeks=8),
    EventFormat.CONFERENCE: timedelta(days=1),
    EventFormat.COACHING: timedelta(weeks=4),
    EventFormat.ANALYSIS: timedelta(weeks=2),
}
DAY_TIMES = (time(9, 30), time(16, 30))
PRE_TALK_TIMES = (time(10, 0), time(12, 0))


def _versions(orm: Any, event_id: int) -> tuple[int, dict[int, int]]:
    event = orm.get(Event, event_id)
    rows = orm.execute(select(Session.id, Session.version_id)
                       .where(Session.event_id == event_id))
    return event.version_id, {sid: version for sid, version in rows}


def _first_day() -> date:
    """A Tuesday about four weeks ahead that is no holiday and not between Christmas and
    New Year: a sensible default for a new plan."""
    return first_free_day(date.today() + timedelta(weeks=4), 1, None)


class EventEditorDialog(QDialog):
    def __init__(self, db: Database, event_id: int | None = None, fmt: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        # version_id of the event and its sessions when the form was loaded: a save finding
        # other versions asks "reload or overwrite?" instead of overwriting silently
        self._version: int | None = None
        self._session_versions: dict[int, int] | None = None
        form: EventForm | None = None
        with db.reading() as orm:
            self.choices = form_choices(orm)
            if event_id is not None:
                form = load_event_form(orm, event_id)
                self._version, self._session_versions = _versions(orm, event_id)
        self.format = EventFormat(form.format if form else (fmt or EventFormat.TRAINING_SERIES))
        label = format_label(self.format.value)
        self.setWindowTitle(self.tr("Veranstaltung bearbeiten") + f" – {label}" if form
                            else self.tr("Neue Veranstaltung") + f" – {label}")
        self._build()
        if form is not None:
            self._load(form)
        else:
            self._set_count(COUNTS[self.format][2])
        resize_within_screen(self, 1180, 820)

    # ---- building -------------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = QTabWidget()
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.addWidget(self._header_box())
        specific = self._specific_box()
        if specific is not None:
            main_layout.addWidget(specific)
        main_layout.addWidget(self._sessions_box(), 1)
        self.tabs.addTab(main, self.tr("Veranstaltung und Termine"))
        if self.format == EventFormat.ANALYSIS:
            self.dossier = DossierForm()
            self.agreement = AgreementForm()
            self.tabs.addTab(self.dossier, self.tr("Dossier"))
            self.tabs.addTab(self.agreement, self.tr("Kooperationsvereinbarung"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Speichern"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        if self.format == EventFormat.ANALYSIS and self.event_id is not None:
            from ui.municipality.dossier_export import export_dossier_dialog

            self.dossier_pdf_button = buttons.addButton(
                self.tr("Dossier als PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.dossier_pdf_button.setToolTip(self.tr("Exportiert den gespeicherten Stand."))
            self.dossier_pdf_button.clicked.connect(
                lambda: export_dossier_dialog(self, self.db, self.event_id or 0))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _header_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Allgemein"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Titel der Veranstaltung"))
        self.office_combo = IdCombo(self.choices.offices)
        self.topic_combo = IdCombo(self.choices.topics, empty=self.tr("– kein Thema –"))
        self.description_edit = text_area()
        self.description_edit.setFixedHeight(54)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 10000)
        self.capacity_spin.setSpecialValueText(self.tr("unbegrenzt"))
        self.unit_spin = QSpinBox()
        self.unit_spin.setRange(1, 600)
        self.unit_spin.setValue(45)
        self.unit_spin.setSuffix(" min")
        self.break_spin = QSpinBox()
        self.break_spin.setRange(0, 600)
        self.break_spin.setValue(60)
        self.break_spin.setSuffix(" min")
        self.threshold_spin = QDoubleSpinBox()
        self.threshold_spin.setRange(51, 100)
        self.threshold_spin.setDecimals(0)
        self.threshold_spin.setValue(80)
        self.threshold_spin.setSuffix(percent_suffix())
        self.funding_edit = QLineEdit()
        self.funding_edit.setPlaceholderText(self.tr("Standard aus den Einstellungen"))
        self.reminder_spin = QSpinBox()
        self.reminder_spin.setRange(-1, 60)
        self.reminder_spin.setValue(-1)
        self.reminder_spin.setSpecialValueText(self.tr("wie voreingestellt"))
        self.reminder_spin.setSuffix(self.tr(" Tage vorher"))
        self.reminder_spin.setToolTip(self.tr("Wann die Erinnerung an die Teilnehmenden vor "
                                              "jedem Termin fällig ist (0: keine)."))
        grid = QGridLayout(box)
        left = QFormLayout()
        left.addRow(self.tr("Titel"), self.title_edit)
        left.addRow(self.tr("Standort"), self.office_combo)
        left.addRow(self.tr("Thema"), self.topic_combo)
        left.addRow(self.tr("Beschreibung"), self.description_edit)
        right = QFormLayout()
        right.addRow(self.tr("Kapazität"), self.capacity_spin)
        right.addRow(self.tr("Unterrichtseinheit"), self.unit_spin)
        right.addRow(self.tr("Pause je Tag"), self.break_spin)
        right.addRow(self.tr("Schwelle Bescheinigung"), self.threshold_spin)
        right.addRow(self.tr("Förderhinweis"), self.funding_edit)
        right.addRow(self.tr("Erinnerung"), self.reminder_spin)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        return box

    def _specific_box(self) -> QGroupBox | None:
        self.municipality_list: CheckList | None = None
        self.municipality_combo: IdCombo | None = None
        self.expert_combo: IdCombo | None = None
        if self.format in (EventFormat.COACHING, EventFormat.NETWORK_GROUP):
            title = (self.tr("Coaching-Gruppe") if self.format == EventFormat.COACHING
                     else self.tr("Beteiligte Kommunen"))
            box = QGroupBox(title)
            layout = QHBoxLayout(box)
            self.municipality_list = CheckList(self.choices.municipalities)
            self.municipality_list.setMaximumHeight(96)
            self.municipality_list.itemChanged.connect(self._update_hints)
            self.municipality_filter = RowFilter(
                self.municipality_list,
                placeholder=self.tr("Filtern: Kommune eingeben …"))
            column = QVBoxLayout()
            column.addWidget(self.municipality_filter)
            column.addWidget(self.municipality_list)
            layout.addLayout(column, 2)
            side = QFormLayout()
            if self.format == EventFormat.COACHING:
                self.expert_combo = IdCombo(self.choices.trainers,
                                            empty=self.tr("– kein:e Expert:in –"))
                make_searchable(self.expert_combo)
                side.addRow(self.tr("Externe:r Expert:in"), self.expert_combo)
            self.municipality_hint = QLabel()
            self.municipality_hint.setWordWrap(True)
            side.addRow(self.municipality_hint)
            layout.addLayout(side, 1)
            return box
        if self.format == EventFormat.ANALYSIS:
            box = QGroupBox(self.tr("Kommune"))
            layout = QFormLayout(box)
            self.municipality_combo = IdCombo(self.choices.municipalities,
                                              empty=self.tr("– Kommune wählen –"))
            make_searchable(self.municipality_combo)
            layout.addRow(self.tr("Kommune"), self.municipality_combo)
            return box
        return None

    def _sessions_box(self) -> QGroupBox:
        count_labels = {
            EventFormat.TRAINING_SERIES: self.tr("Anzahl Module"),
            EventFormat.NETWORK_GROUP: self.tr("Anzahl Treffen"),
            EventFormat.CONFERENCE: self.tr("Anzahl Tagungstage"),
            EventFormat.COACHING: self.tr("Anzahl Workshops"),
            EventFormat.ANALYSIS: self.tr("Anzahl Vorgespräche"),
        }
        box = QGroupBox(self.tr("Termine"))
        layout = QVBoxLayout(box)
        top = QHBoxLayout()
        lo, hi, default = COUNTS[self.format]
        self.count_spin = QSpinBox()
        self.count_spin.setRange(lo, hi)
        self.count_spin.setValue(default)
        top.addWidget(QLabel(count_labels[self.format]))
        top.addWidget(self.count_spin)
        self.other_count_check = QCheckBox(self.tr("andere Modulanzahl"))
        if self.format == EventFormat.TRAINING_SERIES:
            top.addWidget(self.other_count_check)
            self.count_spin.setEnabled(False)
            self.other_count_check.toggled.connect(self._other_count_toggled)
        else:
            self.other_count_check.hide()
        if self.format == EventFormat.ANALYSIS:
            top.addWidget(QLabel(self.tr("+ Analyseworkshop")))
        self.count_hint = QLabel()
        self.count_hint.setStyleSheet("color: #a05a00;")
        top.addWidget(self.count_hint, 1)
        layout.addLayout(top)
        self.grid = SessionGrid(host_column=self.format == EventFormat.NETWORK_GROUP)
        self.tools = SeriesTools(self.grid, self.choices,
                                 rhythm=self.format == EventFormat.TRAINING_SERIES)
        layout.addWidget(self.tools)
        self.grid.tab_after = self.tools.apply_times  # the last tool before the rows
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.grid)
        holder_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes into the rows, not the frame
        layout.addWidget(scroll)
        layout.addWidget(self.tools.bottom)
        self.count_spin.valueChanged.connect(self._set_count)
        return box

    # ---- session lines --------------------------------------------------------------
    def _new_line(self, kind: str, day: date, times: tuple[time, time]) -> SessionLine:
        line = SessionLine(
            self.choices, kind, day, *times,
            host=self.format == EventFormat.NETWORK_GROUP,
            excursion=self.format == EventFormat.NETWORK_GROUP,
            agenda=self.format == EventFormat.CONFERENCE,
        )
        self.tools.attach(line)
        return line

    def _regular_lines(self) -> list[SessionLine]:
        """The rows the module count counts: a cancelled session is replaced by its
        replacement date, so it neither counts nor is removed by lowering the count."""
        lines = [ln for ln in self.grid.lines if not ln.cancelled]
        if self.format == EventFormat.ANALYSIS:
            return [ln for ln in lines if ln.kind == SessionKind.PRE_TALK]
        return lines

    def _set_count(self, count: int) -> None:
        kind = {
            EventFormat.TRAINING_SERIES: SessionKind.MODULE,
            EventFormat.NETWORK_GROUP: SessionKind.MEETING,
            EventFormat.CONFERENCE: SessionKind.CONFERENCE_DAY,
            EventFormat.COACHING: SessionKind.WORKSHOP,
            EventFormat.ANALYSIS: SessionKind.PRE_TALK,
        }[self.format]
        times = PRE_TALK_TIMES if self.format == EventFormat.ANALYSIS else DAY_TIMES
        step = STEP[self.format]
        lines = self._regular_lines()
        while len(lines) < count:
            if not lines:
                last = _first_day()
            elif self.format == EventFormat.TRAINING_SERIES:
                last = self.tools.next_date(lines[-1].plan().start.date(), lines[-1])
            else:
                last = lines[-1].plan().start.date() + step
            line = self._new_line(kind, last, times)
            if lines and self.format != EventFormat.ANALYSIS:
                prev = lines[-1]
                line.venue.set_current_id(prev.venue.current_id())
                line.trainers.set_checked_ids(prev.trainers.checked_ids())
                line.start.setTime(prev.start.time())
                line.end.setTime(prev.end.time())
            self.grid.insert(self.grid.lines.index(lines[-1]) + 1 if lines else 0, line)
            lines.append(line)
        while len(lines) > count:
            line = lines.pop()
            self.grid.remove(self.grid.lines.index(line))
        if self.format == EventFormat.ANALYSIS and not any(
                ln.kind == SessionKind.ANALYSIS_WORKSHOP for ln in self.grid.lines):
            day = lines[-1].plan().start.date() + step
            self.grid.append(self._new_line(SessionKind.ANALYSIS_WORKSHOP, day, DAY_TIMES))
        self._update_hints()
        self.tools.update_hints()

    def _other_count_toggled(self, on: bool) -> None:
        self.count_spin.setEnabled(on)
        if not on:
            self.count_spin.setValue(SERIES_MODULES)
        self._update_hints()

    def _update_hints(self, *_: Any) -> None:
        count = len(self._regular_lines())
        hint = ""
        if self.format == EventFormat.TRAINING_SERIES and count != SERIES_MODULES:
            hint = self.tr("Achtung: Eine Fortbildungsreihe hat {0} Module; geplant sind {1}."
                           ).format(SERIES_MODULES, count)
        self.count_hint.setText(hint)
        if self.municipality_list is not None and self.format == EventFormat.COACHING:
            n = len(self.municipality_list.checked_ids())
            lo, hi = COACHING_MUNICIPALITIES
            text = plural(n, self.tr("1 Kommune gewählt"), self.tr("%1 Kommunen gewählt"))
            if not lo <= n <= hi:
                text += " – " + self.tr("ein Coaching hat {0} bis {1} Kommunen").format(lo, hi)
            self.municipality_hint.setText(text)

    # ---- loading ----------------------------------------------------------------------
    def _load(self, form: EventForm) -> None:
        self.title_edit.setText(form.title)
        self.title_edit.setCursorPosition(0)
        self.office_combo.set_current_id(form.office_id)
        self.office_combo.setEnabled(False)
        self.topic_combo.set_current_id(form.topic_id)
        self.description_edit.setPlainText(form.description)
        self.capacity_spin.setValue(form.capacity or 0)
        self.unit_spin.setValue(form.unit_minutes)
        self.break_spin.setValue(form.break_minutes)
        self.threshold_spin.setValue(round(form.certificate_threshold * 100))
        self.funding_edit.setText(form.funding_note or "")
        if self.event_id is not None:
            with self.db.reading() as orm:
                days = orm.get(Event, self.event_id).reminder_days  # type: ignore[union-attr]
            self.reminder_spin.setValue(-1 if days is None else days)
        if self.municipality_list is not None:
            self.municipality_list.set_checked_ids(form.municipality_ids)
        if self.municipality_combo is not None and form.municipality_ids:
            self.municipality_combo.set_current_id(form.municipality_ids[0])
        if self.expert_combo is not None:
            self.expert_combo.set_current_id(form.expert_id)
        lines = []
        for row in form.sessions:
            line = self._new_line(row.kind, row.start.date(), (row.start.time(),
                                                               row.end.time()))
            line.load(row)
            lines.append(line)
        self.grid.set_lines(lines)
        regular = len(self._regular_lines())
        lo, hi, _ = COUNTS[self.format]
        self.count_spin.blockSignals(True)
        self.count_spin.setRange(min(lo, regular), max(hi, regular))
        self.count_spin.setValue(regular)
        self.count_spin.blockSignals(False)
        if self.format == EventFormat.TRAINING_SERIES and regular != SERIES_MODULES:
            self.other_count_check.setChecked(True)
        if self.format == EventFormat.ANALYSIS:
            self.dossier.load(form.dossier)
            self.agreement.load(form.agreement)
        self._update_hints()
        self.tools.update_hints()

    # ---- saving -----------------------------------------------------------------------
    def _municipality_ids(self) -> list[int]:
        if self.municipality_list is not None:
            return self.municipality_list.checked_ids()
        if self.municipality_combo is not None:
            mid = self.municipality_combo.current_id()
            return [mid] if mid is not None else []
        return []

    def _header(self) -> EventHeader:
        return EventHeader(
            title=self.title_edit.text(), topic_id=self.topic_combo.current_id(),
            description=self.description_edit.toPlainText(),
            capacity=self.capacity_spin.value() or None, unit_minutes=self.unit_spin.value(),
            break_minutes=self.break_spin.value(),
            certificate_threshold=self.threshold_spin.value() / 100,
            expert_id=self.expert_combo.current_id() if self.expert_combo else None,
            funding_note=self.funding_edit.text().strip() or None,
        )

    def _create(self, orm: Any, force: bool = False) -> Outcome[Any]:
        h = self._header()
        plan = EventPlan(
            format=self.format, title=h.title, office=self.office_combo.current_id() or 0,
            sessions=[line.plan() for line in self.grid.lines], topic_id=h.topic_id,
            description=h.description, capacity=h.capacity, unit_minutes=h.unit_minutes,
            break_minutes=h.break_minutes, certificate_threshold=h.certificate_threshold,
            municipality_ids=self._municipality_ids(), expert_id=h.expert_id,
            funding_note=h.funding_note,
            allow_module_count=self.other_count_check.isChecked(),
        )
        outcome = create_event(orm, plan, force=force)
        self._save_analysis(orm, outcome.value.id)
        self._save_reminder_days(orm, outcome.value.id)
        return outcome

    def _update(self, orm: Any, force: bool = False, *, check_versions: bool = True
                ) -> Outcome[Any]:
        assert self.event_id is not None
        edits = [SessionEdit(line.session_id, line.plan(), set_agenda=line.agenda is not None,
                             set_excursion=line.excursion is not None)
                 for line in self.grid.lines]
        ids = self._municipality_ids() if self.format in (
            EventFormat.COACHING, EventFormat.NETWORK_GROUP, EventFormat.ANALYSIS) else None
        outcome = save_event_edit(
            orm, self.event_id, self._header(), edits, municipality_ids=ids, force=force,
            expected_version=self._version if check_versions else None,
            expected_session_versions=self._session_versions if check_versions else None)
        self._save_analysis(orm, self.event_id)
        self._save_reminder_days(orm, self.event_id)
        return outcome

    def _save_reminder_days(self, orm: Any, event_id: int) -> None:
        from planner.notify.reminders import set_event_days

        days = self.reminder_spin.value()
        set_event_days(orm, event_id, None if days < 0 else days)

    def _save_analysis(self, orm: Any, event_id: int) -> None:
        if self.format != EventFormat.ANALYSIS:
            return
        if not self.dossier.is_empty() or self.event_id is not None:
            save_dossier(orm, event_id, self.dossier.plan())
        agreement = self.agreement.plan()
        if agreement is not None:
            save_agreement(orm, event_id, agreement)

    def reload(self) -> None:
        """Show the stored state again (after "changed by someone else" → Neu laden)."""
        if self.event_id is None:
            return
        with self.db.reading() as orm:
            form = load_event_form(orm, self.event_id)
            self._version, self._session_versions = _versions(orm, self.event_id)
        self._load(form)

    def save(self) -> bool:
        if self.event_id is None:
            op = Op(self, self.db, self._create)
        else:
            # A change made elsewhere meanwhile: "reload or overwrite?" (never silently).
            op = Op(self, self.db, self._update).on_stale(
                reload=self.reload,
                overwrite=lambda orm, force=False: self._update(orm, force,
                                                                check_versions=False))
        if self.format == EventFormat.ANALYSIS:
            op.changes(Change.AGREEMENTS)  # the agreement is saved with the analysis
        # every warning (double bookings, holidays, weekends, capacity) before saving;
        # "Anderen Termin wählen" keeps the editor open
        outcome = op.confirm_first().run()
        if outcome is None:
            return False
        self.event_id = outcome.value.id
        self.accept()
        return True

