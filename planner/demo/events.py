"""Demo events of the five formats, each planned as `create_event` plans it (as rows)."""

from __future__ import annotations

from datetime import date, time, timedelta
from itertools import cycle

from planner.checks import holiday_name
from planner.demo.bookings import Booking, book, cancel_and_replace
from planner.demo.context import EVENT_MONTHS, DemoContext, at
from planner.demo.records import create_event
from planner.demo.reference import (
    AGENDA_PANELS,
    AGENDA_TALKS,
    AGENDA_WORKSHOPS,
    COACHING_THEMES,
    CONFERENCE_TITLES,
    EXCURSION_SITES,
    NETWORK_THEMES,
    SERIES_THEMES,
)
from planner.demo.rows import EventRow, Row
from planner.models.enums import AgendaKind, EventFormat, SessionKind
from planner.usecases.planning import AgendaPlan, EventPlan, ExcursionPlan, SessionPlan


def plan_event(ctx: DemoContext, plan: EventPlan) -> EventRow:
    return create_event(ctx, plan)


def _topic_id(ctx: DemoContext) -> int:
    return ctx.rng.choice(ctx.topics).id


def _region(ctx: DemoContext, office: str, *, large_only: bool = True) -> list[str]:
    from planner.demo.reference import office_for_state

    return [c for c, ref in ctx.city_refs.items()
            if office_for_state(ref.state) == office and (not large_only
                                                          or not ref.below_threshold)]


def people_from(ctx: DemoContext, cities: list[str], n: int, days: list[date]) -> list[Row]:
    chosen: list[Row] = []
    ids: set[int] = set()
    for i in range(n * 2):
        if len(chosen) >= n:
            break
        person = ctx.participant(cities[i % len(cities)], ids, days)
        if person is not None and person.id not in ids:
            chosen.append(person)
            ids.add(person.id)
    return chosen


def _day(ctx: DemoContext, around: date, venue: Row) -> date:
    day = ctx.workday(around, venue.federal_state, venue)
    ctx.occupy_venue(venue, day)
    return day


def training_series(ctx: DemoContext, office: str, city: str, year: int, autumn: bool) -> EventRow:
    theme, modules = ctx.deck("series", SERIES_THEMES)
    venue = next(v for v in ctx.office_venues[office] if v.city == city)
    start = date(year, 9 if autumn else 2, ctx.rng.randint(2, 16))
    weeks = (2, 3) if autumn else (3, 4)
    lead = ctx.rng.choice(ctx.trainers)
    sessions, days = [], []
    day = start
    for n, title in enumerate(modules, 1):
        day = _day(ctx, day, venue)
        trainers = ctx.pick_trainers(day, 1 + (ctx.rng.random() < 0.4), prefer=[lead])
        sessions.append(SessionPlan(
            start=at(day, 9, 30), end=at(day, 16, 30), title=f"Modul {n}: {title}",
            venue_id=venue.id, trainer_ids=[p.id for p in trainers]))
        days.append(day)
        day += timedelta(weeks=ctx.rng.choice(weeks))
    capacity = ctx.rng.choice((16, 18, 20))
    where = "" if city == ctx.offices[office].city else f" in {city}"
    event = plan_event(ctx, EventPlan(
        format=EventFormat.TRAINING_SERIES, office=office, topic_id=_topic_id(ctx),
        title=f"Fortbildungsreihe „{theme}“ {year}{' (Herbst)' if autumn else ''}{where}",
        description="Sechs ganztägige Module, als Reihe oder einzeln buchbar.",
        capacity=capacity, sessions=sessions))
    region = _region(ctx, office)
    if city not in region:
        region.append(city)
    whole = people_from(ctx, ctx.rng.sample(region, len(region)),
                    capacity + ctx.rng.randint(1, 7), days)
    bookings: list[Booking] = [(p, None) for p in whole]
    for p in people_from(ctx, ctx.rng.sample(region, len(region)), ctx.rng.randint(3, 8), []):
        if p in whole:
            continue
        chosen = sorted(ctx.rng.sample(event.sessions, ctx.rng.randint(1, 3)),
                        key=lambda s: s.start)
        bookings.append((p, chosen))
    book(ctx, event, bookings)
    if ctx.rng.random() < 0.35:
        cancel_and_replace(ctx, ctx.rng.choice(event.sessions[1:5]), replace=True)
    return event


