"""The yearly funder report over ten years of data, against raw SQL doing the same counting.

Data: the decade of demo data (`demo --years 10`). Ours: `build_report` for each of the ten
years (the total and every breakdown: office, format, topic, month, municipality, state).
Raw: the same figures counted by SQLite itself in bare sqlite3, two queries a year: held
sessions, events and teaching units; participant-days, participants and the attended and
booked units of the attendance rate, for the total and by office, format, topic and month,
and the participant-days and participants by the participants' municipality and federal
state. Before timing, every figure both produce is compared (the raw SQL is the same
counting, not a shortcut). Timed as process CPU time (one thread, both in this process,
so other load on the machine does not count), best of RUNS passes over the ten years.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime
from pathlib import Path

from tests.benchmarks.common import DEMO_YEARS, demo_db

RUNS = 7
DIMENSIONS = ("office", "format", "topic", "month")

HELD = """
WITH held AS (
  SELECT s.id, s.event_id, CAST(e.office_id AS TEXT) AS office, e.format,
         coalesce(CAST(e.topic_id AS TEXT), '-') AS topic, substr(s."start", 1, 7) AS month,
         e.unit_minutes AS unit,
         round(max(0, (strftime('%s', s."end") - strftime('%s', s."start")) / 60
                      - coalesce(s.break_minutes, e.default_break_minutes))
               * 1.0 / e.unit_minutes, 1) AS units
  FROM session s JOIN event e ON e.id = s.event_id
  WHERE s."start" >= :lo AND s."start" <= :hi AND s.status != 'cancelled'
    AND s."start" <= :as_of),
marked AS (SELECT DISTINCT a.session_id FROM attendance a JOIN held h ON h.id = a.session_id),
booked AS (
  SELECT h.id AS session_id, r.person_id FROM held h JOIN registration r
    ON r.event_id = h.event_id AND r.status = 'registered' AND r.whole_event = 1
  UNION
  SELECT rs.session_id, r.person_id FROM held h
    JOIN registration_session rs ON rs.session_id = h.id
    JOIN registration r ON r.id = rs.registration_id AND r.status = 'registered'
    AND r.whole_event = 0),
records AS (  -- persons at held sessions: (counted, attended units or NULL)
  SELECT a.session_id, a.person_id, a.status IN ('present', 'partial') AS counted,
         CASE a.status WHEN 'present' THEN h.units
              WHEN 'partial' THEN round(min(h.units, coalesce(a.minutes, 0) * 1.0 / h.unit), 1)
              ELSE 0 END AS attended
  FROM attendance a JOIN held h ON h.id = a.session_id
  UNION ALL
  SELECT b.session_id, b.person_id, b.session_id NOT IN (SELECT session_id FROM marked),
         CASE WHEN b.session_id IN (SELECT session_id FROM marked) THEN 0 END
  FROM booked b WHERE NOT EXISTS (SELECT 1 FROM attendance a
                                  WHERE a.session_id = b.session_id
                                  AND a.person_id = b.person_id)),
facts AS (
  SELECT r.person_id, r.counted, r.attended, h.units, h.office, h.format, h.topic, h.month,
         CAST(o.id AS TEXT) AS municipality, o.federal_state AS state
  FROM records r JOIN held h ON h.id = r.session_id JOIN person p ON p.id = r.person_id
  LEFT JOIN organisation o ON o.id = p.organisation_id AND o.kind = 'municipality')
"""

SESSIONS = HELD + " UNION ALL ".join(
    [f"SELECT '{d}', {d}, count(*), count(DISTINCT event_id), round(sum(units), 1) "
     f"FROM held GROUP BY {d}" for d in DIMENSIONS]
    + ["SELECT 'total', '', count(*), count(DISTINCT event_id), round(sum(units), 1) "
       "FROM held"])

PEOPLE = HELD + " UNION ALL ".join(
    [f"SELECT '{d}', {d}, sum(counted), count(DISTINCT CASE WHEN counted THEN person_id END),"
     " round(sum(attended), 1), round(sum(CASE WHEN attended IS NOT NULL THEN units END), 1) "
     f"FROM facts WHERE {d} IS NOT NULL GROUP BY {d}"
     for d in (*DIMENSIONS, "municipality", "state")]
    + ["SELECT 'total', '', sum(counted), count(DISTINCT CASE WHEN counted THEN person_id END),"
       " round(sum(attended), 1), round(sum(CASE WHEN attended IS NOT NULL THEN units END), 1)"
       " FROM facts"])


def _raw(conn: sqlite3.Connection, year: int, as_of: datetime) -> dict:
    params = {"lo": f"{year}-01-01 00:00:00.000000", "hi": f"{year}-12-31 23:59:59.999999",
              "as_of": as_of.strftime("%Y-%m-%d %H:%M:%S.%f")}
    figures: dict = {}
    for dim, key, sessions, events, units in conn.execute(SESSIONS, params):
        figures[(dim, str(key), "sessions")] = (sessions, events, units or 0.0)
    for dim, key, days, persons, attended, booked in conn.execute(PEOPLE, params):
        if days:  # groups the report lists (with participant-days)
            figures[(dim, str(key), "people")] = (days, persons, attended or 0.0,
                                                  booked or 0.0)
    return figures


def _ours(report: object) -> dict:
    def of(fig: object) -> tuple[tuple, tuple]:
        return ((fig.sessions, fig.events, fig.units),  # type: ignore[attr-defined]
                (fig.participant_days, fig.participants,  # type: ignore[attr-defined]
                 fig.attended_units, fig.booked_units))  # type: ignore[attr-defined]

    sessions, people = of(report.total)  # type: ignore[attr-defined]
    figures: dict = {("total", "", "sessions"): sessions, ("total", "", "people"): people}
    for dim, rows in report.breakdowns.items():  # type: ignore[attr-defined]
        for row in rows:
            sessions, people = of(row.figures)
            if dim in DIMENSIONS:
                figures[(dim, row.key, "sessions")] = sessions
            if people[0]:
                figures[(dim, row.key, "people")] = people
    return figures


def run(workdir: Path) -> list[dict]:  # noqa: ARG001 - the shared decade is used
    from planner.reports.statistics import ReportFilter, build_report
    from planner.storage.database import Database

    path = demo_db()
    conn = sqlite3.connect(path)
    last = int(conn.execute("SELECT max(substr(\"start\", 1, 4)) FROM session").fetchone()[0])
    years = list(range(last - DEMO_YEARS + 1, last + 1))
    as_of = datetime(last, 12, 31, 23, 59)
    db = Database.open(path)
    with db.reading() as orm:
        for year in years:  # the same counting: every figure equal
            ours = _ours(build_report(orm, ReportFilter.for_year(year, as_of=as_of)))
            raw = _raw(conn, year, as_of)
            assert ours == raw, (year, set(ours.items()) ^ set(raw.items()))
        mine, bare = [], []
        for _ in range(RUNS):
            c0 = time.process_time()
            for year in years:
                build_report(orm, ReportFilter.for_year(year, as_of=as_of))
            c1 = time.process_time()
            for year in years:
                _raw(conn, year, as_of)
            c2 = time.process_time()
            mine.append(c1 - c0)
            bare.append(c2 - c1)
    db.close()
    conn.close()
    ours_s, raw_s = min(mine), min(bare)
    return [
        {"name": f"report: yearly funder report, each of {len(years)} years, CPU",
         "value": ours_s, "unit": "s", "ratio": ours_s / raw_s, "target": 2.0},
        {"name": "report: the same counting in raw SQL (sqlite3), CPU", "value": raw_s,
         "unit": "s"},
    ]
