"""Sessions are stored as Europe/Berlin wall-clock times; these convert at the edges."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


def localize(naive: datetime) -> datetime:
    """Attach Europe/Berlin to a stored wall-clock time."""
    return naive.replace(tzinfo=BERLIN)


def to_local_naive(aware: datetime) -> datetime:
    return aware.astimezone(BERLIN).replace(tzinfo=None)


def to_utc(naive_local: datetime) -> datetime:
    return localize(naive_local).astimezone(UTC)


def exists_in_berlin(naive_local: datetime) -> bool:
    """False for a wall-clock time skipped when the clocks go forward (e.g. 02:30 on the last
    Sunday of March): it converts to a different time on the way back."""
    aware = localize(naive_local)
    return to_local_naive(aware.astimezone(UTC)) == naive_local


def occurs_twice_in_berlin(naive_local: datetime) -> bool:
    """True for a wall-clock time shown twice when the clocks go back (02:00-02:59 on the
    last Sunday of October)."""
    first = localize(naive_local).utcoffset()
    second = localize(naive_local.replace(fold=1)).utcoffset()
    return first != second and exists_in_berlin(naive_local)