def network_group(ctx: DemoContext, office: str, year: int, theme: str) -> EventRow:
    large = [c for c, r in ctx.city_refs.items() if not r.below_threshold]
    members = ctx.rng.sample(large, ctx.rng.randint(5, 8))
    if ctx.rng.random() < 0.3:
        members.append(ctx.rng.choice([c for c, r in ctx.city_refs.items()
                                       if r.below_threshold]))
    n = ctx.rng.randint(3, 5)
    hosts = ctx.rng.sample(members, n)
    months = sorted(ctx.rng.sample(EVENT_MONTHS, n))
    moderator = ctx.rng.choice(ctx.trainers)
    sessions, days = [], []
    sites = ctx.rng.sample(EXCURSION_SITES, n)
    for host, month, (site, street, text) in zip(hosts, months, sites, strict=True):
        venue = ctx.city_venue(host, ctx.rng.choice((0, 1)))
        day = _day(ctx, ctx.month_day(year, month), venue)
        trainers = ctx.pick_trainers(day, 1 + (ctx.rng.random() < 0.5), prefer=[moderator])
        first, last = ctx.name()
        phone = f"0{ctx.rng.randint(200, 999)}/{ctx.rng.randint(100000, 999999)}"
        sessions.append(SessionPlan(
            start=at(day, 10), end=at(day, 16, 30), title=f"Treffen in {host}",
            venue_id=venue.id, trainer_ids=[p.id for p in trainers],
            host_municipality_id=ctx.cities[host].id,
            excursion=ExcursionPlan(
                site=site.format(city=host), street=street, postcode=ctx.city_refs[host].postcode,
                city=host, host_contact=f"{first} {last}, Leitung, Tel. {phone}",
                start=time(13, 30), end=time(15, 30),
                description=text)))
        days.append(day)
    capacity = ctx.rng.choice((20, 24))
    event = plan_event(ctx, EventPlan(
        format=EventFormat.NETWORK_GROUP, office=office, topic_id=_topic_id(ctx),
        title=f"Netzwerk on Tour: {theme} {year}", capacity=capacity,
        description="Kollegialer Austausch mit Exkursion zu guter Praxis vor Ort.",
        municipality_ids=[ctx.cities[c].id for c in members], sessions=sessions))
    people = people_from(ctx, members, capacity + ctx.rng.randint(-6, 4), days)
    book(ctx, event, [(p, None) for p in people])
    if ctx.rng.random() < 0.2:
        cancel_and_replace(ctx, event.sessions[-1], replace=False)
    return event


def _agenda(ctx: DemoContext, speakers: list[Row], locals_: list[Row], host: Row,
            second_day: bool) -> list[AgendaPlan]:
    s = cycle(speakers)
    talk = ctx.rng.sample(AGENDA_TALKS, 3)
    panel = ctx.rng.sample(AGENDA_PANELS, 2)
    shops = ctx.rng.sample(AGENDA_WORKSHOPS, 3)
    panelists = list(dict.fromkeys([next(s).id, next(s).id] + [p.id for p in locals_[:2]]))
    if second_day:
        return [
            AgendaPlan(time(9), talk[2], time(9, 45), AgendaKind.TALK, [next(s).id]),
            AgendaPlan(time(10), shops[0], time(11, 30), AgendaKind.WORKSHOP, [next(s).id]),
            AgendaPlan(time(10), shops[1], time(11, 30), AgendaKind.WORKSHOP, [next(s).id]),
            AgendaPlan(time(11, 30), "Kaffeepause", time(11, 45), AgendaKind.BREAK),
            AgendaPlan(time(11, 45), panel[1], time(12, 45), AgendaKind.PANEL, panelists),
            AgendaPlan(time(12, 45), "Abschluss und Ausblick", time(13), AgendaKind.TALK,
                       [host.id]),
        ]
    return [
        AgendaPlan(time(9, 30), "Ankommen und Anmeldung", time(10), AgendaKind.BREAK),
        AgendaPlan(time(10), "Begrüßung", time(10, 15), AgendaKind.TALK, [host.id]),
        AgendaPlan(time(10, 15), talk[0], time(11), AgendaKind.TALK, [next(s).id]),
        AgendaPlan(time(11), talk[1], time(11, 45), AgendaKind.TALK, [next(s).id]),
        AgendaPlan(time(11, 45), panel[0], time(12, 45), AgendaKind.PANEL, panelists),
        AgendaPlan(time(12, 45), "Mittagspause", time(13, 45), AgendaKind.BREAK),
        *[AgendaPlan(time(13, 45), w, time(15, 15), AgendaKind.WORKSHOP, [next(s).id])
          for w in shops],
        AgendaPlan(time(15, 15), "Kaffeepause", time(15, 45), AgendaKind.BREAK),
        AgendaPlan(time(15, 45), "Ergebnisse der Werkstätten und Ausblick", time(16, 45),
                   AgendaKind.PANEL, panelists[:2]),
    ]


