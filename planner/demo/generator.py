"""Realistic, reproducible demo data: master data and years of events of all five formats.

The data is planned as the use cases plan it (planner/demo/records.py and bookings.py use
the same checks and defaults) but built as plain rows and written in bulk at the end
(planner/demo/rows.py); planner/demo/verify.py then checks the written data with the
planning rules (double bookings, holidays, capacity, attendance) before the transaction
may commit. The same seed (and start year) gives identical data: all randomness comes
from one `random.Random(seed)`, and today's date is only used when no start year is given.
"""

from __future__ import annotations

import logging
import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from planner.demo.bookings import book, record_past_attendance
from planner.demo.context import DemoContext
from planner.demo.evaluation import add_demo_feedback
from planner.demo.events import (
    analysis_sessions,
    coaching,
    conference,
    network_group,
    people_from,
    pick_conference_titles,
    pick_network_themes,
    plan_event,
    training_series,
)
from planner.demo.records import add_organisation, add_topic
from planner.demo.reference import (
    AGENCIES,
    AGREEMENT_GOALS,
    ANALYSIS_FIELDS,
    CITIES,
    OFFICE_VENUES,
    OWN_TOPICS,
    STAFF_FUNCTIONS,
    TRAINER_FUNCTIONS,
    office_for_state,
)
from planner.demo.rows import DemoRows, EventRow, Row, next_ids, write_rows
from planner.demo.verify import verify_demo
from planner.errors import ValidationError
from planner.models.enums import AgreementStatus, EventFormat, RegistrationStatus
from planner.plainsql import fetch
from planner.usecases.planning import EventPlan

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

log = logging.getLogger(__name__)

# Demo addresses use the reserved .example TLD (RFC 2606): mail can never reach anyone.
STAFF_DOMAIN = "transferagenturen-grossstaedte.example"


def _master_data(ctx: DemoContext, orm: OrmSession, trainer_pool: int) -> None:
    ctx.offices = {code: Row(id=oid, code=code, city=city) for oid, code, city in fetch(
        orm, "SELECT id, code, city FROM office ORDER BY id")}
    ctx.topics = [Row(id=tid, name=name)
                  for tid, name in fetch(orm, "SELECT id, name FROM topic ORDER BY id")]
    existing = {t.name for t in ctx.topics}
    for name in OWN_TOPICS:
        if name not in existing:
            add_topic(ctx, name)
    for ref in CITIES:
        ctx.city_refs[ref.name] = ref
        ctx.cities[ref.name] = add_organisation(
            ctx, name=ref.name, municipality=True, federal_state=ref.state,
            population=ref.population, city=ref.name)
    for code, venues in OFFICE_VENUES.items():
        ctx.office_venues[code] = [
            ctx.new_venue(name=v.name, street=v.street, postcode=ctx.city_refs[city].postcode,
                          city=city, federal_state=ctx.city_refs[city].state,
                          capacity=v.capacity)
            for city, v in venues
        ]
    foundation = add_organisation(
        ctx, name="Deutsche Kinder- und Jugendstiftung gemeinnützige GmbH")
    for code in ctx.offices:
        ctx.staff[code] = [
            ctx.new_person(domain=STAFF_DOMAIN, roles=["staff"], organisation=foundation,
                           function=ctx.rng.choice(STAFF_FUNCTIONS))
            for _ in range(ctx.rng.randint(4, 6))
        ]
    agencies = [add_organisation(ctx, name=name) for name in AGENCIES]
    for _ in range(trainer_pool):
        agency = ctx.rng.choice(agencies + [None])  # None: freelance
        domain = (f"{agency.name.split()[0].lower().replace('ü', 'ue')}-bildung.example"
                  if agency else "freiberuflich-bildung.example")
        title = ctx.rng.choice(("", "", "", "Dr.", "Prof. Dr."))
        ctx.trainers.append(ctx.new_person(
            domain=domain, roles=["trainer"], organisation=agency, title=title,
            function=ctx.rng.choice(TRAINER_FUNCTIONS)))


