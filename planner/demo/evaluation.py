"""Plausible, anonymous feedback for the demo's past events, generated from the seed.

Runs after attendance has been recorded: each past event gets forms back from a share of
the people present (network tours one set per meeting, all other formats one set for the
whole event), on its format's questionnaire. Answers follow an event's overall quality
with some spread; a few free texts per event. Its own random stream (derived from the
seed), so the rest of the demo data does not depend on it. Written with two Core
executemany inserts, so a decade of demo data stays quick.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session as OrmSession

from planner.evaluation.answers import ItemSpec
from planner.evaluation.questionnaires import current_for_format, item_specs
from planner.models import (
    Attendance,
    AttendanceStatus,
    Event,
    EventFormat,
    FeedbackAnswer,
    FeedbackResponse,
    Session,
    SessionStatus,
)

PER_SESSION = {EventFormat.NETWORK_GROUP}
# How likely each option of the standard "what will you apply" item is, per format.
APPLICATION_WEIGHTS = {
    EventFormat.TRAINING_SERIES: (5, 5, 3, 2, 1),
    EventFormat.NETWORK_GROUP: (2, 2, 5, 5, 1),
    EventFormat.CONFERENCE: (5, 2, 4, 3, 1),
    EventFormat.COACHING: (3, 5, 3, 2, 1),
    EventFormat.ANALYSIS: (3, 4, 2, 2, 1),
}
TAKEAWAY = (
    "Viele Anregungen für unser eigenes Bildungsmonitoring.",
    "Konkrete Indikatoren, die wir im nächsten Bericht verwenden können.",
    "Den Austausch mit Kolleginnen und Kollegen aus anderen Großstädten.",
    "Die Erkenntnis, dass andere Kommunen ähnliche Probleme haben.",
    "Gute Beispiele, wie Jugendhilfe und Schulverwaltung zusammenarbeiten.",
    "Methoden zur Moderation von Steuerungsgruppen.",
    "Kontakte für eine Hospitation.",
    "Eine klare Struktur für unseren Bildungsbericht.",
    "Die Checkliste zur Datenlage – sehr praktisch.",
    "Mut, mit kleinen Schritten anzufangen.",
    "Wie man Daten zur sozialen Lage kleinräumig darstellt.",
    "Ideen für die Beteiligung der Stiftungen vor Ort.",
    "Das Gespräch am Nachmittag war für mich das Wertvollste.",
    "Praktische Tipps zur Zusammenarbeit mit der Statistikstelle.",
    "Mehr Klarheit über die Rolle des Bildungsbüros.",
)
MISSING = (
    "Mehr Zeit für den Austausch in Kleingruppen.",
    "Die Präsentationen vorab als PDF.",
    "Etwas mehr Praxisbeispiele aus kleineren Großstädten.",
    "Eine längere Mittagspause.",
    "Nichts, alles bestens.",
    "Vertiefung zum Datenschutz bei Schuldaten.",
    "Ein Folgetermin zum Weiterarbeiten.",
    "Bessere Erreichbarkeit des Veranstaltungsortes mit dem ÖPNV.",
    "Mehr Input zur Finanzierung nach Ende der Förderung.",
    "Eine Teilnehmendenliste zum Vernetzen.",
)


def _clip(value: float) -> int:
    return max(1, min(5, round(value)))


def _present(orm: OrmSession, event_ids: list[int]) -> tuple[dict[int, int], dict[int, int]]:
    """(distinct persons present per event, persons present per session)."""
    counted = (AttendanceStatus.PRESENT, AttendanceStatus.PARTIAL)
    per_event = {e: n for e, n in orm.execute(
        select(Session.event_id, func.count(func.distinct(Attendance.person_id)))
        .join(Attendance, Attendance.session_id == Session.id)
        .where(Session.event_id.in_(event_ids), Attendance.status.in_(counted))
        .group_by(Session.event_id))}
    per_session = {s: n for s, n in orm.execute(
        select(Attendance.session_id, func.count())
        .join(Session, Session.id == Attendance.session_id)
        .where(Session.event_id.in_(event_ids), Attendance.status.in_(counted))
        .group_by(Attendance.session_id))}
    return per_event, per_session


def _answers(rng: random.Random, specs: list[ItemSpec], quality: float,
             weights: tuple[int, ...]) -> list[tuple[int, int | None, str | None]]:
    out: list[tuple[int, int | None, str | None]] = []
    offsets = {"overall": 0.0, "relevance": rng.uniform(-0.4, 0.2), "organisation": 0.35,
               "trainer": 0.15}
    for spec in specs:
        if spec.kind == "scale":
            if rng.random() < 0.03:
                continue  # skipped question
            out.append((spec.id, _clip(rng.gauss(quality + offsets.get(spec.code, 0.0), 0.7)),
                        None))
        elif spec.kind == "choice":
            if rng.random() < 0.1:
                continue
            options = range(1, len(spec.options) + 1)
            w = weights[:len(spec.options)] + (1,) * max(0, len(spec.options) - len(weights))
            out.append((spec.id, rng.choices(options, weights=w)[0], None))
        else:
            pool = TAKEAWAY if spec.code == "takeaway" else MISSING
            if rng.random() < (0.45 if spec.code == "takeaway" else 0.3):
                out.append((spec.id, None, rng.choice(pool)))
    return out


def add_demo_feedback(orm: OrmSession, *, seed: int, today: date) -> int:
    """Add feedback to every event that has ended before `today`; returns the forms added."""
    rng = random.Random(f"feedback:{seed}")
    now = datetime.combine(today, datetime.min.time())
    events = list(orm.execute(
        select(Event.id, Event.format, func.max(Session.end))
        .join(Session, Session.event_id == Event.id)
        .where(Session.status != SessionStatus.CANCELLED)
        .group_by(Event.id, Event.format).order_by(Event.id)))
    finished = [(eid, fmt) for eid, fmt, last_end in events if last_end and last_end < now]
    if not finished:
        return 0
    sessions: dict[int, list[int]] = defaultdict(list)
    for sid, eid in orm.execute(
            select(Session.id, Session.event_id)
            .where(Session.event_id.in_([e for e, _f in finished]),
                   Session.status != SessionStatus.CANCELLED)
            .order_by(Session.start)):
        sessions[eid].append(sid)
    per_event, per_session = _present(orm, [e for e, _f in finished])
    questionnaires = {fmt: current_for_format(orm, str(fmt)) for fmt in EventFormat}
    specs = {fmt: item_specs(q) for fmt, q in questionnaires.items()}
    responses: list[dict] = []
    answers: list[list[tuple[int, int | None, str | None]]] = []
    for event_id, fmt in finished:
        fmt = EventFormat(fmt)
        quality = min(4.8, max(3.0, rng.gauss(4.15, 0.3)))
        units = ([(sid, per_session.get(sid, 0)) for sid in sessions[event_id]]
                 if fmt in PER_SESSION else [(None, per_event.get(event_id, 0))])
        for session_id, present in units:
            share = rng.uniform(0.55, 0.9)
            returned = sum(1 for _ in range(present) if rng.random() < share)
            for _ in range(returned):
                given = _answers(rng, specs[fmt], quality, APPLICATION_WEIGHTS[fmt])
                if not given:
                    continue
                responses.append({"event_id": event_id, "session_id": session_id,
                                  "questionnaire_id": questionnaires[fmt].id,
                                  "source": "paper" if rng.random() < 0.7 else "online",
                                  "entered_at": now})
                answers.append(given)
    if not responses:
        return 0
    ids = list(orm.scalars(insert(FeedbackResponse).returning(
        FeedbackResponse.id, sort_by_parameter_order=True), responses))
    orm.execute(insert(FeedbackAnswer), [
        {"response_id": rid, "item_id": item_id, "value": value, "text": text,
         "hidden": False}
        for rid, given in zip(ids, answers, strict=True) for item_id, value, text in given])
    return len(ids)
