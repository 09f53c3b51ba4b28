"""Importing registrations from .xlsx/.csv: choose a file, check the column mapping, look at
every row's problems, then import all rows or only valid ones (explicit choice), see a report.

The survey import (ui.evaluation.import_dialog) is the same dialog with its own file reader,
fields, preview, import and report plugged in (the methods after __init__)."""

from __future__ import annotations

import getpass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.imports import (
    FIELDS,
    ImportPreview,
    ImportReport,
    TableInfo,
    apply_import,
    build_preview,
    read_table_info,
)
from planner.imports.textfile import ENCODING_NAMES
from planner.queries.event_forms import event_overview
from planner.storage.database import Database
from planner.usecases.outcome import Change
from ui.imports.model import ImportPreviewModel
from ui.models.labels import import_field_label
from ui.operations import Op, show_error
from ui.screen_fit import resize_within_screen
from ui.widgets import text_area

NOT_IMPORTED = QT_TRANSLATE_NOOP("ImportDialog", "– nicht importieren –")
# planner.imports.textfile.DELIMITER_NAMES and the one German ENCODING_NAMES entry
DELIMITER_NAMES = {";": QT_TRANSLATE_NOOP("ImportDialog", "Semikolon"),
                   "\t": QT_TRANSLATE_NOOP("ImportDialog", "Tabulator"),
                   ",": QT_TRANSLATE_NOOP("ImportDialog", "Komma"),
                   "|": QT_TRANSLATE_NOOP("ImportDialog", "senkrechter Strich")}
ENCODING_LABELS = {"utf-8-sig": QT_TRANSLATE_NOOP("ImportDialog", "UTF-8 mit BOM")}



def describe_file(info: TableInfo) -> str:
    """What planner's TableInfo.describe() says, in the UI language."""
    source = info.source
    if source.kind == "xlsx":
        return QCoreApplication.translate(
            "ImportDialog", "Excel-Arbeitsmappe (.xlsx), erstes Tabellenblatt")
    encoding = ENCODING_NAMES.get(source.encoding, source.encoding)
    if source.encoding in ENCODING_LABELS:
        encoding = QCoreApplication.translate("ImportDialog", ENCODING_LABELS[source.encoding])
    delimiter = source.delimiter
    if delimiter in DELIMITER_NAMES:
        delimiter = QCoreApplication.translate("ImportDialog", DELIMITER_NAMES[delimiter])
    return (QCoreApplication.translate("ImportDialog", "CSV, Zeichenkodierung %1, Trennzeichen %2")
            .replace("%1", encoding).replace("%2", delimiter))


def summary_lines(p: ImportPreview) -> list[str]:
    """The counts of planner's ImportPreview.summary_lines() (without file and mapping)."""
    lines = [
        QCoreApplication.translate(
            "ImportDialog", "%1 Datenzeilen: %2 ohne Probleme, %3 mit automatisch behebbaren "
                            "Problemen, %4 mit Fehlern.")
        .replace("%1", str(p.total)).replace("%2", str(p.valid)).replace("%3", str(p.fixes))
        .replace("%4", str(p.errors)),
        QCoreApplication.translate(
            "ImportDialog", "Neu anzulegen: %1 Personen, %2 Organisationen; vorhandene Personen "
                            "erkannt: %3; doppelte Zeilen: %4.")
        .replace("%1", str(p.creates)).replace("%2", str(p.new_organisations))
        .replace("%3", str(p.matches)).replace("%4", str(p.duplicates)),
        QCoreApplication.translate(
            "ImportDialog", "Anmeldungen: %1 angemeldet, %2 Warteliste, %3 bereits angemeldet.")
        .replace("%1", str(p.registers)).replace("%2", str(p.waiting))
        .replace("%3", str(p.already)),
    ]
    if p.rows_left_out:
        lines.append(QCoreApplication.translate(
            "ImportDialog", "(In der Vorschau werden %1 unauffällige Zeilen nicht einzeln "
                            "gezeigt.)").replace("%1", str(p.rows_left_out)))
    return lines


