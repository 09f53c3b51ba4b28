"""Audit log: who (OS user and office) changed or exported personal data, when, and what.

Entries go into `ChangeLog`. Changes to persons are logged automatically by a flush hook
(`install_audit`) with the changed field *names* only, never the values. Exports and sends of
personal data are logged by the `audited_export` decorator on the export functions, or by
calling `record` directly.
"""

from __future__ import annotations

import functools
import getpass
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from planner.models import ChangeLog, Person, utcnow
from planner.settings import CURRENT_OFFICE, OFFICE_ENV_VAR

# Bookkeeping columns whose change is not a change of the person's data.
IGNORED_FIELDS = frozenset({"search_key", "version_id"})
log = logging.getLogger(__name__)


_acting: ContextVar[tuple[str | None, str | None]] = ContextVar("audit_acting",
                                                                default=(None, None))

P = ParamSpec("P")
R = TypeVar("R")


def os_user() -> str:
    try:
        return getpass.getuser()[:100]
    except Exception:  # noqa: BLE001 - no login name in some service contexts
        return ""


@contextmanager
def acting_as(*, office_code: str | None = None, user: str | None = None) -> Iterator[None]:
    """Attribute the entries written inside this block to another office and/or user."""
    token = _acting.set((office_code, user))
    try:
        yield
    finally:
        _acting.reset(token)


def _office_from(conn: Connection) -> str:
    office, _user = _acting.get()
    if office:
        return office[:40]
    env = os.environ.get(OFFICE_ENV_VAR, "").strip()
    if env:
        return env[:40]
    return CURRENT_OFFICE.read(conn)[:40]


def _who(conn: Connection) -> dict[str, Any]:
    _office, user = _acting.get()
    return {"user": (user or os_user())[:100], "office_code": _office_from(conn),
            "at": utcnow()}


def acting_entry(orm: OrmSession) -> dict[str, Any]:
    """Who is acting and when (`user`, `office_code`, `at`): the fields of an audit entry
    that bulk writers add themselves (the demo data, planner/demo/records.py)."""
    return _who(orm.connection())


def record(orm: OrmSession, action: str, entity: str = "", entity_id: int | None = None,
           details: str = "") -> None:
    """Write one audit entry in the caller's transaction (kept only if it commits)."""
    conn = orm.connection()
    conn.execute(insert(ChangeLog), [{**_who(conn), "action": action[:60],
                                      "entity": entity[:60], "entity_id": entity_id,
                                      "details": details}])


def _count_of(result: Any) -> int | None:
    for name in ("count", "issued"):
        value = getattr(result, name, None)
        if isinstance(value, int):
            return value + int(getattr(result, "reissued", 0) or 0) if name == "issued" \
                else value
    return None


def _files_of(result: Any, target: Any) -> list[str]:
    files = getattr(result, "files", None)
    if files:
        return [Path(f).name for f in files[:20]]
    return [Path(target).name] if isinstance(target, (str, Path)) else []


def audited_export(kind: str, entity: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate `export(orm, entity_id, target, ...)`: a successful run is logged as "export".

    The entry names the export kind, the number of items and the file names written.
    """

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            result = func(*args, **kwargs)
            orm, entity_id = args[0], args[1] if len(args) > 1 else None
            target = args[2] if len(args) > 2 else None
            if isinstance(orm, OrmSession):
                count = _count_of(result)
                files = ", ".join(_files_of(result, target))
                details = f"{kind}" + (f": {count} Einträge" if count is not None else "")
                log.info("Export %s (%s %s): %s Einträge", kind, entity, entity_id, count)
                record(orm, "export", entity, entity_id if isinstance(entity_id, int) else None,
                       f"{details}; Dateien: {files}" if files else details)
            return result

        return wrapper

    return decorate


# -- automatic logging of person changes --------------------------------------------------

def _changed_fields(person: Person) -> list[str]:
    state = inspect(person)
    names: set[str] = set()
    for attr in state.mapper.column_attrs:
        if attr.key not in IGNORED_FIELDS and state.attrs[attr.key].history.has_changes():
            names.add(attr.key)
    if state.attrs["organisation"].history.has_changes():
        names.add("organisation_id")
    return sorted(names)


def _log_person_changes(orm: OrmSession, _context: Any) -> None:
    rows: list[dict[str, Any]] = []
    for obj in orm.new:
        if isinstance(obj, Person):
            rows.append({"action": "insert", "entity_id": obj.id, "details": ""})
        elif type(obj).__name__ == "SentMessage":  # the mail log: a send of personal data
            result = getattr(obj, "result", "")
            medium = "Brief" if result == "letter" else "E-Mail"
            subject = getattr(obj, "subject", "")
            rows.append({"action": "send", "entity_id": getattr(obj, "person_id", None),
                         "details": f"{medium} ({getattr(obj, 'kind', '')}): {result}"
                                    + (f" – {subject}" if subject else "")})
    for obj in orm.dirty:
        if isinstance(obj, Person) and obj not in orm.deleted:
            fields = _changed_fields(obj)
            if fields:
                rows.append({"action": "update", "entity_id": obj.id,
                             "details": "Felder: " + ", ".join(fields)})
    for obj in orm.deleted:
        if isinstance(obj, Person):
            rows.append({"action": "delete", "entity_id": obj.id, "details": ""})
    if not rows:
        return
    conn = orm.connection()
    who = _who(conn)
    conn.execute(insert(ChangeLog), [{**who, "entity": "person", **row} for row in rows])


def install_audit(factory: sessionmaker[OrmSession]) -> None:
    """Log every insert, update and delete of a Person, and every mail logged as sent
    (`SentMessage`), made through sessions of `factory`."""
    # A marker on the factory, not event.contains(): SQLAlchemy's registry is keyed by id(),
    # and a new sessionmaker can reuse the id of a collected one, which made contains()
    # answer True for a factory that had no listener (audit entries silently missing).
    if getattr(factory, "_planner_audit", False):
        return
    event.listen(factory, "after_flush", _log_person_changes)
    factory._planner_audit = True  # type: ignore[attr-defined]


def entries(orm: OrmSession, *, person_id: int | None = None,
            limit: int = 1000) -> list[ChangeLog]:
    """Newest first; with `person_id` only entries about that person."""
    query = select(ChangeLog).order_by(ChangeLog.at.desc(), ChangeLog.id.desc()).limit(limit)
    if person_id is not None:
        query = query.where(ChangeLog.entity == "person", ChangeLog.entity_id == person_id)
    return list(orm.scalars(query))


def entry_dict(row: ChangeLog) -> dict[str, Any]:
    return {"id": row.id, "at": row.at.isoformat(timespec="seconds"), "user": row.user,
            "office": row.office_code, "action": row.action, "entity": row.entity,
            "entity_id": row.entity_id, "details": row.details}
