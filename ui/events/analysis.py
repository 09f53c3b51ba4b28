"""Forms for the end of an analysis process: dossier notes and cooperation agreement."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.models.enums import EventFormat
from planner.usecases.event_details import AgreementPlan, DossierPlan
from ui.date_edit import DateEdit
from ui.models.labels import AGREEMENT_STATUS_LABELS, agreement_status_label, format_label
from ui.widgets import pydate, qdate, text_area


def _text(placeholder: str) -> QPlainTextEdit:
    edit = text_area()
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(80)
    return edit


class DossierForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.starting_situation = _text(self.tr("Wie ist die Lage in der Kommune?"))
        self.fields_of_action = _text(self.tr("Welche Handlungsfelder wurden erkannt?"))
        self.work_packages = _text(self.tr("Welche Arbeitspakete folgen daraus?"))
        layout = QFormLayout(self)
        layout.addRow(self.tr("Ausgangslage"), self.starting_situation)
        layout.addRow(self.tr("Handlungsfelder"), self.fields_of_action)
        layout.addRow(self.tr("Arbeitspakete"), self.work_packages)

    def plan(self) -> DossierPlan:
        return DossierPlan(self.starting_situation.toPlainText(),
                           self.fields_of_action.toPlainText(),
                           self.work_packages.toPlainText())

    def is_empty(self) -> bool:
        p = self.plan()
        return not (p.starting_situation.strip() or p.fields_of_action.strip()
                    or p.work_packages.strip())

    def load(self, data: dict[str, object] | None) -> None:
        if data:
            self.starting_situation.setPlainText(str(data["starting_situation"]))
            self.fields_of_action.setPlainText(str(data["fields_of_action"]))
            self.work_packages.setPlainText(str(data["work_packages"]))


class AgreementForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goals = _text(self.tr("Ein Ziel je Zeile"))
        self.formats: dict[str, QCheckBox] = {}
        formats_row = QHBoxLayout()
        for fmt in EventFormat:
            if fmt == EventFormat.ANALYSIS:
                continue
            box = QCheckBox(format_label(fmt.value))
            self.formats[fmt.value] = box
            formats_row.addWidget(box)
        formats_row.addStretch()
        today = date.today()
        self.start_date = DateEdit(qdate(today))
        self.end_date = DateEdit(qdate(date(today.year + 1, 12, 31)))
        for d in (self.start_date, self.end_date):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd.MM.yyyy")
        period = QHBoxLayout()
        period.addWidget(self.start_date)
        period.addWidget(self.end_date)
        period.addStretch()
        self.status = QComboBox()
        for code in AGREEMENT_STATUS_LABELS:
            self.status.addItem(agreement_status_label(code), code)
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.goals.setMaximumHeight(160)
        self.enabled = QCheckBox(self.tr("Kooperationsvereinbarung erfassen"))
        outer = QVBoxLayout(self)
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(layout)
        outer.addStretch()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addStretch()
        layout.addRow(self.enabled)
        layout.addRow(self.tr("Ziele"), self.goals)
        layout.addRow(self.tr("Vereinbarte Formate"), formats_row)
        layout.addRow(self.tr("Zeitraum"), period)
        layout.addRow(self.tr("Status"), status_row)
        self.enabled.toggled.connect(self._sync)
        self._sync(False)

    def _sync(self, on: bool) -> None:
        for w in [self.goals, self.start_date, self.end_date, self.status,
                  *self.formats.values()]:
            w.setEnabled(on)

    def plan(self) -> AgreementPlan | None:
        if not self.enabled.isChecked():
            return None
        goals = [g.strip() for g in self.goals.toPlainText().splitlines() if g.strip()]
        return AgreementPlan(
            goals=goals,
            agreed_formats=[code for code, box in self.formats.items() if box.isChecked()],
            start_date=pydate(self.start_date.date()), end_date=pydate(self.end_date.date()),
            status=self.status.currentData(),
        )

    def load(self, data: dict[str, object] | None) -> None:
        if not data:
            return
        self.enabled.setChecked(True)
        self.goals.setPlainText("\n".join(data["goals"]))  # type: ignore[arg-type]
        for code, box in self.formats.items():
            box.setChecked(code in data["agreed_formats"])  # type: ignore[operator]
        if isinstance(data["start_date"], date):
            self.start_date.setDate(qdate(data["start_date"]))
        if isinstance(data["end_date"], date):
            self.end_date.setDate(qdate(data["end_date"]))
        self.status.setCurrentIndex(max(0, self.status.findData(data["status"])))

