"""Warnings on booking (observation 10): more registrations than the venue holds, and a
coaching participant from a city that is not one of the coaching's municipalities."""

from __future__ import annotations

from datetime import date

from planner.usecases.people import add_organisation, add_person
from planner.usecases.registration import register
from tests.rules_support import make_event


def test_registration_beyond_the_venue_capacity_warns(db):
    fx = make_event(db, days=[date(2027, 3, 2)], persons=2, venue_capacity=2)
    with db.transaction() as orm:
        pid = add_person(orm, first_name="Ana", last_name="Dritte").value.id
        outcome = register(orm, fx.event_id, pid)
    assert outcome.value.status == "registered"  # the event has no limit of its own
    venue = [w for w in outcome.warnings if w.code == "venue_capacity"]
    assert venue and "Haus der Bildung" in venue[0].message and "2" in venue[0].message


def test_coaching_participant_from_another_city_warns(db):
    fx = make_event(db, format="coaching", days=[date(2027, 3, 2)], persons=1)
    with db.transaction() as orm:
        essen = add_organisation(orm, name="Essen", municipality=True, federal_state="NW",
                                 population=579_432).value.id
        pid = add_person(orm, first_name="Jürgen", last_name="Groß",
                         organisation_id=essen).value.id
        outcome = register(orm, fx.event_id, pid)
        same_city = add_person(orm, first_name="Ana", last_name="Leipzigerin",
                               organisation_id=fx.city_id).value.id
        fine = register(orm, fx.event_id, same_city)
    other = [w for w in outcome.warnings if w.code == "coaching_city"]
    assert other and "Essen" in other[0].message and "Leipzig" in other[0].message
    assert not [w for w in fine.warnings if w.code == "coaching_city"]
