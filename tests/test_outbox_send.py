"""The participant outbox against a real SMTP server (aiosmtpd on 127.0.0.1): each message
type's text and its calendar objects read back with icalendar, merging, failures per
recipient, privacy."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from planner.exports.ical_invitations import build_invitation
from planner.models import ChangeLog, OutboxStatus, Person, SentMessage, Session
from planner.notify.clock import frozen_now
from planner.notify.send import send_outbox
from planner.usecases.people import add_person, update_person
from planner.usecases.planning import (
    EventPlan,
    SessionPlan,
    cancel_session,
    create_event,
    move_session,
    restore_session,
)
from planner.usecases.registration import (
    cancel_registration,
    change_booking,
    promote,
    register,
)
from tests.factories import make_series
from tests.mail_support import MailHandler, configure, memory_keyring, smtp_server
from tests.outbox_support import (
    body,
    calendar_parts,
    emails,
    office_addresses,
    outbox,
    small_conference,
    subject,
    uids,
)


@pytest.fixture(autouse=True)
def keyring_backend() -> Iterator[object]:
    with memory_keyring() as backend:
        yield backend


@pytest.fixture
def mail(db):
    """A running SMTP server configured as the planner's mail server."""
    handler = MailHandler()
    with smtp_server(handler) as port:
        configure(db, port)
        office_addresses(db)
        yield handler


def by_recipient(handler: MailHandler, start: int = 0) -> dict[str, list]:
    found: dict[str, list] = {}
    for got in handler.received[start:]:
        assert len(got.rcpt_tos) == 1, "one recipient per message"
        found.setdefault(got.rcpt_tos[0], []).append(got.parsed())
    return found


def test_confirmation_lists_every_module_with_one_request_per_session(db, mail):
    fx = make_series(db, persons=2)
    report = send_outbox(db)
    assert [r.result for r in report.results] == ["sent", "sent"]
    stored = uids(db)
    addresses = emails(db, fx.person_ids)
    got = by_recipient(mail)
    assert set(got) == set(addresses.values())
    msg = got[addresses[fx.person_ids[0]]][0]
    assert subject(msg) == "Anmeldebestätigung: Fortbildungsreihe Bildungsmonitoring 2027"
    assert [a.addr_spec for a in msg["To"].addresses] == [addresses[fx.person_ids[0]]]
    assert msg["Cc"] is None and msg["Bcc"] is None
    text = body(msg)
    assert text.startswith("Guten Tag Zofia Wałęsa-Łukasiewicz,")
    assert "Di., 02.03.2027, 09:30–16:30 Uhr" in text and "Modul 6: Di., 06.04.2027" in text
    assert "Haus der Bildung, Markt 1, 04109 Leipzig" in text
    parts = calendar_parts(msg)
    assert [p.uid for p in parts] == [stored[sid][0] for sid in fx.session_ids]
    assert {(p.method, p.status) for p in parts} == {("REQUEST", "CONFIRMED")}
    assert [p.sequence for p in parts] == [stored[sid][1] for sid in fx.session_ids]
    assert parts[0].dtstart == datetime(2027, 3, 2, 9, 30, tzinfo=parts[0].dtstart.tzinfo)
    assert str(parts[0].dtstart.tzinfo) == "Europe/Berlin"
    assert parts[0].tzids == ["Europe/Berlin"] and parts[0].rrules == 1
    assert parts[0].attendee == f"mailto:{addresses[fx.person_ids[0]]}"
    assert parts[0].organizer == "mailto:berlin@transferagentur.example"
    # Nothing is left: the next send offers nothing.
    assert send_outbox(db).results == []
    assert {r.status for r in outbox(db)} == {OutboxStatus.SENT}


