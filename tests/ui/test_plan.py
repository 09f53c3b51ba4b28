"""Plan views: sessions shown, filters, holidays, moving through the dialog and by drag."""

from __future__ import annotations

import sys
import types
from datetime import date, datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from planner.models import Session
from planner.usecases.planning import EventPlan, SessionPlan, create_event
from tests.factories import make_series
from tests.ui.conftest import PlanData
from ui.plan.move_dialog import MoveSessionDialog
from ui.plan.page import PlanPage


def _page(qtbot, db) -> PlanPage:
    page = PlanPage(db)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    page.go_to(date(2027, 3, 1))
    return page


def _start_of(db, session_id: int) -> tuple[datetime, datetime]:
    with db.reading() as orm:
        s = orm.get(Session, session_id)
        return s.start, s.end


def test_month_week_agenda_show_the_sessions(qtbot, db, plan_data: PlanData):
    page = _page(qtbot, db)
    with db.reading() as orm:
        expected = set(orm.scalars(select(Session.id).where(
            Session.start >= datetime(2027, 3, 1), Session.start < datetime(2027, 4, 12))))
    shown = {s.session_id for s in page.visible_sessions()}
    assert shown == expected and len(expected) == 7  # grid 1 Mar–11 Apr: 6 modules + conference
    page.month_view.grab()  # paint: every session becomes a clickable chip
    assert {item.session_id for _rect, item in page.month_view._hits} == expected
    page.set_mode("week")
    page.go_to(date(2027, 3, 10))
    assert {s.session_id for s in page.visible_sessions()} == {
        plan_data.series.session_ids[1], plan_data.conference_session_id}
    page.week_view.grab()
    assert len(page.week_view._hits) == 2
    page.set_mode("agenda")
    page.go_to(date(2027, 4, 1))
    titles = [page.agenda_proxy.index(r, 3).data() for r in range(page.agenda_proxy.rowCount())]
    assert titles == ["Modul 6"]  # 6 April


def test_filters_reduce_the_sessions(qtbot, db, plan_data: PlanData):
    page = _page(qtbot, db)
    assert len(page.visible_sessions()) == 7
    hamburg = page.office_filter.findText("Hamburg")
    page.office_filter.setCurrentIndex(hamburg)
    assert [s.session_id for s in page.visible_sessions()] == [plan_data.conference_session_id]
    page.set_filters(fmt="training_series")
    assert {s.format for s in page.visible_sessions()} == {"training_series"}
    assert len(page.visible_sessions()) == 6
    page.set_filters(trainer_id=plan_data.hamburg_trainer_id)
    assert [s.session_id for s in page.visible_sessions()] == [plan_data.conference_session_id]
    page.set_filters()
    assert len(page.visible_sessions()) == 7


def test_holidays_are_shown(qtbot, db, plan_data: PlanData):
    page = _page(qtbot, db)
    page.go_to(date(2027, 10, 1))
    # national holidays, and the states of the offices (BE, HH, HB) and the shown venues
    assert "Tag der Deutschen Einheit" in page.month_view.holidays[date(2027, 10, 3)]
    assert "Reformationstag" in page.month_view.holidays[date(2027, 10, 31)]
    page.set_filters(office_id=page.office_filter.itemData(page.office_filter.findText("Berlin")))
    assert date(2027, 10, 31) not in page.month_view.holidays  # not a holiday in Berlin
    page.go_to(date(2027, 3, 1))
    page.set_filters(office_id=page.office_filter.itemData(page.office_filter.findText("Berlin")))
    assert date(2027, 3, 8) in page.month_view.holidays  # Frauentag, Berlin only


def test_move_through_the_dialog_changes_the_database(qtbot, db, plan_data: PlanData,
                                                      monkeypatch):
    page = _page(qtbot, db)
    session_id = plan_data.series.session_ids[0]
    new_start, new_end = datetime(2027, 3, 4, 10, 0), datetime(2027, 3, 4, 17, 15)

    def accept(dialog: MoveSessionDialog) -> int:
        dialog.set_values(new_start, new_end)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MoveSessionDialog, "exec", accept)
    assert page.move_session_dialog(session_id)
    assert _start_of(db, session_id) == (new_start, new_end)
    assert any(s.session_id == session_id and s.start == new_start
               for s in page.visible_sessions())
    # Ctrl+Z equivalent: undo the last move
    assert page.undo_last_move()
    assert _start_of(db, session_id) == (datetime(2027, 3, 2, 9, 30), datetime(2027, 3, 2, 16, 30))


