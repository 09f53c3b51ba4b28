"""People page: 50,000 persons, searched in SQL as one types."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton

from ui.models.base import LazyTableModel
from ui.models.people import PersonsModel
from ui.pages.person_editor import PersonEditorDialog
from ui.pages.table_page import TablePage
from ui.widgets import name_field


class PeoplePage(TablePage):
    settings_key = "persons"
    list_name = QT_TRANSLATE_NOOP("PeoplePage", "Personen")
    search_in_sql = True

    def make_model(self) -> LazyTableModel:
        return PersonsModel(self.db, self)

    def extra_filters(self, bar: QHBoxLayout) -> None:
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("Alle Rollen"), None)
        self.role_filter.addItem(self.tr("Teilnehmende"), "participant")
        self.role_filter.addItem(self.tr("Referent:innen"), "trainer")
        self.role_filter.addItem(self.tr("Team"), "staff")
        self.role_filter.currentIndexChanged.connect(lambda _i: self.apply_search())
        bar.addWidget(name_field(self.role_filter, self.tr("Rolle")))
        self.merge_button = QPushButton(self.tr("Zusammenführen…"))
        self.merge_button.setToolTip(self.tr("Zwei Datensätze derselben Person zusammenführen"))
        self.merge_button.clicked.connect(lambda: self.merge_persons())
        bar.addWidget(self.merge_button)

    def reload(self) -> None:
        model = self.model
        assert isinstance(model, PersonsModel)
        role = self.role_filter.currentData() if hasattr(self, "role_filter") else None
        model.set_filter(self.search.text(), role)
        self.update_count()

    def merge_persons(self, other_id: int | None = None) -> None:
        from ui.people.merge_dialog import MergeDialog

        dialog = MergeDialog(self.db, self.current_id(), other_id, self)
        if dialog.exec():
            self.select_id(dialog.kept_id)

    def set_default_widths(self) -> None:
        for column, width in enumerate((170, 150, 240, 260)):
            self.table.setColumnWidth(column, width)

    def new_item(self) -> None:
        dialog = PersonEditorDialog(self.db, None, self)
        if dialog.exec():
            self.select_id(dialog.person_id)

    def edit_item(self, object_id: int) -> None:
        dialog = PersonEditorDialog(self.db, object_id, self)
        if dialog.exec():
            self.select_id(dialog.person_id)
