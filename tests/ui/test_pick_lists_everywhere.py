"""No long pick list is forgotten: with the demo data, every combo box of the main window
and of the main dialogs that offers more than a dozen entries filters as you type, and
every long tick list has a filter field above it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QComboBox, QListWidget, QWidget
from sqlalchemy import select

from planner.models import Event, Organisation, Person
from planner.models.enums import OrganisationKind
from tests.ui.test_screenshots import _fill
from ui.row_filter import RowFilter

pytestmark = pytest.mark.usefixtures("quiet_dialogs")
LONG = 12


def _windows(qtbot, db) -> Iterator[tuple[str, QWidget]]:
    from ui.events.editor import EventEditorDialog
    from ui.events.window import EventWindow
    from ui.exports.wizard import CertificatesWizard
    from ui.mail.caldav_dialog import CalDavDialog
    from ui.mail.send_dialog import SendDialog
    from ui.main_window import PAGES, MainWindow
    from ui.municipality.agreement_dialog import AgreementDialog
    from ui.municipality.record import MunicipalityRecordDialog
    from ui.pages.masterdata import OrganisationEditorDialog, VenueEditorDialog
    from ui.pages.person_editor import PersonEditorDialog
    from ui.people.merge_dialog import MergeDialog
    from ui.registrations.add_dialog import AddRegistrationDialog

    with db.reading() as orm:
        events = {e.format: e.id for e in orm.scalars(select(Event).order_by(Event.id))}
        person = orm.scalars(select(Person.id)).first()
        city = orm.scalars(select(Organisation.id).where(
            Organisation.kind == OrganisationKind.MUNICIPALITY)).first()
    assert len(events) == 5 and person is not None and city is not None
    window = MainWindow(db)
    window.resize(1280, 800)
    window.show()
    qtbot.addWidget(window)
    for key in PAGES:
        window.show_page(key)
        yield f"page {key}", window
    for fmt, event_id in events.items():
        yield f"editor {fmt}", EventEditorDialog(db, event_id)
        yield f"event window {fmt}", EventWindow(db, event_id)
    yield "new event", EventEditorDialog(db, fmt="network_group")
    yield "person editor", PersonEditorDialog(db, person)
    yield "organisation editor", OrganisationEditorDialog(db, city)
    yield "venue editor", VenueEditorDialog(db)
    yield "add registration", AddRegistrationDialog(db, events["conference"])
    yield "calendar upload", CalDavDialog(db)
    yield "send messages", SendDialog(db, event_id=events["conference"])
    yield "merge persons", MergeDialog(db)
    yield "municipality record", MunicipalityRecordDialog(db, city)
    yield "cooperation agreement", AgreementDialog(db, city)
    wizard = CertificatesWizard(db, events["conference"])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # the preview page fills its person list
    yield "certificates wizard", wizard


def test_every_long_pick_list_is_searchable(qtbot, db):
    _fill(db)
    long_combos: list[str] = []
    forgotten: list[str] = []
    kept: list[QWidget] = []  # pytest-qt holds widgets weakly; collected mid-test they crash
    for where, widget in _windows(qtbot, db):
        if widget.parent() is None and widget not in kept:
            qtbot.addWidget(widget)
            kept.append(widget)
        for combo in widget.findChildren(QComboBox):
            if combo.count() > LONG:
                name = f"{where}: {type(combo).__name__} „{combo.itemText(1)}“ ({combo.count()})"
                long_combos.append(name)
                if not combo.property("searchable"):
                    forgotten.append(name)
        filtered = {id(f.view) for f in widget.findChildren(RowFilter)}
        for tick_list in widget.findChildren(QListWidget):
            if tick_list.count() > LONG and tick_list.item(0).checkState() is not None \
                    and type(tick_list).__name__ == "CheckList" \
                    and id(tick_list) not in filtered:
                forgotten.append(f"{where}: tick list „{tick_list.item(0).text()}“")
    # the demo data makes the lists long: venues, trainers, persons, organisations,
    # municipalities, events, federal states
    assert len(long_combos) >= 20
    assert not forgotten, "\n".join(forgotten)
