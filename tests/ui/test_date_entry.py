"""Dates and times are typed the way people type them (9.3.27, 09.03.2027, 9.3., +7, 930),
in the event editor, the move dialog and every other date field."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from planner.models import Event, Session
from planner.usecases.people import add_person, add_venue
from tests.ui.conftest import PlanData
from ui.dates import parse_date, parse_time

pytestmark = pytest.mark.usefixtures("quiet_dialogs")

REF = date(2027, 1, 12)


@pytest.mark.parametrize(("text", "expected"), [
    ("9.3.27", date(2027, 3, 9)),
    ("09.03.2027", date(2027, 3, 9)),
    ("9.3.", date(2027, 3, 9)),
    ("9.3", date(2027, 3, 9)),
    (" 9.3.2027 ", date(2027, 3, 9)),
    ("090327", date(2027, 3, 9)),
    ("09032027", date(2027, 3, 9)),
    ("2027-03-09", date(2027, 3, 9)),
    ("9/3/27", date(2027, 3, 9)),
    ("Di. 09.03.2027", date(2027, 3, 9)),
    ("+7", date(2027, 1, 19)),
    ("-1", date(2027, 1, 11)),
    ("+2w", date(2027, 1, 26)),
    ("+1m", date(2027, 2, 12)),
    ("31.2.27", None),
    ("9.13.27", None),
    ("x", None),
    ("", None),
    ("09.09.00003", None),
])
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text, REF) == expected


def test_parse_date_today_words() -> None:
    today = date(2026, 11, 28)
    assert parse_date("heute", REF, today) == today
    assert parse_date("morgen", REF, today) == date(2026, 11, 29)


@pytest.mark.parametrize(("text", "expected"), [
    ("9", time(9, 0)), ("930", time(9, 30)), ("0930", time(9, 30)), ("9:30", time(9, 30)),
    ("9.30", time(9, 30)), ("16:05", time(16, 5)), ("24", None), ("9:60", None), ("ab", None),
])
def test_parse_time(text: str, expected: time | None) -> None:
    assert parse_time(text) == expected


def _type(qtbot, edit, text: str) -> None:
    """Select all, type, press Enter — as a person does."""
    line = edit.line
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_date_edit_reads_typed_dates_and_shows_the_weekday(qtbot) -> None:
    from ui.date_edit import DateEdit

    edit = DateEdit(date(2027, 1, 12))
    qtbot.addWidget(edit)
    edit.show()
    for text, expected in (("9.3.27", date(2027, 3, 9)), ("09.03.2027", date(2027, 3, 9)),
                           ("16.3.", date(2027, 3, 16)), ("+7", date(2027, 3, 23))):
        _type(qtbot, edit, text)
        assert edit.value() == expected, text
        assert edit.line.text() == f"{expected:%d.%m.%Y}"
    assert edit.weekday.text().startswith(("Di", "Tue"))
    _type(qtbot, edit, "31.2.27")  # no such day: the field keeps its date and says so
    assert edit.value() == date(2027, 3, 23)
    assert "kein Datum" in edit.line.toolTip()
    qtbot.keyClick(edit.line, Qt.Key.Key_Up)
    assert edit.value() == date(2027, 3, 24)
    qtbot.keyClick(edit.line, Qt.Key.Key_PageDown)
    assert edit.value() == date(2027, 2, 24)


def test_date_edit_marks_holidays_and_weekends(qtbot) -> None:
    from ui.date_edit import DateEdit

    edit = DateEdit(date(2027, 3, 29), state="BE")  # Easter Monday 2027
    qtbot.addWidget(edit)
    assert edit.day_kind() == "holiday"
    assert "Ostermontag" in edit.weekday.text()
    _type(qtbot, edit, "27.3.")
    assert edit.day_kind() == "weekend"
    _type(qtbot, edit, "8.3.")  # International Women's Day: a holiday in Berlin only
    assert edit.day_kind() == "holiday"
    edit.set_state("HH")
    assert edit.day_kind() == ""
    edit.open_calendar()
    popup = edit.popup
    assert popup is not None and popup.isVisible()
    _type(qtbot, edit, "1.4.27")
    edit.open_calendar()
    assert "Karfreitag" not in edit.popup.legend.text()  # 26.3.: a March holiday
    edit.popup.calendar.setCurrentPage(2027, 3)
    assert "Karfreitag" in edit.popup.legend.text()
    edit.popup.close()


def test_optional_date_edit_may_be_emptied(qtbot) -> None:
    from ui.date_edit import DateEdit

    edit = DateEdit(optional=True)
    qtbot.addWidget(edit)
    assert edit.value() is None
    _type(qtbot, edit, "1.7.26")
    assert edit.value() == date(2026, 7, 1)
    edit.line.selectAll()
    qtbot.keyClick(edit.line, Qt.Key.Key_Delete)
    qtbot.keyClick(edit.line, Qt.Key.Key_Return)
    assert edit.value() is None


def test_typed_dates_and_times_reach_the_database_from_the_event_editor(qtbot, db) -> None:
    from ui.events.editor import EventEditorDialog

    with db.transaction() as orm:
        venue = add_venue(orm, name="Rathaus", city="Hamburg", federal_state="HH").value.id
        add_person(orm, first_name="Ada", last_name="Brandt", roles=["trainer"])
    dialog = EventEditorDialog(db, fmt="training_series")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("Reihe getippt")
    typed = ["9.3.27", "16.03.2027", "23.3.", "130427", "20.4.27", "27.4."]
    for line, text in zip(dialog.grid.lines, typed, strict=True):
        line.venue.set_current_id(venue)
        _type(qtbot, line.date, text)
        _type(qtbot, line.start, "930")
        _type(qtbot, line.end, "16:30")
    assert dialog.save()
    with db.reading() as orm:
        event = orm.scalars(select(Event).where(Event.title == "Reihe getippt")).one()
        starts = sorted(s.start for s in event.sessions)
    assert starts == [datetime(2027, m, d, 9, 30) for m, d in
                      ((3, 9), (3, 16), (3, 23), (4, 13), (4, 20), (4, 27))]


def test_move_dialog_takes_a_typed_date(qtbot, db, plan_data: PlanData, monkeypatch) -> None:
    from ui.plan.move_dialog import MoveSessionDialog
    from ui.plan.page import PlanPage

    page = PlanPage(db)
    qtbot.addWidget(page)
    page.go_to(date(2027, 3, 1))
    session_id = plan_data.series.session_ids[0]

    def accept(dialog: MoveSessionDialog) -> int:
        dialog.show()
        _type(qtbot, dialog.date_edit, "11.5.27")
        _type(qtbot, dialog.start_edit, "10")
        _type(qtbot, dialog.end_edit, "1700")
        return MoveSessionDialog.DialogCode.Accepted

    monkeypatch.setattr(MoveSessionDialog, "exec", accept)
    assert page.move_session_dialog(session_id)
    with db.reading() as orm:
        moved = orm.get(Session, session_id)
        assert (moved.start, moved.end) == (datetime(2027, 5, 11, 10, 0),
                                             datetime(2027, 5, 11, 17, 0))
