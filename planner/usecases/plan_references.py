"""Turning the references of a plan file (number, name, e-mail) into records.

A reference that finds nothing, or more than one record, is an error naming the file,
line and field; a number whose record now has another name than the plan says is a
warning (the plan may come from another database).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session as OrmSession

from planner.checks import PlanWarning
from planner.errors import PlannerError, ValidationError
from planner.folding import fold
from planner.models import Office, Organisation, Person, Topic, Venue
from planner.plans.load import Source
from planner.plans.schema import Ref
from planner.usecases.lookup import get, office_by_key

Loc = tuple[str | int, ...]


def _same(a: str, b: str) -> bool:
    return fold(" ".join(a.split())) == fold(" ".join(b.split()))


class Resolver:
    def __init__(self, orm: OrmSession, source: Source | None) -> None:
        self.orm = orm
        self.source = source
        self.warnings: list[PlanWarning] = []

    def where(self, loc: Loc) -> str:
        if self.source is None:
            from planner.plans.load import field_label, field_path

            return f"{field_path(loc)} ({field_label(loc)})"
        return self.source.where(loc)

    def fail(self, loc: Loc, message: str) -> ValidationError:
        return ValidationError(f"{self.where(loc)}: {message}")

    # -- one function per kind of record ---------------------------------------------------

    def office(self, key: int | str, loc: Loc) -> int:
        try:
            return office_by_key(self.orm, key).id
        except PlannerError as exc:
            raise self.fail(loc, exc.message) from None

    def topic(self, ref: Ref, loc: Loc) -> int:
        return self._resolve(ref, loc, Topic, "Thema", lambda t: t.name, self._topics)

    def venue(self, ref: Ref, loc: Loc) -> int:
        return self._resolve(ref, loc, Venue, "Veranstaltungsort", lambda v: v.name,
                             self._venues)

    def person(self, ref: Ref, loc: Loc) -> int:
        return self._resolve(ref, loc, Person, "Person", lambda p: p.full_name, self._persons)

    def organisation(self, ref: Ref, loc: Loc) -> int:
        return self._resolve(ref, loc, Organisation, "Organisation", lambda o: o.name,
                             self._organisations)

    def optional(self, kind: str, ref: Ref | None, loc: Loc) -> int | None:
        return None if ref is None else getattr(self, kind)(ref, loc)

    def many(self, kind: str, refs: list[Ref], loc: Loc) -> list[int]:
        return [getattr(self, kind)(ref, (*loc, n)) for n, ref in enumerate(refs)]

    # -- lookups by name ---------------------------------------------------------------------

    def _resolve(self, ref: Ref, loc: Loc, model: type, label: str, name_of: Any,
                 by_name: Any) -> int:
        if ref.id is not None:
            try:
                record: Any = get(self.orm, model, ref.id)
            except PlannerError as exc:
                raise self.fail(loc, exc.message) from None
            if ref.name and not _same(ref.name, name_of(record)):
                self.warnings.append(PlanWarning(
                    "plan_name_differs",
                    f"{self.where(loc)}: {label} Nr. {ref.id} heißt „{name_of(record)}“, "
                    f"im Plan steht „{ref.name}“ (die Nummer gilt)."))
            return int(record.id)
        name = " ".join((ref.name or "").split())
        found = by_name(name)
        if not found:
            raise self.fail(loc, f"{label} „{name}“ gibt es nicht{_hint(model)}.")
        if len(found) > 1:
            listed = ", ".join(f"Nr. {r.id} ({_detail(r)})" for r in found[:5])
            raise self.fail(loc, f"„{name}“ ist mehrdeutig: {listed}. Bitte die Nummer "
                                 "angeben.")
        return int(found[0].id)

    def _topics(self, name: str) -> list[Topic]:
        return [t for t in self.orm.scalars(select(Topic)) if _same(t.name, name)]

    def _venues(self, name: str) -> list[Venue]:
        candidates = self.orm.scalars(select(Venue).order_by(Venue.id))  # a few hundred
        return [v for v in candidates
                if _same(v.name, name) or _same(f"{v.name}, {v.city}", name)]

    def _organisations(self, name: str) -> list[Organisation]:
        candidates = self.orm.scalars(select(Organisation).order_by(Organisation.id))
        return [o for o in candidates if _same(o.name, name)]

    def _persons(self, text: str) -> list[Person]:
        query = select(Person).where(Person.anonymised_on.is_(None)).order_by(Person.id)
        if "@" in text:
            wanted = text.strip().lower()
            return list(self.orm.scalars(query.where(func.lower(Person.email) == wanted)))
        words = [fold(w) for w in text.replace(",", " ").split()]
        if not words:
            return []
        # search_key is folded ("wałęsa" -> "walesa"); narrow in SQL, compare exactly here.
        query = query.where(or_(*(Person.search_key.like(f"%{w}%") for w in words[-1:])))
        return [p for p in self.orm.scalars(query)
                if any(_same(form, text) for form in _person_names(p))]


def _person_names(p: Person) -> tuple[str, ...]:
    return (p.full_name, f"{p.first_name} {p.last_name}", f"{p.last_name}, {p.first_name}",
            f"{p.last_name} {p.first_name}")


def _detail(record: Any) -> str:
    if isinstance(record, Person):
        return record.email or (record.organisation.name if record.organisation else "")
    if isinstance(record, Venue):
        return record.city
    if isinstance(record, Organisation):
        return record.city or record.federal_state or ""
    if isinstance(record, Office):
        return record.city
    return ""


_HINTS: dict[Any, str] = {
    Topic: " (anlegen mit: topic add NAME)",
    Venue: " (anlegen mit: venue add …; Liste: list venues)",
    Person: " (Liste: list persons; als Name, E-Mail-Adresse oder Nummer)",
    Organisation: " (anlegen mit: organisation add …)",
}


def _hint(model: type) -> str:
    return _HINTS.get(model, "")
