"""Replacement dates reach the participant through the outbox (planner/notify): the message
names the date the replacement stands for, and the attached calendar parts cancel the old
entry (METHOD:CANCEL) and add the new one (METHOD:REQUEST), read back with icalendar."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from planner.notify.send import send_outbox
from planner.usecases.people import add_person
from planner.usecases.planning import SessionPlan, cancel_session
from planner.usecases.registration import register
from planner.usecases.replacement import add_replacement
from tests.factories import make_series
from tests.mail_support import MailHandler, configure, memory_keyring, smtp_server
from tests.outbox_support import body, calendar_parts, office_addresses, subject, uids

TITLE = "Fortbildungsreihe „Bildungsmonitoring“ 2027"


@pytest.fixture(autouse=True)
def keyring_backend() -> Iterator[object]:
    with memory_keyring() as backend:
        yield backend


@pytest.fixture
def mail(db):
    handler = MailHandler()
    with smtp_server(handler) as port:
        configure(db, port)
        office_addresses(db)
        yield handler


def _messages(mail, start):
    found: dict[str, list] = {}
    for got in mail.received[start:]:
        found.setdefault(got.rcpt_tos[0], []).append(got.parsed())
    return found


def test_replacement_names_the_date_it_replaces_with_cancel_and_request(db, mail):
    fx = make_series(db, persons=1, title=TITLE)  # person0: the whole series
    m = fx.session_ids
    with db.transaction() as orm:
        booker = add_person(orm, first_name="Søren", last_name="Perić",
                            email="soeren@example.org").value.id
        register(orm, fx.event_id, booker, session_ids=[m[2], m[4]], force=True)
    send_outbox(db)
    # Two of the booked modules are cancelled and told; then module 5 (the later one) gets
    # its replacement. A guess by order would pair it with module 3.
    with db.transaction() as orm:
        cancel_session(orm, m[2], "Referentin erkrankt")
        cancel_session(orm, m[4], "Raum nicht verfügbar")
    send_outbox(db)
    start = len(mail.received)
    with db.transaction() as orm:
        new_id = add_replacement(orm, m[4], SessionPlan(
            start=datetime(2027, 5, 11, 9, 30), end=datetime(2027, 5, 11, 16, 30))).value.session.id
    send_outbox(db)
    got = _messages(mail, start)
    assert set(got) == {"person0@example.org", "soeren@example.org"}
    for address, (msg,) in got.items():
        assert subject(msg) == f"Ersatztermin: {TITLE}", address
        text = body(msg)
        # the title's own quotation marks, not „Fortbildungsreihe „…“ 2027“
        assert f"von {TITLE} gibt es einen Ersatztermin" in text
        assert ("• Modul 5 (Ersatztermin für den ausgefallenen Termin am Di., 30.03.2027): "
                "Di., 11.05.2027, 09:30–16:30 Uhr") in text
        assert "16.03.2027" not in text  # module 3 has no replacement yet
        assert "(Ersatztermin) (Ersatztermin" not in text
        (part,) = calendar_parts(msg)
        assert (part.method, part.uid, part.status) == \
            ("REQUEST", uids(db)[new_id][0], "CONFIRMED")
        assert part.dtstart == datetime(2027, 5, 11, 9, 30, tzinfo=part.dtstart.tzinfo)


def test_cancellation_and_replacement_before_sending_become_one_message(db, mail):
    """Cancelled and replaced before the outbox was sent: one message with the old date
    cancelled (METHOD:CANCEL) and the new one requested, naming the old date."""
    fx = make_series(db, persons=1, title=TITLE)
    m = fx.session_ids
    send_outbox(db)
    start = len(mail.received)
    with db.transaction() as orm:
        cancel_session(orm, m[3], "Referentin erkrankt")
        new_id = add_replacement(orm, m[3], SessionPlan(
            start=datetime(2027, 5, 11, 9, 30), end=datetime(2027, 5, 11, 16, 30))).value.session.id
    send_outbox(db)
    (msg,) = _messages(mail, start)["person0@example.org"]
    assert subject(msg) == f"Ersatztermin: {TITLE}"
    text = body(msg)
    assert "• Modul 4 – ABGESAGT: Di., 23.03.2027, 09:30–16:30 Uhr" in text
    assert "Grund: Referentin erkrankt" in text
    assert "• Modul 4 (Ersatztermin für den ausgefallenen Termin am Di., 23.03.2027): " \
           "Di., 11.05.2027" in text
    parts = {p.method: p for p in calendar_parts(msg)}
    assert set(parts) == {"CANCEL", "REQUEST"}
    assert parts["CANCEL"].uid == uids(db)[m[3]][0] and parts["CANCEL"].status == "CANCELLED"
    assert parts["REQUEST"].uid == uids(db)[new_id][0]
