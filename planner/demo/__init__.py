"""Demo data: years of realistic events of all five formats, planned by the rules of the
use cases and written in bulk.

`generator` drives it (`generate_demo`), `context` holds the random source, the calendar
and the rows being built, `reference` the fixed names and places, `events` one builder per
format, `records` the use cases the demo needs as row builders (persons, venues, events,
sessions), `bookings` registrations, cancellations and attendance, `rows` the rows in
memory and their bulk write (with how to add a new kind of demo row), `verify` the
planning rules checked on the written data, `evaluation` anonymous feedback (added to the
written data), `cache` the demo database of the day, kept and copied on use.

`generate_demo` is imported on first use, so `planner.demo.cache` loads without
SQLAlchemy (the app copies a kept demo file before anything else is loaded).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.demo.generator import generate_demo

__all__ = ["generate_demo"]


def __getattr__(name: str) -> Any:
    if name == "generate_demo":
        from planner.demo.generator import generate_demo

        return generate_demo
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
