"""Planning use cases: create an event of any format, edit, move, cancel and copy sessions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session as OrmSession

from planner.checks import (
    SERIES_MODULES,
    PlanWarning,
    municipality_warnings,
    session_warnings,
    shape_warnings,
    validate_times,
)
from planner.errors import ValidationError
from planner.models import (
    AgendaItem,
    AgendaKind,
    Event,
    EventFormat,
    Excursion,
    Organisation,
    Person,
    Session,
    SessionKind,
    SessionStatus,
    SessionTrainer,
    Topic,
    Venue,
    utcnow,
)
from planner.rules.certificates import POLICIES
from planner.usecases.lookup import get, office_by_key
from planner.usecases.outcome import Change, Outcome, dedupe, refuse_blocking
from planner.validation import (
    check_count,
    check_flag,
    check_ids,
    check_time,
    clean_text,
)

DEFAULT_KIND = {
    EventFormat.TRAINING_SERIES: SessionKind.MODULE,
    EventFormat.NETWORK_GROUP: SessionKind.MEETING,
    EventFormat.CONFERENCE: SessionKind.CONFERENCE_DAY,
    EventFormat.COACHING: SessionKind.WORKSHOP,
    EventFormat.ANALYSIS: SessionKind.ANALYSIS_WORKSHOP,
}

DEFAULT_TITLE = {
    SessionKind.MODULE: "Modul {n}",
    SessionKind.MEETING: "Treffen {n}",
    SessionKind.CONFERENCE_DAY: "Tagungstag {n}",
    SessionKind.WORKSHOP: "Workshop {n}",
    SessionKind.PRE_TALK: "Vorgespräch",
    SessionKind.ANALYSIS_WORKSHOP: "Analyseworkshop",
}


@dataclass
class AgendaPlan:
    start: time
    title: str
    end: time | None = None
    kind: str = AgendaKind.TALK
    speaker_ids: list[int] = field(default_factory=list)
    description: str = ""


@dataclass
class ExcursionPlan:
    site: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    host_contact: str = ""
    start: time | None = None
    end: time | None = None
    description: str = ""


@dataclass
class SessionPlan:
    start: datetime
    end: datetime
    title: str = ""
    kind: str | None = None
    venue_id: int | None = None
    trainer_ids: list[int] = field(default_factory=list)
    host_municipality_id: int | None = None
    capacity: int | None = None
    break_minutes: int | None = None
    all_day: bool = False
    notes: str = ""
    excursion: ExcursionPlan | None = None
    agenda: list[AgendaPlan] = field(default_factory=list)


@dataclass
class EventPlan:
    format: str
    title: str
    office: int | str
    sessions: list[SessionPlan]
    topic_id: int | None = None
    description: str = ""
    capacity: int | None = None
    unit_minutes: int = 45
    break_minutes: int = 60
    certificate_threshold: float = 0.8
    municipality_ids: list[int] = field(default_factory=list)
    expert_id: int | None = None
    funding_note: str | None = None
    # A series with other than six modules needs this explicit override.
    allow_module_count: bool = False
    # None: the format's certificate; "confirmation" or "none" (planner/RULES.md).
    certificate_policy: str | None = None


def _check_format(value: str) -> EventFormat:
    try:
        return EventFormat(value)
    except ValueError:
        names = ", ".join(f.value for f in EventFormat)
        raise ValidationError(f"Unbekanntes Format „{value}“ (erlaubt: {names}).") from None


def check_threshold(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.5 < value <= 1.0:
        raise ValidationError(
            "Die Schwelle für Teilnahmebescheinigungen muss über 50 % und höchstens 100 % liegen."
        )
    return float(value)


def check_certificate_policy(value: object) -> str | None:
    if value is None or value == "":
        return None
    if value not in POLICIES:
        names = ", ".join(POLICIES)
        raise ValidationError(f"Unbekannte Bescheinigungsregel „{value}“ (erlaubt: {names} "
                              "oder leer für die Regel des Formats).")
    return str(value)


def _check_kind(value: object, fmt: EventFormat) -> SessionKind:
    if value is None or value == "":
        return DEFAULT_KIND[fmt]
    try:
        return SessionKind(value)  # type: ignore[arg-type]
    except ValueError:
        names = ", ".join(k.value for k in SessionKind)
        raise ValidationError(f"Unbekannte Art des Termins „{value}“ (erlaubt: {names}).") from None


def event_values(plan: EventPlan, fmt: EventFormat) -> dict[str, Any]:
    """The checked column values of a new event (office and municipalities apart; also
    used by the bulk demo path, planner/demo/records.py)."""
    return {
        "format": fmt,
        "title": clean_text(plan.title, "Der Titel", required=True, max_len=300),
        "description": clean_text(plan.description, "Die Beschreibung", max_len=10000,
                                  multiline=True),
        "topic_id": plan.topic_id,
        "capacity": check_count(plan.capacity, "Die Kapazität"),
        "unit_minutes": check_count(plan.unit_minutes, "Die Länge einer Unterrichtseinheit",
                                    minimum=1, maximum=600) or 45,
        "default_break_minutes": check_count(plan.break_minutes, "Die Pause (Minuten)",
                                             maximum=24 * 60) or 0,
        "certificate_threshold": check_threshold(plan.certificate_threshold),
        "expert_id": plan.expert_id,
        "funding_note": (clean_text(plan.funding_note, "Der Förderhinweis", max_len=300)
                         if plan.funding_note is not None else None),
        "certificate_policy": check_certificate_policy(plan.certificate_policy),
    }


def session_values(plan: SessionPlan, fmt: EventFormat, n: int) -> dict[str, Any]:
    """The checked column values of session number `n` of an event of format `fmt`
    (also used by the bulk demo path, planner/demo/records.py)."""
    validate_times(plan.start, plan.end)
    kind = _check_kind(plan.kind, fmt)
    title = clean_text(plan.title, "Der Titel des Termins", max_len=300)
    if not title:
        title = DEFAULT_TITLE.get(kind, "Termin {n}").format(n=n)
    return {
        "position": n, "kind": kind, "title": title, "start": plan.start, "end": plan.end,
        "all_day": check_flag(plan.all_day, "Ganztägig"), "venue_id": plan.venue_id,
        "host_municipality_id": plan.host_municipality_id,
        "capacity": check_count(plan.capacity, "Die Kapazität"),
        "break_minutes": check_count(plan.break_minutes, "Die Pause (Minuten)",
                                     maximum=24 * 60),
        "notes": clean_text(plan.notes, "Die Notiz", max_len=5000, multiline=True),
    }


def excursion_values(ex: ExcursionPlan) -> dict[str, Any]:
    """The checked column values of a session's excursion."""
    return {
        "site": clean_text(ex.site, "Der Ort der Exkursion", required=True, max_len=300),
        "street": clean_text(ex.street, "Die Straße der Exkursion"),
        "postcode": clean_text(ex.postcode, "Die PLZ der Exkursion", max_len=20),
        "city": clean_text(ex.city, "Die Stadt der Exkursion", max_len=100),
        "host_contact": clean_text(ex.host_contact, "Der Kontakt vor Ort", max_len=300),
        "start": check_time(ex.start, "Der Beginn der Exkursion"),
        "end": check_time(ex.end, "Das Ende der Exkursion"),
        "description": clean_text(ex.description, "Die Beschreibung", max_len=5000,
                                  multiline=True),
    }


