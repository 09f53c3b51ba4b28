"""Merging two person records: pick both, compare them side by side, keep one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from planner.models import Attendance, Certificate, Person, Registration, SessionTrainer
from planner.queries.registrations import search_persons
from planner.storage.database import Database
from planner.usecases.merge import merge_persons
from ui.no_hits import no_hits_label, show_no_hits
from ui.operations import Op

# Texts of this module are translated in the context "MergeDialog".
_FIELDS = ((QT_TRANSLATE_NOOP("MergeDialog", "Name"), "name"),
           (QT_TRANSLATE_NOOP("MergeDialog", "E-Mail"), "email"),
           (QT_TRANSLATE_NOOP("MergeDialog", "Organisation"), "organisation"),
           (QT_TRANSLATE_NOOP("MergeDialog", "Funktion"), "function"),
           (QT_TRANSLATE_NOOP("MergeDialog", "Telefon"), "phone"),
           (QT_TRANSLATE_NOOP("MergeDialog", "Rollen"), "roles"),
           (QT_TRANSLATE_NOOP("MergeDialog", "Anmeldungen"), "registrations"),
           (QT_TRANSLATE_NOOP("MergeDialog", "Anwesenheiten"), "attendance"),
           (QT_TRANSLATE_NOOP("MergeDialog", "Bescheinigungen"), "certificates"),
           (QT_TRANSLATE_NOOP("MergeDialog", "Termine als Referent:in"), "trainer"))


_ROLE_LABELS = {"participant": QT_TRANSLATE_NOOP("MergeDialog", "Teilnehmende/r"),
                "trainer": QT_TRANSLATE_NOOP("MergeDialog", "Referent:in"),
                "staff": QT_TRANSLATE_NOOP("MergeDialog", "Team")}



def _numbered(name: str, person_id: int) -> str:
    return QCoreApplication.translate("MergeDialog", "%1 (Nr. %2)").replace(
        "%2", str(person_id)).replace("%1", name)


@dataclass
class PersonCard:
    id: int
    values: dict[str, str]


def person_card(orm: OrmSession, person_id: int) -> PersonCard | None:
    p = orm.get(Person, person_id)
    if p is None:
        return None

    def count(model: type, column: object) -> str:
        return str(orm.scalar(select(func.count()).select_from(model).where(
            column == person_id)) or 0)

    return PersonCard(p.id, {
        "name": _numbered(p.full_name, p.id), "email": p.email or "",
        "organisation": p.organisation.name if p.organisation else "",
        "function": p.function, "phone": p.phone,
        "roles": ", ".join(QCoreApplication.translate("MergeDialog", _ROLE_LABELS[r])
                           if r in _ROLE_LABELS else r for r in p.roles),
        "registrations": count(Registration, Registration.person_id),
        "attendance": count(Attendance, Attendance.person_id),
        "certificates": count(Certificate, Certificate.person_id),
        "trainer": count(SessionTrainer, SessionTrainer.person_id),
    })


class _PersonPicker(QGroupBox):
    def __init__(self, title: str, db: Database, dialog: MergeDialog) -> None:
        super().__init__(title)
        self.db = db
        self.dialog = dialog
        self.person_id: int | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name oder E-Mail suchen …"))
        self.search.setClearButtonEnabled(True)
        self.hits = QListWidget()
        self.hits.setMaximumHeight(110)
        self.search.textChanged.connect(self._search)
        self.hits.currentItemChanged.connect(self._picked)
        self.keep_radio = QRadioButton(self.tr("Diesen Datensatz behalten"))
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for label, key in _FIELDS:
            value = QLabel()
            value.setWordWrap(True)
            self.labels[key] = value
            form.addRow(QCoreApplication.translate("MergeDialog", label) + ":", value)
        layout = QVBoxLayout(self)
        self.no_hits_label = no_hits_label()
        layout.addWidget(self.search)
        layout.addWidget(self.hits)
        layout.addWidget(self.no_hits_label)
        layout.addLayout(form)
        layout.addWidget(self.keep_radio)

    def _search(self, text: str) -> None:
        self.hits.clear()
        if len(text.strip()) < 2:
            show_no_hits(self.no_hits_label, "", 0)
            return
        with self.db.reading() as orm:
            found = search_persons(orm, text, limit=30)
            show_no_hits(self.no_hits_label, text, len(found))
            for hit in found:
                extra = " · ".join(x for x in (hit.organisation, hit.email) if x)
                item = QListWidgetItem(_numbered(hit.name, hit.id)
                                       + (f" – {extra}" if extra else ""))
                item.setData(256, hit.id)
                self.hits.addItem(item)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.set_person(int(item.data(256)))

    def set_person(self, person_id: int | None) -> None:
        card = None
        if person_id is not None:
            with self.db.reading() as orm:
                card = person_card(orm, person_id)
        self.person_id = card.id if card else None
        for key, label in self.labels.items():
            label.setText(card.values.get(key, "") if card else "")
        self.dialog.sync()


class MergeDialog(QDialog):
    def __init__(self, db: Database, first_id: int | None = None,
                 second_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.kept_id: int | None = None
        self.setWindowTitle(self.tr("Personen zusammenführen"))
        self.resize(900, 560)
        self.left = _PersonPicker(self.tr("Person A"), db, self)
        self.right = _PersonPicker(self.tr("Person B"), db, self)
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.left.keep_radio)
        self.keep_group.addButton(self.right.keep_radio)
        self.left.keep_radio.setChecked(True)
        sides = QHBoxLayout()
        sides.addWidget(self.left)
        sides.addWidget(self.right)
        hint = QLabel(self.tr(
            "Anmeldungen, Anwesenheiten, Bescheinigungen und Termine als Referent:in des anderen "
            "Datensatzes werden übernommen; leere Felder werden ergänzt. Der andere Datensatz "
            "wird danach gelöscht. Die Zusammenführung wird protokolliert."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Zusammenführen"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(sides, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.left.set_person(first_id)
        self.right.set_person(second_id)
        self.sync()

    def sync(self) -> None:
        if not hasattr(self, "merge_button"):
            return
        a, b = self.left.person_id, self.right.person_id
        self.merge_button.setEnabled(a is not None and b is not None and a != b)

    def keep_and_drop(self) -> tuple[int, int] | None:
        a, b = self.left.person_id, self.right.person_id
        if a is None or b is None or a == b:
            return None
        return (a, b) if self.left.keep_radio.isChecked() else (b, a)

    def merge(self, confirm: bool = True) -> bool:
        pair = self.keep_and_drop()
        if pair is None:
            return False
        keep, drop = pair
        if confirm and QMessageBox.question(
                self, self.tr("Personen zusammenführen"),
                self.tr("Person Nr. {0} in Nr. {1} aufnehmen und Nr. {0} löschen?")
                .format(drop, keep)) != QMessageBox.StandardButton.Yes:
            return False
        import getpass

        outcome = Op(self, self.db, lambda orm: merge_persons(
            orm, keep, drop, user=getpass.getuser())).run()
        if outcome is None:
            return False
        self.kept_id = keep
        self.accept()
        return True
