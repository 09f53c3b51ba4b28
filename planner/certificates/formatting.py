"""The period a certificate covers, in German dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol


class _Dated(Protocol):
    @property
    def start(self) -> datetime: ...

    @property
    def end(self) -> datetime: ...


def period(sessions: Sequence[_Dated]) -> str:
    """"02.03.2027" or "02.03.2027 – 06.04.2027" for sessions sorted by start."""
    if not sessions:
        return ""
    first, last = sessions[0].start.date(), sessions[-1].end.date()
    if first == last:
        return f"{first:%d.%m.%Y}"
    return f"{first:%d.%m.%Y} – {last:%d.%m.%Y}"
