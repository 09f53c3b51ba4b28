"""Replacement dates: a new session for a cancelled one, and the bookings moved to it.

Rules (planner/RULES.md): only a cancelled session gets a replacement, and only one. The
replacement takes the cancelled session's kind, title ("… (Ersatztermin)"), venue,
trainers, host city, capacity and break unless the plan names others. Whole-event
bookings cover it anyway (a clash with another booking of theirs is reported). Bookings of
single sessions that included the cancelled one get the replacement added, in order of
registration, while it has room and the person is free at the new time; anyone who could
not be moved is reported by name and reason. Waiting-list bookings of the cancelled
session wait for the replacement instead. The cancelled session stays in every booking
(the person's calendar shows it as cancelled).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from planner.checks import PlanWarning, participant_conflicts
from planner.errors import ValidationError
from planner.models import Registration, RegistrationStatus, Session
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome, refuse_blocking
from planner.usecases.planning import SessionPlan, add_session
from planner.usecases.registration import active_count, promote_waiting

SUFFIX = " (Ersatztermin)"


@dataclass
class Replacement:
    session: Session
    moved: list[str] = field(default_factory=list)  # names
    not_moved: list[tuple[str, str]] = field(default_factory=list)  # (name, why)


def _completed(plan: SessionPlan, old: Session) -> SessionPlan:
    """The plan with what it leaves open taken from the cancelled session."""
    return replace(
        plan,
        title=plan.title or f"{old.title}{SUFFIX}",
        kind=plan.kind or old.kind,
        venue_id=plan.venue_id if plan.venue_id is not None else old.venue_id,
        trainer_ids=plan.trainer_ids or [link.person_id for link in old.trainer_links],
        host_municipality_id=(plan.host_municipality_id if plan.host_municipality_id
                              is not None else old.host_municipality_id),
        capacity=plan.capacity if plan.capacity is not None else old.capacity,
        break_minutes=plan.break_minutes if plan.break_minutes is not None
        else old.break_minutes,
    )


def _single_bookings(orm: OrmSession, old: Session) -> list[Registration]:
    regs = orm.scalars(
        select(Registration)
        .where(Registration.event_id == old.event_id, Registration.whole_event.is_(False),
               Registration.status != RegistrationStatus.CANCELLED)
        .options(selectinload(Registration.chosen_sessions), selectinload(Registration.person))
        .order_by(Registration.registered_at, Registration.id))
    return [r for r in regs if any(s.id == old.id for s in r.chosen_sessions)]


def add_replacement(orm: OrmSession, cancelled_session_id: int, plan: SessionPlan, *,
                    force: bool = False) -> Outcome[Replacement]:
    """Plan the replacement of a cancelled session and move its bookings to it."""
    old = get(orm, Session, cancelled_session_id)
    if not old.is_cancelled:
        raise ValidationError(f"„{old.title}“ ist nicht abgesagt; ein Ersatztermin ersetzt "
                              "einen abgesagten Termin.")
    earlier = orm.scalar(select(Session).where(Session.replaces_id == old.id))
    if earlier is not None:
        raise ValidationError(f"„{old.title}“ hat bereits einen Ersatztermin: „{earlier.title}“ "
                              f"am {earlier.start:%d.%m.%Y}.")
    created = add_session(orm, old.event_id, _completed(plan, old), force=True)
    # Trainer or venue booked twice: refused unless forced. A whole-event booker with a
    # clash is booked anyway; that is reported, not refused.
    refuse_blocking([w for w in created.warnings if w.code != "participant_double"], force)
    new = created.value
    new.replaces_id = old.id
    warnings = [replace(w, blocking=False) for w in created.warnings]
    result = Replacement(new)
    capacity = new.effective_capacity
    for reg in _single_bookings(orm, old):
        name = reg.person.full_name
        if reg.status == RegistrationStatus.WAITING:
            reg.chosen_sessions = [*reg.chosen_sessions, new]
            continue
        clash = participant_conflicts(orm, reg.person_id, [new])
        if clash:
            result.not_moved.append((name, clash[0].message))
            continue
        if capacity is not None and active_count(orm, new) >= capacity:
            result.not_moved.append((name, f"Der Ersatztermin ist ausgebucht ({capacity} "
                                           "Plätze)."))
            continue
        reg.chosen_sessions = [*reg.chosen_sessions, new]
        orm.flush()
        result.moved.append(name)
    orm.flush()
    warnings.extend(PlanWarning("not_moved", f"Nicht umgebucht: {name} – {why}")
                    for name, why in result.not_moved)
    warnings.extend(PlanWarning("promoted", f"{r.person.full_name} rückt von der Warteliste "
                                            "nach.") for r in promote_waiting(orm, old.event_id))
    return Outcome(result, warnings, {Change.SESSIONS, Change.REGISTRATIONS})
