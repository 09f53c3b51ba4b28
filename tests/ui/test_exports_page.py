"""The exports page and the certificates wizard: files written through the real exporters,
checked with independent readers; plus screenshots of the event window's tabs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from planner.models import Certificate, CertificateIssue, Session
from planner.usecases.attendance import record_all_registered, record_attendance
from tests.factories import make_series

# Every message box answers "Yes" and is recorded (see tests/ui/conftest.py).
pytestmark = pytest.mark.usefixtures("quiet_dialogs")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Never start a system viewer in tests; record what would be opened."""
    import ui.exports.wizard as wizard

    paths: list[Path] = []
    monkeypatch.setattr(wizard, "open_path", lambda p: paths.append(Path(p)) or True)
    import ui.exports.page as page

    monkeypatch.setattr(page, "open_path", lambda p: paths.append(Path(p)) or True)
    return paths


def _page(qtbot, db, folder: Path, event_id: int | None = None):
    from ui.exports.page import ExportsPage

    page = ExportsPage(db, event_id=event_id)
    qtbot.addWidget(page)
    page.folder_edit.setText(str(folder))
    return page


def _finish(qtbot, page, op):
    assert op is not None
    assert op.wait(120_000)
    qtbot.waitUntil(lambda: page.last_result is not None or page.last_error is not None,
                    timeout=20_000)
    assert page.last_error is None, page.last_error
    return page.last_result


def test_event_calendar_export_and_open_folder(qtbot, db, tmp_path, opened, output_dir):
    pytest.importorskip("planner.exports.ical")
    import icalendar

    series = make_series(db, persons=2)
    page = _page(qtbot, db, tmp_path / "out")
    page.event_combo.set_current_id(series.event_id)
    qtbot.mouseClick(page.event_calendar_button, Qt.MouseButton.LeftButton)
    result = _finish(qtbot, page, page.last_op)
    [ics] = result.files
    assert ics.suffix == ".ics" and ics.parent == tmp_path / "out"
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    uids = sorted(str(e["UID"]) for e in calendar.walk("VEVENT"))
    with db.reading() as orm:
        expected = sorted(orm.scalars(select(Session.uid).where(
            Session.event_id == series.event_id)))
    assert uids == expected
    assert "1 Datei" in page.result_label.text()
    assert page.open_folder_button.isEnabled()
    qtbot.mouseClick(page.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path / "out"]
    page.resize(1000, 640)
    page.show()
    page.grab().save(str(output_dir / "exports_page.png"))


def test_person_and_office_calendars_and_invitations(qtbot, db, tmp_path, opened):
    pytest.importorskip("planner.exports.ical")
    pytest.importorskip("planner.exports.ical_invitations")
    import icalendar

    series = make_series(db, persons=2)
    page = _page(qtbot, db, tmp_path)
    page.event_combo.set_current_id(series.event_id)
    page.trainer_combo.set_current_id(series.trainer_id)
    result = _finish(qtbot, page, page.export_trainer_calendar())
    cal = icalendar.Calendar.from_ical(result.files[0].read_bytes())
    assert len(list(cal.walk("VEVENT"))) == 6

    page.last_result = None
    page.participant_combo.set_current_id(series.person_ids[0])
    result = _finish(qtbot, page, page.export_participant_calendar())
    cal = icalendar.Calendar.from_ical(result.files[0].read_bytes())
    assert len(list(cal.walk("VEVENT"))) == 6

    page.last_result = None
    page.date_from.setDate(page.date_from.date().fromString("01.01.2027", "dd.MM.yyyy"))
    page.date_to.setDate(page.date_to.date().fromString("31.12.2027", "dd.MM.yyyy"))
    result = _finish(qtbot, page, page.export_office_calendar())
    cal = icalendar.Calendar.from_ical(result.files[0].read_bytes())
    assert len(list(cal.walk("VEVENT"))) == 6

    page.last_result = None
    result = _finish(qtbot, page, page.export_invitations())
    assert len(result.files) == 6
    assert all(f.suffix == ".ics" and f.exists() for f in result.files)
    # changed only: after moving one module, exactly that invitation is written again
    from datetime import timedelta

    from planner.usecases.planning import move_session

    with db.transaction() as orm:
        s = orm.get(Session, series.session_ids[2])
        move_session(orm, s.id, s.start + timedelta(hours=1), s.end + timedelta(hours=1),
                     force=True)
    page.last_result = None
    page.changed_only_check.setChecked(True)
    result = _finish(qtbot, page, page.export_invitations())
    assert len(result.files) == 1
    cal = icalendar.Calendar.from_ical(result.files[0].read_bytes())
    [event] = list(cal.walk("VEVENT"))
    with db.reading() as orm:
        assert str(event["UID"]) == orm.get(Session, series.session_ids[2]).uid