def test_participant_and_trainer_files_share_the_uid(db, mail):
    fx = make_series(db, persons=1)
    send_outbox(db)
    part = calendar_parts(mail.received[0].parsed())[0]
    with db.reading() as orm:
        session = orm.get(Session, fx.session_ids[0])
        trainer = orm.get(Person, fx.trainer_id)
        data = build_invitation(session, trainer, method="REQUEST")
    import icalendar

    trainer_event = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(trainer_event["UID"]) == part.uid
    assert int(trainer_event["SEQUENCE"]) == part.sequence


def test_waiting_list_promotion_and_cancellations(db, mail):
    event_id, session_id, (first, second) = small_conference(db, 1, 2)
    addresses = emails(db, [first, second])
    send_outbox(db)
    got = by_recipient(mail)
    waiting = got[addresses[second]][0]
    assert subject(waiting) == "Warteliste: Fachtagung Bildungsmonitoring 2027"
    assert "Platz 1 der Warteliste" in body(waiting)
    assert calendar_parts(waiting) == [], "no calendar entry while waiting"
    confirmed = calendar_parts(got[addresses[first]][0])
    assert [(p.method, p.sequence) for p in confirmed] == [("REQUEST", 0)]

    with db.transaction() as orm:
        reg = orm.scalars(select_reg(event_id, first)).one()
        cancel_registration(orm, reg.id, "Dienstreise nicht genehmigt", by="participant")
    start = len(mail.received)
    send_outbox(db)
    got = by_recipient(mail, start)
    cancelled = got[addresses[first]][0]
    assert subject(cancelled) == "Stornierung bestätigt: Fachtagung Bildungsmonitoring 2027"
    assert "wie von Ihnen gewünscht" in body(cancelled)
    assert "Grund: Dienstreise nicht genehmigt" in body(cancelled)
    parts = calendar_parts(cancelled)
    assert [(p.method, p.status) for p in parts] == [("CANCEL", "CANCELLED")]
    assert parts[0].sequence == 1, "raised above the REQUEST this participant holds"
    assert parts[0].uid == uids(db)[session_id][0]
    promoted = got[addresses[second]][0]
    assert subject(promoted) == "Sie sind nachgerückt: Fachtagung Bildungsmonitoring 2027"
    assert [(p.method, p.status, p.sequence) for p in calendar_parts(promoted)] == [
        ("REQUEST", "CONFIRMED", 0)]


def select_reg(event_id: int, person_id: int):
    from planner.models import Registration

    return select(Registration).where(Registration.event_id == event_id,
                                      Registration.person_id == person_id)


def test_office_cancellation_states_the_reason(db, mail):
    event_id, _sid, (person,) = small_conference(db, None, 1)
    send_outbox(db)
    with db.transaction() as orm:
        reg = orm.scalars(select_reg(event_id, person)).one()
        cancel_registration(orm, reg.id, "Die Kommune hat die Teilnahme zurückgezogen.")
    start = len(mail.received)
    send_outbox(db)
    msg = mail.received[start].parsed()
    assert subject(msg).startswith("Ihre Anmeldung wurde storniert")
    assert "leider mussten wir Ihre Anmeldung" in body(msg)
    assert "Grund: Die Kommune hat die Teilnahme zurückgezogen." in body(msg)
    assert [p.method for p in calendar_parts(msg)] == ["CANCEL"]


