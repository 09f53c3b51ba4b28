"""The sessions and holidays the plan shows (month/week/agenda).

Plain SQL through `planner.plainsql`: the plan is the first view painted at start-up,
before SQLAlchemy is loaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from planner.holiday_cache import cached, holidays_of
from planner.models.enums import SessionStatus
from planner.plainsql import as_datetime, fetch, in_list

if TYPE_CHECKING:
    from planner.plainsql import RowSource

# SQLite allows 999 parameters per statement (older builds); trainers are read in chunks.
CHUNK = 900


@dataclass(frozen=True)
class PlanSession:
    session_id: int
    event_id: int
    event_title: str
    title: str
    start: datetime
    end: datetime
    all_day: bool
    format: str
    office_id: int
    office_code: str
    topic_id: int | None
    venue: str
    venue_state: str | None
    trainer_ids: tuple[int, ...] = field(default_factory=tuple)
    trainer_names: tuple[str, ...] = field(default_factory=tuple)
    cancelled: bool = False
    # the session's host municipality and the event's municipalities, for the plan's search
    municipalities: tuple[str, ...] = field(default_factory=tuple)


def plan_sessions(source: RowSource, start: date, end: date, *,
                  office_ids: Iterable[int] = (), formats: Iterable[str] = (),
                  topic_ids: Iterable[int] = (), trainer_ids: Iterable[int] = ()
                  ) -> list[PlanSession]:
    """Sessions touching the days start..end (inclusive), with what the plan shows."""
    params: dict[str, Any] = {"lo": datetime.combine(start, time.min),
                              "hi": datetime.combine(end + timedelta(days=1), time.min)}
    where = ['s."start" < :hi', 's."end" > :lo']
    for column, name, values in (("e.office_id", "office", list(office_ids)),
                                 ("e.format", "format", list(formats)),
                                 ("e.topic_id", "topic", list(topic_ids))):
        if values:
            where.append(f"{column} IN ({in_list(name, values, params)})")
    trainers = list(trainer_ids)
    if trainers:
        where.append("s.id IN (SELECT st.session_id FROM session_trainer st WHERE "
                     f"st.person_id IN ({in_list('trainer', trainers, params)}))")
    found = fetch(source, (
        'SELECT s.id, s.event_id, e.title, s.title, s."start", s."end", s.all_day, e.format, '
        "e.office_id, o.code, e.topic_id, v.name, v.federal_state, s.status, h.name "
        "FROM session s JOIN event e ON s.event_id = e.id "
        "JOIN office o ON e.office_id = o.id "
        "LEFT OUTER JOIN venue v ON s.venue_id = v.id "
        "LEFT OUTER JOIN organisation h ON s.host_municipality_id = h.id "
        f"WHERE {' AND '.join(where)} ORDER BY s.\"start\", s.id"), params)
    people = _trainers(source, [r[0] for r in found])
    places = _event_municipalities(source, sorted({r[1] for r in found}))
    result = []
    for (sid, event_id, event_title, title, s_start, s_end, all_day, fmt, office_id,
         office_code, topic_id, venue, venue_state, status, host) in found:
        names = people.get(sid, [])
        municipalities = tuple(dict.fromkeys([*([host] if host else []),
                                              *places.get(event_id, [])]))
        result.append(PlanSession(
            sid, event_id, event_title, title, as_datetime(s_start) or datetime.min,
            as_datetime(s_end) or datetime.min, bool(all_day), fmt, office_id, office_code,
            topic_id, venue or "", venue_state, tuple(pid for pid, _ in names),
            tuple(name for _, name in names), status == SessionStatus.CANCELLED,
            municipalities))
    return result


def _event_municipalities(source: RowSource, event_ids: list[int]) -> dict[int, list[str]]:
    """Names of each event's municipalities."""
    found: dict[int, list[str]] = {}
    for chunk in range(0, len(event_ids), CHUNK):
        params: dict[str, Any] = {}
        ids = in_list("event", event_ids[chunk:chunk + CHUNK], params)
        for event_id, name in fetch(source, (
                "SELECT em.event_id, o.name FROM event_municipality em "
                "JOIN organisation o ON em.organisation_id = o.id "
                f"WHERE em.event_id IN ({ids}) ORDER BY em.event_id, o.name"), params):
            found.setdefault(event_id, []).append(name)
    return found


def _trainers(source: RowSource, session_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    """(person id, "Dr. Ana Novák") of each session's trainers, by surname."""
    trainers: dict[int, list[tuple[int, str]]] = {}
    for chunk in range(0, len(session_ids), CHUNK):
        params: dict[str, Any] = {}
        ids = in_list("session", session_ids[chunk:chunk + CHUNK], params)
        for session_id, person_id, title, first, last in fetch(source, (
                "SELECT st.session_id, p.id, p.title, p.first_name, p.last_name "
                "FROM session_trainer st JOIN person p ON st.person_id = p.id "
                f"WHERE st.session_id IN ({ids}) "
                "ORDER BY st.session_id, p.last_name, p.first_name"), params):
            name = " ".join(x for x in (title, first, last) if x)
            trainers.setdefault(session_id, []).append((person_id, name))
    return trainers


def holidays_between(start: date, end: date, states: Iterable[str | None]) -> dict[date, str]:
    """Public holidays per day for the given federal states (None = national only),
    e.g. {date: "Reformationstag (SN, HH)"}."""
    state_list = list(dict.fromkeys(states)) or [None]
    result: dict[date, str] = {}
    day = start
    while day <= end:
        national = holidays_of(day.year, None).get(day)
        if national:
            result[day] = national
        else:
            where = [s for s in state_list if s and day in holidays_of(day.year, s)]
            if where:
                result[day] = f"{holidays_of(day.year, where[0])[day]} ({', '.join(where)})"
        day += timedelta(days=1)
    return result


def holidays_known(start: date, end: date, states: Iterable[str | None]) -> bool:
    """True if `holidays_between` can answer from the kept tables (no library load)."""
    return all(cached(year, state) is not None for year in range(start.year, end.year + 1)
               for state in [None, *states])
