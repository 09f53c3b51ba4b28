"""Hostile input at every use case and validator (property-based, hypothesis).

Every call must end in a validated result or a `PlannerError` with a German message — no
other exception, no crash — and afterwards the database must be consistent: integrity_check
ok, no foreign key pointing nowhere, no orphan rows, and every stored text free of control
characters. Examples per test: BAD_INPUT_EXAMPLES (default 30, CI); e.g.
BAD_INPUT_EXAMPLES=2000 for a long local run.
"""

from __future__ import annotations

import math
import os
import shutil
import sqlite3
import unicodedata
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli.context import parse_date, parse_datetime, parse_ids
from planner.errors import PlannerError, ValidationError
from planner.storage.database import Database
from planner.storage.errors import StorageError
from planner.usecases import attendance, people, planning, registration
from planner.usecases.planning import AgendaPlan, EventPlan, ExcursionPlan, SessionPlan
from planner.validation import check_count, clean_email, clean_text
from tests import robustness_stats
from tests.factories import make_series

EXAMPLES = int(os.environ.get("BAD_INPUT_EXAMPLES", "30"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)

# ------------------------------------------------------------------ strategies

HOSTILE_TEXTS = [
    "'; DROP TABLE person; --", "Robert'); DROP TABLE event;--", "\" OR 1=1 --", "%", "_%_",
    "\\", "\x00", "a\x00b", "\u202eevil\u202c", "مرحبا بالعالم", "שלום עולם", "Ελληνικά",
    "👩‍👩‍👧‍👦" * 20, "\ud800", "x\udfffy", "\ufeffBOM", "zero\u200bwidth", "   ", "\r\n",
    "\x1b[31mrot", "${jndi:ldap://x/a}", "<script>alert(1)</script>", "Ａ" * 300,
    "\ufb2c" * 60, "e\u0301" * 120, "\uffff", "\U0010ffff", "\U000e0001", "None", "0", "-1",
    "Zofia Wałęsa-Łukasiewicz", "Ağrı Yıldırım-Doğan", "a@b.c", "x@y.de\n", "@", "ä@ö.üü",
]
LONG_TEXT = st.builds(lambda unit, n: unit * n,
                      st.sampled_from(["x", "é", "😀", "\u202e", " ", "ab\n"]),
                      st.integers(0, 12_000))
WRONG = st.one_of(
    st.none(), st.integers(), st.floats(allow_nan=True), st.booleans(),
    st.lists(st.integers(), max_size=3), st.binary(max_size=8),
    st.dates(), st.just(object()), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def mostly(valid: st.SearchStrategy[Any], hostile: st.SearchStrategy[Any]) -> Any:
    """Three parts plausible, one part hostile: plausible values get past the first check,
    so the hostile one in another argument reaches the deeper code."""
    return st.one_of(valid, valid, valid, hostile)


PLAIN = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=40)
TEXT = st.one_of(st.text(max_size=60), st.sampled_from(HOSTILE_TEXTS), LONG_TEXT)
ANY_TEXT = mostly(PLAIN, st.one_of(TEXT, TEXT, WRONG))
IDS = mostly(st.integers(1, 14), st.one_of(
    st.sampled_from([0, -1, 2**31, 2**63 - 1, 2**63, 2**64, -(2**63) - 1, 10**30]),
    st.none(), st.sampled_from(["1", "abc", 1.0, 1.5, math.nan, True, b"1"]), st.just([1]),
))
ID_LISTS = mostly(st.lists(IDS, max_size=4), WRONG)
COUNTS = mostly(st.one_of(st.none(), st.integers(0, 500)), st.one_of(
    st.integers(-(10**12), 10**12),
    st.sampled_from([0, -1, 2**63, 10**30, True, 1.5, math.nan, math.inf, "10", [3]]),
))
REALISTIC = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2030, 12, 31))
DATETIMES = mostly(REALISTIC, st.one_of(
    st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59)),
    st.sampled_from([datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999),
                     datetime.min, datetime.max]),
    st.datetimes(timezones=st.just(timezone(timedelta(hours=14)))),
    st.dates(), st.sampled_from(["2027-03-02T09:30", 1_700_000_000, None, math.nan]),
))
TIMES = mostly(st.one_of(st.times(), st.none()),
               st.sampled_from(["09:30", 930, datetime(2027, 1, 1), math.nan]))
