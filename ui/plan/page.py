"""The plan page: month/week/agenda views, navigation, filters, opening and moving sessions."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.holiday_cache import prepare
from planner.queries.choices import (
    nearest_session_start,
    office_choices,
    topic_choices,
    trainer_choices,
)
from planner.queries.plan import PlanSession, holidays_between, holidays_known, plan_sessions
from planner.text_search import matches
from planner.usecases.outcome import Change
from ui.holiday_names import translate_holidays
from ui.models.base import ObjectIdRole, SortRole
from ui.models.labels import FORMAT_LABELS, format_label
from ui.no_hits import no_hits_label
from ui.operations import Op, watch_changes
from ui.pick_list import make_searchable
from ui.plan.agenda_view import AgendaModel, EventIdRole
from ui.plan.month_view import MonthView
from ui.plan.move_dialog import MoveSessionDialog
from ui.plan.week_view import WeekView
from ui.widgets import buddy_label

if TYPE_CHECKING:
    from planner.storage.database import Database

OFFICE_STATES = {"berlin": ("BE",), "hamburg": ("HH", "HB")}
MODES = ("month", "week", "agenda")
# Sessions of events, their venues, and the filter choices (offices, topics, trainers).
CONCERNS = (Change.EVENTS, Change.SESSIONS, Change.VENUES, Change.TOPICS, Change.OFFICES,
            Change.PERSONS)


class PlanPage(QWidget):
    holidays_ready = Signal()  # from the worker thread that computed missing years

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.mode = "month"
        self.anchor = date.today()
        self._undo: list[tuple[int, datetime, datetime, bool]] = []
        self._sessions: list[PlanSession] = []
        self._offices: list[tuple[int, str, str]] = []
        self.open_windows: list[QWidget] = []
        self.holidays_ready.connect(self._fill_holidays)

        self.month_view = MonthView()
        self.week_view = WeekView()
        self.agenda_model = AgendaModel(self)
        self.agenda_proxy = QSortFilterProxyModel(self)
        self.agenda_proxy.setSourceModel(self.agenda_model)
        self.agenda_proxy.setSortRole(SortRole)
        self.agenda_view = QTableView()
        self.agenda_view.setObjectName("agendaTable")
        self.agenda_view.setAccessibleName(self.tr("Agenda"))
        self.agenda_view.setModel(self.agenda_proxy)
        self.agenda_view.setSortingEnabled(True)
        self.agenda_view.sortByColumn(AgendaModel.COL_DATE, Qt.SortOrder.AscendingOrder)
        self.agenda_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.agenda_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.agenda_view.setAlternatingRowColors(True)
        self.agenda_view.verticalHeader().hide()
        self.agenda_view.horizontalHeader().setStretchLastSection(True)
        self.agenda_view.doubleClicked.connect(self._agenda_activated)

        self.stack = QStackedWidget()
        for view in (self.month_view, self.week_view, self.agenda_view):
            self.stack.addWidget(view)
        for painted in (self.month_view, self.week_view):
            painted.session_activated.connect(lambda _sid, eid: self.open_event(eid))
            painted.move_requested.connect(self.move_session_dialog)
        self.month_view.day_activated.connect(self._show_week_of)
        self.week_view.drag_move_requested.connect(self._drag_moved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self._build_toolbar())
        layout.addLayout(self._build_filters())
        # right under the search field, where the eye is while typing
        self.no_hits_label = no_hits_label()
        layout.addWidget(self.no_hits_label)
        layout.addWidget(self.stack, 1)
        legend = QLabel(self.tr("Farbe = Format, linker Streifen = Standort (blau Berlin, "
                                "rot Hamburg); gelb = Feiertag. Doppelklick öffnet die "
                                "Veranstaltung, Rechtsklick/Ziehen verschiebt einen Termin."))
        legend.setWordWrap(True)
        legend.setStyleSheet("color: palette(dark);")
        layout.addWidget(legend)
        self._load_choices()
        self._jump_to_data()
        self.refresh()
        watch_changes(self, db, CONCERNS, self.reload)

    # -- building ----------------------------------------------------------------------
    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.mode_buttons = QButtonGroup(self)
        labels = {"month": self.tr("Monat"), "week": self.tr("Woche"),
                  "agenda": self.tr("Agenda")}
        for i, mode in enumerate(MODES):
            button = QPushButton(labels[mode])
            button.setCheckable(True)
            button.setChecked(mode == self.mode)
            button.setObjectName(f"mode_{mode}")
            self.mode_buttons.addButton(button, i)
            bar.addWidget(button)
        self.mode_buttons.idClicked.connect(lambda i: self.set_mode(MODES[i]))
        bar.addSpacing(12)
        for text, slot, name in (("◀", self.previous, "prev"),
                                 (self.tr("Heute"), self.today, "today"),
                                 ("▶", self.next, "next")):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        bar.addSpacing(12)
        bar.addWidget(self.title_label, 1)
        self.move_button = QPushButton(self.tr("Verschieben…"))
        self.move_button.clicked.connect(self._move_selected)
        bar.addWidget(self.move_button)
        return bar

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("planSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Termine suchen"))
        self.search.setPlaceholderText(self.tr("Suchen: Titel, Ort, Referent:in, Kommune"))
        self.search.setToolTip(self.tr("Zeigt nur Termine, deren Veranstaltung, Titel, Ort, "
                                       "Referent:in oder Kommune die eingegebenen Wörter "
                                       "enthält (Akzente egal)."))
        self.search.setMinimumWidth(180)
        self.search.textChanged.connect(lambda _t: self.refresh())
        row.addWidget(self.search, 2)
        self.office_filter = QComboBox()
        self.format_filter = QComboBox()
        self.topic_filter = QComboBox()
        self.trainer_filter = QComboBox()
        for combo in (self.office_filter, self.format_filter, self.topic_filter,
                      self.trainer_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        for label, combo in ((self.tr("Standort:"), self.office_filter),
                             (self.tr("Format:"), self.format_filter),
                             (self.tr("Thema:"), self.topic_filter),
                             (self.tr("Referent:in:"), self.trainer_filter)):
            row.addWidget(buddy_label(label, combo))
            row.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.refresh)
        for combo in (self.office_filter, self.topic_filter, self.trainer_filter):
            make_searchable(combo)  # lists that grow with the data: type to filter
        return row

    def _load_choices(self) -> None:
        with self.db.reading_rows() as rows:
            self._offices = office_choices(rows)
            topics = topic_choices(rows)
            trainers = trainer_choices(rows)
        fill = [
            (self.office_filter, self.tr("Alle Standorte"), [(i, city) for i, _c, city in
                                                             self._offices]),
            (self.format_filter, self.tr("Alle Formate"),
             [(code, format_label(code)) for code in FORMAT_LABELS]),
            (self.topic_filter, self.tr("Alle Themen"), topics),
            (self.trainer_filter, self.tr("Alle Referent:innen"), trainers),
        ]
        for combo, all_label, items in fill:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_label, None)
            for value, text in items:
                combo.addItem(text, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        if not getattr(self, "_own_office_applied", False):
            self._own_office_applied = True
            self._select_own_office()

    def _select_own_office(self) -> None:
        """Every office sees all events but starts filtered to its own (`current_office`)."""
        import os

        from planner.settings import CURRENT_OFFICE, OFFICE_ENV_VAR

        with self.db.reading_rows() as rows:
            stored = CURRENT_OFFICE.read(rows)
        code = os.environ.get(OFFICE_ENV_VAR, "").strip() or stored
        for office_id, office_code, _city in self._offices:
            if code and office_code == code:
                self.office_filter.blockSignals(True)
                self.office_filter.setCurrentIndex(self.office_filter.findData(office_id))
                self.office_filter.blockSignals(False)

    def _jump_to_data(self) -> None:
        with self.db.reading_rows() as rows:
            first = nearest_session_start(rows, datetime.combine(date.today().replace(day=1),
                                                                 datetime.min.time()))
        if first is not None:
            self.anchor = first.date()

    # -- navigation --------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_buttons.button(MODES.index(mode)).setChecked(True)
        self.stack.setCurrentIndex(MODES.index(mode))
        self.refresh()

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.refresh()

    def _step(self, direction: int) -> None:
        if self.mode == "week":
            self.anchor += timedelta(weeks=direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.refresh()

    def previous(self) -> None:
        self._step(-1)

    def next(self) -> None:
        self._step(1)

    def today(self) -> None:
        self.go_to(date.today())

    def _show_week_of(self, day: date) -> None:
        self.anchor = day
        self.set_mode("week")

    def visible_range(self) -> tuple[date, date]:
        if self.mode == "week":
            self.week_view.set_week(self.anchor)
            return self.week_view.visible_range()
        self.month_view.set_month(self.anchor)
        if self.mode == "month":
            return self.month_view.visible_range()
        first = self.anchor.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1)

    # -- data --------------------------------------------------------------------------
    def set_filters(self, *, office_id: int | None = None, fmt: str | None = None,
                    topic_id: int | None = None, trainer_id: int | None = None) -> None:
        for combo, value in ((self.office_filter, office_id), (self.format_filter, fmt),
                             (self.topic_filter, topic_id), (self.trainer_filter, trainer_id)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.refresh()

    def reload(self) -> None:
        """F5: reload the filter choices and the sessions."""
        self._load_choices()
        self.refresh()

    def refresh(self) -> None:
        start, end = self.visible_range()
        office = self.office_filter.currentData()
        fmt = self.format_filter.currentData()
        topic = self.topic_filter.currentData()
        trainer = self.trainer_filter.currentData()
        with self.db.reading_rows() as rows:
            self._sessions = plan_sessions(
                rows, start, end, office_ids=[office] if office else [],
                formats=[fmt] if fmt else [], topic_ids=[topic] if topic else [],
                trainer_ids=[trainer] if trainer else [])
        self._apply_search()
        states = self._states(office)
        if holidays_known(start, end, states):
            holidays = translate_holidays(holidays_between(start, end, states))
        else:  # years not computed yet (first start): paint now, the holidays follow
            holidays = {}
            self._compute_holidays(list(range(start.year, end.year + 1)))
        self.month_view.set_data(self._sessions, holidays)
        self.week_view.set_data(self._sessions, holidays)
        self.agenda_model.set_items(self._sessions, holidays)
        self._fit_agenda_columns()
        self.title_label.setText(self._title(start, end))

    def _apply_search(self) -> None:
        """Keep the sessions whose event, title, venue, trainers or municipalities match the
        typed words (accent-insensitive, word prefixes); an empty result says so."""
        typed = self.search.text().strip()
        if typed:
            self._sessions = [s for s in self._sessions
                              if matches(typed, s.event_title, s.title, s.venue,
                                         *s.trainer_names, *s.municipalities)]
        empty = bool(typed) and not self._sessions
        if empty:
            self.no_hits_label.setText(self.tr("Keine Treffer für „%1“ in diesem Zeitraum")
                                       .replace("%1", typed))
        self.no_hits_label.setVisible(empty)

    def focus_search(self) -> None:
        """Ctrl+F on the plan: into the plan's own search field."""
        self.search.setFocus()
        self.search.selectAll()

    def _states(self, office: int | None) -> list[str | None]:
        """The federal states whose holidays the plan marks: the offices' and the venues'."""
        codes = [code for i, code, _c in self._offices if office in (None, i)]
        states: list[str | None] = [None]
        for code in codes:
            states.extend(OFFICE_STATES.get(code, ()))
        states.extend(s.venue_state for s in self._sessions if s.venue_state)
        return states

    def _compute_holidays(self, years: list[int]) -> None:
        """Compute missing years off the GUI thread (loading the library takes a while)."""
        def work() -> None:
            prepare(years)
            try:
                self.holidays_ready.emit()  # queued to the GUI thread
            except RuntimeError:  # the page was closed meanwhile
                pass

        threading.Thread(target=work, name="holidays", daemon=True).start()

    def _fill_holidays(self) -> None:
        start, end = self.visible_range()
        holidays = translate_holidays(
            holidays_between(start, end, self._states(self.office_filter.currentData())))
        self.month_view.set_data(self._sessions, holidays)
        self.week_view.set_data(self._sessions, holidays)
        self.agenda_model.set_items(self._sessions, holidays)

    def _fit_agenda_columns(self) -> None:
        view = self.agenda_view
        view.resizeColumnsToContents()
        caps = {AgendaModel.COL_EVENT: 340, AgendaModel.COL_SESSION: 220,
                AgendaModel.COL_VENUE: 220}
        for column in range(self.agenda_model.columnCount()):
            view.setColumnWidth(column, min(view.columnWidth(column), caps.get(column, 200)))

    def _title(self, start: date, end: date) -> str:
        locale = QLocale()
        if self.mode == "week":
            week = self.anchor.isocalendar()[1]
            return self.tr("KW %1: %2 – %3").replace("%1", str(week)).replace(
                "%2", f"{start:%d.%m.}").replace("%3", f"{end:%d.%m.%Y}")
        month = QDate(self.anchor.year, self.anchor.month, 1)
        return locale.toString(month, "MMMM yyyy")

    def visible_sessions(self) -> list[PlanSession]:
        return list(self._sessions)

    # -- actions -----------------------------------------------------------------------
    def open_event(self, event_id: int) -> None:
        from ui.events.window import EventWindow

        window = EventWindow(self.db, event_id, self.window())
        self.open_windows.append(window)
        window.show()

    def _agenda_activated(self) -> None:
        index = self.agenda_view.currentIndex()
        if index.isValid():
            self.open_event(int(self.agenda_proxy.data(index, EventIdRole)))

    def _selected_session_id(self) -> int | None:
        if self.mode == "agenda":
            index = self.agenda_view.currentIndex()
            if index.isValid():
                return int(self.agenda_proxy.data(index, ObjectIdRole))
        return None

    def _move_selected(self) -> None:
        session_id = self._selected_session_id()
        if session_id is None:
            from ui.operations import show_error

            show_error(self, self.tr("Bitte zuerst in der Agenda einen Termin auswählen, oder "
                                     "im Monat/in der Woche mit der rechten Maustaste auf einen "
                                     "Termin klicken."), self.tr("Verschieben"))
            return
        self.move_session_dialog(session_id)

    def make_move_dialog(self, session_id: int) -> MoveSessionDialog | None:
        item = next((s for s in self._sessions if s.session_id == session_id), None)
        if item is None:
            return None
        from planner.models import Session
        from planner.usecases.planning import later_sessions

        followers = Op(self, self.db, lambda orm: len(later_sessions(
            orm.get(Session, session_id)))).reading().run() or 0
        title = f"{item.event_title} – {item.title}"
        return MoveSessionDialog(title, item.start, item.end, self, followers=followers,
                                 state=item.venue_state)

    def move_session_dialog(self, session_id: int) -> bool:
        """Ask for the new date; after "Anderen Termin wählen" in the warnings, again."""
        from ui.operations import OTHER

        dialog = self.make_move_dialog(session_id)
        while dialog is not None and dialog.exec() == MoveSessionDialog.DialogCode.Accepted:
            start, end = dialog.values()
            op = self._move_op(session_id, start, end, dialog.with_followers())
            if op.run() is not None:
                return True
            if op.choice != OTHER:
                return False
        return False

    def _drag_moved(self, session_id: int, start: datetime, end: datetime) -> None:
        self.move_session(session_id, start, end)

    def _move_op(self, session_id: int, start: datetime, end: datetime,
                 followers: bool = False) -> Op[Any]:
        """Move through the use case; every warning is shown before saving."""
        from planner.usecases.planning import move_session, move_with_followers

        item = next((s for s in self._sessions if s.session_id == session_id), None)
        mover = move_with_followers if followers else move_session
        op = Op(self, self.db, lambda orm, force: mover(
            orm, session_id, start, end, force=force)).confirm_first()
        if item is not None:
            op.success(lambda _o: self._undo.append(
                (session_id, item.start, item.end, followers)))
        return op

    def move_session(self, session_id: int, start: datetime, end: datetime,
                     followers: bool = False) -> bool:
        """Move (with the later sessions of the event when `followers`)."""
        return self._move_op(session_id, start, end, followers).run() is not None

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_last_move(self) -> bool:
        if not self._undo:
            return False
        from planner.usecases.planning import move_session, move_with_followers

        session_id, start, end, followers = self._undo.pop()
        mover = move_with_followers if followers else move_session
        outcome = Op(self, self.db, lambda orm, force: mover(
            orm, session_id, start, end, force=force)).run()
        if outcome is None:
            self._undo.append((session_id, start, end, followers))
            return False
        return True
