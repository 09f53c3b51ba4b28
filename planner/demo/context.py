"""State shared while generating demo data: randomness, calendar, busy days, person pools."""

from __future__ import annotations

import random
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from sqlalchemy.orm import Session as OrmSession

from planner.checks import holiday_name
from planner.demo.reference import (
    CITY_VENUES,
    NAME_ORIGINS,
    PARTICIPANT_FUNCTIONS,
    CityRef,
    VenueRef,
)
from planner.errors import ConflictError
from planner.models import Event, Office, Organisation, Person, Topic, Venue
from planner.usecases.people import add_person, add_venue

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
    orm: OrmSession
    rng: random.Random
    today: date
    offices: dict[str, Office] = field(default_factory=dict)
    topics: list[Topic] = field(default_factory=list)
    cities: dict[str, Organisation] = field(default_factory=dict)
    city_refs: dict[str, CityRef] = field(default_factory=dict)
    venues: dict[str, list[Venue]] = field(default_factory=dict)
    office_venues: dict[str, list[Venue]] = field(default_factory=dict)
    trainers: list[Person] = field(default_factory=list)
    staff: dict[str, list[Person]] = field(default_factory=dict)
    city_people: dict[str, list[Person]] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    emails: set[str] = field(default_factory=set)
    busy_person: dict[int, set[date]] = field(default_factory=dict)
    busy_venue: dict[int, set[date]] = field(default_factory=dict)
    forced: int = 0
    decks: dict[str, list] = field(default_factory=dict)

    @property
    def now(self) -> datetime:
        return at(self.today, 8)

    # --- identifiers and names -------------------------------------------------------

    def uid(self) -> str:
        return f"{uuid.UUID(int=self.rng.getrandbits(128), version=4)}@transferplaner"

    def fix_uids(self, event: Event) -> None:
        """Calendar UIDs drawn from the seed, so the same seed gives identical data."""
        for s in event.sessions:
            s.uid = self.uid()

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
                   organisation: Organisation | None, title: str = "") -> Person:
        first, last = self.name()
        return add_person(
            self.orm, first_name=first, last_name=last, email=self.email(first, last, domain),
            organisation_id=organisation.id if organisation else None, roles=roles,
            function=function, title=title,
        ).value

    def participant(self, city: str, exclude: set[int], days: Sequence[date]) -> Person | None:
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

    def venue_free(self, venue: Venue | None, day: date) -> bool:
        return venue is None or day not in self.busy_venue.get(venue.id, set())

    def occupy_venue(self, venue: Venue | None, day: date) -> None:
        if venue is not None:
            self.busy_venue.setdefault(venue.id, set()).add(day)

    def pick_trainers(self, day: date, k: int, prefer: Sequence[Person] = ()) -> list[Person]:
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

    def workday(self, around: date, state: str | None, venue: Venue | None = None,
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

    def city_venue(self, city: str, index: int) -> Venue:
        """The city's venue number `index` (0 seminar room, 1 forum, 2 town hall)."""
        venues = self.venues.setdefault(city, [])
        while len(venues) <= index:
            ref = self.city_refs[city]
            tpl: VenueRef = CITY_VENUES[len(venues)]
            venues.append(add_venue(
                self.orm, name=tpl.name.format(city=city), street=tpl.street,
                postcode=ref.postcode, city=city, federal_state=ref.state,
                capacity=tpl.capacity,
            ).value)
        return venues[index]

    def state_of(self, city: str) -> str:
        return self.city_refs[city].state

    def attempt(self, make: Callable[[bool], T]) -> T:
        """Run a use case; only if a rare double booking refuses it, save it forced."""
        try:
            with self.orm.begin_nested():
                return make(False)
        except ConflictError:
            self.forced += 1
            return make(True)