def _analysis(ctx: DemoContext, office: str, year: int, city: str) -> EventRow:
    field = ctx.rng.choice(ANALYSIS_FIELDS)
    plans, days = analysis_sessions(ctx, city, year)
    event = plan_event(ctx, EventPlan(
        format=EventFormat.ANALYSIS, office=office, topic_id=ctx.rng.choice(ctx.topics).id,
        title=f"Klärung und Analyse {city} {year}: {field}",
        description="Vorgespräch und Analyseworkshop mit den Verantwortlichen der Kommune.",
        municipality_ids=[ctx.cities[city].id], sessions=plans))
    people = people_from(ctx, [city], ctx.rng.randint(3, 6), days)
    book(ctx, event, [(p, None) for p in people], cancel_share=0.0)
    workshop = days[1]
    done = workshop + timedelta(days=21)
    fields = ctx.rng.sample(ANALYSIS_FIELDS, 3)
    finished = done <= ctx.today
    ctx.rows.add(
        "dossier", event_id=event.id, starting_situation=(
            f"{city} hat im Handlungsfeld {field} bereits erste Strukturen aufgebaut; "
            "Daten liegen verstreut in mehreren Ämtern vor, eine gemeinsame Steuerung fehlt."),
        fields_of_action="\n".join(f"- {f}" for f in fields) if finished else "",
        work_packages="\n".join(
            f"{i}. {t}" for i, t in enumerate((
                f"Bestandsaufnahme {fields[0]}", "Steuerungsgruppe einrichten",
                f"Indikatoren für {fields[1]} festlegen"), 1)) if finished else "",
        completed_on=done if finished else None)
    signed = workshop + timedelta(days=ctx.rng.randint(20, 45))
    start = signed + timedelta(days=ctx.rng.randint(5, 30))
    end = start + timedelta(days=365 * ctx.rng.choice((1, 1, 2)))
    if signed > ctx.today:
        status, signed_on = AgreementStatus.DRAFT, None
    elif start > ctx.today:
        status, signed_on = AgreementStatus.SIGNED, signed
    elif end < ctx.today:
        status, signed_on = AgreementStatus.ENDED, signed
    else:
        status, signed_on = AgreementStatus.RUNNING, signed
    formats = [EventFormat.TRAINING_SERIES, EventFormat.NETWORK_GROUP, EventFormat.COACHING,
               EventFormat.CONFERENCE]
    ctx.rows.add(
        "cooperation_agreement", municipality_id=ctx.cities[city].id, event_id=event.id,
        office_id=ctx.offices[office].id,
        goals=ctx.rng.sample(AGREEMENT_GOALS, ctx.rng.randint(2, 4)),
        agreed_formats=[str(f) for f in ctx.rng.sample(formats, ctx.rng.randint(1, 3))],
        start_date=start, end_date=end, status=status, signed_on=signed_on)
    return event


def _year(ctx: DemoContext, year: int) -> None:
    rng = ctx.rng
    training_series(ctx, "berlin", "Berlin", year, autumn=False)
    training_series(ctx, "hamburg", "Hamburg", year, autumn=False)
    training_series(ctx, "hamburg", "Bremen", year, autumn=True)
    if rng.random() < 0.5:
        training_series(ctx, "berlin", "Berlin", year, autumn=True)
    for i, theme in enumerate(pick_network_themes(ctx)):
        network_group(ctx, ("berlin", "hamburg")[i % 2], year, theme)
    for i, title in enumerate(pick_conference_titles(ctx)):
        conference(ctx, ("berlin", "hamburg")[(year + i) % 2], year, title)
    for office in ("berlin", "hamburg"):
        for _ in range(rng.randint(2, 3)):
            coaching(ctx, office, year)
        region = [c for c, r in ctx.city_refs.items() if office_for_state(r.state) == office]
        for city in rng.sample(region, rng.randint(2, 3)):
            _analysis(ctx, office, year, city)


def generate_demo(orm: OrmSession, *, years: int, seed: int,
                  start_year: int | None = None, today: date | None = None) -> dict[str, int]:
    """The demo data is history: its bookings create no messages to participants."""
    from planner.notify.tracking import notifications_suppressed

    with notifications_suppressed(orm):
        return _generate(orm, years=years, seed=seed, start_year=start_year, today=today)


def _generate(orm: OrmSession, *, years: int, seed: int, start_year: int | None,
              today: date | None) -> dict[str, int]:
    """Fill the database with `years` years of demo data starting in `start_year`.

    Default start: last year for one or two years (the plan shows last year and this
    year); for more years, so that the data ends this year (a past decade up to now).

    Sessions that end before `today` get attendance. `today` defaults to the real date
    when no start year is given, else to 1 July of the last generated year, so that an
    explicit start year gives the same data on every day.
    """
    if fetch(orm, "SELECT id FROM event LIMIT 1") or fetch(orm, "SELECT id FROM person LIMIT 1"):
        raise ValidationError(
            "Die Datenbank enthält bereits Daten. Demodaten werden nur in eine leere "
            "Datenbank geschrieben (z. B. --db demo.sqlite)."
        )
    if start_year is None:
        start_year = date.today().year - max(1, years - 1)
        today = today or date.today()
    elif today is None:
        today = date(start_year + years - 1, 7, 1)
    from planner.audit import acting_entry

    ctx = DemoContext(rows=DemoRows(next_ids(orm)), rng=random.Random(seed), today=today,
                      audit_who=acting_entry(orm))
    _master_data(ctx, orm, trainer_pool=min(60, 30 + 3 * years))
    for year in range(start_year, start_year + years):
        _year(ctx, year)
    attendance = sum(record_past_attendance(ctx, e) for e in ctx.events)
    write_rows(orm, ctx.rows)
    verify_demo(orm, ctx)
    feedback = add_demo_feedback(orm, seed=seed, today=today)  # reads the written rows
    log.info("Demodaten: %d Jahre ab %d (Startwert %d), %d Veranstaltungen", years,
             start_year, seed, len(ctx.events))
    rows = ctx.rows
    return {
        "Veranstaltungen": len(ctx.events),
        "Termine": rows.count("session"),
        "Personen": rows.count("person"),
        "Kommunen": rows.count("organisation", kind="municipality"),
        "Anmeldungen": rows.count("registration"),
        "Wartelistenplätze": rows.count("registration", status=RegistrationStatus.WAITING),
        "Stornierungen": rows.count("registration", status=RegistrationStatus.CANCELLED),
        "Anwesenheiten": rows.count("attendance") if attendance else 0,
        "Rückmeldebögen": feedback,
    }