def agenda_values(item: AgendaPlan) -> dict[str, Any]:
    """The checked column values of an agenda item (speakers apart)."""
    try:
        kind_value = AgendaKind(item.kind)
    except ValueError:
        raise ValidationError(f"Unbekannte Art des Programmpunkts „{item.kind}“.") from None
    if check_time(item.start, "Der Beginn des Programmpunkts") is None:
        raise ValidationError("Der Beginn des Programmpunkts fehlt.")
    check_time(item.end, "Das Ende des Programmpunkts")
    if item.end is not None and item.end <= item.start:
        raise ValidationError(f"Programmpunkt „{item.title}“ endet nicht nach dem Beginn.")
    return {
        "start": item.start, "end": item.end, "kind": kind_value,
        "title": clean_text(item.title, "Der Titel des Programmpunkts", required=True,
                            max_len=300),
        "description": clean_text(item.description, "Die Beschreibung", max_len=5000,
                                  multiline=True),
    }


def _build_session(orm: OrmSession, event: Event, plan: SessionPlan, n: int) -> Session:
    values = session_values(plan, EventFormat(event.format), n)
    if plan.venue_id is not None:
        get(orm, Venue, plan.venue_id)
    if plan.host_municipality_id is not None:
        get(orm, Organisation, plan.host_municipality_id)
    session = Session(event=event, **values)
    orm.add(session)
    _set_trainers(orm, session, plan.trainer_ids)
    if plan.excursion is not None:
        session.excursion = Excursion(**excursion_values(plan.excursion))
    for item in plan.agenda:
        session.agenda.append(AgendaItem(
            **agenda_values(item),
            speakers=[get(orm, Person, pid)
                      for pid in check_ids(item.speaker_ids, "Die Vortragenden")]))
    return session


