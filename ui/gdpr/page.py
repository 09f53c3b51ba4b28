"""The Datenschutz page: persons due for anonymisation, access export, erasure, audit log,
retention periods. Shown in a dialog from the Datei menu."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.audit import entries, entry_dict
from planner.gdpr.access import export_person_data
from planner.gdpr.anonymise import anonymise_persons
from planner.gdpr.erasure import erase_person, retention_duties
from planner.gdpr.retention import (
    MAX_RETENTION_YEARS,
    DueEntry,
    due_persons,
    retention_years,
    set_retention_years,
)
from planner.models import EventFormat
from planner.queries.people import person_rows, search_person_ids
from planner.settings import CURRENT_OFFICE
from planner.storage.database import Database
from planner.timezones import BERLIN
from planner.usecases.outcome import Change
from ui.models.labels import format_label
from ui.operations import Op, watch_changes
from ui.screen_fit import resize_within_screen
from ui.widgets import plural

ENTITY_LABELS = {"person": QT_TRANSLATE_NOOP("GdprPage", "Person"),
                 "event": QT_TRANSLATE_NOOP("GdprPage", "Veranstaltung"),
                 "session": QT_TRANSLATE_NOOP("GdprPage", "Termin")}
ACTION_LABELS = {"insert": QT_TRANSLATE_NOOP("GdprPage", "angelegt"),
                 "update": QT_TRANSLATE_NOOP("GdprPage", "geändert"),
                 "delete": QT_TRANSLATE_NOOP("GdprPage", "gelöscht"),
                 "export": QT_TRANSLATE_NOOP("GdprPage", "exportiert"),
                 "anonymise": QT_TRANSLATE_NOOP("GdprPage", "anonymisiert"),
                 "erase": QT_TRANSLATE_NOOP("GdprPage", "Löschantrag")}


def _label(labels: dict[str, str], code: str) -> str:
    """An entry of ENTITY_LABELS/ACTION_LABELS in the UI language (unknown codes as given)."""
    return QCoreApplication.translate("GdprPage", labels[code]) if code in labels else code


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[int]) -> None:
    table.setRowCount(len(rows))
    for r, (values, ident) in enumerate(zip(rows, ids, strict=True)):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            table.setItem(r, c, item)


def _selected_ids(table: QTableWidget) -> list[int]:
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    return [int(table.item(r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows]


# Due persons (persons, their events), the audit log of their changes, the settings.
CONCERNS = (Change.PERSONS, Change.REGISTRATIONS, Change.ATTENDANCE, Change.EVENTS,
            Change.SESSIONS, Change.SETTINGS)


class GdprPage(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.due: list[DueEntry] = []
        self.last_message = ""
        self.tabs = QTabWidget()
        self.tabs.addTab(self._due_tab(), self.tr("Fällige Anonymisierung"))
        self.tabs.addTab(self._person_tab(), self.tr("Auskunft und Löschung"))
        self.tabs.addTab(self._audit_tab(), self.tr("Protokoll"))
        self.tabs.addTab(self._retention_tab(), self.tr("Aufbewahrungsfristen"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.reload()
        watch_changes(self, db, CONCERNS, self.reload)

    # -- tabs ---------------------------------------------------------------------------
    def _due_tab(self) -> QWidget:
        tab = QWidget()
        self.due_info = QLabel()
        self.due_info.setWordWrap(True)
        self.due_table = _table([self.tr("Nr."), self.tr("Name"), self.tr("Organisation"),
                                 self.tr("Veranstaltungen"), self.tr("Frist endete")],
                                "dueTable")
        self.due_table.setAccessibleName(self.tr("Fällige Anonymisierungen"))
        self.anonymise_selected_button = QPushButton(self.tr("Ausgewählte anonymisieren …"))
        self.anonymise_all_button = QPushButton(self.tr("Alle fälligen anonymisieren …"))
        self.anonymise_selected_button.clicked.connect(lambda: self.anonymise_selected())
        self.anonymise_all_button.clicked.connect(lambda: self.anonymise_all())
        buttons = QHBoxLayout()
        buttons.addWidget(self.anonymise_selected_button)
        buttons.addWidget(self.anonymise_all_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.due_info)
        layout.addWidget(self.due_table, 1)
        layout.addLayout(buttons)
        return tab

    def _person_tab(self) -> QWidget:
        tab = QWidget()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Name, E-Mail oder Organisation suchen …"))
        self.search_edit.setAccessibleName(self.tr("Person suchen"))
        self.search_edit.textChanged.connect(lambda _t: self.search_persons())
        self.person_table = _table([self.tr("Nr."), self.tr("Name"), self.tr("E-Mail"),
                                    self.tr("Organisation")], "personTable")
        self.person_table.setAccessibleName(self.tr("Gefundene Personen"))
        self.person_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.export_button = QPushButton(self.tr("Auskunft exportieren (JSON + Excel) …"))
        self.erase_button = QPushButton(self.tr("Löschen auf Antrag …"))
        self.export_button.clicked.connect(lambda: self.export_selected())
        self.erase_button.clicked.connect(lambda: self.erase_selected())
        note = QLabel(self.tr(
            "Löschen entfernt die Person mit Anmeldungen und Anwesenheiten. Wurde eine "
            "Bescheinigung ausgestellt oder gehört die Anwesenheit noch zur Dokumentation "
            "einer geförderten Veranstaltung, wird stattdessen anonymisiert: Nummern, "
            "Unterrichtseinheiten und Anwesenheit bleiben ohne Namen erhalten."))
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.person_table, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        return tab

    def _audit_tab(self) -> QWidget:
        tab = QWidget()
        self.audit_table = _table([self.tr("Zeit"), self.tr("Wer"), self.tr("Agentur"),
                                   self.tr("Aktion"), self.tr("Datensatz"),
                                   self.tr("Details")], "auditTable")
        self.audit_table.setAccessibleName(self.tr("Protokoll"))
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("Änderungen an Personen und Exporte/Versand "
                                        "personenbezogener Daten (neueste zuerst):")))
        layout.addWidget(self.audit_table)
        return tab

    def _retention_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(QLabel(self.tr("Personenbezogene Daten werden so viele Jahre nach dem "
                                   "Ende der letzten Veranstaltung (oder nach dem Datum des "
                                   "Verwendungsnachweises) anonymisiert:")))
        self.year_spins: dict[str, QSpinBox] = {}
        for fmt in EventFormat:
            spin = QSpinBox()
            spin.setRange(1, MAX_RETENTION_YEARS)
            spin.setSuffix(self.tr(" Jahre"))
            self.year_spins[fmt.value] = spin
            form.addRow(format_label(fmt.value) + ":", spin)
        self.office_edit = QLineEdit()
        self.office_edit.setMaxLength(40)
        self.office_edit.setMinimumWidth(220)
        self.office_edit.setPlaceholderText(self.tr("z. B. leipzig"))
        form.addRow(self.tr("Kürzel der Agentur im Protokoll:"), self.office_edit)
        save = QPushButton(self.tr("Speichern"))
        save.clicked.connect(lambda: self.save_retention())
        row = QHBoxLayout()
        row.addWidget(save)
        row.addStretch(1)
        form.addRow(row)
        return tab

    # -- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        with self.db.reading() as orm:
            self.due = due_persons(orm)
            years = retention_years(orm)
            audit = [entry_dict(e) for e in entries(orm, limit=300)]
            office = CURRENT_OFFICE.get(orm)
        _fill(self.due_table, [[str(d.person_id), d.name, d.organisation, str(d.events),
                                f"{d.retention_end:%d.%m.%Y}"] for d in self.due],
              [d.person_id for d in self.due])
        self.due_table.resizeColumnsToContents()
        self.due_info.setText(plural(len(self.due), self.tr(
            "1 Person ist fällig: die Aufbewahrungsfrist aller ihrer Veranstaltungen "
            "ist abgelaufen (Team-Mitglieder und Referent:innen mit künftigen Terminen sind "
            "ausgenommen). Die Anonymisierung ersetzt Namen und Kontaktdaten; alle Zahlen "
            "(Anmeldungen, Anwesenheit, Unterrichtseinheiten je Kommune) bleiben gleich."),
            self.tr(
            "%1 Personen sind fällig: die Aufbewahrungsfrist aller ihrer Veranstaltungen "
            "ist abgelaufen (Team-Mitglieder und Referent:innen mit künftigen Terminen sind "
            "ausgenommen). Die Anonymisierung ersetzt Namen und Kontaktdaten; alle Zahlen "
            "(Anmeldungen, Anwesenheit, Unterrichtseinheiten je Kommune) bleiben gleich.")))
        self.anonymise_all_button.setEnabled(bool(self.due))
        for fmt, spin in self.year_spins.items():
            spin.setValue(years[fmt])
        _fill(self.audit_table, [[_local_time(r["at"]), r["user"], r["office"],
                                  _label(ACTION_LABELS, r["action"]),
                                  f"{_label(ENTITY_LABELS, r['entity'])} "
                                  f"{r['entity_id'] or ''}".strip(),
                                  r["details"]] for r in audit], [r["id"] for r in audit])
        self.office_edit.setText(office)
        self.audit_table.resizeColumnsToContents()
        self.search_persons()

    def search_persons(self) -> None:
        with self.db.reading() as orm:
            ids = search_person_ids(orm, self.search_edit.text(), limit=200)
            rows = person_rows(orm, ids)
        _fill(self.person_table, [[str(i), f"{rows[i].last_name}, {rows[i].first_name}",
                                   rows[i].email, rows[i].organisation] for i in ids], ids)
        self.person_table.resizeColumnsToContents()

    # -- questions (replaced in tests) ----------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, title: str, text: str) -> None:
        self.last_message = text
        QMessageBox.information(self, title, text)

    def choose_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Ordner für die Auskunft"))
        return Path(folder) if folder else None

    def ask_reason(self) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Löschantrag"),
                                        self.tr("Anlass (z. B. „Antrag per E-Mail vom …“):"))
        return text if ok else None

    # -- actions ------------------------------------------------------------------------
    def anonymise_selected(self) -> int:
        return self._anonymise(_selected_ids(self.due_table))

    def anonymise_all(self) -> int:
        return self._anonymise([d.person_id for d in self.due])

    def _anonymise(self, ids: list[int]) -> int:
        if not ids:
            return 0
        if not self.confirm(self.tr("Anonymisieren"), plural(len(ids), self.tr(
                "1 Person unwiderruflich anonymisieren? Name, E-Mail, Telefon und "
                "Funktion werden ersetzt; Anmeldungen, Anwesenheit und Bescheinigungsnummern "
                "bleiben für die Statistik erhalten."), self.tr(
                "%1 Personen unwiderruflich anonymisieren? Namen, E-Mail, Telefon und "
                "Funktion werden ersetzt; Anmeldungen, Anwesenheit und Bescheinigungsnummern "
                "bleiben für die Statistik erhalten."))):
            return 0

        done = Op(self, self.db, lambda orm: anonymise_persons(orm, ids)).quiet().run()
        if done is None:
            return 0
        self.inform(self.tr("Anonymisiert"), plural(
            len(ids), self.tr("1 Person anonymisiert."), self.tr("%1 Personen anonymisiert.")))
        return len(ids)

    def _selected_person(self) -> int | None:
        ids = _selected_ids(self.person_table)
        return ids[0] if ids else None

    def export_selected(self) -> list[Path]:
        person_id = self._selected_person()
        if person_id is None:
            return []
        folder = self.choose_folder()
        if folder is None:
            return []
        done = Op(self, self.db, lambda orm: export_person_data(orm, person_id, folder)) \
            .success(lambda _result: self.reload()).run()  # the audit list shows the export
        if done is None:
            return []
        files = list(done.files)
        self.inform(self.tr("Auskunft"), self.tr("Gespeichert:") + "\n"
                    + "\n".join(str(f) for f in files))
        return files

    def erase_selected(self) -> bool:
        person_id = self._selected_person()
        if person_id is None:
            return False
        with self.db.reading() as orm:
            duties = retention_duties(orm, person_id)
        if duties:
            text = self.tr("Für diese Person besteht eine Aufbewahrungspflicht. Sie wird "
                           "anonymisiert statt gelöscht; erhalten bleibt (ohne Namen):") + \
                "\n" + "\n".join(f"• {d}" for d in duties)
        else:
            text = self.tr("Person %1 mit allen Anmeldungen und Anwesenheiten endgültig "
                           "löschen?").replace("%1", str(person_id))
        if not self.confirm(self.tr("Löschantrag"), text):
            return False
        reason = self.ask_reason()
        if reason is None:
            return False
        done = Op(self, self.db, lambda orm: erase_person(orm, person_id, reason=reason)) \
            .quiet().run()
        if done is None:
            return False
        self.inform(self.tr("Löschantrag"), done.value.explanation)
        return True

    def save_retention(self) -> None:
        years = {fmt: spin.value() for fmt, spin in self.year_spins.items()}
        office = self.office_edit.text().strip()

        def action(orm: Any) -> None:
            for fmt, value in years.items():
                set_retention_years(orm, value, fmt)
            CURRENT_OFFICE.set(orm, office)

        Op(self, self.db, action).changes(Change.SETTINGS).run()


def _local_time(iso_utc: str) -> str:
    moment = datetime.fromisoformat(iso_utc).replace(tzinfo=UTC).astimezone(BERLIN)
    return f"{moment:%d.%m.%Y %H:%M}"


class GdprDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Datenschutz"))
        resize_within_screen(self, 1040, 660)
        self.page = GdprPage(db, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Schließen"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
