"""Editor for a cooperation agreement: status, office, period, agreed formats, goals list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.models import CooperationAgreement
from planner.queries.choices import office_choices
from planner.storage.database import Database
from planner.usecases.agreements import (
    AgreementData,
    agreement_data,
    create_agreement,
    update_agreement,
)
from ui.date_edit import DateEdit
from ui.editing import EditorDialog
from ui.models.labels import (
    AGREEMENT_STATUS_LABELS,
    FORMAT_LABELS,
    agreement_status_label,
    format_label,
)
from ui.widgets import text_area


def date_edit() -> DateEdit:
    """A date field that may stay empty."""
    return DateEdit(optional=True)


def date_value(edit: DateEdit) -> date | None:
    return edit.value()


def set_date(edit: DateEdit, value: date | None) -> None:
    edit.setValue(value)


class AgreementDialog(EditorDialog):
    def __init__(self, db: Database, municipality_id: int, agreement_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Neue Kooperationsvereinbarung"), parent)
        self.municipality_id = municipality_id
        self.agreement_id = agreement_id
        self._version: int | None = None
        self._event_id: int | None = None
        self.status = QComboBox()
        for code in AGREEMENT_STATUS_LABELS:
            self.status.addItem(agreement_status_label(code), code)
        self.office = QComboBox()
        self.office.addItem("—", None)
        with db.reading() as orm:
            for office_id, _code, city in office_choices(orm):
                self.office.addItem(city, office_id)
        self.start = date_edit()
        self.end = date_edit()
        self.signed = date_edit()
        self.format_boxes: dict[str, QCheckBox] = {}
        formats = QWidget()
        formats_layout = QVBoxLayout(formats)
        formats_layout.setContentsMargins(0, 0, 0, 0)
        for code in FORMAT_LABELS:
            box = QCheckBox(format_label(code))
            self.format_boxes[code] = box
            formats_layout.addWidget(box)
        goals = QWidget()
        goals_layout = QVBoxLayout(goals)
        goals_layout.setContentsMargins(0, 0, 0, 0)
        self.goals = QListWidget()
        self.goals.setObjectName("goalsList")
        self.goals.setMinimumHeight(110)
        goals_layout.addWidget(self.goals)
        buttons = QHBoxLayout()
        self.add_goal_button = QPushButton(self.tr("Ziel hinzufügen"))
        self.remove_goal_button = QPushButton(self.tr("Entfernen"))
        self.add_goal_button.clicked.connect(lambda: self.add_goal("", edit=True))
        self.remove_goal_button.clicked.connect(self.remove_goal)
        buttons.addWidget(self.add_goal_button)
        buttons.addWidget(self.remove_goal_button)
        buttons.addStretch(1)
        goals_layout.addLayout(buttons)
        self.notes = text_area()
        self.notes.setFixedHeight(60)
        self.form.addRow(self.tr("Status:"), self.status)
        self.form.addRow(self.tr("Zuständiger Standort:"), self.office)
        self.form.addRow(self.tr("Beginn:"), self.start)
        self.form.addRow(self.tr("Ende:"), self.end)
        self.form.addRow(self.tr("Unterzeichnet am:"), self.signed)
        self.form.addRow(self.tr("Vereinbarte Formate:"), formats)
        self.form.addRow(self.tr("Ziele:"), goals)
        self.form.addRow(self.tr("Notizen:"), self.notes)
        self.finish_layout()
        if agreement_id is not None:
            self._load(agreement_id)

    def _load(self, agreement_id: int) -> None:
        with self.db.reading() as orm:
            agreement = orm.get(CooperationAgreement, agreement_id)
            if agreement is None:
                return
            data = agreement_data(agreement)
            self._version = agreement.version_id
            name = agreement.municipality.name
        self.setWindowTitle(self.tr("Kooperationsvereinbarung – %1").replace("%1", name))
        self.status.setCurrentIndex(max(self.status.findData(data.status), 0))
        self.office.setCurrentIndex(max(self.office.findData(data.office), 0))
        set_date(self.start, data.start_date)
        set_date(self.end, data.end_date)
        set_date(self.signed, data.signed_on)
        for code, box in self.format_boxes.items():
            box.setChecked(code in data.agreed_formats)
        for goal in data.goals:
            self.add_goal(goal)
        self.notes.setPlainText(data.notes)
        self._event_id = data.event_id

    def add_goal(self, text: str, *, edit: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.goals.addItem(item)
        if edit:
            self.goals.setCurrentItem(item)
            self.goals.editItem(item)
        return item

    def remove_goal(self) -> None:
        row = self.goals.currentRow()
        if row >= 0:
            self.goals.takeItem(row)

    def goal_texts(self) -> list[str]:
        return [self.goals.item(i).text() for i in range(self.goals.count())]

    def data(self) -> AgreementData:
        return AgreementData(
            municipality_id=self.municipality_id, office=self.office.currentData(),
            goals=self.goal_texts(),
            agreed_formats=[c for c, box in self.format_boxes.items() if box.isChecked()],
            start_date=date_value(self.start), end_date=date_value(self.end),
            status=self.status.currentData(), signed_on=date_value(self.signed),
            notes=self.notes.toPlainText(), event_id=self._event_id)

    def save(self) -> bool:
        data, agreement_id, version = self.data(), self.agreement_id, self._version

        def action(orm):  # type: ignore[no-untyped-def]
            if agreement_id is None:
                return create_agreement(orm, data)
            return update_agreement(orm, agreement_id, data, expected_version=version)

        outcome = self.op(action).run()
        if outcome is None:
            return False
        self.agreement_id = outcome.value.id
        return True
