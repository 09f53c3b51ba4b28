"""The merge dialog: both persons side by side, the chosen one kept, the other merged in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from planner.models import ChangeLog, Person, Registration
from planner.usecases.people import add_person
from planner.usecases.registration import register
from tests.factories import make_series


@pytest.fixture(autouse=True)
def quiet_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda *a: QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a: QMessageBox.StandardButton.Yes))


def test_merge_dialog_side_by_side(qtbot, db, output_dir: Path):
    from ui.people.merge_dialog import MergeDialog

    series = make_series(db, persons=1)
    keep = series.person_ids[0]
    with db.transaction() as orm:
        dup = add_person(orm, first_name="zofia", last_name="Wałęsa-Łukasiewicz",
                         phone="0341 555", function="Schulamt").value.id
        register(orm, series.event_id, dup, [series.session_ids[1]], force=True)
    dialog = MergeDialog(db, dup, None)
    qtbot.addWidget(dialog)
    dialog.right.search.setText("wałęsa")
    hits = [dialog.right.hits.item(i).text() for i in range(dialog.right.hits.count())]
    assert any(f"Nr. {keep})" in h for h in hits)
    row = next(i for i, h in enumerate(hits) if f"Nr. {keep})" in h)
    dialog.right.hits.setCurrentRow(row)
    assert dialog.right.person_id == keep
    assert dialog.left.labels["phone"].text() == "0341 555"
    assert dialog.right.labels["registrations"].text() == "1"
    assert dialog.merge_button.isEnabled()
    dialog.right.keep_radio.setChecked(True)
    assert dialog.keep_and_drop() == (keep, dup)
    dialog.resize(1000, 600)
    dialog.show()
    qtbot.wait(50)
    dialog.grab().save(str(output_dir / "merge-dialog.png"))
    assert dialog.merge()
    with db.reading() as orm:
        assert orm.get(Person, dup) is None
        assert orm.get(Person, keep).phone == "0341 555"
        assert orm.scalar(select(Registration).where(Registration.person_id == keep))
        assert orm.scalar(select(ChangeLog).where(ChangeLog.action == "person_merge"))


def test_people_page_has_merge_button(qtbot, db):
    from ui.pages.people import PeoplePage

    make_series(db, persons=2)
    page = PeoplePage(db)
    qtbot.addWidget(page)
    assert page.merge_button.text().startswith("Zusammenführen")