def test_moved_cancelled_restored_sessions(db, mail):
    fx = make_series(db, persons=2)
    send_outbox(db)
    moved, cancelled = fx.session_ids[1], fx.session_ids[3]
    with db.transaction() as orm:
        move_session(orm, moved, datetime(2027, 3, 10, 10, 0), datetime(2027, 3, 10, 17, 0),
                     force=True)
    start = len(mail.received)
    send_outbox(db)
    msg = mail.received[start].parsed()
    assert subject(msg) == "Terminänderung: Fortbildungsreihe Bildungsmonitoring 2027"
    text = body(msg)
    assert "Modul 2 – GEÄNDERT" in text and "jetzt: Mi., 10.03.2027, 10:00–17:00 Uhr" in text
    assert "bisher: Di., 09.03.2027, 09:30–16:30 Uhr" in text
    assert "Modul 1" not in text, "change messages list only what changed"
    (part,) = calendar_parts(msg)
    stored = uids(db)
    assert (part.method, part.uid, part.sequence) == ("REQUEST", stored[moved][0], 1)
    assert part.sequence == stored[moved][1] > 0
    assert part.dtstart.hour == 10 and part.dtstart.day == 10

    with db.transaction() as orm:
        cancel_session(orm, cancelled, "Referentin erkrankt")
    start = len(mail.received)
    send_outbox(db)
    msg = mail.received[start].parsed()
    assert subject(msg) == "Absage: Fortbildungsreihe Bildungsmonitoring 2027"
    assert "Modul 4 – ABGESAGT: Di., 23.03.2027" in body(msg)
    assert "Grund: Referentin erkrankt" in body(msg)
    (part,) = calendar_parts(msg)
    assert (part.method, part.status, part.uid) == ("CANCEL", "CANCELLED",
                                                    uids(db)[cancelled][0])
    assert part.sequence == uids(db)[cancelled][1]

    with db.transaction() as orm:
        restore_session(orm, cancelled, force=True)
    start = len(mail.received)
    send_outbox(db)
    msg = mail.received[start].parsed()
    assert subject(msg) == "Termin findet statt: Fortbildungsreihe Bildungsmonitoring 2027"
    (again,) = calendar_parts(msg)
    assert (again.method, again.status) == ("REQUEST", "CONFIRMED")
    assert again.sequence > part.sequence
    assert len(mail.received) == start + 2


def test_several_changes_before_sending_become_one_message_with_the_latest_state(db, mail):
    fx = make_series(db, persons=1)
    person = fx.person_ids[0]
    with db.transaction() as orm:
        move_session(orm, fx.session_ids[0], datetime(2027, 3, 3, 9, 0),
                     datetime(2027, 3, 3, 15, 0), force=True)
        move_session(orm, fx.session_ids[0], datetime(2027, 3, 4, 9, 0),
                     datetime(2027, 3, 4, 15, 0), force=True)
    with db.transaction() as orm:
        cancel_session(orm, fx.session_ids[5], "Raum nicht verfügbar")
    rows = outbox(db)
    assert len(rows) == 1 and rows[0].revision > 1
    send_outbox(db)
    assert len(mail.received) == 1
    msg = mail.received[0].parsed()
    assert subject(msg).startswith("Anmeldebestätigung"), "never told: still a confirmation"
    text = body(msg)
    assert "Modul 1: Do., 04.03.2027, 09:00–15:00 Uhr" in text
    assert "03.03.2027" not in text and "bisher" not in text and "Modul 6" not in text
    parts = calendar_parts(msg)
    assert len(parts) == 5 and {p.method for p in parts} == {"REQUEST"}

    # Cancelled and booked again before sending: the changes cancel out, nothing is sent.
    with db.transaction() as orm:
        reg = orm.scalars(select_reg(fx.event_id, person)).one()
        cancel_registration(orm, reg.id, "versehentlich", by="participant")
    with db.transaction() as orm:
        register(orm, fx.event_id, person, force=True)
    report = send_outbox(db)
    assert report.results == [] and report.obsolete == 1
    assert len(mail.received) == 1
    assert outbox(db)[-1].status == OutboxStatus.OBSOLETE


def test_booking_changed_to_other_modules(db, mail):
    fx = make_series(db, persons=1)
    send_outbox(db)
    person = fx.person_ids[0]
    with db.transaction() as orm:
        reg = orm.scalars(select_reg(fx.event_id, person)).one()
        change_booking(orm, reg.id, fx.session_ids[:2])
    send_outbox(db)
    msg = mail.received[1].parsed()
    assert subject(msg).startswith("Änderungen zu Ihrer Anmeldung")
    text = body(msg)
    assert "Modul 3 – NICHT MEHR GEBUCHT" in text and "Modul 1" not in text
    parts = calendar_parts(msg)
    assert [p.method for p in parts] == ["CANCEL"] * 4
    assert all(p.sequence == 1 for p in parts), "raised above the confirmation's SEQUENCE 0"


