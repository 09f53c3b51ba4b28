"""Start-up safety: quick check, offer to restore the newest good backup, automatic backups."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.errors import PlannerError
from planner.storage.database import Database

log = logging.getLogger(__name__)


def offer_restore(path: Path, problem: str, parent: QWidget | None) -> bool:
    log.error("Datenbank lässt sich nicht öffnen; Wiederherstellung wird angeboten")
    """Ask to restore the newest verified backup of a damaged database; True if restored."""
    from planner.storage.backup import default_backup_folder, newest_good_backup, restore_backup

    backup = newest_good_backup(default_backup_folder(path))
    if backup is None:
        QMessageBox.critical(
            parent, QCoreApplication.translate("startup", "Datenbank beschädigt"),
            problem + "\n\n" + QCoreApplication.translate(
                "startup", "Es gibt keine geprüfte Sicherung, die wiederhergestellt werden "
                           "könnte."))
        return False
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("startup", "Datenbank beschädigt"),
        problem + "\n\n" + QCoreApplication.translate(
            "startup", "Die neueste geprüfte Sicherung ist „%1“. Jetzt wiederherstellen? "
                       "Der beschädigte Stand wird vorher als Kopie aufbewahrt.")
        .replace("%1", backup.name))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restore_backup(path, backup)
        from planner.gdpr.reapply import reapply_erasures
        from planner.storage.database import Database

        restored = Database.open(path)
        try:
            reapplied = reapply_erasures(restored)
        finally:
            restored.close()
    except PlannerError as exc:
        QMessageBox.critical(
            parent, QCoreApplication.translate("startup", "Wiederherstellung fehlgeschlagen"),
            exc.message)
        return False
    if reapplied:
        QMessageBox.information(
            parent, QCoreApplication.translate("startup", "Löschanträge erneut angewandt"),
            QCoreApplication.translate(
                "startup", "Die Sicherung enthielt Personen, deren Löschung oder "
                           "Anonymisierung später beantragt wurde; das wurde erneut "
                           "angewandt:") + "\n" + "\n".join(reapplied))
    return True


OK, RESTORED, DAMAGED = "ok", "restored", "damaged"


def check_opened_database(db: Database, parent: QWidget | None) -> str:
    """`PRAGMA quick_check` at start: OK; RESTORED when the file was replaced by a backup
    (the caller reopens it); DAMAGED when the user kept the damaged file (open read-only)."""
    from planner.storage.backup import quick_check

    if not db.is_sqlite or db.path is None:
        return OK
    problems = quick_check(db)
    if problems:
        log.error("Prüfung beim Start: %d Probleme in der Datenbank", len(problems))
    if not problems:
        return OK
    message = QCoreApplication.translate(
        "startup", "Die Prüfung der Datenbank hat Schäden gefunden: %1").replace(
        "%1", "; ".join(problems[:3]))
    return RESTORED if offer_restore(db.path, message, parent) else DAMAGED


def open_damaged_read_only(path: Path, parent: QWidget | None) -> Database | None:
    """Open a damaged database for reading only, so staff can still look things up."""
    try:
        db = Database.open_read_only(path)
    except PlannerError as exc:
        QMessageBox.critical(
            parent, QCoreApplication.translate("startup", "Datenbank beschädigt"), exc.message)
        return None
    QMessageBox.information(
        parent, QCoreApplication.translate("startup", "Schreibgeschützt geöffnet"),
        QCoreApplication.translate(
            "startup", "Die Datenbank ist beschädigt und wurde nur zum Lesen geöffnet. "
                       "Änderungen sind nicht möglich, bis eine Sicherung wiederhergestellt ist "
                       "(Einstellungen → Sicherung)."))
    return db


class AutoBackup:
    """A backup shortly after start (if the last is older than 12 h) and on exit after changes."""

    def __init__(self, db: Database, status: QWidget | None = None) -> None:
        from planner.storage.backup import CommitCounter

        self.db = db
        self.status = status
        self.commits = CommitCounter(db)
        QTimer.singleShot(1500, self.on_start)

    def _run(self, min_interval: timedelta) -> Path | None:
        from planner.storage.backup import backup_if_due

        try:
            return backup_if_due(self.db, min_interval=min_interval)
        except PlannerError as exc:
            if self.status is not None and hasattr(self.status, "statusBar"):
                self.status.statusBar().showMessage(
                    QCoreApplication.translate(
                        "startup", "Automatische Sicherung fehlgeschlagen: %1")
                    .replace("%1", exc.message))
            return None

    def on_start(self) -> Path | None:
        return self._run(timedelta(hours=12))

    def on_exit(self) -> Path | None:
        if self.commits.count == 0:
            return None
        return self._run(timedelta(0))
