"""Events as plan documents: create one from a plan file, describe one as a plan.

`plan_document(orm, id)` gives the structure `create_from_plan` reads, so an event can be
written out and planned again (next year's edition: the same plan shifted by 52 weeks).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session as OrmSession

from planner.checks import SERIES_MODULES, PlanWarning
from planner.errors import ValidationError
from planner.models import Event, EventFormat, Person, Session
from planner.plans.load import Source
from planner.plans.schema import (
    AgendaItemModel,
    ExcursionModel,
    PlanDocument,
    Ref,
    SessionChangesModel,
    SessionModel,
)
from planner.usecases.event_details import set_agenda, set_excursion
from planner.usecases.lookup import get
from planner.usecases.outcome import Outcome
from planner.usecases.plan_references import Resolver
from planner.usecases.planning import (
    MAX_COPY_WEEKS,
    AgendaPlan,
    EventPlan,
    ExcursionPlan,
    SessionPlan,
    add_session,
    create_event,
    edit_session,
)


def _check_shift(weeks: int) -> timedelta:
    if isinstance(weeks, bool) or not isinstance(weeks, int):
        raise ValidationError("Die Verschiebung muss eine ganze Zahl von Wochen sein.")
    if abs(weeks) > MAX_COPY_WEEKS:
        raise ValidationError(f"Die Verschiebung ist zu groß (höchstens {MAX_COPY_WEEKS} Wochen).")
    return timedelta(weeks=weeks)


@contextmanager
def _in_file(source: Source | None) -> Iterator[None]:
    """A domain rule broken by the file's content: say which file."""
    try:
        yield
    except ValidationError as exc:
        if source is None:
            raise
        raise ValidationError(f"{source.name}: {exc.message}") from None


def _agenda_plans(r: Resolver, items: list[AgendaItemModel],
                  loc: tuple[Any, ...]) -> list[AgendaPlan]:
    return [AgendaPlan(a.start, a.title, a.end, a.kind,
                       r.many("person", a.speakers, (*loc, n, "speakers")), a.description)
            for n, a in enumerate(items)]


def _excursion_plan(ex: ExcursionModel | None) -> ExcursionPlan | None:
    if ex is None:
        return None
    return ExcursionPlan(ex.site, ex.street, ex.postcode, ex.city, ex.host_contact, ex.start,
                         ex.end, ex.description)


def _session_plan(r: Resolver, s: SessionModel, loc: tuple[Any, ...],
                  shift: timedelta = timedelta(0)) -> SessionPlan:
    return SessionPlan(
        start=s.start + shift,
        end=s.end + shift,
        title=s.title,
        kind=s.kind,
        venue_id=r.optional("venue", s.venue, (*loc, "venue")),
        trainer_ids=r.many("person", s.trainers, (*loc, "trainers")),
        host_municipality_id=r.optional("organisation", s.host_municipality,
                                        (*loc, "host_municipality")),
        capacity=s.capacity,
        break_minutes=s.break_minutes,
        all_day=s.all_day,
        notes=s.notes,
        excursion=_excursion_plan(s.excursion),
        agenda=_agenda_plans(r, s.agenda, (*loc, "agenda")),
    )


def create_from_plan(orm: OrmSession, doc: PlanDocument, source: Source | None = None, *,
                     shift_weeks: int = 0, title: str | None = None,
                     force: bool = False) -> Outcome[Event]:
    """Create the event a plan document describes (ids in the document are ignored).

    `shift_weeks` moves every session by whole weeks; cancelled sessions are not planned
    again. References that find no record, or several, refuse the whole plan.
    """
    shift = _check_shift(shift_weeks)
    r = Resolver(orm, source)
    skipped: list[PlanWarning] = []
    sessions = []
    for n, s in enumerate(doc.sessions):
        if s.status == "cancelled":
            skipped.append(PlanWarning("plan_cancelled_skipped", (
                f"{r.where(('sessions', n))}: „{s.title or 'Termin'}“ am "
                f"{s.start:%d.%m.%Y} ist abgesagt und wird nicht übernommen.")))
            continue
        sessions.append(_session_plan(r, s, ("sessions", n), shift))
    if not sessions:
        raise r.fail(("sessions",), "Alle Termine sind abgesagt; es bleibt nichts zu planen.")
    plan = EventPlan(
        format=doc.format,
        title=title if title is not None else doc.title,
        office=r.office(doc.office, ("office",)),
        sessions=sessions,
        topic_id=r.optional("topic", doc.topic, ("topic",)),
        description=doc.description,
        capacity=doc.capacity,
        unit_minutes=doc.unit_minutes,
        break_minutes=doc.break_minutes,
        certificate_threshold=doc.certificate_threshold,
        municipality_ids=r.many("organisation", doc.municipalities, ("municipalities",)),
        expert_id=r.optional("person", doc.expert, ("expert",)),
        funding_note=doc.funding_note,
        allow_module_count=doc.allow_module_count or bool(skipped),
    )
    with _in_file(source):
        outcome = create_event(orm, plan, force=force)
    outcome.warnings = [*r.warnings, *skipped, *outcome.warnings]
    return outcome


