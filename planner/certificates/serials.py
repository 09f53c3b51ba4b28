"""Serial numbers `<prefix>-<year>-<counter>`: the counter runs per prefix and year."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.models import Certificate


def format_serial(prefix: str, year: int, counter: int) -> str:
    return f"{prefix}-{year}-{counter:04d}"


class SerialAllocator:
    """Hands out the next counters of one prefix and year inside the caller's transaction.

    The highest stored counter is read once; the unique constraint on (prefix, year,
    counter) refuses a number another workstation took in the meantime.
    """

    def __init__(self, orm: OrmSession) -> None:
        self._orm = orm
        self._next: dict[tuple[str, int], int] = {}

    def peek(self, prefix: str, year: int) -> int:
        key = (prefix, year)
        if key not in self._next:
            highest = self._orm.scalar(
                select(func.max(Certificate.counter)).where(
                    Certificate.prefix == prefix, Certificate.year == year
                )
            )
            self._next[key] = (highest or 0) + 1
        return self._next[key]

    def take(self, prefix: str, year: int) -> tuple[int, str]:
        counter = self.peek(prefix, year)
        self._next[(prefix, year)] = counter + 1
        return counter, format_serial(prefix, year, counter)
