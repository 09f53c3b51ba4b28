"""iCalendar exports, read back with icalendar and vobject (two independent parsers)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest
import vobject
from sqlalchemy import select

from planner.cli.main import main as cli_main
from planner.errors import PlannerError
from planner.exports.ical import (
    build_calendar,
    export_event_calendar,
    export_office_calendar,
    export_participant_calendar,
    export_trainer_calendar,
    load_sessions,
)
from planner.exports.ical_invitations import export_trainer_invitations
from planner.models import Event, InvitationSent, Office, Person, Registration, Session
from planner.usecases.lookup import office_by_key
from planner.usecases.people import add_person, add_venue
from planner.usecases.planning import (
    AgendaPlan,
    EventPlan,
    ExcursionPlan,
    SessionPlan,
    cancel_session,
    create_event,
    edit_session,
    move_session,
)
from planner.usecases.registration import cancel_registration, register
from tests.factories import make_series

TRICKY_TITLE = "Bildung; Teilhabe, Vielfalt \\ Zukunft – " + "ŁłŞşĞğ" * 30
TRICKY_REASON = "Referentin krank;\nErsatz folgt, siehe \\\\server\\Ordner\nGrüße"


@dataclass
class Scenario:
    series_id: int
    series_sessions: list[int]
    trainer_id: int
    participants: list[int]
    tour_id: int
    tour_sessions: list[int]
    conference_id: int
    conference_sessions: list[int]
    speaker_id: int


def build_scenario(db) -> Scenario:
    series = make_series(db, persons=3)
    with db.transaction() as orm:
        venue = add_venue(orm, name="Rathaus; Saal 3, \"Großer\" Saal", street="Marktplatz 1",
                          postcode="22763", city="Hamburg",
                          federal_state="HH").value
        speaker = add_person(orm, first_name="İlkay", last_name="Güneş, Ph.D.",
                             email="ilkay.gunes@example.org", roles=["trainer"]).value
        tour = create_event(orm, EventPlan(
            format="network_group", title=TRICKY_TITLE, office="hamburg",
            sessions=[
                SessionPlan(start=datetime(2027, 6, 15, 10, 0), end=datetime(2027, 6, 15, 16, 0),
                            title="Treffen; 1, Teil \\ A", venue_id=venue.id,
                            trainer_ids=[series.trainer_id],
                            excursion=ExcursionPlan(site="Lernhaus Ørestad", street="Weg 5",
                                                    postcode="22111", city="Hamburg",
                                                    host_contact="Frau Ødegård, 040 123",
                                                    start=time(13, 0), end=time(15, 30))),
                SessionPlan(start=datetime(2027, 6, 16, 0, 0), end=datetime(2027, 6, 17, 0, 0),
                            title="Exkursionstag", all_day=True, venue_id=venue.id),
                SessionPlan(start=datetime(2027, 6, 18, 0, 0), end=datetime(2027, 6, 19, 18, 0),
                            title="Zweitägige Klausur", all_day=True),
            ],
        ), force=True).value
        conference = create_event(orm, EventPlan(
            format="conference", title="Fachtagung Bildung 2027", office="berlin",
            sessions=[SessionPlan(
                start=datetime(2027, 11, 4, 9, 0), end=datetime(2027, 11, 4, 17, 0),
                title="Tagungstag", venue_id=series.venue_id,
                agenda=[AgendaPlan(time(9, 30), "Keynote: Daten, Taten", time(10, 15),
                                   speaker_ids=[speaker.id]),
                        AgendaPlan(time(10, 30), "Podium", None, "panel",
                                   speaker_ids=[speaker.id, series.trainer_id])],
            )],
        ), force=True).value
        return Scenario(series.event_id, series.session_ids, series.trainer_id, series.person_ids,
                        tour.id, [s.id for s in tour.sessions], conference.id,
                        [s.id for s in conference.sessions], speaker.id)


@pytest.fixture
def scenario(db) -> Scenario:
    return build_scenario(db)


def read_both(path: Path) -> tuple[icalendar.Calendar, vobject.base.Component]:
    data = path.read_bytes()
    ical = icalendar.Calendar.from_ical(data)
    vcal = vobject.readOne(data.decode("utf-8"))
    return ical, vcal


def uids(path: Path) -> dict[str, int]:
    ical, vcal = read_both(path)
    from_ical = {str(ev["UID"]): int(ev["SEQUENCE"]) for ev in ical.walk("VEVENT")}
    from_vobject = {ev.uid.value: int(ev.sequence.value) for ev in vcal.vevent_list}
    assert from_ical == from_vobject
    return from_ical


def vevent_by_uid(path: Path, uid: str):
    _, vcal = read_both(path)
    matches = [ev for ev in vcal.vevent_list if ev.uid.value == uid]
    assert len(matches) == 1
    return matches[0]


def db_uids(db, session_ids: list[int]) -> dict[str, int]:
    with db.reading() as orm:
        rows = orm.scalars(select(Session).where(Session.id.in_(session_ids)))
        return {s.uid: s.sequence for s in rows}


def unescape_text(value: str) -> str:
    """RFC 5545 TEXT unescaping, written independently of both parsers."""
    return re.sub(r"\\([\\;,nN])",
                  lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert not any(b"\n" in line or b"\r" in line for line in lines), "bare LF/CR found"
    return lines


# --- snapshot files -----------------------------------------------------------------------

def test_event_file_snapshot_properties(db, scenario, tmp_path):
    target = tmp_path / "reihe.ics"
    result = export_event_calendar_db(db, scenario.series_id, target)
    assert result.files == [target] and result.count == 6
    ical, vcal = read_both(target)
    assert str(ical["METHOD"]) == "PUBLISH" and vcal.method.value == "PUBLISH"
    assert str(ical["VERSION"]) == "2.0" and ical["PRODID"]
    assert str(ical["X-WR-CALNAME"]) == "Fortbildungsreihe Bildungsmonitoring 2027"
    events = ical.walk("VEVENT")
    assert len(events) == len(vcal.vevent_list) == 6
    with db.reading() as orm:
        office = office_by_key(orm, "berlin")
        sessions = load_sessions(orm, Session.event_id == scenario.series_id)
        trainer_name = sessions[0].trainers[0].full_name
        venue_address = sessions[0].venue.full_address()
        expected_titles = [f"{s.event.title} – {s.title}" for s in sessions]
        office_email, office_name, office_phone = office.email, office.name, office.phone
    for ev, vev, title in zip(events, vcal.vevent_list, expected_titles, strict=True):
        assert "ATTENDEE" not in ev
        assert not hasattr(vev, "attendee")
        assert str(ev["ORGANIZER"]).lower() == f"mailto:{office_email}"
        assert ev["ORGANIZER"].params["CN"] == office_name
        assert vev.organizer.params["CN"] == [office_name]
        assert str(ev["SUMMARY"]) == vev.summary.value == title
        assert str(ev["LOCATION"]) == vev.location.value == venue_address
        desc = vev.description.value
        assert "Fortbildungsreihe: " in desc and trainer_name in desc
        assert title.split(" – ")[1] in desc
        assert office_name in desc and office_phone in desc
        assert str(ev["STATUS"]) == "CONFIRMED"


def export_event_calendar_db(db, event_id: int, target: Path):
    with db.reading() as orm:
        return export_event_calendar(orm, event_id, target)


def test_uids_are_stable_and_shared_between_files(db, scenario, tmp_path):
    export_event_calendar_db(db, scenario.series_id, tmp_path / "event.ics")
    export_event_calendar_db(db, scenario.series_id, tmp_path / "event2.ics")
    with db.reading() as orm:
        export_trainer_calendar(orm, scenario.trainer_id, tmp_path / "trainer.ics")
        export_participant_calendar(orm, scenario.participants[0], tmp_path / "participant.ics")
    event_uids = uids(tmp_path / "event.ics")
    assert event_uids == uids(tmp_path / "event2.ics") == db_uids(db, scenario.series_sessions)
    assert len(event_uids) == 6
    trainer_uids = uids(tmp_path / "trainer.ics")
    participant_uids = uids(tmp_path / "participant.ics")
    assert set(event_uids) <= set(trainer_uids)
    assert set(participant_uids) == set(event_uids)
    for uid, seq in event_uids.items():
        assert trainer_uids[uid] == participant_uids[uid] == seq


def test_trainer_file_spans_events_offices_and_speaker_roles(db, scenario, tmp_path):
    with db.reading() as orm:
        export_trainer_calendar(orm, scenario.trainer_id, tmp_path / "trainer.ics")
        export_trainer_calendar(orm, scenario.speaker_id, tmp_path / "speaker.ics")
    expected = db_uids(db, scenario.series_sessions + scenario.tour_sessions[:1]
                       + scenario.conference_sessions)
    assert uids(tmp_path / "trainer.ics") == expected
    assert uids(tmp_path / "speaker.ics") == db_uids(db, scenario.conference_sessions)
    ical, _ = read_both(tmp_path / "trainer.ics")
    organizers = {str(ev["ORGANIZER"]).lower() for ev in ical.walk("VEVENT")}
    with db.reading() as orm:
        emails = {f"mailto:{o.email}".lower() for o in orm.scalars(select(Office))}
    assert organizers == emails  # sessions of both offices, each with its own organizer


def test_sequence_rises_after_move_and_cancel(db, scenario, tmp_path):
    sid = scenario.series_sessions[2]
    with db.reading() as orm:
        uid = orm.get(Session, sid).uid
    export_event_calendar_db(db, scenario.series_id, tmp_path / "v0.ics")
    seq0 = uids(tmp_path / "v0.ics")[uid]
    assert seq0 == 0
    with db.transaction() as orm:
        move_session(orm, sid, datetime(2027, 3, 17, 13, 0), datetime(2027, 3, 17, 17, 0),
                     force=True)
    export_event_calendar_db(db, scenario.series_id, tmp_path / "v1.ics")
    assert uids(tmp_path / "v1.ics")[uid] > seq0
    moved = vevent_by_uid(tmp_path / "v1.ics", uid)
    assert moved.dtstart.value.astimezone(UTC) == datetime(2027, 3, 17, 12, 0, tzinfo=UTC)
    with db.transaction() as orm:
        edit_session(orm, sid, notes="nur eine Notiz")  # not calendar-relevant
    export_event_calendar_db(db, scenario.series_id, tmp_path / "v1b.ics")
    assert uids(tmp_path / "v1b.ics")[uid] == uids(tmp_path / "v1.ics")[uid]
    with db.transaction() as orm:
        cancel_session(orm, sid, TRICKY_REASON)
    export_event_calendar_db(db, scenario.series_id, tmp_path / "v2.ics")
    seqs = uids(tmp_path / "v2.ics")
    assert len(seqs) == 6  # the cancelled session stays in the file
    assert seqs[uid] > uids(tmp_path / "v1.ics")[uid]
    ical, _ = read_both(tmp_path / "v2.ics")
    cancelled = [ev for ev in ical.walk("VEVENT") if str(ev["UID"]) == uid][0]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert vevent_by_uid(tmp_path / "v2.ics", uid).status.value == "CANCELLED"
    assert TRICKY_REASON in str(cancelled["DESCRIPTION"])
    others = [ev for ev in ical.walk("VEVENT") if str(ev["UID"]) != uid]
    assert all(str(ev["STATUS"]) == "CONFIRMED" for ev in others)


def test_dtstamp_and_last_modified_are_utc(db, scenario, tmp_path):
    with db.transaction() as orm:
        move_session(orm, scenario.series_sessions[0], datetime(2027, 3, 2, 10, 0),
                     datetime(2027, 3, 2, 17, 0), force=True)
    export_event_calendar_db(db, scenario.series_id, tmp_path / "e.ics")
    lines = physical_lines((tmp_path / "e.ics").read_bytes())
    stamps = [ln for ln in lines if ln.startswith((b"DTSTAMP", b"LAST-MODIFIED"))]
    assert len(stamps) == 12
    assert all(ln.endswith(b"Z") and b";" not in ln for ln in stamps)
    _, vcal = read_both(tmp_path / "e.ics")
    now = datetime.now(UTC)
    for ev in vcal.vevent_list:
        assert ev.dtstamp.value.utcoffset() == timedelta(0)
        assert abs(ev.dtstamp.value - now) < timedelta(minutes=5)
        assert ev.last_modified.value.utcoffset() == timedelta(0)
        assert ev.last_modified.value <= ev.dtstamp.value + timedelta(seconds=1)


def test_vtimezone_has_yearly_rrules_and_no_rdate(db, scenario, tmp_path):
    export_event_calendar_db(db, scenario.series_id, tmp_path / "e.ics")
    data = (tmp_path / "e.ics").read_bytes()
    ical, vcal = read_both(tmp_path / "e.ics")
    zones = ical.walk("VTIMEZONE")
    assert len(zones) == 1 and str(zones[0]["TZID"]) == "Europe/Berlin"
    assert b"RDATE" not in data
    std, = zones[0].walk("STANDARD")
    dst, = zones[0].walk("DAYLIGHT")
    assert std["RRULE"]["FREQ"] == ["YEARLY"] and std["RRULE"]["BYMONTH"] == [10]
    assert std["RRULE"]["BYDAY"] == ["-1SU"] and dst["RRULE"]["BYDAY"] == ["-1SU"]
    assert dst["RRULE"]["BYMONTH"] == [3]
    assert std["TZOFFSETFROM"].td == timedelta(hours=2) == dst["TZOFFSETTO"].td
    assert std["TZOFFSETTO"].td == timedelta(hours=1) == dst["TZOFFSETFROM"].td
    assert str(std["TZNAME"]) == "CET" and str(dst["TZNAME"]) == "CEST"
    assert b"DTSTART:19701025T030000" in data and b"DTSTART:19700329T020000" in data
    for line in physical_lines(data):
        if line.startswith((b"DTSTART;", b"DTEND;")):
            assert line.split(b":")[0].endswith(b"TZID=Europe/Berlin")
    assert len(vcal.vtimezone_list) == 1


def test_summer_and_winter_times_convert_to_right_utc(db, scenario, tmp_path):
    """vobject builds its tzinfo from the file's VTIMEZONE: this checks our RRULEs."""
    export_event_calendar_db(db, scenario.series_id, tmp_path / "e.ics")
    _, vcal = read_both(tmp_path / "e.ics")
    starts = sorted(ev.dtstart.value.astimezone(UTC) for ev in vcal.vevent_list)
    # 2 March 2027 is CET (+1), 6 April 2027 is CEST (+2): 09:30 local in both.
    assert starts[0] == datetime(2027, 3, 2, 8, 30, tzinfo=UTC)
    assert starts[-1] == datetime(2027, 4, 6, 7, 30, tzinfo=UTC)
    # The switch on 28 March 2027: 23 March still CET, 30 March already CEST.
    assert starts[3] == datetime(2027, 3, 23, 8, 30, tzinfo=UTC)
    assert starts[4] == datetime(2027, 3, 30, 7, 30, tzinfo=UTC)
    with db.transaction() as orm:  # late October: the other switch (31 Oct 2027)
        move_session(orm, scenario.series_sessions[4], datetime(2027, 10, 30, 9, 30),
                     datetime(2027, 10, 30, 16, 30), force=True)
        move_session(orm, scenario.series_sessions[5], datetime(2027, 11, 1, 9, 30),
                     datetime(2027, 11, 1, 16, 30), force=True)
    export_event_calendar_db(db, scenario.series_id, tmp_path / "e2.ics")
    _, vcal = read_both(tmp_path / "e2.ics")
    starts = sorted(ev.dtstart.value.astimezone(UTC) for ev in vcal.vevent_list)
    assert starts[-2] == datetime(2027, 10, 30, 7, 30, tzinfo=UTC)
    assert starts[-1] == datetime(2027, 11, 1, 8, 30, tzinfo=UTC)
    ends = sorted(ev.dtend.value.astimezone(UTC) for ev in vcal.vevent_list)
    assert ends[-1] == datetime(2027, 11, 1, 15, 30, tzinfo=UTC)


