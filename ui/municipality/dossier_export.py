"""Asking for a file name and writing an analysis process's dossier as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from planner.files import safe_file_stem
from planner.storage.database import Database
from ui.operations import Op


def export_dossier_dialog(parent: QWidget | None, db: Database, event_id: int,
                          target: Path | None = None) -> Path | None:
    """Write the saved dossier of `event_id` to a PDF the user picks (or to `target`)."""
    from planner.reports.dossier_pdf import export_dossier_pdf
    from planner.usecases.lookup import get

    interactive = target is None
    if target is None:
        from planner.models import Event

        with db.reading() as orm:
            event = get(orm, Event, event_id)
            city = event.municipalities[0].name if event.municipalities else event.title
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("DossierExport", "Dossier als PDF"),
            str(Path.home() / (safe_file_stem(f"Dossier {city}") + ".pdf")),
            QCoreApplication.translate("DossierExport", "PDF-Dokument (*.pdf)"))
        if not name:
            return None
        target = Path(name)
    path = target
    op = Op(parent, db, lambda orm: export_dossier_pdf(orm, event_id, path)).reading()
    op.run()
    if not op.ok:
        return None
    if interactive and parent is not None:
        QMessageBox.information(
            parent, QCoreApplication.translate("DossierExport", "Dossier"),
            QCoreApplication.translate("DossierExport", "Dossier gespeichert: %1")
            .replace("%1", str(target)))
    return target
