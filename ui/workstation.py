"""Which office this workstation belongs to ("Mein Standort", ui.preferences, not the shared
database).

The office is applied through the environment variable `TRANSFERPLANER_OFFICE`, which
`planner.audit` reads for every audit entry (also in worker threads, where a context
variable would not reach) and which the plan page uses for its default office filter.
A choice made here wins over a value the launcher set; clearing it restores that value.
"""

from __future__ import annotations

import os

from planner.settings import OFFICE_ENV_VAR
from ui.preferences import WORKSTATION_OFFICE

_LAUNCH_ENV: dict[str, str | None] = {}


def workstation_office() -> str:
    """The office code chosen for this workstation ('' = none)."""
    return WORKSTATION_OFFICE.get().strip()


def apply_workstation_office() -> str:
    """Make the chosen office the acting office of this process; returns the code in effect."""
    if "value" not in _LAUNCH_ENV:
        _LAUNCH_ENV["value"] = os.environ.get(OFFICE_ENV_VAR)
    code = workstation_office()
    if code:
        os.environ[OFFICE_ENV_VAR] = code
    elif _LAUNCH_ENV["value"] is not None:
        os.environ[OFFICE_ENV_VAR] = str(_LAUNCH_ENV["value"])
    else:
        os.environ.pop(OFFICE_ENV_VAR, None)
    return os.environ.get(OFFICE_ENV_VAR, "").strip()


def set_workstation_office(code: str | None) -> str:
    """Remember the office of this workstation (None/'' = none) and apply it now."""
    if code:
        WORKSTATION_OFFICE.set(code)
    else:
        WORKSTATION_OFFICE.clear()
    return apply_workstation_office()
