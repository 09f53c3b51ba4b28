"""Registering a person: search existing persons or create one (duplicates found first),
then book the whole event or chosen sessions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.queries.event_forms import event_overview
from planner.queries.registrations import (
    PersonHit,
    active_bookings,
    organisation_choices,
    person_hit,
    possible_duplicates,
    search_persons,
)
from planner.storage.database import Database
from planner.usecases.people import add_person
from planner.usecases.registration import register
from ui.no_hits import no_hits_label, show_no_hits
from ui.operations import Op, show_error
from ui.pick_list import make_searchable
from ui.widgets import IdCombo


def _hit_text(hit: PersonHit, mark: str = "") -> str:
    """"Name – mark  (organisation · e-mail)": the mark beside the name stays in view."""
    name = f"{hit.name} – {mark}" if mark else hit.name
    extra = " · ".join(x for x in (hit.organisation, hit.email) if x)
    return f"{name}  ({extra})" if extra else name


class _Booked:
    """Translated marks for people who already hold a place (context of the dialog)."""

    REGISTERED = QT_TRANSLATE_NOOP("AddRegistrationDialog", "bereits angemeldet")
    WAITING = QT_TRANSLATE_NOOP("AddRegistrationDialog", "bereits auf der Warteliste")


class AddRegistrationDialog(QDialog):
    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.person_id: int | None = None
        self.registration_id: int | None = None
        # everyone booked while the dialog was open ("Anmelden und nächste Person")
        self.registered_person_ids: list[int] = []
        with db.reading() as orm:
            overview = event_overview(orm, event_id)
            orgs = organisation_choices(orm)
        self.setWindowTitle(self.tr("Anmeldung – {0}").format(overview.title))

        search_box = QGroupBox(self.tr("Vorhandene Person suchen"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Name, E-Mail oder Organisation"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMinimumHeight(120)
        self.search_edit.textChanged.connect(self.search)
        self.results.currentItemChanged.connect(self._picked)
        sl = QVBoxLayout(search_box)
        sl.addWidget(self.search_edit)
        sl.addWidget(self.results)
        self.no_hits_label = no_hits_label()
        sl.addWidget(self.no_hits_label)

        new_box = QGroupBox(self.tr("Neue Person"))
        self.first_edit = QLineEdit()
        self.last_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.org_combo = make_searchable(IdCombo(orgs, empty=self.tr("– keine –")))
        self.create_button = QPushButton(self.tr("Person anlegen"))
        self.create_button.clicked.connect(self.create_person)
        self.duplicate_label = QLabel()
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setStyleSheet("color: #a05a00;")
        self.duplicates = QListWidget()
        self.duplicates.setMaximumHeight(80)
        self.use_existing_button = QPushButton(self.tr("Vorhandene Person verwenden"))
        self.create_anyway_button = QPushButton(self.tr("Trotzdem neu anlegen"))
        self.use_existing_button.clicked.connect(self.use_duplicate)
        self.create_anyway_button.clicked.connect(lambda: self.create_person(confirmed=True))
        dup_buttons = QHBoxLayout()
        dup_buttons.addWidget(self.use_existing_button)
        dup_buttons.addWidget(self.create_anyway_button)
        dup_buttons.addStretch()
        nl = QFormLayout(new_box)
        nl.addRow(self.tr("Vorname"), self.first_edit)
        nl.addRow(self.tr("Nachname"), self.last_edit)
        nl.addRow(self.tr("E-Mail"), self.email_edit)
        nl.addRow(self.tr("Organisation"), self.org_combo)
        nl.addRow("", self.create_button)
        nl.addRow(self.duplicate_label)
        nl.addRow(self.duplicates)
        nl.addRow(dup_buttons)
        self._show_duplicates([])

        book_box = QGroupBox(self.tr("Buchung"))
        self.whole_radio = QRadioButton(self.tr("ganze Veranstaltung"))
        self.modules_radio = QRadioButton(self.tr("einzelne Termine:"))
        self.whole_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole_radio)
        group.addButton(self.modules_radio)
        bl = QVBoxLayout(book_box)
        bl.addWidget(self.whole_radio)
        bl.addWidget(self.modules_radio)
        self.session_checks: dict[int, QCheckBox] = {}
        for s in overview.sessions:
            box = QCheckBox(s.label + (self.tr(" (abgesagt)") if s.cancelled else ""))
            box.setEnabled(False)
            box.setProperty("cancelled", s.cancelled)
            self.session_checks[s.id] = box
            row = QHBoxLayout()
            row.addSpacing(22)
            row.addWidget(box)
            bl.addLayout(row)
        self.modules_radio.toggled.connect(self._sync_modules)

        self.selected_label = QLabel(self.tr("Noch keine Person gewählt."))
        buttons = QDialogButtonBox()
        self.register_button = buttons.addButton(self.tr("Anmelden"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        # Many people from one sign-up list: book one, and the search is ready for the next.
        self.register_next_button = buttons.addButton(
            self.tr("Anmelden und nächste Person"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(self.tr("Abbrechen"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.register_button.setEnabled(False)
        self.register_next_button.setEnabled(False)
        self.register_next_button.setAutoDefault(False)
        buttons.accepted.connect(self.register)
        buttons.rejected.connect(self.reject)
        self.register_next_button.clicked.connect(self.register_and_next)
        self.register_next_button.setToolTip(self.tr(
            "Strg+Eingabe: anmelden und gleich die nächste Person suchen"))
        # Down in the search field goes to the hits; Enter then books the chosen person.
        self.search_edit.installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(search_box, 1)
        top.addWidget(new_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(book_box)
        self.book_box = book_box
        layout.addWidget(self.selected_label)
        layout.addWidget(buttons)
        self.resize(900, 600)

    # ---- choosing a person ---------------------------------------------------------
    def search(self, text: str) -> None:
        self.results.clear()
        if len(text.strip()) < 2:
            show_no_hits(self.no_hits_label, "", 0)
            return
        with self.db.reading() as orm:
            hits = search_persons(orm, text)
            booked = active_bookings(orm, self.event_id)
        show_no_hits(self.no_hits_label, text, len(hits))
        for hit in hits:
            status = booked.get(hit.id)
            mark = "" if status is None else QCoreApplication.translate(
                "AddRegistrationDialog",
                _Booked.WAITING if status == "waiting" else _Booked.REGISTERED)
            item = QListWidgetItem(_hit_text(hit, mark), self.results)
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            if status is not None:
                item.setForeground(Qt.GlobalColor.darkGray)
        if len(hits) == 1:
            self.results.setCurrentRow(0)  # the one match is chosen: Enter books it

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Ctrl+Enter: "Anmelden und nächste Person" (Enter alone: "Anmelden")."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            if self.register_next_button.isEnabled():
                self.register_and_next()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.results.count()):
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.select_person(int(item.data(Qt.ItemDataRole.UserRole)))

    def select_person(self, person_id: int) -> None:
        with self.db.reading() as orm:
            hit = person_hit(orm, person_id)
        self.person_id = person_id
        self.selected_label.setText(self.tr("Ausgewählt: {0}").format(_hit_text(hit)))
        self.register_button.setEnabled(True)
        self.register_next_button.setEnabled(True)

    def _show_duplicates(self, hits: list[PersonHit]) -> None:
        self.duplicates.clear()
        for hit in hits:
            item = QListWidgetItem(_hit_text(hit), self.duplicates)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
        if hits:
            self.duplicates.setCurrentRow(0)
            self.duplicate_label.setText(self.tr(
                "Diese Person gibt es vermutlich schon. Bitte die vorhandene verwenden "
                "oder bestätigen, dass es eine andere Person ist."))
        else:
            self.duplicate_label.setText("")
        for w in (self.duplicate_label, self.duplicates, self.use_existing_button,
                  self.create_anyway_button):
            w.setVisible(bool(hits))

    def create_person(self, confirmed: bool = False) -> None:
        first, last = self.first_edit.text(), self.last_edit.text()
        email = self.email_edit.text().strip() or None
        if not confirmed:
            with self.db.reading() as orm:
                matches = possible_duplicates(orm, first, last, email)
            if matches:
                self._show_duplicates(matches)
                return
        organisation_id = self.org_combo.current_id()
        outcome = Op(self, self.db, lambda orm: add_person(
            orm, first_name=first, last_name=last, email=email,
            organisation_id=organisation_id)).quiet().run()
        if outcome is not None:
            self._show_duplicates([])
            self.select_person(outcome.value.id)

    def use_duplicate(self) -> None:
        item = self.duplicates.currentItem()
        if item is not None:
            self.select_person(int(item.data(Qt.ItemDataRole.UserRole)))
            self._show_duplicates([])

    # ---- booking ------------------------------------------------------------------------
    def _sync_modules(self, on: bool) -> None:
        for box in self.session_checks.values():
            box.setEnabled(on and not box.property("cancelled"))

    def chosen_session_ids(self) -> list[int] | None:
        if self.whole_radio.isChecked():
            return None
        return [sid for sid, box in self.session_checks.items() if box.isChecked()]

    def register(self) -> bool:
        """Book the chosen person and close."""
        if not self._book():
            return False
        self.accept()
        return True

    def register_and_next(self) -> bool:
        """Book the chosen person and stay open, the search emptied for the next one."""
        if not self._book():
            return False
        with self.db.reading() as orm:
            hit = person_hit(orm, self.registered_person_ids[-1])
        self.person_id = None
        self.register_button.setEnabled(False)
        self.register_next_button.setEnabled(False)
        for edit in (self.first_edit, self.last_edit, self.email_edit):
            edit.clear()
        self.search_edit.clear()
        self.whole_radio.setChecked(True)
        for box in self.session_checks.values():
            box.setChecked(False)
        self.close_button.setText(self.tr("Schließen"))
        self.selected_label.setText(
            self.tr("Angemeldet: {0} ({1} in diesem Fenster). Nächste Person suchen …")
            .format(hit.name, len(self.registered_person_ids)))
        self.search_edit.setFocus()
        return True

    def _book(self) -> bool:
        if self.person_id is None:
            show_error(self, self.tr("Bitte zuerst eine Person suchen oder anlegen."))
            return False
        session_ids = self.chosen_session_ids()
        if session_ids == []:
            show_error(self, self.tr("Bitte mindestens einen Termin ankreuzen."))
            return False
        person_id = self.person_id
        event_id = self.event_id
        outcome = Op(self, self.db, lambda orm, force: register(
            orm, event_id, person_id, session_ids, force=force)).run()
        if outcome is None:
            return False
        self.registration_id = outcome.value.id
        self.registered_person_ids.append(person_id)
        return True
