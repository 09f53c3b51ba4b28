"""A series planned in one go: dates by rhythm, followers moved with module 1, row 1's venue
for all, warnings inline and in one grouped dialog before saving."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from planner.checks import PlanWarning
from planner.models import Event, Session
from planner.usecases.people import add_person, add_venue
from tests.conftest import TEST_OUTPUT
from tests.factories import make_series
from tests.ui.conftest import PlanData

pytestmark = pytest.mark.usefixtures("quiet_dialogs")
SHOTS = TEST_OUTPUT / "screenshots" / "series"


def _type(qtbot, edit, text: str) -> None:
    edit.line.setFocus()
    edit.line.selectAll()
    qtbot.keyClicks(edit.line, text)
    qtbot.keyClick(edit.line, Qt.Key.Key_Return)


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def berlin(db):
    with db.transaction() as orm:
        venue = add_venue(orm, name="Rathaus Mitte", city="Berlin", federal_state="BE").value
        trainer = add_person(orm, first_name="Friederike", last_name="Brandt",
                             roles=["trainer"]).value
        return venue.id, trainer.id


def _starts(db, title: str) -> list[datetime]:
    with db.reading() as orm:
        event = orm.scalars(select(Event).where(Event.title == title)).one()
        return sorted(s.start for s in event.sessions)


def test_six_module_series_by_rhythm_skips_easter_monday(qtbot, db, berlin) -> None:
    from ui.events.editor import EventEditorDialog

    venue, trainer = berlin
    dialog = EventEditorDialog(db, fmt="training_series")
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    dialog.title_edit.setText("Frühjahrsreihe")
    first = dialog.grid.lines[0]
    first.venue.set_current_id(venue)
    first.trainers.set_checked_ids([trainer])
    qtbot.mouseClick(dialog.tools.apply_venue, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.tools.apply_trainers, Qt.MouseButton.LeftButton)
    assert {ln.venue.current_id() for ln in dialog.grid.lines} == {venue}
    assert all(ln.trainers.checked_ids() == [trainer] for ln in dialog.grid.lines)
    dialog.tools.follow_check.setChecked(False)
    _type(qtbot, first.date, "15.3.27")  # a Monday; Easter Monday is 29.3.
    dialog.tools.rhythm.setCurrentIndex(dialog.tools.rhythm.findData("weekly"))
    qtbot.mouseClick(dialog.tools.fill_button, Qt.MouseButton.LeftButton)
    days = [ln.date.value() for ln in dialog.grid.lines]
    assert days == [date(2027, 3, 15), date(2027, 3, 22), date(2027, 4, 5), date(2027, 4, 12),
                    date(2027, 4, 19), date(2027, 4, 26)]
    _shot(dialog, "03_series_by_rhythm")
    assert dialog.save()
    assert [d.date() for d in _starts(db, "Frühjahrsreihe")] == days
    with db.reading() as orm:
        event = orm.scalars(select(Event).where(Event.title == "Frühjahrsreihe")).one()
        assert {s.venue_id for s in event.sessions} == {venue}


def test_monthly_rhythm_keeps_the_weekday(qtbot, db) -> None:
    from ui.events.editor import EventEditorDialog

    dialog = EventEditorDialog(db, fmt="training_series")
    qtbot.addWidget(dialog)
    _type(qtbot, dialog.grid.lines[0].date, "9.3.27")  # second Tuesday of March
    dialog.tools.rhythm.setCurrentIndex(dialog.tools.rhythm.findData("monthly"))
    qtbot.mouseClick(dialog.tools.fill_button, Qt.MouseButton.LeftButton)
    days = [ln.date.value() for ln in dialog.grid.lines]
    assert all(d.weekday() == 1 and 8 <= d.day <= 14 for d in days)
    assert days[-1] == date(2027, 8, 10)


def test_new_series_does_not_start_between_christmas_and_new_year() -> None:
    from ui.events.editor import _first_day

    day = _first_day()
    assert day.weekday() == 1
    assert not ((day.month == 12 and day.day >= 24) or (day.month == 1 and day.day == 1))


def test_moving_module_1_moves_the_followers_in_the_editor(qtbot, db, warnings_answer) -> None:
    from ui.events.editor import EventEditorDialog

    series = make_series(db, persons=2)
    dialog = EventEditorDialog(db, series.event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tools.follow_check.isChecked()
    _type(qtbot, dialog.grid.lines[0].date, "+14")
    assert dialog.grid.lines[5].date.value() == date(2027, 4, 20)
    assert dialog.save()
    # module 1 lands on module 3's old day, but module 3 moved too: no double booking
    assert not any(w.blocking for ws in warnings_answer.shown for w in ws)
    expected = [datetime(2027, 3, 16, 9, 30) + timedelta(weeks=i) for i in range(6)]
    with db.reading() as orm:
        assert sorted(orm.get(Session, sid).start for sid in series.session_ids) == expected


def test_module_order_against_the_numbers_is_pointed_out(qtbot, db) -> None:
    from ui.events.editor import EventEditorDialog

    series = make_series(db, persons=1)
    dialog = EventEditorDialog(db, series.event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tools.follow_check.setChecked(False)
    _type(qtbot, dialog.grid.lines[0].date, "23.3.27")  # after modules 2–4
    assert "liegt vor" in dialog.tools.hints.text()
    assert dialog.tools.sort_button.isVisible()
    _shot(dialog, "04_order_hint")
    qtbot.mouseClick(dialog.tools.sort_button, Qt.MouseButton.LeftButton)
    days = [ln.date.value() for ln in dialog.grid.lines]
    assert days == sorted(days)
    assert not dialog.tools.sort_button.isVisible()


def test_holiday_shown_inline_and_in_the_dialog_before_saving(qtbot, db, berlin,
                                                             warnings_answer) -> None:
    from ui.events.editor import EventEditorDialog

    venue, _trainer = berlin
    dialog = EventEditorDialog(db, fmt="training_series")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("Reihe Ostern")
    dialog.grid.lines[0].venue.set_current_id(venue)
    qtbot.mouseClick(dialog.tools.apply_venue, Qt.MouseButton.LeftButton)
    _type(qtbot, dialog.grid.lines[0].date, "29.3.27")  # Easter Monday, followers move along
    assert dialog.grid.lines[0].date.day_kind() == "holiday"
    assert "Ostermontag" in dialog.tools.hints.text()
    warnings_answer.choice = "other"
    assert not dialog.save()
    assert any(w.code == "holiday" for w in warnings_answer.shown[-1])
    with db.reading() as orm:
        assert orm.scalars(select(Event).where(Event.title == "Reihe Ostern")).first() is None
    warnings_answer.choice = "save"
    assert dialog.save()
    assert _starts(db, "Reihe Ostern")[0] == datetime(2027, 3, 29, 9, 30)


def test_move_dialog_moves_the_followers(qtbot, db, plan_data: PlanData, monkeypatch) -> None:
    from ui.plan.move_dialog import MoveSessionDialog
    from ui.plan.page import PlanPage

    page = PlanPage(db)
    qtbot.addWidget(page)
    page.go_to(date(2027, 3, 1))
    ids = plan_data.series.session_ids

    def accept(dialog: MoveSessionDialog) -> int:
        dialog.show()
        assert dialog.followers_check.isChecked() and "5" in dialog.followers_check.text()
        _shot(dialog, "05_move_with_followers")
        _type(qtbot, dialog.date_edit, "+7")
        return MoveSessionDialog.DialogCode.Accepted

    monkeypatch.setattr(MoveSessionDialog, "exec", accept)
    assert page.move_session_dialog(ids[0])
    with db.reading() as orm:
        starts = [orm.get(Session, sid).start for sid in ids]
    assert starts == [datetime(2027, 3, 9, 9, 30) + timedelta(weeks=i) for i in range(6)]
    assert page.undo_last_move()
    with db.reading() as orm:
        assert orm.get(Session, ids[5]).start == datetime(2027, 4, 6, 9, 30)


def test_other_date_reopens_the_move_dialog(qtbot, db, plan_data: PlanData, monkeypatch,
                                            warnings_answer) -> None:
    from ui.plan.move_dialog import MoveSessionDialog
    from ui.plan.page import PlanPage

    page = PlanPage(db)
    qtbot.addWidget(page)
    page.go_to(date(2027, 3, 1))
    sid = plan_data.series.session_ids[0]
    typed = iter(["6.3.27", "4.3.27"])  # a Saturday first, then a Thursday
    opened: list[int] = []

    def accept(dialog: MoveSessionDialog) -> int:
        opened.append(1)
        dialog.followers_check.setChecked(False)
        _type(qtbot, dialog.date_edit, next(typed))
        warnings_answer.choice = "other" if len(opened) == 1 else "save"
        return MoveSessionDialog.DialogCode.Accepted

    monkeypatch.setattr(MoveSessionDialog, "exec", accept)
    assert page.move_session_dialog(sid)
    assert len(opened) == 2
    assert [w.code for w in warnings_answer.shown[0]] == ["weekend"]
    with db.reading() as orm:
        assert orm.get(Session, sid).start == datetime(2027, 3, 4, 9, 30)


def test_warnings_dialog_groups_and_folds(qtbot) -> None:
    from ui.warnings_dialog import OTHER, WarningsDialog

    people = [f"Person {i}" for i in range(5)]
    warnings = [
        PlanWarning("venue_double", "Der Ort „Rathaus“ ist bereits belegt: „Reihe A“ "
                    "(Modul 2, 09.03.2027 09:30–16:30).", True, "Rathaus"),
        PlanWarning("trainer_double", "Brandt, Friederike ist zur selben Zeit bereits "
                    "eingeplant: „Reihe A“ (Modul 2, 09.03.2027 09:30–16:30).", True,
                    "Brandt, Friederike"),
        *[PlanWarning("participant_double", f"{p} ist zur selben Zeit bereits angemeldet: "
                      "„Reihe A“ (Modul 2, 09.03.2027 09:30–16:30).", True, p)
          for p in people],
        PlanWarning("holiday", "Der 29.03.2027 ist ein Feiertag (Ostermontag, Berlin)."),
    ]
    dialog = WarningsDialog(warnings)
    qtbot.addWidget(dialog)
    dialog.show()
    titles = list(dialog.group_labels)
    assert titles == ["Ort bereits belegt", "Referent:in bereits eingeplant",
                      "5 Teilnehmende bereits angemeldet", "Feiertage, Wochenenden, Uhrzeit"]
    participants = dialog.group_labels["5 Teilnehmende bereits angemeldet"]
    assert not participants.isVisible()  # folded: five names
    assert participants.text().count("<li>") == 5 and ".;" not in participants.text()
    _shot(dialog, "06_warnings_dialog_folded")
    from PySide6.QtWidgets import QToolButton

    headers = [b for b in dialog.findChildren(QToolButton) if b.objectName() == "warningGroup"]
    qtbot.mouseClick(headers[2], Qt.MouseButton.LeftButton)
    assert participants.isVisible()
    _shot(dialog, "07_warnings_dialog_open")
    assert dialog.save_button.text() == "Trotzdem speichern"
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == OTHER


def test_one_participant_is_named_in_the_singular() -> None:
    from ui.warnings_dialog import group_warnings

    def booked(name: str) -> PlanWarning:
        return PlanWarning("participant_double", f"{name} ist zur selben Zeit bereits "
                           "angemeldet: „Reihe A“ (Modul 2).", True, name)

    assert [t for t, _ in group_warnings([booked("Nkosi, Thabo")])] == [
        "1 Teilnehmer:in bereits angemeldet"]
    assert [t for t, _ in group_warnings([booked("Nkosi, Thabo"), booked("Hauke, Svenja")])] \
        == ["2 Teilnehmende bereits angemeldet"]
