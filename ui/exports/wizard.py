"""Certificates wizard: eligibility, a preview of one certificate, then bulk issue to a
folder with a combined PDF for printing (off the GUI thread, with progress and Cancel)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from planner.files import safe_file_stem
from planner.queries.event_forms import event_overview
from planner.storage.database import Database
from planner.usecases.outcome import Change
from planner.wording import count
from ui.exports.eligibility_model import (
    KIND,
    NAME,
    OVERRIDE_REASON,
    REASON,
    EligibilityModel,
)
from ui.exports.reason_text import reason_text
from ui.open_location import open_location
from ui.operations import Op, show_error
from ui.pick_list import make_searchable
from ui.row_filter import RowFilter
from ui.screen_fit import resize_within_screen
from ui.tasks import BackgroundOp, Progress
from ui.widgets import IdCombo, buddy_label


def open_path(path: Path) -> bool:
    """Open a file or folder with the system's viewer, else show where it is (patched in
    tests)."""
    return open_location(None, path)


def render_first_page(pdf: Path, width: int = 620) -> QImage | None:
    """The first page as an image, rendered with PDFium (pypdfium2); None if that fails."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(pdf))
        try:
            page = doc[0]
            scale = width / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB byte order
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888)
            return image.copy()  # detach from PDFium's buffer before it is freed
        finally:
            doc.close()
    except pdfium.PdfiumError:
        return None


def default_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs or Path.home()) / "Transferplaner-Exporte"


class EligibilityPage(QWizardPage):
    def __init__(self, wizard: CertificatesWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Wer erhält eine Bescheinigung?"))
        self.setSubTitle(self.tr("Fällige Bescheinigungen sind angehakt. Noch offene folgen, "
                                 "sobald alle gebuchten Termine stattgefunden haben."))
        self.model = wizard.model
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.filter = RowFilter(self.view, column=NAME)  # a conference has 150 people
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self.wizard_ = wizard

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        return self.wizard_.reasons_complete()


class PreviewPage(QWizardPage):
    def __init__(self, wizard: CertificatesWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Vorschau"))
        self.setSubTitle(self.tr("So sieht eine Bescheinigung aus (ohne Nummer, nicht "
                                 "ausgestellt)."))
        self.person_combo = make_searchable(IdCombo([]))
        self.preview_button = QPushButton(self.tr("Vorschau erstellen"))
        self.preview_button.clicked.connect(self.make_preview)
        self.image_label = QLabel(self.tr("Noch keine Vorschau."))
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.image_label)
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("Person"), self.person_combo))
        top.addWidget(self.person_combo, 1)
        top.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.preview_path: Path | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.person_combo.clear()
        seen: set[int] = set()
        for row in range(self.wizard_.model.rowCount()):
            item = self.wizard_.model.item(row)
            if item.person_id not in seen:
                seen.add(item.person_id)
                self.person_combo.addItem(item.person_name, item.person_id)

    def make_preview(self) -> Path | None:
        from planner.certificates import preview_certificate

        person_id = self.person_combo.current_id()
        if person_id is None:
            return None
        target = Path(self.wizard_.temp_dir.name) / f"Vorschau_{person_id}.pdf"
        event_id = self.wizard_.event_id
        path = Op(self, self.wizard_.db,
                  lambda orm: preview_certificate(orm, event_id, person_id, target)).run()
        if path is None:
            return None
        self.preview_path = Path(path)
        image = render_first_page(self.preview_path)
        if image is not None and not image.isNull():
            self.image_label.setPixmap(QPixmap.fromImage(image))
        else:
            self.image_label.setText(self.tr(
                "Die Vorschau wurde im PDF-Betrachter geöffnet:\n{0}").format(self.preview_path))
            open_path(self.preview_path)
        return self.preview_path


