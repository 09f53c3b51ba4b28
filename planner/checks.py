"""Planning warnings: double bookings, holidays, weekends, format shapes.

Double bookings (trainer, venue, participant) are *blocking*: the use case refuses them
unless forced. Everything else is advisory: shown, then saved.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session as OrmSession

from planner.errors import ValidationError
from planner.holiday_cache import holidays_of
from planner.models import (
    Event,
    Organisation,
    Person,
    Registration,
    RegistrationStatus,
    Session,
    SessionStatus,
    Venue,
    registration_session,
)
from planner.models.enums import FEDERAL_STATES
from planner.plainsql import fetch, in_list
from planner.timezones import exists_in_berlin, occurs_twice_in_berlin
from planner.validation import check_datetime


@dataclass(frozen=True)
class PlanWarning:
    code: str
    message: str
    blocking: bool = False
    # whom or what the warning is about (a person's or venue's name), for grouping
    subject: str = ""
    # the facts the message names, for a translated rendering in the window
    # (holiday: ISO day, German holiday name, state code; weekend: ISO day; double
    # bookings: subject, other event's title, session title, ISO start and end)
    params: tuple[str, ...] = ()


def _fmt(dt: datetime) -> str:
    return dt.strftime("%d.%m.%Y %H:%M")


# A session is at most a few days long; a longer span is a typing error and would make the
# day-by-day holiday check crawl through centuries.
MAX_SESSION_DAYS = 31


def validate_times(start: datetime, end: datetime) -> None:
    check_datetime(start, "Der Beginn")
    check_datetime(end, "Das Ende")
    if end - start > timedelta(days=MAX_SESSION_DAYS):
        raise ValidationError(
            f"Ein Termin dauert höchstens {MAX_SESSION_DAYS} Tage "
            f"({_fmt(start)} bis {_fmt(end)})."
        )
    if end <= start:
        raise ValidationError(
            f"Das Ende ({_fmt(end)}) liegt nicht nach dem Beginn ({_fmt(start)})."
        )
    for label, value in (("Der Beginn", start), ("Das Ende", end)):
        if not exists_in_berlin(value):
            raise ValidationError(
                f"{label} ({_fmt(value)}) ist eine Uhrzeit, die es in Berlin nicht gibt: In "
                "dieser Nacht werden die Uhren von 2:00 auf 3:00 Uhr (Sommerzeit) vorgestellt. "
                "Bitte eine andere Uhrzeit wählen."
            )


def clock_change_warnings(start: datetime, end: datetime) -> list[PlanWarning]:
    """A time that occurs twice (the night the clocks go back) is stored as the first one,
    in summer time; calendars show it that way."""
    return [PlanWarning("ambiguous_time",
                        f"Die Uhrzeit {value:%H:%M} am {value:%d.%m.%Y} ({label}) gibt es "
                        "zweimal, weil die Uhren in dieser Nacht von 3:00 auf 2:00 Uhr "
                        "zurückgestellt werden; gemeint ist die erste (noch Sommerzeit).")
            for label, value in (("Beginn", start), ("Ende", end))
            if occurs_twice_in_berlin(value)]


def holiday_name(day: date, state: str | None) -> str | None:
    """The public holiday on `day` in `state` (None = nationwide only), else None."""
    return holidays_of(day.year, state).get(day)


def calendar_warnings(start: datetime, end: datetime, state: str | None) -> list[PlanWarning]:
    """Weekend and public-holiday warnings for every day the session touches."""
    warnings: list[PlanWarning] = []
    day = start.date()
    while day <= end.date():
        if day.weekday() >= 5:
            name = "Samstag" if day.weekday() == 5 else "Sonntag"
            warnings.append(PlanWarning("weekend", f"Der {day:%d.%m.%Y} ist ein {name}.",
                                        params=(day.isoformat(),)))
        holiday = holiday_name(day, state)
        if holiday:
            where = FEDERAL_STATES.get(state or "", "bundesweit")
            warnings.append(
                PlanWarning(
                    "holiday", f"Der {day:%d.%m.%Y} ist ein Feiertag ({holiday}, {where}).",
                    params=(day.isoformat(), holiday, state or ""),
                )
            )
        day = date.fromordinal(day.toordinal() + 1)
    return warnings


def _overlapping(start: datetime, end: datetime, exclude_id: int | None) -> list:
    cond = [
        Session.start < end,
        # Redundant for the result (no session lasts longer, see validate_times), but it
        # bounds the index range: without it every check scans all earlier sessions of the
        # venue or trainer, and checking a year of sessions grows quadratically.
        Session.start > start - timedelta(days=MAX_SESSION_DAYS),
        Session.end > start,
        Session.status != SessionStatus.CANCELLED,
    ]
    if exclude_id is not None:
        cond.append(Session.id != exclude_id)
    return cond


def _describe(s: Session) -> str:
    return f"„{s.event.title}“ ({s.title or 'Termin'}, {_fmt(s.start)}–{s.end:%H:%M})"


def _facts(subject: str, other: Session | None) -> tuple[str, ...]:
    """A double booking's facts for a translated rendering in the window: who or what,
    then the other session's event title, title, start and end (ISO)."""
    if other is None:
        return ()
    return (subject, other.event.title, other.title or "Termin", other.start.isoformat(),
            other.end.isoformat())


