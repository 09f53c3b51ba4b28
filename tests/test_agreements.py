"""Cooperation agreements: create/update/list, validation, reminders."""

from __future__ import annotations

from datetime import date

import pytest

from planner.cli.main import main
from planner.errors import StaleEditError, ValidationError
from planner.reports.agreements import (
    agreements_ending,
    inactive_municipalities,
    list_agreements,
)
from planner.settings import AGREEMENT_REMINDER_WEEKS
from planner.usecases.agreements import AgreementData, create_agreement, update_agreement
from planner.usecases.people import add_organisation
from tests.report_fixture import build_world


@pytest.fixture
def world(db, tmp_path):
    return build_world(db, tmp_path / "certs")


def _create(db, **kw):
    with db.transaction() as orm:
        return create_agreement(orm, AgreementData(**kw)).value.id


def test_create_update_and_list(db, world):
    aid = _create(db, municipality_id=world.orgs["leipzig"], office="berlin",
                  goals=["Bildungsmonitoring aufbauen", "  ", "Bericht 2028"],
                  agreed_formats=["training_series", "coaching", "coaching"],
                  start_date=date(2027, 1, 1), end_date=date(2028, 6, 30), status="signed",
                  signed_on=date(2026, 12, 15))
    with db.reading() as orm:
        [a] = list_agreements(orm, municipality_id=world.orgs["leipzig"])
        assert a.id == aid and a.goals == ["Bildungsmonitoring aufbauen", "Bericht 2028"]
        assert a.agreed_formats == ["training_series", "coaching"]
        assert a.office.code == "berlin" and a.status == "signed"
        version = a.version_id
    with db.transaction() as orm:
        update_agreement(orm, aid, AgreementData(
            municipality_id=world.orgs["leipzig"], office="hamburg", goals=["Nur ein Ziel"],
            start_date=date(2027, 1, 1), end_date=date(2028, 6, 30), status="running"),
            expected_version=version)
    with db.reading() as orm:
        [a] = list_agreements(orm, status="running")
        assert a.goals == ["Nur ein Ziel"] and a.office.code == "hamburg"
        assert list_agreements(orm, office="berlin") == []
    with db.transaction() as orm, pytest.raises(StaleEditError):
        update_agreement(orm, aid, AgreementData(municipality_id=world.orgs["leipzig"]),
                         expected_version=version)


@pytest.mark.parametrize("kw, message", [
    ({"status": "unterschrieben"}, "Status"),
    ({"agreed_formats": ["webinar"]}, "Format"),
    ({"start_date": date(2028, 1, 1), "end_date": date(2027, 1, 1)}, "vor ihrem Beginn"),
])
def test_invalid_agreements_are_refused(db, world, kw, message):
    with db.transaction() as orm, pytest.raises(ValidationError, match=message):
        create_agreement(orm, AgreementData(municipality_id=world.orgs["leipzig"], **kw))


def test_only_municipalities_have_agreements(db, world):
    with db.transaction() as orm, pytest.raises(ValidationError, match="keine Kommune"):
        create_agreement(orm, AgreementData(municipality_id=world.orgs["stiftung"]))


def test_reminders_ending_soon_with_configurable_weeks(db, world, capsys, db_path):
    today = date(2027, 12, 1)
    soon = _create(db, municipality_id=world.orgs["leipzig"], status="running",
                   start_date=date(2027, 1, 1), end_date=date(2027, 12, 20))
    later = _create(db, municipality_id=world.orgs["dresden"], status="signed",
                    start_date=date(2027, 1, 1), end_date=date(2028, 2, 20))
    _create(db, municipality_id=world.orgs["essen"], status="draft",
            end_date=date(2027, 12, 10))  # a draft needs no reminder
    _create(db, municipality_id=world.orgs["essen"], status="ended",
            end_date=date(2027, 12, 10))
    with db.reading() as orm:
        due = agreements_ending(orm, today=today)  # default: 8 weeks
        assert [(d.agreement_id, d.days_left) for d in due] == [(soon, 19)]
        assert [d.agreement_id for d in agreements_ending(orm, 12, today)] == [soon, later]
    with db.transaction() as orm:
        AGREEMENT_REMINDER_WEEKS.set(orm, 2)
    with db.reading() as orm:
        assert agreements_ending(orm, today=today) == []
    assert main(["--db", str(db_path), "agreements", "due", "--weeks", "520", "--json"]) == 0
    assert '"municipality": "Dresden"' in capsys.readouterr().out


def test_municipalities_without_activity_in_the_last_year(db, world):
    with db.transaction() as orm:
        add_organisation(orm, name="Chemnitz", municipality=True, federal_state="SN")
    with db.reading() as orm:
        # 1 June 2028: Dresden last took part on 30 March 2027, Essen on 12 May 2027;
        # Leipzig's A is registered for the coaching on 10 Dec 2027 (within the year)
        names = {m.name: m.last_activity for m in inactive_municipalities(orm, date(2028, 6, 1))}
        assert names == {"Dresden": date(2027, 3, 30), "Essen": date(2027, 5, 12),
                         "Chemnitz": None}
        names = {m.name for m in inactive_municipalities(orm, date(2028, 3, 15))}
        assert names == {"Chemnitz"}
        assert {m.name for m in inactive_municipalities(orm, date(2027, 1, 1))} == {
            "Leipzig", "Essen", "Chemnitz"}  # Dresden: analysis pre-talk Dec 2026
