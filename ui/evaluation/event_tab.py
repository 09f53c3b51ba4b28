"""The event window's feedback tab: print the form, enter returned forms, import an online
survey, adjust the questionnaire, and see the results (with PDF and Excel export)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.evaluation.questionnaires import versions_with_forms
from planner.evaluation.results import event_feedback
from planner.models import Event
from planner.storage.database import Database
from planner.usecases.feedback import set_text_hidden
from ui.common import run_use_case, show_error
from ui.evaluation.entry_grid import EntryGridWidget
from ui.evaluation.results_view import ResultsView
from ui.widgets import IdCombo


class EventFeedbackTab(QWidget):
    changed = Signal()

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.scope_combo = IdCombo([])
        self.version_combo = IdCombo([])
        self.form_button = QPushButton(self.tr("Bogen drucken (PDF) …"))
        self.import_button = QPushButton(self.tr("Online-Umfrage importieren …"))
        self.edit_button = QPushButton(self.tr("Fragebogen anpassen …"))
        self.form_button.clicked.connect(lambda: self.print_form())
        self.import_button.clicked.connect(self.import_survey)
        self.edit_button.clicked.connect(self.edit_questionnaire)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Bögen zu:")))
        top.addWidget(self.scope_combo, 2)
        top.addWidget(QLabel(self.tr("Fragebogen:")))
        top.addWidget(self.version_combo, 1)
        top.addWidget(self.form_button)
        top.addWidget(self.import_button)
        top.addWidget(self.edit_button)
        self.entry = EntryGridWidget(db, event_id)
        self.results = ResultsView()
        self.pdf_button = QPushButton(self.tr("Auswertung als PDF …"))
        self.xlsx_button = QPushButton(self.tr("Alle Zahlen als Excel …"))
        self.pdf_button.clicked.connect(lambda: self.export_results("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export_results("xlsx"))
        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        results_layout.addLayout(buttons)
        results_layout.addWidget(self.results, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.entry, self.tr("Bögen erfassen"))
        self.tabs.addTab(results_page, self.tr("Ergebnisse"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.version_combo.currentIndexChanged.connect(lambda _i: self._show_entry())
        self.tabs.currentChanged.connect(lambda _i: self._show_results())
        self.entry.changed.connect(self.changed)
        self.refresh()

    # -- what is shown -----------------------------------------------------------------
    def session_id(self) -> int | None:
        value = self.scope_combo.current_id()
        return value if value else None

    def refresh(self) -> None:
        keep_scope, keep_version = self.scope_combo.current_id(), self.version_combo.current_id()
        with self.db.reading() as orm:
            event = orm.get(Event, self.event_id)
            sessions = [(s.id, f"{n}. {s.title or ''} {s.start:%d.%m.%Y}".replace("  ", " "))
                        for n, s in enumerate(event.sessions, start=1)
                        if not s.is_cancelled] if event else []
            versions = versions_with_forms(orm, self.event_id)
        self.scope_combo.blockSignals(True)
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("Ganze Veranstaltung"), 0)
        for sid, label in sessions:
            self.scope_combo.addItem(label, sid)
        self.scope_combo.set_current_id(keep_scope if keep_scope is not None else 0)
        self.scope_combo.blockSignals(False)
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for q in versions:
            where = self.tr("eigener Bogen") if q.event_id else self.tr("Bogen des Formats")
            current = "" if q.superseded_at is None else self.tr(" (ältere Version)")
            self.version_combo.addItem(
                self.tr("{0}, Version {1}").format(where, q.version) + current, q.id)
        current_id = next((q.id for q in reversed(versions) if q.superseded_at is None),
                          versions[-1].id if versions else None)
        if keep_version is not None and any(q.id == keep_version for q in versions):
            current_id = keep_version
        if current_id is not None:
            self.version_combo.set_current_id(current_id)
        self.version_combo.blockSignals(False)
        self._scope_changed()

    def _scope_changed(self) -> None:
        self._show_entry()
        self._show_results()

    def _show_entry(self) -> None:
        questionnaire_id = self.version_combo.current_id()
        if questionnaire_id is not None:
            self.entry.show_forms(self.session_id(), questionnaire_id)

    def _show_results(self) -> None:
        if self.tabs.currentIndex() != 1:
            return
        with self.db.reading() as orm:
            feedback = event_feedback(orm, self.event_id, self.session_id(),
                                      include_hidden=True)
        has_forms = feedback.total.suppressed or feedback.total.responses
        self.results.show_result(feedback.total if has_forms else None, self.hide_text)

    def hide_text(self, answer_id: int, hidden: bool) -> None:
        run_use_case(self, self.db, lambda orm: set_text_hidden(orm, answer_id, hidden),
                     allow_force=False, show_hints=False)
        self._show_results()

    # -- actions -----------------------------------------------------------------------
    def print_form(self, target: str | Path | None = None) -> Path | None:
        from planner.exports.feedback_form import export_form_pdf

        if target is None:
            target, _f = QFileDialog.getSaveFileName(
                self, self.tr("Rückmeldebogen speichern"), "Rueckmeldebogen.pdf",
                self.tr("PDF (*.pdf)"))
            if not target:
                return None
        path = Path(target)
        try:
            with self.db.reading() as orm:
                export_form_pdf(orm, self.event_id, path, session_id=self.session_id())
        except PlannerError as exc:
            show_error(self, exc.message)
            return None
        return path

    def export_results(self, kind: str, target: str | Path | None = None) -> Path | None:
        if target is None:
            pattern = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("Excel (*.xlsx)")
            target, _f = QFileDialog.getSaveFileName(
                self, self.tr("Auswertung speichern"), f"Auswertung.{kind}", pattern)
            if not target:
                return None
        path = Path(target)
        try:
            with self.db.reading() as orm:
                if kind == "pdf":
                    from planner.reports.feedback_pdf import export_results_pdf

                    export_results_pdf(orm, self.event_id, path, session_id=self.session_id())
                else:
                    from planner.reports.feedback_xlsx import export_feedback_xlsx

                    export_feedback_xlsx(orm, self.event_id, path, session_id=self.session_id())
        except PlannerError as exc:
            show_error(self, exc.message)
            return None
        return path

    def import_survey(self) -> None:
        from ui.evaluation.import_dialog import SurveyImportDialog

        dialog = SurveyImportDialog(self.db, self.event_id, self.session_id(), parent=self)
        if dialog.exec():
            self.refresh()
            self.changed.emit()

    def edit_questionnaire(self) -> None:
        from ui.evaluation.editor import QuestionnaireEditor

        QuestionnaireEditor(self.db, event_id=self.event_id, parent=self).exec()
        self.refresh()
        self.changed.emit()
