"""Which certificate a person gets for an event, decided from plain facts.

The decision depends only on the event (format, unit length, threshold, certificate
policy), the person's active booking, their attendance marks and the time. Eligibility,
issuing, the attendance matrix, the attendance grid and the CLI all call
`entitlements`; nothing else decides who gets a certificate.

Per format (planner/RULES.md states the same in words):

* training series, whole-series booking: once every booked module has taken place, a
  *series* certificate at or above the event's threshold of the booked teaching time;
  below it, a certificate listing the *modules* actually attended; nothing if none.
* training series, single modules booked: one *module* certificate per module attended.
* network group, coaching, conference (and any event whose policy is "confirmation"):
  once every booked session has taken place, one *confirmation* listing the meetings,
  workshops or days attended.
* analysis (and any event whose policy is "none"): no certificate.

A session counts as attended when the person was present, or partly present for some
minutes; certificates state the attended time honestly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from fractions import Fraction

from planner.models.enums import SESSION_KIND_LABELS_DE, CertificateKind, EventFormat
from planner.rules.attendance import is_attended
from planner.rules.facts import Booking, EventFacts, Mark, SessionFacts
from planner.rules.timing import has_taken_place
from planner.rules.units import Duration, attended_minutes
from planner.translatable import QT_TRANSLATE_NOOP
from planner.wording import count, percent, quoted

# Event.certificate_policy: None follows the format's default.
POLICY_NONE = "none"
POLICY_CONFIRMATION = "confirmation"
POLICIES = (POLICY_NONE, POLICY_CONFIRMATION)
POLICY_LABELS_DE = {
    None: "nach Format",
    POLICY_CONFIRMATION: "Teilnahmebestätigung",
    POLICY_NONE: "keine Bescheinigung",
}

KIND_LABELS_DE = {
    CertificateKind.SERIES: QT_TRANSLATE_NOOP("certificates", "Reihenbescheinigung"),
    CertificateKind.MODULES: QT_TRANSLATE_NOOP("certificates",
                                               "Bescheinigung besuchter Module"),
    CertificateKind.MODULE: QT_TRANSLATE_NOOP("certificates", "Modulbescheinigung"),
    CertificateKind.PARTICIPATION: QT_TRANSLATE_NOOP("certificates", "Teilnahmebestätigung"),
}
SUMMARY_TEXTS_DE = {
    "modules_n": QT_TRANSLATE_NOOP("certificates", "{n} Modulbescheinigungen"),
    "pending": QT_TRANSLATE_NOOP("certificates", "noch offen"),
    "none": QT_TRANSLATE_NOOP("certificates", "keine"),
}


class State(StrEnum):
    ISSUE = "issue"  # due now
    PENDING = "pending"  # booked sessions still to take place
    NONE = "none"  # nothing to certify


@dataclass(frozen=True)
class Line:
    """One attended session on a certificate."""

    session: SessionFacts
    attended: int  # minutes

    @property
    def partial(self) -> bool:
        return self.attended < self.session.minutes


@dataclass
class Entitlement:
    """One certificate a person has (or will have, or has not) for an event."""

    person_id: int
    kind: CertificateKind
    state: State
    unit_minutes: int
    threshold: float
    booked_minutes: int = 0
    lines: list[Line] = field(default_factory=list)
    booked_sessions: int = 0  # how many booked sessions take place
    session_id: int | None = None  # the module of a module certificate
    reason: str = ""
    # the reason's kind and facts, for a translated rendering in the window
    # (e.g. ("pending", "series", "2", "2026-12-22"); see ui.exports.reason_text)
    reason_facts: tuple[str, ...] = ()
    # A whole-series booking under the threshold (it gets the list of attended modules;
    # a documented exception may give the series certificate instead).
    below_threshold: bool = False

    @property
    def attended_minutes(self) -> int:
        return sum(line.attended for line in self.lines)

    @property
    def booked(self) -> Duration:
        return Duration(self.booked_minutes, self.unit_minutes)

    @property
    def attended(self) -> Duration:
        return Duration(self.attended_minutes, self.unit_minutes)

    @property
    def rate(self) -> Fraction:
        """Attended share of the booked teaching time (0 without booked time)."""
        if not self.booked_minutes:
            return Fraction(0)
        return Fraction(self.attended_minutes, self.booked_minutes)

    @property
    def issuable(self) -> bool:
        return self.state == State.ISSUE

    @property
    def last_day(self) -> date | None:
        """The day of the last certified session (certificates are dated on or after it)."""
        return max((line.session.end.date() for line in self.lines), default=None)

    @property
    def content_key(self) -> str:
        """What the certificate is about: one live certificate per person and key."""
        return certificate_key(self.person_id, self.session_id)


def certificate_key(person_id: int, session_id: int | None) -> str:
    """Event-level certificates (series, modules, confirmation) share one key per person;
    a module certificate has its own per module."""
    return f"p{person_id}" if session_id is None else f"p{person_id}:s{session_id}"


def meets_threshold(attended: int, booked: int, threshold: float) -> bool:
    """attended / booked >= threshold, exactly (threshold to a tenth of a percent)."""
    return booked > 0 and attended * 1000 >= booked * round(threshold * 1000)


def effective_policy(event: EventFacts) -> str:
    """"series", "confirmation" or "none" for this event."""
    if event.policy in POLICIES:
        return str(event.policy)
    if event.format == EventFormat.TRAINING_SERIES:
        return "series"
    if event.format == EventFormat.ANALYSIS:
        return POLICY_NONE
    return POLICY_CONFIRMATION


def session_noun(kind: str, n: int = 1) -> str:
    """Modul / Treffen / Workshop / Tagungstag (plural for n != 1)."""
    singular = SESSION_KIND_LABELS_DE.get(kind, "Termin")  # type: ignore[call-overload]
    return singular if n == 1 else PLURALS_DE.get(singular, singular)


PLURALS_DE = {"Modul": "Module", "Treffen": "Treffen", "Tagungstag": "Tagungstage",
              "Workshop": "Workshops", "Vorgespräch": "Vorgespräche",
              "Analyseworkshop": "Analyseworkshops", "Termin": "Termine"}
DATIVE_PLURALS_DE = {"Modul": "Modulen", "Treffen": "Treffen", "Tagungstag": "Tagungstagen",
                     "Workshop": "Workshops", "Vorgespräch": "Vorgesprächen",
                     "Analyseworkshop": "Analyseworkshops", "Termin": "Terminen"}


def common_noun(sessions: Iterable[SessionFacts]) -> str:
    """What the sessions are (Modul, Treffen, …), or "Termin" when they differ."""
    kinds = {s.kind for s in sessions}
    return session_noun(kinds.pop()) if len(kinds) == 1 else "Termin"


def dative_plural(noun: str) -> str:
    return DATIVE_PLURALS_DE.get(noun, noun)


def _nouns(sessions: Iterable[SessionFacts]) -> str:
    return PLURALS_DE.get(common_noun(sessions), "Termine")


def _lines(sessions: list[SessionFacts], marks: Mapping[int, Mark]) -> list[Line]:
    lines = []
    for s in sessions:
        mark = marks.get(s.id)
        if is_attended(mark):
            assert mark is not None
            lines.append(Line(s, attended_minutes(s.minutes, mark[0], mark[1])))
    return lines


def _pending_reason(pending: list[SessionFacts], what: str) -> str:
    last = max(s.end for s in pending)
    return (f"{what} ist noch nicht abgeschlossen: "
            f"{count(len(pending), session_noun(pending[0].kind), _nouns(pending))} "
            f"bis {last:%d.%m.%Y} stehen noch aus.")


def _event_level(event: EventFacts, booking: Booking, booked: list[SessionFacts],
                 marks: Mapping[int, Mark], now: datetime, series: bool) -> Entitlement:
    kind = CertificateKind.SERIES if series else CertificateKind.PARTICIPATION
    item = Entitlement(booking.person_id, kind, State.NONE, event.unit_minutes,
                       event.threshold, sum(s.minutes for s in booked),
                       _lines(booked, marks), booked_sessions=len(booked))
    pending = [s for s in booked if not has_taken_place(s.end, now)]
    if pending:
        item.state = State.PENDING
        item.reason = _pending_reason(pending, "Die Reihe" if series else "Die Veranstaltung")
        item.reason_facts = ("pending", "series" if series else "event", str(len(pending)),
                             max(s.end for s in pending).date().isoformat())
        return item
    if not item.lines:
        item.reason = (f"Keine Teilnahme an den gebuchten "
                       f"{dative_plural(common_noun(booked))} erfasst.")
        item.reason_facts = ("no_attendance",)
        return item
    item.state = State.ISSUE
    if series and not meets_threshold(item.attended_minutes, item.booked_minutes,
                                      event.threshold):
        item.kind = CertificateKind.MODULES
        item.below_threshold = True
        item.reason = (f"{item.attended.units_text()} von {item.booked.units_text()} UE "
                       f"({percent(float(item.rate))}) liegen unter der Schwelle von "
                       f"{percent(event.threshold)}: Bescheinigung der besuchten Module.")
        item.reason_facts = ("below_threshold", str(item.attended.units_tenths),
                             str(item.booked.units_tenths), str(float(item.rate)),
                             str(event.threshold))
    return item


def _per_module(event: EventFacts, booking: Booking, booked: list[SessionFacts],
                marks: Mapping[int, Mark], now: datetime) -> list[Entitlement]:
    result = []
    for s in booked:
        item = Entitlement(booking.person_id, CertificateKind.MODULE, State.NONE,
                           event.unit_minutes, event.threshold, s.minutes,
                           _lines([s], marks), booked_sessions=1, session_id=s.id)
        if not has_taken_place(s.end, now):
            item.state = State.PENDING
            item.reason = f"{s.title} findet am {s.start:%d.%m.%Y} statt."
            item.reason_facts = ("module_pending", s.title, s.start.date().isoformat())
        elif item.lines:
            item.state = State.ISSUE
        else:
            item.reason = f"{s.title}: keine Teilnahme erfasst."
            item.reason_facts = ("module_no_attendance", s.title)
        result.append(item)
    return result


def entitlements(event: EventFacts, booking: Booking, marks: Mapping[int, Mark],
                 now: datetime) -> list[Entitlement]:
    """Every certificate the booking leads to, due or not (with a German reason)."""
    policy = effective_policy(event)
    booked = booking.sessions(event)
    if policy == POLICY_NONE:
        return [Entitlement(booking.person_id, CertificateKind.PARTICIPATION, State.NONE,
                            event.unit_minutes, event.threshold,
                            reason=f"Für {quoted(event.title)} ({event.format_label}) ist keine "
                                   "Bescheinigung vorgesehen.",
                            reason_facts=("no_certificate", event.title))]
    if not booked:
        return [Entitlement(booking.person_id, CertificateKind.PARTICIPATION, State.NONE,
                            event.unit_minutes, event.threshold,
                            reason="Keiner der gebuchten Termine findet statt.",
                            reason_facts=("nothing_takes_place",))]
    if policy == "series" and not booking.whole_event:
        return _per_module(event, booking, booked, marks, now)
    return [_event_level(event, booking, booked, marks, now, series=policy == "series")]


@dataclass(frozen=True)
class Summary:
    """What a person gets for an event: due certificates by kind, or pending, or none."""

    due: tuple[tuple[CertificateKind, int], ...] = ()
    pending: bool = False

    @property
    def label(self) -> str:
        """In a few German words (the matrix column, the CLI)."""
        if self.due:
            return ", ".join(KIND_LABELS_DE[kind] if n == 1 else
                             SUMMARY_TEXTS_DE["modules_n"].replace("{n}", str(n))
                             for kind, n in self.due)
        return SUMMARY_TEXTS_DE["pending" if self.pending else "none"]


def summarize(items: Iterable[Entitlement]) -> Summary:
    items = list(items)
    due: dict[CertificateKind, int] = {}
    for item in items:
        if item.issuable:
            due[item.kind] = due.get(item.kind, 0) + 1
    order = list(CertificateKind)
    return Summary(tuple(sorted(due.items(), key=lambda kv: order.index(kv[0]))),
                   any(i.state == State.PENDING for i in items))


def summary_label(items: Iterable[Entitlement]) -> str:
    """What the person gets, in a few words (the matrix and grid column)."""
    return summarize(items).label
