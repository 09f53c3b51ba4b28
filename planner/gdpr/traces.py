"""Every form a person's name takes in the database, and its removal from every table.

A name is stored as typed ("Hauke Lößner"), in lists ("Lößner, Hauke"), in file names
("Teilnahmebescheinigung_Loessner_Hauke_TAH-2026-0001.pdf", transliterated by
`planner.files.safe_file_stem`) and in free texts (audit entries, notes, message texts).
Erasure and anonymisation go through every text and JSON column of every table:

- rows that belong to the person (a `person_id` column naming them, or their
  certificates' issue log and revisions): every form, including first and last name alone;
- all other rows (audit entries of exports and imports, notes of events and sessions, …):
  the forms that name this person and no one else — the whole name in its spellings, the
  e-mail address and the file names written for them.

The person's own row is handled by the caller (deleted, or replaced by placeholders).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import JSON, String, Table, and_, cast, not_, or_, select, true, update
from sqlalchemy.orm import Session as OrmSession

from planner.models import Base, Certificate, CertificateIssue, Person, SentMessage

MIN_WORD = 3  # single words shorter than this are left alone ("Li" inside other words)


def transliterations(text: str) -> set[str]:
    """The spellings of `text` the program writes: as typed, German transliteration
    (ö → oe) and plain ASCII (ö → o), each with spaces and as a file-name stem."""
    from anyascii import anyascii

    from planner.files import _GERMAN, safe_file_stem

    typed = unicodedata.normalize("NFC", text.strip())
    if not typed:
        return set()
    german = anyascii(typed.translate(_GERMAN))
    forms = {typed, german, anyascii(typed), safe_file_stem(typed, 400)}
    forms |= {safe_file_stem(german, 400), safe_file_stem(anyascii(typed), 400)}
    forms |= {f.replace("_", " ") for f in list(forms)}
    return {f for f in forms if f and f != "datei"}


def name_phrases(person: Person) -> set[str]:
    """The forms that name the person as a whole: full name in every order and spelling,
    and the e-mail address."""
    first, last = person.first_name.strip(), person.last_name.strip()
    phrases: set[str] = set()
    orders = {f"{first} {last}", f"{last} {first}", f"{last}, {first}", f"{last}_{first}",
              f"{first}_{last}", person.full_name}
    for order in orders:
        if first and last:
            phrases |= transliterations(order)
    if person.email:
        phrases |= {person.email, person.email.lower()}
    return {p for p in phrases if len(p) >= MIN_WORD}


def name_words(person: Person) -> set[str]:
    """First and last name alone (and each part of a double name), in every spelling."""
    words: set[str] = set()
    for part in (person.first_name, person.last_name, person.title):
        for piece in {part, *re.split(r"[\s-]+", part or "")}:
            words |= transliterations(piece or "")
    return {w for w in words if len(w) >= MIN_WORD}


def _file_names(orm: OrmSession, person_id: int) -> set[str]:
    """File names written for the person (certificates, mails), before they are blanked."""
    names = set(orm.scalars(select(CertificateIssue.file_name).join(
        Certificate, Certificate.id == CertificateIssue.certificate_id).where(
        Certificate.person_id == person_id)))
    names |= set(orm.scalars(select(SentMessage.file_name).where(
        SentMessage.person_id == person_id)))
    return {n for n in names if n and len(n) >= MIN_WORD}


def _replace(value: Any, pattern: re.Pattern[str], placeholder: str) -> Any:
    if isinstance(value, str):
        return pattern.sub(placeholder, value)
    if isinstance(value, list):
        return [_replace(v, pattern, placeholder) for v in value]
    if isinstance(value, dict):
        return {k: _replace(v, pattern, placeholder) for k, v in value.items()}
    return value


def _pattern(forms: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted({f for f in forms if f}, key=len, reverse=True)
    if not ordered:
        return None
    return re.compile("|".join(re.escape(f) for f in ordered), re.IGNORECASE)


def _text_columns(table: Table) -> list[Any]:
    return [c for c in table.columns if isinstance(c.type, (String, JSON))
            and not c.primary_key]


def _scope(table: Table, person_id: int, certificate_ids: list[int]) -> Any:
    """The condition for the rows of `table` that belong to the person (None: no row can)."""
    if "person_id" in table.c:
        return table.c.person_id == person_id
    if "certificate_id" in table.c:
        return table.c.certificate_id.in_(certificate_ids) if certificate_ids else None
    if table.name == "change_log":
        return and_(table.c.entity == "person", table.c.entity_id == person_id)
    return None


def _linked_to_someone(table: Table) -> bool:
    """Rows of these tables belong to one person each: only the erased person's are read."""
    return "person_id" in table.c or "certificate_id" in table.c


def _scrub_rows(orm: OrmSession, table: Table, where: Any, pattern: re.Pattern[str],
                forms: set[str], placeholder: str) -> int:
    columns = _text_columns(table)
    keys = list(table.primary_key.columns)
    if not columns or not keys:
        return 0
    conn = orm.connection()
    hit = or_(*[cast(c, String).contains(f, autoescape=True) for c in columns for f in forms])
    changed = 0
    for row in conn.execute(select(*keys, *columns).where(where, hit)).mappings():
        values = {}
        for column in columns:
            old = row[column.name]
            new = _replace(old, pattern, placeholder)
            if new != old:
                values[column.name] = new
        if values:
            conn.execute(update(table).where(*[k == row[k.name] for k in keys]).values(values))
            changed += 1
    return changed


def scrub_person_everywhere(orm: OrmSession, person: Person, placeholder: str) -> int:
    """Replace every stored form of the person's name, e-mail and file names by
    `placeholder` in every table but `person` (see the module doc). Returns the rows
    changed. Call before the person's own row is deleted or overwritten."""
    orm.flush()
    phrases = name_phrases(person) | _file_names(orm, person.id)
    words = name_words(person)
    certificate_ids = list(orm.scalars(select(Certificate.id).where(
        Certificate.person_id == person.id)))
    own_forms = phrases | words
    own = _pattern(own_forms)
    everyone = _pattern(phrases)
    changed = 0
    for table in Base.metadata.sorted_tables:
        if table.name in ("person", "alembic_version"):
            continue
        scope = _scope(table, person.id, certificate_ids)
        if own is not None and scope is not None:
            changed += _scrub_rows(orm, table, scope, own, own_forms, placeholder)
        if everyone is not None and not _linked_to_someone(table):
            rest = true() if scope is None else not_(scope)
            changed += _scrub_rows(orm, table, rest, everyone, phrases, placeholder)
    orm.expire_all()
    return changed
