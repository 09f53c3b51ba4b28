"""Small lists for filter and selection combo boxes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.models import Office, Person, Session, Topic
from planner.queries.core import rows, table

# These feed the plan page at start-up: Core queries (see planner/queries/core.py).


def office_choices(orm: OrmSession) -> list[tuple[int, str, str]]:
    """(id, code, city) of all offices."""
    o = table(Office).c
    result = rows(orm, select(o.id, o.code, o.city, o.name).order_by(o.id))
    return [(r.id, r.code, r.city or r.name) for r in result]


def topic_choices(orm: OrmSession) -> list[tuple[int, str]]:
    t = table(Topic).c
    return [(r[0], r[1]) for r in rows(orm, select(t.id, t.name).order_by(t.name))]


def trainer_choices(orm: OrmSession) -> list[tuple[int, str]]:
    p = table(Person).c
    result = rows(orm, select(p.id, p.first_name, p.last_name, p.title)
                  .where(p.is_trainer.is_(True))
                  .order_by(func.lower(p.last_name), func.lower(p.first_name)))
    return [(r[0], " ".join(x for x in (r[3], r[1], r[2]) if x)) for r in result]


def nearest_session_start(orm: OrmSession, moment: datetime) -> datetime | None:
    """The next session from `moment` on, else the last one before it."""
    s = table(Session).c
    upcoming = rows(orm, select(func.min(s.start)).where(s.start >= moment)).scalar()
    return upcoming or rows(orm, select(func.max(s.start))).scalar()