def test_signature_lists_and_attendance_matrix(qtbot, db, tmp_path):
    pytest.importorskip("planner.exports.signature_list")
    pytest.importorskip("planner.exports.attendance_matrix")
    import openpyxl

    series = make_series(db, persons=3)
    page = _page(qtbot, db, tmp_path, event_id=series.event_id)
    assert not page.event_combo.isEnabled()
    result = _finish(qtbot, page, page.export_signature_lists())
    book = openpyxl.load_workbook(result.files[0])
    assert len(book.worksheets) == 6
    text = " ".join(str(c.value) for row in book.worksheets[0].iter_rows() for c in row
                    if c.value is not None)
    assert "Wałęsa-Łukasiewicz" in text

    page.last_result = None
    page.session_combo.setCurrentIndex(2)  # second module alone, as PDF
    page.format_combo.setCurrentIndex(1)
    result = _finish(qtbot, page, page.export_signature_lists())
    assert result.files[0].suffix == ".pdf"
    assert result.files[0].read_bytes().startswith(b"%PDF")

    page.last_result = None
    result = _finish(qtbot, page, page.export_matrix())
    book = openpyxl.load_workbook(result.files[0])
    text = " ".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows()
                    for c in row if c.value is not None)
    assert "Yıldırım-Doğan" in text


def test_certificates_wizard_preview_and_bulk_issue(qtbot, qtmodeltester, db, tmp_path,
                                                     opened, output_dir, quiet_dialogs):
    pytest.importorskip("planner.certificates")
    import pypdf

    series = make_series(db, persons=3)
    with db.transaction() as orm:
        for sid in series.session_ids[:5]:
            record_all_registered(orm, sid, "present")
        # the third person misses two modules: 4/6 < 80 % (modules certificate)
        for sid in series.session_ids[3:5]:
            record_attendance(orm, sid, series.person_ids[2], "absent")
        # module 6 has not been marked: everybody missed it (excused)
        record_all_registered(orm, series.session_ids[5], "excused")
    page = _page(qtbot, db, tmp_path, event_id=series.event_id)
    wizard = page.open_certificates()
    assert wizard is not None  # a child of the page: closed with it
    model = wizard.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    kinds = {model.item(r).person_id: str(model.item(r).kind) for r in range(3)}
    assert kinds == {series.person_ids[0]: "series", series.person_ids[1]: "series",
                     series.person_ids[2]: "modules"}
    assert sorted(model.checked_person_ids()) == sorted(series.person_ids)
    names = [model.item(r).person_name for r in range(3)]
    assert names == sorted(names, key=lambda n: n.split()[-1].replace("Ş", "S"))  # by name
    third = next(r for r in range(3) if model.item(r).person_id == series.person_ids[2])
    model.set_checked(third, False)  # issue the two series certificates only
    assert sorted(model.checked_person_ids()) == sorted(series.person_ids[:2])
    wizard.resize(1280, 800)
    wizard.grab().save(str(output_dir / "certificates_wizard_eligibility.png"))

    wizard.next()
    preview = wizard.preview_page
    assert preview.person_combo.count() == 3
    path = preview.make_preview()
    assert path is not None and path.exists()
    assert names[0] in pypdf.PdfReader(path).pages[0].extract_text()  # the first listed
    # The first page is rendered inside the wizard (PDFium), not in an external viewer.
    pixmap = preview.image_label.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 300
    image = pixmap.toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 5  # not a blank page
    wizard.grab().save(str(output_dir / "certificates_wizard_preview.png"))

    wizard.next()
    issue = wizard.issue_page
    folder = tmp_path / "Bescheinigungen"
    issue.folder_edit.setText(str(folder))
    qtbot.mouseClick(issue.issue_button, Qt.MouseButton.LeftButton)
    assert issue.op is not None and issue.op.wait(180_000)
    qtbot.waitUntil(lambda: issue.result is not None, timeout=30_000)
    result = issue.result
    assert result.issued == 2 and not result.cancelled
    assert len(result.files) == 2 and all(f.exists() and f.parent == folder
                                          for f in result.files)
    assert result.combined is not None and result.combined.exists()
    assert len(pypdf.PdfReader(result.combined).pages) >= 2
    with db.reading() as orm:
        certs = list(orm.scalars(select(Certificate)))
        assert sorted(c.person_id for c in certs) == sorted(series.person_ids[:2])
        assert orm.scalar(select(CertificateIssue)) is not None
    assert issue.isComplete()
    assert issue.result_label.text().startswith(
        "2 Bescheinigungen neu ausgestellt, 0 ersetzt (neue Fassung), 0 nicht ausgestellt.")
    assert not any("schon eine Bescheinigung" in t for t in quiet_dialogs)
    wizard.grab().save(str(output_dir / "certificates_wizard_issued.png"))
    serials = _serials(db)

    # Pressing the button again asks first (the recorded box answers "Yes"), then re-issues
    # the unchanged certificates under their numbers and says so.
    qtbot.mouseClick(issue.issue_button, Qt.MouseButton.LeftButton)
    asked = [t for t in quiet_dialogs if "schon eine Bescheinigung" in t]
    assert len(asked) == 1 and asked[0].startswith("2 Personen haben schon")
    assert "Wałęsa-Łukasiewicz" in asked[0] or "Şahin" in asked[0]
    assert issue.op is not None and issue.op.wait(180_000)
    qtbot.waitUntil(lambda: issue.result.reissued == 2, timeout=30_000)
    assert issue.result_label.text().startswith(
        "0 Bescheinigungen neu ausgestellt, 2 unverändert erneut ausgestellt, "
        "0 ersetzt (neue Fassung), 0 nicht ausgestellt.")
    assert _serials(db) == serials
    wizard.resize(1280, 800)
    wizard.grab().save(str(output_dir / "certificates_wizard_summary.png"))


