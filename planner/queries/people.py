"""Person search and table rows for the people list (fast enough for 50,000 persons)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Table, bindparam, func, select, update
from sqlalchemy.orm import Session as OrmSession

from planner.folding import fold, person_search_key
from planner.models import Organisation, Person

PERSON_SORT_KEYS = ("name", "first_name", "email", "organisation", "roles", "id")


@dataclass(frozen=True)
class PersonRow:
    id: int
    last_name: str
    first_name: str
    title: str
    email: str
    organisation: str
    function: str
    is_participant: bool
    is_trainer: bool
    is_staff: bool
    consent_photos: bool | None = None
    consent_directory: bool | None = None

    @property
    def roles_text(self) -> str:
        names = []
        if self.is_participant:
            names.append("Teilnehmer:in")  # one person: singular
        if self.is_trainer:
            names.append("Referent:in")
        if self.is_staff:
            names.append("Team")
        return ", ".join(names)


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_person_ids(orm: OrmSession, text: str = "", *, role: str | None = None,
                      order: str = "name", descending: bool = False,
                      limit: int | None = None) -> list[int]:
    """Ids of persons matching every word of `text` in name, e-mail, function or
    organisation (case- and accent-insensitive), in the requested order."""
    query = select(Person.id).outerjoin(Organisation, Person.organisation_id == Organisation.id)
    words = fold(text).split()
    if words:
        org_names = orm.execute(select(Organisation.id, Organisation.name)).all()
        for word in words:
            pattern = _like_pattern(word)
            org_ids = [oid for oid, name in org_names if word in fold(name)]
            condition: ColumnElement[bool] = Person.search_key.like(pattern, escape="\\")
            if org_ids:
                condition = condition | Person.organisation_id.in_(org_ids)
            query = query.where(condition)
    if role in ("participant", "trainer", "staff"):
        query = query.where(getattr(Person, f"is_{role}").is_(True))
    columns = {
        "name": (Person.search_key,),  # folded "last first …": Ö sorts with O
        "first_name": (func.lower(Person.first_name), func.lower(Person.last_name)),
        "email": (func.lower(Person.email),),
        "organisation": (func.lower(Organisation.name), Person.search_key),
        "roles": (Person.is_trainer, Person.is_staff, Person.search_key),
        "id": (Person.id,),
    }[order if order in PERSON_SORT_KEYS else "name"]
    ordering = [c.desc() if descending else c.asc() for c in columns]
    query = query.order_by(*ordering, Person.id)
    if limit is not None:
        query = query.limit(limit)
    # Core rows, not ORM scalars: a plain id list of up to 50,000 rows is 3x cheaper this way.
    return [row[0] for row in orm.connection().execute(query)]


def person_rows(orm: OrmSession, ids: Sequence[int]) -> dict[int, PersonRow]:
    """Table rows for the given ids (one query per call; call with a page of ids)."""
    result: dict[int, PersonRow] = {}
    ids = list(ids)
    for chunk_start in range(0, len(ids), 900):
        chunk = ids[chunk_start:chunk_start + 900]
        rows = orm.execute(
            select(Person.id, Person.last_name, Person.first_name, Person.title, Person.email,
                   Organisation.name, Person.function, Person.is_participant, Person.is_trainer,
                   Person.is_staff, Person.consent_photos, Person.consent_directory)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(Person.id.in_(chunk))
        ).all()
        for r in rows:
            result[r[0]] = PersonRow(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5] or "",
                                     r[6] or "", bool(r[7]), bool(r[8]), bool(r[9]),
                                     r[10], r[11])
    return result


def count_persons(orm: OrmSession) -> int:
    return orm.scalar(select(func.count(Person.id))) or 0


def refresh_search_keys(orm: OrmSession, *, only_missing: bool = True) -> int:
    """Fill `search_key` for persons written without the ORM (bulk imports). Returns count."""
    query = select(Person.id, Person.first_name, Person.last_name, Person.email, Person.title,
                   Person.function)
    if only_missing:
        query = query.where(Person.search_key == "")
    rows = orm.execute(query).all()
    if rows:
        table: Table = Person.__table__  # type: ignore[assignment]
        statement = (update(table).where(table.c.id == bindparam("pid"))
                     .values(search_key=bindparam("key")))
        orm.connection().execute(
            statement,
            [{"pid": r[0], "key": person_search_key(r[1], r[2], r[3], r[4], r[5])}
             for r in rows],
        )
    return len(rows)


def possible_duplicates(orm: OrmSession, first_name: str, last_name: str,
                        email: str | None) -> list[tuple[int, str, str]]:
    """Persons that are probably the same, found case- and accent-insensitively:
    same first and last name, or the same e-mail. Returns (id, full name, e-mail)."""
    first, last = fold(first_name).strip(), fold(last_name).strip()
    conditions: list[ColumnElement[bool]] = []
    if first and last:
        conditions.append(Person.search_key.like(_like_pattern(last), escape="\\")
                          & Person.search_key.like(_like_pattern(first), escape="\\"))
    mail = (email or "").strip()
    if mail:
        conditions.append(Person.search_key.like(_like_pattern(fold(mail)), escape="\\"))
    if not conditions:
        return []
    query = select(Person).where(conditions[0] if len(conditions) == 1
                                 else conditions[0] | conditions[1]).limit(200)
    result = []
    for person in orm.scalars(query):
        same_name = fold(person.first_name) == first and fold(person.last_name) == last
        same_mail = bool(mail) and (person.email or "").strip().lower() == mail.lower()
        if same_name or same_mail:
            result.append((person.id, person.full_name, person.email or ""))
    return result[:20]
