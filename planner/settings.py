"""Settings kept in the database (shared by every workstation using it), with defaults."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from planner.plainsql import fetch_value

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

    from planner.plainsql import RowSource

# The acting office: a database setting, overridden per workstation by the environment
# variable (see planner/audit.py, ui/workstation.py).
OFFICE_SETTING = "current_office"
OFFICE_ENV_VAR = "TRANSFERPLANER_OFFICE"

DEFAULTS: dict[str, Any] = {
    "funding_note": "Gefördert vom Bundesministerium für Bildung und Forschung",
    "certificate_threshold": 0.8,
    "unit_minutes": 45,
    "certificate_title": "Teilnahmebescheinigung",
    "certificate_intro": "hat an der folgenden Veranstaltung teilgenommen:",
    # Feedback breakdowns with fewer answers show nothing (planner.evaluation.anonymity).
    "evaluation_min_answers": 5,
    "certificate_closing": (
        "Die Transferagenturen für Großstädte unterstützen Kommunen beim Aufbau eines "
        "datengestützten Bildungsmanagements."
    ),
}


def get_setting(orm: OrmSession, key: str, default: Any = None) -> Any:
    from planner.models import Setting

    row = orm.get(Setting, key)
    if row is not None:
        return row.value
    return DEFAULTS.get(key, default)


def read_setting(source: RowSource, key: str, default: Any = None) -> Any:
    """Like get_setting, in plain SQL: for read-only views at start-up (no SQLAlchemy)."""
    stored = fetch_value(source, "SELECT CAST(value AS TEXT) FROM setting WHERE key = :key",
                         {"key": key})
    if stored is not None:
        return json.loads(stored)
    return DEFAULTS.get(key, default)


def set_setting(orm: OrmSession, key: str, value: Any) -> None:
    from planner.models import Setting

    row = orm.get(Setting, key)
    if row is None:
        orm.add(Setting(key=key, value=value))
    else:
        row.value = value
    orm.flush()
