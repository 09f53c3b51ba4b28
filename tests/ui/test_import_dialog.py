"""The import dialog on a real CSV file: preview, remap a column, import valid rows only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from planner.models import Organisation, Person, Registration
from tests.factories import make_series


@pytest.fixture(autouse=True)
def quiet_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


CSV = ("Teilnehmer/in;E-Mail;Dienstort;Module;Anmeldedatum;Bemerkung\n"
       "Müller, Jürgen;j.mueller@example.org;Leipzig;1, 3;03.02.2027;vegetarisch\n"
       "Renée Lefèvre;renee@example.org;Stadt Leipzig;Modul 2;4.2.27;\n"
       "Ohnevorname;ohne@example.org;Leipzig;;;\n"
       "Anna Schmidt;keine-adresse;Leipzig;;;\n"
       "Ole Neu;ole@example.org;Leipzig;7;;\n")


def test_preview_remap_and_import_valid_rows(qtbot, db, tmp_path: Path, output_dir: Path,
                                             quiet_dialogs):
    from ui.imports.dialog import ImportDialog

    series = make_series(db, persons=1)
    path = tmp_path / "anmeldungen.csv"
    path.write_bytes(CSV.encode("cp1252"))
    dialog = ImportDialog(db, series.event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.load_file(path)
    assert "Windows-1252" in dialog.file_label.text()
    # "Dienstort" is not a known heading: not mapped until the user chooses it
    assert dialog.combos[2].currentData() is None
    assert dialog.combos[0].currentData() == "name"
    assert dialog.preview is not None and dialog.preview.errors == 3
    assert dialog.model.rowCount() == 5
    assert not dialog.import_button.isEnabled()  # the mode must be chosen explicitly
    dialog.set_field(2, "organisation")
    assert dialog.mapping[2] == "organisation"
    assert dialog.preview.rows[0].organisation == "Leipzig"
    assert dialog.preview.rows[0].organisation_id == series.municipality_id
    dialog.resize(1250, 800)
    qtbot.wait(50)
    dialog.grab().save(str(output_dir / "import-dialog-preview.png"))

    dialog.all_radio.setChecked(True)
    assert dialog.import_rows() is None  # errors present: nothing imported
    assert quiet_dialogs and "nichts importiert" in quiet_dialogs[-1]
    with db.reading() as orm:
        assert orm.scalar(select(Person).where(Person.email == "renee@example.org")) is None

    dialog.valid_radio.setChecked(True)
    report = dialog.import_rows()
    assert report is not None and len(report.created) == 2 and len(report.skipped) == 3
    assert dialog.report_edit.isVisible()
    qtbot.wait(50)
    dialog.grab().save(str(output_dir / "import-dialog-report.png"))
    with db.reading() as orm:
        for mail, titles in (("j.mueller@example.org", ["Modul 1", "Modul 3"]),
                             ("renee@example.org", ["Modul 2"])):
            person = orm.scalar(select(Person).where(Person.email == mail))
            assert person is not None and person.organisation_id == series.municipality_id
            reg = orm.scalar(select(Registration).where(Registration.person_id == person.id))
            assert [s.title for s in reg.booked_sessions()] == titles
        assert orm.scalar(select(Person).where(Person.email == "ole@example.org")) is None
        assert orm.scalar(select(Organisation).where(Organisation.name == "Dienstort")) is None


def test_hostile_file_shows_message(qtbot, db, tmp_path: Path):
    from ui.imports.dialog import ImportDialog

    series = make_series(db, persons=0)
    path = tmp_path / "alt.xls"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 600)
    dialog = ImportDialog(db, series.event_id)
    qtbot.addWidget(dialog)
    assert not dialog.load_file(path)
    assert ".xls" in dialog.file_label.text()
    assert not dialog.import_button.isEnabled()


def test_panel_has_import_button(qtbot, db, tmp_path: Path, monkeypatch):
    from ui.imports import dialog as dialog_module
    from ui.registrations.panel import RegistrationsPanel

    series = make_series(db, persons=0)
    path = tmp_path / "a.csv"
    path.write_text("Vorname;Nachname\nAnna;Alt\n", encoding="utf-8")
    panel = RegistrationsPanel(db, series.event_id)
    qtbot.addWidget(panel)

    def choose(self) -> None:
        self.load_file(path)
        self.valid_radio.setChecked(True)
        self.import_rows()

    monkeypatch.setattr(dialog_module.ImportDialog, "choose_file", choose)
    monkeypatch.setattr(dialog_module.ImportDialog, "exec", lambda self: 1)
    panel.import_button.click()
    assert panel.model.rowCount() == 1
