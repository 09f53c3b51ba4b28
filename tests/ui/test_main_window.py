"""Main window: pages, shortcuts, status bar, remembered state; editors; --self-test."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from planner import __version__
from planner.models import Event, Office, Organisation, Person, Session, Setting, Venue
from tests.ui.conftest import PlanData
from ui.main_window import PAGES, MainWindow
from ui.pages.masterdata import OrganisationEditorDialog, VenueEditorDialog
from ui.pages.person_editor import PersonEditorDialog


def _window(qtbot, db) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # shortcuts need an active window
    return window


def _count(db, model) -> int:
    with db.reading() as orm:
        return orm.scalar(select(func.count()).select_from(model))


def test_every_page_shows(qtbot, db, plan_data: PlanData):
    window = _window(qtbot, db)
    for key in PAGES:
        page = window.show_page(key)
        assert window.stack.currentWidget() is page
        assert page.isVisible()
    assert "5 Personen" not in window.counts_label.text()  # 4 participants + 2 trainers
    assert f"{_count(db, Person)} Personen" in window.counts_label.text()
    assert str(db.path) in window.path_label.text()
    assert __version__ in window.about_text()


def test_shortcuts_and_remembered_state(qtbot, db, plan_data: PlanData):
    window = _window(qtbot, db)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "exports"
    window.show_page("people")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages["people"].search.hasFocus()
    window.pages["people"].table.setColumnWidth(0, 333)
    window.resize(1400, 900)
    window.splitter.setSizes([230, 1100])
    remembered = window.splitter.sizes()
    assert remembered[0] > 200
    window.close()
    settings = QSettings()
    assert settings.value("main/geometry") is not None
    assert settings.value("main/splitter") is not None
    again = _window(qtbot, db)
    # the offscreen screen is 800 px wide, so compare with a splitter of the same width
    probe = type(again.splitter)()
    probe.addWidget(type(again.nav)())
    probe.addWidget(type(again.nav)())
    probe.resize(1400 - 4, 500)
    assert probe.restoreState(settings.value("main/splitter"))
    assert probe.sizes()[0] > 200  # wider than the default navigation (170)
    assert again.page("people").table.columnWidth(0) == 333


def test_f5_refresh_and_undo_via_window(qtbot, db, plan_data: PlanData, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window = _window(qtbot, db)
    plan = window.page("plan")
    session_id = plan_data.conference_session_id
    plan.go_to(datetime(2027, 3, 1).date())
    assert plan.move_session(session_id, datetime(2027, 3, 11, 10), datetime(2027, 3, 11, 17))
    with db.reading() as orm:
        assert orm.get(Session, session_id).start == datetime(2027, 3, 11, 10)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with db.reading() as orm:
        assert orm.get(Session, session_id).start == datetime(2027, 3, 10, 10)
    with db.transaction() as orm:
        orm.add(Organisation(name="Dortmund", kind="municipality", federal_state="NW"))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert "2 Kommunen" in window.counts_label.text()


def test_person_editor_validates_and_creates(qtbot, db, plan_data: PlanData):
    before = _count(db, Person)
    dialog = PersonEditorDialog(db)
    qtbot.addWidget(dialog)
    dialog.first_edit.setText("Özlem")
    dialog.last_edit.setText("Çelik")
    dialog.email_edit.setText("oezlem.celik(at)example")
    assert not dialog.save()
    assert "keine gültige E-Mail-Adresse" in dialog.message
    assert _count(db, Person) == before
    dialog.last_edit.setText("")
    dialog.email_edit.setText("oezlem.celik@example.org")
    assert not dialog.save()
    assert dialog.message == "Der Nachname fehlt."
    dialog.last_edit.setText("Çelik")
    dialog.role_boxes["trainer"].setChecked(True)
    dialog.org_combo.setCurrentIndex(dialog.org_combo.findData(plan_data.series.municipality_id))
    assert dialog.save()
    with db.reading() as orm:
        person = orm.get(Person, dialog.person_id)
        assert (person.first_name, person.last_name, person.email) == (
            "Özlem", "Çelik", "oezlem.celik@example.org")
        assert person.is_trainer and person.is_participant
        assert person.organisation_id == plan_data.series.municipality_id
    # edit: the change lands in the database
    editor = PersonEditorDialog(db, dialog.person_id)
    qtbot.addWidget(editor)
    editor.function_edit.setText("Bildungsmonitoring")
    assert editor.save()
    with db.reading() as orm:
        assert orm.get(Person, dialog.person_id).function == "Bildungsmonitoring"


def test_duplicate_person_is_offered_before_creating(qtbot, db, plan_data: PlanData,
                                                     monkeypatch):
    with db.reading() as orm:
        existing = orm.get(Person, plan_data.series.person_ids[0])
        first, last, existing_id = existing.first_name, existing.last_name, existing.id
    before = _count(db, Person)
    offered: list[list[tuple[int, str, str]]] = []
    choice = {"value": "open"}

    def ask(self, matches):
        offered.append(matches)
        return choice["value"]

    monkeypatch.setattr(PersonEditorDialog, "ask_duplicate", ask)
    dialog = PersonEditorDialog(db)
    qtbot.addWidget(dialog)
    dialog.first_edit.setText(first.upper())
    dialog.last_edit.setText(last)
    assert not dialog.save()
    assert offered and offered[0][0][0] == existing_id
    assert dialog.person_id == existing_id  # the existing person is now open for editing
    assert _count(db, Person) == before
    fresh = PersonEditorDialog(db)
    qtbot.addWidget(fresh)
    fresh.first_edit.setText(first)
    fresh.last_edit.setText(last)
    choice["value"] = "create"
    assert fresh.save()
    assert _count(db, Person) == before + 1


def test_municipality_and_venue_editors(qtbot, db, plan_data: PlanData):
    dialog = OrganisationEditorDialog(db)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Gelsenkirchen")
    dialog.population_edit.setText("viele")
    assert not dialog.save()
    assert "ganze Zahl" in dialog.message
    dialog.population_edit.setText("263.000")
    assert not dialog.save()
    assert "Bundesland" in dialog.message
    dialog.state.setCurrentIndex(dialog.state.findData("NW"))
    assert dialog.save()
    with db.reading() as orm:
        org = orm.get(Organisation, dialog.organisation_id)
        assert (org.name, org.population, org.federal_state) == ("Gelsenkirchen", 263000, "NW")
    edit = OrganisationEditorDialog(db, dialog.organisation_id)
    qtbot.addWidget(edit)
    edit.population_edit.setText("260000")
    assert edit.save()
    with db.reading() as orm:
        assert orm.get(Organisation, dialog.organisation_id).population == 260000
    venue = VenueEditorDialog(db, plan_data.series.venue_id)
    qtbot.addWidget(venue)
    venue.capacity_edit.setText("-3")
    assert not venue.save()
    assert "Kapazität" in venue.message
    venue.capacity_edit.setText("40")
    assert venue.save()
    with db.reading() as orm:
        assert orm.get(Venue, plan_data.series.venue_id).capacity == 40


def test_people_page_search_and_settings_page(qtbot, db, plan_data: PlanData):
    window = _window(qtbot, db)
    people = window.show_page("people")
    people.search.setText("walesa")
    people.apply_search()
    assert people.proxy.rowCount() == 1
    assert people.proxy.index(0, 0).data() == "Wałęsa-Łukasiewicz"
    settings = window.show_page("settings")
    settings.threshold.setValue(90)
    settings.text_edits["certificate_title"].setPlainText("Teilnahmebestätigung")
    assert settings.save_settings()
    settings.office_edits["certificate_prefix"].setText("TA B!")
    assert not settings.save_office()
    assert "Kürzel" in settings.office_message.text()
    settings.office_edits["certificate_prefix"].setText("TAB-X")
    assert settings.save_office()
    with db.reading() as orm:
        values = {s.key: s.value for s in orm.scalars(select(Setting))}
        prefixes = set(orm.scalars(select(Office.certificate_prefix)))
    assert values["certificate_threshold"] == 0.9
    assert values["certificate_title"] == "Teilnahmebestätigung"
    assert "TAB-X" in prefixes


def test_events_page_copies_an_event(qtbot, db, plan_data: PlanData, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window = _window(qtbot, db)
    events = window.show_page("events")
    assert events.proxy.rowCount() == 2
    events.format_filter.setCurrentIndex(events.format_filter.findData("conference"))
    assert events.proxy.rowCount() == 1
    events.format_filter.setCurrentIndex(0)
    new_id = events.copy_with(plan_data.series.event_id, 52, "Fortbildungsreihe 2028")
    assert new_id is not None
    with db.reading() as orm:
        event = orm.get(Event, new_id)
        assert event.title == "Fortbildungsreihe 2028"
        assert [s.start for s in event.sessions][0] == datetime(2028, 2, 29, 9, 30)
        assert len(event.sessions) == 6
    assert events.proxy.rowCount() == 3


def test_self_test_option(qtbot, db_path: Path, db):
    from ui.app import main

    db.close()
    assert main(["--db", str(db_path), "--self-test"]) == 0


def test_database_error_is_reported_in_german(qtbot, tmp_path: Path, capsys):
    from ui.app import main

    bad = tmp_path / "kaputt.sqlite"
    bad.write_bytes(b"das ist keine Datenbank" * 100)
    assert main(["--db", str(bad), "--self-test"]) == 2
    assert "Datenbank" in capsys.readouterr().err


def test_english_translation_is_shipped(qtbot, db, qapp):
    from PySide6.QtCore import QLocale

    from ui.app import install_translators
    from ui.resources import translation_path

    assert translation_path("en").exists()
    translators = install_translators(qapp, "en")
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        texts = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert texts[:3] == ["Plan", "Events", "People"]
        assert window.menuBar().actions()[0].text() == "&File"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))


def test_events_page_deletes_an_event_after_confirmation(qtbot, db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from planner.models import Event
    from tests.factories import make_series
    from ui.pages.events import EventsPage

    series = make_series(db, persons=1, title="Doppelt angelegt")
    page = EventsPage(db)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert page.delete_current() is False
    with db.reading() as orm:
        assert orm.get(Event, series.event_id) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert page.delete_current() is True
    with db.reading() as orm:
        assert orm.get(Event, series.event_id) is None
    assert page.model.rowCount() == 0


def test_copy_dialog_shows_the_new_dates_and_moves_the_year_in_the_title(qtbot, db):
    from tests.factories import make_series
    from ui.events.copy_dialog import title_for_year
    from ui.pages.events import EventsPage

    series = make_series(db, title="Fortbildungsreihe Bildungsmonitoring 2027", persons=0)
    page = EventsPage(db)
    qtbot.addWidget(page)
    dialog = page.make_copy_dialog(series.event_id)
    qtbot.addWidget(dialog)
    # 52 weeks on: Tuesdays stay Tuesdays, 2 March 2027 becomes 29 February 2028
    assert dialog.dates_label.text() == "Di., 29.02.2028 – Di., 04.04.2028"
    assert dialog.title_edit.text() == "Fortbildungsreihe Bildungsmonitoring 2028"
    dialog.weeks.setValue(4)
    assert dialog.dates_label.text().startswith("Di., 30.03.2027")
    assert dialog.title_edit.text() == "Fortbildungsreihe Bildungsmonitoring 2027"
    qtbot.keyClicks(dialog.title_edit, " (Herbst)")  # typed: the title is the user's now
    dialog.weeks.setValue(52)
    assert dialog.title_edit.text() == "Fortbildungsreihe Bildungsmonitoring 2027 (Herbst)"
    assert title_for_year("Netzwerk 2026: 20 Jahre Bildung 2026", 2026, 2027) == (
        "Netzwerk 2027: 20 Jahre Bildung 2027")
