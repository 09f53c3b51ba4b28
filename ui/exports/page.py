"""The Reports/Exports page: signature lists, attendance matrix, calendars, invitations and
certificates. Exporters are imported inside the slots, so the page loads fast."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.files import safe_file_stem
from planner.queries.event_forms import (
    event_choices,
    event_overview,
    event_persons,
    form_choices,
)
from planner.storage.database import Database
from planner.usecases.outcome import Change
from ui.date_edit import DateEdit
from ui.exports.wizard import CertificatesWizard, default_folder, open_path
from ui.models.labels import relabel_format_suffix
from ui.operations import Op, show_error, watch_changes
from ui.pick_list import make_searchable
from ui.tasks import BackgroundOp, Progress
from ui.widgets import IdCombo, buddy_label, name_field, pydate


def _date_edit(d: date) -> DateEdit:
    """A period bound of the office calendar: it plans nothing, so a holiday is coloured
    and named in the tooltip only (1 January would always shout "Neujahr")."""
    return DateEdit(d, holiday_names=False)


# The choices: events, their sessions and participants, trainers and offices.
CONCERNS = (Change.EVENTS, Change.SESSIONS, Change.REGISTRATIONS, Change.PERSONS,
            Change.OFFICES)


class ExportsPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 event_id: int | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.last_op: BackgroundOp | None = None
        self.last_result: Any = None
        self.last_error: object = None
        self.last_folder: Path | None = None
        self.wizard: CertificatesWizard | None = None
        self._fixed_event = event_id is not None

        self.folder_edit = QLineEdit(str(default_folder()))
        choose = QPushButton(self.tr("Ändern …"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(buddy_label(self.tr("Zielordner"), self.folder_edit))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)

        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self._event_box(event_id))
        body.addWidget(self._person_box())
        body.addWidget(self._office_box())
        body.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._result_box())
        self.reload_choices()
        watch_changes(self, db, CONCERNS, self.reload_choices)
        # Certificates issued in the wizard: the result line says so, the folder opens.
        watch_changes(self, db, (Change.CERTIFICATES,),
                      lambda: QTimer.singleShot(0, self._show_certificates))

    # ---- building -------------------------------------------------------------------
    def _event_box(self, event_id: int | None) -> QGroupBox:
        box = QGroupBox(self.tr("Veranstaltung"))
        self.event_combo = make_searchable(IdCombo([]))  # grows by a year's events
        self.event_combo.setMinimumContentsLength(30)
        self._initial_event = event_id
        self.session_combo = IdCombo([])
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Excel (.xlsx)"), ".xlsx")
        self.format_combo.addItem(self.tr("PDF (.pdf)"), ".pdf")
        self.signature_button = QPushButton(self.tr("Unterschriftenliste erstellen"))
        self.matrix_button = QPushButton(self.tr("Anwesenheitsmatrix (.xlsx)"))
        self.event_calendar_button = QPushButton(self.tr("Kalender der Veranstaltung (.ics)"))
        self.certificates_button = QPushButton(self.tr("Teilnahmebescheinigungen …"))
        self.signature_button.clicked.connect(self.export_signature_lists)
        self.matrix_button.clicked.connect(self.export_matrix)
        self.event_calendar_button.clicked.connect(self.export_event_calendar)
        self.certificates_button.clicked.connect(self.open_certificates)
        self.event_combo.currentIndexChanged.connect(self._event_changed)
        grid = QGridLayout(box)
        grid.addWidget(buddy_label(self.tr("Veranstaltung"), self.event_combo), 0, 0)
        grid.addWidget(self.event_combo, 0, 1, 1, 3)
        grid.addWidget(buddy_label(self.tr("Unterschriftenliste"), self.session_combo), 1, 0)
        name_field(self.format_combo, self.tr("Dateiformat"))
        grid.addWidget(self.session_combo, 1, 1)
        grid.addWidget(self.format_combo, 1, 2)
        grid.addWidget(self.signature_button, 1, 3)
        buttons = QHBoxLayout()
        for b in (self.matrix_button, self.event_calendar_button, self.certificates_button):
            buttons.addWidget(b)
        self.send_button = QPushButton(self.tr("Versenden …"))
        self.send_button.setToolTip(self.tr("Bescheinigungen und Einladungen per E-Mail "
                                            "senden oder als .eml speichern"))
        self.send_button.clicked.connect(self.open_send_dialog)
        buttons.addWidget(self.send_button)
        buttons.addStretch()
        grid.addLayout(buttons, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        if self._fixed_event:
            self.event_combo.setEnabled(False)
        return box

    def _person_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kalender für Personen"))
        self.trainer_combo = make_searchable(IdCombo([]))
        self.participant_combo = make_searchable(IdCombo([]))
        self.trainer_calendar_button = QPushButton(self.tr("Kalender (.ics)"))
        self.invitations_button = QPushButton(self.tr("Einladungen je Termin"))
        self.changed_only_check = QCheckBox(self.tr("nur geänderte"))
        self.participant_calendar_button = QPushButton(self.tr("Kalender (.ics)"))
        self.trainer_calendar_button.clicked.connect(self.export_trainer_calendar)
        self.invitations_button.clicked.connect(self.export_invitations)
        self.participant_calendar_button.clicked.connect(self.export_participant_calendar)
        grid = QGridLayout(box)
        grid.addWidget(buddy_label(self.tr("Referent:in"), self.trainer_combo), 0, 0)
        grid.addWidget(self.trainer_combo, 0, 1)
        grid.addWidget(self.trainer_calendar_button, 0, 2)
        grid.addWidget(self.invitations_button, 0, 3)
        grid.addWidget(self.changed_only_check, 0, 4)
        grid.addWidget(buddy_label(self.tr("Teilnehmer:in"), self.participant_combo), 1, 0)
        grid.addWidget(self.participant_combo, 1, 1)
        grid.addWidget(self.participant_calendar_button, 1, 2)
        grid.setColumnStretch(1, 1)
        return box

    def _office_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kalender des Standorts"))
        self.office_combo = IdCombo([])
        today = date.today()
        self.date_from = _date_edit(date(today.year, 1, 1))
        self.date_to = _date_edit(date(today.year, 12, 31))
        self.office_calendar_button = QPushButton(self.tr("Standortkalender (.ics)"))
        self.office_calendar_button.clicked.connect(self.export_office_calendar)
        outer = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("Standort"), self.office_combo))
        row.addWidget(self.office_combo, 1)
        row.addWidget(QLabel(self.tr("von")))
        row.addWidget(name_field(self.date_from, self.tr("Zeitraum von")))
        row.addWidget(QLabel(self.tr("bis")))
        name_field(self.date_to, self.tr("Zeitraum bis"))
        row.addWidget(self.date_to)
        row.addWidget(self.office_calendar_button)
        outer.addLayout(row)
        self.caldav_button = QPushButton(self.tr("Kalender veröffentlichen (CalDAV) …"))
        self.caldav_button.setToolTip(self.tr("Termine einer Referent:in oder des Standorts "
                                              "in einen Online-Kalender (z. B. Nextcloud) "
                                              "übertragen"))
        self.caldav_button.clicked.connect(self.open_caldav_dialog)
        publish_row = QHBoxLayout()
        publish_row.addStretch()
        publish_row.addWidget(self.caldav_button)
        outer.addLayout(publish_row)
        return box

    def _result_box(self) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.result_label = QLabel(self.tr("Noch nichts exportiert."))
        self.result_label.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("Ordner öffnen"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.setEnabled(False)
        row = QHBoxLayout(frame)
        row.addWidget(self.result_label, 1)
        row.addWidget(self.open_folder_button)
        return frame

    # ---- choices ----------------------------------------------------------------------
    def reload_choices(self) -> None:
        with self.db.reading() as orm:
            events = event_choices(orm)
            choices = form_choices(orm)
        current = self.event_combo.current_id() or self._initial_event
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for ident, label in events:
            self.event_combo.addItem(relabel_format_suffix(label), ident)
        self.event_combo.blockSignals(False)
        if current is not None:
            self.event_combo.set_current_id(current)
        self._fill(self.office_combo, choices.offices)
        self._fill(self.trainer_combo, choices.trainers)
        self._event_changed()

    @staticmethod
    def _fill(combo: IdCombo, items: list[tuple[int, str]]) -> None:
        keep = combo.current_id()
        combo.clear()
        for ident, label in items:
            combo.addItem(label, ident)
        if keep is not None:
            combo.set_current_id(keep)

    def _event_changed(self, *_: object) -> None:
        event_id = self.event_combo.current_id()
        self.session_combo.clear()
        self.participant_combo.clear()
        enabled = event_id is not None
        for b in (self.signature_button, self.matrix_button, self.event_calendar_button,
                  self.certificates_button, self.participant_calendar_button):
            b.setEnabled(enabled)
        if event_id is None:
            return
        with self.db.reading() as orm:
            overview = event_overview(orm, event_id)
            _trainers, participants = event_persons(orm, event_id)
        self.session_combo.addItem(self.tr("alle Termine (eine Datei)"), None)
        for s in overview.sessions:
            if not s.cancelled:
                self.session_combo.addItem(s.label, s.id)
        self._fill(self.participant_combo, participants)

    # ---- running exports ----------------------------------------------------------------
    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip() or str(default_folder()))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Zielordner wählen"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _event_stem(self) -> str:
        return safe_file_stem(self.event_combo.currentText().split(" (")[0])

    def run_export(self, label: str, export: Callable[[Any, Path], Any],
                   *changes: Change) -> BackgroundOp:
        """Run `export(orm, folder)` off the GUI thread in its own transaction."""
        folder = self.folder()

        def work(orm: Any, progress: Progress) -> Any:
            progress.report(0, 0, label)
            folder.mkdir(parents=True, exist_ok=True)
            return export(orm, folder)

        self.last_error = None
        self.result_label.setText(label)
        self.last_op = Op(self, self.db, work).changes(*changes) \
            .success(lambda result: self._finished(result, folder)) \
            .failure(self._not_exported).run_in_background(label)
        return self.last_op

    def _finished(self, result: Any, folder: Path) -> None:
        self.last_result = result
        self.last_folder = folder
        names = ", ".join(Path(f).name for f in result.files[:5])
        more = self.tr(" und {0} weitere").format(len(result.files) - 5) \
            if len(result.files) > 5 else ""
        lines = [self.tr("Fertig: {0} Datei(en) in {1}").format(len(result.files), folder),
                 names + more]
        if result.cancelled:
            lines.append(self.tr("Abgebrochen."))
        lines.extend(result.skipped[:5])
        self.result_label.setText("\n".join(line for line in lines if line))
        self.open_folder_button.setEnabled(True)

    def _show_certificates(self) -> None:
        """After the wizard's run (its result is set after the change is announced)."""
        wizard = self.wizard
        result = getattr(wizard.issue_page, "result", None) if wizard is not None else None
        if wizard is None or result is None:
            return
        self.last_folder = Path(wizard.issue_page.folder_edit.text().strip())
        self.result_label.setText(self.tr("Bescheinigungen: {0}").format(
            wizard.issue_page.summary(result)) + "\n" + str(self.last_folder))
        self.open_folder_button.setEnabled(True)

    def _not_exported(self, message: str) -> None:
        self.last_error = message
        self.result_label.setText(message)
        show_error(self, message)

    def open_folder(self) -> None:
        if self.last_folder is not None:
            open_path(self.last_folder)

    # ---- the exports --------------------------------------------------------------------
    def export_signature_lists(self) -> BackgroundOp | None:
        event_id, session_id = self.event_combo.current_id(), self.session_combo.current_id()
        if event_id is None:
            return None
        suffix = self.format_combo.currentData()
        stem = self._event_stem()
        if session_id is None:
            def export(orm: Any, folder: Path) -> Any:
                from planner.exports.signature_list import export_event_signature_lists

                return export_event_signature_lists(
                    orm, event_id, folder / f"Unterschriften_{stem}{suffix}")
        else:
            day = self.session_combo.currentText()[:10].replace(".", "-")

            def export(orm: Any, folder: Path) -> Any:
                from planner.exports.signature_list import export_signature_list

                return export_signature_list(
                    orm, session_id, folder / f"Unterschriften_{stem}_{day}{suffix}")
        return self.run_export(self.tr("Unterschriftenliste wird erstellt …"), export)

    def export_matrix(self) -> BackgroundOp | None:
        event_id = self.event_combo.current_id()
        if event_id is None:
            return None
        stem = self._event_stem()

        def export(orm: Any, folder: Path) -> Any:
            from planner.exports.attendance_matrix import export_attendance_matrix

            return export_attendance_matrix(orm, event_id, folder / f"Anwesenheit_{stem}.xlsx")
        return self.run_export(self.tr("Anwesenheitsmatrix wird erstellt …"), export)

    def export_event_calendar(self) -> BackgroundOp | None:
        event_id = self.event_combo.current_id()
        if event_id is None:
            return None
        stem = self._event_stem()

        def export(orm: Any, folder: Path) -> Any:
            from planner.exports.ical import export_event_calendar

            return export_event_calendar(orm, event_id, folder / f"Kalender_{stem}.ics")
        return self.run_export(self.tr("Kalender wird erstellt …"), export)

    def export_trainer_calendar(self) -> BackgroundOp | None:
        person_id = self.trainer_combo.current_id()
        if person_id is None:
            return None
        stem = safe_file_stem(self.trainer_combo.currentText().split(" (")[0])

        def export(orm: Any, folder: Path) -> Any:
            from planner.exports.ical import export_trainer_calendar

            return export_trainer_calendar(orm, person_id, folder / f"Kalender_{stem}.ics")
        return self.run_export(self.tr("Kalender wird erstellt …"), export)

    def export_invitations(self) -> BackgroundOp | None:
        person_id = self.trainer_combo.current_id()
        if person_id is None:
            return None
        stem = safe_file_stem(self.trainer_combo.currentText().split(" (")[0])
        changed_only = self.changed_only_check.isChecked()

        def export(orm: Any, folder: Path) -> Any:
            from planner.exports.ical_invitations import export_trainer_invitations

            return export_trainer_invitations(orm, person_id, folder / f"Einladungen_{stem}",
                                              changed_only=changed_only)
        return self.run_export(self.tr("Einladungen werden erstellt …"), export, Change.MAIL)

    def export_participant_calendar(self) -> BackgroundOp | None:
        person_id = self.participant_combo.current_id()
        if person_id is None:
            return None
        stem = safe_file_stem(self.participant_combo.currentText().split(" (")[0])

        def export(orm: Any, folder: Path) -> Any:
            from planner.exports.ical import export_participant_calendar

            return export_participant_calendar(orm, person_id, folder / f"Kalender_{stem}.ics")
        return self.run_export(self.tr("Kalender wird erstellt …"), export)

    def export_office_calendar(self) -> BackgroundOp | None:
        office_id = self.office_combo.current_id()
        if office_id is None:
            return None
        start, end = pydate(self.date_from.date()), pydate(self.date_to.date())
        stem = safe_file_stem(self.office_combo.currentText())

        def export(orm: Any, folder: Path) -> Any:
            from planner.exports.ical import export_office_calendar

            target = folder / f"Kalender_{stem}_{start:%Y%m%d}-{end:%Y%m%d}.ics"
            return export_office_calendar(orm, office_id, target, date_from=start,
                                          date_to=end)
        return self.run_export(self.tr("Standortkalender wird erstellt …"), export)

    def open_certificates(self) -> CertificatesWizard | None:
        event_id = self.event_combo.current_id()
        if event_id is None:
            return None
        try:
            self.wizard = CertificatesWizard(self.db, event_id, self)
        except PlannerError as exc:
            show_error(self, exc.message)
            return None
        self.wizard.issue_page.folder_edit.setText(
            str(self.folder() / f"Bescheinigungen_{self._event_stem()}"))
        self.wizard.show()
        return self.wizard

    def open_send_dialog(self) -> QDialog:
        """What is waiting to be e-mailed (this event's certificates, all invitations)."""
        from ui.mail.send_dialog import SendDialog

        dialog = SendDialog(self.db, self, event_id=self.event_combo.current_id())
        self.send_dialog = dialog
        dialog.open()
        return dialog

    def open_caldav_dialog(self) -> QDialog:
        """Publish the chosen trainer's or office's sessions to a CalDAV server."""
        from ui.mail.caldav_dialog import CalDavDialog

        dialog = CalDavDialog(self.db, self, trainer_id=self.trainer_combo.current_id(),
                              office_id=self.office_combo.current_id())
        self.caldav_dialog = dialog
        dialog.open()
        return dialog
