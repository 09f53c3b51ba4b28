"""The attendance tab: persons × sessions, driven by the keyboard.

Arrow keys move; Space cycles (empty → present → excused → absent → empty); P present,
T partly present (asks the minutes), E excused, A absent; Delete clears. Every change is
saved at once in its own transaction; totals, rate and eligibility update live.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.queries.attendance import attendance_grid
from planner.storage.database import Database
from planner.usecases.attendance import (
    clear_attendance,
    record_all_registered,
    record_attendance,
)
from planner.usecases.outcome import Change
from ui.attendance.model import EDITABLE_ROLE, STATUS_ROLE, AttendanceModel
from ui.numbers import ui_percent
from ui.operations import Op, show_error, watch_changes

CYCLE = [None, "present", "excused", "absent"]
# What the grid shows: persons with active registrations × held sessions, their attendance.
CONCERNS = (Change.ATTENDANCE, Change.REGISTRATIONS, Change.SESSIONS, Change.PERSONS,
            Change.EVENTS)
KEYS = {Qt.Key.Key_P: "present", Qt.Key.Key_T: "partial", Qt.Key.Key_E: "excused",
        Qt.Key.Key_A: "absent"}


class CellDelegate(QStyledItemDelegate):
    """Keeps the status colour visible on the current cell and marks it with a frame."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        opt = QStyleOptionViewItem(option)
        opt.state &= ~QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        if selected:  # the view already filled the cell with the highlight colour
            brush = index.data(Qt.ItemDataRole.BackgroundRole)
            painter.fillRect(option.rect,  # type: ignore[attr-defined]
                             brush if brush is not None
                             else option.palette.base())  # type: ignore[attr-defined]
        super().paint(painter, opt, index)
        if selected:
            painter.save()
            painter.setPen(QPen(QColor("#1d5fbf"), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))  # type: ignore[attr-defined]
            painter.restore()


class AttendanceView(QTableView):
    """A table view that turns status keys into a signal for the current cell."""

    status_key = Signal(QModelIndex, object)  # index, status or None (clear) or "cycle"
    undo_key = Signal()

    def event(self, event: QEvent) -> bool:
        # Ctrl+Z undoes the last mark here, not the window's "move session" undo.
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Undo)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_key.emit()
            return
        key = Qt.Key(event.key())
        index = self.currentIndex()
        if index.isValid() and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                     Qt.KeyboardModifier.KeypadModifier):
            if key in KEYS:
                self.status_key.emit(index, KEYS[key])
                return
            if key == Qt.Key.Key_Space:
                self.status_key.emit(index, "cycle")
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.status_key.emit(index, None)
                return
        super().keyPressEvent(event)


