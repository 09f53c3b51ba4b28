"""Message building: header injection, hostile names, messages that cannot be built."""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import default

import pytest
from sqlalchemy import select

from planner.errors import ValidationError
from planner.mail.compose import address, build_message, pdf_attachment
from planner.mail.outbox import pending_certificates
from planner.mail.send import send
from planner.models import Office, Person, SentMessage
from tests.mail_support import series_with_certificates


def test_names_cannot_inject_headers_and_survive_the_round_trip():
    hostile = 'Groß, "Jürgen"\r\nBcc: evil@example.org'
    msg = build_message(address("Büro Süd", "buero@example.org"),
                        address(hostile, "j.gross@example.org"),
                        "Betreff\r\nBcc: evil@example.org", "Text äöü ß",
                        attachments=[pdf_attachment("Bescheinigung Groß.pdf", b"%PDF-1.4")])
    parsed = BytesParser(policy=default).parsebytes(msg.as_bytes())
    assert parsed["Bcc"] is None
    assert [a.addr_spec for a in parsed["To"].addresses] == ["j.gross@example.org"]
    assert parsed["To"].addresses[0].display_name == "Groß, 'Jürgen' Bcc: evil@example.org"
    assert parsed["Subject"] == "Betreff Bcc: evil@example.org"
    assert parsed.get_body(("plain",)).get_content().strip() == "Text äöü ß"
    att = next(parsed.iter_attachments())
    assert att.get_filename() == "Bescheinigung Groß.pdf"
    assert att.get_content() == b"%PDF-1.4"


@pytest.mark.parametrize("bad", ["", "kein-at", "a b@example.org", "x@y\r\nBcc: z@example.org"])
def test_bad_addresses_are_refused_in_german(bad):
    with pytest.raises(ValidationError, match="keine gültige E-Mail-Adresse"):
        address("Name", bad)


def test_a_message_that_cannot_be_built_is_logged_as_failed_and_stays_pending(db, tmp_path):
    fx = series_with_certificates(db, tmp_path / "pdf", persons=2)
    with db.transaction() as orm:
        for office in orm.scalars(select(Office)):
            office.email = ""
        orm.get(Person, fx.person_ids[0]).email = "kaputt adresse@example.org"
        items = pending_certificates(orm).items
    report = send(db, items, eml_dir=tmp_path / "eml")
    assert len(report.failed) == 2 and not report.written
    assert all("Absender" in o.delivery.error or "E-Mail-Adresse" in o.delivery.error
               for o in report.failed)
    assert list((tmp_path / "eml").glob("*.eml")) == []
    with db.reading() as orm:
        rows = list(orm.scalars(select(SentMessage)))
        assert [(r.result, r.attempts) for r in rows] == [("failed", 0)] * 2
        assert len(pending_certificates(orm).items) == 2
