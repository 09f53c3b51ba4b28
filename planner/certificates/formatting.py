"""German formatting of numbers, session labels, places and periods for certificates."""

from __future__ import annotations

from planner.models import Session
from planner.models.enums import SESSION_KIND_LABELS_DE


def num(value: float) -> str:
    """German number with at most two decimals: 48 → "48", 38.4 → "38,4"."""
    text = f"{round(value, 2):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if text else "0"


def percent(rate: float) -> str:
    """Percent rounded down to a tenth (never overstating attendance): "80", "78,9"."""
    return num(int(rate * 1000 + 1e-6) / 10)


def session_place(session: Session) -> str:
    if session.venue is not None and session.venue.city:
        return session.venue.city
    if session.host_municipality is not None:
        return session.host_municipality.city or session.host_municipality.name
    return "online" if session.venue is None else session.venue.name


def session_label(session: Session) -> str:
    if session.title:
        return session.title
    label = SESSION_KIND_LABELS_DE.get(session.kind, "Termin")  # type: ignore[call-overload]
    return f"{label} {session.position}"


def period(sessions: list[Session]) -> str:
    if not sessions:
        return ""
    first, last = sessions[0].start.date(), sessions[-1].end.date()
    if first == last:
        return f"{first:%d.%m.%Y}"
    return f"{first:%d.%m.%Y} – {last:%d.%m.%Y}"
