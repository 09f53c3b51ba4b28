"""Registrations panel: whole-event and per-module booking, waiting list, cancellation,
duplicate detection before a person is created."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from planner.models import Event, Person, Registration, RegistrationStatus
from planner.usecases.people import add_person
from tests.factories import make_series

# Every message box answers "Yes" and is recorded (see tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("quiet_dialogs")


def _capacity(db, event_id: int, capacity: int) -> None:
    with db.transaction() as orm:
        orm.get(Event, event_id).capacity = capacity


def _status(db, event_id: int, person_id: int) -> str:
    with db.reading() as orm:
        return orm.scalar(select(Registration.status).where(
            Registration.event_id == event_id, Registration.person_id == person_id))


def test_registration_model(qtmodeltester, qtbot, db):
    from ui.registrations.panel import RegistrationsPanel

    series = make_series(db, persons=3)
    panel = RegistrationsPanel(db, series.event_id)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 3
    qtmodeltester.check(panel.model)


def test_search_register_whole_event_and_waiting_list_promotion(qtbot, db, output_dir,
                                                                 quiet_dialogs):
    from ui.registrations.add_dialog import AddRegistrationDialog
    from ui.registrations.panel import RegistrationsPanel

    series = make_series(db, persons=2)
    _capacity(db, series.event_id, 2)
    with db.transaction() as orm:
        late = add_person(orm, first_name="Ğülşen", last_name="Öztürk-Łęcka",
                          email="oeztuerk@example.org").value.id
    panel = RegistrationsPanel(db, series.event_id)
    qtbot.addWidget(panel)
    assert "Kapazität:</b> 2" in panel.summary_label.text()

    dialog = AddRegistrationDialog(db, series.event_id)
    qtbot.addWidget(dialog)
    dialog.search_edit.setText("öztürk")
    assert dialog.results.count() == 1
    dialog.results.setCurrentRow(0)
    assert dialog.person_id == late
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _status(db, series.event_id, late) == RegistrationStatus.WAITING
    assert any("Warteliste" in t for t in quiet_dialogs)
    again = AddRegistrationDialog(db, series.event_id)
    qtbot.addWidget(again)
    again.search_edit.setText("oeztuerk")
    assert again.results.item(0).text().startswith(
        "Öztürk-Łęcka, Ğülşen – bereits auf der Warteliste")

    panel.refresh()
    assert panel.select_person(late)
    row = panel.selected_row()
    assert row.status == "waiting" and row.waiting_position == 1
    assert panel.promote_button.isEnabled()
    # promotion while full is refused, nothing changes
    assert panel.promote_selected() is False
    assert _status(db, series.event_id, late) == RegistrationStatus.WAITING

    # cancelling someone frees a place; the waiting person moves up automatically
    assert panel.select_person(series.person_ids[0])
    assert panel.cancel_selected("krank") is True
    assert _status(db, series.event_id, series.person_ids[0]) == RegistrationStatus.CANCELLED
    assert _status(db, series.event_id, late) == RegistrationStatus.REGISTERED
    with db.reading() as orm:
        reg = orm.scalar(select(Registration).where(Registration.person_id
                                                    == series.person_ids[0]))
        assert reg.cancel_reason == "krank"
    panel.show()
    panel.resize(1000, 420)
    panel.grab().save(str(output_dir / "event_registrations_panel.png"))


def test_one_click_promotion_after_capacity_raised(qtbot, db):
    from ui.registrations.panel import RegistrationsPanel

    series = make_series(db, persons=2)
    _capacity(db, series.event_id, 2)
    with db.transaction() as orm:
        from planner.usecases.registration import register

        pid = add_person(orm, first_name="Jürgen", last_name="Wartend").value.id
        register(orm, series.event_id, pid)
    _capacity(db, series.event_id, 3)
    panel = RegistrationsPanel(db, series.event_id)
    qtbot.addWidget(panel)
    assert panel.select_person(pid)
    qtbot.mouseClick(panel.promote_button, Qt.MouseButton.LeftButton)
    assert _status(db, series.event_id, pid) == RegistrationStatus.REGISTERED


def test_per_module_booking_of_a_new_person_with_duplicate_check(qtbot, db, output_dir):
    from ui.registrations.add_dialog import AddRegistrationDialog

    series = make_series(db, persons=1)
    dialog = AddRegistrationDialog(db, series.event_id)
    qtbot.addWidget(dialog)
    # the same name as an existing person: the dialog offers the existing one
    dialog.first_edit.setText("zofia")
    dialog.last_edit.setText("Wałęsa-Łukasiewicz")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.duplicates.count() == 1
    assert not dialog.duplicates.isHidden()
    dialog.modules_radio.setChecked(True)
    dialog.show()
    dialog.grab().save(str(output_dir / "registration_dialog_duplicate.png"))
    with db.reading() as orm:
        assert orm.scalar(select(func.count()).select_from(Person)) == 2  # trainer + 1
    qtbot.mouseClick(dialog.use_existing_button, Qt.MouseButton.LeftButton)
    assert dialog.person_id == series.person_ids[0]

    # a genuinely new person, booked for modules 2 and 4 only
    other = AddRegistrationDialog(db, series.event_id)
    qtbot.addWidget(other)
    other.first_edit.setText("Gwŷn")
    other.last_edit.setText("ap Llŷr")
    other.email_edit.setText("gwyn@example.org")
    qtbot.mouseClick(other.create_button, Qt.MouseButton.LeftButton)
    assert other.person_id is not None
    other.modules_radio.setChecked(True)
    chosen = [series.session_ids[1], series.session_ids[3]]
    for sid in chosen:
        other.session_checks[sid].setChecked(True)
    assert other.register()
    with db.reading() as orm:
        reg = orm.get(Registration, other.registration_id)
        assert reg.whole_event is False
        assert sorted(s.id for s in reg.chosen_sessions) == sorted(chosen)
        assert reg.person.last_name == "ap Llŷr"
        assert reg.status == RegistrationStatus.REGISTERED


def test_keyboard_only_booking_from_the_search_field(qtbot, db):
    """Type, Down into the hits, Down to the second, Enter books that person and closes."""
    from ui.registrations.add_dialog import AddRegistrationDialog

    series = make_series(db, persons=0)
    with db.transaction() as orm:
        ids = [add_person(orm, first_name=first, last_name="Brandt",
                          email=f"{first.lower()}@example.org").value.id
               for first in ("Anke", "Bernd", "Carla")]
    dialog = AddRegistrationDialog(db, series.event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.search_edit.setFocus()
    qtbot.keyClicks(dialog.search_edit, "brandt")
    assert dialog.results.count() == 3 and dialog.person_id is None  # three: none chosen
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.results and dialog.results.currentRow() == 0
    qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    chosen = dialog.person_id
    assert chosen in ids and chosen != dialog.results.item(0).data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _status(db, series.event_id, chosen) == RegistrationStatus.REGISTERED
