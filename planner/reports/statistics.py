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
  and the municipalities the participants' organisations belong to.
* *Teaching units delivered*: the sum of the units (planner.units) of the held sessions.
* *Attendance rate*: attended units / booked units, over the held sessions whose
  attendance was recorded (booked = every registered person plus anyone with a row).
* *Certificates*: certificates issued (``issued_on``) in the period.

Breakdowns by municipality and federal state count a session for every municipality that
took part in it, and participant-days for the participants' own municipality; their rows
therefore do not add up to the total. Nothing depends on names, e-mail addresses or any
other personal field, so anonymising persons leaves every figure unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.evaluation.results import EvaluationSection, report_section
from planner.models import (
    Attendance,
    AttendanceStatus,
    Certificate,
    Event,
    Office,
    Organisation,
    OrganisationKind,
    Person,
    Registration,
    RegistrationStatus,
    Session,
    SessionStatus,
    Topic,
    event_municipality,
    registration_session,
)
from planner.models.enums import FEDERAL_STATES, FORMAT_LABELS_DE, EventFormat
from planner.translatable import QT_TRANSLATE_NOOP
from planner.usecases.lookup import office_by_key

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
    units: float = 0.0
    attended_units: float = 0.0
    booked_units: float = 0.0
    certificates: int = 0

    @property
    def attendance_rate(self) -> float | None:
        return self.attended_units / self.booked_units if self.booked_units else None


@dataclass
class ReportRow:
    key: str
    label: str
    figures: Figures


@dataclass
class Report:
    filter: ReportFilter
    office_label: str
    as_of: datetime
    total: Figures
    breakdowns: dict[str, list[ReportRow]] = field(default_factory=dict)
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


@dataclass
class _SessionInfo:
    id: int
    event_id: int
    start: datetime
    units: float
    unit_minutes: int
    keys: dict[str, set[str]]
    municipalities: set[int] = field(default_factory=set)


@dataclass
class _Record:
    """One person at one held session (only persons who count or were booked)."""

    session: _SessionInfo
    person_id: int
    counted: bool
    attended: float | None  # None: no attendance recorded for the session
    person_keys: dict[str, set[str]]


