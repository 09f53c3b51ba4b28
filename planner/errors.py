"""Domain errors. Messages are German: they reach staff unchanged in the UI and the CLI."""

from __future__ import annotations


class PlannerError(Exception):
    """A use case refused its input; nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(PlannerError):
    pass


class ValidationError(PlannerError):
    pass


class ConflictError(PlannerError):
    """A double booking; the change is refused unless forced."""

    def __init__(self, message: str, warnings: list | None = None) -> None:
        super().__init__(message)
        self.warnings = warnings or []


class DatabaseError(PlannerError):
    """The database file cannot be used (damaged, newer schema, unreachable)."""


class StaleEditError(PlannerError):
    """The record was changed by someone else since it was loaded."""
