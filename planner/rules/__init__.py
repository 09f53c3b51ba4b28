"""The rules of attendance, teaching units and certificates (see planner/RULES.md).

Every screen and export asks these modules; none decides on its own:

* `units`: teaching minutes, attended minutes, units and hours (minutes first, rounded once);
* `attendance`: what counts as attendance, a person's totals for a booking;
* `timing`: what may be recorded or certified at a given time;
* `certificates`: which certificate a person gets for an event, per format;
* `facts`: the plain facts those rules need, read from the stored objects.
"""

from planner.rules.attendance import Totals, is_attended, totals
from planner.rules.certificates import Entitlement, Line, State, entitlements, summary_label
from planner.rules.facts import Booking, EventFacts, Mark, SessionFacts
from planner.rules.units import Duration, attended_minutes, session_minutes, teaching_minutes

__all__ = [
    "Booking", "Duration", "Entitlement", "EventFacts", "Line", "Mark", "SessionFacts", "State",
    "Totals", "attended_minutes", "entitlements", "is_attended", "session_minutes",
    "summary_label", "teaching_minutes", "totals",
]