def _set_trainers(orm: OrmSession, session: Session, trainer_ids: list[int]) -> None:
    wanted = list(dict.fromkeys(check_ids(trainer_ids, "Die Trainer*innen")))
    for pid in wanted:
        person = get(orm, Person, pid)
        if not person.is_trainer:
            person.is_trainer = True
    session.trainer_links = [
        link for link in session.trainer_links if link.person_id in wanted
    ]
    present = {link.person_id for link in session.trainer_links}
    for pid in wanted:
        if pid not in present:
            session.trainer_links.append(SessionTrainer(person_id=pid, person=orm.get(Person, pid)))


def _collect_warnings(orm: OrmSession, event: Event, sessions: list[Session]) -> list[PlanWarning]:
    orm.flush()
    warnings: list[PlanWarning] = []
    for s in sessions:
        warnings.extend(session_warnings(orm, s))
    warnings.extend(shape_warnings(event))
    return dedupe(warnings)


def create_event(orm: OrmSession, plan: EventPlan, *, force: bool = False) -> Outcome[Event]:
    """Create an event of any format with its sessions, checking shape and double bookings."""
    fmt = _check_format(plan.format)
    office = office_by_key(orm, plan.office)
    if plan.topic_id is not None:
        get(orm, Topic, plan.topic_id)
    if not plan.sessions:
        raise ValidationError("Eine Veranstaltung braucht mindestens einen Termin.")
    warnings: list[PlanWarning] = []
    if fmt == EventFormat.TRAINING_SERIES and len(plan.sessions) != SERIES_MODULES:
        if not plan.allow_module_count:
            raise ValidationError(
                f"Eine Fortbildungsreihe hat {SERIES_MODULES} Module, angegeben sind "
                f"{len(plan.sessions)}. Eine andere Anzahl muss ausdrücklich bestätigt werden."
            )
    municipalities = [get(orm, Organisation, mid) for mid in
                      dict.fromkeys(check_ids(plan.municipality_ids, "Die Kommunen"))]
    if fmt == EventFormat.ANALYSIS and len(municipalities) != 1:
        raise ValidationError("Klärung und Analyse findet mit genau einer Kommune statt.")
    for org in municipalities:
        if not org.is_municipality:
            raise ValidationError(f"„{org.name}“ ist keine Kommune.")
    if plan.expert_id is not None:
        get(orm, Person, plan.expert_id)
    event = Event(**event_values(plan, fmt), office=office, municipalities=municipalities)
    orm.add(event)
    sessions = [_build_session(orm, event, sp, n) for n, sp in enumerate(plan.sessions, 1)]
    warnings.extend(_collect_warnings(orm, event, sessions))
    warnings.extend(municipality_warnings(municipalities))
    refuse_blocking(warnings, force)
    return Outcome(event, warnings, {Change.EVENTS, Change.SESSIONS})


