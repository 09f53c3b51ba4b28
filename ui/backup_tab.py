"""Settings tab "Sicherung": the database's backups, a manual backup, and restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.storage.database import Database
from ui.numbers import ui_number


class BackupTab(QWidget):
    """Lists verified backups; "Jetzt sichern" and "Wiederherstellen…" (keeps a safety copy)."""

    # Emitted after a restore: the app reopens the database so every view reloads.
    restored = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        # A plain tree is fine here: a handful of files, not a data list of the domain.
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Sicherungen"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Datum"), self.tr("Art"), self.tr("Größe"),
                                   self.tr("Prüfung"), self.tr("Datei")])
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Jetzt sichern"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Ausgewählte wiederherstellen…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Aus Datei wiederherstellen…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.folder_button = QPushButton(self.tr("Ordner öffnen"))
        self.folder_button.clicked.connect(self._open_folder)
        for button in (self.backup_button, self.restore_button, self.restore_file_button,
                       self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.reload()

    @property
    def folder(self) -> Path | None:
        from planner.storage.backup import default_backup_folder

        return default_backup_folder(self.db.path) if self.db.path else None

    def reload(self) -> None:
        from planner.storage.backup import KIND_BACKUP, list_backups

        self.list.clear()
        if self.folder is None:
            self.info.setText(self.tr("Sicherungen gibt es nur für lokale Datenbankdateien; "
                                      "den Datenbankserver sichert die IT."))
            for button in (self.backup_button, self.restore_button, self.restore_file_button,
                           self.folder_button):
                button.setEnabled(False)
            return
        self.info.setText(
            self.tr("Sicherungen entstehen automatisch beim Start und nach Änderungen "
                    "(7 tägliche, 4 wöchentliche, 12 monatliche werden aufbewahrt). "
                    "Ordner: %1").replace("%1", str(self.folder)))
        for backup in list_backups(self.folder, verify=True):
            kind = (self.tr("Sicherung") if backup.kind == KIND_BACKUP
                    else self.tr("Kopie vor Wiederherstellung"))
            item = QTreeWidgetItem([
                backup.created.strftime("%d.%m.%Y %H:%M:%S"), kind,
                f"{ui_number(backup.size / 1_048_576, 1, keep_zeros=True)} MB",
                self.tr("in Ordnung") if backup.ok else self.tr("FEHLERHAFT"),
                backup.path.name,
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            if not backup.ok:
                item.setToolTip(3, "; ".join(backup.problems or []))
            self.list.addTopLevelItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))

    def backup_now(self) -> Path | None:
        from planner.storage.backup import create_backup, rotate_backups

        try:
            path = create_backup(self.db)
            if self.folder is not None:
                rotate_backups(self.folder)
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Sicherung fehlgeschlagen"), exc.message)
            return None
        self.reload()
        return path

    def restore_selected(self) -> None:
        items = self.list.selectedItems()
        if items:
            self.restore(Path(items[0].data(0, Qt.ItemDataRole.UserRole)))

    def restore_from_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Sicherung wählen"), str(self.folder or ""),
            self.tr("Transferplaner-Sicherung (*.sqlite *.db);;Alle Dateien (*)"))
        if path:
            self.restore(Path(path))

    def restore(self, backup: Path, *, confirm: bool = True) -> bool:
        from planner.storage.backup import restore_backup

        if self.db.path is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Wiederherstellen"),
                self.tr("Die Datenbank wird durch die Sicherung „%1“ ersetzt. Der jetzige "
                        "Stand wird vorher als Kopie aufbewahrt. Fortfahren?")
                .replace("%1", backup.name))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            safety = restore_backup(self.db.path, backup)
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Wiederherstellung fehlgeschlagen"), exc.message)
            return False
        note = (self.tr("Der vorherige Stand liegt in %1.").replace("%1", str(safety))
                if safety else "")
        from planner.gdpr.reapply import reapply_erasures

        reapplied = reapply_erasures(self.db)
        if reapplied:
            note += "\n\n" + self.tr("Die Sicherung enthielt Personen, deren Löschung oder "
                                      "Anonymisierung später beantragt wurde; das wurde "
                                      "erneut angewandt:") + "\n" + "\n".join(reapplied)
        QMessageBox.information(self, self.tr("Wiederhergestellt"),
                                self.tr("Die Sicherung wurde wiederhergestellt.") + " " + note)
        self.restored.emit(str(self.db.path))
        return True

    def _open_folder(self) -> None:
        from ui.open_location import open_location

        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            open_location(self, self.folder)
