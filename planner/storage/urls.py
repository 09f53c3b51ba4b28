"""Telling a database URL from a file path, without importing SQLAlchemy."""

from __future__ import annotations

import re

_URL_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def looks_like_url(value: str) -> bool:
    """True for `scheme://…` (a database URL), False for a file path."""
    return bool(_URL_RE.match(value))
