"""What is new for the participant: the booking they knew (`before`) against the booking now.

The result names one message type (`kind`), lists the upcoming sessions with what happened
to each, and says per session whether the calendar gets a REQUEST (new, moved, restored) or
a CANCEL (cancelled, taken off the booking) and with which SEQUENCE: the session's own
SEQUENCE, raised above the one this participant last received when their view changes (a
cancelled and re-made booking must not reuse a number Outlook has already seen).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from planner.models import RegistrationStatus
from planner.notify.state import State, View, differs, end_of, is_cancelled, start_of


class Kind:
    CONFIRMED = "confirmed"
    WAITING = "waiting"
    PROMOTED = "promoted"
    CANCELLED_SELF = "cancelled_self"
    CANCELLED_OFFICE = "cancelled_office"
    BOOKING_CHANGED = "booking_changed"
    SESSION_MOVED = "session_moved"
    SESSION_CANCELLED = "session_cancelled"
    SESSION_RESTORED = "session_restored"
    REPLACEMENT = "replacement"
    REMINDER = "reminder"

    ALL = (CONFIRMED, WAITING, PROMOTED, CANCELLED_SELF, CANCELLED_OFFICE, BOOKING_CHANGED,
           SESSION_MOVED, SESSION_CANCELLED, SESSION_RESTORED, REPLACEMENT, REMINDER)


class Change:
    NEW = "new"
    MOVED = "moved"
    CANCELLED = "cancelled"
    RESTORED = "restored"
    REMOVED = "removed"
    UNCHANGED = "unchanged"


@dataclass
class SessionNews:
    session_id: int
    change: str
    now: View  # the session as it is (for REMOVED: as it is, though no longer booked)
    before: View | None
    method: str | None  # "REQUEST", "CANCEL" or None (no calendar part)
    sequence: int
    # Set by the caller for replacement dates (the session this one replaces).
    replaces: int | None = None

    @property
    def start(self) -> datetime:
        return start_of(self.now)


@dataclass
class BookingNews:
    kind: str  # "" when there is nothing left to say (the changes cancelled each other out)
    status_before: str | None
    status_now: str
    position: int | None
    sessions: list[SessionNews] = field(default_factory=list)
    known_after: State = field(default_factory=dict)

    @property
    def calendar(self) -> list[SessionNews]:
        return [s for s in self.sessions if s.method is not None]


def _sequence(now: View, before: Mapping[str, Any] | None) -> int:
    sent = before.get("sent_seq") if before else None
    return max(int(now["seq"]), int(sent) + 1) if sent is not None else int(now["seq"])


def _session_news(before: State, current: State, latest: Mapping[str, View],
                  now: datetime) -> list[SessionNews]:
    known = before.get("sessions", {}) if before.get("status") == RegistrationStatus.REGISTERED \
        else {}
    booked = current["sessions"] if current["status"] == RegistrationStatus.REGISTERED else {}
    news: list[SessionNews] = []
    for sid in dict.fromkeys([*known, *booked]):
        b = known.get(sid)
        c = booked.get(sid)
        view = c or latest.get(sid) or b
        assert view is not None
        if end_of(view) <= now:
            continue
        held = bool(b and b.get("held"))
        if c is None:
            if held:
                news.append(SessionNews(int(sid), Change.REMOVED, view, b, "CANCEL",
                                        _sequence(view, b)))
            continue
        if is_cancelled(c):
            if held:
                news.append(SessionNews(int(sid), Change.CANCELLED, c, b, "CANCEL",
                                        _sequence(c, b)))
            continue
        if b is not None and held:
            if differs(b, c):
                news.append(SessionNews(int(sid), Change.MOVED, c, b, "REQUEST",
                                        _sequence(c, b)))
            else:
                news.append(SessionNews(int(sid), Change.UNCHANGED, c, b, None,
                                        int(b.get("sent_seq", c["seq"]))))
        elif b is not None and is_cancelled(b):
            news.append(SessionNews(int(sid), Change.RESTORED, c, b, "REQUEST", _sequence(c, b)))
        else:
            news.append(SessionNews(int(sid), Change.NEW, c, b, "REQUEST", _sequence(c, b)))
    news.sort(key=lambda n: (n.start, n.session_id))
    return news


def _replacements(before: State, current: State, latest: Mapping[str, View],
                  sessions: list[SessionNews], explicit: Mapping[int, int]) -> dict[int, int]:
    """New dates paired with cancelled dates the participant had booked. A replacement
    planned as such (`explicit`: new session -> the cancelled one, from the database)
    names the session it replaces. Otherwise a session that appears in a booking after
    one of its sessions was cancelled is taken as its replacement (the earliest new date
    for the earliest cancelled one), leaving out cancelled sessions that have a planned
    replacement of their own."""
    if before.get("status") != RegistrationStatus.REGISTERED:
        return {}
    known = before.get("sessions", {})
    links = {new: old for new, old in explicit.items()
             if str(old) in known and not known[str(old)].get("replaced")}
    cancelled = []
    for sid, seen in known.items():
        if seen.get("replaced") or int(sid) in explicit.values():
            continue
        now = current["sessions"].get(sid) or latest.get(sid) or seen
        if is_cancelled(now):
            cancelled.append((start_of(now), int(sid)))
    new = [item.session_id for item in sessions
           if item.change == Change.NEW and item.session_id not in explicit]
    links.update(zip(new, (sid for _start, sid in sorted(cancelled)), strict=False))
    return links


def _kind(before: State, current: State, sessions: list[SessionNews],
          cancelled_by: str) -> str:
    was, now = before.get("status"), current["status"]
    if now == RegistrationStatus.CANCELLED:
        if was in (RegistrationStatus.REGISTERED, RegistrationStatus.WAITING):
            return Kind.CANCELLED_SELF if cancelled_by == "participant" else \
                Kind.CANCELLED_OFFICE
        # Never told about the booking: they know if they cancelled it themselves.
        if was is None and cancelled_by != "participant":
            return Kind.CANCELLED_OFFICE
        return ""
    if now == RegistrationStatus.WAITING:
        return "" if was == RegistrationStatus.WAITING else Kind.WAITING
    if was == RegistrationStatus.WAITING:
        return Kind.PROMOTED
    if was != RegistrationStatus.REGISTERED:
        return Kind.CONFIRMED
    changes = {s.change for s in sessions} - {Change.UNCHANGED}
    if not changes:
        return ""
    if any(s.replaces is not None for s in sessions):
        return Kind.REPLACEMENT
    single = {Change.MOVED: Kind.SESSION_MOVED, Change.CANCELLED: Kind.SESSION_CANCELLED,
              Change.RESTORED: Kind.SESSION_RESTORED}
    if len(changes) == 1 and next(iter(changes)) in single:
        return single[next(iter(changes))]
    return Kind.BOOKING_CHANGED


def _known_after(before: State, current: State, sessions: list[SessionNews]) -> State:
    entries: dict[str, Any] = {sid: {**view, "held": False}
                               for sid, view in before.get("sessions", {}).items()}
    for sid, view in current["sessions"].items():
        old = entries.get(sid, {})
        entries[sid] = {**view, "held": old.get("held", False)} | {
            key: old[key] for key in ("sent_seq", "replaced") if key in old}
    for item in sessions:
        entry = entries.setdefault(str(item.session_id), dict(item.now))
        entry.update(item.now)
        entry["held"] = item.method == "REQUEST" or (
            item.method is None and item.change == Change.UNCHANGED)
        entry["sent_seq"] = item.sequence
    for item in sessions:
        if item.replaces is not None and str(item.replaces) in entries:
            entries[str(item.replaces)]["replaced"] = True
    if current["status"] != RegistrationStatus.REGISTERED:
        for entry in entries.values():
            entry["held"] = False
    return {"status": current["status"], "position": current.get("position"),
            "sessions": entries}


def booking_news(before: State, current: State, latest: Mapping[str, View], now: datetime, *,
                 cancelled_by: str = "", replaces: Mapping[int, int] | None = None
                 ) -> BookingNews:
    """Compare; `latest` holds the current view of sessions no longer booked, `replaces`
    maps a replacement date's session id to the cancelled session it replaces."""
    sessions = _session_news(before, current, latest, now)
    links = _replacements(before, current, latest, sessions, replaces or {})
    for item in sessions:
        if item.change == Change.NEW and item.session_id in links:
            item.replaces = links[item.session_id]
    kind = _kind(before, current, sessions, cancelled_by)
    if kind in (Kind.WAITING, Kind.CANCELLED_SELF, Kind.CANCELLED_OFFICE):
        # The dates they wait for / had booked are listed, without calendar entries.
        listed = {s.session_id for s in sessions}
        for sid, view in current["sessions"].items():
            if int(sid) not in listed and end_of(view) > now and not is_cancelled(view):
                sessions.append(SessionNews(int(sid), Change.UNCHANGED, view, None, None,
                                            int(view["seq"])))
        sessions.sort(key=lambda n: (n.start, n.session_id))
    return BookingNews(kind, before.get("status"), current["status"], current.get("position"),
                       sessions, _known_after(before, current, sessions))
