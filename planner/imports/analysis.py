"""One row at a time: what the row means, what would happen to it, and what is wrong with it.

The same analysis runs for the preview (nothing written) and while applying, so the preview
shows exactly what the import will do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.duplicates import PersonIndex, email_key, match_key, name_key
from planner.imports.values import (
    CellProblem,
    ModuleParser,
    SessionChoice,
    cell_text,
    looks_like_formula,
    not_text_kind,
    parse_date,
    repair_mojibake,
    split_name,
)
from planner.models import Event, Organisation, Registration, RegistrationStatus
from planner.usecases.lookup import get
from planner.usecases.registration import _active_counts
from planner.validation import EMAIL_RE

ERROR, FIX, NOTE = "error", "fix", "note"
_LIMITS = {"first_name": 100, "last_name": 100, "title": 40, "email": 254, "function": 200,
           "phone": 60, "organisation": 200}
_LABELS = {"first_name": "Vorname", "last_name": "Nachname", "title": "Titel",
           "email": "E-Mail", "function": "Funktion", "phone": "Telefon",
           "organisation": "Organisation", "name": "Name", "modules": "Module",
           "registered_at": "Anmeldedatum"}
_ORG_PREFIXES = ("landeshauptstadt ", "freie und hansestadt ", "hansestadt ", "kreisfreie stadt ",
                 "stadt ", "gemeinde ", "kommune ", "universitatsstadt ", "wissenschaftsstadt ")


@dataclass
class Problem:
    level: str  # ERROR: row cannot be imported; FIX: imported after an automatic fix; NOTE
    message: str


@dataclass(slots=True)
class RowPlan:
    line: int
    first_name: str = ""
    last_name: str = ""
    title: str = ""
    email: str = ""
    organisation: str = ""
    function: str = ""
    phone: str = ""
    sessions: list[SessionChoice] | None = None  # None: the whole event
    registered_at: datetime | None = None
    person_id: int | None = None  # existing person matched
    match: str = ""  # email / name_org / name
    duplicate_of: int | None = None  # line of an earlier row for the same person
    organisation_id: int | None = None
    new_organisation: bool = False
    registration: str = "register"  # register / waiting / already / none
    fill: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def has_error(self) -> bool:
        return any(p.level == ERROR for p in self.problems)

    @property
    def has_fix(self) -> bool:
        return any(p.level == FIX for p in self.problems)

    @property
    def is_valid(self) -> bool:
        return not self.has_error and not self.has_fix

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)

    def add(self, level: str, message: str) -> None:
        self.problems.append(Problem(level, message))


class RowAnalyzer:
    """Holds what earlier rows of the file already claimed (persons, places, organisations)."""

    def __init__(self, orm: OrmSession, event_id: int, mapping: dict[int, str | None]) -> None:
        self.orm = orm
        self.event = get(orm, Event, event_id)
        self.mapping = {i: f for i, f in mapping.items() if f}
        self.sessions = [SessionChoice(s.id, n, s.title or f"Termin {n}", s.is_cancelled)
                         for n, s in enumerate(self.event.sessions, start=1)]
        self.modules = ModuleParser(self.sessions)
        self.capacity = {s.id: s.effective_capacity for s in self.event.sessions
                         if not s.is_cancelled}
        ids = [s.id for s in self.event.sessions]
        self.taken: dict[int, int] = _active_counts(orm, event_id, ids) if ids else {}
        self.index = PersonIndex.load(orm)
        self.registered = {pid: status for pid, status in orm.execute(
            select(Registration.person_id, Registration.status)
            .where(Registration.event_id == event_id))}
        self.organisations: dict[str, int | None] = {}
        for oid, name, city in orm.execute(
                select(Organisation.id, Organisation.name, Organisation.city)):
            for key in _org_keys(name):
                self.organisations.setdefault(key, oid)
            if city:
                for key in _org_keys(city):
                    self.organisations.setdefault(key, oid)
        self.seen: dict[str, int] = {}  # email / name+org keys of earlier rows → their line

    # -- reading the row ---------------------------------------------------------------
    def analyse(self, line: int, row: list[object]) -> RowPlan:
        plan = RowPlan(line)
        values: dict[str, object] = {f: row[i] if i < len(row) else None
                                     for i, f in self.mapping.items()}
        texts: dict[str, str] = {}
        for name, value in list(values.items()):
            if isinstance(value, str) and (repaired := repair_mojibake(value)) is not None:
                plan.add(FIX, f"{_LABELS[name]}: Umlaute falsch kodiert („{value[:40]}“, Datei "
                              f"mit gemischter Zeichenkodierung) – übernommen als "
                              f"„{repaired[:40]}“.")
                value = values[name] = repaired
            text, cleaned = cell_text(value)
            if cleaned:
                plan.add(FIX, f"{_LABELS[name]}: Steuerzeichen/Zeilenumbrüche entfernt.")
            if text and looks_like_formula(text):
                plan.add(ERROR, f"{_LABELS[name]} enthält eine Formel („{text[:40]}“).")
                text = ""
            texts[name] = text
        self._names(plan, values, texts)
        for name in ("email", "organisation", "function", "phone"):
            setattr(plan, name, texts.get(name, ""))
        for name, limit in _LIMITS.items():
            if len(getattr(plan, name)) > limit:
                plan.add(ERROR, f"{_LABELS[name]} ist zu lang (höchstens {limit} Zeichen).")
        if plan.email and not EMAIL_RE.match(plan.email):
            plan.add(ERROR, f"Ungültige E-Mail-Adresse „{plan.email[:60]}“.")
        if "modules" in values:
            self._modules(plan, texts.get("modules", ""), values["modules"])
        if "registered_at" in values:
            try:
                plan.registered_at = parse_date(values["registered_at"])
            except CellProblem as exc:
                plan.add(FIX, f"Anmeldedatum: {exc} – das heutige Datum wird verwendet.")
        if not plan.has_error:
            self._organisation(plan)
            self._person(plan)
            self._booking(plan)
        return plan

    def _names(self, plan: RowPlan, values: dict[str, object], texts: dict[str, str]) -> None:
        for name in ("name", "first_name", "last_name", "title"):
            kind = not_text_kind(values.get(name))
            if kind and texts.get(name):
                plan.add(ERROR, f"{_LABELS[name]} „{texts[name][:40]}“ ist {kind}, kein Name.")
                texts[name] = ""
        first, last, title = (texts.get("first_name", ""), texts.get("last_name", ""),
                              texts.get("title", ""))
        if texts.get("name") and not (first and last):
            split = split_name(texts["name"])
            first, last = first or split.first_name, last or split.last_name
            title = title or split.title
        plan.first_name, plan.last_name, plan.title = first, last, title
        if not plan.has_error:
            if not first and not last:
                plan.add(ERROR, "Name fehlt.")
            elif not last:
                plan.add(ERROR, "Nachname fehlt.")
            elif not first:
                plan.add(ERROR, f"Vorname fehlt („{last[:40]}“).")

    def _modules(self, plan: RowPlan, text: str, raw: object) -> None:
        try:
            chosen = self.modules.parse(text)
        except CellProblem as exc:
            plan.add(ERROR, f"{exc}.")
            return
        if chosen is not None:
            cancelled = [c for c in chosen if c.cancelled]
            if cancelled:
                plan.add(ERROR, "Abgesagt: " + ", ".join(c.title for c in cancelled) + ".")
                return
        plan.sessions = chosen

    def _organisation(self, plan: RowPlan) -> None:
        if not plan.organisation:
            return
        keys = _org_keys(plan.organisation)
        for key in keys:
            if key in self.organisations:
                plan.organisation_id = self.organisations[key]
                plan.new_organisation = plan.organisation_id is None
                if plan.new_organisation:
                    plan.add(NOTE, f"Neue Organisation „{plan.organisation}“ (wie oben).")
                return
        plan.new_organisation = True
        plan.add(FIX, f"Organisation „{plan.organisation}“ ist unbekannt und wird als neue "
                      "Organisation (sonstige) angelegt.")
        for key in keys:
            self.organisations[key] = None

    def _person(self, plan: RowPlan) -> None:
        keys = []
        if plan.email:
            keys.append("@" + email_key(plan.email))
        keys.append(name_key(plan.first_name, plan.last_name) + "|" +
                    match_key(plan.organisation))
        earlier = next((self.seen[k] for k in keys if k in self.seen), None)
        if earlier is not None:
            plan.duplicate_of = earlier
            plan.registration = "none"
            plan.add(FIX, f"Doppelte Zeile: dieselbe Person wie in Zeile {earlier} – "
                          "wird übersprungen.")
            return
        for k in keys:
            self.seen[k] = plan.line
        ref, how = self.index.find(plan.first_name, plan.last_name, plan.email or None,
                                   plan.organisation, plan.organisation_id)
        if ref is None:
            return
        plan.person_id, plan.match = ref.id, how
        how_text = {"email": "gleiche E-Mail", "name_org": "gleicher Name und Organisation",
                    "name": "gleicher Name"}[how]
        plan.add(NOTE, f"Vorhandene Person Nr. {ref.id} ({how_text}).")
        self._compare(plan, ref.id)

    def _compare(self, plan: RowPlan, person_id: int) -> None:
        from planner.models import Person

        person = self.orm.get(Person, person_id)
        if person is None:
            return
        for name in ("title", "email", "function", "phone", "first_name", "last_name"):
            new, old = getattr(plan, name), getattr(person, name) or ""
            if not new or new == old:
                continue
            if not old:
                plan.fill[name] = new
            elif match_key(new) != match_key(old) or name == "email" and \
                    email_key(new) != email_key(old):
                plan.add(NOTE, f"{_LABELS[name]} weicht ab: Datei „{new[:60]}“, gespeichert "
                               f"„{old[:60]}“ – nicht überschrieben.")
        if plan.organisation and person.organisation_id is None:
            plan.fill["organisation"] = plan.organisation
        elif plan.organisation and person.organisation is not None and \
                plan.organisation_id != person.organisation_id:
            plan.add(NOTE, f"Organisation weicht ab: Datei „{plan.organisation[:60]}“, "
                           f"gespeichert „{person.organisation.name}“ – nicht überschrieben.")

    def _booking(self, plan: RowPlan) -> None:
        if plan.duplicate_of is not None:
            return
        status = self.registered.get(plan.person_id) if plan.person_id else None
        if status in (RegistrationStatus.REGISTERED, RegistrationStatus.WAITING):
            plan.registration = "already"
            label = ("angemeldet" if status == RegistrationStatus.REGISTERED
                     else "auf der Warteliste")
            plan.add(NOTE, f"Bereits {label} – die Anmeldung bleibt unverändert.")
            return
        ids = [s.id for s in plan.sessions] if plan.sessions is not None else \
            [s.id for s in self.sessions if not s.cancelled]
        full = [sid for sid in ids if self.capacity.get(sid) is not None
                and self.taken.get(sid, 0) >= (self.capacity[sid] or 0)]
        if full:
            plan.registration = "waiting"
            titles = ", ".join(s.title for s in self.sessions if s.id in full)
            plan.add(NOTE, f"Ausgebucht ({titles}) – kommt auf die Warteliste.")
        else:
            plan.registration = "register"
            for sid in ids:
                self.taken[sid] = self.taken.get(sid, 0) + 1

    def bind(self, plan: RowPlan, person_id: int) -> None:
        """After applying: the real id of a created person (for later rows of the file)."""
        self.registered[person_id] = (RegistrationStatus.WAITING if plan.registration ==
                                      "waiting" else RegistrationStatus.REGISTERED)


def _org_keys(name: str) -> list[str]:
    key = match_key(name)
    keys = [key] if key else []
    for prefix in _ORG_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            keys.append(key[len(prefix):])
    return keys
