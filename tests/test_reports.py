"""Report figures against the hand-counted fixture (tests/report_fixture.py), before and
after anonymising every person."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from planner.models import Person, Session
from planner.reports.statistics import ReportFilter, build_report, month_series
from planner.rules.units import session_minutes
from tests.report_fixture import AS_OF, anonymise_all, build_world

YEAR = ReportFilter.for_year(2027, as_of=AS_OF)


@pytest.fixture
def world(db, tmp_path):
    return build_world(db, tmp_path / "certs")


def report(db, flt=YEAR):
    with db.reading() as orm:
        return build_report(orm, flt)


def rows(rep, dim):
    return {r.label: r.figures for r in rep.breakdowns[dim]}


def test_totals_match_the_hand_count(db, world):
    t = report(db).total
    # held: E1 modules 1-5, E2's meeting, E3's February workshop (Dec 2026 is outside)
    assert t.sessions == 5 + 1 + 1
    assert t.events == 3
    assert t.sessions_cancelled == 1  # E1 module 6
    assert t.sessions_planned == 1  # E4 on 10 Dec, after the as-of day
    # E1: 3 + 2 + 2 + 3 (M4 registered) + 3 (M5 registered); E2: 2; E3: nobody
    assert t.participant_days == 3 + 2 + 2 + 3 + 3 + 2
    assert t.participants == 5
    assert t.sessions_without_attendance == 3  # M4, M5, E3
    assert t.municipalities == 3  # Leipzig, Dresden, Essen (the Stiftung is no municipality)
    assert t.units == pytest.approx(5 * 8 + 6.7 + 4)
    # Minutes first, converted once: attended M1 3*360, M2 360 + 180, M3 2*360, E2 2*300
    # = 2940 min = 65.3 UE (not 24 + 12 + 16 + 2*6.7 = 65.4); booked 3*3*360 + 2*300 =
    # 3840 min = 85.3 UE.
    assert t.attended_units == pytest.approx(65.3)
    assert t.booked_units == pytest.approx(85.3)
    assert t.attendance_rate == pytest.approx(2940 / 3840)
    assert t.certificates == 2


def test_breakdowns_match_the_hand_count(db, world):
    rep = report(db)
    office = rows(rep, "office")
    assert set(office) == {"Berlin", "Hamburg"}
    assert (office["Berlin"].events, office["Berlin"].sessions) == (2, 6)
    assert office["Berlin"].participant_days == 13 and office["Berlin"].participants == 3
    assert office["Berlin"].units == pytest.approx(44)
    assert office["Berlin"].certificates == 0
    assert (office["Hamburg"].sessions, office["Hamburg"].participant_days) == (1, 2)
    assert office["Hamburg"].certificates == 2
    fmt = rows(rep, "format")
    assert fmt["Fortbildungsreihe"].participant_days == 13
    assert fmt["Netzwerk on Tour"].municipalities == 1
    assert fmt["Klärung und Analyse"].sessions == 1
    assert fmt["Klärung und Analyse"].participant_days == 0
    assert "Coaching" not in fmt  # only planned in the period
    topic = rows(rep, "topic")
    assert topic["Bildungsmonitoring"].sessions == 5
    assert topic["ohne Thema"].sessions == 2
    muni = rows(rep, "municipality")
    assert muni["Leipzig"].participant_days == 2 + 2 + 1 + 2 + 2
    assert muni["Leipzig"].participants == 2 and muni["Leipzig"].sessions == 5
    assert muni["Dresden"].participant_days == 1 + 0 + 1 + 1 + 1
    assert muni["Dresden"].sessions == 5 + 1  # C's modules and the analysis workshop
    assert muni["Essen"].participant_days == 1 and muni["Essen"].certificates == 1
    assert all(f.municipalities == 1 for f in muni.values())
    state = rows(rep, "state")
    assert state["Sachsen"].municipalities == 2 and state["Sachsen"].participant_days == 13
    assert state["Nordrhein-Westfalen"].sessions == 1
    months = {r.key: r.figures for r in month_series(rep)}
    assert len(months) == 12
    assert months["2027-03"].sessions == 5 and months["2027-03"].participant_days == 13
    assert months["2027-05"].participant_days == 2
    assert months["2027-02"].sessions == 1 and months["2027-01"].sessions == 0
    # Issued on 1 June for the meeting of 12 May: counted in May, the month it certifies.
    assert months["2027-05"].certificates == 2 and months["2027-06"].certificates == 0


def test_range_and_office_filters(db, world):
    first_two = report(db, ReportFilter(date(2027, 3, 1), date(2027, 3, 10), as_of=AS_OF))
    assert first_two.total.sessions == 2 and first_two.total.participant_days == 3 + 2
    assert first_two.total.units == pytest.approx(16)
    assert first_two.total.certificates == 0
    hamburg = report(db, ReportFilter.for_year(2027, office="hamburg", as_of=AS_OF))
    assert hamburg.total.sessions == 1 and hamburg.total.participants == 2
    assert hamburg.office_label.endswith("Hamburg")
    last_year = report(db, ReportFilter.for_year(2026, as_of=AS_OF))
    assert last_year.total.sessions == 1 and last_year.total.events == 1
    assert last_year.total.municipalities == 1
    # Before anything happened everything is planned, nothing held.
    early = report(db, ReportFilter.for_year(2027, as_of=datetime(2027, 1, 1)))
    assert early.total.sessions == 0 and early.total.sessions_planned == 5 + 1 + 1 + 1


def test_units_are_the_rules_minutes_summed_then_rounded_once(db, world):
    from fractions import Fraction

    with db.reading() as orm:
        held = [s for s in orm.scalars(select(Session))
                if not s.is_cancelled and s.start.year == 2027 and s.start <= AS_OF]
        exact = sum((Fraction(session_minutes(s), s.event.unit_minutes) for s in held),
                    Fraction(0))
    assert report(db).total.units == pytest.approx(round(float(exact), 1))


def test_anonymising_persons_changes_no_figure(db, world):
    before = report(db)
    anonymise_all(db, list(world.persons.values()))
    with db.reading() as orm:
        people = list(orm.scalars(select(Person).where(Person.id.in_(world.persons.values()))))
        assert all(p.anonymised_on is not None and p.email is None for p in people)
        assert not {p.last_name for p in people} & {"Şahin", "Groß", "Llŵyd"}
    after = report(db)
    assert after.total == before.total
    for dim in before.breakdowns:
        assert [(r.key, r.label, r.figures) for r in after.breakdowns[dim]] == \
            [(r.key, r.label, r.figures) for r in before.breakdowns[dim]], dim


def test_municipalities_counted_by_population(db, world):
    """Observation 12: "Kommunen 44" mixed in 15 cities under 250,000 without saying so."""
    from planner.usecases.attendance import record_attendance
    from planner.usecases.people import add_organisation, add_person
    from planner.usecases.registration import register

    with db.transaction() as orm:
        goerlitz = add_organisation(orm, name="Görlitz", municipality=True, federal_state="SN",
                                    population=55_000).value
        unknown = add_organisation(orm, name="Neustadt", municipality=True,
                                   federal_state="SN").value
        for org in (goerlitz, unknown):
            person = add_person(orm, first_name="Kim", last_name=org.name,
                                organisation_id=org.id).value
            register(orm, world.events["E2"], person.id, force=True)
            record_attendance(orm, world.sessions["E2"][0], person.id, "present")
    t = report(db).total
    assert t.municipalities == 5
    assert (t.municipalities_large, t.municipalities_small, t.municipalities_unknown) == \
        (3, 1, 1)
    essen = rows(report(db), "format")["Netzwerk on Tour"]
    assert (essen.municipalities_large, essen.municipalities_small) == (1, 1)


def test_events_list_with_dates_format_office_municipalities_and_figures(db, world):
    """Observation 12: no sheet listed the events themselves."""
    rep = report(db)
    lines = {line.title: line for line in rep.events}
    assert set(lines) == {"Reihe Bildungsmonitoring", "Netzwerk on Tour Essen",
                          "Klärung und Analyse Dresden"}  # the coaching is after as_of
    series = lines["Reihe Bildungsmonitoring"]
    assert (series.format_label, series.office_label) == ("Fortbildungsreihe", "Berlin")
    assert series.dates == [date(2027, 3, 2) + (date(2027, 3, 9) - date(2027, 3, 2)) * i
                            for i in range(5)]
    assert series.cancelled == 1
    assert series.municipalities == ["Dresden", "Leipzig"]
    assert series.figures.participant_days == 3 + 2 + 2 + 3 + 3
    network = lines["Netzwerk on Tour Essen"]
    assert network.municipalities == ["Essen"] and network.figures.certificates == 2
    assert lines["Klärung und Analyse Dresden"].dates == [date(2027, 2, 2)]
    assert [line.title for line in rep.events][0] == "Klärung und Analyse Dresden"
    assert sum(line.figures.sessions for line in rep.events) == rep.total.sessions
