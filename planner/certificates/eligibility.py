"""Who gets which certificate, as planner.rules.certificates decides it, with names.

Every possible certificate of an event is listed: due ones, ones still waiting for booked
sessions to take place, and those that will not come (each with a German reason).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from planner import clock
from planner.errors import ValidationError
from planner.exports.xlsx_safe import name_sort_key
from planner.models import (
    Attendance,
    CertificateKind,
    Event,
    Registration,
    RegistrationStatus,
    Session,
)
from planner.rules.certificates import KIND_LABELS_DE, Entitlement, State, entitlements
from planner.rules.facts import booking_of, event_facts, marks_of
from planner.usecases.lookup import get

__all__ = ["KIND_LABELS_DE", "Eligibility", "check_kind", "eligibility", "load_event"]


@dataclass
class Eligibility:
    """One possible certificate: a person, what the rules give them, and why."""

    person_id: int
    person_name: str
    entitlement: Entitlement
    session_title: str = ""
    registration: Registration | None = field(default=None, repr=False, compare=False)

    @property
    def kind(self) -> CertificateKind:
        return self.entitlement.kind

    @property
    def session_id(self) -> int | None:
        return self.entitlement.session_id

    @property
    def eligible(self) -> bool:
        """Due now (issued without any exception)."""
        return self.entitlement.issuable

    @property
    def pending(self) -> bool:
        return self.entitlement.state == State.PENDING

    @property
    def overridable(self) -> bool:
        """Below the series threshold: a documented exception may give the series
        certificate instead of the list of attended modules."""
        return self.entitlement.below_threshold

    @property
    def reason(self) -> str:
        return self.entitlement.reason

    @property
    def total_units(self) -> float:
        return self.entitlement.booked.units_rounded

    @property
    def attended_units(self) -> float:
        return self.entitlement.attended.units_rounded

    @property
    def rate(self) -> float:
        return float(self.entitlement.rate)

    @property
    def status_label(self) -> str:
        """"ja", "offen" or "nein" for lists."""
        if self.eligible:
            return "ja"
        return "offen" if self.pending else "nein"


def check_kind(kind: str | None) -> CertificateKind | None:
    if kind is None:
        return None
    try:
        return CertificateKind(kind)
    except ValueError:
        names = ", ".join(k.value for k in CertificateKind)
        raise ValidationError(f"Unbekannte Bescheinigungsart „{kind}“ ({names}).") from None


def load_event(orm: OrmSession, event_id: int) -> Event:
    event = get(orm, Event, event_id)
    # One query for the sessions with venue and host city.
    orm.scalars(select(Session).where(Session.event_id == event_id).options(
        selectinload(Session.venue), selectinload(Session.host_municipality))).all()
    return event


def _registrations(orm: OrmSession, event_id: int) -> list[Registration]:
    """By name as on the signature list and the attendance grid (accents sort as their base
    letter), so the wizard's list and the combined print file follow the same order."""
    registrations = orm.scalars(
        select(Registration)
        .where(Registration.event_id == event_id,
               Registration.status == RegistrationStatus.REGISTERED)
        .options(selectinload(Registration.person), selectinload(Registration.chosen_sessions))
        .order_by(Registration.id)
    )
    return sorted(registrations, key=lambda r: name_sort_key(
        r.person.last_name, r.person.first_name, r.person_id))


def eligibility(orm: OrmSession, event_id: int, *, kind: str | None = None,
                person_ids: list[int] | None = None,
                now: datetime | None = None) -> list[Eligibility]:
    """Every possible certificate of the event's active registrations (see the rules).

    `kind` keeps only certificates of that kind (series, modules, module, participation).
    """
    event = load_event(orm, event_id)
    wanted = check_kind(kind)
    now = now or clock.now()
    facts = event_facts(event)
    titles = {s.id: s.title for s in facts.sessions}
    registrations = _registrations(orm, event_id)
    if person_ids is not None:
        chosen = set(person_ids)
        registrations = [r for r in registrations if r.person_id in chosen]
    attendance: dict[int, list[Attendance]] = defaultdict(list)
    for att in orm.scalars(select(Attendance).join(Session).where(Session.event_id == event_id)):
        attendance[att.person_id].append(att)
    result: list[Eligibility] = []
    for reg in registrations:
        marks = marks_of(attendance.get(reg.person_id, []))
        for item in entitlements(facts, booking_of(reg), marks, now):
            if wanted is not None and item.kind != wanted:
                continue
            result.append(Eligibility(reg.person_id, reg.person.full_name, item,
                                      titles.get(item.session_id or 0, ""), reg))
    return result
