"""Small builders for test data, going through the real use cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from planner.storage.database import Database
from planner.usecases.people import add_organisation, add_person, add_venue
from planner.usecases.planning import EventPlan, SessionPlan, create_event
from planner.usecases.registration import register

INTERNATIONAL_NAMES = [
    ("Zofia", "Wałęsa-Łukasiewicz"),
    ("Ayşe", "Yıldırım-Doğan"),
    ("Ğülşen", "Şahin"),
    ("Gwŷn", "Llŵyd"),
    ("Renée", "Lefèvre"),
    ("Jürgen", "Groß"),
    ("Mohammed", "Al-Haddad"),
]


@dataclass
class SeriesFixture:
    event_id: int
    session_ids: list[int]
    trainer_id: int
    venue_id: int
    person_ids: list[int]
    municipality_id: int


def make_series(
    db: Database,
    *,
    start: datetime = datetime(2027, 3, 2, 9, 30),
    persons: int = 5,
    office: str = "berlin",
    title: str = "Fortbildungsreihe Bildungsmonitoring 2027",
) -> SeriesFixture:
    """A six-module training series on Tuesdays (09:30–16:30) with registered persons."""
    with db.transaction() as orm:
        city = add_organisation(orm, name="Leipzig", municipality=True, federal_state="SN",
                                population=628_718).value
        venue = add_venue(orm, name="Haus der Bildung", street="Markt 1", postcode="04109",
                          city="Leipzig", federal_state="SN").value
        trainer = add_person(orm, first_name="Małgorzata", last_name="Kowalczyk-Şen",
                             email="m.kowalczyk@example.org", roles=["trainer"]).value
        plan = EventPlan(
            format="training_series", title=title, office=office,
            sessions=[
                SessionPlan(start=start + timedelta(weeks=i),
                            end=start + timedelta(weeks=i, hours=7),
                            title=f"Modul {i + 1}", venue_id=venue.id, trainer_ids=[trainer.id])
                for i in range(6)
            ],
        )
        event = create_event(orm, plan, force=True).value
        person_ids = []
        for i in range(persons):
            first, last = INTERNATIONAL_NAMES[i % len(INTERNATIONAL_NAMES)]
            p = add_person(orm, first_name=first, last_name=f"{last}{'' if i < 7 else i}",
                           email=f"person{i}@example.org", organisation_id=city.id).value
            register(orm, event.id, p.id, force=True)
            person_ids.append(p.id)
        return SeriesFixture(event.id, [s.id for s in event.sessions], trainer.id, venue.id,
                             person_ids, city.id)
