"""Merging two records of one person: everything of the dropped one moves to the kept one."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session as OrmSession

from planner.checks import PlanWarning
from planner.errors import ValidationError
from planner.models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Base,
    Certificate,
    ChangeLog,
    Event,
    InvitationSent,
    Person,
    Registration,
    RegistrationStatus,
    SessionTrainer,
    agenda_speaker,
)
from planner.usecases.lookup import get
from planner.usecases.outcome import Change, Outcome

_REG_RANK = {RegistrationStatus.REGISTERED: 3, RegistrationStatus.WAITING: 2,
             RegistrationStatus.CANCELLED: 1}
_ATT_RANK = {AttendanceStatus.PRESENT: 4, AttendanceStatus.PARTIAL: 3,
             AttendanceStatus.EXCUSED: 2, AttendanceStatus.ABSENT: 1}
_FILLED_FIELDS = ("title", "email", "phone", "function", "organisation_id", "street", "postcode",
                  "city")
# Tables handled field by field below; any other reference to person.id is moved generically.
_HANDLED = {"registration", "attendance", "certificate", "session_trainer", "agenda_speaker",
            "invitation_sent", "event"}


def _merge_registration(keep: Registration, drop: Registration) -> str:
    """Fold `drop` into `keep` (same event): better status, union of the booked sessions."""
    before = keep.status
    if _REG_RANK.get(RegistrationStatus(drop.status), 0) > \
            _REG_RANK.get(RegistrationStatus(keep.status), 0):
        keep.status = drop.status
        keep.cancelled_at = drop.cancelled_at
        keep.cancel_reason = drop.cancel_reason
    if keep.whole_event or drop.whole_event:
        keep.whole_event = True
        keep.chosen_sessions = []
    else:
        ids = {s.id for s in keep.chosen_sessions}
        keep.chosen_sessions = keep.chosen_sessions + [
            s for s in drop.chosen_sessions if s.id not in ids]
    keep.registered_at = min(keep.registered_at, drop.registered_at)
    return f"Anmeldung {keep.event.title}: {before} + {drop.status} → {keep.status}"


def _better_attendance(keep: Attendance, drop: Attendance) -> bool:
    a, b = _ATT_RANK.get(AttendanceStatus(keep.status), 0), \
        _ATT_RANK.get(AttendanceStatus(drop.status), 0)
    if b != a:
        return b > a
    return (drop.minutes or 0) > (keep.minutes or 0)


def merge_persons(orm: OrmSession, keep_id: int, drop_id: int, *,
                  user: str = "") -> Outcome[Person]:
    """Move registrations, attendance, certificates, trainer and speaker links, invitations
    of `drop_id` to `keep_id`, fill the kept person's empty fields, log and delete `drop_id`."""
    if keep_id == drop_id:
        raise ValidationError("Eine Person kann nicht mit sich selbst zusammengeführt werden.")
    keep, drop = get(orm, Person, keep_id), get(orm, Person, drop_id)
    details: dict[str, object] = {
        "kept": {"id": keep.id, "name": keep.full_name, "email": keep.email},
        "dropped": {"id": drop.id, "name": drop.full_name, "email": drop.email},
    }
    warnings: list[PlanWarning] = []
    filled = {}
    for name in _FILLED_FIELDS:
        mine, theirs = getattr(keep, name), getattr(drop, name)
        if not mine and theirs:
            setattr(keep, name, theirs)
            filled[name] = theirs
        elif mine and theirs and mine != theirs:
            warnings.append(PlanWarning(
                "merge_difference", f"{name}: „{theirs}“ verworfen, „{mine}“ behalten."))
    for flag in ("is_participant", "is_trainer", "is_staff"):
        if getattr(drop, flag) and not getattr(keep, flag):
            setattr(keep, flag, True)
            filled[flag] = True
    details["filled"] = filled
    orm.flush()

    details["registrations"] = _move_registrations(orm, keep, drop)
    details["attendance"] = _move_attendance(orm, keep, drop)
    details["certificates"] = _rowcount(orm, update(Certificate).where(
        Certificate.person_id == drop.id).values(person_id=keep.id))
    details["trainer_links"] = _move_trainer_links(orm, keep, drop)
    details["speaker_links"] = _move_speaker_links(orm, keep, drop)
    details["invitations"] = _move_invitations(orm, keep, drop)
    details["expert_of"] = _rowcount(orm, update(Event).where(Event.expert_id == drop.id)
                                     .values(expert_id=keep.id))
    details["other"] = _move_other_references(orm, keep.id, drop.id)
    orm.expire_all()
    orm.delete(get(orm, Person, drop_id))
    orm.flush()
    orm.add(ChangeLog(user=user, action="person_merge", entity="person", entity_id=keep_id,
                      details=json.dumps(details, ensure_ascii=False, default=str)))
    orm.flush()
    kept = get(orm, Person, keep_id)
    return Outcome(kept, warnings, {Change.PERSONS, Change.REGISTRATIONS, Change.ATTENDANCE,
                                    Change.SESSIONS, Change.CERTIFICATES})


