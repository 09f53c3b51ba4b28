"""The Postausgang: messages to participants, grouped by event, each previewed exactly as it
will be sent. Nothing leaves before staff press "Senden"; a message can be edited or
discarded first, and an unclear one (sending was interrupted) is settled by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.storage.database import Database
from planner.usecases.outcome import Change
from ui.models.labels import outbox_kind_label, outbox_status_label_from_de
from ui.operations import Op, watch_changes
from ui.outbox.dialogs import MessageEditDialog, SendResultDialog
from ui.widgets import label_failure, plural, show_in_label, text_area

ROW_ID = Qt.ItemDataRole.UserRole
COLUMNS = 5


class OutboxPage(QWidget):
    """Waiting and unclear messages (or, with "Erledigte anzeigen", what was settled)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.entries: dict[int, Any] = {}
        self.due_reminders = 0
        self.last_result: SendResultDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._banner())
        layout.addLayout(self._toolbar())
        splitter = QSplitter()
        splitter.addWidget(self._list())
        splitter.addWidget(self._preview())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 480])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._actions())
        self.refresh()
        watch_changes(self, db, (Change.OUTBOX, Change.REGISTRATIONS, Change.SESSIONS,
                                 Change.PERSONS, Change.EVENTS, Change.VENUES, Change.OFFICES,
                                 Change.SETTINGS, Change.MAIL), self.refresh)

    # -- building ---------------------------------------------------------------------
    def _banner(self) -> QWidget:
        self.banner = QFrame()
        self.banner.setObjectName("reminderBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("#reminderBanner { background: #fff4d6; }")
        row = QHBoxLayout(self.banner)
        self.banner_label = QLabel()
        self.remind_button = QPushButton(self.tr("Erinnerungen erstellen"))
        self.remind_button.clicked.connect(self.create_reminders)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.remind_button)
        self.banner.hide()
        return self.banner

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.summary = QLabel()
        self.history_box = QCheckBox(self.tr("Erledigte anzeigen"))
        self.history_box.toggled.connect(lambda _on: self.refresh())
        row.addWidget(self.summary, 1)
        row.addWidget(self.history_box)
        return row

    def _list(self) -> QWidget:
        self.tree = QTreeWidget()
        self.tree.setObjectName("outboxTree")
        self.tree.setAccessibleName(self.tr("Nachrichten im Postausgang"))
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels([self.tr("Empfänger"), self.tr("Art"), self.tr("Status"),
                                   self.tr("Weg"), self.tr("Betreff")])
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        for column, width in enumerate((180, 150, 100, 170)):
            self.tree.setColumnWidth(column, width)
        self.tree.itemSelectionChanged.connect(self.show_selected)
        return self.tree

    def _preview(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.header_label = QLabel()
        self.header_label.setTextFormat(Qt.TextFormat.PlainText)
        self.header_label.setWordWrap(True)
        self.header_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #8a4b00;")
        self.body_view = text_area()
        self.body_view.setObjectName("outboxPreview")
        self.body_view.setAccessibleName(self.tr("Vorschau der Nachricht"))
        self.body_view.setReadOnly(True)
        self.body_view.setFont(QFont("DejaVu Sans", 9))
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Bearbeiten…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.discard_button = QPushButton(self.tr("Verwerfen"))
        self.discard_button.clicked.connect(lambda: self.discard_selected())
        self.arrived_button = QPushButton(self.tr("Ist angekommen"))
        self.arrived_button.setToolTip(self.tr("Unklare Nachricht: Sie ist beim Empfänger "
                                               "angekommen (nachgefragt oder im Postfach "
                                               "gesehen)."))
        self.arrived_button.clicked.connect(lambda: self.resolve_selected(True))
        self.resend_button = QPushButton(self.tr("Nicht angekommen"))
        self.resend_button.setToolTip(self.tr("Unklare Nachricht: Sie ist nicht angekommen "
                                              "und wird beim nächsten Senden erneut "
                                              "verschickt."))
        self.resend_button.clicked.connect(lambda: self.resolve_selected(False))
        for button in (self.edit_button, self.discard_button, self.arrived_button,
                       self.resend_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addWidget(self.header_label)
        column.addWidget(self.note_label)
        column.addWidget(self.body_view, 1)
        column.addLayout(buttons)
        return box

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.send_selected_button = QPushButton(self.tr("Auswahl senden"))
        self.send_selected_button.clicked.connect(lambda: self.send(selected=True))
        self.send_all_button = QPushButton(self.tr("Alle senden"))
        self.send_all_button.setDefault(True)
        self.send_all_button.clicked.connect(lambda: self.send(selected=False))
        self.eml_button = QPushButton(self.tr("Als .eml-Entwürfe speichern…"))
        self.eml_button.setToolTip(self.tr("Ohne Mailserver: fertige Nachrichten, die Outlook "
                                           "oder Thunderbird als Entwurf öffnet."))
        self.eml_button.clicked.connect(lambda: self.send(selected=False, as_eml=True))
        row.addWidget(self.status, 1)
        for button in (self.eml_button, self.send_selected_button, self.send_all_button):
            row.addWidget(button)
        return row

    # -- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        from planner.notify.queue import history, waiting
        from planner.notify.reminders import due_reminders

        selected = set(self.selected_ids())
        done = self.history_box.isChecked()
        with self.db.reading() as orm:
            entries = history(orm) if done else waiting(orm)
            self.due_reminders = len(due_reminders(orm))
        self.entries = {e.id: e for e in entries}
        if not done:
            self._tidy(len(entries))
        self._fill(entries, selected)
        self._update_banner()
        if not done:
            unclear = sum(1 for e in entries if e.unclear)
            text = plural(len(entries), self.tr("1 Nachricht im Postausgang"),
                          self.tr("%1 Nachrichten im Postausgang")) if entries else self.tr(
                "Keine Nachrichten im Postausgang.")
            if unclear:
                text += " · " + self.tr("%1 unklar, bitte prüfen").replace("%1", str(unclear))
            self.summary.setText(text)
        else:
            self.summary.setText(self.tr("Erledigte Nachrichten (die neuesten zuerst)"))
        self.send_all_button.setEnabled(not done and any(not e.unclear for e in entries))
        self.eml_button.setEnabled(self.send_all_button.isEnabled())
        self.show_selected()

    def _tidy(self, shown: int) -> None:
        """Rows whose changes cancelled out are settled, so the count in the navigation
        matches the list."""
        from planner.notify.counts import waiting_count
        from planner.notify.queue import tidy

        with self.db.reading_rows() as rows:
            stored = waiting_count(rows)
        if stored > shown:
            Op(self, self.db, lambda orm: tidy(orm)).quiet().run()

    def _fill(self, entries: list[Any], selected: set[int]) -> None:
        self.tree.clear()
        groups: dict[int, QTreeWidgetItem] = {}
        counts: dict[int, int] = {}
        for entry in entries:
            group = groups.get(entry.event_id)
            if group is None:
                group = QTreeWidgetItem(self.tree)
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[entry.event_id] = group
            counts[entry.event_id] = counts.get(entry.event_id, 0) + 1
            item = QTreeWidgetItem(group, [
                entry.person_name, outbox_kind_label(entry.kind),
                outbox_status_label_from_de(entry.status_label), self._way(entry),
                entry.subject])
            item.setData(0, ROW_ID, entry.id)
            if entry.problem or entry.unclear or entry.error:
                item.setForeground(2, Qt.GlobalColor.darkRed)
                item.setToolTip(2, entry.problem or entry.error)
            if entry.id in selected:
                item.setSelected(True)
        for event_id, group in groups.items():
            title = next(e.event_title for e in entries if e.event_id == event_id)
            group.setText(0, title + " (" + plural(counts[event_id], self.tr("1 Nachricht"),
                                                   self.tr("%1 Nachrichten")) + ")")
        self.tree.expandAll()

    def _way(self, entry: Any) -> str:
        if entry.channel == "email":
            return entry.address
        if entry.channel == "letter":
            return self.tr("Brief")
        return self.tr("– nicht zustellbar –") if entry.problem else ""

    def _update_banner(self) -> None:
        self.banner.setVisible(self.due_reminders > 0 and not self.history_box.isChecked())
        self.banner_label.setText(plural(
            self.due_reminders,
            self.tr("1 Erinnerung fällig: ein Termin in den nächsten Tagen, dessen "
                    "Teilnehmende noch nicht erinnert wurden."),
            self.tr("%1 Erinnerungen fällig: Termine in den nächsten Tagen, deren "
                    "Teilnehmende noch nicht erinnert wurden.")))

    # -- selection and preview --------------------------------------------------------
    def selected_ids(self) -> list[int]:
        ids = []
        for item in self.tree.selectedItems():
            row_id = item.data(0, ROW_ID)
            if row_id is not None:
                ids.append(int(row_id))
        return ids

    def select(self, row_id: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                if item.data(0, ROW_ID) == row_id:
                    self.tree.clearSelection()
                    item.setSelected(True)
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def show_selected(self) -> None:
        from planner.notify.queue import show

        ids = self.selected_ids()
        entry = self.entries.get(ids[0]) if len(ids) == 1 else None
        waiting = not self.history_box.isChecked()
        self.edit_button.setEnabled(entry is not None and waiting and not entry.unclear
                                    and entry.status != "sending")
        self.discard_button.setEnabled(bool(ids) and waiting and all(
            self.entries[i].status in ("pending", "failed") for i in ids if i in self.entries))
        self.send_selected_button.setEnabled(self.discard_button.isEnabled())
        unclear = entry is not None and entry.unclear
        self.arrived_button.setVisible(unclear)
        self.resend_button.setVisible(unclear)
        if entry is None:
            self.header_label.setText(plural(len(ids), self.tr("1 Nachricht ausgewählt"),
                                             self.tr("%1 Nachrichten ausgewählt"))
                                      if ids else self.tr("Keine Nachricht ausgewählt."))
            self.note_label.clear()
            self.body_view.clear()
            return
        with self.db.reading() as orm:
            row, composed = show(orm, entry.id)
            subject, body, files = row.subject, row.body, []
            to = row.address
            if composed is not None:
                subject, body = composed.subject, composed.body
                to = composed.address or "\n".join(composed.postal)
                files = [c.filename for c in composed.calendars]
        lines = [self.tr("An: %1").replace("%1", to or "–"),
                 self.tr("Betreff: %1").replace("%1", subject)]
        if files:
            lines.append(self.tr("Kalendereinträge: %1").replace("%1", ", ".join(files)))
        if entry.channel == "letter":
            lines.append(self.tr("Geht als Brief (keine E-Mail-Adresse hinterlegt)."))
        self.header_label.setText("\n".join(lines))
        notes = [text for text in (entry.problem, entry.error, entry.note) if text]
        if entry.edited:
            notes.append(self.tr("Von Hand bearbeitet."))
        self.note_label.setText("\n".join(notes))
        self.body_view.setPlainText(body)

    # -- actions ----------------------------------------------------------------------
    def create_reminders(self) -> bool:
        from planner.notify.reminders import create_reminders

        op = Op(self, self.db, lambda orm: create_reminders(orm))
        op.success(lambda outcome: show_in_label(self.status, plural(
            outcome.value, self.tr("1 Erinnerung in den Postausgang gelegt."),
            self.tr("%1 Erinnerungen in den Postausgang gelegt.")), True))
        op.run()
        return op.ok

    def edit_selected(self) -> bool:
        ids = self.selected_ids()
        if len(ids) != 1:
            return False
        dialog = MessageEditDialog(self.db, ids[0], self)
        return bool(dialog.exec())

    def discard_selected(self, reason: str = "") -> bool:
        from planner.notify.queue import discard

        ids = self.selected_ids()
        if not ids:
            return False
        op = Op(self, self.db, lambda orm: discard(orm, ids, reason))
        op.success(lambda outcome: show_in_label(self.status, plural(
            outcome.value, self.tr("1 Nachricht verworfen."),
            self.tr("%1 Nachrichten verworfen.")), True))
        op.failure(label_failure(self.status)).run()
        return op.ok

    def resolve_selected(self, arrived: bool) -> bool:
        from planner.notify.queue import resolve_unclear

        ids = self.selected_ids()
        if len(ids) != 1:
            return False
        op = Op(self, self.db, lambda orm: resolve_unclear(orm, ids[0], arrived=arrived))
        op.failure(label_failure(self.status)).run()
        return op.ok

    def _ask_letters(self, ids: list[int] | None) -> Path | None | bool:
        """A PDF file for the letters of this send; None when there are none, False when
        staff cancelled the file dialog."""
        letters = [e for i, e in self.entries.items()
                   if e.channel == "letter" and not e.unclear and (ids is None or i in ids)]
        if not letters:
            return None
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Briefe speichern (eine PDF-Datei zum Drucken)"),
            str(Path.home() / f"Briefe_{date.today():%Y-%m-%d}.pdf"), self.tr("PDF (*.pdf)"))
        return Path(name) if name else False

    def send(self, *, selected: bool, as_eml: bool = False, letters: Path | None = None,
             eml_dir: Path | None = None, background: bool = True) -> Op[Any] | None:
        """Send the selection or everything waiting; letters into one PDF, e-mails by SMTP
        or, `as_eml`, as drafts into a folder (both asked for unless given)."""
        from planner.notify.send import send_outbox

        ids = self.selected_ids() if selected else None
        if selected and not ids:
            return None
        if letters is None:
            asked = self._ask_letters(ids)
            if asked is False:
                return None
            letters = asked if isinstance(asked, Path) else None
        if as_eml and eml_dir is None:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Ordner für die .eml-Entwürfe"), str(Path.home()))
            if not folder:
                return None
            eml_dir = Path(folder)
        db = self.db

        def work(progress: Any = None) -> Any:
            report = progress.report if progress is not None else None
            return send_outbox(db, ids=ids, letters=letters, eml_dir=eml_dir, progress=report)

        op: Op[Any] = Op(self, db, work).without_database().changes(Change.OUTBOX, Change.MAIL)
        op.success(self._sent).failure(label_failure(self.status))
        if background:
            op.run_in_background(self.tr("Nachrichten werden gesendet …"))
        else:
            op.run()
        return op

    def _sent(self, report: Any) -> None:
        summary = report.summary()
        show_in_label(self.status, self.tr("Versand: %1").replace("%1", summary),
                      not (report.of("failed") or report.of("unclear")))
        if report.results:
            self.last_result = SendResultDialog(report, self)
            self.last_result.open()