def report_lines(r: ImportReport) -> list[str]:
    """planner's ImportReport.lines() in the UI language (skip reasons and notes as given)."""
    def line(text: str, *values: object) -> str:
        for n, value in enumerate(values, 1):
            text = text.replace(f"%{n}", str(value))
        return text

    organisations = (f" ({', '.join(r.organisations[:10])})" if r.organisations else "")
    out = [line(QCoreApplication.translate("ImportDialog", "Neu angelegt: %1 Personen"),
                len(r.created)),
           line(QCoreApplication.translate(
               "ImportDialog", "Vorhandene Personen erkannt: %1 (davon ergänzt: %2)"),
               len(r.updated) + len(r.matched), len(r.updated)),
           line(QCoreApplication.translate("ImportDialog", "Angemeldet: %1"), len(r.registered)),
           line(QCoreApplication.translate("ImportDialog", "Warteliste: %1"), len(r.waiting)),
           line(QCoreApplication.translate("ImportDialog", "Bereits angemeldet: %1"),
                len(r.already)),
           line(QCoreApplication.translate("ImportDialog", "Neue Organisationen: %1"),
                len(r.organisations)) + organisations,
           line(QCoreApplication.translate("ImportDialog", "Übersprungen: %1"),
                len(r.skipped))]
    out += [f"  {s}" for s in r.skipped[:200]]
    if len(r.skipped) > 200:
        out.append("  " + line(QCoreApplication.translate("ImportDialog", "… und %1 weitere"),
                               len(r.skipped) - 200))
    out += [line(QCoreApplication.translate("ImportDialog", "Hinweis: %1"), n)
            for n in r.notes[:50]]
    return out