def _rowcount(orm: OrmSession, statement: Any) -> int:
    result: Any = orm.execute(statement)
    return int(result.rowcount or 0)


def _move_registrations(orm: OrmSession, keep: Person, drop: Person) -> list[str]:
    notes = []
    mine = {r.event_id: r for r in orm.scalars(
        select(Registration).where(Registration.person_id == keep.id))}
    for reg in list(orm.scalars(select(Registration).where(Registration.person_id == drop.id))):
        other = mine.get(reg.event_id)
        if other is None:
            reg.person = keep
            notes.append(f"Anmeldung {reg.event.title} übernommen")
        else:
            notes.append(_merge_registration(other, reg))
            orm.delete(reg)
        orm.flush()
    return notes


def _move_attendance(orm: OrmSession, keep: Person, drop: Person) -> int:
    mine = {a.session_id: a for a in orm.scalars(
        select(Attendance).where(Attendance.person_id == keep.id))}
    count = 0
    for att in list(orm.scalars(select(Attendance).where(Attendance.person_id == drop.id))):
        other = mine.get(att.session_id)
        if other is None:
            att.person = keep
        else:
            if _better_attendance(other, att):
                other.status, other.minutes = att.status, att.minutes
                other.note = "\n".join(n for n in (other.note, att.note) if n)
            orm.delete(att)
        count += 1
        orm.flush()
    return count


def _move_trainer_links(orm: OrmSession, keep: Person, drop: Person) -> int:
    taken = set(orm.scalars(select(SessionTrainer.session_id)
                            .where(SessionTrainer.person_id == keep.id)))
    links = list(orm.scalars(select(SessionTrainer).where(SessionTrainer.person_id == drop.id)))
    for link in links:
        if link.session_id not in taken:
            orm.add(SessionTrainer(session_id=link.session_id, person_id=keep.id,
                                   role=link.role))
        orm.delete(link)
    orm.flush()
    return len(links)


def _move_speaker_links(orm: OrmSession, keep: Person, drop: Person) -> int:
    items = list(orm.scalars(select(AgendaItem).join(agenda_speaker).where(
        agenda_speaker.c.person_id == drop.id)))
    for item in items:
        speakers = [p for p in item.speakers if p.id != drop.id]
        if keep not in speakers:
            speakers.append(keep)
        item.speakers = speakers
    orm.flush()
    return len(items)


def _move_invitations(orm: OrmSession, keep: Person, drop: Person) -> int:
    mine = {i.session_id: i for i in orm.scalars(
        select(InvitationSent).where(InvitationSent.person_id == keep.id))}
    rows = list(orm.scalars(select(InvitationSent).where(InvitationSent.person_id == drop.id)))
    for inv in rows:
        other = mine.get(inv.session_id)
        if other is None:
            inv.person_id = keep.id
        else:
            if (inv.sequence, inv.sent_at) > (other.sequence, other.sent_at):
                other.sequence, other.status, other.sent_at = inv.sequence, inv.status, \
                    inv.sent_at
            orm.delete(inv)
        orm.flush()
    return len(rows)


def _move_other_references(orm: OrmSession, keep_id: int, drop_id: int) -> dict[str, int]:
    """Tables added by later features (e.g. a mail log) that point at person.id."""
    moved: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in _HANDLED or table.name == "person":
            continue
        for column in table.columns:
            if any(fk.column.table.name == "person" for fk in column.foreign_keys):
                n = _rowcount(orm, update(table).where(column == drop_id)
                              .values({column.name: keep_id}))
                if n:
                    moved[f"{table.name}.{column.name}"] = n
    return moved
