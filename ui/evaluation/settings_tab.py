"""The settings page's feedback tab: the anonymity threshold and the questionnaire of each
format (with the item library)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.evaluation.anonymity import MAX_THRESHOLD, MIN_THRESHOLD, anonymity_threshold
from planner.models import EventFormat
from planner.settings import EVALUATION_MIN_ANSWERS
from planner.storage.database import Database
from planner.usecases.masterdata import update_settings
from planner.usecases.outcome import Change
from ui.evaluation.editor import QuestionnaireEditor
from ui.models.labels import format_label
from ui.operations import Op, watch_changes
from ui.widgets import buddy_label, label_failure, show_in_label


class FeedbackSettings(QWidget):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.threshold = QSpinBox()
        self.threshold.setRange(MIN_THRESHOLD, MAX_THRESHOLD)
        self.threshold.setSuffix(self.tr(" Rückmeldungen"))
        self.threshold_button = QPushButton(self.tr("Mindestzahl speichern"))
        self.threshold_button.clicked.connect(lambda: self.save_threshold())
        self.threshold_message = QLabel()
        note = QLabel(self.tr(
            "Auswertungen mit weniger Rückmeldungen zeigen keine Zahlen, damit niemand einer "
            "Antwort zugeordnet werden kann (in der App, im PDF, in Excel, im Bericht und in "
            "der Akte einer Kommune). Nie unter 3."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555")
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("Mindestzahl an Rückmeldungen für eine Auswertung:"),
                                  self.threshold))
        row.addWidget(self.threshold)
        row.addWidget(self.threshold_button)
        row.addWidget(self.threshold_message, 1)
        self.format_combo = QComboBox()
        for fmt in EventFormat:
            self.format_combo.addItem(format_label(str(fmt)), str(fmt))
        format_row = QHBoxLayout()
        format_row.addWidget(buddy_label(self.tr("Fragebogen für das Format:"),
                                         self.format_combo))
        format_row.addWidget(self.format_combo)
        format_row.addStretch(1)
        self.editor = QuestionnaireEditor(db, fmt=str(next(iter(EventFormat))))
        self.format_combo.currentIndexChanged.connect(
            lambda _i: self.editor.set_format(self.format_combo.currentData()))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addLayout(format_row)
        layout.addWidget(self.editor, 1)
        self.reload()
        watch_changes(self, db, {Change.SETTINGS}, self.load_threshold)

    def reload(self) -> None:
        self.load_threshold()
        self.editor.load()

    def load_threshold(self) -> None:
        with self.db.reading() as orm:
            self.threshold.setValue(anonymity_threshold(orm))

    def save_threshold(self) -> bool:
        value = self.threshold.value()
        done = Op(self, self.db, lambda orm: update_settings(
            orm, {EVALUATION_MIN_ANSWERS.key: value})).quiet() \
            .failure(label_failure(self.threshold_message)).run() is not None
        if done:
            show_in_label(self.threshold_message, self.tr("Gespeichert."), True)
        return done
