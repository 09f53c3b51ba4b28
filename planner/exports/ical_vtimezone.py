"""A hand-built VTIMEZONE for Europe/Berlin with yearly RRULEs.

`icalendar`'s `add_missing_timezones()` writes the zone as a long list of RDATEs, which
Outlook mishandles. Since 1996 Germany switches on the last Sunday of March (02:00 CET →
03:00 CEST) and of October (03:00 CEST → 02:00 CET); two RRULEs describe that exactly.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

BERLIN_TZID = "Europe/Berlin"


def berlin_vtimezone() -> Timezone:
    """A fresh VTIMEZONE component (components are mutable, so never share one)."""
    tz = Timezone()
    tz.add("tzid", BERLIN_TZID)
    tz.add("x-lic-location", BERLIN_TZID)

    daylight = TimezoneDaylight()
    daylight.add("tzname", "CEST")
    daylight.add("tzoffsetfrom", timedelta(hours=1))
    daylight.add("tzoffsetto", timedelta(hours=2))
    daylight.add("dtstart", datetime(1970, 3, 29, 2, 0, 0))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})

    standard = TimezoneStandard()
    standard.add("tzname", "CET")
    standard.add("tzoffsetfrom", timedelta(hours=2))
    standard.add("tzoffsetto", timedelta(hours=1))
    standard.add("dtstart", datetime(1970, 10, 25, 3, 0, 0))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})

    tz.add_component(daylight)
    tz.add_component(standard)
    return tz
