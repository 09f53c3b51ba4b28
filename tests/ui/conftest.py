"""UI test fixtures: isolated QSettings, a plan database with two offices' events."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from planner.storage.database import Database
from planner.usecases.people import add_person, add_venue
from planner.usecases.planning import EventPlan, SessionPlan, create_event
from tests.factories import SeriesFixture, make_series


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp):  # noqa: ANN001
    """Window geometry, column widths and language go to a per-test INI file."""
    QCoreApplication.setOrganizationName("TransferplanerTest")
    QCoreApplication.setApplicationName("TransferplanerTest")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield


@pytest.fixture
def quiet_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes answer "Yes" without showing; their texts are recorded in order."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


@dataclass
class WarningsAnswer:
    """What the warnings dialog (ui.warnings_dialog) answers in tests, and what it showed:
    the warnings of every time it was asked."""

    choice: str = "save"
    shown: list[list] = field(default_factory=list)

    def texts(self) -> list[str]:
        return ["\n".join(w.message for w in ws) for ws in self.shown]


@pytest.fixture(autouse=True)
def warnings_answer(monkeypatch: pytest.MonkeyPatch) -> WarningsAnswer:
    """The warnings dialog answers "Trotzdem speichern" without showing (set `.choice` to
    "other" or "cancel"); tests of the dialog itself build it directly."""
    from ui import warnings_dialog

    answer = WarningsAnswer()

    def ask(_parent: object, warnings: list, **_kwargs: object) -> str:
        answer.shown.append(list(warnings))
        return answer.choice

    monkeypatch.setattr(warnings_dialog, "ask_warnings", ask)
    return answer


@dataclass
class PlanData:
    series: SeriesFixture
    conference_id: int
    conference_session_id: int
    hamburg_trainer_id: int


def make_plan_data(db: Database) -> PlanData:
    """A Berlin series in March/April 2027 and a Hamburg conference on 10 March 2027."""
    series = make_series(db, persons=4)
    with db.transaction() as orm:
        venue = add_venue(orm, name="Körber-Forum", street="Kehrwieder 12", postcode="20457",
                          city="Hamburg", federal_state="HH").value
        speaker = add_person(orm, first_name="Heiner", last_name="Brügge",
                             email="h.bruegge@example.org", roles=["trainer"]).value
        plan = EventPlan(format="conference", title="Fachtagung Bildungsmonitoring Nord",
                         office="hamburg", sessions=[SessionPlan(
                             start=datetime(2027, 3, 10, 10, 0), end=datetime(2027, 3, 10, 17, 0),
                             title="Tagungstag", venue_id=venue.id, trainer_ids=[speaker.id])])
        event = create_event(orm, plan, force=True).value
        return PlanData(series, event.id, event.sessions[0].id, speaker.id)


@pytest.fixture
def plan_data(db: Database) -> PlanData:
    return make_plan_data(db)


@pytest.fixture(autouse=True)
def german_locale():
    """The window's default language, as ui.app.install_translators sets it at start: tests
    see German dates and numbers unless they switch to English themselves."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(previous)


def issue_in_wizard(qtbot, wizard, folder: Path):  # noqa: ANN001, ANN201
    """Press "Bescheinigungen ausstellen" on the wizard's last page, wait for the result."""
    from PySide6.QtCore import Qt

    issue = wizard.issue_page
    issue.folder_edit.setText(str(folder))
    qtbot.mouseClick(issue.issue_button, Qt.MouseButton.LeftButton)
    assert issue.op is not None and issue.op.wait(180_000)
    qtbot.waitUntil(lambda: issue.result is not None, timeout=30_000)
    return issue.result
