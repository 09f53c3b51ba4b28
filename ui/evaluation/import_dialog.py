"""Importing an online survey's export: the registration import's dialog (file, column
mapping, per-row preview, all rows or only valid ones, report) with the survey's columns,
preview and import plugged in."""

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
from ui.imports.dialog import ImportDialog

HEADERS = (QT_TRANSLATE_NOOP("SurveyPreviewModel", "Zeile"),
           QT_TRANSLATE_NOOP("SurveyPreviewModel", "Status"),
           QT_TRANSLATE_NOOP("SurveyPreviewModel", "Antworten"),
           QT_TRANSLATE_NOOP("SurveyPreviewModel", "Probleme und Hinweise"))
META_LABELS = {RESPONSE_ID: QT_TRANSLATE_NOOP("SurveyImportDialog", "Antwort-Nr. (ID)"),
               SUBMITTED: QT_TRANSLATE_NOOP("SurveyImportDialog", "Abgeschickt am")}
assert set(META_LABELS) == set(META_FIELDS)


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def row_status(row: SurveyRow) -> str:
    if row.has_error:
        return _tr("SurveyPreviewModel", "Fehler")
    if row.duplicate_of is not None:
        return _tr("SurveyPreviewModel", "doppelt")
    if row.already:
        return _tr("SurveyPreviewModel", "bereits importiert")
    if not row.answers:
        return _tr("SurveyPreviewModel", "leer")
    if row.has_fix:
        return _tr("SurveyPreviewModel", "wird korrigiert")
    return _tr("SurveyPreviewModel", "neu")


class SurveyPreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SurveyRow] = []

    def set_rows(self, rows: list[SurveyRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                 ) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                    ) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr("SurveyPreviewModel", HEADERS[section])
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
                return QBrush(QColor("#f8d7da"))
            if any(p.level == FIX for p in row.problems):
                return QBrush(QColor("#fff3cd"))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return "\n".join(p.message for p in row.problems)
        return None


class SurveyImportDialog(ImportDialog):
    def __init__(self, db: Database, event_id: int, session_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        self.session_id = session_id
        with db.reading() as orm:
            self.specs = item_specs(current_for_event(orm, event_id))
        super().__init__(db, event_id, parent)
        self.setWindowTitle(self.tr("Online-Umfrage importieren"))
        self.path_edit.setPlaceholderText(self.tr(
            "Export der Umfrage (LimeSurvey, Microsoft Forms …) als .xlsx oder .csv wählen …"))

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Export der Online-Umfrage wählen"), "",
            self.tr("Tabellen (*.xlsx *.csv *.txt);;Alle Dateien (*)"))
        if path:
            self.load_file(path)

    def make_model(self) -> Any:
        return SurveyPreviewModel(self)

    def read_info(self, path: str | Path) -> Any:
        with self.db.reading() as orm:
            return read_survey_info(orm, path, self.event_id)

    def field_choices(self) -> list[tuple[str, str]]:
        items = [(s.code, f"{n}. {s.short}") for n, s in enumerate(self.specs, start=1)]
        return items + [(k, _tr("SurveyImportDialog", v)) for k, v in META_LABELS.items()]

    def data_rows(self) -> Any:
        from planner.imports.reading import table_rows

        return table_rows(self.info.source, self.info.header_line)

    def build(self, orm: Any) -> SurveyPreview:
        assert self.info is not None
        from planner.imports.survey_columns import is_personal

        for column, target in self.mapping.items():
            if target is not None and is_personal(self.info.headers[column]):
                from planner.errors import ValidationError

                raise ValidationError(self.tr(
                    "Die Spalte „{0}“ enthält Angaben zur Person und wird nie übernommen: "
                    "Rückmeldungen bleiben anonym.").format(self.info.headers[column]))
        return build_survey_preview(orm, self.info.source.path, self.event_id,
                                    session_id=self.session_id, mapping=self.mapping,
                                    info=self.info)

    def summary(self, p: SurveyPreview) -> list[str]:
        """planner's SurveyPreview.summary_lines() in the UI language (mapping: above)."""
        personal, unknown = p.left_out_columns()
        lines = []
        if personal:
            lines.append(self.tr("Nie übernommen (Angaben zur Person, Rückmeldungen bleiben "
                                 "anonym): {0}").format(", ".join(personal)))
        if unknown:
            lines.append(self.tr("Keiner Frage zugeordnet: {0}").format(
                ", ".join(h[:50] for h in unknown)))
        lines.append(self.tr("{0} Datenzeilen: {1} ohne Probleme, {2} mit automatisch "
                             "behebbaren Problemen, {3} mit Fehlern.").format(
            p.total, p.valid, p.fixes, p.errors))
        lines.append(self.tr("Neue Rückmeldungen: {0}; doppelte Zeilen: {1}; bereits "
                             "importiert: {2}; leer: {3}.").format(
            p.new, p.duplicates, p.already, p.empty))
        if p.rows_left_out:
            lines.append(self.tr("(In der Vorschau werden {0} unauffällige Zeilen nicht "
                                 "einzeln gezeigt.)").format(p.rows_left_out))
        return lines

    def apply(self, orm: Any, preview: SurveyPreview, valid_only: bool) -> SurveyReport:
        return apply_survey_import(orm, preview, valid_only=valid_only)

    def report_text(self, report: SurveyReport) -> list[str]:
        """planner's SurveyReport.lines() in the UI language (skip reasons as given)."""
        lines = [self.tr("Importiert: {0} Rückmeldungen").format(report.imported),
                 self.tr("Übersprungen: {0}").format(len(report.skipped))]
        return lines + [f"  {s}" for s in report.skipped[:200]]