def test_english_template_for_english_speaking_participants(db, mail):
    fx = make_series(db, persons=1)
    with db.transaction() as orm:
        update_person(orm, fx.person_ids[0], language="en")
    send_outbox(db)
    msg = mail.received[0].parsed()
    assert subject(msg) == "Registration confirmed: Fortbildungsreihe Bildungsmonitoring 2027"
    text = body(msg)
    assert text.startswith("Dear Zofia Wałęsa-Łukasiewicz,")
    assert "Module 1" not in text and "Modul 1: Tue 2 Mar 2027, 09:30–16:30" in text
    assert calendar_parts(msg)[0].method == "REQUEST"


def test_reminder_with_venue_directions_programme_and_trainer(db, mail):
    from datetime import time

    from planner.notify.reminders import create_reminders, due_reminders
    from planner.usecases.event_details import set_agenda, set_excursion
    from planner.usecases.masterdata import update_venue
    from planner.usecases.planning import AgendaPlan, ExcursionPlan

    fx = make_series(db, persons=2)
    send_outbox(db)
    with db.transaction() as orm:
        update_venue(orm, fx.venue_id, name="Haus der Bildung", street="Markt 1",
                     postcode="04109", city="Leipzig", federal_state="SN",
                     directions="Straßenbahn 4 bis Markt, Eingang links neben dem Café.")
        set_agenda(orm, fx.session_ids[0], [
            AgendaPlan(time(9, 30), "Begrüßung", time(10, 0)),
            AgendaPlan(time(10, 0), "Daten im Bildungsmonitoring", time(12, 0),
                       speaker_ids=[fx.trainer_id])])
        set_excursion(orm, fx.session_ids[0], ExcursionPlan(
            "Bildungsbüro Leipzig", street="Burgplatz 1", postcode="04109", city="Leipzig",
            start=time(14, 0), end=time(16, 0), host_contact="Frau Berger"))
    with frozen_now(datetime(2027, 2, 20, 8, 0)):
        with db.reading() as orm:
            assert due_reminders(orm) == []
    with frozen_now(datetime(2027, 2, 24, 8, 0)):
        with db.reading() as orm:
            due = due_reminders(orm)
        assert [(d.session_id, d.person_id) for d in due] == [
            (fx.session_ids[0], p) for p in fx.person_ids]
        with db.transaction() as orm:
            assert create_reminders(orm).value == 2
            assert due_reminders(orm) == [], "created once"
        report = send_outbox(db)
    assert [r.kind for r in report.results] == ["reminder", "reminder"]
    msg = mail.received[-1].parsed()
    assert subject(msg) == ("Erinnerung: Fortbildungsreihe Bildungsmonitoring 2027 am "
                              "Di., 02.03.2027")
    text = body(msg)
    assert "Straßenbahn 4 bis Markt" in text
    assert "Haus der Bildung, Markt 1, 04109 Leipzig" in text
    assert "Leitung: Małgorzata Kowalczyk-Şen" in text
    assert "10:00–12:00 Daten im Bildungsmonitoring (Małgorzata Kowalczyk-Şen)" in text
    assert "Exkursion: Bildungsbüro Leipzig, Burgplatz 1, 04109 Leipzig, 14:00–16:00" in text
    assert "Kontakt vor Ort: Frau Berger" in text
    (part,) = calendar_parts(msg)
    assert part.uid == uids(db)[fx.session_ids[0]][0] and part.method == "REQUEST"


