"""The planning rules, checked on the demo data as written (before the transaction commits).

The bulk demo path plans rows without the use cases' per-row queries; this module checks
the written data with the rules those queries enforce, so demo data obeys every rule that
data entered by hand obeys:

- no trainer or venue double booking (`planner.checks.booking_conflicts`, the check of
  every save), no participant booked into overlapping sessions of two events;
- no more registered persons than places;
- attendance only for registered persons of held sessions that have ended, partly
  present only with minutes within the session's teaching minutes.

A broken rule raises `ValidationError` (the caller's transaction is rolled back): it is a
bug of the demo generator, never data to keep. Advisory warnings (weekends, holidays,
format shapes) are left to the generator, as the use cases leave them to the user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from planner.checks import booking_conflicts, validate_times
from planner.errors import ValidationError
from planner.models.enums import AttendanceStatus, RegistrationStatus, SessionStatus
from planner.plainsql import fetch
from planner.rules.units import session_minutes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

    from planner.demo.context import DemoContext

# Every active booking: (person, event, session, start, end) of the sessions it covers.
_BOOKED = """
    SELECT r.person_id, r.event_id, s.id AS session_id, s."start", s."end"
    FROM registration r JOIN session s ON s.event_id = r.event_id
    WHERE r.status != :cancelled AND r.whole_event = :yes AND s.status != :cancelled
    UNION ALL
    SELECT r.person_id, r.event_id, s.id, s."start", s."end"
    FROM registration r JOIN registration_session rs ON rs.registration_id = r.id
    JOIN session s ON s.id = rs.session_id
    WHERE r.status != :cancelled AND r.whole_event = :no AND s.status != :cancelled
"""
_REGISTERED = _BOOKED.replace("r.status != :cancelled", "r.status = :registered")


def _fail(rule: str, found: Any) -> None:
    raise ValidationError(f"Demodaten verletzen eine Planungsregel ({rule}): {found}")


def verify_demo(orm: OrmSession, ctx: DemoContext) -> None:
    params = {"cancelled": str(SessionStatus.CANCELLED), "yes": True, "no": False,
              "registered": str(RegistrationStatus.REGISTERED)}
    for event in ctx.events:
        for session in event.sessions:
            validate_times(session.start, session.end)
            if session.is_cancelled:
                continue
            clashes = booking_conflicts(orm, session.start, session.end, session.venue_id,
                                        [p.id for p in session.trainers], session.id)
            if clashes:
                _fail("Doppelbuchung", clashes[0].message)
    overlaps = fetch(orm, f"""
        WITH booked AS ({_BOOKED})
        SELECT a.person_id, a.session_id, b.session_id FROM booked a JOIN booked b
        ON a.person_id = b.person_id AND a.event_id < b.event_id
        AND a."start" < b."end" AND b."start" < a."end" """, params)
    if overlaps:
        _fail("Person doppelt gebucht", overlaps[0])
    over = fetch(orm, f"""
        WITH taken AS ({_REGISTERED})
        SELECT s.id, count(*), coalesce(s.capacity, e.capacity) FROM taken t
        JOIN session s ON s.id = t.session_id JOIN event e ON e.id = s.event_id
        WHERE coalesce(s.capacity, e.capacity) IS NOT NULL
        GROUP BY s.id, s.capacity, e.capacity
        HAVING count(*) > coalesce(s.capacity, e.capacity)""", params)
    if over:
        _fail("mehr Anmeldungen als Plätze", over[0])
    strays = fetch(orm, f"""
        WITH taken AS ({_REGISTERED})
        SELECT a.session_id, a.person_id FROM attendance a
        LEFT JOIN taken t ON t.session_id = a.session_id AND t.person_id = a.person_id
        WHERE t.person_id IS NULL""", params)
    if strays:
        _fail("Anwesenheit ohne Anmeldung", strays[0])
    sessions = {s.id: s for e in ctx.events for s in e.sessions}
    for session_id, person_id, status, minutes in fetch(
            orm, "SELECT session_id, person_id, status, minutes FROM attendance"):
        held = sessions.get(session_id)
        if held is None or held.end >= ctx.now:
            _fail("Anwesenheit vor dem Ende des Termins", (session_id, person_id))
        elif status == AttendanceStatus.PARTIAL and not (
                0 < (minutes or 0) <= session_minutes(held)):  # type: ignore[arg-type]
            _fail("Minuten bei „teilweise anwesend“", (session_id, person_id, minutes))
