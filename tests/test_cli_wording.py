"""German numbers and plurals in what the CLI prints (observation 13)."""

from __future__ import annotations

from datetime import date, timedelta

from planner.cli.main import main
from planner.usecases.attendance import record_all_registered
from tests.rules_support import make_event, weekly


def test_eligibility_prints_german_decimal_comma(db, db_args, capsys):
    fx = make_event(db, days=weekly(date(2027, 3, 2), 4))
    with db.transaction() as orm:
        for sid in fx.session_ids:
            record_all_registered(orm, sid, "present")
    db.close()
    assert main([*db_args, "certificate", "eligibility", "--event", str(fx.event_id)]) == 0
    out = capsys.readouterr().out
    assert "29,3 / 29,3 UE" in out
    assert "29.2" not in out and "29.3" not in out


def test_list_events_says_one_session_in_the_singular(db, db_args, capsys):
    make_event(db, days=[date(2027, 3, 2)])
    db.close()
    assert main([*db_args, "list", "events"]) == 0
    out = capsys.readouterr().out
    assert "1 Termin " in out and "1 Termine" not in out


def test_attend_counts_persons_in_german(db, db_args, capsys):
    fx = make_event(db, days=[date(2027, 3, 2)], persons=1)
    db.close()
    assert main([*db_args, "attend", str(fx.session_ids[0]), "--all-registered",
                 "--status", "present"]) == 0
    out = capsys.readouterr().out
    assert "für 1 Person erfasst" in out and "Person(en)" not in out


def test_agreements_due_tomorrow_and_in_two_days(db, db_args, capsys):
    from planner.usecases.agreements import AgreementData, create_agreement
    from planner.usecases.people import add_organisation

    today = date.today()  # agreements_ending counts from the real date
    with db.transaction() as orm:
        for name, days in (("Leipzig", 1), ("Dresden", 2)):
            city = add_organisation(orm, name=name, municipality=True, federal_state="SN",
                                    population=600_000).value
            create_agreement(orm, AgreementData(
                municipality_id=city.id, office="berlin", start_date=today - timedelta(days=300),
                end_date=today + timedelta(days=days), status="signed",
                signed_on=today - timedelta(days=300)))
    db.close()
    assert main([*db_args, "agreements", "due"]) == 0
    out = capsys.readouterr().out
    assert "(morgen)" in out and "(in 2 Tagen)" in out
    assert "in 1 Tagen" not in out
    assert "Bald endende Vereinbarungen (2)" in out


def test_exports_of_one_item_say_it_in_the_singular(db, db_args, capsys, tmp_path):
    fx = make_event(db, days=[date(2027, 3, 2)], persons=1)
    db.close()
    assert main([*db_args, "export", "ical", "--participant", str(fx.person_ids[0]), "-o",
                 str(tmp_path / "p.ics")]) == 0
    assert main([*db_args, "export", "signature-list", "--session", str(fx.session_ids[0]),
                 "-o", str(tmp_path / "s.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "1 Termin nach" in out and "(1 Eintrag)" in out
    assert "1 Termine" not in out and "1 Einträge" not in out
