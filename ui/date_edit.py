"""Date and time fields that read what people type (see ui.dates), show the weekday beside
the date and open a calendar that marks weekends and public holidays.

`DateEdit` and `TimeEdit` offer the calls of QDateEdit/QTimeEdit the window uses
(date/setDate/dateChanged, time/setTime/timeChanged), so they replace them one for one.
"""

from __future__ import annotations

import datetime as dt
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QFont, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.holiday_cache import holidays_of
from ui.dates import add_months, parse_date, parse_time
from ui.holiday_names import holiday_label
from ui.numbers import ui_lang

HOLIDAY_COLOUR = QColor("#b3261e")
HOLIDAY_BACKGROUND = QColor("#fbe3e1")
WEEKEND_COLOUR = QColor("#8a5a00")
INVALID_STYLE = "QLineEdit { border: 1px solid #b3261e; background: #fdecea; }"


def _py(d: QDate) -> dt.date:
    return date(d.year(), d.month(), d.day())


def _q(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def holiday_name(day: dt.date, state: str | None) -> str | None:
    """The public holiday on `day` (as planner.checks.holiday_name, without loading the
    database layer: the plan imports this module before SQLAlchemy is needed)."""
    return holidays_of(day.year, state).get(day)


def day_note(day: dt.date, state: str | None) -> tuple[str, str]:
    """("holiday" | "weekend" | "", the holiday's name in the interface language) for the
    day in the federal state."""
    holiday = holiday_name(day, state)
    if holiday:
        return "holiday", holiday_label(holiday)
    if day.weekday() >= 5:
        return "weekend", ""
    return "", ""


class HolidayCalendar(QCalendarWidget):
    """A month calendar: weekends brown, public holidays red on pink; the holidays of the
    shown month are listed by `holiday_lines`."""

    def __init__(self, state: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        weekend = QTextCharFormat()
        weekend.setForeground(QBrush(WEEKEND_COLOUR))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)
        self._marked: list[QDate] = []
        self.holidays: dict[date, str] = {}
        self.currentPageChanged.connect(lambda _y, _m: self.mark_holidays())
        self.mark_holidays()

    def mark_holidays(self) -> None:
        for marked in self._marked:
            self.setDateTextFormat(marked, QTextCharFormat())
        self._marked = []
        first = date(self.yearShown(), self.monthShown(), 1)
        # the page shows up to six weeks around the month
        day, last = first - timedelta(days=7), first + timedelta(days=45)
        self.holidays = {}
        fmt = QTextCharFormat()
        fmt.setForeground(QBrush(HOLIDAY_COLOUR))
        fmt.setBackground(QBrush(HOLIDAY_BACKGROUND))
        fmt.setFontWeight(QFont.Weight.Bold)
        while day <= last:
            german = holiday_name(day, self.state)
            if german:
                name = holiday_label(german)
                fmt.setToolTip(name)
                self.setDateTextFormat(_q(day), fmt)
                self._marked.append(_q(day))
                if day.month == first.month:
                    self.holidays[day] = name
            day += timedelta(days=1)

    def holiday_lines(self) -> str:
        if not self.holidays:
            return self.tr("Keine Feiertage in diesem Monat")
        short = "dd.MM." if ui_lang() == "de" else "d MMM"
        return "\n".join(f"{QLocale().toString(_q(d), short)}  {name}"
                         for d, name in sorted(self.holidays.items()))


class CalendarPopup(QFrame):
    """The calendar under a date field, with the month's holidays listed below it."""

    picked = Signal(QDate)

    def __init__(self, selected: QDate, state: str | None, parent: QWidget | None = None,
                 minimum: QDate | None = None, maximum: QDate | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("calendarPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = HolidayCalendar(state)
        if minimum is not None:
            self.calendar.setMinimumDate(minimum)
        if maximum is not None:
            self.calendar.setMaximumDate(maximum)
        self.calendar.setSelectedDate(selected)
        self.legend = QLabel()
        self.legend.setObjectName("holidayLegend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet(f"color: {HOLIDAY_COLOUR.name()};")
        key = QLabel(self.tr("rot: Feiertag · braun: Wochenende"))
        key.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.calendar)
        layout.addWidget(self.legend)
        layout.addWidget(key)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._legend())
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)
        self._legend()

    def _legend(self) -> None:
        self.legend.setText(self.calendar.holiday_lines())

    def _choose(self, day: QDate) -> None:
        self.picked.emit(day)
        self.close()


class _Field(QWidget):
    """A line edit that commits on Enter or leaving it; Up/Down step, wrong input reverts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.installEventFilter(self)
        self.line.editingFinished.connect(self.commit)
        self.line.textEdited.connect(self._preview)
        # Focus is handed on by hand, not by setFocusProxy: a proxied field stays a Tab stop
        # where it was first placed, so rows added later would be visited after the
        # dialog's buttons (Qt 6 tabs to a widget whose focus proxy takes focus).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.line)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        """setFocus() on the field (a label's buddy, code) puts the cursor in its text."""
        super().focusInEvent(event)
        self.line.setFocus(event.reason())

    def hasFocus(self) -> bool:  # noqa: N802 - Qt API
        return self.line.hasFocus()

    def _preview(self, _text: str) -> None: ...

    def commit(self) -> None: ...

    def step(self, amount: int, big: bool) -> None: ...

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            steps = {Qt.Key.Key_Up: (1, False), Qt.Key.Key_Down: (-1, False),
                     Qt.Key.Key_PageUp: (1, True), Qt.Key.Key_PageDown: (-1, True)}
            if key in steps and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.commit()
                self.step(*steps[key])  # type: ignore[index]
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pending():
                # the first Enter confirms what was typed; only the next one reaches the
                # dialog's default button (a typed date never saves a form by itself)
                self.commit()
                return True
            if self._special_key(event):
                return True
        return False

    def pending(self) -> bool:
        """Typed text that is not yet the field's value."""
        return self.line.text().strip() != self.shown_text()

    def shown_text(self) -> str:
        return ""

    def _special_key(self, event: QKeyEvent) -> bool:
        return False

    def _mark_invalid(self, on: bool, message: str = "") -> None:
        self.line.setStyleSheet(INVALID_STYLE if on else "")
        self.line.setToolTip(message if on else self._help)

    _help = ""

    def setReadOnly(self, on: bool) -> None:  # noqa: N802 - Qt naming
        self.line.setReadOnly(on)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt naming
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)


class DateEdit(_Field):
    """A date field: type `9.3.27`, `09.03.2027`, `9.3.`, `+7` …; weekday beside it;
    Alt+Down or the button opens the holiday calendar; Up/Down a day, PgUp/PgDown a month.

    With `optional=True` the field may be empty (`value()` is None)."""

    dateChanged = Signal(QDate)  # noqa: N815 - the QDateEdit signal's name
    # only what the user did (typed, stepped, picked): the old and the new date
    dateEdited = Signal(QDate, QDate)  # noqa: N815

    def __init__(self, value: dt.date | QDate | None = None, parent: QWidget | None = None, *,
                 optional: bool = False, state: str | None = None,
                 holiday_names: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("dateEdit")
        self.optional = optional
        # False in a crowded filter row (report periods): the weekday is still coloured and
        # the holiday named in the tooltip, but not beside the field
        self.holiday_names = holiday_names
        self.state = state
        self._value: dt.date | None = None
        self._minimum: dt.date | None = None
        self._maximum: dt.date | None = None
        self.line.setObjectName("dateText")
        self.line.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        width = self.line.fontMetrics().horizontalAdvance("00.00.00000") + 16
        self.line.setMinimumWidth(width)
        self.line.setMaximumWidth(width + 30)
        self._help = self.tr("Datum eintippen, z. B. 9.3.27, 09.03.2027, 9.3. oder +7 "
                             "(eine Woche später); ↑/↓ ein Tag, Bild↑/↓ ein Monat, Alt+↓ "
                             "öffnet den Kalender")
        self.line.setToolTip(self._help)
        self.button = QToolButton()
        self.button.setObjectName("calendarButton")
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(self.tr("Kalender (Alt+↓)"))
        self.button.setAccessibleName(self.tr("Kalender öffnen"))
        self.button.clicked.connect(self.open_calendar)
        self.weekday = QLabel()
        self.weekday.setObjectName("weekdayLabel")
        self.weekday.setMinimumWidth(self.weekday.fontMetrics().horizontalAdvance("Mi.") + 6)
        # a holiday's name is shown in full ("Fr. · Neujahr"): never squeezed below its text
        self.weekday.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self._layout.addWidget(self.button)
        self._layout.addWidget(self.weekday)
        self._layout.addStretch()
        self.popup: CalendarPopup | None = None
        if isinstance(value, QDate):
            value = _py(value) if value.isValid() else None
        if value is None and not optional:
            value = date.today()
        self.setValue(value)

    # -- the QDateEdit calls ------------------------------------------------------------
    def date(self) -> QDate:
        self.commit()
        return _q(self._value) if self._value is not None else QDate()

    def setDate(self, value: QDate | dt.date | None) -> None:  # noqa: N802 - Qt naming
        if isinstance(value, QDate):
            value = _py(value) if value.isValid() else None
        self.setValue(value)

    def setMinimumDate(self, value: QDate | dt.date) -> None:  # noqa: N802 - Qt naming
        self._minimum = _py(value) if isinstance(value, QDate) else value

    def setMaximumDate(self, value: QDate | dt.date) -> None:  # noqa: N802 - Qt naming
        self._maximum = _py(value) if isinstance(value, QDate) else value

    def setCalendarPopup(self, _on: bool) -> None:  # noqa: N802 - always has one
        pass

    def setDisplayFormat(self, _fmt: str) -> None:  # noqa: N802 - always dd.MM.yyyy
        pass

    # -- Python values ------------------------------------------------------------------
    def value(self) -> dt.date | None:
        self.commit()
        return self._value

    def setValue(self, value: dt.date | None) -> None:  # noqa: N802
        if value is None and not self.optional:
            return
        value = self._bounded(value)
        changed = value != self._value
        self._value = value
        self.line.setText(f"{value:%d.%m.%Y}" if value is not None else "")
        self._mark_invalid(False)
        self._show_weekday(value)
        if changed:
            self.dateChanged.emit(_q(value) if value is not None else QDate())

    def set_state(self, state: str | None) -> None:
        """The federal state whose holidays the calendar and the note show (venue's)."""
        self.state = state
        self._show_weekday(self._value)

    def _bounded(self, value: dt.date | None) -> dt.date | None:
        if value is None:
            return None
        if self._minimum is not None and value < self._minimum:
            return self._minimum
        if self._maximum is not None and value > self._maximum:
            return self._maximum
        return value

    # -- typing -------------------------------------------------------------------------
    def _reference(self) -> dt.date:
        return self._value or date.today()

    def shown_text(self) -> str:
        return f"{self._value:%d.%m.%Y}" if self._value is not None else ""

    def commit(self) -> None:
        text = self.line.text().strip()
        current = self.shown_text()
        if text == current:
            return
        if not text and self.optional:
            self._user_set(None)
            return
        parsed = parse_date(text, self._reference())
        if parsed is None or not 1 <= parsed.year <= 9999:
            self.line.setText(current)
            self._show_weekday(self._value)
            self._mark_invalid(True, self.tr("„{0}“ ist kein Datum; es bleibt {1}.").format(
                text, current or self.tr("leer")))
            return
        self._user_set(parsed)

    def _user_set(self, value: dt.date | None) -> None:
        old = self._value
        self.setValue(value)
        if self._value != old:
            self.dateEdited.emit(_q(old) if old else QDate(),
                                 _q(self._value) if self._value else QDate())

    def _preview(self, text: str) -> None:
        parsed = parse_date(text, self._reference()) if text.strip() else None
        self._show_weekday(parsed, preview=True)

    def step(self, amount: int, big: bool) -> None:
        base = self._reference()
        self._user_set((add_months(base, amount) or base) if big
                       else base + timedelta(days=amount))

    def _special_key(self, event: QKeyEvent) -> bool:
        alt_down = (event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return True
        return False

    def _show_weekday(self, value: dt.date | None, preview: bool = False) -> None:
        if value is None:
            self.weekday.setText("")
            self.weekday.setToolTip("")
            return
        name = QLocale().dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)
        kind, note = day_note(value, self.state)
        colour = {"holiday": HOLIDAY_COLOUR.name(), "weekend": WEEKEND_COLOUR.name()
                  }.get(kind, "#666" if preview else "")
        tip = ""
        if kind == "holiday":
            tip = self.tr("Feiertag: {0}").format(note)
            text = f"{name} · {note}" if self.holiday_names else name
        elif kind == "weekend":
            tip = self.tr("Wochenende")
            text = name
        else:
            text = name
        style = f"color: {colour};" if colour else ""
        if kind == "holiday":
            style += " font-weight: bold;"
        self.weekday.setStyleSheet(style)
        self.weekday.setText(text)
        self.weekday.setToolTip(tip)
        self.setProperty("dayKind", kind)

    def day_kind(self) -> str:
        """"holiday", "weekend" or "" for the current date (for tests and hints)."""
        return str(self.property("dayKind") or "")

    # -- the calendar -------------------------------------------------------------------
    def open_calendar(self) -> None:
        self.commit()
        selected = _q(self._reference())
        self.popup = CalendarPopup(
            selected, self.state, self,
            _q(self._minimum) if self._minimum else None,
            _q(self._maximum) if self._maximum else None)
        self.popup.picked.connect(lambda d: self._user_set(_py(d)))
        self.popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and below.y() + self.popup.height() > screen.bottom():
            below = self.mapToGlobal(QPoint(0, -self.popup.height()))
        self.popup.move(below)
        self.popup.show()
        self.popup.calendar.setFocus()


class TimeEdit(_Field):
    """A time field: type `9`, `930`, `9:30`, `9.30`; Up/Down 15 minutes, PgUp/PgDown an
    hour. With `optional=True` it may be empty (`value()` None, `time()` invalid)."""

    timeChanged = Signal(QTime)  # noqa: N815 - the QTimeEdit signal's name

    def __init__(self, value: dt.time | QTime | None = None, parent: QWidget | None = None, *,
                 optional: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("timeEdit")
        self.optional = optional
        self._value: dt.time | None = None
        self.line.setObjectName("timeText")
        self.line.setPlaceholderText(self.tr("–") if optional else "hh:mm")
        width = self.line.fontMetrics().horizontalAdvance("00:000") + 16
        self.line.setFixedWidth(width)
        self._help = self.tr("Uhrzeit eintippen, z. B. 9, 930 oder 9:30; ↑/↓ eine "
                             "Viertelstunde")
        self.line.setToolTip(self._help)
        if isinstance(value, QTime):
            value = time(value.hour(), value.minute()) if value.isValid() else None
        if value is None and not optional:
            value = time(9, 0)
        self.setValue(value)

    def time(self) -> QTime:
        self.commit()
        return QTime(self._value.hour, self._value.minute) if self._value else QTime()

    def setTime(self, value: QTime | dt.time | None) -> None:  # noqa: N802 - Qt naming
        if isinstance(value, QTime):
            value = time(value.hour(), value.minute()) if value.isValid() else None
        self.setValue(value)

    def setDisplayFormat(self, _fmt: str) -> None:  # noqa: N802 - always HH:mm
        pass

    def value(self) -> dt.time | None:
        self.commit()
        return self._value

    def setValue(self, value: dt.time | None) -> None:  # noqa: N802
        if value is None and not self.optional:
            return
        changed = value != self._value
        self._value = value
        self.line.setText(f"{value:%H:%M}" if value is not None else "")
        self._mark_invalid(False)
        if changed:
            self.timeChanged.emit(QTime(value.hour, value.minute) if value else QTime())

    def shown_text(self) -> str:
        return f"{self._value:%H:%M}" if self._value is not None else ""

    def commit(self) -> None:
        text = self.line.text().strip()
        current = self.shown_text()
        if text == current:
            return
        if not text and self.optional:
            self.setValue(None)
            return
        parsed = parse_time(text)
        if parsed is None:
            self.line.setText(current)
            self._mark_invalid(True, self.tr("„{0}“ ist keine Uhrzeit; es bleibt {1}.").format(
                text, current or self.tr("leer")))
            return
        self.setValue(parsed)

    def step(self, amount: int, big: bool) -> None:
        base = self._value or time(9, 0)
        minutes = (base.hour * 60 + base.minute + amount * (60 if big else 15)) % (24 * 60)
        self.setValue(time(minutes // 60, minutes % 60))