def test_all_day_items_use_value_date_with_exclusive_end(db, scenario, tmp_path):
    export_event_calendar_db(db, scenario.tour_id, tmp_path / "tour.ics")
    data = (tmp_path / "tour.ics").read_bytes()
    ical, vcal = read_both(tmp_path / "tour.ics")
    by_title = {vev.summary.value.split(" – ")[-1]: vev for vev in vcal.vevent_list}
    day = by_title["Exkursionstag"]
    assert type(day.dtstart.value) is date and type(day.dtend.value) is date
    assert day.dtstart.value == date(2027, 6, 16) and day.dtend.value == date(2027, 6, 17)
    two_days = by_title["Zweitägige Klausur"]
    assert (two_days.dtstart.value, two_days.dtend.value) == (date(2027, 6, 18),
                                                            date(2027, 6, 20))
    assert b"DTSTART;VALUE=DATE:20270616" in data and b"DTEND;VALUE=DATE:20270617" in data
    timed = [ev for ev in ical.walk("VEVENT") if isinstance(ev.decoded("DTSTART"), datetime)]
    assert len(timed) == 1 and len(ical.walk("VTIMEZONE")) == 1
    # a file with only all-day items needs no VTIMEZONE
    with db.reading() as orm:
        sessions = load_sessions(orm, Session.id.in_(scenario.tour_sessions[1:]))
        only_days = build_calendar(sessions, name="Tage")
    assert b"VTIMEZONE" not in only_days and b"TZID" not in only_days
    assert len(vobject.readOne(only_days.decode()).vevent_list) == 2