def session_units_from(start: datetime, end: datetime, break_minutes: int | None,
                       default_break: int, unit_minutes: int) -> float:
    """The same number as planner.units.session_units, from plain column values."""
    length = int((end - start).total_seconds() // 60)
    brk = break_minutes if break_minutes is not None else default_break
    return round(max(0, length - brk) / (unit_minutes or 45), 1)


def _partial_units(units: float, minutes: int | None, unit_minutes: int) -> float:
    return round(min(units, (minutes or 0) / (unit_minutes or 45)), 1)


class _Collector:
    def __init__(self, orm: OrmSession, flt: ReportFilter, as_of: datetime) -> None:
        self.orm, self.flt, self.as_of = orm, flt, as_of
        self.office_id = office_by_key(orm, flt.office).id if flt.office is not None else None
        self.lo = datetime.combine(flt.start, time.min)
        self.hi = datetime.combine(flt.end, time.max)
        self.orgs: dict[int, tuple[str, str | None, bool]] = {
            oid: (name, state, kind == OrganisationKind.MUNICIPALITY)
            for oid, name, state, kind in orm.execute(select(
                Organisation.id, Organisation.name, Organisation.federal_state,
                Organisation.kind))
        }
        self.labels: dict[str, dict[str, str]] = defaultdict(dict)

    def _event_scope(self) -> list:
        cond = [Session.start >= self.lo, Session.start <= self.hi]
        if self.office_id is not None:
            cond.append(Event.office_id == self.office_id)
        return cond

    def status_counts(self) -> tuple[int, int]:
        """(planned later than as_of, cancelled) in the period."""
        base = select(func.count()).select_from(Session).join(Event).where(*self._event_scope())
        cancelled = self.orm.scalar(base.where(Session.status == SessionStatus.CANCELLED)) or 0
        planned = self.orm.scalar(base.where(Session.status != SessionStatus.CANCELLED,
                                             Session.start > self.as_of)) or 0
        return planned, cancelled

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
        rows = self.orm.execute(
            select(Session.id, Session.event_id, Session.start, Session.end,
                   Session.break_minutes, Session.host_municipality_id, Event.format,
                   Event.office_id, Office.city, Event.topic_id, Topic.name,
                   Event.unit_minutes, Event.default_break_minutes)
            .join(Event, Session.event_id == Event.id)
            .join(Office, Event.office_id == Office.id)
            .outerjoin(Topic, Event.topic_id == Topic.id)
            .where(*self._event_scope(), Session.status != SessionStatus.CANCELLED,
                   Session.start <= self.as_of)
        ).all()
        event_ids = {r[1] for r in rows}
        event_munis: dict[int, set[int]] = defaultdict(set)
        for chunk in _chunks(sorted(event_ids)):
            for eid, oid in self.orm.execute(
                select(event_municipality.c.event_id, event_municipality.c.organisation_id)
                .where(event_municipality.c.event_id.in_(chunk))
            ):
                event_munis[eid].add(oid)
        result = {}
        for (sid, eid, start, end, brk, host, fmt, office_id, office_name, topic_id,
             topic_name, unit, default_break) in rows:
            self.labels["office"][str(office_id)] = office_name or f"Standort {office_id}"
            self.labels["format"][fmt] = _format_label(fmt)
            topic_key = str(topic_id) if topic_id is not None else "-"
            self.labels["topic"][topic_key] = topic_name or "ohne Thema"
            month = f"{start:%Y-%m}"
            self.labels["month"][month] = f"{MONTHS_DE[start.month - 1]} {start.year}"
            munis = {m for m in event_munis[eid] if self.municipality_key(m)}
            if self.municipality_key(host):
                munis.add(host)
            keys = {"office": {str(office_id)}, "format": {fmt}, "topic": {topic_key},
                    "month": {month}}
            result[sid] = _SessionInfo(sid, eid, start,
                                       session_units_from(start, end, brk, default_break, unit),
                                       unit, keys, munis)
        return result

    def records(self, sessions: dict[int, _SessionInfo]) -> list[_Record]:
        ids = sorted(sessions)
        event_ids = sorted({s.event_id for s in sessions.values()})
        attendance: dict[int, dict[int, tuple[str, int | None]]] = defaultdict(dict)
        booked: dict[int, set[int]] = defaultdict(set)
        whole: dict[int, set[int]] = defaultdict(set)
        person_org: dict[int, int | None] = {}
        for chunk in _chunks(ids):
            for sid, pid, status, minutes in self.orm.execute(
                select(Attendance.session_id, Attendance.person_id, Attendance.status,
                       Attendance.minutes).where(Attendance.session_id.in_(chunk))
            ):
                attendance[sid][pid] = (status, minutes)
            for sid, pid in self.orm.execute(
                select(registration_session.c.session_id, Registration.person_id)
                .join(Registration, Registration.id == registration_session.c.registration_id)
                .where(registration_session.c.session_id.in_(chunk),
                       Registration.status == RegistrationStatus.REGISTERED,
                       Registration.whole_event.is_(False))
            ):
                booked[sid].add(pid)
        for chunk in _chunks(event_ids):
            for eid, pid in self.orm.execute(
                select(Registration.event_id, Registration.person_id)
                .where(Registration.event_id.in_(chunk),
                       Registration.status == RegistrationStatus.REGISTERED,
                       Registration.whole_event.is_(True))
            ):
                whole[eid].add(pid)
        persons: set[int] = set()
        for group in (*attendance.values(), *booked.values(), *whole.values()):
            persons.update(group)
        for chunk in _chunks(sorted(persons)):
            for pid, org in self.orm.execute(
                select(Person.id, Person.organisation_id).where(Person.id.in_(chunk))
            ):
                person_org[pid] = org
        records: list[_Record] = []
        for sid in ids:
            info = sessions[sid]
            rows = attendance.get(sid, {})
            registered = booked.get(sid, set()) | whole.get(info.event_id, set())
            for pid in sorted(registered | set(rows)):
                muni = self.municipality_key(person_org.get(pid))
                if muni is not None:
                    info.municipalities.add(int(muni))
                if rows:
                    status, minutes = rows.get(pid, ("", None))
                    attended = (info.units if status == AttendanceStatus.PRESENT else
                                _partial_units(info.units, minutes, info.unit_minutes)
                                if status == AttendanceStatus.PARTIAL else 0.0)
                    counted = status in COUNTED
                else:
                    attended, counted = None, True
                pkeys = {"municipality": {muni} if muni else set(),
                         "state": {s for s in [self.state_of(int(muni))] if s} if muni
                         else set()}
                records.append(_Record(info, pid, counted, attended, pkeys))
        for info in sessions.values():
            info.keys["municipality"] = {str(m) for m in info.municipalities}
            info.keys["state"] = {s for m in info.municipalities if (s := self.state_of(m))}
        return records

    def certificates(self) -> list[tuple[dict[str, set[str]], int]]:
        cond = [Certificate.issued_on >= self.flt.start, Certificate.issued_on <= self.flt.end]
        if self.office_id is not None:
            cond.append(Event.office_id == self.office_id)
        rows = self.orm.execute(
            select(Event.office_id, Office.city, Event.format, Event.topic_id, Topic.name,
                   Certificate.issued_on, Person.organisation_id, func.count(Certificate.id))
            .join(Event, Certificate.event_id == Event.id)
            .join(Office, Event.office_id == Office.id)
            .outerjoin(Topic, Event.topic_id == Topic.id)
            .join(Person, Certificate.person_id == Person.id)
            .where(*cond)
            .group_by(Event.office_id, Office.city, Event.format, Event.topic_id, Topic.name,
                      Certificate.issued_on, Person.organisation_id)
        ).all()
        result = []
        for office_id, office_name, fmt, topic_id, topic_name, issued, org, count in rows:
            self.labels["office"][str(office_id)] = office_name or f"Standort {office_id}"
            self.labels["format"][fmt] = _format_label(fmt)
            topic_key = str(topic_id) if topic_id is not None else "-"
            self.labels["topic"][topic_key] = topic_name or "ohne Thema"
            month = f"{issued:%Y-%m}"
            self.labels["month"][month] = f"{MONTHS_DE[issued.month - 1]} {issued.year}"
            muni = self.municipality_key(org)
            state = self.state_of(int(muni)) if muni else None
            keys = {"office": {str(office_id)}, "format": {fmt}, "topic": {topic_key},
                    "month": {month}, "municipality": {muni} if muni else set(),
                    "state": {state} if state else set()}
            result.append((keys, int(count)))
        return result


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _format_label(fmt: str) -> str:
    try:
        return FORMAT_LABELS_DE[EventFormat(fmt)]
    except ValueError:
        return fmt


def _figures(sessions: list[_SessionInfo], records: list[_Record], certificates: int,
             muni_ok: Callable[[int], bool]) -> Figures:
    fig = Figures(certificates=certificates)
    fig.sessions = len(sessions)
    fig.events = len({s.event_id for s in sessions})
    fig.units = round(sum(s.units for s in sessions), 1)
    with_rows = {r.session.id for r in records if r.attended is not None}
    fig.sessions_without_attendance = sum(1 for s in sessions if s.id not in with_rows)
    counted = [r for r in records if r.counted]
    fig.participant_days = len(counted)
    fig.participants = len({r.person_id for r in counted})
    fig.attended_units = round(sum(r.attended for r in records if r.attended is not None), 1)
    fig.booked_units = round(sum(r.session.units for r in records if r.attended is not None), 1)
    fig.municipalities = len({m for s in sessions for m in s.municipalities if muni_ok(m)})
    return fig


def _muni_filter(col: _Collector, dim: str, key: str) -> Callable[[int], bool]:
    """Which reached municipalities count for a group (all, unless grouped by geography)."""
    if dim == "municipality":
        return lambda m: str(m) == key
    if dim == "state":
        return lambda m: col.state_of(m) == key
    return lambda _m: True


def build_report(orm: OrmSession, flt: ReportFilter) -> Report:
    """Compute the total and every breakdown for the period (read-only)."""
    as_of = flt.as_of or datetime.now()
    col = _Collector(orm, flt, as_of)
    sessions = col.sessions()
    records = col.records(sessions)
    certs = col.certificates()
    planned, cancelled = col.status_counts()
    total = _figures(list(sessions.values()), records, sum(c for _k, c in certs),
                     lambda _m: True)
    total.sessions_planned, total.sessions_cancelled = planned, cancelled
    office_label = "alle Standorte"
    if col.office_id is not None:
        office = orm.get(Office, col.office_id)
        office_label = office.name if office is not None else office_label
    report = Report(flt, office_label, as_of, total,
                    evaluation=report_section(orm, flt.start, flt.end, col.office_id))
    for dim in DIMENSIONS:
        geo = dim in ("municipality", "state")
        keys = set(col.labels[dim])
        rows = []
        for key in keys:
            group_sessions = [s for s in sessions.values() if key in s.keys.get(dim, set())]
            if geo:
                group_records = [r for r in records if key in r.person_keys[dim]]
            else:
                group_records = [r for r in records if key in r.session.keys[dim]]
            n_certs = sum(c for k, c in certs if key in k[dim])
            fig = _figures(group_sessions, group_records, n_certs, _muni_filter(col, dim, key))
            if fig.sessions or fig.certificates or fig.participant_days:
                rows.append(ReportRow(key, col.labels[dim][key], fig))
        if dim == "month":
            rows.sort(key=lambda r: r.key)
        else:
            rows.sort(key=lambda r: (-r.figures.participant_days, -r.figures.sessions,
                                     r.label.casefold()))
        report.breakdowns[dim] = rows
    return report


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


def format_figure(fig: Figures, attr: str, kind: str) -> str:
    """German display text of one figure (units with decimal comma, rate in percent)."""
    value = getattr(fig, attr)
    if kind == "rate":
        return "–" if value is None else f"{value * 100:.1f} %".replace(".", ",")
    if kind == "units":
        text = f"{value:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return text[:-2] if text.endswith(",0") else text
    return f"{value:,}".replace(",", ".")


__all__ = ["DIMENSIONS", "FIGURE_COLUMNS", "Figures", "Report", "ReportFilter", "ReportRow",
           "build_report", "format_figure", "month_series", "session_units_from"]
