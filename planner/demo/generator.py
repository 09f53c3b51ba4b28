"""Realistic, reproducible demo data: master data and years of events of all five formats.

Everything goes through the use cases, so the data obeys the same rules as data entered
by hand. The same seed (and start year) gives identical data: all randomness comes from
one `random.Random(seed)`, and today's date is only used when no start year is given.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session as OrmSession

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
from planner.errors import ValidationError
from planner.models import (
    AgreementStatus,
    Attendance,
    CooperationAgreement,
    Dossier,
    Event,
    EventFormat,
    Office,
    Organisation,
    Person,
    Registration,
    RegistrationStatus,
    Session,
    Topic,
)
from planner.usecases.people import add_organisation, add_topic, add_venue
from planner.usecases.planning import EventPlan

# Demo addresses use the reserved .example TLD (RFC 2606): mail can never reach anyone.
STAFF_DOMAIN = "transferagenturen-grossstaedte.example"


def _master_data(ctx: DemoContext, trainer_pool: int) -> None:
    orm = ctx.orm
    ctx.offices = {o.code: o for o in orm.scalars(select(Office).order_by(Office.id))}
    existing = set(orm.scalars(select(Topic.name)))
    for name in OWN_TOPICS:
        if name not in existing:
            add_topic(orm, name)
    ctx.topics = list(orm.scalars(select(Topic).order_by(Topic.id)))
    for ref in CITIES:
        ctx.city_refs[ref.name] = ref
        ctx.cities[ref.name] = add_organisation(
            orm, name=ref.name, municipality=True, federal_state=ref.state,
            population=ref.population, city=ref.name).value
    for code, venues in OFFICE_VENUES.items():
        ctx.office_venues[code] = [
            add_venue(orm, name=v.name, street=v.street, postcode=ctx.city_refs[city].postcode,
                      city=city, federal_state=ctx.city_refs[city].state,
                      capacity=v.capacity).value
            for city, v in venues
        ]
    foundation = add_organisation(
        orm, name="Deutsche Kinder- und Jugendstiftung gemeinnützige GmbH").value
    for code in ctx.offices:
        ctx.staff[code] = [
            ctx.new_person(domain=STAFF_DOMAIN, roles=["staff"], organisation=foundation,
                           function=ctx.rng.choice(STAFF_FUNCTIONS))
            for _ in range(ctx.rng.randint(4, 6))
        ]
    agencies = [add_organisation(orm, name=name).value for name in AGENCIES]
    for _ in range(trainer_pool):
        agency = ctx.rng.choice(agencies + [None])  # None: freelance
        domain = (f"{agency.name.split()[0].lower().replace('ü', 'ue')}-bildung.example"
                  if agency else "freiberuflich-bildung.example")
        title = ctx.rng.choice(("", "", "", "Dr.", "Prof. Dr."))
        ctx.trainers.append(ctx.new_person(
            domain=domain, roles=["trainer"], organisation=agency, title=title,
            function=ctx.rng.choice(TRAINER_FUNCTIONS)))


def _analysis(ctx: DemoContext, office: str, year: int, city: str) -> Event:
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
    event.dossier = Dossier(
        starting_situation=(
            f"{city} hat im Handlungsfeld {field} bereits erste Strukturen aufgebaut; "
            "Daten liegen verstreut in mehreren Ämtern vor, eine gemeinsame Steuerung fehlt."),
        fields_of_action="\n".join(f"- {f}" for f in fields) if finished else "",
        work_packages="\n".join(
            f"{i}. {t}" for i, t in enumerate((
                f"Bestandsaufnahme {fields[0]}", "Steuerungsgruppe einrichten",
                f"Indikatoren für {fields[1]} festlegen"), 1)) if finished else "",
        completed_on=done if finished else None,
    )
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
    ctx.orm.add(CooperationAgreement(
        municipality=ctx.cities[city], event=event, office=ctx.offices[office],
        goals=ctx.rng.sample(AGREEMENT_GOALS, ctx.rng.randint(2, 4)),
        agreed_formats=[str(f) for f in ctx.rng.sample(formats, ctx.rng.randint(1, 3))],
        start_date=start, end_date=end, status=status, signed_on=signed_on,
    ))
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


def _count(orm: OrmSession, model: type, *where: ColumnElement[bool]) -> int:
    return orm.scalar(select(func.count()).select_from(model).where(*where)) or 0


def generate_demo(orm: OrmSession, *, years: int, seed: int,
                  start_year: int | None = None, today: date | None = None) -> dict[str, int]:
    """Fill the database with `years` years of demo data starting in `start_year`.

    Default start: last year for one or two years (the plan shows last year and this
    year); for more years, so that the data ends this year (a past decade up to now).

    Sessions that end before `today` get attendance. `today` defaults to the real date
    when no start year is given, else to 1 July of the last generated year, so that an
    explicit start year gives the same data on every day.
    """
    if orm.scalar(select(Event.id).limit(1)) or orm.scalar(select(Person.id).limit(1)):
        raise ValidationError(
            "Die Datenbank enthält bereits Daten. Demodaten werden nur in eine leere "
            "Datenbank geschrieben (z. B. --db demo.sqlite)."
        )
    if start_year is None:
        start_year = date.today().year - max(1, years - 1)
        today = today or date.today()
    elif today is None:
        today = date(start_year + years - 1, 7, 1)
    ctx = DemoContext(orm=orm, rng=random.Random(seed), today=today)
    _master_data(ctx, trainer_pool=min(60, 30 + 3 * years))
    for year in range(start_year, start_year + years):
        _year(ctx, year)
    attendance = sum(record_past_attendance(ctx, e) for e in ctx.events)
    orm.flush()
    feedback = add_demo_feedback(orm, seed=seed, today=today)
    return {
        "Veranstaltungen": len(ctx.events),
        "Termine": _count(orm, Session),
        "Personen": _count(orm, Person),
        "Kommunen": _count(orm, Organisation, Organisation.kind == "municipality"),
        "Anmeldungen": _count(orm, Registration),
        "Wartelistenplätze": _count(orm, Registration,
                                    Registration.status == RegistrationStatus.WAITING),
        "Stornierungen": _count(orm, Registration,
                                Registration.status == RegistrationStatus.CANCELLED),
        "Anwesenheiten": _count(orm, Attendance) if attendance else 0,
        "Rückmeldebögen": feedback,
    }
