"""Versenden: what is waiting (certificates, invitations, cancellations), ticked items sent
over SMTP or saved as .eml drafts, with the result for each recipient."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.mail.outbox import Outbox, PendingItem, pending
from planner.mail.send import SendReport, send
from planner.mail.settings import load_config
from planner.storage.database import Database
from planner.usecases.outcome import Change
from ui.operations import Op
from ui.tasks import BackgroundOp, Progress

KIND_DE = {"certificate": QT_TRANSLATE_NOOP("SendDialog", "Bescheinigung"),
           "invitation": QT_TRANSLATE_NOOP("SendDialog", "Einladung"),
           "cancellation": QT_TRANSLATE_NOOP("SendDialog", "Absage")}
RESULT_DE = {"sent": QT_TRANSLATE_NOOP("SendDialog", "gesendet"),
             "failed": QT_TRANSLATE_NOOP("SendDialog", "fehlgeschlagen"),
             "eml": QT_TRANSLATE_NOOP("SendDialog", "als .eml gespeichert")}
COLUMNS = (QT_TRANSLATE_NOOP("SendDialog", "Art"),
           QT_TRANSLATE_NOOP("SendDialog", "Empfänger:in"),
           QT_TRANSLATE_NOOP("SendDialog", "Adresse"),
           QT_TRANSLATE_NOOP("SendDialog", "Inhalt"),
           QT_TRANSLATE_NOOP("SendDialog", "Ergebnis"))



def kind_label(kind: str) -> str:
    return QCoreApplication.translate("SendDialog", KIND_DE[kind]) if kind in KIND_DE else kind


def content_label(item: PendingItem) -> str:
    """planner's German item label ("Einladung: …", "Bescheinigung 2027-…") with the kind
    word in the UI language; the rest (titles, dates, numbers) is data."""
    german = KIND_DE.get(item.kind, "")
    if german and item.label.startswith(german):
        return kind_label(item.kind) + item.label[len(german):]
    return item.label


def summary(report: SendReport) -> str:
    """planner's SendReport.summary() in the UI language."""
    parts = []
    for outcomes, text in ((report.sent, QT_TRANSLATE_NOOP("SendDialog", "%1 gesendet")),
                           (report.written,
                            QT_TRANSLATE_NOOP("SendDialog", "%1 als .eml gespeichert")),
                           (report.failed, QT_TRANSLATE_NOOP("SendDialog", "%1 fehlgeschlagen"))):
        if outcomes:
            parts.append(QCoreApplication.translate("SendDialog", text)
                         .replace("%1", str(len(outcomes))))
    text = ", ".join(parts) or QCoreApplication.translate("SendDialog", "nichts versendet")
    return text + (QCoreApplication.translate("SendDialog", " (abgebrochen)")
                   if report.cancelled else "")


class SendDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 event_id: int | None = None, trainer_id: int | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.trainer_id = trainer_id
        self.items: list[PendingItem] = []
        self.last_op: BackgroundOp | None = None
        self.last_report: SendReport | None = None
        self.last_error: str = ""
        self.setWindowTitle(self.tr("Versenden"))
        self.resize(900, 480)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("SendDialog", c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8a5300;")
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.all_button = QPushButton(self.tr("Alle"))
        self.none_button = QPushButton(self.tr("Keine"))
        self.all_button.clicked.connect(lambda: self.set_all_checked(True))
        self.none_button.clicked.connect(lambda: self.set_all_checked(False))
        self.send_button = QPushButton(self.tr("Senden"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(lambda: self.start_send(None))
        self.eml_button = QPushButton(self.tr("Als .eml speichern …"))
        self.eml_button.clicked.connect(self._choose_eml_folder)
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch()
        buttons.addWidget(self.eml_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.reload()

    # -- content ---------------------------------------------------------------------------
    def reload(self) -> None:
        unchecked = {item.key for row, item in enumerate(self.items)
                     if row < self.table.rowCount()
                     and self._check_cell(row).checkState() != Qt.CheckState.Checked}
        with self.db.reading() as orm:
            outbox: Outbox = pending(orm, event_id=self.event_id, trainer_id=self.trainer_id)
            config = load_config(orm)
        self.smtp_ready = config.configured
        self.items = outbox.items
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            kind = QTableWidgetItem(kind_label(item.kind))
            kind.setFlags(kind.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            kind.setCheckState(Qt.CheckState.Unchecked if item.key in unchecked
                               else Qt.CheckState.Checked)
            cells = [kind, QTableWidgetItem(item.person_name), QTableWidgetItem(item.address),
                     QTableWidgetItem(content_label(item)), QTableWidgetItem("")]
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.setText("\n".join(f"• {p}" for p in outbox.problems))
        self.problems.setVisible(bool(outbox.problems))
        if not self.items and outbox.drafted:
            self.intro.setText(self.tr("Es gibt nichts Neues zu versenden. {n} Nachricht(en) "
                                       "wurden nur als .eml-Entwurf gespeichert; ob sie "
                                       "verschickt wurden, weiß das Programm nicht – bitte im "
                                       "Mailprogramm prüfen (Postausgang/Gesendet).")
                               .replace("{n}", str(outbox.drafted)))
        elif not self.items:
            self.intro.setText(self.tr("Es gibt nichts zu versenden: alle Bescheinigungen und "
                                       "Einladungen sind in ihrer aktuellen Fassung verschickt."))
        elif self.smtp_ready:
            self.intro.setText(self.tr("Diese Nachrichten stehen an (neu oder seit dem letzten "
                                       "Versand geändert). Versand über {host}.")
                               .replace("{host}", config.host))
        else:
            self.intro.setText(self.tr("Diese Nachrichten stehen an. Es ist kein Mailserver "
                                       "eingerichtet: „Als .eml speichern“ legt fertige "
                                       "Nachrichten ab, die Outlook oder Thunderbird senden."))
        self.send_button.setEnabled(self.smtp_ready and bool(self.items))
        self.eml_button.setEnabled(bool(self.items))

    def _check_cell(self, row: int) -> QTableWidgetItem:
        cell = self.table.item(row, 0)
        assert cell is not None
        return cell

    def set_all_checked(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            self._check_cell(row).setCheckState(state)

    def checked_items(self) -> list[PendingItem]:
        return [item for row, item in enumerate(self.items)
                if self._check_cell(row).checkState() == Qt.CheckState.Checked]

    # -- sending ---------------------------------------------------------------------------
    def _choose_eml_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Ordner für die .eml-Dateien"))
        if folder:
            self.start_send(Path(folder))

    def start_send(self, eml_dir: Path | None) -> BackgroundOp | None:
        chosen = self.checked_items()
        if not chosen:
            self.status.setText(self.tr("Bitte mindestens eine Nachricht auswählen."))
            return None
        db = self.db

        def work(progress: Progress) -> SendReport:
            # `send` keeps one transaction per message (a failed one never hides the others)
            return send(db, chosen, eml_dir=eml_dir,
                        progress=lambda d, t, text: progress.report(d, t, text))

        label = (self.tr("Nachrichten werden gespeichert …") if eml_dir is not None
                 else self.tr("Nachrichten werden gesendet …"))
        self.send_button.setEnabled(False)
        self.eml_button.setEnabled(False)
        self.last_op = Op(self, self.db, work).without_database() \
            .changes(Change.MAIL) \
            .success(self._done).failure(self._stopped).run_in_background(label)
        return self.last_op

    def _done(self, report: SendReport) -> None:
        self.last_report = report
        results = {o.item.key: o for o in report.outcomes}
        rows = [(item, results.get(item.key)) for item in self.items]
        self.reload()
        # Keep showing what was just done, below what is still pending.
        done = [(item, outcome) for item, outcome in rows if outcome is not None]
        pending_keys = {i.key for i in self.items}
        for item, outcome in done:
            assert outcome is not None
            text = QCoreApplication.translate("SendDialog", RESULT_DE[outcome.delivery.result])
            if outcome.delivery.attempts > 1:
                text += self.tr(" nach {n} Versuchen").replace(
                    "{n}", str(outcome.delivery.attempts))
            if outcome.delivery.error:
                text += f": {outcome.delivery.error}"
            row = next((r for r, i in enumerate(self.items) if i.key == item.key), None)
            if row is None:
                row = self.table.rowCount()
                self.table.insertRow(row)
                for col, value in enumerate((kind_label(item.kind), item.person_name,
                                             item.address, content_label(item))):
                    self.table.setItem(row, col, QTableWidgetItem(value))
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            failed = outcome.delivery.result == "failed"
            cell.setForeground(QColor("#b00020" if failed else "#1b5e20"))
            self.table.setItem(row, 4, cell)
            if item.key in pending_keys and not failed:
                self._check_cell(row).setCheckState(Qt.CheckState.Unchecked)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(4, min(self.table.columnWidth(4), 260))
        lines = [self.tr("Ergebnis: ") + summary(report) + "."]
        lines += [f"• {o.item.person_name} <{o.item.address}>: {o.delivery.error}"
                  for o in report.failed]
        if report.failed:
            lines.append(self.tr("Fehlgeschlagene Nachrichten bleiben ausgewählt und können "
                                 "erneut gesendet werden."))
        self.status.setText("\n".join(lines))

    def _stopped(self, message: str) -> None:
        self.last_error = message
        self.status.setText(self.last_error)
        self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        self.reload()