FLOATS = mostly(st.floats(0.4, 1.1), st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["0.8", None, True, 1, 0, 10**30])))
BOOLS = mostly(st.booleans(), st.sampled_from([None, 0, 1, "yes", "", 2]))
STATES = mostly(st.sampled_from(["SN", "BE", "hh", "Bayern", "  sn  ", None]),
                st.one_of(st.sampled_from(["XX", ""]), ANY_TEXT))
STATUSES = mostly(st.sampled_from(["present", "partial", "excused", "absent"]),
                  st.one_of(st.just("PRESENT"), ANY_TEXT))
FORMATS = mostly(st.sampled_from(["training_series", "network_group", "conference",
                                  "coaching", "analysis"]), ANY_TEXT)
OFFICES = mostly(st.sampled_from(["berlin", "Hamburg", 1, 2, "HAMBURG"]),
                 st.one_of(st.just("x"), IDS, ANY_TEXT))


def _session_plans(draw: st.DrawFn) -> SessionPlan:
    start = draw(DATETIMES)
    if isinstance(start, datetime) and draw(st.booleans()):
        try:
            end: Any = start + timedelta(minutes=draw(st.integers(-600, 60 * 24 * 400)))
        except OverflowError:
            end = start
    else:
        end = draw(DATETIMES)
    return SessionPlan(
        start=start, end=end, title=draw(ANY_TEXT),
        kind=draw(mostly(st.one_of(st.none(), st.sampled_from(["module", "meeting", "workshop"])),
                         ANY_TEXT)),
        venue_id=draw(IDS), trainer_ids=draw(ID_LISTS), host_municipality_id=draw(IDS),
        capacity=draw(COUNTS), break_minutes=draw(COUNTS), all_day=draw(BOOLS),
        notes=draw(ANY_TEXT),
        excursion=draw(st.one_of(st.none(), st.none(), st.builds(
            ExcursionPlan, site=ANY_TEXT, street=ANY_TEXT, postcode=ANY_TEXT, city=ANY_TEXT,
            host_contact=ANY_TEXT, start=TIMES, end=TIMES, description=ANY_TEXT))),
        agenda=draw(st.lists(st.builds(
            AgendaPlan, start=TIMES, title=ANY_TEXT, end=TIMES,
            kind=mostly(st.sampled_from(["talk", "panel", "break"]), ANY_TEXT),
            speaker_ids=ID_LISTS, description=ANY_TEXT), max_size=3)),
    )


@st.composite
def event_plans(draw: st.DrawFn) -> EventPlan:
    return EventPlan(
        format=draw(FORMATS), title=draw(ANY_TEXT), office=draw(OFFICES),
        sessions=draw(st.lists(st.composite(lambda d: _session_plans(d))(), max_size=7)),
        topic_id=draw(IDS), description=draw(ANY_TEXT), capacity=draw(COUNTS),
        unit_minutes=draw(COUNTS), break_minutes=draw(COUNTS),
        certificate_threshold=draw(FLOATS), municipality_ids=draw(ID_LISTS),
        expert_id=draw(IDS), funding_note=draw(st.one_of(st.none(), ANY_TEXT)),
        allow_module_count=draw(BOOLS),
    )


# ------------------------------------------------------------------ the world and its checks

ORPHAN_QUERIES = {
    "registration without person": "SELECT count(*) FROM registration r "
    "LEFT JOIN person p ON p.id = r.person_id WHERE p.id IS NULL",
    "registration without event": "SELECT count(*) FROM registration r "
    "LEFT JOIN event e ON e.id = r.event_id WHERE e.id IS NULL",
    "attendance without session": "SELECT count(*) FROM attendance a "
    "LEFT JOIN session s ON s.id = a.session_id WHERE s.id IS NULL",
    "attendance without person": "SELECT count(*) FROM attendance a "
    "LEFT JOIN person p ON p.id = a.person_id WHERE p.id IS NULL",
    "session_trainer without session": "SELECT count(*) FROM session_trainer t "
    "LEFT JOIN session s ON s.id = t.session_id WHERE s.id IS NULL",
    "session without event": "SELECT count(*) FROM session s "
    "LEFT JOIN event e ON e.id = s.event_id WHERE e.id IS NULL",
    "chosen session without registration": "SELECT count(*) FROM registration_session x "
    "LEFT JOIN registration r ON r.id = x.registration_id WHERE r.id IS NULL",
    "session ending before it starts": "SELECT count(*) FROM session WHERE \"end\" <= start",
    "all_day not a boolean": "SELECT count(*) FROM session WHERE all_day IS NULL "
    "OR all_day NOT IN (0, 1)",
    "unknown session kind": "SELECT count(*) FROM session WHERE kind NOT IN "
    "('module', 'meeting', 'conference_day', 'workshop', 'pre_talk', 'analysis_workshop')",
    "unknown registration status": "SELECT count(*) FROM registration WHERE status NOT IN "
    "('registered', 'waiting', 'cancelled')",
    "unknown attendance status": "SELECT count(*) FROM attendance WHERE status NOT IN "
    "('present', 'partial', 'excused', 'absent')",
    "date outside the planning years": "SELECT count(*) FROM session WHERE "
    "start < '1990-01-01' OR \"end\" > '2101-01-01'",
}
TEXT_COLUMNS = {
    "person": ["first_name", "last_name", "email", "function", "phone", "title"],
    "organisation": ["name", "city", "federal_state"],
    "venue": ["name", "street", "postcode", "city", "notes"],
    "topic": ["name"],
    "event": ["title", "description", "funding_note", "format"],
    "session": ["title", "notes", "kind", "status", "cancel_reason"],
    "registration": ["status", "cancel_reason"],
    "attendance": ["status", "note"],
    "agenda_item": ["title", "description", "kind"],
    "excursion": ["site", "street", "postcode", "city", "host_contact", "description"],
}


