"""The event editor creates and edits events of every format through the use cases."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from sqlalchemy import select

from planner.models import (
    CooperationAgreement,
    Event,
    EventFormat,
    Excursion,
    Session,
    SessionKind,
)
from planner.usecases.people import add_organisation, add_person, add_venue
from tests.factories import make_series

# Every message box answers "Yes" and is recorded (see tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("quiet_dialogs")


@pytest.fixture
def master(db):
    with db.transaction() as orm:
        venue = add_venue(orm, name="Rathaus", city="Hamburg", federal_state="HH").value
        trainer = add_person(orm, first_name="Gwŷn", last_name="Llŵyd",
                             roles=["trainer"]).value
        speaker = add_person(orm, first_name="Renée", last_name="Lefèvre",
                             roles=["trainer"]).value
        cities = [add_organisation(orm, name=n, municipality=True, federal_state=s,
                                   population=p).value
                  for n, s, p in (("Bremen", "HB", 570_000), ("Hannover", "NI", 540_000),
                                  ("Dortmund", "NW", 590_000))]
        return {"venue": venue.id, "trainer": trainer.id, "speaker": speaker.id,
                "cities": [c.id for c in cities]}


def _set_first_day(line, day: date) -> None:
    line.date.setDate(QDate(day.year, day.month, day.day))


def _shot(widget, output_dir: Path, name: str) -> None:
    widget.show()
    widget.grab().save(str(output_dir / f"{name}.png"))


def test_series_editor_creates_six_weekly_modules(qtbot, db, master, output_dir):
    from ui.events.editor import EventEditorDialog

    dialog = EventEditorDialog(db, fmt="training_series")
    qtbot.addWidget(dialog)
    assert len(dialog.grid.lines) == 6
    assert not dialog.count_spin.isEnabled()
    dialog.title_edit.setText("Reihe Bildungsmonitoring")
    dialog.capacity_spin.setValue(20)
    first = date(2027, 3, 2)  # a Tuesday, no holiday
    for i, line in enumerate(dialog.grid.lines):
        _set_first_day(line, date.fromordinal(first.toordinal() + 7 * i))
        line.venue.set_current_id(master["venue"])
        line.trainers.set_checked_ids([master["trainer"]])
    _shot(dialog, output_dir, "editor_training_series")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.reading() as orm:
        event = orm.get(Event, dialog.event_id)
        assert event.format == EventFormat.TRAINING_SERIES
        assert event.capacity == 20
        assert len(event.sessions) == 6
        starts = [s.start for s in event.sessions]
        assert starts[0] == datetime(2027, 3, 2, 9, 30)
        assert all(s.end.time() == time(16, 30) for s in event.sessions)
        assert [(b - a).days for a, b in zip(starts, starts[1:], strict=False)] == [7] * 5
        assert all(s.trainers[0].id == master["trainer"] for s in event.sessions)
        assert all(s.venue_id == master["venue"] for s in event.sessions)


def test_series_other_module_count_needs_the_tick(qtbot, db, master, quiet_dialogs):
    from ui.events.editor import EventEditorDialog

    dialog = EventEditorDialog(db, fmt="training_series")
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Kurze Reihe")
    dialog.other_count_check.setChecked(True)
    dialog.count_spin.setValue(4)
    assert len(dialog.grid.lines) == 4
    assert "6 Module" in dialog.count_hint.text()
    for i, line in enumerate(dialog.grid.lines):
        _set_first_day(line, date(2027, 3, 2 + 7 * i))
    assert dialog.save()
    with db.reading() as orm:
        assert len(orm.get(Event, dialog.event_id).sessions) == 4
    # unticking restores six and clears the warning
    other = EventEditorDialog(db, fmt="training_series")
    qtbot.addWidget(other)
    other.other_count_check.setChecked(True)
    other.count_spin.setValue(7)
    other.other_count_check.setChecked(False)
    assert len(other.grid.lines) == 6 and other.count_hint.text() == ""


def test_network_group_with_host_cities_and_excursion(qtbot, db, master, output_dir):
    from ui.events.editor import EventEditorDialog

    dialog = EventEditorDialog(db, fmt="network_group")
    qtbot.addWidget(dialog)
    assert len(dialog.grid.lines) == 3
    dialog.title_edit.setText("Netzwerk on Tour: Bildung und Stadtentwicklung")
    dialog.municipality_list.set_checked_ids(master["cities"])
    for i, line in enumerate(dialog.grid.lines):
        _set_first_day(line, date(2027, 4 + 2 * i, 7))
        line.host.set_current_id(master["cities"][i])
    ex = dialog.grid.lines[0].excursion
    ex.enabled.setChecked(True)
    ex.site.setText("Bildungshaus Überseestadt")
    ex.street.setText("Hafenstraße 1")
    ex.postcode.setText("28217")
    ex.city.setText("Bremen")
    contact = "Frau Öztürk, Leitung Bildungsbüro, Tel. 0421/361-0000, oeztuerk@bremen.example"
    ex.host_contact.setText(contact)
    _shot(dialog, output_dir, "editor_network_group")
    assert dialog.save()
    with db.reading() as orm:
        event = orm.get(Event, dialog.event_id)
        assert [s.kind for s in event.sessions] == [SessionKind.MEETING] * 3
        assert [s.host_municipality_id for s in event.sessions] == master["cities"]
        assert sorted(m.id for m in event.municipalities) == sorted(master["cities"])
        excursion = orm.scalar(select(Excursion))
        assert excursion.session_id == event.sessions[0].id
        assert excursion.site == "Bildungshaus Überseestadt"
        assert excursion.start == time(14, 0)
    again = EventEditorDialog(db, dialog.event_id)
    qtbot.addWidget(again)
    again.show()
    field = again.grid.lines[0].excursion.host_contact
    assert field.text() == contact
    assert field.cursorPosition() == 0 and field.toolTip() == contact  # reads from the name


def test_conference_with_two_days_and_agenda(qtbot, db, master, output_dir):
    from ui.events.editor import EventEditorDialog

    dialog = EventEditorDialog(db, fmt="conference")
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Fachtagung Bildungsmonitoring")
    dialog.count_spin.setValue(2)
    assert len(dialog.grid.lines) == 2
    day1, day2 = dialog.grid.lines
    _set_first_day(day1, date(2027, 5, 11))
    _set_first_day(day2, date(2027, 5, 12))
    day1.agenda.add_item(time(9, 30), time(10, 15), "Begrüßung und Keynote", "talk",
                         [master["speaker"]])
    day1.agenda.add_item(time(10, 30), time(12, 0), "Podium: Daten nutzen", "panel",
                         [master["speaker"], master["trainer"]])
    day2.agenda.add_item(time(9, 30), None, "Werkstatt", "workshop", [])
    _shot(dialog, output_dir, "editor_conference")
    assert dialog.save()
    with db.reading() as orm:
        event = orm.get(Event, dialog.event_id)
        s1, s2 = event.sessions
        assert [a.title for a in s1.agenda] == ["Begrüßung und Keynote", "Podium: Daten nutzen"]
        assert s1.agenda[1].kind == "panel"
        assert {p.id for p in s1.agenda[1].speakers} == {master["speaker"], master["trainer"]}
        assert s2.agenda[0].end is None and s2.agenda[0].kind == "workshop"
        assert s2.start.date() == date(2027, 5, 12)


def test_coaching_with_municipalities_expert_and_workshops(qtbot, db, master, output_dir):
    from ui.events.editor import EventEditorDialog

    dialog = EventEditorDialog(db, fmt="coaching")
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Coaching Datenstrategie")
    dialog.municipality_list.set_checked_ids(master["cities"][:1])
    assert "2 bis 5" in dialog.municipality_hint.text()
    dialog.municipality_list.set_checked_ids(master["cities"])
    assert "3 Kommunen" in dialog.municipality_hint.text()
    dialog.expert_combo.set_current_id(master["speaker"])
    dialog.count_spin.setValue(4)
    for i, line in enumerate(dialog.grid.lines):
        _set_first_day(line, date(2027, 2 + i, 9))
    _shot(dialog, output_dir, "editor_coaching")
    assert dialog.save()
    with db.reading() as orm:
        event = orm.get(Event, dialog.event_id)
        assert len(event.sessions) == 4
        assert event.expert_id == master["speaker"]
        assert len(event.municipalities) == 3


def test_analysis_with_dossier_and_agreement(qtbot, db, master, output_dir):
    from ui.events.editor import EventEditorDialog

    dialog = EventEditorDialog(db, fmt="analysis")
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Klärung und Analyse Dortmund")
    dialog.municipality_combo.set_current_id(master["cities"][2])
    dialog.count_spin.setValue(2)
    kinds = [line.kind for line in dialog.grid.lines]
    assert kinds == [SessionKind.PRE_TALK, SessionKind.PRE_TALK, SessionKind.ANALYSIS_WORKSHOP]
    for i, line in enumerate(dialog.grid.lines):
        _set_first_day(line, date(2027, 6, 1 + 7 * i))
    dialog.dossier.starting_situation.setPlainText("Viele Daten, wenig Austausch.")
    dialog.dossier.work_packages.setPlainText("Monitoringbericht; Steuerungsgruppe")
    dialog.agreement.enabled.setChecked(True)
    dialog.agreement.goals.setPlainText("Bildungsbericht 2028\nDatenbasis klären\n")
    dialog.agreement.formats["training_series"].setChecked(True)
    dialog.agreement.start_date.setDate(QDate(2027, 7, 1))
    dialog.agreement.end_date.setDate(QDate(2028, 6, 30))
    _shot(dialog, output_dir, "editor_analysis")
    dialog.tabs.setCurrentIndex(2)
    _shot(dialog, output_dir, "editor_analysis_agreement")
    assert dialog.save()
    with db.reading() as orm:
        event = orm.get(Event, dialog.event_id)
        assert [m.id for m in event.municipalities] == [master["cities"][2]]
        assert event.dossier.starting_situation == "Viele Daten, wenig Austausch."
        agreement = orm.scalar(select(CooperationAgreement))
        assert agreement.event_id == event.id
        assert agreement.goals == ["Bildungsbericht 2028", "Datenbasis klären"]
        assert agreement.agreed_formats == ["training_series"]
        assert agreement.end_date == date(2028, 6, 30)


def test_edit_existing_series_moves_and_deletes(qtbot, db):
    from ui.events.editor import EventEditorDialog

    series = make_series(db, persons=2)
    dialog = EventEditorDialog(db, event_id=series.event_id)
    qtbot.addWidget(dialog)
    assert len(dialog.grid.lines) == 6
    assert dialog.other_count_check.isChecked() is False
    dialog.title_edit.setText("Umbenannte Reihe")
    dialog.grid.lines[0].start.setTime(QTime(10, 0))
    dialog.other_count_check.setChecked(True)
    dialog.count_spin.setValue(5)
    assert dialog.save()
    with db.reading() as orm:
        event = orm.get(Event, series.event_id)
        assert event.title == "Umbenannte Reihe"
        assert len(event.sessions) == 5
        assert event.sessions[0].start.time() == time(10, 0)
        assert event.sessions[0].sequence > 0
        assert orm.get(Session, series.session_ids[-1]) is None


def test_missing_title_is_refused_in_german(qtbot, db, quiet_dialogs):
    from ui.events.editor import EventEditorDialog

    dialog = EventEditorDialog(db, fmt="training_series")
    qtbot.addWidget(dialog)
    assert dialog.save() is False
    assert any("Titel" in text for text in quiet_dialogs)
    with db.reading() as orm:
        assert orm.scalar(select(Event)) is None


def test_edit_round_trip_keeps_agenda_and_excursion(qtbot, db, master):
    from ui.events.editor import EventEditorDialog

    created = EventEditorDialog(db, fmt="network_group")
    qtbot.addWidget(created)
    created.title_edit.setText("Tour")
    for i, line in enumerate(created.grid.lines):
        _set_first_day(line, date(2027, 4 + 2 * i, 7))
    ex = created.grid.lines[1].excursion
    ex.enabled.setChecked(True)
    ex.site.setText("Stadtteilschule")
    assert created.save()

    edit = EventEditorDialog(db, event_id=created.event_id)
    qtbot.addWidget(edit)
    assert edit.grid.lines[1].excursion.site.text() == "Stadtteilschule"
    assert not edit.grid.lines[0].excursion.enabled.isChecked()
    edit.grid.lines[1].excursion.site.setText("Bildungshaus")
    edit.grid.lines[2].host.set_current_id(master["cities"][1])
    assert edit.save()
    with db.reading() as orm:
        event = orm.get(Event, created.event_id)
        assert event.sessions[1].excursion.site == "Bildungshaus"
        assert event.sessions[0].excursion is None
        assert event.sessions[2].host_municipality_id == master["cities"][1]

    conf = EventEditorDialog(db, fmt="conference")
    qtbot.addWidget(conf)
    conf.title_edit.setText("Tagung")
    _set_first_day(conf.grid.lines[0], date(2027, 9, 14))
    conf.grid.lines[0].agenda.add_item(time(10, 0), time(11, 0), "Vortrag A", "talk",
                                       [master["speaker"]])
    assert conf.save()
    again = EventEditorDialog(db, event_id=conf.event_id)
    qtbot.addWidget(again)
    agenda = again.grid.lines[0].agenda
    assert agenda.table.rowCount() == 1
    agenda.add_item(time(11, 15), None, "Pause", "break", [])
    assert again.save()
    with db.reading() as orm:
        items = orm.get(Event, conf.event_id).sessions[0].agenda
        assert [(a.title, a.kind) for a in items] == [("Vortrag A", "talk"), ("Pause", "break")]
        assert [p.id for p in items[0].speakers] == [master["speaker"]]


def test_attended_session_cannot_be_removed(qtbot, db, quiet_dialogs):
    from planner.usecases.attendance import record_attendance
    from ui.events.editor import EventEditorDialog

    series = make_series(db, persons=1)
    with db.transaction() as orm:
        record_attendance(orm, series.session_ids[-1], series.person_ids[0], "present")
    dialog = EventEditorDialog(db, event_id=series.event_id)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Soll nicht gespeichert werden")
    dialog.other_count_check.setChecked(True)
    dialog.count_spin.setValue(5)
    assert dialog.save() is False
    assert any("absagen" in text for text in quiet_dialogs)
    with db.reading() as orm:
        event = orm.get(Event, series.event_id)
        assert len(event.sessions) == 6
        assert event.title != "Soll nicht gespeichert werden"


def test_cancelled_module_with_replacement_still_counts_six(qtbot, db):
    """A series whose module 3 was cancelled and replaced has six modules, not seven: no
    count warning, no "andere Modulanzahl"; lowering the count never removes the
    cancelled row, and long titles read from their start."""
    from planner.usecases.planning import SessionPlan, cancel_session
    from planner.usecases.replacement import add_replacement
    from ui.events.editor import EventEditorDialog

    series = make_series(db, persons=2)
    with db.reading() as orm:
        third = sorted(orm.get(Event, series.event_id).sessions, key=lambda s: s.start)[2]
        third_id = third.id
    with db.transaction() as orm:
        cancel_session(orm, third_id, "Referentin erkrankt")
        add_replacement(orm, third_id, SessionPlan(start=datetime(2027, 6, 8, 9, 30),
                                                   end=datetime(2027, 6, 8, 16, 30)))
    dialog = EventEditorDialog(db, event_id=series.event_id)
    qtbot.addWidget(dialog)
    assert len(dialog.grid.lines) == 7
    assert sum(line.cancelled for line in dialog.grid.lines) == 1
    assert dialog.other_count_check.isChecked() is False
    assert dialog.count_spin.value() == 6
    assert dialog.count_hint.text() == ""
    assert all(line.title.cursorPosition() == 0 for line in dialog.grid.lines)
    dialog.other_count_check.setChecked(True)
    dialog.count_spin.setValue(5)
    assert len(dialog.grid.lines) == 6
    assert sum(line.cancelled for line in dialog.grid.lines) == 1
    assert "6 Module" in dialog.count_hint.text()
