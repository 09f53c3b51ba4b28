"""Certificates appear only after the commit that records their serial numbers.

The PDFs of one issue are rendered into a hidden staging folder inside the target folder
(`.Bescheinigungen.pPID.XXXXXXXX.part`, the combined PDF as a hidden part file beside its
target). When the caller's transaction commits, they are moved to their names; when it
rolls back, they are removed. A program killed before the commit leaves only the hidden
staging folder, which the next export into that folder removes
(`planner.files.sweep_stale_parts`): no PDF ever carries a serial number the database
does not know, and no serial number is given twice to two different files.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import SessionTransaction

from planner.errors import PlannerError
from planner.files import (
    PART_SUFFIX,
    check_regular_target,
    make_private_dirs,
    os_reason,
    part_prefix,
    sweep_stale_parts,
)

log = logging.getLogger(__name__)


@dataclass
class Staging:
    folder: Path
    staged: Path
    combined: Path | None
    _settled: bool = field(default=False)

    @classmethod
    def create(cls, folder: Path, combined: Path | None) -> Staging:
        try:
            make_private_dirs(folder)
            sweep_stale_parts(folder, force=True)
            staged = Path(tempfile.mkdtemp(prefix=part_prefix("Bescheinigungen"),
                                           suffix=PART_SUFFIX, dir=folder))
        except OSError as exc:
            raise PlannerError(f"Der Ordner {folder} kann nicht angelegt werden: "
                               f"{os_reason(exc)}.") from exc
        staged_combined = None
        if combined is not None:
            combined = Path(combined)
            check_regular_target(combined)
            make_private_dirs(combined.parent)
            sweep_stale_parts(combined.parent, force=True)
            fd, name = tempfile.mkstemp(prefix=part_prefix(combined.name), suffix=PART_SUFFIX,
                                        dir=combined.parent)
            os.close(fd)
            staged_combined = Path(name)
        return cls(folder, staged, staged_combined)

    def path_for(self, final: Path) -> Path:
        return self.staged / final.name

    def discard(self) -> None:
        self._settled = True
        shutil.rmtree(self.staged, ignore_errors=True)
        if self.combined is not None:
            self.combined.unlink(missing_ok=True)

    def publish(self, files: list[Path], combined: Path | None) -> None:
        """Move the staged files to their names (after the commit)."""
        self._settled = True
        try:
            for final in files:
                os.replace(self.path_for(final), final)
            if combined is not None and self.combined is not None:
                os.replace(self.combined, combined)
        except OSError as exc:
            log.error("Bescheinigungen nach dem Speichern nicht verschoben: %s",
                      type(exc).__name__)
            raise PlannerError(
                f"Die Bescheinigungen sind gespeichert, konnten aber nicht in den Ordner "
                f"{self.folder} gelegt werden ({os_reason(exc)}). Bitte erneut ausstellen: "
                "Nummern und Prüfcodes bleiben dieselben.") from exc
        finally:
            self.discard()

    def publish_on_commit(self, orm: OrmSession, files: list[Path],
                          combined: Path | None) -> None:
        """Publish when the caller's transaction commits; discard when it ends otherwise."""

        def after_commit(_session: OrmSession) -> None:
            if not self._settled:
                self.publish(files, combined)

        def after_end(_session: OrmSession, transaction: SessionTransaction) -> None:
            if transaction.parent is None and not self._settled:
                self.discard()

        event.listen(orm, "after_commit", after_commit, once=True)
        event.listen(orm, "after_transaction_end", after_end)