def test_refused_recipient_is_reported_in_german_and_only_it_is_offered_again(db, mail):
    fx = make_series(db, persons=3)
    addresses = emails(db, fx.person_ids)
    refused = addresses[fx.person_ids[1]]
    mail.refuse.add(refused)
    report = send_outbox(db)
    results = {r.address: r for r in report.results}
    assert results[refused].result == "failed"
    assert "abgelehnt" in results[refused].error and "550" in results[refused].error
    assert mail.rcpt_attempts[refused] == 1, "a permanent refusal is not retried"
    assert sorted(r.result for r in report.results) == ["failed", "sent", "sent"]
    mail.refuse.clear()
    again = send_outbox(db)
    assert [(r.address, r.result) for r in again.results] == [(refused, "sent")]
    counts = {a: len(m) for a, m in by_recipient(mail).items()}
    assert counts == {a: 1 for a in addresses.values()}
    with db.reading() as orm:
        log = [(r.address, r.result) for r in orm.scalars(
            select(SentMessage).order_by(SentMessage.id))]
    assert log.count((refused, "failed")) == 1 and log.count((refused, "sent")) == 1


def test_unreachable_server_marks_nothing(db):
    from planner.mail.transport import MailConfigError
    from tests.mail_support import free_port

    make_series(db, persons=2)
    office_addresses(db)
    configure(db, free_port())
    with pytest.raises(MailConfigError, match="Keine Verbindung"):
        send_outbox(db)
    assert {r.status for r in outbox(db)} == {OutboxStatus.PENDING}


def test_invalid_address_is_reported_and_the_rest_are_sent(db, mail):
    fx = make_series(db, persons=2)
    with db.transaction() as orm:
        orm.get(Person, fx.person_ids[0]).email = "kein-at-zeichen.example.org"
    report = send_outbox(db)
    results = sorted((r.result, r.error) for r in report.results)
    assert results[0][0] == "sent"
    assert results[1][0] == "skipped" and "keine gültige E-Mail-Adresse" in results[1][1]
    assert len(mail.received) == 1


def test_audit_log_records_who_sent_what_to_whom(db, mail):
    fx = make_series(db, persons=2)
    send_outbox(db)
    with db.reading() as orm:
        entries = list(orm.execute(select(ChangeLog.entity_id, ChangeLog.user,
                                          ChangeLog.details)
                                   .where(ChangeLog.action == "send")))
    assert sorted(e.entity_id for e in entries) == sorted(fx.person_ids)
    assert all(e.user and "Anmeldebestätigung" in e.details and "confirmed" in e.details
               for e in entries)


def test_anonymised_person_gets_nothing_and_no_text_stays(db, mail):
    from planner.gdpr.anonymise import anonymise_person

    fx = make_series(db, persons=2)
    send_outbox(db)
    with db.transaction() as orm:
        move_session(orm, fx.session_ids[0], datetime(2027, 3, 2, 10, 0),
                     datetime(2027, 3, 2, 17, 0), force=True)
    gone = fx.person_ids[0]
    with db.transaction() as orm:
        anonymise_person(orm, gone)
    report = send_outbox(db)
    assert [r.person_id for r in report.results] == [fx.person_ids[1]]
    rows = [r for r in outbox(db) if r.person_id == gone]
    assert {r.status for r in rows} == {OutboxStatus.SENT, OutboxStatus.DISCARDED}
    assert all(r.subject == r.body == r.address == "" and r.known_after is None for r in rows)
    with db.transaction() as orm:
        cancel_session(orm, fx.session_ids[1], "Ausfall")
    assert {r.person_id for r in outbox(db) if r.status == OutboxStatus.PENDING} == {
        fx.person_ids[1]}


def test_erased_person_leaves_no_outbox_rows(db, mail):
    from planner.gdpr.erasure import erase_person

    event_id, _sid, (person,) = small_conference(db, None, 1)
    assert len(outbox(db)) == 1
    with db.transaction() as orm:
        report = erase_person(orm, person).value
    assert report.deleted
    assert outbox(db) == []


