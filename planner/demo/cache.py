"""The demo database of the day: built once, then copied on use.

`transferplaner --demo` opens a fresh database with two years of demo data. Building it
(loading SQLAlchemy, planning and writing a few thousand rows, checking them) takes about
a second; a copy of the kept file takes milliseconds and opens without SQLAlchemy. The
data depends on the day (sessions before today have attendance), on years and seed and on
the code, so the kept file is named after all of them (planner/cache.py), and a new one
replaces the older ones.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from planner.cache import cache_dir, code_version, copy_kept, keep_database


def demo_name(years: int, seed: int, today: date | None = None) -> str:
    day = today or date.today()
    return f"demo-{code_version()}-{years}y-seed{seed}-{day:%Y%m%d}.sqlite"


def copy_kept_demo(target: Path, years: int, seed: int, today: date | None = None) -> bool:
    """Copy the kept demo database over `target`; False if none is kept for today."""
    return copy_kept(demo_name(years, seed, today), target)


def keep_demo(source: Path, years: int, seed: int, today: date | None = None) -> None:
    """Keep a just generated demo database for the next `--demo` (older ones go)."""
    name = demo_name(years, seed, today)
    for old in cache_dir().glob("demo-*.sqlite"):
        if old.name != name:
            old.unlink(missing_ok=True)
    keep_database(source, name)
