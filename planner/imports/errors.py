"""The one error an import file can end in: nothing was written, here is why (German)."""

from __future__ import annotations

from planner.errors import PlannerError


class ImportFileError(PlannerError):
    """The file cannot be read as a table of registrations."""
