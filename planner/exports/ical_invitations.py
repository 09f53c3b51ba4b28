"""Per-session invitations for trainers that really update in Outlook and co.

Outlook only matches UIDs on re-import for meetings, so each session a trainer teaches goes
out as its own file: METHOD:REQUEST with ORGANIZER = the office and ATTENDEE = the trainer,
or METHOD:CANCEL (STATUS:CANCELLED) when the session was cancelled or the trainer was taken
off it. What was sent is remembered in `InvitationSent`, so `changed_only` exports just the
sessions whose SEQUENCE or status differ from the version that trainer last received.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.audit import audited_export
from planner.errors import PlannerError
from planner.exports.ical_events import (
    load_sessions,
    new_calendar,
    person_address,
    session_vevent,
    taught_session_ids,
)
from planner.exports.ical_vtimezone import berlin_vtimezone
from planner.exports.result import ExportResult
from planner.files import atomic_target, safe_file_stem
from planner.models import InvitationSent, Person, Session, SessionStatus, utcnow
from planner.usecases.lookup import get


@dataclass
class Invitation:
    session: Session
    method: str  # "REQUEST" or "CANCEL"

    @property
    def status(self) -> str:
        """The status the trainer ends up seeing (what gets recorded as sent)."""
        return SessionStatus.CANCELLED if self.method == "CANCEL" else str(self.session.status)


def build_invitation(session: Session, trainer: Person, *, method: str,
                     dtstamp: datetime | None = None) -> bytes:
    """One calendar with one VEVENT: a meeting request or cancellation for one trainer."""
    if not trainer.email:
        raise PlannerError(f"Für {trainer.full_name} ist keine E-Mail-Adresse hinterlegt; "
                           "Einladungen brauchen eine.")
    office = session.event.office
    if not office.email:
        raise PlannerError(f"Für {office.name} ist keine E-Mail-Adresse hinterlegt; "
                           "Einladungen brauchen einen Absender.")
    stamp = dtstamp or datetime.now(UTC).replace(microsecond=0)
    cal = new_calendar(name=session.event.title, method=method)
    if not session.all_day:
        cal.add_component(berlin_vtimezone())
    ev = session_vevent(session, dtstamp=stamp)
    if method == "CANCEL":
        ev.pop("STATUS", None)
        ev.add("status", "CANCELLED")
        ev.add("attendee", person_address(trainer, cutype="INDIVIDUAL",
                                          role="REQ-PARTICIPANT"))
    else:
        ev.add("attendee", person_address(trainer, cutype="INDIVIDUAL", role="REQ-PARTICIPANT",
                                          partstat="NEEDS-ACTION", rsvp="TRUE"))
    cal.add_component(ev)
    return cal.to_ical()


def _plan(orm: OrmSession, person: Person, changed_only: bool,
          sent: dict[int, InvitationSent]) -> tuple[list[Invitation], list[str]]:
    taught = load_sessions(orm, Session.id.in_(taught_session_ids(orm, person.id)))
    taught_ids = {s.id for s in taught}
    # Sessions this trainer was invited to but no longer teaches: they must be cancelled.
    dropped_ids = [sid for sid, row in sent.items()
                   if sid not in taught_ids and row.status != SessionStatus.CANCELLED]
    dropped = load_sessions(orm, Session.id.in_(dropped_ids)) if dropped_ids else []
    candidates = [Invitation(s, "CANCEL" if s.is_cancelled else "REQUEST") for s in taught]
    candidates += [Invitation(s, "CANCEL") for s in dropped]
    candidates.sort(key=lambda inv: (inv.session.start, inv.session.id))
    if not changed_only:
        return candidates, []
    chosen: list[Invitation] = []
    skipped: list[str] = []
    for inv in candidates:
        row = sent.get(inv.session.id)
        if row is None and inv.method == "CANCEL":
            skipped.append(f"{inv.session.title} ({inv.session.start:%d.%m.%Y}): abgesagt, "
                           "aber nie eingeladen")
        elif row is None or row.sequence != inv.session.sequence or row.status != inv.status:
            chosen.append(inv)
    return chosen, skipped


def _file_for(folder: Path, stem: str, taken: set[str]) -> Path:
    """A file name unique within this export; a file left by an earlier export is replaced."""
    name, n = f"{stem}.ics", 2
    while name.lower() in taken:
        name, n = f"{stem}_{n}.ics", n + 1
    taken.add(name.lower())
    return folder / name


@audited_export("Einladungen Referent:in", "person")
def export_trainer_invitations(orm: OrmSession, person_id: int, folder: Path, *,
                               changed_only: bool = False) -> ExportResult:
    """Write one .ics per session for this trainer into `folder` and record what was sent."""
    person = get(orm, Person, person_id)
    if not person.email:
        raise PlannerError(f"Für {person.full_name} ist keine E-Mail-Adresse hinterlegt; "
                           "Einladungen brauchen eine.")
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise PlannerError(f"{folder} ist kein Ordner.")
    sent = {row.session_id: row for row in orm.scalars(
        select(InvitationSent).where(InvitationSent.person_id == person.id))}
    invitations, skipped = _plan(orm, person, changed_only, sent)
    if not invitations:
        if changed_only:
            raise PlannerError(f"Seit dem letzten Export an {person.full_name} hat sich kein "
                               "Termin geändert; es gibt nichts zu exportieren.")
        raise PlannerError(f"{person.full_name} leitet keine Termine; es gibt nichts zu "
                           "exportieren.")
    stamp = datetime.now(UTC).replace(microsecond=0)
    payloads = [build_invitation(inv.session, person, method=inv.method, dtstamp=stamp)
                for inv in invitations]
    files: list[Path] = []
    taken: set[str] = set()
    for inv, data in zip(invitations, payloads, strict=True):
        s = inv.session
        prefix = "Absage" if inv.method == "CANCEL" else "Einladung"
        stem = safe_file_stem(f"{s.start:%Y-%m-%d_%H%M}_{prefix}_{s.event.title}_{s.title}")
        target = _file_for(folder, stem, taken)
        with atomic_target(target) as tmp:
            tmp.write_bytes(data)
        files.append(target)
        row = sent.get(s.id)
        if row is None:
            row = InvitationSent(session_id=s.id, person_id=person.id, sequence=s.sequence,
                                 status=inv.status)
            orm.add(row)
        else:
            row.sequence, row.status, row.sent_at = s.sequence, inv.status, utcnow()
    orm.flush()
    return ExportResult(files=files, count=len(files), skipped=skipped)