def test_promote_from_waiting_list_by_hand(db, mail):
    event_id, _sid, (first, second) = small_conference(db, 1, 2)
    send_outbox(db)
    with db.transaction() as orm:
        reg = orm.scalars(select_reg(event_id, second)).one()
        promote(orm, reg.id, force=True)
    start = len(mail.received)
    send_outbox(db)
    assert [subject(m) for m in (g.parsed() for g in mail.received[start:])] == [
        "Sie sind nachgerückt: Fachtagung Bildungsmonitoring 2027"]


def test_bookings_made_before_the_outbox_hear_only_about_the_change(db, mail):
    """Registrations from before this version (no message ever recorded): a moved session is
    announced as a move, not as a new confirmation."""
    from planner.notify.tracking import notifications_suppressed

    with db.transaction() as orm:
        with notifications_suppressed(orm):
            start = datetime(2027, 5, 20, 9, 0)
            event = create_event(orm, EventPlan(
                format="conference", title="Altbestand", office="berlin",
                sessions=[SessionPlan(start=start, end=start + timedelta(hours=8))]),
                force=True).value
            person = add_person(orm, first_name="Ana", last_name="Novák",
                                email="ana@example.org").value
            register(orm, event.id, person.id, force=True)
            session_id = event.sessions[0].id
    assert outbox(db) == []
    with db.transaction() as orm:
        move_session(orm, session_id, datetime(2027, 5, 21, 9, 0), datetime(2027, 5, 21, 17, 0),
                     force=True)
    send_outbox(db)
    msg = mail.received[0].parsed()
    assert subject(msg) == "Terminänderung: Altbestand"
    assert "bisher: Do., 20.05.2027, 09:00–17:00 Uhr" in body(msg)


def test_access_export_lists_the_messages(db, mail):
    from planner.gdpr.access import person_data

    fx = make_series(db, persons=1)
    send_outbox(db)
    with db.reading() as orm:
        data = person_data(orm, fx.person_ids[0])
    (message,) = data["outbox_messages"]
    assert message["status"] == "sent" and message["subject"].startswith("Anmeldebestätigung")
    assert "Modul 6" in message["text"]


def test_replacement_date_for_a_cancelled_module(db, mail):
    """A date added after a module was cancelled is announced as its replacement, with a
    REQUEST for the new date; the cancelled date is not paired twice."""
    from planner.usecases.planning import add_session

    fx = make_series(db, persons=2)
    send_outbox(db)
    with db.transaction() as orm:
        cancel_session(orm, fx.session_ids[2], "Referentin erkrankt")
    send_outbox(db)
    start = len(mail.received)
    with db.transaction() as orm:
        new_id = add_session(orm, fx.event_id, SessionPlan(
            start=datetime(2027, 4, 13, 9, 30), end=datetime(2027, 4, 13, 16, 30),
            title="Modul 3 (Ersatztermin)", venue_id=fx.venue_id), force=True).value.id
    send_outbox(db)
    msg = mail.received[start].parsed()
    assert subject(msg) == "Ersatztermin: Fortbildungsreihe Bildungsmonitoring 2027"
    text = body(msg)
    assert ("• Modul 3 (Ersatztermin für den ausgefallenen Termin am "
            "Di., 16.03.2027): Di., 13.04.2027, 09:30–16:30 Uhr") in text
    (part,) = calendar_parts(msg)
    assert (part.method, part.uid) == ("REQUEST", uids(db)[new_id][0])
    # A further date later is an addition, not a second replacement for the same module.
    start = len(mail.received)
    with db.transaction() as orm:
        add_session(orm, fx.event_id, SessionPlan(
            start=datetime(2027, 4, 20, 9, 30), end=datetime(2027, 4, 20, 16, 30),
            title="Zusatztermin", venue_id=fx.venue_id), force=True)
    send_outbox(db)
    msg = mail.received[start].parsed()
    assert subject(msg).startswith("Änderungen zu Ihrer Anmeldung")
    assert "• Zusatztermin – NEU GEBUCHT: Di., 20.04.2027" in body(msg)
