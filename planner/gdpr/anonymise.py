"""Anonymisation that keeps every statistic: counts per event, municipality, year,
attendance and units stay exactly as they were.

Replaced: names, title, e-mail, phone, function, postal address, consents (-> "Anonymisiert",
"Person <id>"); emptied: free texts that may name the person (attendance notes,
cancellation reasons, mail log address/subject/file, outbox message texts (waiting
messages are discarded), certificate issue-log file names);
certificate content: the printed name is replaced in every revision; the printed
verification code still verifies (as genuine, without the name), sealed over the redacted
content. Every other stored form of the name (audit entries, file names, transliterations)
is replaced as well (planner/gdpr/traces.py). Kept: organisation (municipality) link,
roles, registrations, attendance, certificate records (serial, units, rate, dates),
invitations, trainer/speaker links.
"""

from __future__ import annotations

import logging
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session as OrmSession

from planner.audit import record
from planner.errors import ValidationError
from planner.gdpr.register import ANONYMISE, remember
from planner.gdpr.retention import due_persons, today
from planner.gdpr.traces import scrub_person_everywhere
from planner.models import (
    Attendance,
    Certificate,
    CertificateIssue,
    CertificateRevision,
    Person,
    Registration,
    SentMessage,
)
from planner.notify.privacy import forget_person
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome

log = logging.getLogger(__name__)

PLACEHOLDER_FIRST_NAME = "Anonymisiert"


def placeholder_last_name(person_id: int) -> str:
    return f"Person {person_id}"


def redact_sent_messages(orm: OrmSession, person_id: int) -> None:
    """Blank the address, subject and file name of every mail sent to the person."""
    orm.execute(update(SentMessage).where(SentMessage.person_id == person_id)
                .values(address="", subject="", file_name=""))


def _redact_certificates(orm: OrmSession, person_id: int, placeholder: str) -> int:
    """The printed name is replaced in every revision; the verification code stays, and a
    seal over the redacted content and that code keeps the record verifiable (see
    planner.certificates.verification.seal)."""
    from planner.certificates.verification import certificate_secret, seal

    certificates = list(orm.scalars(select(Certificate).where(
        Certificate.person_id == person_id)))
    if not certificates:
        return 0
    secret = certificate_secret(orm, create=False)
    for cert in certificates:
        content = {k: v for k, v in (cert.content or {}).items() if k != "seal"}
        content["name"] = placeholder
        content["anonymised"] = True
        if secret:
            content["seal"] = seal(secret, content, cert.verification_code)
        cert.content = content
        for revision in orm.scalars(select(CertificateRevision).where(
                CertificateRevision.certificate_id == cert.id)):
            revision.content = {**(revision.content or {}), "name": placeholder}
        orm.execute(update(CertificateIssue).where(CertificateIssue.certificate_id == cert.id)
                    .values(file_name=""))
        orm.add(CertificateIssue(certificate_id=cert.id, action="anonymised",
                                 note="Personenbezogene Daten anonymisiert."))
    return len(certificates)


def anonymise_person(orm: OrmSession, person_id: int, *, on: date | None = None,
                     reason: str = "Aufbewahrungsfrist abgelaufen") -> Outcome[Person]:
    """Replace the person's personal data by placeholders; keep everything statistics need."""
    person = get(orm, Person, person_id)
    if person.anonymised_on is not None:
        raise ValidationError(f"Person {person_id} ist bereits anonymisiert.")
    placeholder = f"{PLACEHOLDER_FIRST_NAME} {placeholder_last_name(person.id)}"
    remember(orm, person, ANONYMISE, reason)
    scrub_person_everywhere(orm, person, placeholder)  # before the name is overwritten
    person.title = ""
    person.first_name = PLACEHOLDER_FIRST_NAME
    person.last_name = placeholder_last_name(person.id)
    person.email = None
    person.phone = ""
    person.function = ""
    person.street = person.postcode = person.city = ""
    person.consent_photos = person.consent_directory = None
    person.consent_date = None
    person.anonymised_on = on or today()
    orm.execute(update(Attendance).where(Attendance.person_id == person.id).values(note=""))
    orm.execute(update(Registration).where(Registration.person_id == person.id)
                .values(cancel_reason=""), execution_options={"synchronize_session": False})
    certificates = _redact_certificates(orm, person.id, placeholder)
    redact_sent_messages(orm, person.id)
    forget_person(orm, person.id)
    orm.flush()
    record(orm, "anonymise", "person", person.id,
           f"{reason}; {certificates} Bescheinigung(en) geschwärzt")
    log.info("Person %d anonymisiert (%d Bescheinigungen geschwärzt)", person.id, certificates)
    return Outcome(person, [], {Change.PERSONS, Change.REGISTRATIONS, Change.ATTENDANCE})


def anonymise_due(orm: OrmSession, on: date | None = None) -> Outcome[list[int]]:
    """Anonymise every person due on `on` (default today); returns their ids."""
    ids = [entry.person_id for entry in due_persons(orm, on)]
    for person_id in ids:
        anonymise_person(orm, person_id, on=on)
    return Outcome(ids, [], {Change.PERSONS, Change.REGISTRATIONS, Change.ATTENDANCE}
                   if ids else set())


def anonymise_persons(orm: OrmSession, person_ids: list[int], *,
                      reason: str = "Aufbewahrungsfrist abgelaufen") -> Outcome[list[int]]:
    """Anonymise the chosen persons at once (one transaction)."""
    for person_id in person_ids:
        anonymise_person(orm, person_id, reason=reason)
    return Outcome(list(person_ids), [],
                   {Change.PERSONS, Change.REGISTRATIONS, Change.ATTENDANCE}
                   if person_ids else set())
