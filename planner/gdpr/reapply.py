"""After a restore: erase or anonymise again whoever the register of erasure requests
(planner/gdpr/register.py) names and the restored data still holds."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session as OrmSession

from planner.errors import PlannerError
from planner.gdpr.anonymise import anonymise_person
from planner.gdpr.erasure import erase_person
from planner.gdpr.register import ERASE, Entry, due_in

if TYPE_CHECKING:
    from planner.storage.database import Database

log = logging.getLogger(__name__)


def _apply(db: Database, entry: Entry, when: str) -> str:
    if entry.mode == ERASE:
        def erase(orm: OrmSession) -> bool:
            return erase_person(orm, entry.person_id, reason="erneut angewandt nach "
                                f"Wiederherstellung (Antrag vom {when})").value.deleted

        deleted = db.write(erase)
        done = "gelöscht" if deleted else "anonymisiert (Aufbewahrungspflicht)"
        return f"Person {entry.person_id}: Löschantrag vom {when} erneut angewandt – {done}."

    def anonymise(orm: OrmSession) -> None:
        anonymise_person(orm, entry.person_id, reason="erneut angewandt nach Wiederherstellung")

    db.write(anonymise)
    return f"Person {entry.person_id}: Anonymisierung vom {when} erneut angewandt."


def reapply_erasures(db: Database) -> list[str]:
    """Erase or anonymise again everyone in the register the (restored) database still
    holds; German lines saying what was re-applied (empty: nothing to do)."""
    lines = []
    for person_id, entry in sorted(due_in(db).items()):
        when = datetime.fromisoformat(entry.requested).strftime("%d.%m.%Y")
        try:
            lines.append(_apply(db, entry, when))
        except PlannerError as exc:
            lines.append(f"Person {person_id}: Löschantrag vom {when} konnte nicht erneut "
                         f"angewandt werden: {exc.message}")
        log.warning("Nach Wiederherstellung Löschregister angewandt: Person %d", person_id)
    return lines
