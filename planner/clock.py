"""The one clock of the domain: Europe/Berlin wall-clock time, like the stored sessions.

Every rule that depends on "now" (attendance only for sessions that have begun,
certificates only for what has taken place, the default issue date) reads it here, so a
test can set the time in one place (`tests/conftest.py` freezes it).
"""

from __future__ import annotations

from datetime import date, datetime

from planner.timezones import BERLIN


def _wall_clock() -> datetime:
    return datetime.now(BERLIN).replace(tzinfo=None, microsecond=0)


def now() -> datetime:
    """The current Berlin wall-clock time (naive, whole seconds)."""
    return _wall_clock()


def today() -> date:
    return _wall_clock().date()
