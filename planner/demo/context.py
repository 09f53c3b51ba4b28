"""State shared while generating demo data: randomness, calendar, busy days, person pools,
and the rows being built (planner/demo/rows.py)."""

from __future__ import annotations

import random
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from planner.checks import holiday_name
from planner.demo.records import add_person, add_venue
from planner.demo.reference import (
    CITY_VENUES,
    NAME_ORIGINS,
    PARTICIPANT_FUNCTIONS,
    CityRef,
    VenueRef,
)
from planner.demo.rows import DemoRows, EventRow, Row

T = TypeVar("T")

_ASCII = str.maketrans({
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
    "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae",
})

# Months without summer break and the turn of the year, where events usually take place.
EVENT_MONTHS = (2, 3, 4, 5, 6, 9, 10, 11)


def ascii_slug(text: str) -> str:
    """'Gwŷn Llŵyd' -> 'gwyn-llwyd': e-mail-safe ASCII (umlauts as ae/oe/ue, ß as ss)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    out = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in plain)
    return "-".join(part for part in out.split("-") if part)


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm))


@dataclass
class DemoContext:
    rows: DemoRows
    rng: random.Random
    today: date
    audit_who: dict[str, Any]  # who and when, for the audit entries of new persons
    offices: dict[str, Row] = field(default_factory=dict)
    topics: list[Row] = field(default_factory=list)
    cities: dict[str, Row] = field(default_factory=dict)
    city_refs: dict[str, CityRef] = field(default_factory=dict)
    venues: dict[str, list[Row]] = field(default_factory=dict)
    office_venues: dict[str, list[Row]] = field(default_factory=dict)
    trainers: list[Row] = field(default_factory=list)
    staff: dict[str, list[Row]] = field(default_factory=dict)
    city_people: dict[str, list[Row]] = field(default_factory=dict)
    events: list[EventRow] = field(default_factory=list)
    person_by_id: dict[int, Row] = field(default_factory=dict)
    venue_by_id: dict[int, Row] = field(default_factory=dict)
    emails: set[str] = field(default_factory=set)
    busy_person: dict[int, set[date]] = field(default_factory=dict)
    busy_venue: dict[int, set[date]] = field(default_factory=dict)
    attendance: dict[tuple[int, int], Row] = field(default_factory=dict)
    decks: dict[str, list] = field(default_factory=dict)

    @property
    def now(self) -> datetime:
        return at(self.today, 8)

    # --- identifiers and names -------------------------------------------------------

    def uid(self) -> str:
        return f"{uuid.UUID(int=self.rng.getrandbits(128), version=4)}@transferplaner"

    def name(self) -> tuple[str, str]:
        origins = list(NAME_ORIGINS.values())
        origin = self.rng.choices(origins, weights=[o.weight for o in origins])[0]
        female = self.rng.random() < 0.55
        first = self.rng.choice(origin.female if female else origin.male)
        last = self.rng.choice(origin.last)
        if "|" in last:
            male_form, female_form = last.split("|")
            last = female_form if female else male_form
        if self.rng.random() < 0.07 and "-" not in last:
            other = self.rng.choice(NAME_ORIGINS["de"].last)
            if other != last:
                last = f"{other}-{last}" if self.rng.random() < 0.5 else f"{last}-{other}"
        return first, last

    def email(self, first: str, last: str, domain: str) -> str:
        base = f"{ascii_slug(first).replace('-', '.')}.{ascii_slug(last)}"
        candidate, n = f"{base}@{domain}", 1
        while candidate in self.emails:
            n += 1
            candidate = f"{base}{n}@{domain}"
        self.emails.add(candidate)
        return candidate

    def new_person(self, *, domain: str, roles: Sequence[str], function: str,
                   organisation: Row | None, title: str = "") -> Row:
        first, last = self.name()
        person = add_person(
            self, first_name=first, last_name=last, email=self.email(first, last, domain),
            organisation=organisation, roles=roles, function=function, title=title)
        self.person_by_id[person.id] = person
        return person

    def new_venue(self, **values: Any) -> Row:
        venue = add_venue(self, **values)
        self.venue_by_id[venue.id] = venue
        return venue

    def participant(self, city: str, exclude: set[int], days: Sequence[date]) -> Row | None:
        """A municipal participant free on all `days`: often a known face, else a new one."""
        pool = self.city_people.setdefault(city, [])
        reuse = 0.5 if len(pool) < 6 else 0.8
        if pool and self.rng.random() < reuse:
            for person in self.rng.sample(pool, min(len(pool), 4)):
                if person.id not in exclude and self.free(person.id, days):
                    return person
        ref = self.city_refs[city]
        person = self.new_person(
            domain=f"stadt-{ref.slug}.example", roles=["participant"],
            function=self.rng.choice(PARTICIPANT_FUNCTIONS), organisation=self.cities[city],
            title="Dr." if self.rng.random() < 0.06 else "",
        )
        pool.append(person)
        return person

    def deck(self, key: str, items: Sequence[T]) -> T:
        """Draw without repetition until all items were used once (then reshuffle)."""
        cards = self.decks.get(key)
        if not cards:
            cards = self.decks[key] = self.rng.sample(list(items), len(items))
        return cards.pop()

    # --- busy days -------------------------------------------------------------------

    def free(self, person_id: int, days: Sequence[date]) -> bool:
        busy = self.busy_person.get(person_id)
        return not busy or not any(d in busy for d in days)

    def occupy(self, person_id: int, days: Sequence[date]) -> None:
        self.busy_person.setdefault(person_id, set()).update(days)

    def venue_free(self, venue: Row | None, day: date) -> bool:
        return venue is None or day not in self.busy_venue.get(venue.id, set())

    def occupy_venue(self, venue: Row | None, day: date) -> None:
        if venue is not None:
            self.busy_venue.setdefault(venue.id, set()).add(day)

    def pick_trainers(self, day: date, k: int, prefer: Sequence[Row] = ()) -> list[Row]:
        chosen = [p for p in prefer if self.free(p.id, [day])][:k]
        for person in self.rng.sample(self.trainers, len(self.trainers)):
            if len(chosen) >= k:
                break
            if person not in chosen and self.free(person.id, [day]):
                chosen.append(person)
        for person in chosen:
            self.occupy(person.id, [day])
        return chosen

    # --- calendar --------------------------------------------------------------------

    def workday(self, around: date, state: str | None, venue: Row | None = None,
                avoid: Sequence[date] = ()) -> date:
        """The first Tuesday–Thursday (else Monday/Friday) from `around` that is no public
        holiday in `state` and on which the venue is free."""
        for allowed in ((1, 2, 3), (0, 1, 2, 3, 4)):
            day = around
            for _ in range(28):
                if (day.weekday() in allowed and not holiday_name(day, state)
                        and self.venue_free(venue, day) and day not in avoid):
                    return day
                day += timedelta(days=1)
        return day

    def month_day(self, year: int, month: int) -> date:
        while month > 12:
            year, month = year + 1, month - 12
        return date(year, month, self.rng.randint(3, 22))

    # --- master data on demand -------------------------------------------------------

    def city_venue(self, city: str, index: int) -> Row:
        """The city's venue number `index` (0 seminar room, 1 forum, 2 town hall)."""
        venues = self.venues.setdefault(city, [])
        while len(venues) <= index:
            ref = self.city_refs[city]
            tpl: VenueRef = CITY_VENUES[len(venues)]
            venues.append(self.new_venue(
                name=tpl.name.format(city=city), street=tpl.street,
                postcode=ref.postcode, city=city, federal_state=ref.state,
                capacity=tpl.capacity,
            ))
        return venues[index]

    def state_of(self, city: str) -> str:
        return self.city_refs[city].state
