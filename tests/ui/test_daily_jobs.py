"""A day's work, walked through the window at 1280 × 800 with the keyboard and the mouse:
plan a spring series, book people, move a module, take attendance, issue certificates,
export, read the statistics, switch to English. One screenshot per job goes to
test-output/jobs/ for a person to look at; every step is checked in the database or in the
file it wrote."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import func, select

from planner.models import Attendance, Certificate, Event, Registration, Session
from planner.usecases.people import add_organisation, add_person, add_venue
from tests.conftest import TEST_OUTPUT
from tests.ui.conftest import issue_in_wizard

pytestmark = pytest.mark.usefixtures("quiet_dialogs")
SHOTS = TEST_OUTPUT / "jobs"
TITLE = "Frühjahrsreihe Kommunales Bildungsmanagement 2027"
# how staff type names: as the list shows them, without accents, first name first
QUERIES = ["Kleinschmidt, D", "Omer Yildiz", "lukasiewicz", "Mueller", "Esposito",
           "Brueckner, L", "Nkosi", "S Hauke"]


def _shot(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for _ in range(3):
        QApplication.processEvents()
    target = SHOTS / f"{name}.png"
    assert widget.grab().save(str(target), "PNG")
    return target


def _type(qtbot, edit, text: str) -> None:  # noqa: ANN001
    edit.line.setFocus()
    edit.line.selectAll()
    qtbot.keyClicks(edit.line, text)
    qtbot.keyClick(edit.line, Qt.Key.Key_Return)


@pytest.fixture
def office(db):  # noqa: ANN001, ANN201
    """What a Berlin office has on file before the spring: a venue, a trainer, a city and
    eight people from its administration."""
    with db.transaction() as orm:
        venue = add_venue(orm, name="Rathaus Schöneberg", street="John-F.-Kennedy-Platz 1",
                          postcode="10825", city="Berlin", federal_state="BE").value
        trainer = add_person(orm, first_name="Friederike", last_name="Brandt",
                             email="f.brandt@example.org", roles=["trainer"]).value
        city = add_organisation(orm, name="Leipzig", municipality=True, federal_state="SN",
                                population=628_718).value
        names = [("Dörte", "Kleinschmidt"), ("Ömer", "Yıldız"), ("Anna", "Łukasiewicz"),
                 ("Jens", "Müller"), ("Chiara", "Esposito"), ("Lena", "Brückner"),
                 ("Thabo", "Nkosi"), ("Svenja", "Hauke")]
        people = [add_person(orm, first_name=f, last_name=ln, organisation_id=city.id,
                             email=f"{ln.lower()}@leipzig.example").value.id
                  for f, ln in names]
        return venue.id, trainer.id, people


def test_a_days_work(qtbot, qapp, db, office, tmp_path, monkeypatch, warnings_answer):
    from ui.app import install_translators
    from ui.main_window import MainWindow

    venue, trainer, people = office
    install_translators(qapp, "de")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()

    # 1. Plan the spring series: title, row 1's venue and trainer for all, dates by rhythm.
    from ui.events.editor import EventEditorDialog

    editor = EventEditorDialog(db, fmt="training_series", parent=window)
    qtbot.addWidget(editor)
    editor.show()
    editor.title_edit.setText(TITLE)  # QTest types ASCII only
    first = editor.grid.lines[0]
    first.venue.set_current_id(venue)
    first.trainers.set_checked_ids([trainer])
    qtbot.mouseClick(editor.tools.apply_venue, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.tools.apply_trainers, Qt.MouseButton.LeftButton)
    editor.tools.follow_check.setChecked(False)
    _type(qtbot, first.date, "2.3.27")
    editor.tools.rhythm.setCurrentIndex(editor.tools.rhythm.findData("biweekly"))
    qtbot.mouseClick(editor.tools.fill_button, Qt.MouseButton.LeftButton)
    days = [ln.date.value() for ln in editor.grid.lines]
    assert days == sorted(days) and len(set(days)) == 6
    assert days[0] == date(2027, 3, 2)
    assert {b - a for a, b in pairwise(days)} == {timedelta(weeks=2)}  # no holiday hit
    _shot(editor, "01_plan_series")
    assert editor.save()
    with db.reading() as orm:
        event = orm.scalars(select(Event).where(Event.title == TITLE)).one()
        event_id = event.id
        session_ids = [s.id for s in sorted(event.sessions, key=lambda s: s.start)]
        assert [s.start.date() for s in sorted(event.sessions, key=lambda s: s.start)] == days
    editor.close()

    # 2. Book people: the event window's registrations, the person found as the list
    #    shows names ("Kleinschmidt, D"), the others booked one after another.
    from ui.events.window import EventWindow
    from ui.registrations.add_dialog import AddRegistrationDialog

    event_window = EventWindow(db, event_id)
    qtbot.addWidget(event_window)
    event_window.resize(1280, 800)
    event_window.show()
    # One dialog for the whole sign-up list: "Anmelden und nächste Person" keeps it open.
    dialog = AddRegistrationDialog(db, event_id, event_window)
    qtbot.addWidget(dialog)
    dialog.show()
    for index, person in enumerate(people):
        assert dialog.focusWidget() is dialog.search_edit or index == 0  # ready to type
        qtbot.keyClicks(dialog.search_edit, QUERIES[index])
        assert dialog.results.count() == 1, QUERIES[index]
        assert dialog.person_id == person  # the one match is chosen
        if index == 0:
            _shot(dialog, "02_book_person_search")
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)  # book, stay for the next
        assert dialog.isVisible() and dialog.search_edit.text() == ""
        assert f"({index + 1} in diesem Fenster)" in dialog.selected_label.text()
    assert dialog.registered_person_ids == people
    # someone on the list twice: the search says so before a second booking
    qtbot.keyClicks(dialog.search_edit, QUERIES[0])
    assert dialog.results.item(0).text().startswith("Kleinschmidt, Dörte – bereits angemeldet")
    _shot(dialog, "02_book_next_person")
    assert dialog.close_button.text() == "Schließen"
    dialog.close()
    with db.reading() as orm:
        booked = set(orm.scalars(select(Registration.person_id)
                                 .where(Registration.event_id == event_id)))
    assert booked == set(people)
    event_window.tabs.setCurrentWidget(event_window.registrations)
    assert event_window.registrations.model.rowCount() == len(people)
    _shot(event_window, "02_registrations")
    events_page = window.show_page("events")
    events = events_page.table.model()
    headers = [str(events.headerData(c, Qt.Orientation.Horizontal))
               for c in range(events.columnCount())]
    booked_column = next(c for c, h in enumerate(headers) if h.startswith("Anmeld"))
    assert events.index(0, booked_column).data() == str(len(people))  # fresh, no restart
    assert events_page.count_label.text() == "1 Eintrag"
    assert window.counts_label.text().startswith("1 Veranstaltung · 6 Termine · ")
    _shot(window, "02_events_list")

    # 3. Move module 3 by a week with the plan's move dialog; the followers come along.
    from ui.plan.move_dialog import MoveSessionDialog

    plan = window.show_page("plan")
    plan.go_to(days[2])
    moved: list[MoveSessionDialog] = []

    def accept(dialog: MoveSessionDialog) -> int:
        dialog.show()
        _type(qtbot, dialog.date_edit, "+7")
        moved.append(dialog)
        _shot(dialog, "03_move_module")
        return MoveSessionDialog.DialogCode.Accepted

    monkeypatch.setattr(MoveSessionDialog, "exec", accept)
    assert plan.move_session_dialog(session_ids[2])
    with db.reading() as orm:
        starts = [orm.get(Session, sid).start.date() for sid in session_ids]
    assert starts[:2] == days[:2]
    assert starts[2:] == [d + timedelta(weeks=1) for d in days[2:]]
    plan.go_to(starts[2])
    _shot(window, "03_plan_after_move")

    # 4. Take attendance of module 1 with the keyboard: all present, one excused.
    event_window.tabs.setCurrentWidget(event_window.attendance)
    grid = event_window.attendance
    view = grid.view
    view.setFocus()
    view.setCurrentIndex(grid.model.index(0, 0))
    for _row in people:
        qtbot.keyClick(view, Qt.Key.Key_P)
        qtbot.keyClick(view, Qt.Key.Key_Down)
    view.setCurrentIndex(grid.model.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_E)
    with db.reading() as orm:
        marks = {a.person_id: a.status for a in orm.scalars(
            select(Attendance).where(Attendance.session_id == session_ids[0]))}
    assert len(marks) == len(people) and sorted(marks.values()).count("excused") == 1

    # ... and the other modules: a whole column present at a click, two absences typed.
    for column in range(1, 6):
        view.setCurrentIndex(grid.model.index(0, column))
        qtbot.mouseClick(grid.all_present_button, Qt.MouseButton.LeftButton)
    nkosi = next(r for r, p in enumerate(grid.model.persons) if p.id == people[6])
    for column in (1, 2):
        view.setCurrentIndex(grid.model.index(nkosi, column))
        qtbot.keyClick(view, Qt.Key.Key_A)
    with db.reading() as orm:
        assert orm.scalar(select(func.count()).select_from(Attendance)
                          .where(Attendance.status == "present")) == 8 * 6 - 1 - 2
    grid.view.scrollTo(grid.model.index(nkosi, 5))
    _shot(event_window, "04_attendance")

    # 5. Issue the certificates: seven series certificates, one for the attended modules.
    import ui.exports.page as exports_page
    import ui.exports.wizard as wizard_module

    opened: list[Path] = []
    monkeypatch.setattr(wizard_module, "open_path", lambda p: opened.append(Path(p)) or True)
    monkeypatch.setattr(exports_page, "open_path", lambda p: opened.append(Path(p)) or True)
    event_window.tabs.setCurrentWidget(event_window.exports)
    exports = event_window.exports
    exports.folder_edit.setText(str(tmp_path / "Exporte"))
    wizard = exports.open_certificates()
    assert wizard is not None
    wizard.resize(1180, 760)
    wizard.show()
    kinds = sorted(str(wizard.model.item(r).kind) for r in range(wizard.model.rowCount()))
    assert kinds == ["modules"] + ["series"] * 7
    names = [wizard.model.item(r).person_name for r in range(wizard.model.rowCount())]
    assert names[0] == "Lena Brückner" and names[-1] == "Ömer Yıldız"  # name order
    view = wizard.eligibility_page.view
    rate = wizard.model.columnCount() - 1
    for _ in range(3):
        QApplication.processEvents()
    assert (view.columnViewportPosition(rate) + view.horizontalHeader().sectionSizeHint(rate)
            <= view.viewport().width()), "the rate column is cut off"
    _shot(wizard, "05_certificates_who")
    wizard.next()
    assert wizard.preview_page.make_preview() is not None
    _shot(wizard, "05_certificates_preview")
    wizard.next()
    assert issue_in_wizard(qtbot, wizard, tmp_path / "Bescheinigungen").issued == 8
    assert wizard.issue_page.result_label.text().startswith(
        "8 Bescheinigungen neu ausgestellt, 0 ersetzt")
    with db.reading() as orm:
        assert orm.scalar(select(func.count()).select_from(Certificate)) == 8
    _shot(wizard, "05_certificates_issued")
    wizard.close()
    assert "8" in exports.result_label.text()  # the exports tab tells what the wizard did

    # 6. Export the signature lists (.xlsx) and the event calendar (.ics); read both back.
    import icalendar
    import openpyxl

    def finish(op) -> object:  # noqa: ANN001
        exports.last_result = None
        assert op is not None and op.wait(120_000)
        qtbot.waitUntil(lambda: exports.last_result is not None
                        or exports.last_error is not None, timeout=20_000)
        assert exports.last_error is None, exports.last_error
        return exports.last_result

    lists = finish(exports.export_signature_lists())
    book = openpyxl.load_workbook(lists.files[0])
    assert len(book.worksheets) == 6
    names = " ".join(str(c.value) for row in book.worksheets[2].iter_rows() for c in row
                     if c.value is not None)
    assert "Kleinschmidt" in names and "06.04.2027" in names
    calendar = finish(exports.export_event_calendar())
    parsed = icalendar.Calendar.from_ical(calendar.files[0].read_bytes())
    starts = sorted(e.decoded("dtstart").replace(tzinfo=None)
                    for e in parsed.walk("VEVENT"))
    with db.reading() as orm:
        assert starts == sorted(orm.get(Session, sid).start for sid in session_ids)
    _shot(event_window, "06_exports")

    # 7. Read the statistics for 2027: the series' six sessions and eight people counted.
    reports = window.show_page("reports")
    reports.year.setValue(2027)
    reports.as_of.setDate(QDate(2027, 12, 31))  # the test clock's today, after the series
    reports.reload()
    assert reports.date_from.date() == QDate(2027, 1, 1)  # the period shown is the year's
    assert reports.report.total.sessions == 6
    assert window.width() == 1280  # no page widens the window
    for _ in range(3):
        QApplication.processEvents()
    table = reports.table
    assert table.horizontalScrollBar().maximum() == 0, "a figure column is cut off"
    _shot(window, "07_statistics")
    event_window.close()

    # 8. Switch to English without a restart; the statistics in English numbers.
    from ui.app import AppController
    from ui.preferences import LANGUAGE

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *_a: QMessageBox.StandardButton.Yes))
    controller = AppController(qapp, interactive=False)
    german = controller.show(db, "settings")
    german.resize(1280, 800)
    try:
        page = german.pages["settings"]
        page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count())
                                       if page.tabs.widget(i).isAncestorOf(page.language)))
        page.language.setCurrentIndex(page.language.findData("en"))
        english = controller.window
        assert english is not german and english.nav.item(1).text() == "Events"
        assert english.counts_label.text().startswith("1 event · 6 sessions · ")
        _shot(english, "08_english_settings")
        stats = english.show_page("reports")
        stats.year.setValue(2027)
        stats.as_of.setDate(QDate(2027, 12, 31))
        stats.reload()
        rate = stats.card_labels["attendance_rate"].text()
        assert "%<" in rate and " %" not in rate
        _shot(english, "08_english_statistics")
        plan = english.show_page("plan")
        plan.go_to(date(2027, 3, 29))
        _shot(english, "08_english_plan")
    finally:
        install_translators(qapp, "de")
        LANGUAGE.set("de")
        controller.window.close()
        controller.window.deleteLater()
