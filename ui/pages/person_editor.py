"""Person editor: validation messages in German; duplicates are found before creating."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from planner.gdpr.consent import set_consent
from planner.models import Person
from planner.queries.masterdata import organisation_ids, organisation_rows
from planner.queries.people import possible_duplicates
from planner.storage.database import Database
from planner.usecases.lookup import get
from planner.usecases.people import add_person, update_person
from ui.editing import EditorDialog
from ui.gdpr.consent_widget import ConsentEditor
from ui.pick_list import make_searchable

ROLES = ("participant", "trainer", "staff")


class PersonEditorDialog(EditorDialog):
    def __init__(self, db: Database, person_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, "", parent)
        self.setMinimumWidth(540)
        self.person_id = person_id
        self._version: int | None = None
        self.title_edit = QLineEdit()
        self.first_edit = QLineEdit()
        self.last_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.function_edit = QLineEdit()
        self.street_edit = QLineEdit()
        self.street_edit.setPlaceholderText(self.tr("für Briefe an Personen ohne E-Mail"))
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaximumWidth(90)
        self.postcode_edit.setAccessibleName(self.tr("PLZ"))
        self.city_edit = QLineEdit()
        self.city_edit.setAccessibleName(self.tr("Ort"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Deutsch"), "de")
        self.language_combo.addItem(self.tr("Englisch"), "en")
        self.org_combo = QComboBox()
        self.org_combo.setEditable(False)
        self.org_combo.addItem(self.tr("(keine)"), None)
        with db.reading() as orm:
            ids = organisation_ids(orm)
            rows = organisation_rows(orm, ids)
        for oid in ids:
            row = rows[oid]
            self.org_combo.addItem(f"{row.name} ({row.city})" if row.city and row.city != row.name
                                   else row.name, oid)
        make_searchable(self.org_combo)
        self.role_boxes = {
            "participant": QCheckBox(self.tr("Teilnehmer:in")),
            "trainer": QCheckBox(self.tr("Referent:in")),
            "staff": QCheckBox(self.tr("Team")),
        }
        roles = QHBoxLayout()
        for box in self.role_boxes.values():
            roles.addWidget(box)
        self.form.addRow(self.tr("Titel:"), self.title_edit)
        self.form.addRow(self.tr("Vorname:"), self.first_edit)
        self.form.addRow(self.tr("Nachname:"), self.last_edit)
        self.form.addRow(self.tr("E-Mail:"), self.email_edit)
        self.form.addRow(self.tr("Telefon:"), self.phone_edit)
        self.form.addRow(self.tr("Funktion:"), self.function_edit)
        self.form.addRow(self.tr("Organisation / Kommune:"), self.org_combo)
        place = QHBoxLayout()
        place.addWidget(self.postcode_edit)
        place.addWidget(self.city_edit, 1)
        self.form.addRow(self.tr("Postanschrift:"), self.street_edit)
        self.form.addRow(self.tr("PLZ und Ort:"), place)
        self.form.addRow(self.tr("Sprache der Nachrichten:"), self.language_combo)
        self.form.addRow(self.tr("Rollen:"), roles)
        self.consent = ConsentEditor()
        self.form.addRow(self.tr("Einwilligungen:"), self.consent)
        self.finish_layout()
        if person_id is None:
            self.role_boxes["participant"].setChecked(True)
            self.setWindowTitle(self.tr("Neue Person"))
        else:
            self.load(person_id)
        # The cursor starts in the first name: most people have no academic title.
        self.first_edit.setFocus()

    def load(self, person_id: int) -> None:
        with self.db.reading() as orm:
            person = get(orm, Person, person_id)
            values = (person.title, person.first_name, person.last_name, person.email or "",
                      person.phone, person.function, person.street, person.postcode,
                      person.city)
            language = person.language
            org_id, roles, version = person.organisation_id, person.roles, person.version_id
            name = person.full_name
            consent = (person.consent_photos, person.consent_directory, person.consent_date)
        self.person_id, self._version = person_id, version
        for edit, value in zip((self.title_edit, self.first_edit, self.last_edit,
                                self.email_edit, self.phone_edit, self.function_edit,
                                self.street_edit, self.postcode_edit, self.city_edit),
                               values, strict=True):
            edit.setText(value)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.org_combo.setCurrentIndex(max(self.org_combo.findData(org_id), 0))
        for role, box in self.role_boxes.items():
            box.setChecked(role in roles)
        self.consent.set_values(*consent)
        self.setWindowTitle(self.tr("Person bearbeiten: %1").replace("%1", name))

    def fields(self) -> dict[str, object]:
        return {
            "title": self.title_edit.text(),
            "first_name": self.first_edit.text(),
            "last_name": self.last_edit.text(),
            "email": self.email_edit.text().strip() or None,
            "phone": self.phone_edit.text(),
            "function": self.function_edit.text(),
            "organisation_id": self.org_combo.currentData(),
            "street": self.street_edit.text(),
            "postcode": self.postcode_edit.text(),
            "city": self.city_edit.text(),
            "language": self.language_combo.currentData(),
            "roles": [role for role, box in self.role_boxes.items() if box.isChecked()],
        }

    def find_duplicates(self) -> list[tuple[int, str, str]]:
        f = self.fields()
        with self.db.reading() as orm:
            return possible_duplicates(orm, str(f["first_name"]), str(f["last_name"]),
                                       f["email"])  # type: ignore[arg-type]

    def ask_duplicate(self, matches: list[tuple[int, str, str]]) -> str:
        """'open' (edit the existing person), 'create' (a new one anyway) or 'cancel'."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Person schon vorhanden?"))
        no_email = self.tr("ohne E-Mail")  # lupdate cannot read tr() inside f-strings
        line = self.tr("• %1 (%2, Nr. %3)")
        listing = "\n".join(line.replace("%3", str(pid)).replace("%2", email or no_email)
                             .replace("%1", name) for pid, name, email in matches)
        box.setText(self.tr("Diese Person gibt es möglicherweise schon:") + "\n\n" + listing)
        open_button = box.addButton(self.tr("Vorhandene öffnen"),
                                    QMessageBox.ButtonRole.AcceptRole)
        create_button = box.addButton(self.tr("Trotzdem neu anlegen"),
                                      QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_button:
            return "open"
        if clicked is create_button:
            return "create"
        return "cancel"

    def save(self) -> bool:
        f = self.fields()
        if self.person_id is None:
            if f["first_name"] and f["last_name"]:
                matches = self.find_duplicates()
                if matches:
                    choice = self.ask_duplicate(matches)
                    if choice == "open":
                        self.load(matches[0][0])
                        self.show_message(self.tr("Die vorhandene Person wurde geöffnet. "
                                                  "Änderungen bitte speichern."))
                        return False
                    if choice != "create":
                        return False
            outcome = self.op(lambda orm: self._with_consent(
                orm, add_person(orm, **f))).run()  # type: ignore[arg-type]
            if outcome is None:
                return False
            self.person_id = outcome.value.id
            return True
        person_id, version = self.person_id, self._version

        def change(expected: int | None) -> Callable[[Any], Any]:
            return lambda orm: self._with_consent(
                orm, update_person(orm, person_id, expected_version=expected, **f))

        # A change made elsewhere meanwhile: "reload or overwrite?" (never overwritten silently).
        outcome = self.op(change(version)).on_stale(
            reload=lambda: self.load(person_id), overwrite=change(None)).run()
        return outcome is not None

    def _with_consent(self, orm: Any, outcome: Any) -> Any:
        set_consent(orm, outcome.value.id, **self.consent.values())  # type: ignore[arg-type]
        return outcome
