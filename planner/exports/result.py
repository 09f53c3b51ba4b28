"""The record every export returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ExportResult:
    files: list[Path] = field(default_factory=list)
    # How many items (sessions, rows, certificates) went into the files.
    count: int = 0
    # Human-readable German notes on what was left out and why.
    skipped: list[str] = field(default_factory=list)
    cancelled: bool = False
