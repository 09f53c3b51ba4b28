"""Lazy table models for the data lists (ids held, rows fetched page by page)."""

from ui.models.base import ObjectIdRole, SortRole

__all__ = ["ObjectIdRole", "SortRole"]