def test_escaping_folding_and_utf8(db, scenario, tmp_path, output_dir):
    with db.transaction() as orm:
        cancel_session(orm, scenario.tour_sessions[0], TRICKY_REASON)
    export_event_calendar_db(db, scenario.tour_id, tmp_path / "tour.ics")
    data = (tmp_path / "tour.ics").read_bytes()
    (output_dir / "ical_escaping_sample.ics").write_bytes(data)
    lines = physical_lines(data)
    assert any(ln.startswith(b" ") for ln in lines), "long lines must be folded"
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # each physical line decodes on its own: no split character
    raw = data.decode("utf-8")
    assert "Bildung\\; Teilhabe\\, Vielfalt \\\\ Zukunft" in raw.replace("\r\n ", "")
    ical, vcal = read_both(tmp_path / "tour.ics")
    assert vcal.x_wr_calname.value == TRICKY_TITLE
    # icalendar does not know X-WR-CALNAME is TEXT and hands back the escaped form
    assert unescape_text(str(ical["X-WR-CALNAME"])) == TRICKY_TITLE
    with db.reading() as orm:
        venue_address = orm.get(Session, scenario.tour_sessions[0]).venue.full_address()
    first = [ev for ev in vcal.vevent_list if ev.summary.value.endswith("Teil \\ A")][0]
    assert first.summary.value == f"{TRICKY_TITLE} – Treffen; 1, Teil \\ A"
    assert first.location.value == venue_address
    assert TRICKY_REASON in first.description.value
    iev = [ev for ev in ical.walk("VEVENT") if str(ev["UID"]) == first.uid.value][0]
    assert str(iev["SUMMARY"]) == first.summary.value
    assert str(iev["DESCRIPTION"]) == first.description.value


