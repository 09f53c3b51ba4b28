"""Does everything fit on a small screen? Builds the main window with demo data, visits every
page and tab, opens each main dialog and reports what is larger than the screen or hides its
buttons.

Used in-process at 100 % (tests/ui/test_screen_fit.py) and as a script in a subprocess at
150 % scaling, where QT_SCALE_FACTOR must be set before the QApplication exists:

    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1.5 python -m tests.ui.scale_probe DB OUT W H

prints a JSON object {"problems": [...], "checked": [...]} on stdout.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QScrollArea,
    QTabWidget,
    QWidget,
    QWizard,
)

from planner.storage.database import Database


@dataclass(frozen=True)
class Limit:
    width: int
    height: int

    def size(self) -> QSize:
        return QSize(self.width, self.height)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _too_big(size: QSize, limit: Limit) -> bool:
    return size.width() > limit.width or size.height() > limit.height


def _buttons(dialog: QWidget) -> list[QWidget]:
    """The buttons that close or advance the dialog: its button boxes' (or the wizard's)."""
    if isinstance(dialog, QWizard):
        found = []
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            button = dialog.button(which)
            if button is not None and button.isVisible():
                found.append(button)
        return found
    boxes = [box for box in dialog.findChildren(QDialogButtonBox) if box.isVisibleTo(dialog)]
    return [button for box in boxes for button in box.buttons() if button.isVisibleTo(dialog)]


def _in_scroll_area(widget: QWidget, dialog: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def check_window(name: str, window: QWidget, limit: Limit,
                 shots: Path | None = None) -> list[dict]:
    """What is wrong with `window` (a shown dialog or page) on a screen of `limit`: its minimum
    or its size (as the window chose it) larger than the screen, buttons outside the visible
    area or in a scroll area."""
    problems: list[dict] = []
    settle()
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    if _too_big(minimum, limit):
        problems.append({"window": name, "problem": "minimum",
                         "size": [minimum.width(), minimum.height()]})
    size = window.size()
    if _too_big(size, limit):
        problems.append({"window": name, "problem": "size", "size": [size.width(), size.height()]})
    visible = QRect(QPoint(0, 0), size.boundedTo(limit.size()))
    for button in _buttons(window):
        where = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        if not visible.contains(where):
            problems.append({"window": name, "problem": "button outside",
                             "button": button.text(), "at": [where.x(), where.y()]})
        if _in_scroll_area(button, window):
            problems.append({"window": name, "problem": "button in scroll area",
                             "button": button.text()})
    if shots is not None:
        window.grab().save(str(shots / f"{name}.png"))
    return problems


@dataclass
class DemoIds:
    series_id: int
    session_id: int
    session_title: str
    session_start: datetime
    session_end: datetime
    person_id: int
    other_person_id: int
    municipality_id: int
    organisation_id: int
    venue_id: int
    by_format: dict[str, int]
    outbox_id: int | None


def demo_ids(db: Database) -> DemoIds:
    from sqlalchemy import func, select

    from planner.models.events import Event, Session
    from planner.models.master import Organisation, Person, Venue
    from planner.models.outbox import OutboxMessage

    with db.reading() as orm:
        # the series with the most sessions: the longest editor
        count = func.count(Session.id)
        series_id = orm.execute(select(Session.event_id).group_by(Session.event_id)
                                .order_by(count.desc(), Session.event_id)).scalars().first()
        event = orm.get(Event, series_id)
        assert event is not None
        session = min(event.sessions, key=lambda s: s.start)
        persons = orm.execute(select(Person.id).order_by(Person.id).limit(2)).scalars().all()
        organisations = orm.execute(select(Organisation).order_by(Organisation.id)).scalars().all()
        municipality = next(o for o in organisations if o.kind == "municipality")
        other = next((o for o in organisations if o.kind != "municipality"), municipality)
        venue_id = orm.execute(select(Venue.id).order_by(Venue.id)).scalars().first()
        by_format: dict[str, int] = {}
        for event_id, fmt in orm.execute(select(Event.id, Event.format).order_by(Event.id)):
            by_format.setdefault(fmt, event_id)
        outbox_id = orm.execute(select(OutboxMessage.id).order_by(OutboxMessage.id)
                                ).scalars().first()
        return DemoIds(series_id, session.id, f"{event.title} – {session.title}",
                       session.start, session.end, persons[0], persons[1], municipality.id,
                       other.id, venue_id, by_format, outbox_id)


def dialog_factories(db: Database, ids: DemoIds) -> dict[str, Callable[[], QWidget]]:
    """The main dialogs, each built the way its page opens it, with demo data."""
    from planner.checks import PlanWarning
    from ui.about import AboutDialog
    from ui.attendance.walk_in import WalkInDialog
    from ui.diagnostics import CrashDialog
    from ui.evaluation.editor import ItemDialog, QuestionnaireDialog
    from ui.evaluation.import_dialog import SurveyImportDialog
    from ui.events.copy_dialog import CopyEventDialog
    from ui.events.editor import EventEditorDialog
    from ui.events.window import EventWindow
    from ui.exports.wizard import CertificatesWizard
    from ui.gdpr.page import GdprDialog
    from ui.imports.dialog import ImportDialog
    from ui.mail.caldav_dialog import CalDavDialog
    from ui.mail.send_dialog import SendDialog
    from ui.municipality.agreement_dialog import AgreementDialog
    from ui.municipality.record import MunicipalityRecordDialog
    from ui.outbox.dialogs import MessageEditDialog
    from ui.pages.masterdata import OrganisationEditorDialog, VenueEditorDialog
    from ui.pages.person_editor import PersonEditorDialog
    from ui.people.merge_dialog import MergeDialog
    from ui.plan.move_dialog import MoveSessionDialog
    from ui.registrations.add_dialog import AddRegistrationDialog
    from ui.registrations.cancel_dialog import CancelRegistrationDialog
    from ui.warnings_dialog import WarningsDialog
    from ui.welcome import WelcomeDialog

    path = str(db.path or "transferplaner.sqlite")
    warnings = [PlanWarning("holiday", "Der 24.12.2027 ist ein Feiertag (Heiligabend)."),
                PlanWarning("venue_busy", "Der Ort ist am 24.12.2027 bereits belegt: "
                            "„Netzwerk on Tour – Treffen 2“.", subject="Körber-Forum")]
    warnings += [PlanWarning("person_busy", f"Am 24.12.2027 bereits bei „Coaching {n}“.",
                             subject=f"Teilnehmerin {n}") for n in range(12)]
    factories: dict[str, Callable[[], QWidget]] = {
        "event_window": lambda: EventWindow(db, ids.series_id),
        "event_editor": lambda: EventEditorDialog(db, ids.series_id),
        "event_editor_new": lambda: EventEditorDialog(db, None, "training_series"),
        "move_session": lambda: MoveSessionDialog(ids.session_title, ids.session_start,
                                                  ids.session_end, followers=5),
        "add_registration": lambda: AddRegistrationDialog(db, ids.series_id),
        "walk_in": lambda: WalkInDialog(db, ids.series_id, ids.session_id, ids.session_title),
        "cancel_registration": lambda: CancelRegistrationDialog("Kleinschmidt, Dorothea"),
        "certificates_wizard": lambda: CertificatesWizard(db, ids.series_id),
        "person_editor": lambda: PersonEditorDialog(db, ids.person_id),
        "person_editor_new": lambda: PersonEditorDialog(db, None),
        "organisation_editor": lambda: OrganisationEditorDialog(db, ids.organisation_id),
        "municipality_editor": lambda: OrganisationEditorDialog(db, ids.municipality_id),
        "venue_editor": lambda: VenueEditorDialog(db, ids.venue_id),
        "municipality_record": lambda: MunicipalityRecordDialog(db, ids.municipality_id),
        "agreement": lambda: AgreementDialog(db, ids.municipality_id),
        "merge": lambda: MergeDialog(db, ids.person_id, ids.other_person_id),
        "import": lambda: ImportDialog(db, ids.series_id),
        "survey_import": lambda: SurveyImportDialog(db, ids.series_id),
        "questionnaire": lambda: QuestionnaireDialog(db, event_id=ids.series_id),
        "questionnaire_item": lambda: ItemDialog(db),
        "send_mail": lambda: SendDialog(db, event_id=ids.series_id),
        "caldav": lambda: CalDavDialog(db),
        "gdpr": lambda: GdprDialog(db),
        "copy_event": lambda: CopyEventDialog(ids.session_title),
        "warnings": lambda: WarningsDialog(warnings),
        "welcome": lambda: WelcomeDialog(path),
        "about": lambda: AboutDialog(path),
        "crash": lambda: CrashDialog(),
    }
    for fmt, event_id in sorted(ids.by_format.items()):
        factories[f"event_editor_{fmt}"] = lambda event_id=event_id: EventEditorDialog(
            db, event_id)
    if ids.outbox_id is not None:
        outbox_id = ids.outbox_id
        factories["outbox_message"] = lambda: MessageEditDialog(db, outbox_id)
    return factories


@contextmanager
def shown(dialog: QWidget) -> Iterator[QWidget]:
    dialog.show()
    try:
        yield dialog
    finally:
        dialog.close()
        dialog.deleteLater()
        settle()


def check_dialogs(db: Database, limit: Limit, shots: Path | None = None) -> tuple[list[dict],
                                                                                list[str]]:
    problems: list[dict] = []
    checked: list[str] = []
    for name, factory in dialog_factories(db, demo_ids(db)).items():
        with shown(factory()) as dialog:
            if isinstance(dialog, QWizard):
                for step in range(len(dialog.pageIds())):
                    problems += check_window(f"{name}_{step + 1}", dialog, limit, shots)
                    checked.append(f"{name}_{step + 1}")
                    dialog.next()
                continue
            tabs = dialog.findChildren(QTabWidget)
            problems += check_window(name, dialog, limit, shots)
            checked.append(name)
            for holder in tabs:
                for index in range(1, holder.count()):
                    holder.setCurrentIndex(index)
                    label = f"{name}_{holder.tabText(index)}".replace(" ", "_").replace("&", "")
                    problems += check_window(label, dialog, limit, shots)
                    checked.append(label)
    return problems, checked


def check_main_window(db: Database, limit: Limit, shots: Path | None = None) -> tuple[list[dict],
                                                                                     list[str]]:
    from ui.main_window import PAGES, MainWindow

    problems: list[dict] = []
    checked: list[str] = []
    window = MainWindow(db)
    window.show()
    problems += check_window("main_window", window, limit)  # its size at the first start
    checked.append("main_window")
    window.resize(limit.size())
    settle()
    for key in PAGES:
        page = window.show_page(key)
        for holder in [page] + page.findChildren(QTabWidget):
            count = holder.count() if isinstance(holder, QTabWidget) else 1
            for index in range(count):
                if isinstance(holder, QTabWidget):
                    holder.setCurrentIndex(index)
                    name = f"page_{key}_{holder.tabText(index)}"
                else:
                    name = f"page_{key}"
                name = name.replace(" ", "_").replace("&", "")
                found = check_window(name, window, limit, shots)
                problems += found
                checked.append(name)
                if found:
                    window.resize(limit.size())
                    settle()
    window.close()
    window.deleteLater()
    settle()
    return problems, checked


def main(argv: list[str]) -> int:
    """DB OUT W H: check everything against W × H; screenshots into OUT."""
    import tempfile

    from PySide6.QtCore import QCoreApplication, QLocale, QSettings

    db_path, out, width, height = argv[0], Path(argv[1]), int(argv[2]), int(argv[3])
    app = QApplication([])
    settings = tempfile.TemporaryDirectory(prefix="scale-probe-")
    QCoreApplication.setOrganizationName("TransferplanerTest")
    QCoreApplication.setApplicationName("TransferplanerTest")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings.name)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    from ui.app import install_translators

    install_translators(app, "de")
    from tests.ui.test_screenshots import _fill

    db = Database.open(db_path)
    _fill(db)
    out.mkdir(parents=True, exist_ok=True)
    limit = Limit(width, height)
    problems, checked = check_main_window(db, limit, out)
    more, also = check_dialogs(db, limit, out)
    screen = app.primaryScreen()
    print(json.dumps({"problems": problems + more, "checked": checked + also,
                      "scale": screen.devicePixelRatio(),
                      "screen": [screen.geometry().width(), screen.geometry().height()]}))
    db.close()
    settings.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