# The double-booking queries run on every save, and for every session when a whole year is
# checked: plain SQL through planner.plainsql (on SQLite on the unit of work's own DB-API
# connection, a fraction of an ORM query's cost). Only a conflict found loads ORM objects,
# for its message.
_OVERLAP_SQL = ('s."start" < :end AND s."start" > :earliest AND s."end" > :start '
                "AND s.status != :cancelled")


def _overlap_sql(start: datetime, end: datetime,
                 exclude_id: int | None) -> tuple[str, dict[str, Any]]:
    """The condition of `_overlapping` as SQL on `session s`, with its parameters."""
    params: dict[str, Any] = {"start": start, "end": end,
                              "earliest": start - timedelta(days=MAX_SESSION_DAYS),
                              "cancelled": str(SessionStatus.CANCELLED)}
    if exclude_id is None:
        return _OVERLAP_SQL, params
    params["exclude"] = exclude_id
    return f"{_OVERLAP_SQL} AND s.id != :exclude", params


def booking_conflicts(
    orm: OrmSession,
    start: datetime,
    end: datetime,
    venue_id: int | None,
    trainer_ids: Iterable[int],
    exclude_session_id: int | None = None,
) -> list[PlanWarning]:
    """Trainers or the venue already booked at overlapping times, across all events/offices."""
    warnings: list[PlanWarning] = []
    overlap, params = _overlap_sql(start, end, exclude_session_id)
    if venue_id is not None:
        params["venue"] = venue_id
        for (other_id,) in fetch(orm, "SELECT s.id FROM session s WHERE s.venue_id = :venue "
                                      f"AND {overlap} ORDER BY s.id", params):
            other = orm.get(Session, other_id)
            venue = orm.get(Venue, venue_id)
            warnings.append(
                PlanWarning(
                    "venue_double",
                    f"Der Ort „{venue.name if venue else venue_id}“ ist bereits belegt: "
                    f"{_describe(other) if other else other_id}.",
                    blocking=True, subject=venue.name if venue else str(venue_id),
                    params=_facts(venue.name if venue else str(venue_id), other),
                )
            )
    trainer_ids = list(trainer_ids)
    if trainer_ids:
        people = in_list("trainer", trainer_ids, params)
        for person_id, other_id in fetch(
                orm, "SELECT st.person_id, s.id FROM session_trainer st JOIN session s "
                     f"ON st.session_id = s.id WHERE st.person_id IN ({people}) AND {overlap} "
                     "ORDER BY s.id, st.person_id", params):
            person = orm.get(Person, person_id)
            other = orm.get(Session, other_id)
            name = person.full_name if person else str(person_id)
            warnings.append(
                PlanWarning(
                    "trainer_double",
                    f"{name} ist zur selben Zeit bereits eingeplant: "
                    f"{_describe(other) if other else other_id}.",
                    blocking=True, subject=name, params=_facts(name, other),
                )
            )
    return warnings


def _active_booked_session_ids(orm: OrmSession, person_id: int) -> list[int]:
    regs = orm.scalars(
        select(Registration).where(
            Registration.person_id == person_id,
            Registration.status != RegistrationStatus.CANCELLED,
        )
    ).all()
    ids: list[int] = []
    for reg in regs:
        ids.extend(s.id for s in reg.booked_sessions())
    return ids


def participant_conflicts(
    orm: OrmSession,
    person_id: int,
    sessions: Sequence[Session],
    exclude_event_id: int | None = None,
) -> list[PlanWarning]:
    """The person is already booked into sessions overlapping any of `sessions`."""
    booked = set(_active_booked_session_ids(orm, person_id))
    if not booked:
        return []
    warnings: list[PlanWarning] = []
    person = orm.get(Person, person_id)
    name = person.full_name if person else str(person_id)
    own_ids = {s.id for s in sessions}
    for s in sessions:
        if s.is_cancelled:
            continue
        cond = _overlapping(s.start, s.end, s.id)
        query = select(Session).where(Session.id.in_(booked - own_ids), *cond)
        if exclude_event_id is not None:
            query = query.where(Session.event_id != exclude_event_id)
        for other in orm.scalars(query):
            warnings.append(
                PlanWarning(
                    "participant_double",
                    f"{name} ist zur selben Zeit bereits angemeldet: {_describe(other)}.",
                    blocking=True, subject=name, params=_facts(name, other),
                )
            )
    return warnings


def registered_person_ids(orm: OrmSession, session: Session) -> list[int]:
    """Persons with an active booking covering the session."""
    whole = select(Registration.person_id).where(
        Registration.event_id == session.event_id,
        Registration.whole_event.is_(True),
        Registration.status == RegistrationStatus.REGISTERED,
    )
    chosen = (
        select(Registration.person_id)
        .join(registration_session, registration_session.c.registration_id == Registration.id)
        .where(
            and_(
                registration_session.c.session_id == session.id,
                Registration.whole_event.is_(False),
                Registration.status == RegistrationStatus.REGISTERED,
            )
        )
    )
    return sorted(set(orm.scalars(whole)) | set(orm.scalars(chosen)))


