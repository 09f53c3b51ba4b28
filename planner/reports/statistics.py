"""Anonymous yearly / custom-range figures by office, format, topic, municipality, state.

Definitions (they are what the funding report states):

* A session is *held* when it is not cancelled and starts inside the period and no later
  than ``as_of`` (default: now). Later, non-cancelled sessions count as *planned*.
* *Events* are the events with at least one held session in the period.
* *Participant-days* count one per person and held session: an attendance row "present"
  or "partial" where the session's attendance was recorded; where no attendance was
  recorded for a held session at all, every person with an active registration for it
  counts instead (such sessions are reported as ``sessions_without_attendance``).
* *Participants* are the distinct persons behind the participant-days.
* *Municipalities reached*: municipalities named on the event, the host city of a session
  and the municipalities the participants' organisations belong to; counted as well
  separately by population: at or over 250,000 inhabitants (the agency's target group),
  under 250,000, and without a recorded population.
* *Events list*: every event with a held session or a counted certificate in the period,
  with its held dates, format, office, topic, reached municipalities and figures.
* *Teaching units delivered*: the teaching time of the held sessions (planner.rules.units:
  length less break), each converted to its event's units, summed, rounded once.
* *Attendance rate*: attended units / booked units, over the held sessions whose
  attendance was recorded (booked = every registered person plus anyone with a row).
* *Certificates*: live certificates (not replaced by a newer one) whose last certified
  session lies in the period: counted in the year of what they certify, not of the day
  they were printed (planner/RULES.md).

Breakdowns by municipality and federal state count a session for every municipality that
took part in it, and participant-days for the participants' own municipality; their rows
therefore do not add up to the total. Nothing depends on names, e-mail addresses or any
other personal field, so anonymising persons leaves every figure unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from fractions import Fraction

from sqlalchemy.orm import Session as OrmSession

from planner import clock
from planner.evaluation.results import EvaluationSection, report_section
from planner.models import (
    AttendanceStatus,
    Office,
    OrganisationKind,
    RegistrationStatus,
    SessionStatus,
)
from planner.models.enums import (
    FEDERAL_STATES,
    FORMAT_LABELS_DE,
    LARGE_CITY_THRESHOLD,
    EventFormat,
)
from planner.plainsql import as_date, as_datetime, fetch, in_list
from planner.rules.units import DEFAULT_UNIT_MINUTES, attended_minutes, teaching_minutes
from planner.translatable import QT_TRANSLATE_NOOP
from planner.usecases.lookup import office_by_key
from planner.wording import Language, number

MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember")
COUNTED = (AttendanceStatus.PRESENT, AttendanceStatus.PARTIAL)
DIMENSIONS = {
    "office": QT_TRANSLATE_NOOP("reports", "Standort"),
    "format": QT_TRANSLATE_NOOP("reports", "Format"),
    "topic": QT_TRANSLATE_NOOP("reports", "Thema"),
    "municipality": QT_TRANSLATE_NOOP("reports", "Kommune"),
    "state": QT_TRANSLATE_NOOP("reports", "Bundesland"),
    "month": QT_TRANSLATE_NOOP("reports", "Monat"),
}


@dataclass(frozen=True)
class ReportFilter:
    start: date
    end: date  # inclusive
    office: int | str | None = None
    as_of: datetime | None = None

    @classmethod
    def for_year(cls, year: int, office: int | str | None = None,
                 as_of: datetime | None = None) -> ReportFilter:
        return cls(date(year, 1, 1), date(year, 12, 31), office, as_of)


@dataclass
class Figures:
    events: int = 0
    sessions: int = 0
    sessions_planned: int = 0
    sessions_cancelled: int = 0
    sessions_without_attendance: int = 0
    participant_days: int = 0
    participants: int = 0
    municipalities: int = 0
    # The reached municipalities by population (they add up to `municipalities`).
    municipalities_large: int = 0  # at or over 250,000 inhabitants
    municipalities_small: int = 0  # under 250,000
    municipalities_unknown: int = 0  # no population recorded
    units: float = 0.0
    attended_units: float = 0.0
    booked_units: float = 0.0
    # Exact sums behind attended_units / booked_units (the rate is taken from these).
    attended_exact: Fraction = Fraction(0)
    booked_exact: Fraction = Fraction(0)
    certificates: int = 0

    @property
    def attendance_rate(self) -> float | None:
        return float(self.attended_exact / self.booked_exact) if self.booked_exact else None


@dataclass
class ReportRow:
    key: str
    label: str
    figures: Figures


@dataclass
class EventLine:
    """One event of the period with its figures (the report's list of events)."""

    event_id: int
    title: str
    format_label: str
    office_label: str
    topic_label: str
    dates: list[date]  # its held sessions in the period
    cancelled: int  # its cancelled sessions in the period
    municipalities: list[str]  # reached, by name
    figures: Figures


@dataclass
class Report:
    filter: ReportFilter
    office_label: str
    as_of: datetime
    total: Figures
    breakdowns: dict[str, list[ReportRow]] = field(default_factory=dict)
    events: list[EventLine] = field(default_factory=list)
    # Participant feedback in the period (planner.evaluation); None when not computed.
    evaluation: EvaluationSection | None = None

    @property
    def period_label(self) -> str:
        f = self.filter
        if f.start == date(f.start.year, 1, 1) and f.end == date(f.start.year, 12, 31):
            return f"Jahr {f.start.year}"
        return f"{f.start:%d.%m.%Y} – {f.end:%d.%m.%Y}"


# Column label, attribute, kind ("int", "units", "rate") of every figure shown in tables.
FIGURE_COLUMNS: list[tuple[str, str, str]] = [
    (QT_TRANSLATE_NOOP("reports", "Veranstaltungen"), "events", "int"),
    (QT_TRANSLATE_NOOP("reports", "Termine"), "sessions", "int"),
    (QT_TRANSLATE_NOOP("reports", "Teilnahmetage"), "participant_days", "int"),
    (QT_TRANSLATE_NOOP("reports", "Teilnehmende"), "participants", "int"),
    (QT_TRANSLATE_NOOP("reports", "Kommunen"), "municipalities", "int"),
    (QT_TRANSLATE_NOOP("reports", "UE"), "units", "units"),
    (QT_TRANSLATE_NOOP("reports", "Anwesenheit"), "attendance_rate", "rate"),
    (QT_TRANSLATE_NOOP("reports", "Bescheinigungen"), "certificates", "int"),
]
# The municipalities by population: shown with the key figures and in the .xlsx tables.
MUNICIPALITY_COLUMNS: list[tuple[str, str, str]] = [
    ("Kommunen ab 250.000 Einw.", "municipalities_large", "int"),
    ("Kommunen unter 250.000 Einw.", "municipalities_small", "int"),
    ("Kommunen ohne Einwohnerzahl", "municipalities_unknown", "int"),
]


@dataclass(slots=True)
class _SessionInfo:
    id: int
    event_id: int
    start: datetime
    minutes: int  # teaching minutes
    unit_minutes: int
    keys: dict[str, set[str]]
    municipalities: set[int] = field(default_factory=set)

    @property
    def units(self) -> Fraction:
        return Fraction(self.minutes, self.unit_minutes)


@dataclass(slots=True)
class _Record:
    """One person at one held session (only persons who count or were booked)."""

    session: _SessionInfo
    person_id: int
    counted: bool
    attended: Fraction | None  # units; None: no attendance recorded for the session
    person_keys: dict[str, set[str]]


def _tenth(value: Fraction) -> float:
    """Rounded once, half up, to a tenth (of exact sums only)."""
    return int((value * 20 + 1) // 2) / 10


class _Collector:
    def __init__(self, orm: OrmSession, flt: ReportFilter, as_of: datetime) -> None:
        self.orm, self.flt, self.as_of = orm, flt, as_of
        self.office_id = office_by_key(orm, flt.office).id if flt.office is not None else None
        self.lo = datetime.combine(flt.start, time.min)
        self.hi = datetime.combine(flt.end, time.max)
        # All reading is plain SQL (planner/plainsql.py): a report reads thousands of small
        # rows, where SQLAlchemy's row handling would cost more than the queries.
        self.orgs: dict[int, tuple[str, str | None, bool]] = {}
        self.population: dict[int, int | None] = {}
        for oid, name, state, kind, population in fetch(
                orm, "SELECT id, name, federal_state, kind, population FROM organisation"):
            self.orgs[oid] = (name, state, kind == OrganisationKind.MUNICIPALITY)
            self.population[oid] = population
        self.labels: dict[str, dict[str, str]] = defaultdict(dict)
        self.scope: dict[str, object] = {
            "lo": self.lo, "hi": self.hi, "as_of": as_of, "office": self.office_id,
            "cancelled": str(SessionStatus.CANCELLED)}

    def _event_scope(self) -> str:
        """The sessions of the period (and office): SQL on `session s JOIN event e`."""
        office = " AND e.office_id = :office" if self.office_id is not None else ""
        return f's."start" >= :lo AND s."start" <= :hi{office}'

    def status_counts(self) -> tuple[int, int]:
        """(planned later than as_of, cancelled) in the period."""
        cancelled, planned = fetch(self.orm, (
            "SELECT sum(CASE WHEN s.status = :cancelled THEN 1 ELSE 0 END), "
            'sum(CASE WHEN s.status != :cancelled AND s."start" > :as_of THEN 1 ELSE 0 END) '
            f"FROM session s JOIN event e ON e.id = s.event_id WHERE {self._event_scope()}"),
            self.scope)[0]
        return int(planned or 0), int(cancelled or 0)

    def municipality_key(self, org_id: int | None) -> str | None:
        if org_id is None or org_id not in self.orgs or not self.orgs[org_id][2]:
            return None
        self.labels["municipality"][str(org_id)] = self.orgs[org_id][0]
        return str(org_id)

    def state_of(self, org_id: int) -> str | None:
        state = self.orgs.get(org_id, ("", None, False))[1]
        if state:
            self.labels["state"][state] = FEDERAL_STATES.get(state, state)
        return state

    def sessions(self) -> dict[int, _SessionInfo]:
        rows = fetch(self.orm, (
            'SELECT s.id, s.event_id, s."start", s."end", '
            "s.break_minutes, s.all_day, s.host_municipality_id, e.format, e.office_id, o.city, "
            "e.topic_id, t.name, e.unit_minutes, e.default_break_minutes "
            "FROM session s JOIN event e ON s.event_id = e.id "
            "JOIN office o ON e.office_id = o.id LEFT OUTER JOIN topic t ON e.topic_id = t.id "
            f'WHERE {self._event_scope()} AND s.status != :cancelled AND s."start" <= :as_of'),
            self.scope)
        event_ids = {r[1] for r in rows}
        event_munis: dict[int, set[int]] = defaultdict(set)
        for chunk in _chunks(sorted(event_ids)):
            params: dict[str, object] = {}
            for eid, oid in fetch(self.orm, "SELECT event_id, organisation_id FROM "
                                            "event_municipality WHERE event_id IN "
                                            f"({in_list('e', chunk, params)})", params):
                event_munis[eid].add(oid)
        result = {}
        for (sid, eid, start_value, end_value, brk, all_day, host, fmt, office_id, office_name,
             topic_id, topic_name, unit, default_break) in rows:
            start, end = as_datetime(start_value), as_datetime(end_value)
            assert start is not None and end is not None
            self.labels["office"][str(office_id)] = office_name or f"Standort {office_id}"
            self.labels["format"][fmt] = _format_label(fmt)
            topic_key = str(topic_id) if topic_id is not None else "-"
            self.labels["topic"][topic_key] = topic_name or "ohne Thema"
            month = f"{start:%Y-%m}"
            self.labels["month"][month] = f"{MONTHS_DE[start.month - 1]} {start.year}"
            munis = {m for m in event_munis[eid] if self.municipality_key(m)}
            if self.municipality_key(host):
                munis.add(host)
            self.labels["event"][str(eid)] = ""  # titles: build_report
            keys = {"office": {str(office_id)}, "format": {fmt}, "topic": {topic_key},
                    "month": {month}, "event": {str(eid)}}
            minutes = teaching_minutes(start, end, brk if brk is not None else default_break,
                                       all_day=bool(all_day))
            result[sid] = _SessionInfo(sid, eid, start, minutes, unit or DEFAULT_UNIT_MINUTES,
                                       keys, munis)
        return result

    def records(self, sessions: dict[int, _SessionInfo]) -> list[_Record]:
        ids = sorted(sessions)
        event_ids = sorted({s.event_id for s in sessions.values()})
        attendance: dict[int, dict[int, tuple[str, int | None]]] = defaultdict(dict)
        booked: dict[int, set[int]] = defaultdict(set)
        whole: dict[int, set[int]] = defaultdict(set)
        person_org: dict[int, int | None] = {}
        # The rows behind the figures, in plain SQL (planner/plainsql.py): thousands of
        # small rows a year, where SQLAlchemy's row handling would cost more than the query.
        registered = {"registered": str(RegistrationStatus.REGISTERED), "yes": True,
                      "no": False}
        for chunk in _chunks(ids):
            params: dict[str, object] = dict(registered)
            in_ids = in_list("s", chunk, params)
            for sid, pid, status, minutes in fetch(
                    self.orm, "SELECT session_id, person_id, status, minutes FROM attendance "
                              f"WHERE session_id IN ({in_ids})", params):
                attendance[sid][pid] = (status, minutes)
            for sid, pid in fetch(
                    self.orm, "SELECT rs.session_id, r.person_id FROM registration_session rs "
                              "JOIN registration r ON r.id = rs.registration_id "
                              f"WHERE rs.session_id IN ({in_ids}) "
                              "AND r.status = :registered AND r.whole_event = :no", params):
                booked[sid].add(pid)
        for chunk in _chunks(event_ids):
            params = dict(registered)
            for eid, pid in fetch(
                    self.orm, "SELECT event_id, person_id FROM registration "
                              f"WHERE event_id IN ({in_list('e', chunk, params)}) "
                              "AND status = :registered AND whole_event = :yes", params):
                whole[eid].add(pid)
        persons: set[int] = set()
        for group in (*attendance.values(), *booked.values(), *whole.values()):
            persons.update(group)
        for chunk in _chunks(sorted(persons)):
            params = {}
            for pid, org in fetch(
                    self.orm, "SELECT id, organisation_id FROM person "
                              f"WHERE id IN ({in_list('p', chunk, params)})", params):
                person_org[pid] = org
        # per person: (municipality key, its person keys), computed once
        person_keys: dict[int, tuple[str | None, dict[str, set[str]]]] = {}
        for pid, org in person_org.items():
            muni = self.municipality_key(org)
            state = self.state_of(int(muni)) if muni else None
            person_keys[pid] = (muni, {"municipality": {muni} if muni else set(),
                                       "state": {state} if state else set()})
        no_keys: tuple[str | None, dict[str, set[str]]] = (
            None, {"municipality": set(), "state": set()})
        records: list[_Record] = []
        for sid in ids:
            info = sessions[sid]
            rows = attendance.get(sid, {})
            registered_here = booked.get(sid, set()) | whole.get(info.event_id, set())
            for pid in sorted(registered_here | set(rows)):
                muni, pkeys = person_keys.get(pid, no_keys)
                if muni is not None:
                    info.municipalities.add(int(muni))
                attended: Fraction | None
                if rows:
                    status, minutes = rows.get(pid, ("", None))
                    attended = Fraction(attended_minutes(info.minutes, status, minutes),
                                        info.unit_minutes)
                    counted = status in COUNTED
                else:
                    attended, counted = None, True
                records.append(_Record(info, pid, counted, attended, pkeys))
        for info in sessions.values():
            info.keys["municipality"] = {str(m) for m in info.municipalities}
            info.keys["state"] = {s for m in info.municipalities if (s := self.state_of(m))}
        return records

    def certificates(self) -> list[tuple[dict[str, set[str]], int]]:
        office = " AND e.office_id = :office" if self.office_id is not None else ""
        rows = fetch(self.orm, (
            f"SELECT e.office_id, o.city, e.format, e.topic_id, t.name, {CERTIFIED_DAY}, "
            "p.organisation_id, e.id, count(c.id) FROM certificate c "
            "JOIN event e ON c.event_id = e.id JOIN office o ON e.office_id = o.id "
            "LEFT OUTER JOIN topic t ON e.topic_id = t.id "
            "JOIN person p ON c.person_id = p.id "
            f"WHERE {CERTIFIED_DAY} >= :first AND {CERTIFIED_DAY} <= :last "
            f"AND c.replaced_by_id IS NULL{office} "
            f"GROUP BY e.office_id, o.city, e.format, e.topic_id, t.name, {CERTIFIED_DAY}, "
            "p.organisation_id, e.id"),
            {"first": self.flt.start, "last": self.flt.end, "office": self.office_id})
        result = []
        for (office_id, office_name, fmt, topic_id, topic_name, issued_value, org, event_id,
             count) in rows:
            issued = as_date(issued_value)
            assert issued is not None
            self.labels["office"][str(office_id)] = office_name or f"Standort {office_id}"
            self.labels["format"][fmt] = _format_label(fmt)
            topic_key = str(topic_id) if topic_id is not None else "-"
            self.labels["topic"][topic_key] = topic_name or "ohne Thema"
            month = f"{issued:%Y-%m}"
            self.labels["month"][month] = f"{MONTHS_DE[issued.month - 1]} {issued.year}"
            muni = self.municipality_key(org)
            state = self.state_of(int(muni)) if muni else None
            self.labels["event"][str(event_id)] = ""
            keys = {"office": {str(office_id)}, "format": {fmt}, "topic": {topic_key},
                    "month": {month}, "municipality": {muni} if muni else set(),
                    "state": {state} if state else set(), "event": {str(event_id)}}
            result.append((keys, int(count)))
        return result


# The day of the last session a certificate certifies (older rows: their issue date).
CERTIFIED_DAY = "coalesce(c.covers_until, c.issued_on)"


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _format_label(fmt: str) -> str:
    try:
        return FORMAT_LABELS_DE[EventFormat(fmt)]
    except ValueError:
        return fmt


@dataclass(slots=True)
class _Tally:
    """What a group of records adds up to (kept per session, and per geographic group)."""

    days: int = 0
    persons: set[int] = field(default_factory=set)
    attended: Fraction = Fraction(0)
    booked: Fraction = Fraction(0)
    recorded: set[int] = field(default_factory=set)  # sessions with attendance rows

    def add(self, r: _Record) -> None:
        if r.attended is not None:
            self.recorded.add(r.session.id)
            self.attended += r.attended
            self.booked += r.session.units
        if r.counted:
            self.days += 1
            self.persons.add(r.person_id)


def _figures(sessions: list[_SessionInfo], tallies: list[_Tally], certificates: int,
             muni_ok: Callable[[int], bool] | None,
             population: Mapping[int, int | None]) -> Figures:
    """The figures of a group: its sessions, and the tallies of its records (one per
    session for the whole and by office/format/topic/month, one for a geographic group)."""
    fig = Figures(certificates=certificates)
    fig.sessions = len(sessions)
    fig.events = len({s.event_id for s in sessions})
    fig.units = _tenth(sum((s.units for s in sessions), Fraction(0)))
    recorded = set().union(*(t.recorded for t in tallies))
    fig.sessions_without_attendance = sum(1 for s in sessions if s.id not in recorded)
    fig.participant_days = sum(t.days for t in tallies)
    fig.participants = len(set().union(*(t.persons for t in tallies)))
    fig.attended_exact = sum((t.attended for t in tallies), Fraction(0))
    fig.booked_exact = sum((t.booked for t in tallies), Fraction(0))
    fig.attended_units = _tenth(fig.attended_exact)
    fig.booked_units = _tenth(fig.booked_exact)
    reached = {m for s in sessions for m in s.municipalities}
    if muni_ok is not None:
        reached = {m for m in reached if muni_ok(m)}
    fig.municipalities = len(reached)
    sizes = [population.get(m) for m in reached]
    fig.municipalities_large = sum(1 for p in sizes if p is not None and
                                   p >= LARGE_CITY_THRESHOLD)
    fig.municipalities_small = sum(1 for p in sizes if p is not None and
                                   p < LARGE_CITY_THRESHOLD)
    fig.municipalities_unknown = sum(1 for p in sizes if p is None)
    return fig


def _muni_filter(col: _Collector, dim: str, key: str) -> Callable[[int], bool] | None:
    """Which reached municipalities count for a group (all, unless grouped by geography)."""
    if dim == "municipality":
        return lambda m: str(m) == key
    if dim == "state":
        return lambda m: col.orgs[m][1] == key
    return None


def build_report(orm: OrmSession, flt: ReportFilter) -> Report:
    """Compute the total and every breakdown for the period (read-only)."""
    as_of = flt.as_of or clock.now()
    col = _Collector(orm, flt, as_of)
    sessions = col.sessions()
    records = col.records(sessions)
    certs = col.certificates()
    planned, cancelled = col.status_counts()
    per_session: dict[int, _Tally] = defaultdict(_Tally)
    for record in records:
        per_session[record.session.id].add(record)
    total = _figures(list(sessions.values()), [per_session[i] for i in sessions],
                     sum(c for _k, c in certs), None, col.population)
    total.sessions_planned, total.sessions_cancelled = planned, cancelled
    office_label = "alle Standorte"
    if col.office_id is not None:
        office = orm.get(Office, col.office_id)
        office_label = office.name if office is not None else office_label
    report = Report(flt, office_label, as_of, total,
                    evaluation=report_section(orm, flt.start, flt.end, col.office_id))
    for dim in (*DIMENSIONS, "event"):
        geo = dim in ("municipality", "state")
        # One pass over sessions, records and certificates per dimension, into groups.
        group_sessions: dict[str, list[_SessionInfo]] = defaultdict(list)
        for info in sessions.values():
            for key in info.keys.get(dim, ()):
                group_sessions[key].append(info)
        group_tallies: dict[str, list[_Tally]] = defaultdict(list)
        if geo:  # by the participants' own municipality: one tally per group
            by_key: dict[str, _Tally] = defaultdict(_Tally)
            for record in records:
                for key in record.person_keys[dim]:
                    by_key[key].add(record)
            for key, tally in by_key.items():
                group_tallies[key].append(tally)
        else:  # by the session's keys: the sessions' tallies
            for key, infos in group_sessions.items():
                group_tallies[key] = [per_session[info.id] for info in infos]
        group_certs: dict[str, int] = defaultdict(int)
        for keys, count in certs:
            for key in keys[dim]:
                group_certs[key] += count
        rows = []
        for key in set(col.labels[dim]):
            fig = _figures(group_sessions[key], group_tallies[key], group_certs[key],
                           _muni_filter(col, dim, key), col.population)
            if fig.sessions or fig.certificates or fig.participant_days:
                rows.append(ReportRow(key, col.labels[dim][key], fig))
        if dim == "month":
            rows.sort(key=lambda r: r.key)
        else:
            rows.sort(key=lambda r: (-r.figures.participant_days, -r.figures.sessions,
                                     r.label.casefold()))
        if dim == "event":
            report.events = _event_lines(orm, col, rows, sessions)
        else:
            report.breakdowns[dim] = rows
    return report


def _event_lines(orm: OrmSession, col: _Collector, rows: list[ReportRow],
                 sessions: dict[int, _SessionInfo]) -> list[EventLine]:
    """The events behind the figures, with their details, by first held date and title."""
    ids = [int(r.key) for r in rows]
    details: dict[int, tuple[str, str, str, str]] = {}
    cancelled: dict[int, int] = defaultdict(int)
    for chunk in _chunks(sorted(ids)):
        params: dict[str, object] = dict(col.scope)
        in_ids = in_list("e", chunk, params)
        for eid, title, fmt, office, topic in fetch(orm, (
                "SELECT e.id, e.title, e.format, o.city, t.name FROM event e "
                "JOIN office o ON e.office_id = o.id "
                f"LEFT OUTER JOIN topic t ON e.topic_id = t.id WHERE e.id IN ({in_ids})"),
                params):
            details[eid] = (title, _format_label(fmt), office or "", topic or "ohne Thema")
        for eid, n in fetch(orm, (
                "SELECT s.event_id, count(s.id) FROM session s JOIN event e "
                f"ON e.id = s.event_id WHERE {col._event_scope()} AND s.status = :cancelled "
                f"AND s.event_id IN ({in_ids}) GROUP BY s.event_id"), params):
            cancelled[eid] = int(n)
    held: dict[int, list[_SessionInfo]] = defaultdict(list)
    for info in sessions.values():
        held[info.event_id].append(info)
    lines = []
    for row in rows:
        eid = int(row.key)
        title, fmt, office, topic = details[eid]
        infos = sorted(held[eid], key=lambda i: i.start)
        reached = {m for i in infos for m in i.municipalities}
        names = sorted((col.orgs[m][0] for m in reached), key=str.casefold)
        lines.append(EventLine(eid, title, fmt, office, topic, [i.start.date() for i in infos],
                               cancelled[eid], names, row.figures))
    lines.sort(key=lambda e: (e.dates[0] if e.dates else col.flt.end, e.title.casefold()))
    return lines


def month_series(report: Report) -> list[ReportRow]:
    """One row per month of the period (empty months included), for line charts."""
    by_key = {r.key: r for r in report.breakdowns.get("month", [])}
    rows = []
    y, m = report.filter.start.year, report.filter.start.month
    while (y, m) <= (report.filter.end.year, report.filter.end.month):
        key = f"{y:04d}-{m:02d}"
        rows.append(by_key.get(key) or ReportRow(key, f"{MONTHS_DE[m - 1]} {y}", Figures()))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return rows


def format_figure(fig: Figures, attr: str, kind: str, lang: Language = "de") -> str:
    """Display text of one figure: units with one decimal (none when whole), the rate in
    percent, counts grouped by thousands; German unless the window shows English."""
    value = getattr(fig, attr)
    if kind == "rate":
        if value is None:
            return "–"
        text = number(value * 100, 1, lang, keep_zeros=True)
        return f"{text} %" if lang == "de" else f"{text}%"
    if kind == "units":
        return number(value, 1, lang)
    return number(value, 0, lang)


__all__ = ["DIMENSIONS", "FIGURE_COLUMNS", "MUNICIPALITY_COLUMNS", "EventLine", "Figures",
           "Report", "ReportFilter", "ReportRow", "build_report", "format_figure",
           "month_series"]