class AttendanceGridWidget(QWidget):
    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.model = AttendanceModel(self)
        self.view = AttendanceView()
        self.view.setAccessibleName(self.tr("Anwesenheit: Personen und Termine"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(CellDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.status_key.connect(self._on_key)
        self.view.undo_key.connect(self.undo)
        # Single marks, newest last: (session, person, the mark before or None).
        self.undo_stack: list[tuple[int, int, tuple[str, int | None] | None]] = []
        # UE, rate and certificate stay in view while the sessions scroll sideways (the
        # names are the frozen row header): a second view of the same model shows them.
        self.totals_view = QTableView()
        self.totals_view.setAccessibleName(self.tr("Anwesenheit: Summen je Person"))
        self.totals_view.setModel(self.model)
        self.totals_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totals_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals_view.verticalHeader().hide()
        self.totals_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Both with a horizontal scroll bar, so both viewports are equally high and the
        # rows line up at every vertical scroll position.
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.totals_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.totals_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals_view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.verticalScrollBar().valueChanged.connect(
            self.totals_view.verticalScrollBar().setValue)
        self.totals_view.verticalScrollBar().valueChanged.connect(
            self.view.verticalScrollBar().setValue)
        self.model.modelReset.connect(self._split_columns)
        self.help_label = QLabel(self.tr(
            "Tastatur: Pfeiltasten bewegen · Leertaste wechselt · P anwesend · "
            "T teilweise (Minuten) · E entschuldigt · A abwesend · Entf löscht · "
            "Strg+Z macht rückgängig"))
        self.help_label.setWordWrap(True)
        self.threshold_label = QLabel()
        self.all_present_button = QPushButton(self.tr("Alle anwesend (gewählter Termin)"))
        self.all_present_button.clicked.connect(self.mark_all_present)
        self.walk_in_button = QPushButton(self.tr("Person vor Ort hinzufügen …"))
        self.walk_in_button.setToolTip(self.tr(
            "Jemand ist ohne Platz gekommen: für den gewählten Termin anmelden (auch über die "
            "Kapazität) und als anwesend erfassen"))
        self.walk_in_button.clicked.connect(self.open_walk_in)
        top = QHBoxLayout()
        top.addWidget(self.threshold_label, 1)
        top.addWidget(self.walk_in_button)
        top.addWidget(self.all_present_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        tables = QHBoxLayout()
        tables.setSpacing(0)
        tables.addWidget(self.view, 1)
        tables.addWidget(self.totals_view)
        layout.addLayout(tables, 1)
        layout.addWidget(self.help_label)
        self.refresh()
        watch_changes(self, db, CONCERNS)

    def refresh(self) -> None:
        with self.db.reading() as orm:
            grid = attendance_grid(orm, self.event_id)
        first = self.model.grid is None
        self.model.set_grid(grid)
        eligible = sum(1 for p in grid.persons if p.eligible)
        self.threshold_label.setText(self.tr(
            "Schwelle für die Reihenbescheinigung: {0} · Bescheinigung fällig: {1} von {2}"
        ).format(ui_percent(grid.threshold), eligible, len(grid.persons)))
        if first:
            # Widths from the first rows only: measuring every cell of a 200-person grid
            # (Qt's default precision is 1,000 rows) took most of the opening time.
            self.view.horizontalHeader().setResizeContentsPrecision(50)
            self.view.resizeColumnsToContents()
            self.view.verticalHeader().setMinimumWidth(160)
            for col in range(len(grid.sessions)):
                self.view.setColumnWidth(col, max(self.view.columnWidth(col), 104))
            if grid.persons and grid.sessions:
                self.view.setCurrentIndex(self.model.index(0, 0))
        if first:
            self._split_columns()
        # The totals and the certificate column change with every mark: keep them readable.
        width = 2 * self.totals_view.frameWidth()
        for col in range(len(grid.sessions), self.model.columnCount()):
            self.totals_view.resizeColumnToContents(col)
            width += self.totals_view.columnWidth(col)
        self.totals_view.setFixedWidth(width)
        # Same header height as the sessions' two-line headers, so the rows line up.
        self.totals_view.horizontalHeader().setFixedHeight(
            self.view.horizontalHeader().sizeHint().height())

    def _split_columns(self) -> None:
        """Sessions in the main view, totals in the frozen view on the right."""
        sessions = len(self.model.sessions)
        for col in range(self.model.columnCount()):
            self.view.setColumnHidden(col, col >= sessions)
            self.totals_view.setColumnHidden(col, col < sessions)

    def current_session_id(self) -> int | None:
        session = self.model.session_at(self.view.currentIndex().column())
        return session.id if session else None

    # ---- changes ----------------------------------------------------------------------
    def ask_minutes(self, limit: int) -> int | None:
        value, ok = QInputDialog.getInt(
            self, self.tr("Teilweise anwesend"),
            self.tr("Anwesende Minuten (1 bis {0}):").format(limit), limit // 2, 1, limit)
        return value if ok else None

    def _on_key(self, index: QModelIndex, status: object) -> None:
        if not index.isValid() or not self.model.data(index, EDITABLE_ROLE):
            return
        if status == "cycle":
            current = self.model.data(index, STATUS_ROLE)
            position = CYCLE.index(current) if current in CYCLE else 0
            status = CYCLE[(position + 1) % len(CYCLE)]
        self.set_status(index.row(), index.column(), status)  # type: ignore[arg-type]

    def set_status(self, row: int, column: int, status: str | None) -> bool:
        session = self.model.session_at(column)
        if session is None:
            return False
        person_id = self.model.persons[row].id
        before = self.model.grid.marks.get((session.id, person_id)) if self.model.grid else None
        if status is None:
            op = Op(self, self.db, lambda orm: clear_attendance(orm, session.id, person_id))
        else:
            minutes = None
            if status == "partial":
                minutes = self.ask_minutes(session.minutes)
                if minutes is None:
                    return False
            op = Op(self, self.db, lambda orm: record_attendance(
                orm, session.id, person_id, status, minutes=minutes))
        if op.quiet().run() is None:
            return False
        self.undo_stack.append((session.id, person_id, before))
        del self.undo_stack[:-50]
        return True

    def undo(self) -> bool:
        """Ctrl+Z: puts back the mark before the last change (step by step)."""
        if not self.undo_stack:
            return False
        session_id, person_id, before = self.undo_stack.pop()
        if before is None:
            op = Op(self, self.db, lambda orm: clear_attendance(orm, session_id, person_id))
        else:
            status, minutes = before
            op = Op(self, self.db, lambda orm: record_attendance(
                orm, session_id, person_id, status, minutes=minutes))
        return op.quiet().run() is not None

    def open_walk_in(self) -> QDialog | None:
        """The walk-in dialog for the selected session (shown, not blocking)."""
        from ui.attendance.walk_in import WalkInDialog

        session = self.model.session_at(self.view.currentIndex().column())
        if session is None or session.cancelled or not session.begun:
            show_error(self, self.tr("Bitte einen Termin wählen, der stattfindet und "
                                     "begonnen hat."))
            return None
        dialog = WalkInDialog(self.db, self.event_id, session.id,
                              f"{session.title}, {session.start:%d.%m.%Y}", self)
        dialog.open()
        return dialog

    def mark_all_present(self) -> bool:
        session_id = self.current_session_id()
        if session_id is None:
            return False
        return Op(self, self.db, lambda orm: record_all_registered(
            orm, session_id, "present")).quiet().run() is not None