def test_description_lists_agenda_and_excursion(db, scenario, tmp_path):
    with db.reading() as orm:
        export_event_calendar(orm, scenario.conference_id, tmp_path / "conf.ics")
        export_event_calendar(orm, scenario.tour_id, tmp_path / "tour.ics")
        speaker = orm.get(Session, scenario.conference_sessions[0]).agenda[0].speakers[0]
        speaker_name = speaker.full_name
    _, conf = read_both(tmp_path / "conf.ics")
    desc = conf.vevent_list[0].description.value
    assert "Fachtagung: Fachtagung Bildung 2027" in desc
    assert f"09:30–10:15 Keynote: Daten, Taten ({speaker_name})" in desc
    assert "10:30 Podium (" in desc
    _, tour = read_both(tmp_path / "tour.ics")
    tour_desc = [ev.description.value for ev in tour.vevent_list
                 if "Teil" in ev.summary.value][0]
    assert "Lernhaus Ørestad, Weg 5, 22111 Hamburg" in tour_desc
    assert "13:00–15:30" in tour_desc and "Frau Ødegård, 040 123" in tour_desc
    assert "Standort Hamburg" in tour_desc


def registration_id(orm, event_id: int, person_id: int) -> int:
    return orm.scalars(select(Registration.id).where(
        Registration.event_id == event_id, Registration.person_id == person_id)).one()