def add_session(orm: OrmSession, event_id: int, plan: SessionPlan, *,
                force: bool = False) -> Outcome[Session]:
    event = get(orm, Event, event_id)
    n = max((s.position for s in event.sessions), default=0) + 1
    session = _build_session(orm, event, plan, n)
    warnings = _collect_warnings(orm, event, [session])
    refuse_blocking(warnings, force)
    return Outcome(session, warnings, {Change.SESSIONS})


_UNSET: object = object()


def edit_session(
    orm: OrmSession,
    session_id: int,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    venue_id: int | None | object = _UNSET,
    title: str | None = None,
    trainer_ids: list[int] | None = None,
    host_municipality_id: int | None | object = _UNSET,
    capacity: int | None | object = _UNSET,
    break_minutes: int | None | object = _UNSET,
    notes: str | None = None,
    force: bool = False,
) -> Outcome[Session]:
    """Change a session; calendar-relevant changes raise its SEQUENCE (see tracking)."""
    session = get(orm, Session, session_id)
    new_start = start or session.start
    new_end = end or session.end
    validate_times(new_start, new_end)
    session.start, session.end = new_start, new_end
    if venue_id is not _UNSET:
        if venue_id is not None:
            get(orm, Venue, venue_id)  # type: ignore[arg-type]
        session.venue_id = venue_id  # type: ignore[assignment]
    if host_municipality_id is not _UNSET:
        if host_municipality_id is not None:
            get(orm, Organisation, host_municipality_id)  # type: ignore[arg-type]
        session.host_municipality_id = host_municipality_id  # type: ignore[assignment]
    if title is not None:
        session.title = clean_text(title, "Der Titel des Termins", required=True, max_len=300)
    if capacity is not _UNSET:
        session.capacity = check_count(capacity, "Die Kapazität")  # type: ignore[arg-type]
    if break_minutes is not _UNSET:
        session.break_minutes = check_count(
            break_minutes, "Die Pause (Minuten)", maximum=24 * 60  # type: ignore[arg-type]
        )
    if notes is not None:
        session.notes = clean_text(notes, "Die Notiz", max_len=5000, multiline=True)
    if trainer_ids is not None:
        _set_trainers(orm, session, trainer_ids)
    orm.expire(session, ["venue", "host_municipality"])
    warnings = _collect_warnings(orm, session.event, [session])
    refuse_blocking(warnings, force)
    return Outcome(session, warnings, {Change.SESSIONS})


def move_session(orm: OrmSession, session_id: int, start: datetime, end: datetime, *,
                 venue_id: int | None | object = _UNSET, force: bool = False) -> Outcome[Session]:
    return edit_session(orm, session_id, start=start, end=end, venue_id=venue_id, force=force)


def later_sessions(session: Session) -> list[Session]:
    """The event's sessions after `session` (not cancelled), in date order."""
    return sorted((s for s in session.event.sessions
                   if s.id != session.id and not s.is_cancelled and s.start > session.start),
                  key=lambda s: s.start)


def move_with_followers(orm: OrmSession, session_id: int, start: datetime, end: datetime, *,
                        force: bool = False) -> Outcome[Session]:
    """Move a session and shift every later session of its event by the same number of
    days ("Folgetermine mitverschieben"); their times stay. One check over all of them."""
    session = get(orm, Session, session_id)
    validate_times(start, end)
    shift = timedelta(days=(start.date() - session.start.date()).days)
    followers = later_sessions(session)
    session.start, session.end = start, end
    for other in followers:
        other.start, other.end = other.start + shift, other.end + shift
        validate_times(other.start, other.end)
    warnings = _collect_warnings(orm, session.event, [session, *followers])
    refuse_blocking(warnings, force)
    return Outcome(session, warnings, {Change.SESSIONS})


def cancel_session(orm: OrmSession, session_id: int, reason: str) -> Outcome[Session]:
    session = get(orm, Session, session_id)
    if session.is_cancelled:
        raise ValidationError(f"Der Termin {session_id} ist bereits abgesagt.")
    session.status = SessionStatus.CANCELLED
    session.cancelled_at = utcnow()
    session.cancel_reason = clean_text(reason, "Der Grund der Absage", required=True,
                                       max_len=2000, multiline=True)
    orm.flush()
    return Outcome(session, [], {Change.SESSIONS})


