"""Municipalities/organisations and venues: lists and editors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import ValidationError
from planner.models import Organisation, Venue
from planner.models.enums import FEDERAL_STATES
from planner.storage.database import Database
from planner.usecases.lookup import get
from planner.usecases.masterdata import update_organisation, update_venue
from planner.usecases.people import add_organisation, add_venue
from ui.editing import EditorDialog, optional_int
from ui.holiday_names import state_label
from ui.models.base import LazyTableModel
from ui.models.masterdata import OrganisationsModel, VenuesModel
from ui.pages.table_page import TablePage
from ui.pick_list import make_searchable
from ui.widgets import text_area


def state_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem("—", None)
    for code in FEDERAL_STATES:
        combo.addItem(f"{state_label(code)} ({code})", code)
    return make_searchable(combo)  # 16 states: type "nie" for Niedersachsen


def _number(text: str, message: str) -> int | None:
    """The whole number in `text` (None if empty); else `message` as a validation error."""
    try:
        return optional_int(text)
    except ValueError:
        raise ValidationError(message) from None


class OrganisationEditorDialog(EditorDialog):
    def __init__(self, db: Database, organisation_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, "", parent)
        self.organisation_id = organisation_id
        self._version: int | None = None
        self.name_edit = QLineEdit()
        self.municipality_box = QCheckBox(self.tr("Kommune (Stadt mit Bildungsmanagement)"))
        self.municipality_box.setChecked(True)
        self.state = state_combo()
        self.population_edit = QLineEdit()
        self.population_edit.setPlaceholderText(self.tr("z. B. 628718"))
        self.city_edit = QLineEdit()
        self.notes_edit = text_area()
        self.notes_edit.setFixedHeight(70)
        self.form.addRow(self.tr("Name:"), self.name_edit)
        self.form.addRow("", self.municipality_box)
        self.form.addRow(self.tr("Bundesland:"), self.state)
        self.form.addRow(self.tr("Einwohnerzahl:"), self.population_edit)
        self.form.addRow(self.tr("Stadt:"), self.city_edit)
        self.form.addRow(self.tr("Notizen:"), self.notes_edit)
        self.finish_layout()
        self.setWindowTitle(self.tr("Neue Kommune / Organisation"))
        if organisation_id is not None:
            self.load(organisation_id)

    def load(self, organisation_id: int) -> None:
        """Show the stored state (also after "changed by someone else" → Neu laden)."""
        with self.db.reading() as orm:
            org = get(orm, Organisation, organisation_id)
            self.name_edit.setText(org.name)
            self.municipality_box.setChecked(org.is_municipality)
            self.state.setCurrentIndex(max(self.state.findData(org.federal_state), 0))
            self.population_edit.setText(str(org.population or ""))
            self.city_edit.setText(org.city)
            self.notes_edit.setPlainText(org.notes)
            self._version = org.version_id
            self.setWindowTitle(self.tr("Bearbeiten: %1").replace("%1", org.name))

    def save(self) -> bool:
        name, municipality = self.name_edit.text(), self.municipality_box.isChecked()
        state, city = self.state.currentData(), self.city_edit.text()
        notes, text = self.notes_edit.toPlainText(), self.population_edit.text()
        org_id, version = self.organisation_id, self._version
        not_a_number = self.tr("Die Einwohnerzahl muss eine ganze Zahl sein.")

        if org_id is None:
            outcome = self.op(lambda orm: add_organisation(
                orm, name=name, municipality=municipality, federal_state=state,
                population=_number(text, not_a_number), city=city)).run()
        else:
            def change(expected: int | None) -> Callable[[Any], Any]:
                return lambda orm: update_organisation(
                    orm, org_id, name=name, municipality=municipality, federal_state=state,
                    population=_number(text, not_a_number), city=city, notes=notes,
                    expected_version=expected)

            # A change made elsewhere meanwhile: "reload or overwrite?" (never silently).
            outcome = self.op(change(version)).on_stale(
                reload=lambda: self.load(org_id), overwrite=change(None)).run()
        if outcome is None:
            return False
        self.organisation_id = outcome.value.id
        return True


class MunicipalitiesPage(TablePage):
    settings_key = "municipalities"
    list_name = QT_TRANSLATE_NOOP("MunicipalitiesPage", "Kommunen")
    stretch_last = False

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        # a double-click opens the municipality's record (the button still edits)
        self.table.doubleClicked.disconnect()
        self.table.doubleClicked.connect(lambda _index: self.open_record())
        from ui.municipality.reminders import RemindersPanel

        self.reminders = RemindersPanel(db, self)
        self.reminders.open_municipality.connect(self.open_record_of)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.reminders)

    def open_record_of(self, municipality_id: int) -> QWidget:
        from ui.municipality.record import MunicipalityRecordDialog

        dialog = MunicipalityRecordDialog(self.db, municipality_id, self)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def open_record(self) -> QWidget | None:
        """Show the record of the selected municipality (other organisations: the editor)."""
        object_id = self.current_id()
        if object_id is None:
            return None
        with self.db.reading() as orm:
            is_municipality = get(orm, Organisation, object_id).is_municipality
        if not is_municipality:
            self.edit_item(object_id)
            return None
        from ui.municipality.record import MunicipalityRecordDialog

        dialog = MunicipalityRecordDialog(self.db, object_id, self)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def make_model(self) -> LazyTableModel:
        # The page is "Kommunen": other organisations (offices, agencies) only on request;
        # they are created and edited nowhere else, so they stay reachable here.
        return OrganisationsModel(self.db, self, municipalities_only=True)

    def extra_filters(self, bar: QHBoxLayout) -> None:
        self.with_organisations = QCheckBox(self.tr("auch andere Organisationen zeigen"))
        self.with_organisations.setToolTip(self.tr(
            "Zeigt neben den Kommunen auch Organisationen wie Büros und Agenturen, "
            "etwa um sie zu bearbeiten"))
        self.with_organisations.toggled.connect(self._toggle_kind)
        bar.addWidget(self.with_organisations)
        self.record_button = QPushButton(self.tr("Akte…"))
        self.record_button.setToolTip(self.tr("Akte der Kommune öffnen (Doppelklick)"))
        self.record_button.clicked.connect(lambda: self.open_record())
        bar.addWidget(self.record_button)

    def _toggle_kind(self, on: bool) -> None:
        model = self.model
        assert isinstance(model, OrganisationsModel)
        model.municipalities_only = not on
        self.reload()
        self.apply_search()

    def set_default_widths(self) -> None:
        for column, width in enumerate((320, 110, 190, 110, 90)):
            self.table.setColumnWidth(column, width)

    def new_item(self) -> None:
        dialog = OrganisationEditorDialog(self.db, None, self)
        if dialog.exec():
            self._show_saved(dialog)

    def edit_item(self, object_id: int) -> None:
        dialog = OrganisationEditorDialog(self.db, object_id, self)
        if dialog.exec():
            self._show_saved(dialog)

    def _show_saved(self, dialog: OrganisationEditorDialog) -> None:
        """Select what was saved; an organisation that is no municipality shows the others."""
        if not dialog.municipality_box.isChecked():
            self.with_organisations.setChecked(True)
        self.select_id(dialog.organisation_id)


class VenueEditorDialog(EditorDialog):
    def __init__(self, db: Database, venue_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, "", parent)
        self.venue_id = venue_id
        self._version: int | None = None
        self.name_edit = QLineEdit()
        self.street_edit = QLineEdit()
        self.postcode_edit = QLineEdit()
        self.city_edit = QLineEdit()
        self.state = state_combo()
        self.capacity_edit = QLineEdit()
        self.notes_edit = text_area()
        self.notes_edit.setFixedHeight(70)
        self.directions_edit = text_area()
        self.directions_edit.setFixedHeight(70)
        self.directions_edit.setPlaceholderText(self.tr(
            "z. B. Straßenbahn 4 bis Markt; Eingang neben dem Café (steht in den Erinnerungen "
            "an Teilnehmende)"))
        self.form.addRow(self.tr("Name:"), self.name_edit)
        self.form.addRow(self.tr("Straße:"), self.street_edit)
        self.form.addRow(self.tr("PLZ:"), self.postcode_edit)
        self.form.addRow(self.tr("Stadt:"), self.city_edit)
        self.form.addRow(self.tr("Bundesland:"), self.state)
        self.form.addRow(self.tr("Plätze:"), self.capacity_edit)
        self.form.addRow(self.tr("Anfahrt:"), self.directions_edit)
        self.form.addRow(self.tr("Notizen:"), self.notes_edit)
        self.finish_layout()
        self.setWindowTitle(self.tr("Neuer Veranstaltungsort"))
        if venue_id is not None:
            self.load(venue_id)

    def load(self, venue_id: int) -> None:
        """Show the stored state (also after "changed by someone else" → Neu laden)."""
        with self.db.reading() as orm:
            venue = get(orm, Venue, venue_id)
            for edit, value in ((self.name_edit, venue.name),
                                (self.street_edit, venue.street),
                                (self.postcode_edit, venue.postcode),
                                (self.city_edit, venue.city),
                                (self.capacity_edit, str(venue.capacity or ""))):
                edit.setText(value)
            self.state.setCurrentIndex(max(self.state.findData(venue.federal_state), 0))
            self.notes_edit.setPlainText(venue.notes)
            self.directions_edit.setPlainText(venue.directions)
            self._version = venue.version_id
            self.setWindowTitle(self.tr("Bearbeiten: %1").replace("%1", venue.name))

    def save(self) -> bool:
        values = dict(name=self.name_edit.text(), street=self.street_edit.text(),
                      postcode=self.postcode_edit.text(), city=self.city_edit.text(),
                      federal_state=self.state.currentData(),
                      notes=self.notes_edit.toPlainText(),
                      directions=self.directions_edit.toPlainText())
        text, venue_id, version = self.capacity_edit.text(), self.venue_id, self._version
        not_a_number = self.tr("Die Kapazität muss eine ganze Zahl sein.")

        if venue_id is None:
            outcome = self.op(lambda orm: add_venue(
                orm, capacity=_number(text, not_a_number), **values)).run()
        else:
            def change(expected: int | None) -> Callable[[Any], Any]:
                return lambda orm: update_venue(
                    orm, venue_id, capacity=_number(text, not_a_number),
                    expected_version=expected, **values)

            outcome = self.op(change(version)).on_stale(
                reload=lambda: self.load(venue_id), overwrite=change(None)).run()
        if outcome is None:
            return False
        self.venue_id = outcome.value.id
        return True


class VenuesPage(TablePage):
    settings_key = "venues"
    list_name = QT_TRANSLATE_NOOP("VenuesPage", "Veranstaltungsorte")
    stretch_last = False

    def make_model(self) -> LazyTableModel:
        return VenuesModel(self.db, self)

    def set_default_widths(self) -> None:
        for column, width in enumerate((320, 240, 70, 160, 60, 70)):
            self.table.setColumnWidth(column, width)

    def new_item(self) -> None:
        dialog = VenueEditorDialog(self.db, None, self)
        if dialog.exec():
            self.select_id(dialog.venue_id)

    def edit_item(self, object_id: int) -> None:
        dialog = VenueEditorDialog(self.db, object_id, self)
        if dialog.exec():
            self.select_id(dialog.venue_id)
