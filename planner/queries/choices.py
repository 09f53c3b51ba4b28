"""Small lists for filter and selection combo boxes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.models import Office, Person, Session, Topic


def office_choices(orm: OrmSession) -> list[tuple[int, str, str]]:
    """(id, code, city) of all offices."""
    offices = orm.scalars(select(Office).order_by(Office.id))
    return [(o.id, o.code, o.city or o.name) for o in offices]


def topic_choices(orm: OrmSession) -> list[tuple[int, str]]:
    rows = orm.execute(select(Topic.id, Topic.name).order_by(Topic.name))
    return [(r[0], r[1]) for r in rows]


def trainer_choices(orm: OrmSession) -> list[tuple[int, str]]:
    rows = orm.execute(select(Person.id, Person.first_name, Person.last_name, Person.title)
                       .where(Person.is_trainer.is_(True))
                       .order_by(func.lower(Person.last_name), func.lower(Person.first_name)))
    return [(r[0], " ".join(p for p in (r[3], r[1], r[2]) if p)) for r in rows]


def nearest_session_start(orm: OrmSession, moment: datetime) -> datetime | None:
    """The next session from `moment` on, else the last one before it."""
    upcoming = orm.scalar(select(func.min(Session.start)).where(Session.start >= moment))
    return upcoming or orm.scalar(select(func.max(Session.start)))
