"""Settings kept in the database (shared by every workstation using it), with defaults."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session as OrmSession

from planner.models import Setting

DEFAULTS: dict[str, Any] = {
    "funding_note": "Gefördert vom Bundesministerium für Bildung und Forschung",
    "certificate_threshold": 0.8,
    "unit_minutes": 45,
    "certificate_title": "Teilnahmebescheinigung",
    "certificate_intro": "hat an der folgenden Veranstaltung teilgenommen:",
    "certificate_closing": (
        "Die Transferagenturen für Großstädte unterstützen Kommunen beim Aufbau eines "
        "datengestützten Bildungsmanagements."
    ),
}


def get_setting(orm: OrmSession, key: str, default: Any = None) -> Any:
    row = orm.get(Setting, key)
    if row is not None:
        return row.value
    return DEFAULTS.get(key, default)


def read_setting(orm: OrmSession, key: str, default: Any = None) -> Any:
    """Like get_setting, through Core: for read-only views at start-up (no ORM needed)."""
    from sqlalchemy import select

    t = Setting.__table__.c
    found = orm.connection().execute(select(t.value).where(t.key == key)).first()
    if found is not None:
        return found[0]
    return DEFAULTS.get(key, default)


def set_setting(orm: OrmSession, key: str, value: Any) -> None:
    row = orm.get(Setting, key)
    if row is None:
        orm.add(Setting(key=key, value=value))
    else:
        row.value = value
    orm.flush()
