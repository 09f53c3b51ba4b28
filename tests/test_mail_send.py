"""Sending over a real SMTP server (aiosmtpd on 127.0.0.1): headers, umlauts, attachments,
retries, the log, and "only what changed" on the next send."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import timedelta
from email.utils import parsedate_to_datetime

import icalendar
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from planner.certificates import issue_certificates
from planner.mail.outbox import pending_certificates, pending_invitations
from planner.mail.send import send, smtp_transport
from planner.mail.settings import load_config, store_password
from planner.mail.templates import save_template
from planner.mail.transport import MailConfigError
from planner.models import Certificate, InvitationSent, Person, SentMessage, Session
from planner.usecases.planning import cancel_session, move_session
from tests.mail_support import (
    MailHandler,
    configure,
    memory_keyring,
    series_with_certificates,
    smtp_server,
)


@pytest.fixture(autouse=True)
def keyring_backend() -> Iterator[object]:
    with memory_keyring() as backend:
        yield backend


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def names(db, person_ids: list[int]) -> dict[str, Person]:
    with db.reading() as orm:
        persons = [orm.get(Person, pid) for pid in person_ids]
        for p in persons:
            orm.expunge(p)
    return {p.email: p for p in persons}


def log_rows(db) -> list[SentMessage]:
    with db.reading() as orm:
        rows = list(orm.scalars(select(SentMessage).order_by(SentMessage.id)))
        for r in rows:
            orm.expunge(r)
    return rows


def test_certificates_arrive_with_german_headers_and_a_readable_pdf(db, tmp_path):
    fx = series_with_certificates(db, tmp_path / "pdf", persons=3)
    persons = names(db, fx.person_ids)
    with db.transaction() as orm:
        save_template(orm, "certificate", "Bescheinigung für {vorname} {nachname} – Grüße",
                      "{anrede},\nanbei Ihre Bescheinigung {nummer} für „{veranstaltung}“.\n"
                      "Unbekannt bleibt sichtbar: {unbekannt}\n{absender}")
        items = pending_certificates(orm, fx.event_id).items
    assert len(items) == 3
    handler = MailHandler()
    with smtp_server(handler) as port:
        configure(db, port)
        report = send(db, items)
    assert len(report.sent) == 3 and not report.failed
    assert len(handler.received) == 3
    for got in handler.received:
        raw_headers = got.data.split(b"\r\n\r\n", 1)[0]
        assert all(b < 128 for b in raw_headers), "headers must be 7-bit (RFC 2047)"
        msg = got.parsed()
        person = persons[got.rcpt_tos[0]]
        assert msg["Subject"] == (f"Bescheinigung für {person.first_name} {person.last_name} "
                                  "– Grüße")
        assert msg["To"].addresses[0].display_name == person.full_name
        assert msg["To"].addresses[0].addr_spec == person.email
        assert msg["From"].addresses[0].display_name == "Transferagentur Süd-Ost"
        assert got.mail_from == "transfer@example.org"
        assert parsedate_to_datetime(msg["Date"]).tzinfo is not None
        assert msg["Message-ID"].startswith("<") and msg["Message-ID"].endswith(">")
        body = msg.get_body(("plain",)).get_content()
        assert f"Guten Tag {person.full_name}," in body
        assert "„Fortbildungsreihe Bildungsmonitoring 2027“" in body
        assert "{unbekannt}" in body
        pdfs = [p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf"]
        assert len(pdfs) == 1
        assert pdfs[0].get_filename().endswith(".pdf")
        text = pdf_text(pdfs[0].get_content())
        assert person.last_name in text and person.first_name in text
    rows = log_rows(db)
    assert [(r.kind, r.result, r.attempts) for r in rows] == [("certificate", "sent", 1)] * 3
    assert {r.address for r in rows} == set(persons)
    assert all(r.message_id and r.subject.startswith("Bescheinigung für") for r in rows)
    with db.reading() as orm:
        assert pending_certificates(orm, fx.event_id).items == []


def test_invitations_carry_a_request_and_only_changes_are_offered_again(db, tmp_path):
    fx = series_with_certificates(db, tmp_path / "pdf", persons=1)
    with db.reading() as orm:
        items = pending_invitations(orm, fx.trainer_id).items
        uids = {s.id: s.uid for s in orm.scalars(select(Session))}
        trainer = orm.get(Person, fx.trainer_id)
        trainer_mail, trainer_name = trainer.email, trainer.full_name
    assert [i.kind for i in items] == ["invitation"] * 6
    handler = MailHandler()
    with smtp_server(handler) as port:
        configure(db, port)
        assert len(send(db, items).sent) == 6
        first = handler.received[0].parsed()
        assert first["Subject"].startswith("Einladung: Fortbildungsreihe")
        assert "Kowalczyk-Şen" in first.get_body(("plain",)).get_content()
        inline = [p for p in first.walk() if p.get_content_type() == "text/calendar"
                  and p.get_content_disposition() != "attachment"]
        files = [p for p in first.iter_attachments() if p.get_filename(""). endswith(".ics")]
        assert len(inline) == 1 and len(files) == 1
        assert files[0].get_param("method") == "REQUEST"
        assert files[0].get_content_charset() == "utf-8"
        cal = icalendar.Calendar.from_ical(files[0].get_payload(decode=True))
        assert str(cal["METHOD"]) == "REQUEST"
        event = cal.walk("VEVENT")[0]
        assert str(event["UID"]) == uids[fx.session_ids[0]]
        attendee = event["ATTENDEE"]
        assert str(attendee).lower() == f"mailto:{trainer_mail}"
        assert attendee.params["CN"] == trainer_name
        with db.reading() as orm:
            assert pending_invitations(orm, fx.trainer_id).items == []
            recorded = {r.session_id: r.sequence for r in orm.scalars(select(InvitationSent))}
        assert set(recorded) == set(fx.session_ids)

        # Move one session: only that one is offered again.
        moved = fx.session_ids[2]
        with db.transaction() as orm:
            s = orm.get(Session, moved)
            move_session(orm, moved, s.start + timedelta(days=1), s.end + timedelta(days=1),
                         force=True)
            again = pending_invitations(orm, fx.trainer_id).items
        assert [(i.session_id, i.kind) for i in again] == [(moved, "invitation")]

        # Cancel another: a CANCEL goes out for it alone (together with the moved one).
        cancelled = fx.session_ids[4]
        with db.transaction() as orm:
            cancel_session(orm, cancelled, "Referentin erkrankt")
            again = pending_invitations(orm, fx.trainer_id).items
        assert [(i.session_id, i.kind) for i in again] == [(moved, "invitation"),
                                                           (cancelled, "cancellation")]
        before = len(handler.received)
        assert len(send(db, again).sent) == 2
        cancel_mail = handler.received[before + 1].parsed()
    assert cancel_mail["Subject"].startswith("Absage:")
    assert "Referentin erkrankt" in cancel_mail.get_body(("plain",)).get_content()
    ics = next(p for p in cancel_mail.iter_attachments() if p.get_filename("").endswith(".ics"))
    assert ics.get_param("method") == "CANCEL"
    cal = icalendar.Calendar.from_ical(ics.get_payload(decode=True))
    assert str(cal["METHOD"]) == "CANCEL"
    assert str(cal.walk("VEVENT")[0]["STATUS"]) == "CANCELLED"
    assert str(cal.walk("VEVENT")[0]["UID"]) == uids[cancelled]
    with db.reading() as orm:
        assert pending_invitations(orm, fx.trainer_id).items == []


def test_reissuing_one_certificate_offers_only_that_one(db, tmp_path):
    fx = series_with_certificates(db, tmp_path / "pdf", persons=3)
    handler = MailHandler()
    with smtp_server(handler) as port:
        configure(db, port)
        with db.reading() as orm:
            items = pending_certificates(orm).items
        assert len(send(db, items).sent) == 3
    with db.transaction() as orm:
        issue_certificates(orm, fx.event_id, tmp_path / "pdf2", person_ids=[fx.person_ids[1]])
        again = pending_certificates(orm).items
        cert_id = orm.scalars(select(Certificate.id).where(
            Certificate.person_id == fx.person_ids[1])).one()
    assert [(i.person_id, i.certificate_id) for i in again] == [(fx.person_ids[1], cert_id)]


def test_a_refused_recipient_is_retried_reported_and_stays_pending(db, tmp_path):
    fx = series_with_certificates(db, tmp_path / "pdf", persons=3)
    with db.reading() as orm:
        items = pending_certificates(orm).items
        refused = orm.get(Person, fx.person_ids[1]).email
    handler = MailHandler(refuse={refused})
    pauses: list[float] = []
    with smtp_server(handler) as port:
        configure(db, port)
        transport = smtp_transport(db, sleep=pauses.append)
        from planner.mail.send import deliver_all
        report = deliver_all(db, items, transport)
    assert handler.rcpt_attempts[refused] == 3
    assert len(pauses) == 2 and pauses[0] < pauses[1]
    assert [o.item.address for o in report.failed] == [refused]
    failure = report.failed[0].delivery
    assert failure.attempts == 3 and "550" in failure.error and refused in failure.error
    assert len(report.sent) == 2 and len(handler.received) == 2
    rows = log_rows(db)
    assert sorted((r.address, r.result, r.attempts) for r in rows) == sorted(
        [(i.address, "failed" if i.address == refused else "sent", 3 if i.address == refused
          else 1) for i in items])
    assert "abgelehnt" in next(r.error for r in rows if r.result == "failed")
    with db.reading() as orm:
        assert [i.address for i in pending_certificates(orm).items] == [refused]


def test_a_dropped_connection_is_retried_and_the_message_arrives(db, tmp_path):
    series_with_certificates(db, tmp_path / "pdf", persons=3)
    with db.reading() as orm:
        items = pending_certificates(orm).items
    handler = MailHandler(drop=1)
    pauses: list[float] = []
    with smtp_server(handler) as port:
        configure(db, port)
        from planner.mail.send import deliver_all
        report = deliver_all(db, items, smtp_transport(db, sleep=pauses.append))
    assert len(report.sent) == 3 and not report.failed
    assert handler.data_attempts == 4 and len(handler.received) == 3
    assert [o.delivery.attempts for o in report.outcomes] == [2, 1, 1]
    assert [r.attempts for r in log_rows(db)] == [2, 1, 1]
    assert len(pauses) == 1


def test_starttls_against_a_server_without_it_gives_a_clear_german_error(db, tmp_path):
    series_with_certificates(db, tmp_path / "pdf", persons=1)
    handler = MailHandler()
    with smtp_server(handler) as port:
        configure(db, port, security="starttls")
        with db.reading() as orm:
            items = pending_certificates(orm).items
        with pytest.raises(MailConfigError) as err:
            send(db, items)
    assert "STARTTLS" in err.value.message and "bietet keine verschlüsselte" in err.value.message
    assert handler.received == [] and log_rows(db) == []


def test_login_password_comes_from_the_keyring_and_never_reaches_a_file(db, db_path, tmp_path,
                                                                        keyring_backend):
    from aiosmtpd.smtp import AuthResult

    secret = "Geh3im-Pässwörd!"
    logins: list[tuple[str, str]] = []

    def authenticator(server, session, envelope, mechanism, auth_data):  # noqa: ANN001
        logins.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=auth_data.password.decode() == secret, handled=False)

    series_with_certificates(db, tmp_path / "pdf", persons=2)
    handler = MailHandler()
    with smtp_server(handler, authenticator=authenticator, auth_require_tls=False) as port:
        configure(db, port, user="transfer-user")
        with db.transaction() as orm:
            store_password(load_config(orm), secret)
            items = pending_certificates(orm).items
        assert len(send(db, items).sent) == 2
    assert logins and set(logins) == {("transfer-user", secret)}
    assert secret in keyring_backend.store.values()
    db.close()
    needle = secret.encode()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert needle not in data and secret.encode("utf-16-le") not in data, path
    assert needle not in db_path.read_bytes()


def test_a_wrong_password_is_reported_before_anything_is_sent(db, tmp_path):
    from aiosmtpd.smtp import AuthResult

    series_with_certificates(db, tmp_path / "pdf", persons=1)
    handler = MailHandler()
    with smtp_server(handler, authenticator=lambda *a: AuthResult(success=False, handled=False),
                     auth_require_tls=False) as port:
        configure(db, port, user="transfer-user")
        with db.transaction() as orm:
            store_password(load_config(orm), "falsch")
            items = pending_certificates(orm).items
        with pytest.raises(MailConfigError) as err:
            send(db, items)
    assert "Anmeldung als transfer-user" in err.value.message
    assert log_rows(db) == []


def test_without_smtp_eml_drafts_are_written_and_parse_back(db, tmp_path):
    fx = series_with_certificates(db, tmp_path / "pdf", persons=3)
    persons = names(db, fx.person_ids)
    with db.reading() as orm:
        items = pending_certificates(orm).items + pending_invitations(orm, fx.trainer_id).items
    folder = tmp_path / "entwürfe"
    report = send(db, items, eml_dir=folder)
    assert len(report.written) == 9 and not report.failed
    files = sorted(folder.glob("*.eml"))
    assert len(files) == 9 and len({f.name for f in files}) == 9
    from email.parser import BytesParser
    from email.policy import default

    seen_pdf = seen_ics = 0
    for path in files:
        msg = BytesParser(policy=default).parsebytes(path.read_bytes())
        assert msg["X-Unsent"] == "1"
        to = msg["To"].addresses[0].addr_spec
        for part in msg.iter_attachments():
            if part.get_content_type() == "application/pdf":
                assert persons[to].last_name in pdf_text(part.get_content())
                seen_pdf += 1
            elif part.get_filename("").endswith(".ics"):
                cal = icalendar.Calendar.from_ical(part.get_payload(decode=True))
                assert str(cal["METHOD"]) == "REQUEST"
                seen_ics += 1
    assert (seen_pdf, seen_ics) == (3, 6)
    rows = log_rows(db)
    assert {r.result for r in rows} == {"eml"} and {r.file_name for r in rows} == {
        f.name for f in files}
    with db.reading() as orm:
        assert pending_certificates(orm).items == []
        assert pending_invitations(orm, fx.trainer_id).items == []


def test_no_smtp_configured_says_so(db, tmp_path):
    from planner.errors import PlannerError

    series_with_certificates(db, tmp_path / "pdf", persons=1)
    with db.reading() as orm:
        items = pending_certificates(orm).items
    with pytest.raises(PlannerError, match="kein Mailserver eingerichtet"):
        send(db, items)