class IssuePage(QWizardPage):
    def __init__(self, wizard: CertificatesWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Ausstellen"))
        self.setSubTitle(self.tr("Eine PDF-Datei je Person und eine Sammeldatei zum Drucken."))
        self.folder_edit = QLineEdit(str(default_folder() / "Bescheinigungen"))
        choose = QPushButton(self.tr("Ändern …"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)
        self.combined_check = QCheckBox(self.tr("Sammeldatei zum Drucken (alle in einer PDF)"))
        self.combined_check.setChecked(True)
        self.issue_button = QPushButton(self.tr("Bescheinigungen ausstellen"))
        self.issue_button.clicked.connect(self.issue)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Ordner öffnen"))
        self.open_button.clicked.connect(lambda: open_path(Path(self.folder_edit.text())))
        self.open_button.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Zielordner"), folder_row)
        form.addRow("", self.combined_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        form.addRow("", buttons)
        form.addRow(self.result_label)
        self.op: BackgroundOp | None = None
        self.result: Any = None
        self._done = False

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self._done

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Zielordner wählen"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def issue(self) -> BackgroundOp | None:
        model = self.wizard_.model
        person_ids = model.checked_person_ids()
        if not person_ids:
            show_error(self, self.tr("Bitte mindestens eine Person anhaken."))
            return None
        if not self.wizard_.reasons_complete():
            return None
        reasons = model.override_reasons()
        folder = Path(self.folder_edit.text().strip())
        combined = (folder / f"Alle_{self.wizard_.file_stem}.pdf"
                    if self.combined_check.isChecked() else None)
        from planner.storage.checks import free_space_warning

        # About 150 kB per certificate file, the same again in the combined PDF.
        needed = len(person_ids) * 150_000 * (2 if combined is not None else 1)
        warning = free_space_warning(folder, needed)
        if warning is not None:
            answer = QMessageBox.question(self, self.tr("Wenig Speicherplatz"),
                                          warning + "\n\n" + self.tr("Trotzdem fortfahren?"))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        event_id = self.wizard_.event_id
        holders = self._holders(person_ids)
        if holders:
            answer = QMessageBox.question(self, self.tr("Bescheinigungen erneut ausstellen?"),
                (self.tr("{0} hat schon eine Bescheinigung: {1}.") if len(holders) == 1
                 else self.tr("{0} haben schon eine Bescheinigung: {1}.")).format(
                    count(len(holders), self.tr("Person"), self.tr("Personen")),
                    ", ".join(holders[:10]) + (" …" if len(holders) > 10 else ""))
                + "\n\n" + self.tr("Unveränderte werden mit derselben Nummer erneut erzeugt, "
                                    "geänderte durch eine neue Fassung ersetzt. Fortfahren?"))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        step = self.tr("%1 von %2 Bescheinigungen")  # translated here, shown by the worker

        def work(orm: Any, progress: Progress) -> Any:
            from planner.certificates import issue_certificates

            def report(done: int, total: int) -> bool:
                return progress.report(done, total, step.replace("%1", str(done))
                                       .replace("%2", str(total)))

            return issue_certificates(orm, event_id, folder, combined=combined,
                                      person_ids=person_ids, override_reasons=reasons,
                                      progress=report)

        self.issue_button.setEnabled(False)
        self.op = Op(self, self.wizard_.db, work).changes(Change.CERTIFICATES) \
            .success(self._finished).failure(self._not_issued) \
            .run_in_background(self.tr("Bescheinigungen werden erstellt …"))
        return self.op

    def _holders(self, person_ids: list[int]) -> list[str]:
        """Names of the chosen persons who already hold a live certificate of the event."""
        from sqlalchemy import select

        from planner.models import Certificate

        with self.wizard_.db.reading() as orm:
            have = set(orm.scalars(select(Certificate.person_id).where(
                Certificate.event_id == self.wizard_.event_id,
                Certificate.replaced_by_id.is_(None),
                Certificate.person_id.in_(person_ids))))
        model = self.wizard_.model
        names = {model.item(r).person_id: model.item(r).person_name
                 for r in range(model.rowCount())}
        return [names[pid] for pid in dict.fromkeys(person_ids) if pid in have]

    def summary(self, result: Any) -> str:
        """What happened, honestly: new, re-issued unchanged, replaced, not issued."""
        unchanged = result.reissued - result.revised
        parts = [self.tr("{0} neu ausgestellt").format(
            count(result.issued, self.tr("Bescheinigung"), self.tr("Bescheinigungen")))]
        if unchanged:
            parts.append(self.tr("{0} unverändert erneut ausgestellt").format(unchanged))
        parts.append(self.tr("{0} ersetzt (neue Fassung)").format(result.revised))
        text = ", ".join(parts) + ", " + self.tr("{0} nicht ausgestellt").format(
            len(result.skipped))
        if result.skipped:
            # planner names the reasons in German: the window's language for the known ones
            model = self.wizard_.model
            shown = {}
            for r in range(model.rowCount()):
                item = model.item(r)
                shown[f"{item.person_name}: {item.reason}"] = (
                    f"{item.person_name}: "
                    f"{reason_text(item.reason, item.entitlement.reason_facts)}")
            text += ": " + "; ".join(shown.get(entry, entry) for entry in result.skipped[:10])
            if len(result.skipped) > 10:
                text += " …"
        return text + "."

    def _finished(self, result: Any) -> None:
        self.result = result
        self.issue_button.setEnabled(True)
        lines = [self.summary(result)]
        if result.cancelled:
            lines.append(self.tr("Abgebrochen: die fertigen Dateien sind gespeichert."))
        if result.combined is not None:
            lines.append(self.tr("Sammeldatei: {0}").format(Path(result.combined).name))
        self.result_label.setText("\n".join(lines))
        self.open_button.show()
        self._done = True
        self.completeChanged.emit()

    def _not_issued(self, message: str) -> None:
        self.issue_button.setEnabled(True)
        self.result_label.setText(message)
        show_error(self, message)


class CertificatesWizard(QWizard):
    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The package attribute "eligibility" can be shadowed by the submodule of that name.
        from planner.certificates.eligibility import eligibility

        self.db = db
        self.event_id = event_id
        self.temp_dir = tempfile.TemporaryDirectory(prefix="transferplaner-vorschau-")
        with db.reading() as orm:
            overview = event_overview(orm, event_id)
            items = eligibility(orm, event_id)
        self.file_stem = safe_file_stem(overview.title)
        self.setWindowTitle(self.tr("Teilnahmebescheinigungen – {0}").format(overview.title))
        self.model = EligibilityModel(self)
        self.model.set_items(items)
        self.eligibility_page = EligibilityPage(self)
        self.preview_page = PreviewPage(self)
        self.issue_page = IssuePage(self)
        for page in (self.eligibility_page, self.preview_page, self.issue_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Weiter >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Zurück"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Fertig"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Schließen"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        resize_within_screen(self, 1180, 640)
        view = self.eligibility_page.view
        view.resizeColumnsToContents()
        # A long reason is cut (full text as tooltip) so the columns after it stay in view.
        # At 1280 px everything, including each person's reason, is in view.
        view.setColumnWidth(REASON, min(view.columnWidth(REASON), 225))
        view.setColumnWidth(OVERRIDE_REASON, 155)  # the rate stays in view at 1180 px
        view.setColumnWidth(KIND, min(view.columnWidth(KIND), 165))

    def reasons_complete(self) -> bool:
        """False (after saying whose reason is missing and opening that cell) when a person
        ticked as an exception has no reason."""
        row = self.model.first_missing_reason()
        if row is None:
            return True
        from planner.models import Person

        with self.db.reading() as orm:
            missing = [orm.get(Person, pid) for pid, text in
                       self.model.override_reasons().items() if not text]
            names = [p.full_name for p in missing if p is not None]
        who = names[0] if len(names) == 1 else \
            self.tr("{0} und {1}").format(", ".join(names[:-1]), names[-1])
        while self.currentPage() is not None and self.currentPage() is not self.eligibility_page \
                and self.currentId() > 0:
            self.back()
        show_error(self, self.tr("Bitte eine Begründung für {0} angeben.").format(who))
        view = self.eligibility_page.view
        self.eligibility_page.filter.clear()  # the row may be filtered out
        index = self.model.index(row, OVERRIDE_REASON)
        view.scrollTo(index)
        view.setCurrentIndex(index)
        view.setFocus()
        view.edit(index)
        return False

    def done(self, result: int) -> None:
        self.temp_dir.cleanup()
        super().done(result)
