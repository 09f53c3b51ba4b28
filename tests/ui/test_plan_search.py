"""The plan's search box: filters the shown sessions, says when nothing matches; Ctrl+F."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.ui.conftest import PlanData
from ui.main_window import MainWindow
from ui.plan.page import PlanPage


def test_search_filters_the_sessions(qtbot, db, plan_data: PlanData):
    page = PlanPage(db)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    page.go_to(date(2027, 3, 1))
    assert len(page.visible_sessions()) == 7
    qtbot.keyClicks(page.search, "brugge")  # trainer Heiner Brügge, typed without umlaut
    assert [s.session_id for s in page.visible_sessions()] == [plan_data.conference_session_id]
    assert not page.no_hits_label.isVisible()
    page.search.clear()
    qtbot.keyClicks(page.search, "korber forum")  # venue Körber-Forum
    assert [s.session_id for s in page.visible_sessions()] == [plan_data.conference_session_id]
    page.search.clear()
    assert len(page.visible_sessions()) == 7
    qtbot.keyClicks(page.search, "Zzyzx")
    assert page.visible_sessions() == []
    assert page.no_hits_label.isVisible()
    assert "„Zzyzx“" in page.no_hits_label.text()


def test_ctrl_f_on_the_plan_focuses_the_plan_search(qtbot, db, plan_data: PlanData):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    plan = window.show_page("plan")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "plan"
    qtbot.waitUntil(plan.search.hasFocus, timeout=2000)