def test_double_booking_asks_before_saving(qtbot, db, plan_data: PlanData, monkeypatch,
                                           warnings_answer):
    trainer = plan_data.series.trainer_id
    with db.transaction() as orm:
        other = create_event(orm, EventPlan(
            format="conference", title="Tagung Süd", office="berlin",
            sessions=[SessionPlan(start=datetime(2027, 3, 18, 9, 0),
                                  end=datetime(2027, 3, 18, 12, 0), title="Tag 1",
                                  trainer_ids=[trainer])]), force=True).value
        other_id = other.sessions[0].id
    page = _page(qtbot, db)
    warnings_answer.choice = "cancel"
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    target = (datetime(2027, 3, 16, 9, 30), datetime(2027, 3, 16, 16, 30))  # module 3's day
    assert not page.move_session(other_id, *target)
    (shown,) = warnings_answer.shown
    assert [w.code for w in shown] == ["trainer_double"] and "Kowalczyk" in shown[0].message
    assert _start_of(db, other_id) == (datetime(2027, 3, 18, 9, 0), datetime(2027, 3, 18, 12, 0))
    warnings_answer.choice = "save"
    assert page.move_session(other_id, *target)
    assert _start_of(db, other_id) == target


def test_drag_in_week_view_moves_the_session(qtbot, db, plan_data: PlanData, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    page = _page(qtbot, db)
    page.set_mode("week")
    page.go_to(date(2027, 3, 2))
    view = page.week_view
    view.grab()
    session_id = plan_data.series.session_ids[0]
    rect = next(r for r, item in view._hits if item.session_id == session_id)
    start = rect.center().toPoint()
    day_width = round(view._day_width())
    end = start + QPoint(day_width, 0)  # one day later, same time
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, start + QPoint(10, 0))
    qtbot.mouseMove(view, end)
    with qtbot.waitSignal(view.drag_move_requested, timeout=2000):
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    assert _start_of(db, session_id) == (datetime(2027, 3, 3, 9, 30), datetime(2027, 3, 3, 16, 30))


def test_double_click_opens_the_event(qtbot, db, plan_data: PlanData, monkeypatch):
    opened: list[int] = []

    class FakeEventWindow:
        def __init__(self, _db, event_id, _parent=None):
            opened.append(event_id)

        def show(self):
            pass

    fake = types.ModuleType("ui.events.window")
    fake.EventWindow = FakeEventWindow  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ui.events.window", fake)
    if "ui.events" not in sys.modules:
        monkeypatch.setitem(sys.modules, "ui.events", types.ModuleType("ui.events"))
    page = _page(qtbot, db)
    page.month_view.grab()
    rect = next(r for r, item in page.month_view._hits
                if item.session_id == plan_data.conference_session_id)
    qtbot.mouseDClick(page.month_view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert opened == [plan_data.conference_id]


def test_chips_leave_out_the_format_name_the_colour_shows(qtbot, db):
    from ui.plan.base_view import chip_title
    from ui.plan.page import PlanPage

    make_series(db, title="Fortbildungsreihe „Bildungsmonitoring“ 2027", persons=0)
    make_series(db, title="Fortbildungsreihe: Ganztag und Übergänge", persons=0,
                start=datetime(2027, 3, 2, 13, 0))
    make_series(db, title="Fortbildungsreihe", persons=0, start=datetime(2027, 3, 3, 9, 0))
    page = PlanPage(db)
    qtbot.addWidget(page)
    page.go_to(date(2027, 3, 1))
    chips = {chip_title(s) for s in page.visible_sessions() if s.start.day in (2, 3)}
    assert chips == {"Bildungsmonitoring 2027", "Ganztag und Übergänge", "Fortbildungsreihe"}
    tips = {page.month_view.tooltip_for(s).splitlines()[0] for s in page.visible_sessions()}
    assert "Fortbildungsreihe „Bildungsmonitoring“ 2027" in tips  # full title on hover
