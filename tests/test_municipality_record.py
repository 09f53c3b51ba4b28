"""The municipality record: contacts, timeline with participants and attendance, dossiers,
agreements, reminders; CLI `municipality show`."""

from __future__ import annotations

import json
from datetime import date

import pytest

from planner.cli.main import main
from planner.errors import ValidationError
from planner.reports.municipality import municipality_record
from planner.usecases.agreements import AgreementData, create_agreement
from planner.usecases.event_details import DossierPlan, save_dossier
from planner.usecases.people import add_person
from tests.report_fixture import build_world


@pytest.fixture
def world(db, tmp_path):
    w = build_world(db, tmp_path / "certs")
    with db.transaction() as orm:
        add_person(orm, first_name="Przemysław", last_name="Zieliński", function="Bildungsbüro",
                   organisation_id=w.orgs["dresden"], roles=["staff"])
        save_dossier(orm, w.events["E3"], DossierPlan(
            starting_situation="Ausgangslage Dresden", fields_of_action="Übergänge",
            work_packages="- Monitoring", completed_on=date(2027, 2, 20)))
        create_agreement(orm, AgreementData(
            municipality_id=w.orgs["dresden"], office="berlin", event_id=w.events["E3"],
            goals=["Monitoring aufbauen"], agreed_formats=["coaching"],
            start_date=date(2027, 3, 1), end_date=date(2027, 12, 31), status="running"))
    return w


def test_dresden_record(db, world):
    with db.reading() as orm:
        rec = municipality_record(orm, world.orgs["dresden"], today=date(2027, 12, 1))
    assert rec.name == "Dresden" and rec.state_name == "Sachsen"
    assert rec.population == 563_311 and not rec.below_threshold
    assert [c.name for c in rec.contacts] == ["Ğülşen Şahin", "Przemysław Zieliński"]
    # analysis (event municipality) in Dec 2026 and the series (participant C) in 2027
    assert [(e.event_id, e.roles) for e in rec.events] == [
        (world.events["E3"], ["beteiligte Kommune"]),
        (world.events["E1"], ["Teilnehmende"]),
    ]
    # by year of the first session, latest first
    assert [(year, [e.event_id for e in entries]) for year, entries in rec.timeline()] == [
        (2027, [world.events["E1"]]), (2026, [world.events["E3"]])]
    series = rec.events[1]
    assert [p.name for p in series.participants] == ["Ğülşen Şahin"]
    c = series.participants[0]
    # C: present M1, absent M2, present M3, nothing recorded M4/M5, M6 cancelled
    assert c.attendance == ["anwesend", "abwesend", "anwesend", "–", "–", "abgesagt"]
    assert c.attended_units == 16 and c.total_units == 40
    assert [(s.booked, s.present) for s in series.sessions][:3] == [(1, 1), (1, 0), (1, 1)]
    assert series.sessions[5].cancelled
    assert [d.event_id for d in rec.dossiers] == [world.events["E3"]]
    assert rec.dossiers[0].work_packages == "- Monitoring"
    [agreement] = rec.agreements
    assert agreement.goals == ["Monitoring aufbauen"] and agreement.status_label == "laufend"
    assert agreement.formats_label == "Coaching" and agreement.office == "Berlin"
    assert [d.agreement_id for d in rec.agreements_due] == [agreement.agreement_id]
    assert rec.last_activity == date(2027, 3, 30) and not rec.inactive


def test_host_city_and_inactivity(db, world):
    with db.reading() as orm:
        essen = municipality_record(orm, world.orgs["essen"], today=date(2028, 6, 1))
        assert [(e.event_id, e.roles) for e in essen.events] == [
            (world.events["E2"], ["Gastgeberin", "Teilnehmende"])]
        assert essen.events[0].sessions[0].hosted
        assert essen.inactive and essen.agreements == [] and essen.dossiers == []
        with pytest.raises(ValidationError, match="keine Kommune"):
            municipality_record(orm, world.orgs["stiftung"])


def test_record_survives_anonymisation_with_same_structure(db, world):
    from tests.report_fixture import anonymise_all

    with db.reading() as orm:
        before = municipality_record(orm, world.orgs["leipzig"], today=date(2027, 12, 1))
    anonymise_all(db, list(world.persons.values()))
    with db.reading() as orm:
        after = municipality_record(orm, world.orgs["leipzig"], today=date(2027, 12, 1))
    assert [e.event_id for e in after.events] == [e.event_id for e in before.events]

    def figures(rec):  # noqa: ANN001, ANN202 - display order is by name, compare by id
        return [sorted((p.person_id, p.attended_units, p.attendance) for p in e.participants)
                for e in rec.events]

    assert figures(after) == figures(before)
    assert "Wałęsa-Łukasiewicz" not in json.dumps([c.name for c in after.contacts])


def test_cli_show_json_and_text(db_path, world, capsys):
    assert main(["--db", str(db_path), "municipality", "show", str(world.orgs["dresden"]),
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["name"] == "Dresden" and len(data["events"]) == 2
    assert data["agreements"][0]["goals"] == ["Monitoring aufbauen"]
    assert [t["year"] for t in data["timeline"]] == [2027, 2026]
    assert main(["--db", str(db_path), "municipality", "show",
                 str(world.orgs["dresden"])]) == 0
    out = capsys.readouterr().out
    assert "Dresden – Sachsen" in out and "Ğülşen Şahin" in out and "Monitoring aufbauen" in out
    assert main(["--db", str(db_path), "municipality", "show", "999"]) == 1
