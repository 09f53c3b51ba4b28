"""Planning a series in one go, above and below the editor's session grid: dates by rhythm
(skipping holidays and the Christmas break), "Folgetermine mitverschieben", row 1's venue,
trainers and times for all rows, and the calendar and order warnings before saving."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.checks import calendar_warnings, clock_change_warnings
from planner.queries.event_forms import Choices
from planner.rules.series_dates import MONTHLY, RHYTHMS, series_dates
from ui.events.rows import SessionGrid, SessionLine
from ui.holiday_names import warning_text

RHYTHM_LABELS = {
    "weekly": QT_TRANSLATE_NOOP("SeriesTools", "wöchentlich"),
    "biweekly": QT_TRANSLATE_NOOP("SeriesTools", "alle 2 Wochen"),
    "triweekly": QT_TRANSLATE_NOOP("SeriesTools", "alle 3 Wochen"),
    MONTHLY: QT_TRANSLATE_NOOP("SeriesTools", "monatlich (gleicher Wochentag)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SeriesTools", text)


def line_name(line: SessionLine) -> str:
    return line.title.text().strip() or line.title.placeholderText()


class SeriesTools(QWidget):
    """The bar above the grid; `hints` (a label) goes below it."""

    def __init__(self, grid: SessionGrid, choices: Choices, *, rhythm: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.choices = choices
        self.rhythm = QComboBox()
        self.rhythm.setObjectName("rhythmCombo")
        for code in RHYTHMS:
            self.rhythm.addItem(_tr(RHYTHM_LABELS[code]), code)
        self.fill_button = QPushButton(self.tr("Termine nach Rhythmus verteilen"))
        self.fill_button.setObjectName("fillByRhythmButton")
        self.fill_button.setToolTip(self.tr(
            "Ab dem Datum von Termin 1 im gewählten Rhythmus; Feiertage und die Tage "
            "zwischen Weihnachten und Neujahr werden übersprungen."))
        self.fill_button.clicked.connect(self.fill_by_rhythm)
        self.follow_check = QCheckBox(self.tr("Folgetermine mitverschieben"))
        self.follow_check.setObjectName("followCheck")
        self.follow_check.setToolTip(self.tr(
            "Ändert sich das Datum eines Termins, rücken die späteren um dieselbe Anzahl "
            "Tage mit."))
        self.follow_check.setChecked(True)
        self.apply_venue = QPushButton(self.tr("Ort"))
        self.apply_trainers = QPushButton(self.tr("Referent:innen"))
        self.apply_times = QPushButton(self.tr("Uhrzeiten"))
        for button, name, slot_ in ((self.apply_venue, "applyVenue", self.copy_venue),
                                    (self.apply_trainers, "applyTrainers", self.copy_trainers),
                                    (self.apply_times, "applyTimes", self.copy_times)):
            button.setObjectName(name)
            button.setToolTip(self.tr("Von Termin 1 für alle Termine übernehmen"))
            button.clicked.connect(slot_)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        if rhythm:
            top.addWidget(QLabel(self.tr("Rhythmus:")))
            top.addWidget(self.rhythm)
            top.addWidget(self.fill_button)
        else:
            self.rhythm.hide()
            self.fill_button.hide()
        top.addWidget(self.follow_check)
        top.addStretch()
        # with the rhythm controls, the copy buttons go on a second row: one row would be
        # wider than a 1280 px screen; without them one row saves height for the sessions
        copy_row = QHBoxLayout() if rhythm else top
        copy_row.setContentsMargins(0, 0, 0, 0)
        copy_row.addWidget(QLabel(self.tr("Von Termin 1 für alle übernehmen:")))
        copy_row.addWidget(self.apply_venue)
        copy_row.addWidget(self.apply_trainers)
        copy_row.addWidget(self.apply_times)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        if copy_row is not top:
            copy_row.addStretch()
            layout.addLayout(copy_row)
        self.hints = QLabel()
        self.hints.setObjectName("planHints")
        self.hints.setWordWrap(True)
        self.hints.setStyleSheet("color: #8a4b00;")
        self.sort_button = QPushButton(self.tr("Nach Datum ordnen"))
        self.sort_button.setObjectName("sortByDateButton")
        self.sort_button.clicked.connect(self.sort_by_date)
        self.sort_button.hide()
        self.bottom = QWidget()
        bottom = QHBoxLayout(self.bottom)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.hints, 1)
        bottom.addWidget(self.sort_button)

    # -- the rows -------------------------------------------------------------------------
    def lines(self) -> list[SessionLine]:
        return [ln for ln in self.grid.lines if not ln.cancelled]

    def state_of(self, line: SessionLine) -> str | None:
        venue = line.venue.current_id()
        return self.choices.venue_states.get(venue) if venue is not None else None

    def attach(self, line: SessionLine) -> None:
        """Watch a new row: date edits move the followers, every change updates the hints."""
        line.date.dateEdited.connect(
            lambda old, new, ln=line: self._date_edited(ln, old, new))
        line.date.dateChanged.connect(lambda _d: self.update_hints())
        line.start.timeChanged.connect(lambda _t: self.update_hints())
        line.end.timeChanged.connect(lambda _t: self.update_hints())
        line.venue.currentIndexChanged.connect(lambda _i, ln=line: self._venue_changed(ln))
        line.date.set_state(self.state_of(line))

    def _venue_changed(self, line: SessionLine) -> None:
        line.date.set_state(self.state_of(line))
        self.update_hints()

    def next_date(self, previous: date, line: SessionLine | None = None) -> date:
        """The slot after `previous` in the rhythm that is free (for an added row)."""
        state = self.state_of(line) if line is not None else None
        return series_dates(previous, 2, self.rhythm.currentData(), state)[-1]

    def fill_by_rhythm(self) -> None:
        lines = self.lines()
        if not lines:
            return
        first = lines[0].date.value() or date.today()
        dates = series_dates(first, len(lines), self.rhythm.currentData(),
                             self.state_of(lines[0]))
        for line, day in zip(lines[1:], dates[1:], strict=False):
            line.date.setValue(day)
        self.update_hints()

    def suggested_dates(self, first: date, count: int, state: str | None) -> list[date]:
        return series_dates(first, count, self.rhythm.currentData(), state)

    def _date_edited(self, line: SessionLine, old: QDate, new: QDate) -> None:
        if not self.follow_check.isChecked() or not old.isValid() or not new.isValid():
            return
        lines = self.lines()
        if line not in lines:
            return
        shift = timedelta(days=old.daysTo(new))
        for follower in lines[lines.index(line) + 1:]:
            day = follower.date.value()
            if day is not None:
                follower.date.setValue(day + shift)
        self.update_hints()

    def copy_venue(self) -> None:
        lines = self.lines()
        for line in lines[1:]:
            line.venue.set_current_id(lines[0].venue.current_id())

    def copy_trainers(self) -> None:
        lines = self.lines()
        for line in lines[1:]:
            line.trainers.set_checked_ids(lines[0].trainers.checked_ids())

    def copy_times(self) -> None:
        lines = self.lines()
        for line in lines[1:]:
            line.start.setTime(lines[0].start.time())
            line.end.setTime(lines[0].end.time())
        self.update_hints()

    def sort_by_date(self) -> None:
        """Rows in date order (the numbers follow); cancelled rows keep their place."""
        active = self.lines()
        ordered = iter(sorted(active, key=lambda ln: (ln.date.value() or date.min,
                                                      ln.start.value() or time.min)))
        self.grid.lines = [next(ordered) if not ln.cancelled else ln
                           for ln in self.grid.lines]
        self.grid.relayout()
        self.update_hints()

    # -- warnings before saving --------------------------------------------------------
    def order_problems(self) -> list[str]:
        lines = self.lines()
        problems = []
        for before, after in zip(lines, lines[1:], strict=False):
            a, b = before.date.value(), after.date.value()
            if a is not None and b is not None and b < a:
                problems.append(self.tr("%1 (%2) liegt vor %3 (%4)").replace(
                    "%1", line_name(after)).replace("%2", f"{b:%d.%m.%Y}").replace(
                    "%3", line_name(before)).replace("%4", f"{a:%d.%m.%Y}"))
        return problems

    def calendar_problems(self) -> list[str]:
        problems = []
        for line in self.lines():
            try:
                plan = line.plan()
            except (TypeError, ValueError):
                continue
            found = calendar_warnings(plan.start, plan.end, self.state_of(line))
            found += clock_change_warnings(plan.start, plan.end)
            problems += [f"{line_name(line)}: {warning_text(w)}" for w in found]
        return problems

    def update_hints(self) -> None:
        order = self.order_problems()
        items = self.calendar_problems() + order
        if order:
            items.append(self.tr("Die Reihenfolge passt nicht zu den Nummern."))
        self.hints.setText("\n".join(f"• {text}" for text in items))
        self.hints.setVisible(bool(items))
        self.sort_button.setVisible(bool(order))

