"""The sessions part of the event editor: one line per module/meeting/workshop/day,
with optional host city, excursion and agenda lines (network tour, conference)."""

from __future__ import annotations

from datetime import date, datetime, time
from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.models.enums import SessionKind
from planner.queries.event_forms import Choices, SessionRow
from planner.usecases.planning import DEFAULT_TITLE, AgendaPlan, ExcursionPlan, SessionPlan
from ui.check_combo import CheckCombo
from ui.date_edit import DateEdit, TimeEdit
from ui.models.labels import AGENDA_KIND_LABELS, agenda_kind_label, session_kind_label
from ui.pick_list import make_searchable
from ui.widgets import IdCombo, pydate, pytime, qdate, qtime


def _time_edit(t: time) -> TimeEdit:
    return TimeEdit(t)


class AgendaTable(QWidget):
    """Programme of one conference day: time, title, kind, speakers (form, not a data list)."""

    COLUMNS = (QT_TRANSLATE_NOOP("AgendaTable", "Beginn"),
               QT_TRANSLATE_NOOP("AgendaTable", "Ende"),
               QT_TRANSLATE_NOOP("AgendaTable", "Titel"),
               QT_TRANSLATE_NOOP("AgendaTable", "Art"),
               QT_TRANSLATE_NOOP("AgendaTable", "Referent:innen"))

    def __init__(self, speakers: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._speakers = speakers
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("AgendaTable", c) for c in self.COLUMNS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(150)
        add = QPushButton(self.tr("Programmpunkt hinzufügen"))
        remove = QPushButton(self.tr("Entfernen"))
        add.clicked.connect(lambda: self.add_item())
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_item(self, start: time = time(9, 30), end: time | None = None, title: str = "",
                 kind: str = "talk", speaker_ids: list[int] | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, 0, _time_edit(start))
        self.table.setCellWidget(row, 1, TimeEdit(end, optional=True))
        self.table.setItem(row, 2, QTableWidgetItem(title))
        kinds = QComboBox()
        for code in AGENDA_KIND_LABELS:
            kinds.addItem(agenda_kind_label(code), code)
        kinds.setCurrentIndex(max(0, kinds.findData(kind)))
        self.table.setCellWidget(row, 3, kinds)
        speakers = CheckCombo(self._speakers, placeholder=self.tr("– niemand –"))
        speakers.set_checked_ids(speaker_ids or [])
        self.table.setCellWidget(row, 4, speakers)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(3)
        return row

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows or [self.table.rowCount() - 1]:
            if row >= 0:
                self.table.removeRow(row)

    def items(self) -> list[AgendaPlan]:
        plans = []
        for row in range(self.table.rowCount()):
            start = pytime(self.table.cellWidget(row, 0).time())  # type: ignore[attr-defined]
            end_t = self.table.cellWidget(row, 1).value()  # type: ignore[attr-defined]
            item = self.table.item(row, 2)
            kinds: QComboBox = self.table.cellWidget(row, 3)  # type: ignore[assignment]
            speakers: CheckCombo = self.table.cellWidget(row, 4)  # type: ignore[assignment]
            plans.append(AgendaPlan(start=start, title=item.text() if item else "",
                                    end=end_t,
                                    kind=kinds.currentData(),
                                    speaker_ids=speakers.checked_ids()))
        return plans


class ExcursionFields(QWidget):
    """Optional excursion of a network-tour meeting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self.tr("Exkursion"))
        self.site = QLineEdit()
        self.site.setPlaceholderText(self.tr("Ort (Good-Practice-Beispiel)"))
        self.street = QLineEdit()
        self.street.setPlaceholderText(self.tr("Straße"))
        self.postcode = QLineEdit()
        self.postcode.setPlaceholderText(self.tr("PLZ"))
        self.postcode.setMaximumWidth(70)
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("Stadt"))
        self.host_contact = QLineEdit()
        self.host_contact.setPlaceholderText(self.tr("Kontakt vor Ort"))
        self.start = _time_edit(time(14, 0))
        self.end = _time_edit(time(16, 0))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        for w in (self.site, self.street, self.postcode, self.city, self.host_contact):
            layout.addWidget(w, 2 if w is not self.postcode else 0)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end)
        self.enabled.toggled.connect(self._sync)
        self._sync(False)

    def _sync(self, on: bool) -> None:
        for w in (self.site, self.street, self.postcode, self.city, self.host_contact,
                  self.start, self.end):
            w.setEnabled(on)

    def plan(self) -> ExcursionPlan | None:
        if not self.enabled.isChecked():
            return None
        return ExcursionPlan(site=self.site.text(), street=self.street.text(),
                             postcode=self.postcode.text(), city=self.city.text(),
                             host_contact=self.host_contact.text(),
                             start=pytime(self.start.time()), end=pytime(self.end.time()))

    def load(self, ex: object | None) -> None:
        self.enabled.setChecked(ex is not None)
        if ex is None:
            return
        for name in ("site", "street", "postcode", "city", "host_contact"):
            field = getattr(self, name)
            field.setText(getattr(ex, name))
            field.setCursorPosition(0)  # a long contact reads from the name, not the phone
            field.setToolTip(field.text())
        if ex.start is not None:  # type: ignore[attr-defined]
            self.start.setTime(qtime(ex.start))  # type: ignore[attr-defined]
        if ex.end is not None:  # type: ignore[attr-defined]
            self.end.setTime(qtime(ex.end))  # type: ignore[attr-defined]


class SessionLine:
    """The widgets of one session; laid out by SessionGrid (not a QObject: its texts are
    translated in the context "SessionLine")."""

    def __init__(self, choices: Choices, kind: str, day: date, start: time, end: time, *,
                 host: bool = False, excursion: bool = False, agenda: bool = False,
                 speakers: list[tuple[int, str]] | None = None) -> None:
        self.session_id: int | None = None
        self.kind = kind
        self.number = QLabel()
        self.title = QLineEdit()
        self.title.setMinimumWidth(160)
        self.date = DateEdit(day)
        self.start = _time_edit(start)
        self.end = _time_edit(end)
        self.venue = IdCombo(choices.venues,
                             empty=QCoreApplication.translate("SessionLine", "– kein Ort –"))
        self.trainers = CheckCombo(
            choices.trainers, placeholder=QCoreApplication.translate("SessionLine", "– niemand –"))
        self.host = IdCombo(choices.municipalities, empty=QCoreApplication.translate(
            "SessionLine", "– Gastgeberstadt –")) if host else None
        make_searchable(self.venue)
        if self.host is not None:
            make_searchable(self.host)
        self.excursion = ExcursionFields() if excursion else None
        self.agenda = AgendaTable(speakers or choices.trainers) if agenda else None
        self.cancelled = False

    def main_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = [self.number, self.title, self.date, self.start, self.end,
                                  self.venue, self.trainers]
        if self.host is not None:
            widgets.append(self.host)
        return widgets

    def all_widgets(self) -> list[QWidget]:
        extra = [w for w in (self.excursion, self.agenda) if w is not None]
        return self.main_widgets() + extra

    def plan(self) -> SessionPlan:
        day = pydate(self.date.date())
        return SessionPlan(
            start=datetime.combine(day, pytime(self.start.time())),
            end=datetime.combine(day, pytime(self.end.time())),
            title=self.title.text(), kind=self.kind, venue_id=self.venue.current_id(),
            trainer_ids=self.trainers.checked_ids(),
            host_municipality_id=self.host.current_id() if self.host is not None else None,
            excursion=self.excursion.plan() if self.excursion is not None else None,
            agenda=self.agenda.items() if self.agenda is not None else [],
        )

    def load(self, row: SessionRow) -> None:
        self.session_id = row.id
        self.kind = row.kind
        self.title.setText(row.title)
        self.title.setCursorPosition(0)  # a long title reads from its start ("Modul 1: …")
        self.date.setDate(qdate(row.start.date()))
        self.start.setTime(qtime(row.start.time()))
        self.end.setTime(qtime(row.end.time()))
        self.venue.set_current_id(row.venue_id)
        self.trainers.set_checked_ids(row.trainer_ids)
        if self.host is not None:
            self.host.set_current_id(row.host_municipality_id)
        if self.excursion is not None:
            self.excursion.load(row.excursion)
        if self.agenda is not None:
            for a in row.agenda:
                self.agenda.add_item(a.start, a.end, a.title, a.kind, a.speaker_ids)
        self.cancelled = row.cancelled
        if row.cancelled:
            for w in self.all_widgets():
                w.setEnabled(False)
            self.title.setToolTip(QCoreApplication.translate("SessionLine", "abgesagt"))

    def kind_label(self) -> str:
        return session_kind_label(self.kind)


def _focus_stops(widget: QWidget) -> list[QWidget]:
    """`widget` and its descendants that Tab stops at, in creation order; pop-ups (their
    own windows) are left out."""
    return [w for w in (widget, *widget.findChildren(QWidget))
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
            and w.window() is widget.window()]


class SessionGrid(QWidget):
    """A header line and one grid line per session (+ excursion/agenda lines)."""

    HEADERS = (QT_TRANSLATE_NOOP("SessionGrid", "Nr."),
               QT_TRANSLATE_NOOP("SessionGrid", "Titel"),
               QT_TRANSLATE_NOOP("SessionGrid", "Datum"),
               QT_TRANSLATE_NOOP("SessionGrid", "Beginn"),
               QT_TRANSLATE_NOOP("SessionGrid", "Ende"),
               QT_TRANSLATE_NOOP("SessionGrid", "Ort"),
               QT_TRANSLATE_NOOP("SessionGrid", "Referent:innen"))
    HOST_HEADER = QT_TRANSLATE_NOOP("SessionGrid", "Gastgeberstadt")

    def __init__(self, host_column: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        headers = list(self.HEADERS) + ([self.HOST_HEADER] if host_column else [])
        for col, text in enumerate(headers):
            label = QLabel("<b>" + QCoreApplication.translate("SessionGrid", text) + "</b>")
            self._grid.addWidget(label, 0, col)
        self._grid.setColumnStretch(1, 3)
        self._grid.setColumnStretch(5, 2)
        self._grid.setColumnStretch(6, 2)
        self._columns = len(headers)
        self.lines: list[SessionLine] = []
        # The field Tab comes from before the rows (set by the editor, see chain_tab_order).
        self.tab_after: QWidget | None = None

    def set_lines(self, lines: list[SessionLine]) -> None:
        for line in self.lines:
            self._discard(line)
        self.lines = list(lines)
        self.relayout()

    def append(self, line: SessionLine) -> None:
        self.insert(len(self.lines), line)

    def insert(self, index: int, line: SessionLine) -> None:
        self.lines.insert(index, line)
        self.relayout()

    def remove(self, index: int) -> SessionLine:
        line = self.lines.pop(index)
        self._discard(line)
        self.relayout()
        return line

    def pop(self) -> SessionLine:
        return self.remove(len(self.lines) - 1)

    def _discard(self, line: SessionLine) -> None:
        for w in line.all_widgets():
            self._grid.removeWidget(w)
            w.setParent(None)  # type: ignore[call-overload]
            w.deleteLater()

    def relayout(self) -> None:
        for line in self.lines:
            for w in line.all_widgets():
                self._grid.removeWidget(w)
        row = 1
        for line in self.lines:
            for col, w in enumerate(line.main_widgets()):
                self._grid.addWidget(w, row, col)
                w.show()
            row += 1
            for extra in (line.excursion, line.agenda):
                if extra is not None:
                    self._grid.addWidget(extra, row, 1, 1, self._columns - 1)
                    extra.show()
                    row += 1
        self.renumber()
        self.chain_tab_order()

    def focus_stops(self) -> list[QWidget]:
        """The fields Tab visits, row by row in the order they are shown."""
        return [stop for line in self.lines for w in line.all_widgets()
                for stop in _focus_stops(w)]

    def chain_tab_order(self) -> None:
        """Rows added later would otherwise come after the dialog's buttons in Tab order:
        their fields follow `tab_after` row by row, before Save and Cancel."""
        if self.tab_after is None:
            return
        for first, second in pairwise([self.tab_after, *self.focus_stops()]):
            QWidget.setTabOrder(first, second)

    def renumber(self) -> None:
        for n, line in enumerate(self.lines, 1):
            line.number.setText(f"{n}")
            pattern = DEFAULT_TITLE.get(SessionKind(line.kind), line.kind_label() + " {n}")
            line.title.setPlaceholderText(pattern.format(n=n))
