"""The event window's feedback tab: print the form, enter returned forms, import an online
survey, adjust the questionnaire, and see the results (with PDF and Excel export)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select

from planner.evaluation.questionnaires import current_for_event, versions_with_forms
from planner.evaluation.results import EventFeedback, event_feedback
from planner.files import safe_file_stem
from planner.models import Event, FeedbackResponse
from planner.storage.database import Database
from planner.usecases.feedback import set_text_hidden
from planner.usecases.outcome import Change
from ui.evaluation.entry_grid import EntryGridWidget
from ui.evaluation.results_view import ResultsView
from ui.operations import Op, watch_changes
from ui.widgets import IdCombo, buddy_label, plural

# What the tab shows: forms and questionnaires, sessions (the scope list), and what the
# response rate counts (attendance, or registrations where none was recorded).
CONCERNS = (Change.FEEDBACK, Change.SESSIONS, Change.EVENTS, Change.ATTENDANCE,
            Change.REGISTRATIONS, Change.SETTINGS)
WHOLE_EVENT = 0


class EventFeedbackTab(QWidget):
    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.title = ""
        self.feedback: EventFeedback | None = None
        self._scope = WHOLE_EVENT
        self.scope_combo = IdCombo([])
        self.scope_combo.setMinimumContentsLength(28)
        self.form_button = QPushButton(self.tr("Bogen drucken (PDF) …"))
        self.form_button.setToolTip(self.tr("Den einseitigen Rückmeldebogen für die gewählte "
                                            "Veranstaltung oder den gewählten Termin"))
        self.import_button = QPushButton(self.tr("Online-Umfrage importieren …"))
        self.edit_button = QPushButton(self.tr("Fragebogen anpassen …"))
        self.form_button.clicked.connect(lambda: self.print_form())
        self.import_button.clicked.connect(lambda: self.import_survey())
        self.edit_button.clicked.connect(lambda: self.edit_questionnaire())
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("Rückmeldungen zu:"), self.scope_combo))
        top.addWidget(self.scope_combo, 1)
        top.addWidget(self.form_button)
        top.addWidget(self.import_button)
        top.addWidget(self.edit_button)

        self.version_combo = IdCombo([])
        self.version_combo.setSizeAdjustPolicy(IdCombo.SizeAdjustPolicy.AdjustToContents)
        self.entry = EntryGridWidget(db, event_id)
        entry_page = QWidget()
        entry_layout = QVBoxLayout(entry_page)
        version_row = QHBoxLayout()
        version_row.addWidget(buddy_label(self.tr("Fragebogen-Version:"), self.version_combo))
        version_row.addWidget(self.version_combo)
        version_row.addStretch(1)
        entry_layout.addLayout(version_row)
        entry_layout.addWidget(self.entry, 1)

        self.results = ResultsView()
        self.pdf_button = QPushButton(self.tr("Auswertung als PDF …"))
        self.xlsx_button = QPushButton(self.tr("Alle Zahlen als Excel …"))
        self.pdf_button.clicked.connect(lambda: self.export_results("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export_results("xlsx"))
        self.sessions_label = QLabel()
        self.sessions_label.setObjectName("sessionResults")
        self.sessions_label.setWordWrap(True)
        self.sessions_label.setStyleSheet("color: #333333")
        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sessions_label, 1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        results_layout.addLayout(buttons)
        results_layout.addWidget(self.results, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(entry_page, self.tr("Bögen erfassen"))
        self.tabs.addTab(results_page, self.tr("Ergebnisse"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.version_combo.currentIndexChanged.connect(lambda _i: self._version_changed())
        self.refresh()
        watch_changes(self, db, CONCERNS)

    # -- what is shown -----------------------------------------------------------------
    def session_id(self) -> int | None:
        value = self.scope_combo.current_id()
        return value if value else None

    def refresh(self) -> None:
        keep_scope, keep_version = self.scope_combo.current_id(), self.version_combo.current_id()
        with self.db.reading() as orm:
            event = orm.get(Event, self.event_id)
            if event is None:
                return
            self.title = event.title
            sessions = [(s.id, f"{n}. {s.title or ''} · {s.start:%d.%m.%Y}")
                        for n, s in enumerate(event.sessions, start=1) if not s.is_cancelled]
            counts = {sid or WHOLE_EVENT: n for sid, n in orm.execute(
                select(FeedbackResponse.session_id, func.count())
                .where(FeedbackResponse.event_id == self.event_id)
                .group_by(FeedbackResponse.session_id))}
            in_use = current_for_event(orm, self.event_id).id
            versions = [(q.id, q.event_id is not None, q.version, q.id == in_use)
                        for q in versions_with_forms(orm, self.event_id)]
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("Ganze Veranstaltung") + self._forms(counts,
                                                                               WHOLE_EVENT),
                                 WHOLE_EVENT)
        for sid, label in sessions:
            self.scope_combo.addItem(label.replace(". · ", ". ") + self._forms(counts, sid), sid)
        self.scope_combo.set_current_id(keep_scope if keep_scope is not None else WHOLE_EVENT)
        self._scope = self.scope_combo.current_id() or WHOLE_EVENT
        self.scope_combo.blockSignals(False)
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        current_id = None
        for qid, own, version, current in versions:
            where = self.tr("eigener Bogen") if own else self.tr("Bogen des Formats")
            label = self.tr("%1, Version %2").replace("%1", where).replace("%2", str(version))
            if not current:
                label += self.tr(" (vorher verwendet)")
            else:
                current_id = qid
            self.version_combo.addItem(label, qid)
        if keep_version is not None and self.version_combo.findData(keep_version) >= 0:
            current_id = keep_version
        self.version_combo.set_current_id(current_id)
        self.version_combo.blockSignals(False)
        self._show_entry()
        self.show_results()

    def _forms(self, counts: dict[int, int], scope: int) -> str:
        """" (12 Bögen)": how many forms (paper and online) are about this scope."""
        n = counts.get(scope, 0)
        return " " + plural(n, self.tr("(1 Bogen)"), self.tr("(%1 Bögen)")) if n else ""

    def _scope_changed(self) -> None:
        if not self.entry.confirm_leave():
            self.scope_combo.blockSignals(True)
            self.scope_combo.set_current_id(self._scope)
            self.scope_combo.blockSignals(False)
            return
        self._scope = self.scope_combo.current_id() or WHOLE_EVENT
        self._show_entry()
        self.show_results()

    def _version_changed(self) -> None:
        if self.entry.confirm_leave():
            self._show_entry()

    def _show_entry(self) -> None:
        questionnaire_id = self.version_combo.current_id()
        if questionnaire_id is not None:
            if (self.entry.session_id, self.entry.questionnaire_id) != (
                    self.session_id(), questionnaire_id) or not self.entry.model.dirty:
                self.entry.show_forms(self.session_id(), questionnaire_id)

    def show_results(self) -> None:
        session_id = self.session_id()
        with self.db.reading() as orm:
            self.feedback = event_feedback(orm, self.event_id, session_id, include_hidden=True)
        total = self.feedback.total
        has_forms = total.suppressed or total.responses
        self.results.show_result(total if has_forms else None, self.hide_text)
        lines = []
        if session_id is None:
            for result in self.feedback.sessions:
                figure = (self.tr("zu wenige für eine Auswertung") if result.suppressed
                          else str(result.responses))
                lines.append(f"{result.label}: {figure}")
        self.sessions_label.setText(
            (self.tr("Bögen zu einzelnen Terminen (wählen Sie oben den Termin): ")
             + "; ".join(lines)) if lines else "")
        self.pdf_button.setEnabled(bool(has_forms))
        self.xlsx_button.setEnabled(bool(has_forms))

    def hide_text(self, answer_id: int, hidden: bool) -> bool:
        """Leave one free text out of every listing (or show it again)."""
        return Op(self, self.db, lambda orm: set_text_hidden(orm, answer_id, hidden)) \
            .run() is not None

    # -- files -------------------------------------------------------------------------
    def _target(self, title: str, stem: str, suffix: str, pattern: str) -> Path | None:
        suggestion = Path.home() / (safe_file_stem(f"{stem} {self.title}") + suffix)
        name, _f = QFileDialog.getSaveFileName(self, title, str(suggestion), pattern)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    def print_form(self, target: str | Path | None = None) -> Path | None:
        """The printable one-page form of the event or the chosen session (PDF)."""
        from planner.exports.feedback_form import export_form_pdf

        path = Path(target) if target is not None else self._target(
            self.tr("Rückmeldebogen speichern"), "Rückmeldebogen", ".pdf",
            self.tr("PDF-Dokument (*.pdf)"))
        if path is None:
            return None
        session_id = self.session_id()
        op = Op(self, self.db, lambda orm: export_form_pdf(
            orm, self.event_id, path, session_id=session_id)).reading()
        op.run()
        return path if op.ok else None

    def export_results(self, kind: str, target: str | Path | None = None) -> Path | None:
        """The one-page results PDF or the workbook with all figures."""
        if target is not None:
            path: Path | None = Path(target)
        elif kind == "pdf":
            path = self._target(self.tr("Auswertung speichern"), "Auswertung", ".pdf",
                                self.tr("PDF-Dokument (*.pdf)"))
        else:
            path = self._target(self.tr("Auswertung speichern"), "Auswertung", ".xlsx",
                                self.tr("Excel-Arbeitsmappe (*.xlsx)"))
        if path is None:
            return None
        session_id, chosen = self.session_id(), path
        if kind == "pdf":
            from planner.reports.feedback_pdf import export_results_pdf as export
        else:
            from planner.reports.feedback_xlsx import export_feedback_xlsx as export
        op = Op(self, self.db, lambda orm: export(orm, self.event_id, chosen,
                                                  session_id=session_id)).reading()
        op.run()
        return path if op.ok else None

    # -- dialogs -----------------------------------------------------------------------
    def import_survey(self, path: str | Path | None = None) -> QWidget:
        from ui.evaluation.import_dialog import SurveyImportDialog

        dialog = SurveyImportDialog(self.db, self.event_id, self.session_id(), parent=self)
        if path is not None:
            dialog.load_file(path)
        dialog.open()
        return dialog

    def edit_questionnaire(self) -> QWidget:
        from ui.evaluation.editor import QuestionnaireDialog

        dialog = QuestionnaireDialog(self.db, event_id=self.event_id, parent=self)
        dialog.open()
        return dialog
