"""Who gets which certificate (series, module, participation) by the event's threshold."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from planner.certificates.formatting import num as _num
from planner.certificates.formatting import percent as _percent
from planner.certificates.formatting import session_label
from planner.errors import ValidationError
from planner.models import (
    Attendance,
    CertificateKind,
    Event,
    EventFormat,
    Registration,
    RegistrationStatus,
    Session,
)
from planner.units import AttendanceSummary, SessionAttendance, registration_summary
from planner.usecases.lookup import get

KIND_LABELS_DE = {
    CertificateKind.SERIES: "Reihenbescheinigung",
    CertificateKind.MODULE: "Modulbescheinigung",
    CertificateKind.PARTICIPATION: "Teilnahmebescheinigung",
}


@dataclass
class Eligibility:
    """One possible certificate: a person, a kind and (for a module) the session."""

    person_id: int
    person_name: str
    kind: str
    total_units: float
    attended_units: float
    rate: float
    eligible: bool
    reason: str = ""
    session_id: int | None = None
    session_title: str = ""
    # True when only the threshold stands in the way (a manual override may issue it).
    overridable: bool = False
    # The booked sessions with their units (for the certificate's content).
    rows: list[SessionAttendance] = field(default_factory=list, repr=False)
    registration: Registration | None = field(default=None, repr=False, compare=False)


def check_kind(kind: str | None) -> CertificateKind | None:
    if kind is None:
        return None
    try:
        return CertificateKind(kind)
    except ValueError:
        raise ValidationError(
            f"Unbekannte Bescheinigungsart „{kind}“ (series, module oder participation)."
        ) from None


def default_kind(event: Event, registration: Registration) -> CertificateKind:
    if event.format == EventFormat.TRAINING_SERIES:
        return CertificateKind.SERIES if registration.whole_event else CertificateKind.MODULE
    return CertificateKind.PARTICIPATION


def load_event(orm: OrmSession, event_id: int) -> Event:
    event = get(orm, Event, event_id)
    # One query each for sessions (with venue/host) and registrations (with person, choices).
    orm.scalars(select(Session).where(Session.event_id == event_id).options(
        selectinload(Session.venue), selectinload(Session.host_municipality))).all()
    return event


def _registrations(orm: OrmSession, event_id: int) -> list[Registration]:
    return list(orm.scalars(
        select(Registration)
        .where(Registration.event_id == event_id,
               Registration.status == RegistrationStatus.REGISTERED)
        .options(selectinload(Registration.person), selectinload(Registration.chosen_sessions))
        .order_by(Registration.id)
    ))


def _row(person_id: int, name: str, kind: CertificateKind, summary: AttendanceSummary,
         threshold: float, registration: Registration) -> Eligibility:
    eligible = summary.meets(threshold)
    reason = ""
    if summary.total_units <= 0:
        reason = "Die gebuchten Termine haben keine Unterrichtseinheiten."
    elif not eligible:
        reason = (f"{name} hat an {_num(summary.attended_units)} von "
                  f"{_num(summary.total_units)} Unterrichtseinheiten teilgenommen "
                  f"({_percent(summary.rate)} %); nötig sind {_percent(threshold)} %.")
    return Eligibility(person_id, name, kind, summary.total_units, summary.attended_units,
                       summary.rate, eligible, reason, rows=summary.rows,
                       overridable=not eligible and summary.attended_units > 0,
                       registration=registration)


def eligibility(orm: OrmSession, event_id: int, *, kind: str | None = None,
                person_ids: list[int] | None = None) -> list[Eligibility]:
    """Every possible certificate of the event, eligible or not (with a German reason).

    Without `kind`, a whole booking of a training series gives a series certificate, a
    booking of single modules one module certificate per module, and every other format a
    participation certificate. Only active registrations count.
    """
    event = load_event(orm, event_id)
    wanted = check_kind(kind)
    threshold = event.certificate_threshold or 0.8
    registrations = _registrations(orm, event_id)
    if person_ids is not None:
        chosen = set(person_ids)
        registrations = [r for r in registrations if r.person_id in chosen]
    attendance: dict[int, list[Attendance]] = defaultdict(list)
    for att in orm.scalars(select(Attendance).join(Session).where(Session.event_id == event_id)):
        attendance[att.person_id].append(att)
    result: list[Eligibility] = []
    for reg in registrations:
        name = reg.person.full_name
        summary = registration_summary(reg, attendance.get(reg.person_id, []))
        this_kind = wanted or default_kind(event, reg)
        if this_kind == CertificateKind.MODULE:
            for row in summary.rows:
                single = AttendanceSummary([row])
                item = _row(reg.person_id, name, this_kind, single, threshold, reg)
                item.session_id = row.session.id
                item.session_title = session_label(row.session)
                if item.reason:
                    item.reason = f"{item.session_title}: {item.reason}"
                result.append(item)
            continue
        item = _row(reg.person_id, name, this_kind, summary, threshold, reg)
        if this_kind == CertificateKind.SERIES and (
                event.format != EventFormat.TRAINING_SERIES or not reg.whole_event):
            item.eligible = item.overridable = False
            item.reason = (f"{name} hat nur einzelne Module gebucht; dafür gibt es "
                           "Modulbescheinigungen." if event.format == EventFormat.TRAINING_SERIES
                           else "Reihenbescheinigungen gibt es nur für Fortbildungsreihen.")
        result.append(item)
    return result
