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
