"""What the flush hook noted in one transaction (see `tracking`), for `merge`."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.notify.state import View


@dataclass
class RegistrationChange:
    """A registration's values before its first change in this transaction."""

    new: bool
    old_status: str | None = None
    old_whole: bool | None = None  # None: unchanged
    old_session_ids: list[int] | None = None  # None: unchanged


@dataclass
class Notes:
    registrations: dict[int, RegistrationChange] = field(default_factory=dict)
    # Sessions whose calendar fields changed: their view before the change.
    sessions: dict[int, View] = field(default_factory=dict)
    new_sessions: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.registrations or self.sessions or self.new_sessions)
