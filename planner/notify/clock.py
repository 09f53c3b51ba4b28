"""The time the outbox judges "upcoming" and "due" against: Berlin wall-clock time, like the
stored session times. Tests and the benchmark move it with `frozen_now`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from planner.timezones import BERLIN

_frozen: list[datetime] = []


def local_now() -> datetime:
    if _frozen:
        return _frozen[-1]
    return datetime.now(BERLIN).replace(tzinfo=None, microsecond=0)


@contextmanager
def frozen_now(moment: datetime) -> Iterator[None]:
    _frozen.append(moment)
    try:
        yield
    finally:
        _frozen.pop()
