"""Demo data: years of realistic events of all five formats, built through the use cases.

`generator` drives it (`generate_demo`), `context` holds the random source and the created
master data, `reference` the fixed names and places, `events` one builder per format and
`bookings` registrations, cancellations and attendance, `evaluation` anonymous feedback.
"""

from planner.demo.generator import generate_demo

__all__ = ["generate_demo"]