def test_wizard_cannot_tick_what_is_not_due(qtbot, db, tmp_path, clock):
    pytest.importorskip("planner.certificates")
    from datetime import timedelta

    from ui.exports.wizard import CertificatesWizard

    series = make_series(db, persons=1)
    clock.set(series_start(db, series) + timedelta(weeks=2))  # modules 4 to 6 are ahead
    with db.transaction() as orm:
        record_all_registered(orm, series.session_ids[0], "present")
    wizard = CertificatesWizard(db, series.event_id)
    qtbot.addWidget(wizard)
    item = wizard.model.item(0)
    assert item.pending and not item.eligible
    assert wizard.model.index(0, 2).data() == "noch offen"
    assert wizard.model.checked_person_ids() == []
    wizard.model.set_checked(0, True)  # refused: the series is still running
    assert wizard.model.checked_person_ids() == []
    wizard.issue_page.folder_edit.setText(str(tmp_path))
    assert wizard.issue_page.issue() is None
    with db.reading() as orm:
        assert orm.scalar(select(Certificate)) is None


def _serials(db) -> list[tuple[int, str, int]]:
    with db.reading() as orm:
        return sorted((c.person_id, c.serial, c.revision) for c in orm.scalars(
            select(Certificate).where(Certificate.replaced_by_id.is_(None))))


def test_reissue_refused_in_the_confirmation_changes_nothing(qtbot, db, tmp_path,
                                                             monkeypatch, output_dir):
    pytest.importorskip("planner.certificates")
    from PySide6.QtWidgets import QMessageBox

    from planner.certificates import issue_certificates
    from ui.exports.wizard import CertificatesWizard

    series = make_series(db, persons=2)
    with db.transaction() as orm:
        for sid in series.session_ids:
            record_all_registered(orm, sid, "present")
    with db.transaction() as orm:
        issue_certificates(orm, series.event_id, tmp_path / "first",
                           person_ids=[series.person_ids[0]])
    before = _serials(db)
    with db.reading() as orm:
        issues = len(list(orm.scalars(select(CertificateIssue))))
    asked: list[str] = []

    def answer_no(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer_no))
    wizard = CertificatesWizard(db, series.event_id)
    qtbot.addWidget(wizard)
    wizard.issue_page.folder_edit.setText(str(tmp_path / "second"))
    assert wizard.issue_page.issue() is None
    assert len(asked) == 1 and asked[0].startswith("1 Person hat schon")
    assert _serials(db) == before
    with db.reading() as orm:
        assert len(list(orm.scalars(select(CertificateIssue)))) == issues
    assert not (tmp_path / "second").exists()


def series_start(db, series):
    from planner.models import Session

    with db.reading() as orm:
        return orm.get(Session, series.session_ids[0]).start


def test_event_window_tabs(qtbot, db, output_dir):
    from ui.events.window import EventWindow

    series = make_series(db, persons=4)
    with db.transaction() as orm:
        record_all_registered(orm, series.session_ids[0], "present")
        record_attendance(orm, series.session_ids[1], series.person_ids[0], "excused")
    window = EventWindow(db, series.event_id)
    qtbot.addWidget(window)
    window.show()
    names = ["overview", "registrations", "attendance", "exports"]
    for index, name in enumerate(names):
        window.tabs.setCurrentIndex(index)
        image = window.grab()
        image.save(str(output_dir / f"event_window_{name}.png"))
        assert not image.isNull()
    assert "Modul 1" in window.overview.summary.text()
    # cancelling a session from the overview reaches the database and the other tabs
    window.overview.session_combo.set_current_id(series.session_ids[5])
    assert window.overview.cancel_selected("Referentin erkrankt")
    with db.reading() as orm:
        assert orm.get(Session, series.session_ids[5]).status == "cancelled"
    assert "abgesagt" in window.attendance.model.headerData(
        5, Qt.Orientation.Horizontal)
