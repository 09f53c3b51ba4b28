"""The certificates wizard: an exception (series certificate below the threshold) per
person, each with its own reason typed into that person's row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from planner.models import Certificate, CertificateIssue, Person
from planner.usecases.attendance import record_attendance
from tests.factories import make_series
from tests.ui.conftest import issue_in_wizard

pytestmark = pytest.mark.usefixtures("quiet_dialogs")


def two_below(db):
    """Persons 0 and 1 at 79 % (below the 80 % threshold), person 2 at 100 %."""
    fx = make_series(db, persons=3)
    with db.transaction() as orm:
        for i, sid in enumerate(fx.session_ids):
            for pid in fx.person_ids:
                record_attendance(orm, sid, pid, "present")
            for pid in fx.person_ids[:2]:
                if i == 4:
                    record_attendance(orm, sid, pid, "partial", minutes=266)
                if i == 5:
                    record_attendance(orm, sid, pid, "excused")
    return fx


def _wizard(qtbot, db, fx):
    from ui.exports.wizard import CertificatesWizard

    wizard = CertificatesWizard(db, fx.event_id)
    qtbot.addWidget(wizard)
    wizard.resize(1280, 800)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    return wizard


def _row(wizard, person_id: int) -> int:
    model = wizard.model
    return next(r for r in range(model.rowCount()) if model.item(r).person_id == person_id)


def _click(qtbot, view, index, double: bool = False) -> None:
    rect = view.visualRect(index)
    assert view.viewport().rect().contains(rect), "cell not in view"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _tick_exception(qtbot, wizard, row: int) -> None:
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from ui.exports.eligibility_model import OVERRIDE

    view = wizard.eligibility_page.view
    index = wizard.model.index(row, OVERRIDE)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option) if hasattr(view, "initViewItemOption") else None
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    check = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator,
                                        option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=check.center())
    assert wizard.model.overridden(row)


def _editor(view, index) -> QLineEdit | None:
    """The open editor of that cell (focus is not reliable offscreen)."""
    rect = view.visualRect(index)
    editors = [e for e in view.viewport().findChildren(QLineEdit)
               if e.isVisible() and e.geometry().intersects(rect)]
    return editors[-1] if editors else None


def _type_reason(qtbot, wizard, row: int, text: str) -> None:
    from ui.exports.eligibility_model import OVERRIDE_REASON

    view = wizard.eligibility_page.view
    _click(qtbot, view, wizard.model.index(row, OVERRIDE_REASON), double=True)
    editor = _editor(view, wizard.model.index(row, OVERRIDE_REASON))
    assert editor is not None, (view.state(), [(e, e.isVisible()) for e in
                                               view.findChildren(QLineEdit)],
                                wizard.model.index(row, OVERRIDE_REASON).flags())
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop
    qtbot.waitUntil(lambda: wizard.model.index(row, OVERRIDE_REASON).data() == text)


def test_two_exceptions_with_their_own_reasons(qtbot, db, tmp_path, output_dir):
    pytest.importorskip("planner.certificates")
    fx = two_below(db)
    first, second, full = fx.person_ids
    wizard = _wizard(qtbot, db, fx)
    from ui.exports.eligibility_model import OVERRIDE_REASON

    # Without the exception the reason cell is not editable.
    assert not (wizard.model.index(_row(wizard, first), OVERRIDE_REASON).flags()
                & Qt.ItemFlag.ItemIsEditable)
    reasons = {first: "Krankheit, Modul 6 nachgearbeitet", second: "Elternzeit, Inhalte nachgeholt"}
    for pid, text in reasons.items():
        _tick_exception(qtbot, wizard, _row(wizard, pid))
        _type_reason(qtbot, wizard, _row(wizard, pid), text)
    assert wizard.model.override_reasons() == reasons
    view = wizard.eligibility_page.view
    wizard.grab().save(str(output_dir / "certificates_wizard_override_reasons.png"))
    assert not view.horizontalScrollBar().isVisible()  # all columns in view at 1280 px

    wizard.next()
    wizard.next()
    assert issue_in_wizard(qtbot, wizard, tmp_path / "out").issued == 3
    with db.reading() as orm:
        stored = {c.person_id: (c.kind, c.override_reason)
                  for c in orm.scalars(select(Certificate))}
        notes = {orm.get(Certificate, log.certificate_id).person_id: log.note
                 for log in orm.scalars(select(CertificateIssue))}
    assert stored == {first: ("series", reasons[first]), second: ("series", reasons[second]),
                      full: ("series", "")}
    assert reasons[first] in notes[first] and reasons[second] in notes[second]


def test_missing_reason_names_the_person_and_opens_the_cell(qtbot, db, tmp_path,
                                                            quiet_dialogs):
    pytest.importorskip("planner.certificates")
    fx = two_below(db)
    first, second, _full = fx.person_ids
    wizard = _wizard(qtbot, db, fx)
    with db.reading() as orm:
        name = orm.get(Person, second).full_name
    _tick_exception(qtbot, wizard, _row(wizard, first))
    _type_reason(qtbot, wizard, _row(wizard, first), "Krankheit")
    _tick_exception(qtbot, wizard, _row(wizard, second))
    # "Weiter" stops on the eligibility page and says whose reason is missing.
    wizard.next()
    assert wizard.currentPage() is wizard.eligibility_page
    assert quiet_dialogs[-1] == f"Bitte eine Begründung für {name} angeben."
    from ui.exports.eligibility_model import OVERRIDE_REASON

    view = wizard.eligibility_page.view
    assert view.currentIndex() == wizard.model.index(_row(wizard, second), OVERRIDE_REASON)
    editor = _editor(view, view.currentIndex())
    assert editor is not None and editor.text() == ""
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    # Pressing "ausstellen" on the last page says the same, goes back there, issues nothing.
    wizard.model.set_override(_row(wizard, second), False)
    wizard.next()
    wizard.next()
    wizard.model.set_override(_row(wizard, second), True)
    issue = wizard.issue_page
    issue.folder_edit.setText(str(tmp_path / "out"))
    before = len(quiet_dialogs)
    qtbot.mouseClick(issue.issue_button, Qt.MouseButton.LeftButton)
    assert issue.op is None
    assert quiet_dialogs[before:] == [f"Bitte eine Begründung für {name} angeben."]
    assert wizard.currentPage() is wizard.eligibility_page
    assert view.currentIndex() == wizard.model.index(_row(wizard, second), OVERRIDE_REASON)
    assert _editor(view, view.currentIndex()) is not None
    with db.reading() as orm:
        assert orm.scalar(select(Certificate.id)) is None