def restore_session(orm: OrmSession, session_id: int, *, force: bool = False) -> Outcome[Session]:
    """Undo a cancellation (the SEQUENCE still rises: calendars must see the change)."""
    session = get(orm, Session, session_id)
    if not session.is_cancelled:
        raise ValidationError(f"Der Termin {session_id} ist nicht abgesagt.")
    session.status = SessionStatus.PLANNED
    session.cancelled_at = None
    session.cancel_reason = ""
    warnings = _collect_warnings(orm, session.event, [session])
    refuse_blocking(warnings, force)
    return Outcome(session, warnings, {Change.SESSIONS})


# Copies move by at most about 20 years (a larger shift would leave the calendar).
MAX_COPY_WEEKS = 52 * 20


def copy_event(orm: OrmSession, event_id: int, *, weeks: int, title: str | None = None,
               force: bool = False) -> Outcome[Event]:
    """Copy an event (modules, times, venues, trainers, agenda) shifted by whole weeks."""
    if isinstance(weeks, bool) or not isinstance(weeks, int) or weeks == 0:
        raise ValidationError("Die Verschiebung muss eine ganze Zahl von Wochen ungleich 0 sein.")
    if abs(weeks) > MAX_COPY_WEEKS:
        raise ValidationError(f"Die Verschiebung ist zu groß (höchstens {MAX_COPY_WEEKS} Wochen).")
    source = get(orm, Event, event_id)
    shift = timedelta(weeks=weeks)
    plan = EventPlan(
        format=source.format,
        title=title or source.title,
        office=source.office_id,
        topic_id=source.topic_id,
        description=source.description,
        capacity=source.capacity,
        unit_minutes=source.unit_minutes,
        break_minutes=source.default_break_minutes,
        certificate_threshold=source.certificate_threshold,
        municipality_ids=[m.id for m in source.municipalities],
        expert_id=source.expert_id,
        funding_note=source.funding_note,
        allow_module_count=True,
        certificate_policy=source.certificate_policy,
        sessions=[
            SessionPlan(
                start=s.start + shift,
                end=s.end + shift,
                title=s.title,
                kind=s.kind,
                venue_id=s.venue_id,
                trainer_ids=[link.person_id for link in s.trainer_links],
                host_municipality_id=s.host_municipality_id,
                capacity=s.capacity,
                break_minutes=s.break_minutes,
                all_day=s.all_day,
                notes=s.notes,
                excursion=_copy_excursion(s.excursion),
                agenda=[
                    AgendaPlan(a.start, a.title, a.end, a.kind, [p.id for p in a.speakers],
                               a.description)
                    for a in s.agenda
                ],
            )
            for s in source.sessions
            if not s.is_cancelled
        ],
    )
    return create_event(orm, plan, force=force)


def _copy_excursion(ex: Excursion | None) -> ExcursionPlan | None:
    if ex is None:
        return None
    return ExcursionPlan(ex.site, ex.street, ex.postcode, ex.city, ex.host_contact, ex.start,
                         ex.end, ex.description)


def set_event_municipalities(orm: OrmSession, event_id: int,
                             municipality_ids: list[int]) -> Outcome[Event]:
    event = get(orm, Event, event_id)
    orgs = [get(orm, Organisation, mid)
            for mid in dict.fromkeys(check_ids(municipality_ids, "Die Kommunen"))]
    for org in orgs:
        if not org.is_municipality:
            raise ValidationError(f"„{org.name}“ ist keine Kommune.")
    if event.format == EventFormat.ANALYSIS and len(orgs) != 1:
        raise ValidationError("Klärung und Analyse findet mit genau einer Kommune statt.")
    event.municipalities = orgs
    orm.flush()
    warnings = shape_warnings(event) + municipality_warnings(orgs)
    return Outcome(event, warnings, {Change.EVENTS})
