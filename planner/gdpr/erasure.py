"""Erasure request (DSGVO Art. 17): delete the person everywhere, unless a retention duty
applies; then anonymise instead (statistics stay) and explain in German what is kept and why.

Retention duties recognised:
- a certificate was issued to the person: the office must be able to show which
  certificates it issued (serial, event, units, date are kept without the name);
- the person is on the attendance documentation (registrations, signature lists) of a
  funded event whose retention period has not ended: the funder's proof of use
  (Verwendungsnachweis) needs the participant counts until then.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.audit import record
from planner.errors import ValidationError
from planner.gdpr.anonymise import anonymise_person, redact_sent_messages
from planner.gdpr.register import ERASE, remember
from planner.gdpr.retention import (
    event_retention_ends,
    today,
    trainers_with_future_sessions,
)
from planner.gdpr.traces import scrub_person_everywhere
from planner.models import (
    Attendance,
    Certificate,
    Event,
    Person,
    Registration,
    Session,
    SessionTrainer,
)
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome
from planner.validation import clean_text

log = logging.getLogger(__name__)


@dataclass
class ErasureReport:
    person_id: int
    deleted: bool
    kept: list[str] = field(default_factory=list)

    @property
    def explanation(self) -> str:
        if self.deleted:
            return (f"Person {self.person_id} wurde mit allen Anmeldungen, Anwesenheiten und "
                    "Einladungen gelöscht. Im Protokoll bleibt nur der Vermerk der Löschung "
                    "(ohne Namen).")
        return ("Die Person wurde nicht gelöscht, sondern anonymisiert: Name, Titel, E-Mail, "
                "Telefon, Funktion und Einwilligungen sind entfernt. Aufbewahrt werden "
                "(ohne Namen), weil eine Aufbewahrungspflicht besteht:\n"
                + "\n".join(f"• {line}" for line in self.kept))


def retention_duties(orm: OrmSession, person_id: int, on: date | None = None) -> list[str]:
    """German reasons why the person's records must be kept (empty: may be deleted)."""
    on = on or today()
    duties: list[str] = []
    serials = list(orm.scalars(select(Certificate.serial).where(
        Certificate.person_id == person_id).order_by(Certificate.serial)))
    if serials:
        shown = ", ".join(serials[:5]) + (" …" if len(serials) > 5 else "")
        duties.append(
            f"{len(serials)} ausgestellte Teilnahmebescheinigung(en) ({shown}): Nummer, "
            "Veranstaltung, Unterrichtseinheiten und Datum bleiben als Nachweis der "
            "ausstellenden Stelle erhalten, damit eine vorgelegte Bescheinigung geprüft und "
            "eine doppelte Ausstellung ausgeschlossen werden kann.")
    # Registrations document an event once it has begun (signature lists exist from then).
    began = select(Session.event_id).where(Session.start < datetime.combine(
        on, datetime.min.time()))
    event_ids = set(orm.scalars(select(Registration.event_id).where(
        Registration.person_id == person_id, Registration.event_id.in_(began))))
    event_ids |= set(orm.scalars(select(Session.event_id).join(
        Attendance, Attendance.session_id == Session.id).where(
        Attendance.person_id == person_id)))
    ends = event_retention_ends(orm)
    running = sorted((ends[e], e) for e in event_ids if ends[e] >= on)
    if running:
        titles: dict[int, str] = {eid: title for eid, title in orm.execute(
            select(Event.id, Event.title).where(Event.id.in_([e for _end, e in running])))}
        listing = "; ".join(f"„{titles[e]}“ (bis {end:%d.%m.%Y})" for end, e in running[:5])
        duties.append(
            f"Anmeldung und Anwesenheit bei {len(running)} geförderten Veranstaltung(en) "
            f"{listing}: Sie gehören zur Dokumentation für den Verwendungsnachweis gegenüber "
            "dem Fördergeber und bleiben bis zum Ende der Aufbewahrungsfrist erhalten; "
            "danach werden sie bei der regelmäßigen Anonymisierung nicht mehr gebraucht.")
    return duties


def erase_person(orm: OrmSession, person_id: int, *, reason: str = "",
                 on: date | None = None) -> Outcome[ErasureReport]:
    """Delete the person, or anonymise when a retention duty applies (see module doc)."""
    on = on or today()
    person = get(orm, Person, person_id)
    note = clean_text(reason, "Die Begründung", max_len=500)
    if person.id in trainers_with_future_sessions(orm, datetime.combine(on,
                                                                        datetime.min.time())):
        count = orm.scalar(select(func.count()).select_from(SessionTrainer).join(
            Session, SessionTrainer.session_id == Session.id).where(
            SessionTrainer.person_id == person.id, Session.end >= on))
        raise ValidationError(
            f"{person.full_name} leitet noch {count} künftige(n) Termin(e). Bitte zuerst als "
            "Referent:in austragen, dann löschen.")
    duties = retention_duties(orm, person.id, on)
    details = f"Löschantrag{': ' + note if note else ''}"
    remember(orm, person, ERASE, "Löschantrag")
    if duties:
        if person.anonymised_on is None:
            anonymise_person(orm, person.id, on=on, reason=details)
        record(orm, "erase", "person", person.id,
               f"{details}; anonymisiert statt gelöscht (Aufbewahrungspflicht)")
        return Outcome(ErasureReport(person.id, False, duties), [], {Change.PERSONS})
    scrub_person_everywhere(orm, person, f"Person {person.id}")
    redact_sent_messages(orm, person.id)
    orm.delete(person)
    orm.flush()
    record(orm, "erase", "person", person_id, f"{details}; gelöscht")
    log.info("Person %d auf Antrag gelöscht", person_id)
    return Outcome(ErasureReport(person_id, True), [],
                   {Change.PERSONS, Change.REGISTRATIONS, Change.ATTENDANCE})
