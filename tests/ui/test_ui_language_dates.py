"""Dates, weekdays and holiday names follow the interface language, whatever the system
locale: German UI → "Mo."/"Montag"/"Ostermontag", English UI → "Mon"/"Monday"/"Easter Monday"."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from planner.checks import calendar_warnings
from tests.ui.conftest import PlanData
from ui.plan.page import PlanPage


@pytest.fixture(params=["de", "en"])
def language(request, qapp):  # noqa: ANN001, ANN201
    """The interface language on a system whose own locale is the other one."""
    from ui.app import install_translators

    system = (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
              if request.param == "de" else
              QLocale(QLocale.Language.German, QLocale.Country.Germany))
    QLocale.setDefault(system)
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "de")


def test_plan_headers_follow_the_interface_language(qtbot, db, plan_data: PlanData,
                                                    language: str):
    page = PlanPage(db)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    page.go_to(date(2027, 3, 29))  # Easter Monday 2027
    names = page.month_view.day_names()
    if language == "de":
        assert names[0].startswith("Mo") and names[6].startswith("So")
        assert QLocale().dayName(1) == "Montag"
        assert page.week_view.day_title(0).startswith("Mo")
        assert page.month_view.holidays[date(2027, 3, 29)] == "Ostermontag"
    else:
        assert names[0] == "Mon" and names[6] == "Sun"
        assert QLocale().dayName(1) == "Monday"
        assert re.fullmatch(r"Mon \d{1,2} [A-Z][a-z]{2}", page.week_view.day_title(0))
        assert page.month_view.holidays[date(2027, 3, 29)] == "Easter Monday"
    agenda = page.agenda_model
    assert agenda.rowCount()
    text = agenda._text(agenda.items[0], agenda.COL_DATE)
    assert text.split()[0] in (("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
                               if language == "de" else
                               ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
    page.go_to(date(2027, 10, 1))
    expected = "Tag der Deutschen Einheit" if language == "de" else "Day of German Unity"
    assert page.month_view.holidays[date(2027, 10, 3)] == expected


def test_date_field_shows_the_holiday_in_full_and_translated(qtbot, language: str):
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from ui.date_edit import DateEdit

    host = QWidget()
    qtbot.addWidget(host)
    row = QHBoxLayout(host)
    edit = DateEdit(date(2027, 1, 4), state="BE")
    row.addWidget(edit)
    host.resize(200, 40)  # narrower than the field would like
    host.show()
    edit.line.selectAll()
    qtbot.keyClicks(edit.line, "1.1.27")
    qtbot.keyClick(edit.line, Qt.Key.Key_Return)
    label = edit.weekday
    expected = "Fr. · Neujahr" if language == "de" else "Fri · New Year's Day"
    assert label.text() == expected
    # the label never gets less room than its text needs: nothing is cut off
    assert label.minimumSizeHint().width() >= label.fontMetrics().horizontalAdvance(expected)
    assert edit.minimumSizeHint().width() >= label.fontMetrics().horizontalAdvance(expected)
    edit.open_calendar()
    legend = edit.popup.legend.text()
    assert ("01.01.  Neujahr" if language == "de" else "1 Jan  New Year's Day") in legend
    assert edit.popup.calendar.locale().dayName(1) == ("Montag" if language == "de"
                                                       else "Monday")
    edit.popup.close()


def test_holiday_warnings_read_in_the_interface_language(qtbot, language: str):
    from ui.warnings_dialog import WarningsDialog

    found = calendar_warnings(datetime(2027, 3, 28, 9, 30), datetime(2027, 3, 29, 16, 30), "BE")
    dialog = WarningsDialog(found)
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.group_labels.values())
    if language == "de":
        assert "Der 29.03.2027 ist ein Feiertag (Ostermontag, Berlin)." in text
        assert "Der 28.03.2027 ist ein Sonntag." in text
    else:
        assert "29 Mar 2027 is a public holiday (Easter Monday, Berlin)." in text
        assert "28 Mar 2027 is a Sunday." in text
        assert "Feiertag" not in text and "Ostermontag" not in text


def test_federal_states_in_the_interface_language(qtbot, db, language: str):
    from planner.usecases.people import add_organisation
    from ui.models.masterdata import OrganisationsModel
    from ui.pages.masterdata import state_combo

    with db.transaction() as orm:
        add_organisation(orm, name="Köln", municipality=True, federal_state="NW",
                         population=1_084_000)
    model = OrganisationsModel(db, municipalities_only=True)
    model.reload()
    column = [c.key for c in model.columns].index("state_name")
    shown = model.data(model.index(0, column))
    assert shown == ("Nordrhein-Westfalen" if language == "de" else "North Rhine-Westphalia")
    combo = state_combo()
    assert combo.itemText(combo.findData("BY")) == ("Bayern (BY)" if language == "de"
                                                    else "Bavaria (BY)")


def test_report_period_fields_name_no_holiday_beside_them(qtbot, db, language: str):
    """The statistics filter row stays within 1280 px: 1 January is coloured, its name is
    in the tooltip, not cut off beside the field."""
    from ui.reports.page import ReportsPage

    page = ReportsPage(db)
    qtbot.addWidget(page)
    page.date_from.setDate(date(2027, 1, 1))
    assert page.date_from.day_kind() == "holiday"
    assert page.date_from.weekday.text() == ("Fr." if language == "de" else "Fri")
    assert ("Neujahr" if language == "de" else "New Year's Day") in \
        page.date_from.weekday.toolTip()
    page.resize(1280 - 180, 700)  # the page beside the navigation of a 1280 px window
    page.show()
    qtbot.wait(10)
    assert page.minimumSizeHint().width() <= 1280 - 180


def test_certificate_reasons_in_the_interface_language(qtbot, db, language: str):
    """The wizard's note says why a certificate is not due yet in the window's language."""
    from tests.factories import make_series
    from ui.exports.eligibility_model import REASON
    from ui.exports.wizard import CertificatesWizard

    fx = make_series(db, start=datetime(2099, 3, 3, 9, 30), persons=2)  # all still to come
    wizard = CertificatesWizard(db, fx.event_id)
    qtbot.addWidget(wizard)
    notes = [wizard.model.index(row, REASON).data() for row in range(wizard.model.rowCount())]
    assert len(notes) == 2
    if language == "de":
        assert all(n.startswith("Die Reihe ist noch nicht abgeschlossen: 6 Module bis "
                                "07.04.2099") for n in notes), notes
    else:
        assert notes == ["The series is not finished yet: 6 session(s) up to 7 Apr 2099 "
                         "still to come."] * 2
    # the summary after issuing names planner's skipped reasons in the same language
    from types import SimpleNamespace

    item = wizard.model.item(0)
    result = SimpleNamespace(issued=0, reissued=0, revised=0,
                             skipped=[f"{item.person_name}: {item.reason}"])
    summary = wizard.issue_page.summary(result)
    assert f"{item.person_name}: {notes[0]}" in summary
    assert ("abgeschlossen" in summary) == (language == "de")


def test_municipality_record_dates_in_the_interface_language(qtbot, db, language: str):
    from planner.models import Organisation
    from tests.factories import make_series
    from ui.municipality.record import MunicipalityRecordDialog

    make_series(db, start=datetime(2027, 3, 2, 9, 30), persons=2)
    with db.reading() as orm:
        city = orm.query(Organisation).filter_by(name="Leipzig").one()
        city_id = city.id
    dialog = MunicipalityRecordDialog(db, city_id, today=date(2027, 6, 1))
    qtbot.addWidget(dialog)
    header = dialog.view.header.text()
    if language == "de":
        assert "Sachsen" in header
        assert re.search(r"letzte Aktivität: \d\d\.\d\d\.2027", header), header
    else:
        assert "Saxony" in header
        assert re.search(r"last activity: \d{1,2} [A-Z][a-z]{2} 2027", header), header


def test_thresholds_follow_the_interface_language(qtbot, db, plan_data: PlanData,
                                                  language: str):
    from ui.events.editor import EventEditorDialog
    from ui.events.window import EventWindow

    expected = "80 %" if language == "de" else "80%"
    editor = EventEditorDialog(db, plan_data.series.event_id)
    qtbot.addWidget(editor)
    assert editor.threshold_spin.text() == expected
    window = EventWindow(db, plan_data.series.event_id)
    qtbot.addWidget(window)
    html = "".join(label.text() for label in window.overview.findChildren(QLabel))
    assert f"<td>{expected}</td>" in html


def test_double_bookings_in_the_interface_language(db, plan_data: PlanData, language: str):
    """The window writes double bookings from their facts: German exactly as planner's
    message (the CLI and the log keep that), English in English."""
    from planner.checks import booking_conflicts, participant_conflicts
    from planner.models import Session
    from ui.holiday_names import warning_text

    with db.reading() as orm:
        first = orm.get(Session, plan_data.series.session_ids[0])
        warnings = booking_conflicts(orm, first.start, first.end, first.venue_id,
                                     [plan_data.series.trainer_id])
        warnings += participant_conflicts(orm, plan_data.series.person_ids[0], [first])
    codes = {w.code for w in warnings}
    assert {"venue_double", "trainer_double"} <= codes
    texts = [warning_text(w) for w in warnings]
    if language == "de":
        assert texts == [w.message for w in warnings]
    else:
        assert any(t.startswith("The venue “Haus der Bildung” is already booked: "
                                "“Fortbildungsreihe Bildungsmonitoring 2027” (Modul 1, "
                                "2 Mar 2027, 09:30–16:30).") for t in texts), texts
        assert any("is already scheduled at the same time" in t for t in texts)
        assert not any("bereits" in t for t in texts)
