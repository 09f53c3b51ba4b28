"""Units (observation 2): minutes summed first, converted once, rounded once; certificate
lines add up to the total for any schedule."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.certificates import issue_certificates
from planner.certificates.content import session_lines, statement
from planner.rules.certificates import entitlements
from planner.rules.facts import Booking, EventFacts, SessionFacts
from planner.rules.units import teaching_minutes
from planner.usecases.attendance import record_all_registered
from tests.rules_support import make_event, pdf_text, weekly


def _issue_all_present(db, fx, folder):
    with db.transaction() as orm:
        for sid in fx.session_ids:
            record_all_registered(orm, sid, "present")
        result = issue_certificates(orm, fx.event_id, folder)
    return result.files


def test_network_meeting_of_five_and_a_half_hours(db, tmp_path):
    # 10:00-16:30 less 60 minutes: 330 minutes = 7 1/3 UE = 5.5 hours.
    fx = make_event(db, days=[date(2027, 3, 2)])
    [path] = _issue_all_present(db, fx, tmp_path)
    text = pdf_text(path)
    assert "7,3 Unterrichtseinheiten" in text or "7,3 UE" in text
    assert "5,5 Zeitstunden" in text and "5,47" not in text


def test_four_meetings_sum_minutes_before_rounding(db, tmp_path):
    fx = make_event(db, days=weekly(date(2027, 3, 2), 4))
    [path] = _issue_all_present(db, fx, tmp_path)
    text = pdf_text(path)
    # 4 x 330 = 1320 minutes = 29 1/3 UE = 22 hours (not 4 x 7.3 = 29.2, 21.9 hours).
    assert "29,3" in text and "22 Zeitstunden" in text
    assert "29,2" not in text and "21,9" not in text


# -- property: the lines on a certificate add up to its total ---------------------------------

FORMATS = ["training_series", "network_group", "coaching", "conference"]
KINDS = {"training_series": "module", "network_group": "meeting", "coaching": "workshop",
         "conference": "conference_day"}


def _number(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


@st.composite
def schedules(draw):
    fmt = draw(st.sampled_from(FORMATS))
    unit = draw(st.sampled_from([30, 45, 45, 45, 50, 60, 90]))
    n = draw(st.integers(1, 8))
    sessions, marks = [], {}
    day = datetime(2027, 1, 4, 7, 0)
    for i in range(n):
        start = day + timedelta(days=7 * i, minutes=draw(st.integers(0, 180)))
        length = draw(st.integers(1, 11 * 60))
        brk = draw(st.integers(0, 120))
        minutes = teaching_minutes(start, start + timedelta(minutes=length), brk)
        sessions.append(SessionFacts(i + 1, KINDS[fmt], f"Termin {i + 1}", start,
                                     start + timedelta(minutes=length), False, minutes,
                                     "Leipzig"))
        status = draw(st.sampled_from(["present", "present", "partial", "excused", "absent",
                                       None]))
        if status == "partial":
            marks[i + 1] = ("partial", draw(st.integers(1, max(1, minutes))))
        elif status is not None:
            marks[i + 1] = (status, None)
    event = EventFacts(1, fmt, "Veranstaltung", unit, 0.8, None, tuple(sessions))
    whole = draw(st.booleans())
    chosen = frozenset(s.id for s in sessions if draw(st.booleans())) or frozenset({1})
    return event, Booking(7, whole, frozenset() if whole else chosen), marks


@settings(max_examples=400, deadline=None)
@given(schedules())
def test_certificate_lines_add_up_to_the_total(schedule):
    event, booking, marks = schedule
    for item in entitlements(event, booking, marks, datetime(2028, 1, 1)):
        if not item.issuable:
            continue
        lines = session_lines(item)
        total_minutes = sum(line.attended for line in item.lines)
        exact_units = Fraction(total_minutes, event.unit_minutes)
        total_units = _number(item.attended.units_text())
        total_hours = _number(item.attended.hours_text())
        # The total is the exact sum of minutes, converted once and rounded once (half up).
        assert abs(Fraction(total_units) - exact_units) <= Fraction(1, 20)
        assert abs(Fraction(total_hours) - Fraction(total_minutes, 60)) <= Fraction(1, 200)
        if all(s.minutes for s in (line.session for line in item.lines)):
            assert sum(_number(r["units"]) for r in lines) == total_units
            assert sum(_number(r["hours"]) for r in lines) == total_hours
            for row, line in zip(lines, item.lines, strict=True):
                # every line within a tenth of its exact value
                assert abs(Fraction(_number(row["units"]))
                           - Fraction(line.attended, event.unit_minutes)) < Fraction(1, 10)
        if total_minutes:
            assert item.attended.units_text() in statement(item)
