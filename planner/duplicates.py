"""Finding persons that are probably the same: same e-mail, or same name and organisation.

Names are compared by a "match key" that ignores case, accents, whitespace and punctuation
and treats German umlaut spellings alike: Müller ≡ Mueller ≡ Muller ≡ MÜLLER, Groß ≡ Gross.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.folding import fold
from planner.models import Organisation, Person

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
# "ue", "oe", "ae" (also "uee" …) are the transliterations of ü, ö, ä; fold() maps ü to u.
_UMLAUT_DIGRAPH = re.compile(r"([aou])e+")


def match_key(text: str | None) -> str:
    """Folded text for duplicate comparison; idempotent: match_key(match_key(x)) == x's key."""
    if not text:
        return ""
    return _match_key(text)


@lru_cache(maxsize=1 << 16)
def _match_key(text: str) -> str:
    if text.isascii():
        key = _NON_WORD.sub(" ", text.lower())
        return " ".join(_UMLAUT_DIGRAPH.sub(r"\1", key).split())
    key = unicodedata.normalize("NFKC", text)
    for _ in range(3):  # fold() is idempotent for real names; stabilise exotic code points
        folded = fold(key)
        if folded == key:
            break
        key = folded
    key = _NON_WORD.sub(" ", key).strip()
    key = _UMLAUT_DIGRAPH.sub(r"\1", key)
    return " ".join(key.split())


def email_key(email: str | None) -> str:
    return (email or "").strip().casefold()


def name_key(first_name: str | None, last_name: str | None) -> str:
    return f"{match_key(last_name)}|{match_key(first_name)}"


@dataclass(frozen=True)
class PersonRef:
    """The fields duplicate detection needs, without loading whole ORM objects."""

    id: int
    first_name: str
    last_name: str
    email: str | None
    organisation: str
    organisation_id: int | None = None

    @property
    def name_key(self) -> str:
        return name_key(self.first_name, self.last_name)


@dataclass
class PersonIndex:
    """In-memory lookup of existing persons by e-mail and by name (+ organisation)."""

    by_email: dict[str, list[PersonRef]] = field(default_factory=dict)
    by_name: dict[str, list[PersonRef]] = field(default_factory=dict)

    @classmethod
    def load(cls, orm: OrmSession) -> PersonIndex:
        index = cls()
        rows = orm.execute(
            select(Person.id, Person.first_name, Person.last_name, Person.email,
                   Organisation.name, Person.organisation_id)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Person.anonymised_on.is_(None))
        )
        for pid, first, last, email, org, org_id in rows:
            index.add(PersonRef(pid, first, last, email, org or "", org_id))
        return index

    def add(self, ref: PersonRef) -> None:
        if ref.email:
            self.by_email.setdefault(email_key(ref.email), []).append(ref)
        self.by_name.setdefault(ref.name_key, []).append(ref)

    def find(self, first_name: str, last_name: str, email: str | None,
             organisation: str | None, organisation_id: int | None = None
             ) -> tuple[PersonRef | None, str]:
        """The best existing match and how it matched ("email", "name_org", "name", "").

        The organisation matches by id (when the caller resolved it) or by folded name."""
        if email:
            hits = self.by_email.get(email_key(email))
            if hits:
                return hits[0], "email"
        candidates = self.by_name.get(name_key(first_name, last_name), [])
        if not candidates:
            return None, ""
        org = match_key(organisation)
        same_org = [c for c in candidates
                    if (organisation_id is not None and c.organisation_id == organisation_id)
                    or (org and match_key(c.organisation) == org)
                    or (not org and not c.organisation)]
        if same_org:
            return same_org[0], "name_org"
        if not org and len(candidates) == 1 and not (email and candidates[0].email):
            return candidates[0], "name"
        return None, ""


def same_person(a: PersonRef, b: PersonRef) -> bool:
    """The duplicate rule: same e-mail, or same name and same organisation."""
    if a.email and b.email and email_key(a.email) == email_key(b.email):
        return True
    return a.name_key == b.name_key and match_key(a.organisation) == match_key(b.organisation)


def _crude(text: str) -> str:
    """What SQL can do on `search_key` too: collapse the umlaut digraphs."""
    return text.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def _crude_sql(column):  # noqa: ANN001, ANN202 - SQL expression builder
    return func.replace(func.replace(func.replace(column, "ae", "a"), "oe", "o"), "ue", "u")


def name_candidates(orm: OrmSession, first_name: str, last_name: str,
                    email: str | None = None, limit: int = 20) -> list[Person]:
    """Persons with the same e-mail (any case) or the same name (umlaut/accent/case-blind).

    SQL narrows by `Person.search_key` (folded "last first …"); Python applies the exact rule.
    """
    last = fold(last_name).strip()
    prefix = _crude(re.split(r"[^\w]", last, maxsplit=1)[0]) if last else ""
    conditions = []
    if prefix:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(_crude_sql(Person.search_key).like(f"{escaped}%", escape="\\"))
    mail = email_key(email)
    if mail:
        conditions.append(func.lower(Person.email) == mail.lower())
        conditions.append(Person.search_key.contains(fold(mail), autoescape=True))
    if not conditions:
        return []
    condition = conditions[0]
    for extra in conditions[1:]:
        condition = condition | extra
    wanted = name_key(first_name, last_name)
    result = []
    for person in orm.scalars(select(Person).where(condition).order_by(Person.id)):
        if (mail and email_key(person.email) == mail) or \
                name_key(person.first_name, person.last_name) == wanted:
            result.append(person)
            if len(result) >= limit:
                break
    return result


@dataclass
class DuplicateGroup:
    reason: str  # "email" or "name_org"
    persons: list[PersonRef]


def find_duplicate_groups(orm: OrmSession, persons: Iterable[PersonRef] | None = None
                          ) -> list[DuplicateGroup]:
    """Groups of existing persons that are probably one person (for merging)."""
    refs = list(persons) if persons is not None else _all_refs(orm)
    groups: list[DuplicateGroup] = []
    seen: set[int] = set()
    by_email: dict[str, list[PersonRef]] = {}
    by_name_org: dict[tuple[str, str], list[PersonRef]] = {}
    for ref in refs:
        if ref.email:
            by_email.setdefault(email_key(ref.email), []).append(ref)
        by_name_org.setdefault((ref.name_key, match_key(ref.organisation)), []).append(ref)
    for reason, buckets in (("email", by_email.values()), ("name_org", by_name_org.values())):
        for bucket in buckets:
            if len(bucket) > 1 and any(r.id not in seen for r in bucket):
                groups.append(DuplicateGroup(reason, sorted(bucket, key=lambda r: r.id)))
                seen.update(r.id for r in bucket)
    return groups


def _all_refs(orm: OrmSession) -> list[PersonRef]:
    index = PersonIndex.load(orm)
    return sorted({r.id: r for refs in index.by_name.values() for r in refs}.values(),
                  key=lambda r: r.id)
