"""A small, hand-countable year 2027 of participant feedback (built with the use cases).

S  training series "Reihe Monitoring", office berlin, topic "Bildungsmonitoring": eight
   persons registered; module 1: all eight present; module 2: six present, two absent
   (modules 3-6 in the future of the data: no attendance).
   Forms about the whole series (6):     overall 5 4 4 3 5 5  relevance 4 4 5 3 4 –
                                          application 1 1 2 – 3 1
                                          takeaway "Viel gelernt", "Kontakte", –, –, –, –
   Forms about module 2 (4):             overall 1 2 1 2   (no other answers)
   People present: series 8 (distinct), module 2: 6  -> 14; responses 10 -> 71,4 %
   overall over all ten forms: 5+4+4+3+5+5+1+2+1+2 = 32 / 10 = 3.2
   relevance: 4+4+5+3+4 = 20 / 5 = 4.0
   application (n = 5): option 1 ×3, option 2 ×1, option 3 ×1
N  network tour "Netzwerk Essen", office hamburg, no topic: one meeting, five persons
   present; forms about the meeting (5): overall 4 4 4 4 5 -> 21 / 5 = 4.2; 5 ÷ 5 = 100 %
K  conference "Tagung Stadtentwicklung", office berlin, topic "Stadtentwicklung": one day,
   six persons present; forms (4): overall 3 3 3 3 -> under the threshold of 5
Whole year: 19 forms, present 14 + 5 + 6 = 25 -> 76 %; overall 32 + 21 + 12 = 65 / 19
= 3.42…
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from planner.storage.database import Database
from planner.usecases.attendance import record_all_registered, record_attendance
from planner.usecases.feedback import FormInput, save_forms
from planner.usecases.people import add_person, add_topic
from planner.usecases.planning import EventPlan, SessionPlan, create_event
from planner.usecases.registration import register

# Item ids of the standard set as the migration inserts it.
OVERALL, RELEVANCE, APPLICATION, ORGANISATION, TRAINER, TAKEAWAY, MISSING = range(1, 8)


@dataclass
class FeedbackWorld:
    series: int
    series_sessions: list[int]
    network: int
    network_session: int
    conference: int
    persons: list[int]


def _people(orm, n: int, offset: int) -> list[int]:  # noqa: ANN001
    return [add_person(orm, first_name=f"Person{offset + i}", last_name=f"Test{offset + i}",
                       email=f"p{offset + i}@example.org").value.id for i in range(n)]


def _event(orm, fmt: str, title: str, office: str, topic: int | None,  # noqa: ANN001
           starts: list[datetime]):  # noqa: ANN202
    return create_event(orm, EventPlan(
        format=fmt, title=title, office=office, topic_id=topic,
        sessions=[SessionPlan(start=s, end=s + timedelta(hours=7), title=f"Teil {i + 1}")
                  for i, s in enumerate(starts)]), force=True).value


def build_feedback_world(db: Database) -> FeedbackWorld:
    with db.transaction() as orm:
        monitoring = add_topic(orm, "Bildungsmonitoring").value.id
        city = add_topic(orm, "Stadtentwicklung").value.id
        start = datetime(2027, 3, 2, 9, 30)
        series = _event(orm, "training_series", "Reihe Monitoring", "berlin", monitoring,
                        [start + timedelta(weeks=i) for i in range(6)])
        network = _event(orm, "network_group", "Netzwerk Essen", "hamburg", None,
                         [datetime(2027, 5, 12, 10)])
        conference = _event(orm, "conference", "Tagung Stadtentwicklung", "berlin", city,
                            [datetime(2027, 6, 3, 9)])
        people = _people(orm, 8, 0)
        for pid in people:
            register(orm, series.id, pid, force=True)
        for pid in people[:5]:
            register(orm, network.id, pid, force=True)
        for pid in people[:6]:
            register(orm, conference.id, pid, force=True)
        modules = [s.id for s in series.sessions]
        record_all_registered(orm, modules[0], "present")
        for i, pid in enumerate(people):
            record_attendance(orm, modules[1], pid, "absent" if i >= 6 else "present")
        record_all_registered(orm, network.sessions[0].id, "present")
        record_all_registered(orm, conference.sessions[0].id, "present")

        overall = [5, 4, 4, 3, 5, 5]
        relevance = [4, 4, 5, 3, 4, None]
        application = [1, 1, 2, None, 3, 1]
        takeaway = ["Viel gelernt", "Kontakte", None, None, None, None]
        save_forms(orm, series.id, [
            FormInput({OVERALL: o, RELEVANCE: r, APPLICATION: a, TAKEAWAY: t})
            for o, r, a, t in zip(overall, relevance, application, takeaway, strict=True)])
        save_forms(orm, series.id, [FormInput({OVERALL: o}) for o in (1, 2, 1, 2)],
                   session_id=modules[1])
        save_forms(orm, network.id, [FormInput({OVERALL: o}) for o in (4, 4, 4, 4, 5)],
                   session_id=network.sessions[0].id)
        save_forms(orm, conference.id, [FormInput({OVERALL: 3}) for _ in range(4)])
        return FeedbackWorld(series.id, modules, network.id, network.sessions[0].id,
                             conference.id, people)
