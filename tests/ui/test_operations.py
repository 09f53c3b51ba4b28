"""One way from the window into the domain (ui.operations.Op), views refreshed by what an
operation changed, and one registry of workstation preferences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.errors import ValidationError
from planner.models import Person
from planner.storage.database import Database
from planner.usecases.outcome import Change
from planner.usecases.people import add_person
from ui import preferences
from ui.operations import Op, announce, watch_changes

UI = Path(__file__).resolve().parents[2] / "ui"


class View(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


def test_ui_has_one_path_into_the_domain() -> None:
    """No transaction is opened in ui/ except by Op; no hand-written failure slots."""
    offenders = []
    for path in UI.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "operations.py" and ".transaction()" in text:
            offenders.append(f"{path.name}: transaction")
        offenders += [f"{path.name}: {m}" for m in re.findall(r"def (\w*_failed)\b", text)]
    assert offenders == []


def test_a_change_refreshes_visible_views_and_marks_hidden_ones_stale(qtbot,
                                                                     db: Database) -> None:
    shown, hidden, other = View(), View(), View()
    for view in (shown, hidden, other):
        qtbot.addWidget(view)
    watch_changes(shown, db, {Change.PERSONS})
    hidden_watch = watch_changes(hidden, db, {Change.PERSONS, Change.EVENTS})
    watch_changes(other, db, {Change.VENUES})
    shown.show()
    qtbot.waitUntil(shown.isVisible)

    outcome = Op(None, db, lambda orm: add_person(orm, first_name="Ada",
                                                  last_name="Lovelace")).run()
    assert outcome is not None and outcome.changed == {Change.PERSONS}
    assert shown.refreshed == 1  # at once
    assert hidden.refreshed == 0 and hidden_watch.stale  # when shown
    assert other.refreshed == 0  # not concerned
    hidden.show()
    qtbot.waitUntil(lambda: hidden.refreshed == 1)
    assert not hidden_watch.stale
    announce(db, {Change.VENUES})
    assert other.refreshed == 0 and other.isHidden()


def test_the_view_an_operation_starts_from_refreshes_even_when_hidden(qtbot,
                                                                    db: Database) -> None:
    view = View()
    qtbot.addWidget(view)
    watch_changes(view, db, {Change.PERSONS})
    Op(view, db, lambda orm: add_person(orm, first_name="Grace", last_name="Hopper")).run()
    assert view.refreshed == 1


def test_results_that_are_not_outcomes_name_their_changes(qtbot, db: Database) -> None:
    view = View()
    qtbot.addWidget(view)
    watch_changes(view, db, {Change.MAIL})
    op = Op(view, db, lambda orm: None).changes(Change.MAIL)
    assert op.run() is None and op.ok  # None is a result, not a failure
    assert view.refreshed == 1


def test_refusals_go_to_the_failure_path(qtbot, db: Database,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: boxes.append(text))

    def refuse(orm: object) -> None:
        raise ValidationError("Der Nachname fehlt.")

    assert Op(None, db, refuse).run() is None
    assert boxes == ["Der Nachname fehlt."]
    inline: list[str] = []
    op = Op(None, db, refuse).failure(inline.append)
    assert op.run() is None and inline == ["Der Nachname fehlt."] and boxes == [
        "Der Nachname fehlt."]
    assert isinstance(op.error, ValidationError)
    with db.reading() as orm:
        assert orm.query(Person).count() == 0


def test_background_operations_report_progress_and_results(qtbot, db: Database) -> None:
    results: list[object] = []

    def work(orm: object, progress: object) -> int:
        progress.report(1, 2, "halb")  # type: ignore[attr-defined]
        return add_person(orm, first_name="Katherine", last_name="Johnson").value.id  # type: ignore[arg-type]

    op = Op(None, db, work).success(results.append)
    worker = op.run_in_background("läuft …", show_dialog=False)
    assert worker.wait(30_000)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    with db.reading() as orm:
        assert orm.get(Person, results[0]).last_name == "Johnson"


def test_preferences_are_declared_once_and_typed(qapp) -> None:
    assert preferences.LANGUAGE.get() == "de"
    preferences.LANGUAGE.set("en")
    assert QSettings().value("language") == "en" and preferences.LANGUAGE.get() == "en"
    preferences.LANGUAGE.clear()
    assert preferences.LANGUAGE.get() == "de"
    with pytest.raises(TypeError):
        preferences.LANGUAGE.set(1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="declared twice"):
        preferences.declare("language", str, "de", "noch einmal")
    state = preferences.TABLE_STATE("events")
    assert state is preferences.TABLE_STATE("events") and state.key == "tables/events"
    state.set(QByteArray(b"\x00\x01"))
    assert state.get() == QByteArray(b"\x00\x01")
    assert all(entry.description for entry in preferences.REGISTRY.values())


def test_only_the_registry_touches_qsettings() -> None:
    users = [p.name for p in UI.rglob("*.py")
             if "QSettings()" in p.read_text(encoding="utf-8") and p.name != "preferences.py"]
    assert users == []