def add_session_from_plan(orm: OrmSession, event_id: int, model: SessionModel,
                          source: Source | None = None, *,
                          force: bool = False) -> Outcome[Session]:
    """Add one session described like a `[[sessions]]` entry of a plan file (with agenda
    and excursion)."""
    if model.status == "cancelled":
        raise ValidationError("Ein neuer Termin kann nicht abgesagt sein (status = planned).")
    r = Resolver(orm, source)
    with _in_file(source):
        outcome = add_session(orm, event_id, _session_plan(r, model, ()), force=force)
    outcome.warnings = [*r.warnings, *outcome.warnings]
    return outcome


def edit_session_from_plan(orm: OrmSession, session_id: int, changes: SessionChangesModel,
                           source: Source | None = None, *,
                           force: bool = False) -> Outcome[Session]:
    """Change the fields a session file names (see SessionChangesModel); agenda and
    excursion are replaced as the event editor does."""
    r = Resolver(orm, source)
    given = changes.model_fields_set
    kwargs: dict[str, Any] = {name: getattr(changes, name)
                              for name in ("title", "start", "end", "capacity", "break_minutes",
                                           "notes") if name in given}
    if "venue" in given:
        kwargs["venue_id"] = r.optional("venue", changes.venue, ("venue",))
    if "host_municipality" in given:
        kwargs["host_municipality_id"] = r.optional("organisation", changes.host_municipality,
                                                    ("host_municipality",))
    if "trainers" in given:
        kwargs["trainer_ids"] = r.many("person", changes.trainers or [], ("trainers",))
    agenda = (_agenda_plans(r, changes.agenda or [], ("agenda",)) if "agenda" in given
              else None)
    if not given:
        raise ValidationError("Die Datei ändert nichts (keine der Angaben title, start, end, "
                              "venue, trainers, capacity, notes, agenda, excursion, …).")
    with _in_file(source):
        outcome = edit_session(orm, session_id, force=force, **kwargs)
        if agenda is not None:
            set_agenda(orm, session_id, agenda)
        if "excursion" in given:
            set_excursion(orm, session_id, _excursion_plan(changes.excursion))
    outcome.warnings = [*r.warnings, *outcome.warnings]
    return outcome


def _ref(record: Any, name: str) -> Ref | None:
    return None if record is None else Ref.model_construct(id=record.id, name=name)


def _person_ref(person: Person) -> Ref:
    return Ref.model_construct(id=person.id, name=person.full_name)


def plan_document(orm: OrmSession, event_id: int) -> PlanDocument:
    """The event as a plan document (what `event show --json` prints)."""
    e = get(orm, Event, event_id)
    active = [s for s in e.sessions if not s.is_cancelled]
    sessions = [
        SessionModel.model_construct(
            id=s.id, title=s.title, kind=s.kind, start=s.start, end=s.end, all_day=s.all_day,
            venue=_ref(s.venue, s.venue.name if s.venue else ""),
            host_municipality=_ref(s.host_municipality, s.host_municipality.name
                                   if s.host_municipality else ""),
            trainers=[_person_ref(p) for p in s.trainers],
            capacity=s.capacity, break_minutes=s.break_minutes, notes=s.notes,
            status=s.status, cancel_reason=s.cancel_reason,
            agenda=[AgendaItemModel.model_construct(
                start=a.start, end=a.end, title=a.title, kind=a.kind,
                speakers=[_person_ref(p) for p in a.speakers], description=a.description)
                for a in s.agenda],
            excursion=None if s.excursion is None else ExcursionModel.model_construct(
                site=s.excursion.site, street=s.excursion.street,
                postcode=s.excursion.postcode, city=s.excursion.city,
                host_contact=s.excursion.host_contact, start=s.excursion.start,
                end=s.excursion.end, description=s.excursion.description),
        )
        for s in e.sessions
    ]
    return PlanDocument.model_construct(
        id=e.id, format=e.format, title=e.title, office=e.office.code,
        topic=_ref(e.topic, e.topic.name if e.topic else ""),
        description=e.description, capacity=e.capacity, unit_minutes=e.unit_minutes,
        break_minutes=e.default_break_minutes,
        certificate_threshold=e.certificate_threshold, funding_note=e.funding_note,
        expert=None if e.expert is None else _person_ref(e.expert),
        municipalities=[Ref.model_construct(id=m.id, name=m.name) for m in e.municipalities],
        allow_module_count=(e.format == EventFormat.TRAINING_SERIES
                            and len(active) != SERIES_MODULES),
        sessions=sessions,
    )


def plan_data(orm: OrmSession, event_id: int) -> dict[str, Any]:
    """The plan document as plain JSON data."""
    return plan_document(orm, event_id).model_dump(mode="json")