class ImportDialog(QDialog):
    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.info: Any = None  # TableInfo, or what read_info() gives
        self.preview: Any = None  # ImportPreview, or what build() gives
        self.report: Any = None
        self.mapping: dict[int, str | None] = {}
        with db.reading() as orm:
            title = event_overview(orm, event_id).title
        self.event_title = title
        self.setWindowTitle(self.tr("Anmeldungen importieren – {0}").format(title))
        resize_within_screen(self, 1100, 760)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Excel-Datei (.xlsx) oder CSV-Datei wählen …"))
        self.choose_button = QPushButton(self.tr("Datei wählen …"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Datei:")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)

        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Spalte in der Datei"), self.tr("Beispielwert"), self.tr("Übernehmen als")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []

        self.model = self.make_model()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.all_radio = QRadioButton(self.tr(
            "Alle Zeilen importieren (automatisch behebbare Probleme werden behoben; bei "
            "Fehlern wird nichts importiert)"))
        self.valid_radio = QRadioButton(self.tr(
            "Nur gültige Zeilen importieren (Zeilen mit Problemen werden übersprungen)"))
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.all_radio)
        self.mode_group.addButton(self.valid_radio)
        self.mode_group.buttonToggled.connect(lambda *_: self._sync())

        self.report_edit = text_area()
        self.report_edit.setReadOnly(True)
        self.report_edit.setVisible(False)
        self.import_button = QPushButton(self.tr("Importieren"))
        self.import_button.clicked.connect(self.import_rows)
        self.close_button = QPushButton(self.tr("Schließen"))
        self.close_button.clicked.connect(self._close)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr("<b>Zuordnung der Spalten</b> (automatisch erkannt, "
                                            "bitte prüfen)")))
        top_layout.addWidget(self.mapping_table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("<b>Vorschau</b> – es wurde noch nichts "
                                               "gespeichert")))
        bottom_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([200, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.file_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.all_radio)
        layout.addWidget(self.valid_radio)
        layout.addWidget(self.report_edit)
        layout.addLayout(buttons)
        self._sync()

    # -- file and mapping --------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Datei mit Anmeldungen wählen"), "",
            self.tr("Tabellen (*.xlsx *.csv *.txt);;Alle Dateien (*)"))
        if path:
            self.load_file(path)

    # -- what a kind of import plugs in (the registration import by default) -------------
    def make_model(self) -> Any:
        return ImportPreviewModel(self)

    def read_info(self, path: str | Path) -> Any:
        return read_table_info(path)

    def field_choices(self) -> list[tuple[str, str]]:
        """(field, label) a column can be mapped to."""
        return [(key, import_field_label(key)) for key in FIELDS]

    def data_rows(self) -> Any:
        from planner.imports.preview import iter_rows

        return iter_rows(self.info)

    def build(self, orm: Any) -> Any:
        return build_preview(orm, self.info.source.path, self.event_id, self.mapping,
                             info=self.info)

    def summary(self, preview: Any) -> list[str]:
        return summary_lines(preview)

    def apply(self, orm: Any, preview: Any, valid_only: bool) -> Any:
        return apply_import(orm, preview, valid_only=valid_only, user=getpass.getuser())

    def changes(self) -> tuple[Change, ...]:
        return (Change.PERSONS, Change.REGISTRATIONS)

    def report_text(self, report: Any) -> list[str]:
        return report_lines(report)

    # -- file and mapping --------------------------------------------------------------
    def load_file(self, path: str | Path) -> bool:
        self.info, self.preview, self.report = None, None, None
        self.report_edit.setVisible(False)
        self.path_edit.setText(str(path))
        try:
            self.info = self.read_info(path)
        except PlannerError as exc:
            self._fail(exc.message)
            return False
        self.file_label.setText(describe_file(self.info))
        self.mapping = dict(self.info.auto_mapping)
        self._fill_mapping_table()
        return self.refresh_preview()

    def _fill_mapping_table(self) -> None:
        assert self.info is not None
        first = self._first_values()
        self.mapping_table.setRowCount(len(self.info.headers))
        self.combos = []
        for i, heading in enumerate(self.info.headers):
            self.mapping_table.setItem(i, 0, QTableWidgetItem(heading or self.tr(
                "(Spalte {0} ohne Überschrift)").format(i + 1)))
            self.mapping_table.setItem(i, 1, QTableWidgetItem(first.get(i, "")))
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ImportDialog", NOT_IMPORTED), None)
            for key, label in self.field_choices():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(combo.findData(self.mapping.get(i)), 0))
            combo.currentIndexChanged.connect(lambda _n, c=i: self._mapping_changed(c))
            self.mapping_table.setCellWidget(i, 2, combo)
            self.combos.append(combo)

    def _first_values(self) -> dict[int, str]:
        if self.info is None:
            return {}
        try:
            for _line, row in self.data_rows():
                return {i: str(v)[:60] for i, v in enumerate(row) if v is not None}
        except PlannerError:
            pass
        return {}

    def set_field(self, column: int, field: str | None) -> None:
        """Map a file column to a field (as choosing it in the combo box does)."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def _mapping_changed(self, column: int) -> None:
        field = self.combos[column].currentData()
        if field is not None:  # each field once: the previous column gives it up
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
                    self.mapping[other] = None
        self.mapping[column] = field
        self.refresh_preview()

    def refresh_preview(self) -> bool:
        if self.info is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.db.reading() as orm:
                self.preview = self.build(orm)
        except PlannerError as exc:
            self.preview = None
            self.model.set_rows([])
            self.summary_label.setText(f"<span style='color:#a00'>{escape(exc.message)}</span>")
            self._sync()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.model.set_rows(self.preview.rows)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self.summary_label.setText("<br>".join(escape(line)
                                               for line in self.summary(self.preview)))
        self._sync()
        return True

    def _fail(self, message: str) -> None:
        self.model.set_rows([])
        self.mapping_table.setRowCount(0)
        self.combos = []
        self.file_label.setText(f"<span style='color:#a00'>{escape(message)}</span>")
        self.summary_label.setText("")
        self._sync()

    # -- importing ---------------------------------------------------------------------
    def _sync(self) -> None:
        chosen = self.mode_group.checkedButton() is not None
        ready = self.preview is not None and self.report is None
        self.import_button.setEnabled(ready and chosen)
        for radio in (self.all_radio, self.valid_radio):
            radio.setEnabled(ready)

    def import_rows(self) -> Any:
        if self.preview is None or self.mode_group.checkedButton() is None:
            return None
        valid_only = self.valid_radio.isChecked()
        preview = self.preview
        title = self.tr("Import nicht möglich")
        op = Op(self, self.db, lambda orm: self.apply(orm, preview, valid_only)) \
            .changes(*self.changes()) \
            .failure(lambda message: show_error(self, message, title))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = op.run()
        finally:
            QGuiApplication.restoreOverrideCursor()
        if report is None:
            return None
        self.report = report
        self.report_edit.setPlainText(self.tr("Import abgeschlossen.") + "\n"
                                      + "\n".join(self.report_text(report)))
        self.report_edit.setVisible(True)
        self.close_button.setText(self.tr("Fertig"))
        self._sync()
        return report

    def _close(self) -> None:
        if self.report is not None:
            self.accept()
        else:
            self.reject()
