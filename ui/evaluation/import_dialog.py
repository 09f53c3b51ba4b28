"""Importing an online survey's export: the registration import's dialog (file, column
mapping, per-row preview, all rows or only valid ones, report) with the survey's columns,
preview and import plugged in. Nothing is written before "Importieren"; with errors in any
row and "alle Zeilen", nothing is written at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFileDialog, QWidget

from planner.evaluation.questionnaires import current_for_event, item_specs
from planner.imports import ERROR, FIX
from planner.imports.reading import table_rows
from planner.imports.survey import (
    SurveyPreview,
    SurveyReport,
    SurveyRow,
    apply_survey_import,
    build_survey_preview,
    read_survey_info,
)
from planner.imports.survey_columns import META_FIELDS, RESPONSE_ID, SUBMITTED
from planner.storage.database import Database
from planner.usecases.outcome import Change
from ui.imports.dialog import ImportDialog

HEADERS = (QT_TRANSLATE_NOOP("SurveyPreviewModel", "Zeile"),
           QT_TRANSLATE_NOOP("SurveyPreviewModel", "Status"),
           QT_TRANSLATE_NOOP("SurveyPreviewModel", "Antworten"),
           QT_TRANSLATE_NOOP("SurveyPreviewModel", "Probleme und Hinweise"))
META_LABELS = {RESPONSE_ID: QT_TRANSLATE_NOOP("SurveyImportDialog", "Antwort-Nr. (ID)"),
               SUBMITTED: QT_TRANSLATE_NOOP("SurveyImportDialog", "Abgeschickt am")}
assert set(META_LABELS) == set(META_FIELDS)
_ERROR_BG = QColor("#f8d7da")
_FIX_BG = QColor("#fff3cd")


def row_status(row: SurveyRow) -> str:
    if row.has_error:
        return QCoreApplication.translate("SurveyPreviewModel", "Fehler")
    if row.duplicate_of is not None:
        return QCoreApplication.translate("SurveyPreviewModel", "doppelt")
    if row.already:
        return QCoreApplication.translate("SurveyPreviewModel", "bereits importiert")
    if not row.answers:
        return QCoreApplication.translate("SurveyPreviewModel", "leer")
    if row.has_fix:
        return QCoreApplication.translate("SurveyPreviewModel", "wird korrigiert")
    return QCoreApplication.translate("SurveyPreviewModel", "neu")


class SurveyPreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SurveyRow] = []

    def set_rows(self, rows: list[SurveyRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008, N802
                 ) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008, N802
                    ) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SurveyPreviewModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(row.line)
            if index.column() == 1:
                return row_status(row)
            if index.column() == 2:
                return str(len(row.answers))
            return " ".join(p.message for p in row.problems)
        if role == Qt.ItemDataRole.BackgroundRole:
            if any(p.level == ERROR for p in row.problems):
                return QBrush(_ERROR_BG)
            if any(p.level == FIX for p in row.problems):
                return QBrush(_FIX_BG)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return "\n".join(p.message for p in row.problems)
        return None


class SurveyImportDialog(ImportDialog):
    """The import of one event's (or session's) online survey."""

    def __init__(self, db: Database, event_id: int, session_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        self.session_id = session_id
        with db.reading() as orm:
            self.specs = item_specs(current_for_event(orm, event_id))
        super().__init__(db, event_id, parent)
        self.setWindowTitle(self.tr("Online-Umfrage importieren – %1").replace(
            "%1", self.event_title))
        self.path_edit.setPlaceholderText(self.tr(
            "Export der Umfrage (LimeSurvey, Microsoft Forms …) als .xlsx oder .csv wählen …"))

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Export der Online-Umfrage wählen"), "",
            self.tr("Tabellen (*.xlsx *.csv *.txt);;Alle Dateien (*)"))
        if path:
            self.load_file(path)

    # -- the survey's parts of the dialog ----------------------------------------------
    def make_model(self) -> Any:
        return SurveyPreviewModel(self)

    def read_info(self, path: str | Path) -> Any:
        with self.db.reading() as orm:
            return read_survey_info(orm, path, self.event_id)

    def field_choices(self) -> list[tuple[str, str]]:
        items = [(s.code, f"{n}. {s.short}") for n, s in enumerate(self.specs, start=1)]
        return items + [(k, QCoreApplication.translate("SurveyImportDialog", v))
                        for k, v in META_LABELS.items()]

    def data_rows(self) -> Any:
        return table_rows(self.info.source, self.info.header_line)

    def build(self, orm: Any) -> SurveyPreview:
        return build_survey_preview(orm, self.info.source.path, self.event_id,
                                    session_id=self.session_id, mapping=self.mapping,
                                    info=self.info)

    def summary(self, p: SurveyPreview) -> list[str]:
        """planner's SurveyPreview.summary_lines() in the UI language (mapping: above)."""
        personal, unknown = p.left_out_columns()
        lines = []
        if personal:
            lines.append(self.tr("Nie übernommen (Angaben zur Person, Rückmeldungen bleiben "
                                 "anonym): %1").replace("%1", ", ".join(personal)))
        if unknown:
            lines.append(self.tr("Keiner Frage zugeordnet: %1").replace(
                "%1", ", ".join(h[:50] for h in unknown)))
        lines.append(self.tr("%1 Datenzeilen: %2 ohne Probleme, %3 mit automatisch "
                             "behebbaren Problemen, %4 mit Fehlern.")
                     .replace("%1", str(p.total)).replace("%2", str(p.valid))
                     .replace("%3", str(p.fixes)).replace("%4", str(p.errors)))
        lines.append(self.tr("Neue Rückmeldungen: %1; doppelte Zeilen: %2; bereits "
                             "importiert: %3; leer: %4.")
                     .replace("%1", str(p.new)).replace("%2", str(p.duplicates))
                     .replace("%3", str(p.already)).replace("%4", str(p.empty)))
        if p.rows_left_out:
            lines.append(self.tr("(In der Vorschau werden %1 unauffällige Zeilen nicht "
                                 "einzeln gezeigt.)").replace("%1", str(p.rows_left_out)))
        return lines

    def apply(self, orm: Any, preview: SurveyPreview, valid_only: bool) -> SurveyReport:
        return apply_survey_import(orm, preview, valid_only=valid_only)

    def changes(self) -> tuple[Change, ...]:
        return (Change.FEEDBACK,)

    def report_text(self, report: SurveyReport) -> list[str]:
        """planner's SurveyReport.lines() in the UI language (skip reasons as given)."""
        lines = [self.tr("Importiert: %1 Rückmeldungen").replace("%1", str(report.imported)),
                 self.tr("Übersprungen: %1").replace("%1", str(len(report.skipped)))]
        return lines + [f"  {s}" for s in report.skipped[:200]]
