"""The Reports page: year or custom range, office filter, key figures, a breakdown table
with its chart, monthly line chart, participant feedback by format and topic, and .xlsx/.pdf
export in the background."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.evaluation.pool import FeedbackResult
from planner.files import safe_file_stem
from planner.queries.choices import office_choices
from planner.reports.statistics import (
    DIMENSIONS,
    FIGURE_COLUMNS,
    Report,
    ReportFilter,
    ReportRow,
    build_report,
    format_figure,
    month_series,
)
from planner.storage.database import Database
from ui.date_edit import DateEdit
from ui.evaluation.summary_table import FeedbackTable
from ui.models.labels import format_label, report_dimension_label, report_figure_label
from ui.numbers import ui_lang
from ui.operations import Op, show_error
from ui.reports.chart import ChartWidget
from ui.tasks import BackgroundOp, Progress
from ui.terms import units_explained
from ui.widgets import buddy_label, name_field

CHART_ROWS = 15
CHART_MIN_WIDTH = 260  # the bar chart beside the figures keeps at least this much
# The breakdown choices (planner.reports.statistics.DIMENSIONS), as whole phrases.
BREAKDOWNS = {
    "office": QT_TRANSLATE_NOOP("ReportsPage", "nach Standort"),
    "format": QT_TRANSLATE_NOOP("ReportsPage", "nach Format"),
    "topic": QT_TRANSLATE_NOOP("ReportsPage", "nach Thema"),
    "municipality": QT_TRANSLATE_NOOP("ReportsPage", "nach Kommune"),
    "state": QT_TRANSLATE_NOOP("ReportsPage", "nach Bundesland"),
    "month": QT_TRANSLATE_NOOP("ReportsPage", "nach Monat"),
}


def breakdown_label(dim: str) -> str:
    if dim in BREAKDOWNS:
        return QCoreApplication.translate("ReportsPage", BREAKDOWNS[dim])
    return report_dimension_label(dim)


def _month_name(key: str) -> str:
    """"2027-03" -> "März 2027" / "March 2027" (planner's labels are German)."""
    year, month = (int(part) for part in key.split("-"))
    return f"{QLocale().standaloneMonthName(month)} {year}"


class ReportsPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.report: Report | None = None
        self.last_export: Path | None = None
        self._op: BackgroundOp | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.range_box = QCheckBox(self.tr("Zeitraum:"))
        # a statistics period plans nothing: holidays only coloured (name in the tooltip),
        # so the filter row fits 1280 px (1 January always named "Neujahr" cut it off)
        self.date_from = DateEdit(QDate(date.today().year, 1, 1), holiday_names=False)
        self.date_to = DateEdit(QDate(date.today().year, 12, 31), holiday_names=False)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setEnabled(False)
        self.as_of = DateEdit(QDate.currentDate(), holiday_names=False)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd.MM.yyyy")
        self.as_of.setToolTip(self.tr("Termine nach dem Stichtag zählen als geplant"))
        self.office = QComboBox()
        self.office.addItem(self.tr("alle Standorte"), None)
        with db.reading() as orm:
            for office_id, _code, city in office_choices(orm):
                self.office.addItem(city, office_id)
        self.refresh_button = QPushButton(self.tr("Aktualisieren"))
        self.xlsx_button = QPushButton(self.tr("Als .xlsx exportieren…"))
        self.pdf_button = QPushButton(self.tr("Als PDF exportieren…"))
        name_field(self.date_from, self.tr("Zeitraum von"))
        name_field(self.date_to, self.tr("Zeitraum bis"))
        for widget in (buddy_label(self.tr("Jahr:"), self.year), self.year, self.range_box,
                       self.date_from, QLabel("–"), self.date_to,
                       buddy_label(self.tr("Standort:"), self.office), self.office,
                       buddy_label(self.tr("Stichtag:"), self.as_of), self.as_of,
                       self.refresh_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        # The export buttons sit beside the heading, not in the filter row: one row for
        # both made the page 1300 px wide and pushed the window past a 1280 px screen.
        heading_row = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("reportHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold; color: #1f4e79;")
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.xlsx_button)
        heading_row.addWidget(self.pdf_button)
        layout.addLayout(heading_row)
        self.cards = QGridLayout()
        self.card_labels: dict[str, QLabel] = {}
        for i, (_label, attr, kind) in enumerate(FIGURE_COLUMNS):
            box = QLabel()
            box.setObjectName(f"card_{attr}")
            box.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.setStyleSheet("background: #e8eef5; border-radius: 4px; padding: 6px;")
            box.setToolTip(units_explained() if kind == "units" else report_figure_label(attr))
            self.card_labels[attr] = box
            self.cards.addWidget(box, 0, i)
        layout.addLayout(self.cards)
        self.note = QLabel()
        self.note.setStyleSheet("color: #555555;")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        split = QSplitter(Qt.Orientation.Vertical)
        self.month_chart = ChartWidget("line")
        self.month_chart.setObjectName("monthChart")
        split.addWidget(self.month_chart)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        dim_bar = QHBoxLayout()
        self.dimension = QComboBox()
        for key in DIMENSIONS:
            self.dimension.addItem(breakdown_label(key), key)
        dim_bar.addWidget(buddy_label(self.tr("Aufschlüsselung:"), self.dimension))
        dim_bar.addWidget(self.dimension)
        dim_bar.addStretch(1)
        lower_layout.addLayout(dim_bar)
        inner = QSplitter(Qt.Orientation.Horizontal)
        self.table_split = inner
        self._split_moved_by_hand = False
        inner.splitterMoved.connect(self._split_moved)
        self.table = QTableWidget(0, len(FIGURE_COLUMNS) + 1)
        self.table.setObjectName("reportTable")
        self.table.setAccessibleName(self.tr("Zahlen je Gruppe"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.bar_chart = ChartWidget("bar")
        self.bar_chart.setObjectName("barChart")
        inner.addWidget(self.table)
        inner.addWidget(self.bar_chart)
        inner.setSizes([700, 420])
        lower_layout.addWidget(inner, 1)
        split.addWidget(lower)
        feedback = QWidget()
        feedback_layout = QVBoxLayout(feedback)
        feedback_layout.setContentsMargins(0, 0, 0, 0)
        self.feedback_heading = QLabel(self.tr("<b>Rückmeldungen der Teilnehmenden</b>"))
        self.feedback_note = QLabel()
        self.feedback_note.setWordWrap(True)
        self.feedback_note.setStyleSheet("color: #555555;")
        self.feedback_table = FeedbackTable(self.tr("Gruppe"), "feedbackTable")
        self.feedback_table.setAccessibleName(self.tr("Rückmeldungen nach Format und Thema"))
        feedback_layout.addWidget(self.feedback_heading)
        feedback_layout.addWidget(self.feedback_note)
        feedback_layout.addWidget(self.feedback_table, 1)
        split.addWidget(feedback)
        split.setSizes([200, 380, 260])
        layout.addWidget(split, 1)

        self.range_box.toggled.connect(self._range_toggled)
        self.refresh_button.clicked.connect(self.reload)
        self.year.valueChanged.connect(self._year_changed)
        self.office.currentIndexChanged.connect(lambda _i: self.reload())
        self.as_of.dateChanged.connect(lambda _d: self.reload())
        self.dimension.currentIndexChanged.connect(lambda _i: self.show_breakdown())
        self.xlsx_button.clicked.connect(lambda: self.choose_export(".xlsx"))
        self.pdf_button.clicked.connect(lambda: self.choose_export(".pdf"))
        self.reload()

    # -- data ------------------------------------------------------------------------------
    def _show_year_span(self) -> None:
        """The period fields show the chosen year while they are off, so they never read
        2026 beside a report for 2027."""
        year = self.year.value()
        for edit, day in ((self.date_from, QDate(year, 1, 1)),
                          (self.date_to, QDate(year, 12, 31))):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)

    def _year_changed(self, _year: int) -> None:
        if not self.range_box.isChecked():
            self._show_year_span()
        self.reload()

    def _range_toggled(self, on: bool) -> None:
        if on:
            self._show_year_span()
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.year.setEnabled(not on)
        self.reload()

    def current_filter(self) -> ReportFilter:
        office = self.office.currentData()
        as_of = datetime.combine(self.as_of.date().toPython(), time.max)  # type: ignore[arg-type]
        if self.range_box.isChecked():
            start = self.date_from.date().toPython()
            end = self.date_to.date().toPython()
            return ReportFilter(start, end, office, as_of)  # type: ignore[arg-type]
        return ReportFilter.for_year(self.year.value(), office, as_of)

    def reload(self) -> None:
        flt = self.current_filter()
        if flt.end < flt.start:
            self.heading.setText(self.tr("Das Ende des Zeitraums liegt vor seinem Beginn."))
            return
        try:
            with self.db.reading() as orm:
                self.report = build_report(orm, flt)
        except PlannerError as exc:
            show_error(self, exc.message)
            return
        self.show_report()

    refresh = reload

    def show_report(self) -> None:
        report = self.report
        if report is None:
            return
        self.heading.setText(self.tr("Bericht %1 – %2").replace("%2", self.office_label(report))
                             .replace("%1", self.period_label(report)))
        for _label, attr, kind in FIGURE_COLUMNS:
            self.card_labels[attr].setText(
                f"<div style='font-size:15pt;font-weight:bold;color:#1f4e79'>"
                f"{format_figure(report.total, attr, kind, ui_lang())}</div>"
                f"<div>{report_figure_label(attr)}</div>")
        t = report.total
        self.note.setText(self.tr(
            "Stichtag %1: %2 Termine stattgefunden, %3 noch geplant, %4 abgesagt, %5 ohne "
            "erfasste Anwesenheit (dort zählen die Angemeldeten). Alle Zahlen sind anonym.")
            .replace("%1", f"{report.as_of:%d.%m.%Y}").replace("%2", str(t.sessions))
            .replace("%3", str(t.sessions_planned)).replace("%4", str(t.sessions_cancelled))
            .replace("%5", str(t.sessions_without_attendance))
            + " " + units_explained() + ".")
        months = month_series(report)
        self.month_chart.set_data(
            self.tr("Verlauf nach Monaten"), [self.row_label("month", r)[:3] for r in months],
            [(self.tr("Teilnahmetage"), [float(r.figures.participant_days) for r in months]),
             (self.tr("Unterrichtseinheiten"), [float(r.figures.units) for r in months])])
        self.show_breakdown()
        self.show_feedback()

    def show_feedback(self) -> None:
        """The evaluation section: all events, then by format and by topic."""
        section = self.report.evaluation if self.report is not None else None
        if section is None or not section.has_data:
            self.feedback_note.setText(self.tr("Im Zeitraum wurden keine Rückmeldungen "
                                               "erfasst."))
            self.feedback_table.show_rows([])
            return
        self.feedback_note.setText(self.tr(
            "Anonyme Rückmeldebögen (Papier und Online-Umfragen); Mittelwerte auf der Skala 1 "
            "(niedrigster) bis 5 (höchster Wert). Rücklauf: Rückmeldungen ÷ anwesende "
            "Personen. Gruppen mit weniger als %1 Rückmeldungen werden nicht ausgewertet.")
            .replace("%1", str(section.threshold)))
        rows: list[tuple[str, FeedbackResult | None]] = [
            (self.tr("Alle Veranstaltungen"), section.total),
            (breakdown_label("format"), None)]
        rows += [(format_label(g.key), g.result) for g in section.by_format]
        rows.append((breakdown_label("topic"), None))
        rows += [(self.tr("ohne Thema") if g.key == "-" else g.label, g.result)
                 for g in section.by_topic]
        self.feedback_table.show_rows(rows)

    def show_breakdown(self) -> None:
        report = self.report
        if report is None:
            return
        dim = self.dimension.currentData()
        rows = month_series(report) if dim == "month" else report.breakdowns.get(dim, [])
        self.table.setRowCount(0)
        self.table.setHorizontalHeaderLabels([report_dimension_label(dim),
                                              *(report_figure_label(c[1]) for c in FIGURE_COLUMNS)])
        for column, (_label, _attr, kind) in enumerate(FIGURE_COLUMNS, 1):
            if kind == "units":
                header = self.table.horizontalHeaderItem(column)
                if header is not None:
                    header.setToolTip(units_explained())
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(self.row_label(dim, row)))
            for c, (_label, attr, kind) in enumerate(FIGURE_COLUMNS, 1):
                item = QTableWidgetItem(format_figure(row.figures, attr, kind, ui_lang()))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(max(self.table.columnWidth(0), 100), 300))
        self._fit_table()
        shown = rows if dim == "month" else rows[:CHART_ROWS]
        title = self.tr("Teilnahmetage %1").replace("%1", breakdown_label(dim))
        if dim != "month" and len(rows) > CHART_ROWS:
            title += self.tr(" (die %1 größten)").replace("%1", str(CHART_ROWS))
        self.bar_chart.set_data(title, [self.row_label(dim, r) for r in shown],
                                [("", [float(r.figures.participant_days) for r in shown])])

    def _split_moved(self, *_: object) -> None:
        self._split_moved_by_hand = True

    def _fit_table(self) -> None:
        """The figures get the width they need (up to all but CHART_MIN_WIDTH of the row),
        so "Anwesenheit" and "Bescheinigungen" are not cut off at 1280 px; the chart takes
        the rest. A splitter moved by hand stays where it was put."""
        total = sum(self.table_split.sizes())
        if self._split_moved_by_hand or total <= 0:
            return
        table = self.table
        needed = (sum(table.columnWidth(c) for c in range(table.columnCount()))
                  + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width())
        width = min(needed, total - CHART_MIN_WIDTH)
        self.table_split.blockSignals(True)
        self.table_split.setSizes([width, total - width])
        self.table_split.blockSignals(False)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_table)  # after the layout has sized the splitter

    # -- labels (planner's are German; files and PDFs keep those) ---------------------------
    def period_label(self, report: Report) -> str:
        f = report.filter
        if f.start == date(f.start.year, 1, 1) and f.end == date(f.start.year, 12, 31):
            return self.tr("Jahr %1").replace("%1", str(f.start.year))
        return f"{f.start:%d.%m.%Y} – {f.end:%d.%m.%Y}"

    def office_label(self, report: Report) -> str:
        return self.tr("alle Standorte") if report.filter.office is None else report.office_label

    def row_label(self, dim: str, row: ReportRow) -> str:
        if dim == "format":
            return format_label(row.key)
        if dim == "month":
            return _month_name(row.key)
        if dim == "topic" and row.key == "-":
            return self.tr("ohne Thema")
        return row.label

    # -- export ----------------------------------------------------------------------------
    def default_name(self, suffix: str) -> str:
        report = self.report
        period = report.period_label if report else "Bericht"
        office = report.office_label if report else ""
        return safe_file_stem(f"Bericht {period} {office}") + suffix

    def choose_export(self, suffix: str) -> None:
        filters = {".xlsx": self.tr("Excel-Arbeitsmappe (*.xlsx)"),
                   ".pdf": self.tr("PDF-Dokument (*.pdf)")}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Bericht exportieren"),
                                              str(Path.home() / self.default_name(suffix)),
                                              filters[suffix])
        if name:
            path = Path(name)
            if path.suffix.lower() != suffix:
                path = path.with_suffix(suffix)
            self.export_to(path)

    def export_to(self, path: Path, *, show_dialog: bool = True) -> BackgroundOp:
        """Write the current report to `path` (.xlsx or .pdf) in a worker thread."""
        flt = self.current_filter()
        computing = self.tr("Zahlen werden berechnet …")  # translated here, shown by the worker
        writing = self.tr("Datei wird geschrieben …")

        def work(orm: Any, progress: Progress) -> Path:
            progress.report(0, 2, computing)
            report = build_report(orm, flt)
            header = None
            if path.suffix.lower() == ".pdf":
                from planner.reports.pdf import pdf_header
                from planner.usecases.lookup import office_by_key

                office_id = (office_by_key(orm, flt.office).id
                             if flt.office is not None else None)
                header = pdf_header(orm, office_id)
            progress.report(1, 2, writing)
            if header is not None:
                from planner.reports.pdf import export_report_pdf

                export_report_pdf(report, path, header)
            else:
                from planner.reports.xlsx import export_report_xlsx

                export_report_xlsx(report, path)
            return path

        self._op = Op(self, self.db, work).reading().success(self._exported) \
            .failure(self._not_exported) \
            .run_in_background(self.tr("Bericht wird erstellt …"), show_dialog=show_dialog)
        return self._op

    def _exported(self, path: Path) -> None:
        self.last_export = Path(str(path))
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("Bericht gespeichert: %1").replace("%1", str(path)), 8000)

    def _not_exported(self, message: str) -> None:
        show_error(self, self.tr("Der Bericht konnte nicht gespeichert werden: %1")
                   .replace("%1", message))


__all__ = ["ReportsPage"]
