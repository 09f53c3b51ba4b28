"""The attendance grid: keyboard marking saved at once, live totals and eligibility."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from planner.models import Attendance
from tests.factories import make_series
from ui.attendance.model import STATUS_ROLE

# Every message box answers "Yes" and is recorded (see tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("quiet_dialogs")


def _marks(db) -> dict[tuple[int, int], tuple[str, int | None]]:
    with db.reading() as orm:
        return {(a.session_id, a.person_id): (a.status, a.minutes)
                for a in orm.scalars(select(Attendance))}


def _grid(qtbot, db, event_id):
    from ui.attendance.grid import AttendanceGridWidget

    widget = AttendanceGridWidget(db, event_id)
    qtbot.addWidget(widget)
    widget.resize(1100, 400)
    widget.show()
    widget.view.setFocus()
    return widget


def test_model_passes_the_model_tester(qtmodeltester, qtbot, db):
    series = make_series(db, persons=3)
    widget = _grid(qtbot, db, series.event_id)
    qtmodeltester.check(widget.model)


def test_keyboard_marking(qtbot, db, output_dir, monkeypatch):
    series = make_series(db, persons=3)
    widget = _grid(qtbot, db, series.event_id)
    view = widget.view
    people = [p.id for p in widget.model.persons]
    s = series.session_ids
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == 0

    qtbot.keyClick(view, Qt.Key.Key_P)                       # (p0, s0) present
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_E)                       # (p0, s1) excused
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_A)                       # (p1, s1) absent
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Space)                   # (p1, s0) empty -> present
    qtbot.keyClick(view, Qt.Key.Key_Space)                   # present -> excused
    monkeypatch.setattr(widget, "ask_minutes", lambda limit: 180)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_T)                       # (p2, s0) partial 180 min
    marks = _marks(db)
    assert marks == {
        (s[0], people[0]): ("present", None),
        (s[1], people[0]): ("excused", None),
        (s[1], people[1]): ("absent", None),
        (s[0], people[1]): ("excused", None),
        (s[0], people[2]): ("partial", 180),
    }
    qtbot.keyClick(view, Qt.Key.Key_Delete)                  # clears (p2, s0)
    assert (s[0], people[2]) not in _marks(db)
    # totals in the header and per person
    header = widget.model.headerData(0, Qt.Orientation.Horizontal)
    assert "1/3" in header
    units = widget.model.index(0, len(s)).data()
    assert units.startswith("8 /")  # one module: 7 h less 60 min break = 8 UE
    # 1 of 6 modules: under the threshold, so the certificate lists the attended module
    assert widget.model.index(0, len(s) + 2).data() == "Bescheinigung besuchter Module"
    widget.grab().save(str(output_dir / "attendance_grid.png"))


def test_all_present_and_eligibility_updates_live(qtbot, db):
    series = make_series(db, persons=2)
    widget = _grid(qtbot, db, series.event_id)
    eligible_col = len(series.session_ids) + 2
    assert widget.model.index(0, eligible_col).data() == "keine"
    for col in range(5):  # five of six modules: 83 % >= 80 %
        widget.view.setCurrentIndex(widget.model.index(0, col))
        qtbot.mouseClick(widget.all_present_button, Qt.MouseButton.LeftButton)
    marks = _marks(db)
    assert len(marks) == 10
    assert all(status == "present" for status, _ in marks.values())
    assert widget.model.index(0, eligible_col).data() == "Reihenbescheinigung"
    assert widget.model.index(1, eligible_col).data() == "Reihenbescheinigung"
    assert widget.model.index(0, eligible_col - 1).data() == "83,3 %"
    # one person excused in module 5: 4/6 = 67 % -> the attended modules instead
    widget.view.setCurrentIndex(widget.model.index(1, 4))
    qtbot.keyClick(widget.view, Qt.Key.Key_E)
    assert widget.model.index(1, eligible_col).data() == "Bescheinigung besuchter Module"
    assert widget.model.index(0, eligible_col).data() == "Reihenbescheinigung"
    assert "fällig: 2 von 2" in widget.threshold_label.text()


def test_not_booked_cells_are_not_editable(qtbot, db):
    from planner.usecases.people import add_person
    from planner.usecases.registration import register

    series = make_series(db, persons=0)
    with db.transaction() as orm:
        pid = add_person(orm, first_name="Ayşe", last_name="Modul").value.id
        register(orm, series.event_id, pid, [series.session_ids[2]])
    widget = _grid(qtbot, db, series.event_id)
    assert widget.model.index(0, 0).data() == "–"
    qtbot.keyClick(widget.view, Qt.Key.Key_P)
    assert _marks(db) == {}
    widget.view.setCurrentIndex(widget.model.index(0, 2))
    qtbot.keyClick(widget.view, Qt.Key.Key_P)
    assert _marks(db) == {(series.session_ids[2], pid): ("present", None)}
    assert widget.model.index(0, len(series.session_ids) + 2).data() == "Modulbescheinigung"


def test_walk_in_from_the_grid_over_capacity(qtbot, db, quiet_dialogs, output_dir):
    """Someone from the waiting list turns up: added in the grid, present, with a warning."""
    from planner.models import Event
    from planner.usecases.people import add_person
    from planner.usecases.registration import register

    series = make_series(db, persons=2)
    with db.transaction() as orm:
        orm.get(Event, series.event_id).capacity = 2
        walker = add_person(orm, first_name="Søren", last_name="Perić").value.id
        assert register(orm, series.event_id, walker).value.status == "waiting"
    widget = _grid(qtbot, db, series.event_id)
    assert len(widget.model.persons) == 2
    widget.view.setCurrentIndex(widget.model.index(0, 1))
    dialog = widget.open_walk_in()
    assert dialog is not None and dialog.book_box.isHidden()
    dialog.select_person(walker)
    assert dialog.register()
    assert any("überbucht" in text for text in quiet_dialogs)
    widget.refresh()
    names = [p.name for p in widget.model.persons]
    assert "Perić, Søren" in names
    row = names.index("Perić, Søren")
    assert widget.model.index(row, 1).data(STATUS_ROLE) == "present"
    assert widget.model.index(row, 0).data() == "–"  # only the session of the day is booked
    widget.grab().save(str(output_dir / "attendance_grid_walk_in.png"))


def test_short_headers_fit_a_1280_px_screen(qtbot, db, output_dir):
    """All six modules plus UE and rate are visible at 1280 px without scrolling."""
    series = make_series(db, persons=3)
    widget = _grid(qtbot, db, series.event_id)
    widget.resize(1280, 800)
    qtbot.wait(10)
    model = widget.model
    first = model.headerData(0, Qt.Orientation.Horizontal)
    start = model.sessions[0].start
    assert first.splitlines()[0] == f"Modul 1 · {start:%d.%m.}"
    sixth = model.headerData(5, Qt.Orientation.Horizontal).splitlines()[0]
    assert sixth.startswith("Modul 6 · ")
    tooltip = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == f"{model.sessions[0].title}, {start:%d.%m.%Y}"
    units = len(model.sessions)  # the first column after the sessions
    assert model.headerData(units, Qt.Orientation.Horizontal) == "UE"
    assert "1 UE = 45 Minuten" in model.headerData(units, Qt.Orientation.Horizontal,
                                                   Qt.ItemDataRole.ToolTipRole)
    view = widget.view
    last = len(model.sessions) - 1
    right_edge = view.columnViewportPosition(last) + view.columnWidth(last)
    assert view.columnViewportPosition(0) == 0
    assert right_edge <= view.viewport().width(), (right_edge, view.viewport().width())
    totals = widget.totals_view
    units, rate = len(model.sessions), len(model.sessions) + 1
    assert not totals.isColumnHidden(units) and not totals.isColumnHidden(rate)
    assert view.isColumnHidden(units) and totals.isColumnHidden(0)
    assert totals.isVisible() and totals.geometry().right() <= widget.width()
    widget.grab().save(str(output_dir / "attendance_grid_1280.png"))


def test_totals_stay_in_view_while_sessions_scroll(qtbot, db, output_dir):
    series = make_series(db, persons=12)
    widget = _grid(qtbot, db, series.event_id)
    widget.resize(700, 360)
    qtbot.wait(10)
    view, totals = widget.view, widget.totals_view
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 0  # the sessions do not fit: they scroll
    bar.setValue(bar.maximum())
    assert view.columnViewportPosition(0) < 0  # module 1 scrolled out of sight
    units = len(widget.model.sessions)
    assert totals.columnViewportPosition(units) >= 0  # UE still in view, on the right
    assert totals.geometry().right() <= widget.width()
    # Scrolling down moves both views together, so the totals stay on their person's row.
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert totals.verticalScrollBar().value() == view.verticalScrollBar().value()
    assert totals.rowAt(5) == view.rowAt(5)
    assert totals.rowViewportPosition(3) == view.rowViewportPosition(3)
    assert (totals.horizontalHeader().height() == view.horizontalHeader().height())
    widget.grab().save(str(output_dir / "attendance_grid_scrolled.png"))


def test_ctrl_z_undoes_the_last_marks(qtbot, db, monkeypatch):
    series = make_series(db, persons=2)
    widget = _grid(qtbot, db, series.event_id)
    view = widget.view
    people = [p.id for p in widget.model.persons]
    s = series.session_ids
    monkeypatch.setattr(widget, "ask_minutes", lambda limit: 120)
    qtbot.keyClick(view, Qt.Key.Key_T)                        # (p0, s0) partial 120
    qtbot.keyClick(view, Qt.Key.Key_A)                        # (p0, s0) absent
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_P)                        # (p1, s0) present
    assert _marks(db) == {(s[0], people[0]): ("absent", None),
                          (s[0], people[1]): ("present", None)}
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _marks(db) == {(s[0], people[0]): ("absent", None)}
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _marks(db) == {(s[0], people[0]): ("partial", 120)}
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _marks(db) == {}
    assert widget.model.index(0, 0).data() == ""              # the grid shows it too
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left
    assert _marks(db) == {}
