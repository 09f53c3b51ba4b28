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


def test_search_finds_sessions_by_municipality(qtbot, db, plan_data: PlanData):
    from planner.models import Event, Organisation
    from planner.models import Session as EventSession
    from planner.usecases.people import add_organisation

    with db.transaction() as orm:
        goerlitz = add_organisation(orm, name="Görlitz", municipality=True,
                                    federal_state="SN").value
        # the conference is for Görlitz; module 2 of the series is hosted by Leipzig
        conference = orm.get(Event, plan_data.conference_id)
        conference.municipalities.append(goerlitz)
        module_2 = orm.get(EventSession, plan_data.series.session_ids[1])
        module_2.host_municipality = orm.get(Organisation, plan_data.series.municipality_id)
    page = PlanPage(db)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    page.go_to(date(2027, 3, 1))
    qtbot.keyClicks(page.search, "gorlitz")
    assert [s.session_id for s in page.visible_sessions()] == [plan_data.conference_session_id]
    page.search.clear()
    qtbot.keyClicks(page.search, "Leipzig")
    assert [s.session_id for s in page.visible_sessions()] == [plan_data.series.session_ids[1]]
    assert not page.no_hits_label.isVisible()
