"""The English UI: texts are extracted by lupdate under the context used at run time, and
every one of them is translated."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from planner.models.enums import (
    AGENDA_KIND_LABELS_DE,
    AGREEMENT_STATUS_LABELS_DE,
    ATTENDANCE_STATUS_LABELS_DE,
    FORMAT_LABELS_DE,
    REGISTRATION_STATUS_LABELS_DE,
    SESSION_KIND_LABELS_DE,
)
from planner.queries.attendance import attendance_grid
from planner.usecases.attendance import record_attendance
from tests.factories import make_series

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "transferplaner_en.ts"


@pytest.fixture
def english(qapp):  # noqa: ANN001
    """The English translators as `ui.app` installs them; German again afterwards."""
    from ui.app import install_translators

    previous = QLocale()
    translators = install_translators(qapp, "en")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def test_main_window_and_attendance_grid_in_english(english, qtbot, db):
    from ui.attendance.model import AttendanceModel
    from ui.main_window import MainWindow

    series = make_series(db, persons=2)
    with db.transaction() as orm:
        record_attendance(orm, series.session_ids[0], series.person_ids[0], "present")
    window = MainWindow(db)
    qtbot.addWidget(window)
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert nav[1] == "Events"  # "Veranstaltungen"
    assert window.menuBar().actions()[0].text() == "&File"
    # texts of a base class keep their context in the subclass (TablePage -> PeoplePage)
    people = window.show_page("people")
    assert people.new_button.text() == "New…"
    assert people.count_label.text().endswith("entries")

    model = AttendanceModel()
    with db.reading() as orm:
        model.set_grid(attendance_grid(orm, series.event_id))
    row = next(r for r, p in enumerate(model.persons) if p.id == series.person_ids[0])
    assert model.index(row, 0).data() == "present"  # "anwesend"
    extras = [model.headerData(len(model.sessions) + i, Qt.Orientation.Horizontal)
              for i in range(3)]
    assert extras == ["TU", "Rate", "Certificate"]


def test_module_level_texts_use_their_context(english, monkeypatch):
    from ui.models.labels import format_label, registration_status_label, session_kind_label
    from ui.operations import show_error

    titles: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, title, _text: titles.append(title)))
    show_error(None, "…")
    assert titles == ["Error"]  # "Fehler", context "common"
    assert QCoreApplication.translate("startup", "Datenbank beschädigt") == "Database damaged"
    assert format_label("training_series") == "Training series"
    assert registration_status_label("waiting") == "waiting list"
    assert session_kind_label("conference_day") == "Conference day"


def test_event_editor_dates_follow_the_chosen_language(english, qtbot, db):
    from ui.events.editor import EventEditorDialog

    series = make_series(db, persons=1)
    dialog = EventEditorDialog(db, series.event_id)
    qtbot.addWidget(dialog)
    line = dialog.grid.lines[0]
    assert line.date.locale().language() == QLocale.Language.English
    assert line.date.weekday.text() == "Tue"  # 2 March 2027
    assert dialog.windowTitle().endswith("Training series")


def test_ui_labels_cover_planners_vocabularies():
    """The UI tables are keyed by the code names; their German texts are planner's."""
    from ui.models import labels

    for ui_table, german in (
        (labels.FORMAT_LABELS, FORMAT_LABELS_DE),
        (labels.SESSION_KIND_LABELS, SESSION_KIND_LABELS_DE),
        (labels.AGENDA_KIND_LABELS, AGENDA_KIND_LABELS_DE),
        (labels.REGISTRATION_STATUS_LABELS, REGISTRATION_STATUS_LABELS_DE),
        (labels.ATTENDANCE_STATUS_LABELS, ATTENDANCE_STATUS_LABELS_DE),
        (labels.AGREEMENT_STATUS_LABELS, AGREEMENT_STATUS_LABELS_DE),
    ):
        assert ui_table == {str(code): text for code, text in german.items()}


def test_ts_file_has_no_unfinished_or_contextless_messages():
    messages = _messages(TS)
    assert messages
    unfinished = [(c, s) for c, s, m in messages
                  if m.find("translation") is None
                  or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []
    assert [s for c, s, _m in messages if not c] == []  # tr() helpers lupdate cannot see


def test_lupdate_finds_nothing_new(tmp_path: Path):
    """Every text lupdate extracts from ui/ is already in the .ts (and so translated)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        if found is None:
            pytest.skip("pyside6-lupdate not installed")
        lupdate = Path(found)
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), "-no-obsolete", "-source-language", "de",
                    "-target-language", "en", *sources, "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True)
    new = [(c, s) for c, s, m in _messages(copy)
           if m.find("translation").get("type") == "unfinished"]
    assert new == [], "run tools/update_translations.py and translate these"