def conference(ctx: DemoContext, office: str, year: int, title: str) -> EventRow:
    if ctx.rng.random() < 0.7:
        venue = max(ctx.office_venues[office], key=lambda v: v.capacity or 0)
    else:
        venue = ctx.city_venue(ctx.rng.choice(_region(ctx, office)), 2)
    day = _day(ctx, ctx.month_day(year, ctx.rng.choice((3, 5, 6, 9, 10, 11))), venue)
    nxt = day + timedelta(days=1)
    two_days = (ctx.rng.random() < 0.35 and day.weekday() < 4 and ctx.venue_free(venue, nxt)
                and not holiday_name(nxt, venue.federal_state))
    locals_ = people_from(ctx, ctx.rng.sample(list(ctx.cities), 6), 2, [day])
    for p in locals_:
        ctx.occupy(p.id, [day])
    plans = []
    for i in range(2 if two_days else 1):
        d = day + timedelta(days=i)
        if i:
            ctx.occupy_venue(venue, d)
        speakers = ctx.pick_trainers(d, 5 if i else 7)
        plans.append(SessionPlan(
            start=at(d, 9) if i else at(d, 9, 30), end=at(d, 13) if i else at(d, 17),
            title=f"Tagungstag {i + 1}" if two_days else "Fachtagung",
            venue_id=venue.id, trainer_ids=[p.id for p in speakers],
            break_minutes=15 if i else 90,
            agenda=_agenda(ctx, speakers, locals_, ctx.staff[office][0], bool(i))))
    capacity = min(venue.capacity or 150, ctx.rng.choice((120, 150, 180)))
    event = plan_event(ctx, EventPlan(
        format=EventFormat.CONFERENCE, office=office, topic_id=_topic_id(ctx),
        title=f"Fachtagung „{title}“ {year}", capacity=capacity,
        description="Fachtagung mit Expertinnen und Experten aus Wissenschaft und Verwaltung.",
        sessions=plans))
    days = [s.start.date() for s in event.sessions]
    people = people_from(ctx, ctx.rng.sample(list(ctx.cities), len(ctx.cities)),
                     int(capacity * ctx.rng.uniform(0.85, 1.12)), days)
    book(ctx, event, [(p, None) for p in people if p not in locals_], cancel_share=0.1)
    return event


def coaching(ctx: DemoContext, office: str, year: int) -> EventRow:
    region = _region(ctx, office, large_only=ctx.rng.random() < 0.8)
    members = ctx.rng.sample(region, min(len(region), ctx.rng.randint(2, 5)))
    expert = ctx.rng.choice(ctx.trainers)
    theme = ctx.deck("coaching", COACHING_THEMES)
    month = ctx.rng.choice((2, 3, 4, 5, 9))
    sessions, days = [], []
    for n in range(ctx.rng.randint(3, 5)):
        city = members[n % len(members)]
        venue = ctx.city_venue(city, 0)
        day = _day(ctx, ctx.month_day(year, month), venue)
        trainers = ctx.pick_trainers(day, 1, prefer=[expert])
        sessions.append(SessionPlan(
            start=at(day, 10), end=at(day, 16), title=f"Workshop {n + 1} in {city}",
            venue_id=venue.id, trainer_ids=[p.id for p in trainers]))
        days.append(day)
        month += ctx.rng.choice((1, 2))
        if month in (7, 8):
            month = 9
    event = plan_event(ctx, EventPlan(
        format=EventFormat.COACHING, office=office, topic_id=_topic_id(ctx),
        title=f"Coaching „{theme}“ {year}", expert_id=expert.id,
        description="Kleingruppe mit externer Expertise über mehrere Monate.",
        municipality_ids=[ctx.cities[c].id for c in members], sessions=sessions))
    people = people_from(ctx, members, len(members) * ctx.rng.randint(1, 3), days)
    book(ctx, event, [(p, None) for p in people], cancel_share=0.05)
    if ctx.rng.random() < 0.15:
        cancel_and_replace(ctx, event.sessions[-1], replace=False)
    return event


def analysis_sessions(ctx: DemoContext, city: str, year: int) -> tuple[list[SessionPlan],
                                                                          list[date]]:
    venue = ctx.city_venue(city, 0)
    talk_day = _day(ctx, ctx.month_day(year, ctx.rng.choice(EVENT_MONTHS[:-1])), venue)
    work_day = _day(ctx, talk_day + timedelta(weeks=ctx.rng.randint(4, 7)), venue)
    moderator = ctx.pick_trainers(work_day, 1)
    return [
        SessionPlan(start=at(talk_day, 10), end=at(talk_day, 12), kind=SessionKind.PRE_TALK,
                    venue_id=venue.id, break_minutes=0,
                    notes="Bedarf klären mit der Amtsleitung und dem Bildungsbüro."),
        SessionPlan(start=at(work_day, 9, 30), end=at(work_day, 15, 30),
                    kind=SessionKind.ANALYSIS_WORKSHOP, venue_id=venue.id,
                    trainer_ids=[p.id for p in moderator], break_minutes=45),
    ], [talk_day, work_day]


def pick_network_themes(ctx: DemoContext) -> list[str]:
    return ctx.rng.sample(NETWORK_THEMES, ctx.rng.randint(3, 4))


def pick_conference_titles(ctx: DemoContext) -> list[str]:
    return ctx.rng.sample(CONFERENCE_TITLES, 1 + (ctx.rng.random() < 0.45))
