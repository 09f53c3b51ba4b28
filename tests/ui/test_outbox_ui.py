"""The Postausgang page and the template editor: grouped list, preview exactly as sent,
edit, discard, send (SMTP and letters), reminders at start-up, live template preview.
Screenshots go to test-output/screenshots/ for a person to look at."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from planner.models import OutboxStatus, Registration
from planner.notify.clock import frozen_now
from planner.notify.templates import PLACEHOLDERS
from planner.storage.database import Database
from planner.usecases.people import update_person
from planner.usecases.planning import cancel_session, move_session
from planner.usecases.registration import cancel_registration
from tests.factories import make_series
from tests.mail_support import MailHandler, configure, memory_keyring, smtp_server
from tests.outbox_support import office_addresses, outbox, small_conference
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def keyring_backend() -> Iterator[object]:
    with memory_keyring() as backend:
        yield backend


def outbox_data(db: Database) -> tuple:
    series = make_series(db, persons=4)
    conference = small_conference(db, 2, 3, title="Fachtagung Bildung und Stadtentwicklung")
    office_addresses(db)
    with db.transaction() as orm:
        update_person(orm, series.person_ids[3], email=None, street="Burgplatz 1",
                      postcode="04109", city="Leipzig")
        move_session(orm, series.session_ids[1], datetime(2027, 3, 10, 10, 0),
                     datetime(2027, 3, 10, 17, 0), force=True)
    with db.transaction() as orm:
        cancel_session(orm, series.session_ids[4], "Die Referentin ist erkrankt.")
    return series, conference


def save_shot(widget, output_dir: Path, name: str) -> Path:
    folder = output_dir / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for _ in range(3):
        QApplication.processEvents()
    target = folder / name
    assert widget.grab().save(str(target), "PNG")
    return target


def test_postausgang_lists_previews_edits_discards_and_sends(qtbot, db, tmp_path, output_dir,
                                                             quiet_dialogs):
    series, (conference_id, _sid, conference_people) = outbox_data(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.resize(1280, 820)
    nav_text = window.nav.item(7).text()
    assert nav_text == "Postausgang (7)"
    page = window.show_page("outbox")
    tree = page.tree
    groups = {tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())}
    assert groups == {"Fortbildungsreihe Bildungsmonitoring 2027 (4 Nachrichten)",
                      "Fachtagung Bildung und Stadtentwicklung (3 Nachrichten)"}
    rows = {r.person_id: r.id for r in outbox(db)}
    letter_row = rows[series.person_ids[3]]
    assert page.select(rows[series.person_ids[0]])
    header = page.header_label.text()
    assert "An: person0@example.org" in header
    assert "Betreff: Anmeldebestätigung: Fortbildungsreihe Bildungsmonitoring 2027" in header
    assert "Kalendereinträge: Termin_2027-03-02_Modul_1.ics" in header
    body = page.body_view.toPlainText()
    assert "Modul 2: Mi., 10.03.2027, 10:00–17:00 Uhr" in body and "Modul 5" not in body
    page.select(letter_row)
    assert "Geht als Brief" in page.header_label.text()
    assert "Burgplatz 1" in page.header_label.text()
    save_shot(window, output_dir, "outbox_page.png")

    # Edit one message in the dialog.
    from ui.outbox.dialogs import MessageEditDialog

    page.select(rows[series.person_ids[1]])
    dialog = MessageEditDialog(db, rows[series.person_ids[1]], page)
    dialog.subject_edit.setText("Ihr Platz in der Fortbildungsreihe")
    assert dialog.save()
    page.refresh()
    page.select(rows[series.person_ids[1]])
    assert "Betreff: Ihr Platz in der Fortbildungsreihe" in page.header_label.text()
    assert "Von Hand bearbeitet." in page.note_label.text()

    # Discard one of the conference messages.
    page.select(rows[conference_people[2]])
    assert page.discard_selected("telefonisch erledigt")
    assert window.nav.item(7).text() == "Postausgang (6)"

    # Send everything: e-mails over SMTP, the letter into a PDF.
    handler = MailHandler()
    letters = tmp_path / "Briefe.pdf"
    with smtp_server(handler) as port:
        configure(db, port)
        op = page.send(selected=False, letters=letters, background=False)
    assert op is not None and op.ok
    assert len(handler.received) == 5 and letters.exists()
    result = page.last_result
    assert result is not None and result.table.rowCount() == 6
    outcomes = {result.table.item(r, 3).text() for r in range(result.table.rowCount())}
    assert outcomes == {"gesendet", "als Brief gedruckt"}
    save_shot(result, output_dir, "outbox_send_result.png")
    result.close()
    assert tree.topLevelItemCount() == 0 and window.nav.item(7).text() == "Postausgang"
    statuses = {r.id: r.status for r in outbox(db)}
    assert statuses[letter_row] == OutboxStatus.LETTER
    page.history_box.setChecked(True)
    assert tree.topLevelItemCount() == 2
    del conference_id


def test_reminders_due_at_start_and_created_with_one_click(qtbot, db):
    series = make_series(db, persons=3)
    with db.transaction() as orm:
        first = orm.scalars(select(Registration.id).order_by(Registration.id)).first()
        cancel_registration(orm, first, "krank", by="participant")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    with frozen_now(datetime(2027, 2, 26, 9, 0)):
        assert window.check_reminders() == 2
        assert window.reminder_button.isVisible()
        assert window.reminder_button.text() == "2 Erinnerungen fällig"
        page = window.show_page("outbox")
        assert page.banner.isVisible()
        assert "2 Erinnerungen fällig" in page.banner_label.text()
        assert window.create_reminders()
        assert window.current_key() == "outbox"
        assert not page.banner.isVisible()
        kinds = [page.entries[i].kind for i in page.entries]
        assert kinds.count("reminder") == 2
        assert window.check_reminders() == 0 and not window.reminder_button.isVisible()
    del series


def test_template_editor_previews_live_and_saves_per_office(qtbot, db, output_dir):
    from planner.notify.templates import get_template
    from ui.pages.settings import SettingsPage

    page = SettingsPage(db)
    qtbot.addWidget(page)
    page.show()
    page.resize(1100, 820)
    editor = page.participant_templates
    page.tabs.setCurrentWidget(editor)
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("session_moved"))
    preview = editor.preview.toPlainText()
    assert preview.startswith("Betreff: Terminänderung: Fortbildungsreihe Kommunales")
    assert "Guten Tag Dr. Erika Mustermann," in preview
    assert "jetzt: Mi., 10.03.2027, 10:00–17:00 Uhr" in preview
    assert editor.placeholder_list.count() >= 20
    save_shot(page, output_dir, "template_editor.png")
    editor.subject_edit.setText("Neue Zeit: {veranstaltung}")
    assert editor.preview.toPlainText().startswith(
        "Betreff: Neue Zeit: Fortbildungsreihe Kommunales Bildungsmonitoring 2027")
    editor.body_edit.setPlainText("{anrede},\n\n")
    editor.insert_placeholder(editor.placeholder_list.item(list(PLACEHOLDERS).index("termine")))
    assert "• Modul 2 – GEÄNDERT" in editor.preview.toPlainText()
    assert editor.save()
    assert editor.state_label.text() == "Eigene Fassung des Standorts"
    office = editor.office_combo.currentData()
    with db.reading() as orm:
        saved = get_template(orm, office, "session_moved", "de")
        other = get_template(orm, "hamburg" if office == "berlin" else "berlin",
                             "session_moved", "de")
    assert saved.custom and saved.subject == "Neue Zeit: {veranstaltung}"
    assert not other.custom
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("en"))
    assert editor.preview.toPlainText().startswith("Betreff: Change of date:")
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("de"))
    assert editor.reset()
    assert editor.subject_edit.text() == "Terminänderung: {veranstaltung}"
    editor.days_spin.setValue(3)
    assert editor.save_days()
    with db.reading() as orm:
        from planner.notify.reminders import default_days

        assert default_days(orm) == 3


def test_changes_that_cancel_out_leave_nothing_in_the_list_or_the_count(qtbot, db):
    event_id, _sid, (person,) = small_conference(db, None, 1)
    with db.transaction() as orm:
        reg = orm.scalars(select(Registration).where(Registration.person_id == person)).one()
        cancel_registration(orm, reg.id, "versehentlich angemeldet", by="participant")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert window.nav.item(7).text() == "Postausgang (1)"
    page = window.show_page("outbox")
    assert page.tree.topLevelItemCount() == 0
    assert window.nav.item(7).text() == "Postausgang"
    assert page.summary.text() == "Keine Nachrichten im Postausgang."  # not "0 Nachrichten"
    assert [r.status for r in outbox(db)] == [OutboxStatus.OBSOLETE]
    del event_id
