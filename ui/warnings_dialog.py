"""Every warning of a change in one readable dialog before it is saved: grouped (Ort,
Referent:in, Teilnehmende, Kalender, …), one bullet each, the participants collapsible;
"Trotzdem speichern", "Anderen Termin wählen", "Abbrechen"."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.holiday_names import warning_text

if TYPE_CHECKING:
    from planner.checks import PlanWarning

SAVE, OTHER, CANCEL = "save", "other", "cancel"

PARTICIPANTS_TITLE = QT_TRANSLATE_NOOP("WarningsDialog", "%1 Teilnehmende bereits angemeldet")
PARTICIPANT_TITLE = QT_TRANSLATE_NOOP("WarningsDialog", "1 Teilnehmer:in bereits angemeldet")
# (group title, warning codes), in the order shown
GROUPS = (
    (QT_TRANSLATE_NOOP("WarningsDialog", "Ort bereits belegt"), ("venue_double",)),
    (QT_TRANSLATE_NOOP("WarningsDialog", "Referent:in bereits eingeplant"), ("trainer_double",)),
    (PARTICIPANTS_TITLE,
     ("participant_double",)),
    (QT_TRANSLATE_NOOP("WarningsDialog", "Feiertage, Wochenenden, Uhrzeit"),
     ("holiday", "weekend", "ambiguous_time")),
    (QT_TRANSLATE_NOOP("WarningsDialog", "Plätze"), ("venue_capacity",)),
)
OTHERS = QT_TRANSLATE_NOOP("WarningsDialog", "Weitere Hinweise")
COLLAPSE_FROM = 3  # more participants than this: the list starts folded


def _tr(text: str) -> str:
    return QCoreApplication.translate("WarningsDialog", text)


def group_warnings(warnings: Sequence[PlanWarning]) -> list[tuple[str, list[PlanWarning]]]:
    """(translated group title, its warnings) in display order; duplicates dropped."""
    seen: set[tuple[str, str]] = set()
    unique = []
    for w in warnings:
        if (w.code, w.message) not in seen:
            seen.add((w.code, w.message))
            unique.append(w)
    groups: list[tuple[str, list[PlanWarning]]] = []
    placed: set[int] = set()
    for title, codes in GROUPS:
        members = [w for w in unique if w.code in codes]
        if members:
            placed.update(id(w) for w in members)
            people = len({w.subject or w.message for w in members})
            if title == PARTICIPANTS_TITLE and people == 1:
                title = PARTICIPANT_TITLE
            groups.append((_tr(title).replace("%1", str(people)), members))
    rest = [w for w in unique if id(w) not in placed]
    if rest:
        groups.append((_tr(OTHERS), rest))
    return groups


def _bullets(warnings: Sequence[PlanWarning]) -> str:
    items = "".join(f"<li>{escape(warning_text(w))}</li>" for w in warnings)
    return f"<ul style='margin-left: -20px'>{items}</ul>"


class WarningsDialog(QDialog):
    def __init__(self, warnings: Sequence[PlanWarning], parent: QWidget | None = None, *,
                 other_choice: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("warningsDialog")
        self.choice = CANCEL
        blocking = any(w.blocking for w in warnings)
        self.setWindowTitle(self.tr("Doppelbuchung") if blocking else self.tr("Bitte prüfen"))
        heading = QLabel("<b>" + (self.tr("Dieser Termin überschneidet sich mit anderen Buchungen.")
                                  if blocking else
                                  self.tr("Vor dem Speichern bitte prüfen:")) + "</b>")
        heading.setWordWrap(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.group_labels: dict[str, QLabel] = {}
        for title, members in group_warnings(warnings):
            body_layout.addWidget(self._group(title, members))
        body_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Trotzdem speichern"))
        self.save_button.setObjectName("saveAnywayButton")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button: QPushButton | None = None
        if other_choice:
            self.other_button = QPushButton(self.tr("Anderen Termin wählen"))
            self.other_button.setObjectName("otherDateButton")
            buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ResetRole)
            self.other_button.clicked.connect(lambda: self._done(OTHER))
        cancel = QPushButton(self.tr("Abbrechen"))
        cancel.setObjectName("cancelButton")
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(lambda: self._done(SAVE))
        cancel.clicked.connect(lambda: self._done(CANCEL))
        (self.other_button or cancel).setDefault(True)
        (self.other_button or cancel).setFocus()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(620, min(560, 160 + 60 * len(self.group_labels)
                             + 22 * len(list(warnings))))

    def _group(self, title: str, members: list[PlanWarning]) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(0)
        text = QLabel(_bullets(members))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.group_labels[title] = text
        header = QToolButton()
        header.setObjectName("warningGroup")
        header.setText(title)
        header.setStyleSheet("QToolButton { font-weight: bold; border: none; }")
        header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        header.setCheckable(True)
        folded = members[0].code == "participant_double" and len(members) > COLLAPSE_FROM
        header.setChecked(not folded)
        header.setArrowType(Qt.ArrowType.DownArrow if not folded else Qt.ArrowType.RightArrow)
        text.setVisible(not folded)

        def toggle(on: bool) -> None:
            text.setVisible(on)
            header.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

        header.toggled.connect(toggle)
        layout.addWidget(header)
        layout.addWidget(text)
        return box

    def _done(self, choice: str) -> None:
        self.choice = choice
        if choice == SAVE:
            self.accept()
        else:
            self.reject()


def ask_warnings(parent: QWidget | None, warnings: Sequence[PlanWarning], *,
                 other_choice: bool = True) -> str:
    """SAVE, OTHER or CANCEL."""
    dialog = WarningsDialog(warnings, parent, other_choice=other_choice)
    dialog.exec()
    return dialog.choice