def test_participant_file_has_only_booked_sessions(db, scenario, tmp_path):
    with db.transaction() as orm:
        p = add_person(orm, first_name="Ada", last_name="Øberg", email="ada@example.org").value
        register(orm, scenario.series_id, p.id, scenario.series_sessions[1:3], force=True)
        register(orm, scenario.conference_id, p.id, force=True)
        pid = p.id
    with db.reading() as orm:
        export_participant_calendar(orm, pid, tmp_path / "p.ics")
    assert set(uids(tmp_path / "p.ics")) == set(db_uids(
        db, scenario.series_sessions[1:3] + scenario.conference_sessions))
    with db.transaction() as orm:
        cancel_registration(orm, registration_id(orm, scenario.conference_id, pid),
                            "verhindert")
    with db.reading() as orm:
        export_participant_calendar(orm, pid, tmp_path / "p2.ics")
    # The cancelled booking's sessions stay in the file as cancelled (planner/RULES.md):
    # dropping them would leave them in the person's calendar.
    cancelled = set(db_uids(db, scenario.conference_sessions))
    assert set(uids(tmp_path / "p2.ics")) == set(db_uids(
        db, scenario.series_sessions[1:3])) | cancelled
    statuses = {str(v["UID"]): str(v["STATUS"]) for v in
                icalendar.Calendar.from_ical((tmp_path / "p2.ics").read_bytes()).walk("VEVENT")}
    assert {uid for uid, status in statuses.items() if status == "CANCELLED"} == cancelled
    with db.transaction() as orm:
        anna = add_person(orm, first_name="Anna", last_name="Ohne").value.id
    with db.reading() as orm, pytest.raises(PlannerError, match="keine Anmeldungen"):
        export_participant_calendar(orm, anna, tmp_path / "p3.ics")
    assert not (tmp_path / "p3.ics").exists()