def session_state(session: Session) -> str | None:
    """The federal state whose holidays apply: the venue's, else the host city's."""
    if session.venue is not None and session.venue.federal_state:
        return session.venue.federal_state
    if session.host_municipality is not None and session.host_municipality.federal_state:
        return session.host_municipality.federal_state
    return None


def session_warnings(orm: OrmSession, session: Session) -> list[PlanWarning]:
    """All warnings for a session as it stands in the (unflushed) unit of work."""
    validate_times(session.start, session.end)
    if session.is_cancelled:
        return []
    trainer_ids = [link.person_id for link in session.trainer_links]
    with orm.no_autoflush:
        warnings = booking_conflicts(
            orm, session.start, session.end, session.venue_id, trainer_ids, session.id
        )
        for person_id in registered_person_ids(orm, session) if session.id else []:
            warnings.extend(participant_conflicts(orm, person_id, [session]))
    warnings.extend(calendar_warnings(session.start, session.end, session_state(session)))
    warnings.extend(clock_change_warnings(session.start, session.end))
    warnings.extend(venue_capacity_warnings(session))
    return warnings


def venue_capacity_warnings(session: Session, booked: int | None = None) -> list[PlanWarning]:
    """More places planned (or, with `booked`, more persons booked) than the venue holds."""
    venue = session.venue
    if venue is None or venue.capacity is None or session.is_cancelled:
        return []
    when = f"{session.title or 'Termin'} am {session.start:%d.%m.%Y}"
    if booked is not None:
        if booked <= venue.capacity:
            return []
        return [PlanWarning("venue_capacity",
                            f"Der Ort „{venue.name}“ fasst {venue.capacity} Personen; für "
                            f"{when} sind {booked} angemeldet.")]
    planned = session.effective_capacity
    if planned is None or planned <= venue.capacity:
        return []
    return [PlanWarning("venue_capacity",
                        f"{when}: {planned} Plätze geplant, der Ort „{venue.name}“ fasst "
                        f"{venue.capacity} Personen.")]


COACHING_MUNICIPALITIES = (2, 5)
COACHING_WORKSHOPS = (3, 5)
NETWORK_MEETINGS = (3, 5)
SERIES_MODULES = 6


def order_warnings(event: Event) -> list[PlanWarning]:
    """Numbered sessions whose dates contradict their numbers (module 1 after module 2)."""
    active = sorted((s for s in event.sessions if not s.is_cancelled),
                    key=lambda s: (s.position, s.id or 0))
    warnings: list[PlanWarning] = []
    for before, after in zip(active, active[1:], strict=False):
        if after.start < before.start:
            warnings.append(PlanWarning(
                "session_order",
                f"{before.title or 'Termin'} ({before.start:%d.%m.%Y}) liegt nach "
                f"{after.title or 'Termin'} ({after.start:%d.%m.%Y}); die Nummern folgen "
                "nicht der zeitlichen Reihenfolge."))
    return warnings


def shape_warnings(event: Event) -> list[PlanWarning]:
    """Format-shape warnings (advisory): coaching sizes, network meetings, module count."""
    from planner.models import EventFormat

    active = [s for s in event.sessions if not s.is_cancelled]
    warnings: list[PlanWarning] = order_warnings(event)
    if event.format == EventFormat.COACHING:
        n = len(event.municipalities)
        lo, hi = COACHING_MUNICIPALITIES
        if not lo <= n <= hi:
            warnings.append(
                PlanWarning(
                    "coaching_municipalities",
                    f"Ein Coaching hat {lo} bis {hi} Kommunen; geplant sind {n}.",
                )
            )
        lo, hi = COACHING_WORKSHOPS
        if not lo <= len(active) <= hi:
            warnings.append(
                PlanWarning(
                    "coaching_workshops",
                    f"Ein Coaching hat {lo} bis {hi} Workshops; geplant sind {len(active)}.",
                )
            )
    elif event.format == EventFormat.NETWORK_GROUP:
        lo, hi = NETWORK_MEETINGS
        if not lo <= len(active) <= hi:
            warnings.append(
                PlanWarning(
                    "network_meetings",
                    f"Eine Themengruppe trifft sich {lo}- bis {hi}-mal; geplant sind "
                    f"{len(active)} Treffen.",
                )
            )
    elif event.format == EventFormat.TRAINING_SERIES and len(active) != SERIES_MODULES:
        warnings.append(
            PlanWarning(
                "module_count",
                f"Eine Fortbildungsreihe hat {SERIES_MODULES} Module; geplant sind {len(active)}.",
            )
        )
    return warnings


def municipality_warnings(orgs: Iterable[Organisation]) -> list[PlanWarning]:
    return [
        PlanWarning(
            "below_threshold",
            f"{org.name} hat weniger als 250.000 Einwohner ({org.population:,}).".replace(",", "."),
        )
        for org in orgs
        if org.below_threshold
    ]
