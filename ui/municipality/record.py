"""One municipality's record: header, reminders, timeline of everything it took part in
(with participants and attendance), contacts, dossiers, cooperation agreements, and the
feedback on the events its people attended (aggregated, anonymity threshold applied)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.evaluation.pool import FeedbackResult
from planner.files import safe_file_stem
from planner.reports.municipality import MunicipalityRecord, municipality_record
from planner.storage.database import Database
from planner.usecases.outcome import Change
from ui.evaluation.summary_table import FeedbackTable
from ui.holiday_names import state_label, ui_day
from ui.models.labels import (
    agreement_status_label,
    attendance_text_from_de,
    format_label,
    formats_label,
    municipality_role_label,
    registration_status_label_from_de,
    session_kind_label_from_de,
)
from ui.municipality.agreement_dialog import AgreementDialog
from ui.numbers import ui_number
from ui.operations import Op, watch_changes
from ui.screen_fit import resize_within_screen

# The record: the municipality, its agreements, the events it took part in and attendance.
CONCERNS = (Change.ORGANISATIONS, Change.AGREEMENTS, Change.EVENTS, Change.SESSIONS,
            Change.REGISTRATIONS, Change.ATTENDANCE, Change.PERSONS, Change.FEEDBACK,
            Change.SETTINGS)

WARN_STYLE = ("background: #fff4d6; border: 1px solid #e0b84c; border-radius: 4px; "
              "padding: 6px; color: #5a4500;")


def _de(day: date | None) -> str:
    """A date as the interface language writes it ("04.11.2026" / "4 Nov 2026")."""
    return ui_day(day) if day else "–"


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[int] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if ids is not None:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class MunicipalityRecordView(QWidget):
    def __init__(self, db: Database, municipality_id: int, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.municipality_id = municipality_id
        self.today = today
        self.record: MunicipalityRecord | None = None
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("recordHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.header)
        self.banner = QLabel()
        self.banner.setObjectName("reminderBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(WARN_STYLE)
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setHeaderLabels([self.tr("Veranstaltung / Termin / Person"),
                                       self.tr("Format / Datum"), self.tr("Beteiligung"),
                                       self.tr("Anwesenheit")])
        self.timeline.setAlternatingRowColors(True)
        self.tabs.addTab(self.timeline, self.tr("Verlauf"))
        self.contacts = _table([self.tr("Name"), self.tr("Funktion"), self.tr("E-Mail"),
                                self.tr("Telefon")], "contactsTable")
        self.tabs.addTab(self.contacts, self.tr("Kontakte"))
        dossier_page = QWidget()
        dossier_layout = QVBoxLayout(dossier_page)
        self.dossiers = _table([self.tr("Klärung und Analyse"), self.tr("Stand"),
                                self.tr("Ausgangslage")], "dossiersTable")
        self.dossier_pdf_button = QPushButton(self.tr("Dossier als PDF…"))
        self.dossier_pdf_button.clicked.connect(self.export_dossier)
        dossier_layout.addWidget(self.dossiers, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.dossier_pdf_button)
        dossier_layout.addLayout(row)
        self.tabs.addTab(dossier_page, self.tr("Dossiers"))
        agreement_page = QWidget()
        agreement_layout = QVBoxLayout(agreement_page)
        self.agreements = _table([self.tr("Status"), self.tr("Beginn"), self.tr("Ende"),
                                  self.tr("Standort"), self.tr("Formate"), self.tr("Ziele")],
                                 "agreementsTable")
        self.agreements.doubleClicked.connect(lambda _i: self.edit_agreement())
        agreement_layout.addWidget(self.agreements, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.new_agreement_button = QPushButton(self.tr("Neue Vereinbarung…"))
        self.edit_agreement_button = QPushButton(self.tr("Bearbeiten…"))
        self.new_agreement_button.clicked.connect(self.new_agreement)
        self.edit_agreement_button.clicked.connect(self.edit_agreement)
        row.addWidget(self.new_agreement_button)
        row.addWidget(self.edit_agreement_button)
        agreement_layout.addLayout(row)
        self.tabs.addTab(agreement_page, self.tr("Kooperationsvereinbarungen"))
        feedback_page = QWidget()
        feedback_layout = QVBoxLayout(feedback_page)
        self.feedback_note = QLabel()
        self.feedback_note.setWordWrap(True)
        self.feedback_note.setStyleSheet("color: #555555")
        self.feedback_table = FeedbackTable(self.tr("Veranstaltung"), "feedbackTable")
        self.feedback_table.setAccessibleName(self.tr("Rückmeldungen zu besuchten "
                                                      "Veranstaltungen"))
        feedback_layout.addWidget(self.feedback_note)
        feedback_layout.addWidget(self.feedback_table, 1)
        self.tabs.addTab(feedback_page, self.tr("Rückmeldungen"))
        self.reload()
        watch_changes(self, db, CONCERNS, self.reload)

    def reload(self) -> None:
        with self.db.reading() as orm:
            self.record = municipality_record(orm, self.municipality_id, self.today)
        self._show()

    def _show(self) -> None:
        rec = self.record
        assert rec is not None
        population = ui_number(rec.population, 0) if rec.population else "?"
        flag = ("<span style='color:#b35c00;font-weight:bold'> · "
                + self.tr("unter 250.000 Einwohnern") + "</span>") if rec.below_threshold else ""
        # lupdate cannot read tr() inside f-strings: the texts come first
        inhabitants = self.tr("%1 Einwohner").replace("%1", population)
        last = self.tr("letzte Aktivität: %1").replace("%1", _de(rec.last_activity))
        state = state_label(rec.federal_state) if rec.federal_state else ""
        self.header.setText(
            f"<div style='font-size:16pt;font-weight:bold;color:#1f4e79'>{rec.name}</div>"
            f"<div>{state or '–'} · {inhabitants}{flag} · {last}</div>")
        warnings = []
        if rec.inactive:
            warnings.append(self.tr("Seit über einem Jahr keine Aktivität dieser Kommune."))
        for due in rec.agreements_due:
            warnings.append(self.tr("Die Kooperationsvereinbarung endet am %1 (in %2 Tagen).")
                            .replace("%1", _de(due.end_date)).replace("%2", str(due.days_left)))
        self.banner.setText("⚠ " + "  ".join(warnings) if warnings else "")
        self.banner.setVisible(bool(warnings))
        self._fill_timeline(rec)
        _fill(self.contacts, [[c.name, c.function, c.email, c.phone] for c in rec.contacts],
              [c.person_id for c in rec.contacts])
        _fill(self.dossiers, [[d.event_title, _de(d.completed_on),
                               d.starting_situation.replace("\n", " ")[:120]]
                              for d in rec.dossiers], [d.event_id for d in rec.dossiers])
        self.dossier_pdf_button.setEnabled(bool(rec.dossiers))
        _fill(self.agreements, [[agreement_status_label(a.status), _de(a.start_date),
                                 _de(a.end_date), a.office, formats_label(a.agreed_formats),
                                 "; ".join(a.goals)] for a in rec.agreements],
              [a.agreement_id for a in rec.agreements])
        self.tabs.setTabText(1, self.tr("Kontakte (%1)").replace("%1", str(len(rec.contacts))))
        self.tabs.setTabText(2, self.tr("Dossiers (%1)").replace("%1", str(len(rec.dossiers))))
        self.tabs.setTabText(3, self.tr("Kooperationsvereinbarungen (%1)")
                             .replace("%1", str(len(rec.agreements))))
        self._show_feedback(rec)

    def _show_feedback(self, rec: MunicipalityRecord) -> None:
        feedback = rec.feedback
        events = feedback.events if feedback is not None else []
        self.feedback_note.setText(self.tr(
            "Rückmeldungen aller Teilnehmenden zu den Veranstaltungen, die Personen dieser "
            "Kommune besucht haben – nie die Antworten einzelner Personen (die Bögen sind "
            "anonym). Mittelwerte auf der Skala 1 (niedrigster) bis 5 (höchster Wert); "
            "Veranstaltungen mit zu wenigen Rückmeldungen zeigen keine Zahlen."))
        rows: list[tuple[str, FeedbackResult | None]] = []
        if feedback is not None and events:
            rows.append((self.tr("Alle besuchten Veranstaltungen"), feedback.total))
            rows += [(f"{title} ({_de(start.date() if start else None)})", result)
                     for _eid, title, start, result in events]
        self.feedback_table.show_rows(rows)
        self.tabs.setTabText(4, self.tr("Rückmeldungen (%1)").replace("%1", str(len(events))))

    def _fill_timeline(self, rec: MunicipalityRecord) -> None:
        self.timeline.clear()
        grey = QBrush(QColor("#888888"))
        for year, entries in rec.timeline():
            count = (self.tr("1 Veranstaltung") if len(entries) == 1 else
                     self.tr("%1 Veranstaltungen").replace("%1", str(len(entries))))
            year_item = QTreeWidgetItem([str(year or self.tr("ohne Termin")), "", count, ""])
            font = year_item.font(0)
            font.setBold(True)
            year_item.setFont(0, font)
            self.timeline.addTopLevelItem(year_item)
            for e in entries:
                held = [s for s in e.sessions if not s.cancelled and s.recorded]
                present = sum(s.present for s in held)
                booked = sum(s.booked for s in held)
                roles = ", ".join(municipality_role_label(r) for r in e.roles)
                event_item = QTreeWidgetItem([e.title, format_label(e.format), roles,
                                              f"{present}/{booked}" if booked else ""])
                event_item.setData(0, Qt.ItemDataRole.UserRole, e.event_id)
                year_item.addChild(event_item)
                for s in e.sessions:
                    text = f"{s.start:%d.%m.%Y %H:%M}"
                    if s.cancelled:
                        attendance = self.tr("abgesagt")
                    elif s.recorded:
                        attendance = f"{s.present}/{s.booked}"
                    else:
                        attendance = (self.tr("%1 angemeldet, nicht erfasst")
                                      .replace("%1", str(s.booked)) if s.booked else "")
                    item = QTreeWidgetItem([s.title or session_kind_label_from_de(s.kind), text,
                                            self.tr("Gastgeberin") if s.hosted else "",
                                            attendance])
                    if s.cancelled:
                        for col in range(4):
                            item.setForeground(col, grey)
                    event_item.addChild(item)
                for p in e.participants:
                    attendance = " · ".join(attendance_text_from_de(a) for a in p.attendance)
                    units = (self.tr("%1/%2 UE (%3 %)").replace("%1", f"{p.attended_units:g}")
                             .replace("%2", f"{p.total_units:g}")
                             .replace("%3", ui_number(p.rate * 100, 0)))
                    item = QTreeWidgetItem([
                        p.name, registration_status_label_from_de(p.status), attendance, units])
                    italic = item.font(0)
                    italic.setItalic(True)
                    for col in range(4):
                        item.setFont(col, italic)
                        item.setForeground(col, QBrush(QColor("#1f4e79")))
                    item.setToolTip(2, attendance)
                    event_item.addChild(item)
            year_item.setExpanded(True)
        for col, width in enumerate((420, 150, 260)):
            self.timeline.setColumnWidth(col, width)

    # -- actions ----------------------------------------------------------------------
    def _selected_id(self, table: QTableWidget) -> int | None:
        row = table.currentRow()
        if row < 0 and table.rowCount() == 1:
            row = 0
        item = table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def new_agreement(self) -> AgreementDialog:
        dialog = AgreementDialog(self.db, self.municipality_id, None, self)
        dialog.open()
        return dialog

    def edit_agreement(self) -> AgreementDialog | None:
        agreement_id = self._selected_id(self.agreements)
        if agreement_id is None:
            return None
        dialog = AgreementDialog(self.db, self.municipality_id, agreement_id, self)
        dialog.open()
        return dialog

    def export_dossier(self, target: Path | None = None) -> Path | None:
        event_id = self._selected_id(self.dossiers)
        if event_id is None:
            return None
        if target is None:
            city = self.record.name if self.record else ""
            suggestion = Path.home() / (safe_file_stem(f"Dossier {city}") + ".pdf")
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Dossier als PDF"),
                                                  str(suggestion),
                                                  self.tr("PDF-Dokument (*.pdf)"))
            if not name:
                return None
            target = Path(name)
        from planner.reports.dossier_pdf import export_dossier_pdf

        path = target
        op = Op(self, self.db, lambda orm: export_dossier_pdf(orm, event_id, path)).reading()
        op.run()
        return target if op.ok else None


class MunicipalityRecordDialog(QDialog):
    def __init__(self, db: Database, municipality_id: int, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.view = MunicipalityRecordView(db, municipality_id, self, today)
        self.setWindowTitle(self.tr("Akte: %1").replace(
            "%1", self.view.record.name if self.view.record else ""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        resize_within_screen(self, 1100, 720)