def test_office_file_with_date_range(db, scenario, tmp_path):
    with db.reading() as orm:
        r = export_office_calendar(orm, "Berlin", tmp_path / "b.ics")
        assert r.count == 7
        export_office_calendar(orm, "berlin", tmp_path / "march.ics", date(2027, 3, 9),
                               date(2027, 3, 23))
        hamburg_id = office_by_key(orm, "hamburg").id
        export_office_calendar(orm, hamburg_id, tmp_path / "h.ics", date(2027, 6, 17), None)
        with pytest.raises(PlannerError, match="keine Termine"):
            export_office_calendar(orm, "hamburg", tmp_path / "none.ics", date(2028, 1, 1),
                                   date(2028, 12, 31))
        with pytest.raises(PlannerError, match="Standort"):
            export_office_calendar(orm, "München", tmp_path / "none.ics")
    assert not (tmp_path / "none.ics").exists()
    assert set(uids(tmp_path / "b.ics")) == set(db_uids(
        db, scenario.series_sessions + scenario.conference_sessions))
    assert set(uids(tmp_path / "march.ics")) == set(db_uids(db, scenario.series_sessions[1:4]))
    # the two-day retreat (18–19 June) overlaps a range starting on the 17th; 16 June does not
    assert set(uids(tmp_path / "h.ics")) == set(db_uids(db, scenario.tour_sessions[2:]))
    assert "Standort Hamburg" in str(icalendar.Calendar.from_ical(
        (tmp_path / "h.ics").read_bytes())["X-WR-CALNAME"])


def test_nothing_to_export_is_a_clear_error(db, scenario, tmp_path):
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    with db.transaction() as orm:
        nobody = add_person(orm, first_name="Niemand", last_name="Nirgends").value.id
    with db.reading() as orm:
        with pytest.raises(PlannerError, match="leitet keine Termine"):
            export_trainer_calendar(orm, nobody, tmp_path / "t.ics")
        with pytest.raises(PlannerError, match="gibt es nicht"):
            export_event_calendar(orm, 9999, tmp_path / "t.ics")
    assert list(tmp_path.iterdir()) == []


# --- invitations --------------------------------------------------------------------------

def invite(db, person_id: int, folder: Path, changed_only: bool = False):
    with db.transaction() as orm:
        return export_trainer_invitations(orm, person_id, folder, changed_only=changed_only)


def test_invitations_importable_from_ical_module():
    from planner.exports import ical

    assert ical.export_trainer_invitations.__module__ == "planner.exports.ical"
    assert callable(ical.export_trainer_invitations)


def read_invitation(path: Path) -> tuple[icalendar.Calendar, icalendar.Event, object]:
    ical, vcal = read_both(path)
    events = ical.walk("VEVENT")
    assert len(events) == 1 and len(vcal.vevent_list) == 1
    return ical, events[0], vcal.vevent_list[0]


def test_invitations_request_per_session(db, scenario, tmp_path):
    result = invite(db, scenario.trainer_id, tmp_path / "inv")
    expected = db_uids(db, scenario.series_sessions + scenario.tour_sessions[:1]
                       + scenario.conference_sessions)
    assert result.count == len(result.files) == len(expected) == 8
    with db.reading() as orm:
        trainer = orm.get(Person, scenario.trainer_id)
        trainer_email, trainer_name = trainer.email, trainer.full_name
        berlin = office_by_key(orm, "berlin")
        berlin_email, berlin_name = berlin.email, berlin.name
    seen = {}
    for path in result.files:
        assert path.suffix == ".ics" and path.parent == tmp_path / "inv"
        data = path.read_bytes()
        assert all(len(line) <= 75 for line in physical_lines(data))
        ical, ev, vev = read_invitation(path)
        assert str(ical["METHOD"]) == "REQUEST" == vcal_method(path)
        att = ev["ATTENDEE"]
        assert str(att).lower() == f"mailto:{trainer_email}"
        assert att.params["CN"] == trainer_name
        assert att.params["ROLE"] == "REQ-PARTICIPANT"
        assert att.params["PARTSTAT"] == "NEEDS-ACTION" and att.params["RSVP"] == "TRUE"
        assert vev.attendee.params["PARTSTAT"] == ["NEEDS-ACTION"]
        assert "ORGANIZER" in ev and "CN" in ev["ORGANIZER"].params
        seen[str(ev["UID"])] = int(ev["SEQUENCE"])
        if str(ev["ORGANIZER"]).lower() == f"mailto:{berlin_email}":
            assert ev["ORGANIZER"].params["CN"] == berlin_name
    assert seen == expected
    with db.reading() as orm:
        rows = orm.scalars(select(InvitationSent).where(
            InvitationSent.person_id == scenario.trainer_id)).all()
        assert {(r.session_id, r.sequence, r.status) for r in rows} == {
            (sid, 0, "planned") for sid in scenario.series_sessions
            + scenario.tour_sessions[:1] + scenario.conference_sessions}


def vcal_method(path: Path) -> str:
    return vobject.readOne(path.read_text(encoding="utf-8")).method.value


