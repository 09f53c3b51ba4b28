"""How many messages wait, in plain SQL: the navigation shows it before SQLAlchemy loads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.plainsql import fetch_value

if TYPE_CHECKING:
    from planner.plainsql import RowSource

# The row states that need staff: waiting, failed, unclear (see planner.models.outbox).
_OPEN = ("pending", "failed", "sending")


def waiting_count(source: RowSource) -> int:
    return int(fetch_value(source, "SELECT count(*) FROM outbox_message WHERE status IN "
                           "(:a, :b, :c)", dict(zip("abc", _OPEN, strict=True))) or 0)
