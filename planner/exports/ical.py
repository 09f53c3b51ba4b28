"""iCalendar snapshot files: per event, trainer, participant and office/time range.

Every file holds one VEVENT per session, built by `ical_events` with the session's stored
UID and SEQUENCE, so every file (and every invitation) describes the same calendar object.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from planner.audit import audited_export
from planner.errors import PlannerError
from planner.exports.ical_events import (
    build_calendar,
    calendar_resources,
    load_sessions,
    session_vevent,
    taught_session_ids,
    write_calendar,
)
from planner.exports.ical_invitations import export_trainer_invitations as export_invitations
from planner.exports.result import ExportResult
from planner.models import Event, Person, Registration, RegistrationStatus, Session
from planner.usecases.lookup import get, office_by_key


def export_event_calendar(orm: OrmSession, event_id: int, target: Path) -> ExportResult:
    event = get(orm, Event, event_id)
    sessions = load_sessions(orm, Session.event_id == event.id)
    return write_calendar(sessions, target, name=event.title,
                          empty_message=f"„{event.title}“ hat keine Termine.")


@audited_export("Kalender Referent:in", "person")
def export_trainer_calendar(orm: OrmSession, person_id: int, target: Path) -> ExportResult:
    person = get(orm, Person, person_id)
    sessions = load_sessions(orm, Session.id.in_(taught_session_ids(orm, person.id)))
    return write_calendar(
        sessions, target, name=f"Termine {person.full_name}",
        empty_message=f"{person.full_name} leitet keine Termine; es gibt nichts zu exportieren.",
    )


def participant_entries(orm: OrmSession, person_id: int) -> dict[int, tuple[bool, int]]:
    """The sessions in a person's calendar: those of active bookings, and those of
    cancelled bookings that were once active (sent as cancelled). Per session id: whether
    the booking ended, and the booking's calendar revision (added to the SEQUENCE, so the
    change reaches the calendar; planner/RULES.md)."""
    regs = orm.scalars(
        select(Registration)
        .where(Registration.person_id == person_id,
               Registration.status.in_([RegistrationStatus.REGISTERED,
                                        RegistrationStatus.CANCELLED]),
               Registration.calendar_revision.is_not(None))
        .options(selectinload(Registration.chosen_sessions),
                 selectinload(Registration.event).selectinload(Event.sessions))
    )
    entries: dict[int, tuple[bool, int]] = {}
    for reg in regs:
        ended = reg.status == RegistrationStatus.CANCELLED
        for s in reg.booked_sessions():
            entries[s.id] = (ended, reg.calendar_revision or 0)
    return entries


@audited_export("Kalender Teilnehmende/r", "person")
def export_participant_calendar(orm: OrmSession, person_id: int, target: Path) -> ExportResult:
    person = get(orm, Person, person_id)
    entries = participant_entries(orm, person.id)
    sessions = load_sessions(orm, Session.id.in_(sorted(entries)))
    return write_calendar(
        sessions, target, name=f"Termine {person.full_name}",
        empty_message=f"{person.full_name} hat keine Anmeldungen; es gibt nichts zu "
                      "exportieren.", personal=entries,
    )


def export_office_calendar(orm: OrmSession, office: int | str, target: Path,
                           date_from: date | None = None,
                           date_to: date | None = None) -> ExportResult:
    found = office_by_key(orm, office)
    if date_from and date_to and date_to < date_from:
        raise PlannerError("Das Ende des Zeitraums liegt vor seinem Beginn.")
    where: list[ColumnElement[bool]] = [
        Session.event_id.in_(select(Event.id).where(Event.office_id == found.id))
    ]
    if date_from is not None:
        where.append(Session.end > datetime.combine(date_from, time(0)))
    if date_to is not None:
        where.append(Session.start < datetime.combine(date_to + timedelta(days=1), time(0)))
    sessions = load_sessions(orm, *where)
    span = ""
    if date_from or date_to:
        span = (f" {date_from.strftime('%d.%m.%Y') if date_from else '…'}–"
                f"{date_to.strftime('%d.%m.%Y') if date_to else '…'}")
    return write_calendar(
        sessions, target, name=f"{found.name}{span}",
        empty_message=f"Für {found.name} gibt es{' im Zeitraum' + span if span else ''} "
                      "keine Termine.",
    )


def export_trainer_invitations(orm: OrmSession, person_id: int, folder: Path, *,
                               changed_only: bool = False) -> ExportResult:
    """Per-session invitations for a trainer (see `ical_invitations`), importable from here."""
    return export_invitations(orm, person_id, folder, changed_only=changed_only)


__all__ = [
    "build_calendar",
    "calendar_resources",
    "export_event_calendar",
    "export_office_calendar",
    "export_participant_calendar",
    "export_trainer_calendar",
    "export_trainer_invitations",
    "load_sessions",
    "session_vevent",
]