def test_invitations_changed_only_and_cancel(db, scenario, tmp_path):
    invite(db, scenario.trainer_id, tmp_path / "first")
    with pytest.raises(PlannerError, match="nichts zu exportieren"):
        invite(db, scenario.trainer_id, tmp_path / "nothing", changed_only=True)
    assert not (tmp_path / "nothing").exists() or not any((tmp_path / "nothing").iterdir())
    moved, cancelled = scenario.series_sessions[1], scenario.series_sessions[3]
    with db.transaction() as orm:
        move_session(orm, moved, datetime(2027, 3, 10, 9, 30), datetime(2027, 3, 10, 16, 30),
                     force=True)
        cancel_session(orm, cancelled, "Raum fehlt")
        edit_session(orm, scenario.series_sessions[4], notes="Notiz ändert nichts")
    result = invite(db, scenario.trainer_id, tmp_path / "second", changed_only=True)
    assert result.count == 2
    by_uid = {}
    for path in result.files:
        ical, ev, vev = read_invitation(path)
        by_uid[str(ev["UID"])] = (str(ical["METHOD"]), int(ev["SEQUENCE"]), str(ev["STATUS"]),
                                  vev)
    seqs = db_uids(db, [moved, cancelled])
    with db.reading() as orm:
        moved_uid, cancelled_uid = orm.get(Session, moved).uid, orm.get(Session, cancelled).uid
    assert set(by_uid) == {moved_uid, cancelled_uid}
    method, seq, status, vev = by_uid[moved_uid]
    assert (method, status) == ("REQUEST", "CONFIRMED") and seq == seqs[moved_uid] >= 1
    assert vev.dtstart.value.astimezone(UTC) == datetime(2027, 3, 10, 8, 30, tzinfo=UTC)
    method, seq, status, vev = by_uid[cancelled_uid]
    assert (method, status) == ("CANCEL", "CANCELLED") and seq == seqs[cancelled_uid] >= 1
    assert vcal_method(result.files[0]) in {"REQUEST", "CANCEL"}
    assert vev.attendee.value.lower().startswith("mailto:")
    # sent versions are remembered: nothing left to send
    with pytest.raises(PlannerError, match="nichts zu exportieren"):
        invite(db, scenario.trainer_id, tmp_path / "third", changed_only=True)
    # a full export still writes everything (incl. the cancellation)
    full = invite(db, scenario.trainer_id, tmp_path / "full")
    methods = sorted(str(icalendar.Calendar.from_ical(p.read_bytes())["METHOD"])
                     for p in full.files)
    assert methods.count("CANCEL") == 1 and methods.count("REQUEST") == 7


def test_invitation_cancel_when_trainer_taken_off(db, scenario, tmp_path):
    invite(db, scenario.speaker_id, tmp_path / "a")
    with db.transaction() as orm:  # a cancelled session never sent is not sent
        cancel_session(orm, scenario.tour_sessions[1], "entfällt")
    conf_session = scenario.conference_sessions[0]
    with db.transaction() as orm:
        s = orm.get(Session, conf_session)
        for item in s.agenda:
            item.speakers = [p for p in item.speakers if p.id != scenario.speaker_id]
    result = invite(db, scenario.speaker_id, tmp_path / "b", changed_only=True)
    assert result.count == 1
    ical, ev, _ = read_invitation(result.files[0])
    assert str(ical["METHOD"]) == "CANCEL" and str(ev["STATUS"]) == "CANCELLED"
    with db.reading() as orm:
        assert str(ev["UID"]) == orm.get(Session, conf_session).uid


def test_invitations_need_trainer_email(db, scenario, tmp_path):
    with db.transaction() as orm:
        p = add_person(orm, first_name="Ohne", last_name="Mail", roles=["trainer"]).value
        edit_session(orm, scenario.series_sessions[0],
                     trainer_ids=[scenario.trainer_id, p.id], force=True)
        pid = p.id
    with pytest.raises(PlannerError, match="keine E-Mail-Adresse"):
        invite(db, pid, tmp_path / "x")
    assert not (tmp_path / "x").exists()
    with db.reading() as orm:
        assert orm.scalars(select(InvitationSent)).all() == []
    with db.transaction() as orm:  # an office without e-mail cannot send invitations
        office_by_key(orm, "berlin").email = ""
    with pytest.raises(PlannerError, match="keine E-Mail-Adresse"):
        invite(db, scenario.trainer_id, tmp_path / "y")
    assert not (tmp_path / "y").exists() or not any((tmp_path / "y").iterdir())
    export_event_calendar_db(db, scenario.series_id, tmp_path / "no_org.ics")
    ical, _ = read_both(tmp_path / "no_org.ics")
    assert all("ORGANIZER" not in ev for ev in ical.walk("VEVENT"))


# --- CLI ----------------------------------------------------------------------------------

def run_cli(db_path: Path, *args: str) -> int:
    return cli_main(["--db", str(db_path), *args])