class World:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = Database.open(path)
        series = make_series(self.db, persons=5)
        self.series = series
        with self.db.transaction() as orm:
            small = planning.create_event(orm, EventPlan(
                format="network_group", title="Netzwerk klein", office="hamburg", capacity=1,
                sessions=[SessionPlan(start=datetime(2027, 5, 4, 10),
                                      end=datetime(2027, 5, 4, 12))],
            ), force=True).value
            for pid in series.person_ids[:3]:  # one registered, two waiting
                registration.register(orm, small.id, pid, force=True)
            people.add_organisation(orm, name="Verein e. V.", city="Kiel")
            people.add_topic(orm, "Bildungsmonitoring")

    def check(self) -> None:
        with closing(sqlite3.connect(self.path)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            for what, sql in ORPHAN_QUERIES.items():
                assert conn.execute(sql).fetchone()[0] == 0, what
            for table, columns in TEXT_COLUMNS.items():
                for column in columns:
                    for (value,) in conn.execute(f'SELECT "{column}" FROM {table}'):
                        _assert_clean_value(f"{table}.{column}", value)
            for table, column in (("session", "capacity"), ("event", "capacity"),
                                  ("attendance", "minutes"), ("event", "unit_minutes")):
                for (value,) in conn.execute(f"SELECT {column} FROM {table}"):
                    assert value is None or type(value) is int, (table, column, value)
            for (value,) in conn.execute("SELECT certificate_threshold FROM event"):
                assert isinstance(value, float) and 0.5 < value <= 1.0, value


def _assert_clean_value(where: str, value: object) -> None:
    if value is None:
        return
    assert isinstance(value, str), (where, value)
    for ch in value:
        if ch in "\n\t":
            continue
        assert unicodedata.category(ch) not in ("Cc", "Cs"), (where, value[:80])


@pytest.fixture(scope="module")
def world(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> World:
    path = tmp_path_factory.mktemp("bad_input") / "planner.sqlite"
    shutil.copyfile(template_db, path)
    w = World(path)
    yield w
    w.db.close()


def attempt(world: World, action: Callable[[Any], Any]) -> Any:
    """Run one use case in its own transaction; only PlannerError may come out."""
    robustness_stats.record_input()
    result = None
    try:
        with world.db.transaction() as orm:
            result = action(orm)
    except StorageError as exc:  # a storage failure is not an answer to bad input
        raise AssertionError(f"storage error for bad input: {exc.message}") from exc
    except PlannerError as exc:
        assert isinstance(exc.message, str) and exc.message.strip()
        result = None
    world.check()
    return result


# ------------------------------------------------------------------ validators and parsers


@SETTINGS
@given(value=ANY_TEXT, required=BOOLS, max_len=st.integers(0, 400), multiline=st.booleans())
def test_clean_text(value: Any, required: Any, max_len: int, multiline: bool) -> None:
    robustness_stats.record_input()
    try:
        result = clean_text(value, "Der Text", required=bool(required), max_len=max_len,
                            multiline=multiline)
    except ValidationError as exc:
        assert exc.message.startswith("Der Text")
        return
    assert isinstance(result, str)
    assert len(result) <= max_len
    assert result == unicodedata.normalize("NFC", result)
    assert result == result.strip()
    _assert_clean_value("clean_text", result)
    if not multiline:
        assert "\n" not in result and "\t" not in result
    if required:
        assert result


@SETTINGS
@given(value=st.one_of(ANY_TEXT, st.emails()))
def test_clean_email(value: Any) -> None:
    robustness_stats.record_input()
    try:
        result = clean_email(value)
    except ValidationError:
        return
    if result is not None:
        assert isinstance(result, str) and result.count("@") == 1 and len(result) <= 254
        _assert_clean_value("clean_email", result)
        assert "\n" not in result and " " not in result


@SETTINGS
@given(value=COUNTS, minimum=st.integers(-5, 5), maximum=st.integers(0, 10**7))
def test_check_count(value: Any, minimum: int, maximum: int) -> None:
    robustness_stats.record_input()
    try:
        result = check_count(value, "Die Zahl", minimum=minimum, maximum=maximum)
    except ValidationError:
        return
    assert result is None or (type(result) is int and minimum <= result <= maximum)


@SETTINGS
@given(text=st.one_of(TEXT, st.sampled_from([
    "0001-01-01T00:00+14:00", "9999-12-31T23:59-14:00", "31.12.9999 23:59", "01.01.0001",
    "2027-02-30", "2027-03-02T09:30:00Z", "29.02.2027", "2027-13-01", "١٢.٠٣.٢٠٢٧",
    "2027-03-02T25:00", "02.03.2027 9:5", "1" * 5000, "-1,2,3", "1,,2", "9" * 30,
])))
def test_cli_parsers(text: str) -> None:
    robustness_stats.record_input()
    for parse, kind in ((parse_datetime, datetime), (parse_date, date), (parse_ids, list)):
        try:
            result = parse(text)
        except ValidationError as exc:
            assert exc.message
            continue
        assert isinstance(result, kind)
        if kind is datetime:
            assert result.tzinfo is None
        if kind is list:
            assert all(type(n) is int for n in result)


# ------------------------------------------------------------------ master data


@SETTINGS
@given(first=ANY_TEXT, last=ANY_TEXT, email=ANY_TEXT, org=IDS,
       roles=st.one_of(st.lists(st.sampled_from(["participant", "trainer", "staff", "boss"]),
                                max_size=3), ANY_TEXT),
       function=ANY_TEXT, phone=ANY_TEXT, title=ANY_TEXT)
def test_add_person(world: World, first, last, email, org, roles, function, phone,
                    title) -> None:
    attempt(world, lambda orm: people.add_person(
        orm, first_name=first, last_name=last, email=email, organisation_id=org, roles=roles,
        function=function, phone=phone, title=title))


@SETTINGS
@given(person=IDS, fields=st.dictionaries(
    st.sampled_from(["first_name", "last_name", "email", "function", "phone", "title",
                     "organisation_id", "roles", "nonsense"]),
    st.one_of(ANY_TEXT, IDS, st.lists(st.sampled_from(["trainer", "staff", "x"]))),
    max_size=4), expected=st.one_of(st.none(), IDS))
def test_update_person(world: World, person, fields, expected) -> None:
    attempt(world, lambda orm: people.update_person(orm, person, expected_version=expected,
                                                    **fields))


@SETTINGS
@given(name=ANY_TEXT, municipality=BOOLS, state=STATES, population=COUNTS, city=ANY_TEXT)
def test_add_organisation(world: World, name, municipality, state, population, city) -> None:
    attempt(world, lambda orm: people.add_organisation(
        orm, name=name, municipality=municipality, federal_state=state, population=population,
        city=city))


@SETTINGS
@given(name=ANY_TEXT, street=ANY_TEXT, postcode=ANY_TEXT, city=ANY_TEXT, state=STATES,
       capacity=COUNTS, notes=ANY_TEXT)
def test_add_venue(world: World, name, street, postcode, city, state, capacity, notes) -> None:
    attempt(world, lambda orm: people.add_venue(
        orm, name=name, street=street, postcode=postcode, city=city, federal_state=state,
        capacity=capacity, notes=notes))


@SETTINGS
@given(name=ANY_TEXT)
def test_add_topic(world: World, name) -> None:
    attempt(world, lambda orm: people.add_topic(orm, name))


@SETTINGS
@given(name=st.one_of(PLAIN, st.sampled_from(["İstanbul", "Ärger", "ΣΊΣΥΦΟΣ", "Straße"])),
       variant=st.sampled_from([str, str.upper, str.lower, str.casefold]))
def test_add_topic_twice(world: World, name: str, variant) -> None:
    """The same topic again (in any case) is refused with a message, not a UNIQUE crash."""
    attempt(world, lambda orm: people.add_topic(orm, name))
    again = variant(name)
    if again.strip().casefold() == name.strip().casefold():
        with pytest.raises(PlannerError):
            with world.db.transaction() as orm:
                people.add_topic(orm, again)
    else:
        attempt(world, lambda orm: people.add_topic(orm, again))


# ------------------------------------------------------------------ planning


@SETTINGS
@given(plan=event_plans(), force=BOOLS)
def test_create_event(world: World, plan: EventPlan, force) -> None:
    attempt(world, lambda orm: planning.create_event(orm, plan, force=force))


@SETTINGS
@given(session=IDS, start=st.one_of(st.none(), DATETIMES), end=st.one_of(st.none(), DATETIMES),
       venue=IDS, title=st.one_of(st.none(), ANY_TEXT), trainers=st.one_of(st.none(), ID_LISTS),
       host=IDS, capacity=COUNTS, break_minutes=COUNTS, notes=st.one_of(st.none(), ANY_TEXT),
       force=BOOLS)
def test_edit_session(world: World, session, start, end, venue, title, trainers, host,
                      capacity, break_minutes, notes, force) -> None:
    attempt(world, lambda orm: planning.edit_session(
        orm, session, start=start, end=end, venue_id=venue, title=title, trainer_ids=trainers,
        host_municipality_id=host, capacity=capacity, break_minutes=break_minutes, notes=notes,
        force=force))


@SETTINGS
@given(session=IDS, start=DATETIMES, end=DATETIMES, force=BOOLS)
def test_move_session(world: World, session, start, end, force) -> None:
    attempt(world, lambda orm: planning.move_session(orm, session, start, end, force=force))


@SETTINGS
@given(session=IDS, reason=ANY_TEXT)
def test_cancel_session(world: World, session, reason) -> None:
    attempt(world, lambda orm: planning.cancel_session(orm, session, reason))


@SETTINGS
@given(event=IDS, weeks=st.one_of(st.integers(-10**6, 10**6), st.integers(-3, 3), COUNTS,
                                  st.sampled_from([10**18, -(10**18)])),
       title=st.one_of(st.none(), ANY_TEXT), force=BOOLS)
def test_copy_event(world: World, event, weeks, title, force) -> None:
    attempt(world, lambda orm: planning.copy_event(orm, event, weeks=weeks, title=title,
                                                   force=force))


# ------------------------------------------------------------------ registration and attendance


@SETTINGS
@given(event=IDS, person=IDS, sessions=st.one_of(st.none(), ID_LISTS), force=BOOLS,
       at=st.one_of(st.none(), DATETIMES))
def test_register(world: World, event, person, sessions, force, at) -> None:
    attempt(world, lambda orm: registration.register(orm, event, person, sessions, force=force,
                                                     registered_at=at))


@SETTINGS
@given(reg=IDS, reason=ANY_TEXT, when=st.one_of(st.none(), DATETIMES), auto=BOOLS)
def test_cancel_registration(world: World, reg, reason, when, auto) -> None:
    attempt(world, lambda orm: registration.cancel_registration(
        orm, reg, reason, when=when, auto_promote=auto))


@SETTINGS
@given(reg=IDS, force=BOOLS)
def test_promote(world: World, reg, force) -> None:
    attempt(world, lambda orm: registration.promote(orm, reg, force=force))


@SETTINGS
@given(session=IDS, person=IDS, status=STATUSES, minutes=COUNTS, note=ANY_TEXT)
def test_record_attendance(world: World, session, person, status, minutes, note) -> None:
    attempt(world, lambda orm: attendance.record_attendance(
        orm, session, person, status, minutes=minutes, note=note))


@SETTINGS
@given(session=IDS, status=STATUSES)
def test_record_all_registered(world: World, session, status) -> None:
    attempt(world, lambda orm: attendance.record_all_registered(orm, session, status))


def test_world_is_still_usable(world: World) -> None:
    """After all the abuse the series can still be read and written normally."""
    world.check()
    with world.db.transaction() as orm:
        p = people.add_person(orm, first_name="Nach", last_name="Dem Sturm").value
        registration.register(orm, world.series.event_id, p.id, force=True)
    world.check()
