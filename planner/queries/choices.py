"""Small lists for filter and selection combo boxes, and the status bar's counts.

Plain SQL through `planner.plainsql`: they fill the plan page at start-up, before
SQLAlchemy is loaded.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from planner.models.enums import OrganisationKind
from planner.plainsql import as_datetime, fetch, fetch_value

if TYPE_CHECKING:
    from planner.plainsql import RowSource


def office_choices(source: RowSource) -> list[tuple[int, str, str]]:
    """(id, code, city) of all offices."""
    return [(oid, code, city or name) for oid, code, city, name in fetch(
        source, "SELECT id, code, city, name FROM office ORDER BY id")]


def topic_choices(source: RowSource) -> list[tuple[int, str]]:
    return [(tid, name) for tid, name in fetch(source,
                                                "SELECT id, name FROM topic ORDER BY name")]


def trainer_choices(source: RowSource) -> list[tuple[int, str]]:
    found = fetch(source, "SELECT id, first_name, last_name, title FROM person "
                          "WHERE is_trainer = :yes "
                          "ORDER BY lower(last_name), lower(first_name)", {"yes": True})
    return [(pid, " ".join(x for x in (title, first, last) if x))
            for pid, first, last, title in found]


def nearest_session_start(source: RowSource, moment: datetime) -> datetime | None:
    """The next session from `moment` on, else the last one before it."""
    upcoming = fetch_value(source, 'SELECT min("start") FROM session WHERE "start" >= :moment',
                           {"moment": moment})
    return as_datetime(upcoming or fetch_value(source, 'SELECT max("start") FROM session'))


def database_counts(source: RowSource) -> dict[str, int]:
    """Numbers for the status bar."""
    counts = fetch(source, (
        "SELECT (SELECT count(*) FROM event), (SELECT count(*) FROM session), "
        "(SELECT count(*) FROM person), "
        "(SELECT count(*) FROM organisation WHERE kind = :municipality), "
        "(SELECT count(*) FROM venue)"), {"municipality": str(OrganisationKind.MUNICIPALITY)})[0]
    return dict(zip(("events", "sessions", "persons", "municipalities", "venues"),
                    (int(n) for n in counts), strict=True))