def test_cli_end_to_end(db, db_path, scenario, tmp_path, capsys):
    db.close()
    out = tmp_path / "out"
    assert run_cli(db_path, "export", "ical", "--event", str(scenario.series_id),
                   "-o", str(out / "event.ics")) == 0
    assert len(uids(out / "event.ics")) == 6
    assert run_cli(db_path, "export", "ical", "--trainer", str(scenario.trainer_id),
                   "-o", str(out / "trainer.ics")) == 0
    assert run_cli(db_path, "export", "ical", "--participant", str(scenario.participants[0]),
                   "-o", str(out / "participant.ics")) == 0
    assert run_cli(db_path, "export", "ical", "--office", "Berlin", "--from", "09.03.2027",
                   "--to", "2027-03-16", "-o", str(out / "office.ics")) == 0
    assert len(uids(out / "office.ics")) == 2
    assert run_cli(db_path, "export", "invitations", "--trainer", str(scenario.trainer_id),
                   "-o", str(out / "inv")) == 0
    assert len(list((out / "inv").glob("*.ics"))) == 8
    capsys.readouterr()
    assert run_cli(db_path, "export", "invitations", "--trainer", str(scenario.trainer_id),
                   "--changed-only", "-o", str(out / "inv2")) != 0
    assert "nichts zu exportieren" in capsys.readouterr().err
    assert run_cli(db_path, "session", "move", str(scenario.series_sessions[0]), "--start",
                   "2027-03-02T10:00", "--end", "2027-03-02T17:00", "--force") == 0
    assert run_cli(db_path, "export", "invitations", "--trainer", str(scenario.trainer_id),
                   "--changed-only", "-o", str(out / "inv2")) == 0
    assert len(list((out / "inv2").glob("*.ics"))) == 1


def test_cli_errors_exit_nonzero_and_leave_no_file(db, db_path, scenario, tmp_path, capsys):
    db.close()
    target = tmp_path / "x.ics"
    cases = [
        ["export", "ical", "--office", "hamburg", "--from", "2030-01-01", "-o", str(target)],
        ["export", "ical", "--event", "4711", "-o", str(target)],
        ["export", "ical", "--event", str(scenario.series_id), "--from", "2027-01-01",
         "-o", str(target)],
        ["export", "ical", "--office", "berlin", "--from", "kein Datum", "-o", str(target)],
    ]
    for args in cases:
        assert run_cli(db_path, *args) != 0, args
        err = capsys.readouterr().err
        assert err.startswith("Fehler: "), err
        assert not target.exists()
    blocker = tmp_path / "datei"
    blocker.write_text("keine Ablage")
    assert run_cli(db_path, "export", "ical", "--event", str(scenario.series_id),
                   "-o", str(blocker / "sub" / "x.ics")) != 0
    assert "kann nicht geschrieben werden" in capsys.readouterr().err
    assert run_cli(db_path, "export", "invitations", "--trainer", str(scenario.trainer_id),
                   "-o", str(blocker)) != 0
    assert "kein Ordner" in capsys.readouterr().err
    assert blocker.read_text() == "keine Ablage"
    assert run_cli(db_path, "export", "invitations", "--trainer",
                   str(scenario.participants[0]), "-o", str(tmp_path / "inv")) != 0
    assert "leitet keine Termine" in capsys.readouterr().err
    assert not (tmp_path / "inv").exists()
    readonly = tmp_path / "ro"
    readonly.mkdir()
    existing = readonly / "alt.ics"
    existing.write_bytes(b"ALT")
    readonly.chmod(0o500)
    try:
        code = run_cli(db_path, "export", "ical", "--event", str(scenario.series_id),
                       "-o", str(existing))
        if code != 0:  # (root may write anyway)
            assert existing.read_bytes() == b"ALT"
            assert sorted(p.name for p in readonly.iterdir()) == ["alt.ics"]
    finally:
        readonly.chmod(0o700)
    with pytest.raises(SystemExit) as exc:
        run_cli(db_path, "export", "ical", "-o", str(target))  # no selection given
    assert exc.value.code != 0
    assert not target.exists()


def test_event_title_lookup_unaffected_by_export(db, scenario, tmp_path):
    """Exports only read: the data base is unchanged afterwards (except invitation log)."""
    with db.reading() as orm:
        before = [(s.uid, s.sequence, s.last_modified) for s in orm.scalars(select(Session))]
        export_office_calendar(orm, "berlin", tmp_path / "b.ics")
    with db.reading() as orm:
        after = [(s.uid, s.sequence, s.last_modified) for s in orm.scalars(select(Session))]
        assert orm.scalars(select(Event)).first() is not None
    assert before == after
