"""Someone turned up without a place: find or create the person, then book them for the
session on the day and mark them present in one step (planner.usecases.walk_in)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from planner.storage.database import Database
from planner.usecases.walk_in import record_walk_in
from ui.operations import Op, show_error
from ui.registrations.add_dialog import AddRegistrationDialog


class WalkInDialog(AddRegistrationDialog):
    """The registration dialog's person search and creation, for one session."""

    def __init__(self, db: Database, event_id: int, session_id: int, session_label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(db, event_id, parent)
        self.session_id = session_id
        self.setWindowTitle(self.tr("Vor Ort hinzugekommen – {0}").format(session_label))
        self.book_box.hide()
        note = QLabel(self.tr(
            "Die Person wird für „{0}“ angemeldet (auch wenn der Termin voll ist) und als "
            "anwesend erfasst. Sie erscheint danach auf allen Listen, Bescheinigungen und "
            "in der Statistik.").format(session_label))
        note.setWordWrap(True)
        self.layout().insertWidget(1, note)
        self.register_button.setText(self.tr("Anmelden und anwesend"))

    def register(self) -> bool:
        if self.person_id is None:
            show_error(self, self.tr("Bitte zuerst eine Person suchen oder anlegen."))
            return False
        session_id, person_id = self.session_id, self.person_id
        outcome = Op(self, self.db, lambda orm: record_walk_in(orm, session_id, person_id)).run()
        if outcome is None:
            return False
        self.accept()
        return True
