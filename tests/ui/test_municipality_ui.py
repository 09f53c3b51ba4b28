"""The municipality record view: opened by double-click on the Kommunen page, header with
threshold flag, reminders banner, timeline, contacts, agreements editor; screenshots."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from planner.reports.agreements import list_agreements
from planner.usecases.agreements import AgreementData, create_agreement
from planner.usecases.event_details import DossierPlan, save_dossier
from planner.usecases.people import add_organisation
from tests.report_fixture import build_world
from ui.municipality.agreement_dialog import AgreementDialog, set_date
from ui.municipality.record import MunicipalityRecordDialog, MunicipalityRecordView
from ui.pages.masterdata import MunicipalitiesPage


def _world(db, tmp_path):  # noqa: ANN001, ANN202
    world = build_world(db, tmp_path / "certs")
    with db.transaction() as orm:
        save_dossier(orm, world.events["E3"], DossierPlan(
            starting_situation="Dresden baut ein Bildungsmonitoring auf.",
            fields_of_action="- Übergänge", work_packages="1. Indikatoren",
            completed_on=date(2027, 2, 20)))
        create_agreement(orm, AgreementData(
            municipality_id=world.orgs["dresden"], office="berlin", event_id=world.events["E3"],
            goals=["Monitoring aufbauen", "Bericht veröffentlichen"],
            agreed_formats=["coaching"], start_date=date(2027, 3, 1),
            end_date=date(2027, 12, 31), status="running"))
    return world


def test_record_view_contents_and_screenshot(qtbot, db, tmp_path, output_dir: Path):
    world = _world(db, tmp_path)
    view = MunicipalityRecordView(db, world.orgs["dresden"], today=date(2027, 12, 1))
    qtbot.addWidget(view)
    view.resize(1150, 700)
    view.show()
    assert "Dresden" in view.header.text() and "Sachsen" in view.header.text()
    assert "563.311" in view.header.text() and "unter 250.000" not in view.header.text()
    assert view.banner.isVisible() and "31.12.2027" in view.banner.text()
    years = [view.timeline.topLevelItem(i).text(0)
             for i in range(view.timeline.topLevelItemCount())]
    assert years == ["2027", "2026"]
    series = view.timeline.topLevelItem(0).child(0)
    assert series.text(0) == "Reihe Bildungsmonitoring" and series.text(2) == "Teilnehmende"
    person = series.child(series.childCount() - 1)
    assert "Şahin" in person.text(0) and person.text(3).startswith("16/40 UE")
    assert view.contacts.rowCount() == 1 and view.agreements.rowCount() == 1
    assert "Monitoring aufbauen" in view.agreements.item(0, 5).text()
    pdf = view.export_dossier(tmp_path / "dossier.pdf")
    assert pdf is not None and pdf.exists()
    folder = output_dir / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    view.timeline.expandAll()
    QApplication.processEvents()
    assert view.grab().save(str(folder / "municipality_record.png"), "PNG")
    view.tabs.setCurrentIndex(3)
    QApplication.processEvents()
    assert view.grab().save(str(folder / "municipality_agreements.png"), "PNG")


def test_agreement_editor_edits_goals(qtbot, db, tmp_path, output_dir: Path):
    world = _world(db, tmp_path)
    view = MunicipalityRecordView(db, world.orgs["dresden"], today=date(2027, 12, 1))
    qtbot.addWidget(view)
    view.agreements.setCurrentCell(0, 0)
    dialog = view.edit_agreement()
    assert isinstance(dialog, AgreementDialog)
    assert dialog.goal_texts() == ["Monitoring aufbauen", "Bericht veröffentlichen"]
    dialog.goals.setCurrentRow(0)
    dialog.remove_goal()
    dialog.add_goal("Steuerungsgruppe verstetigen")
    dialog.format_boxes["training_series"].setChecked(True)
    set_date(dialog.end, date(2028, 6, 30))
    dialog.resize(560, 640)
    assert dialog.grab().save(str(output_dir / "screenshots" / "agreement_dialog.png"), "PNG") \
        if (output_dir / "screenshots").is_dir() else True
    dialog.accept()
    assert dialog.result() == 1
    with db.reading() as orm:
        [a] = list_agreements(orm, municipality_id=world.orgs["dresden"])
        assert a.goals == ["Bericht veröffentlichen", "Steuerungsgruppe verstetigen"]
        assert a.agreed_formats == ["training_series", "coaching"] or \
            sorted(a.agreed_formats) == ["coaching", "training_series"]
        assert a.end_date == date(2028, 6, 30)
    QApplication.processEvents()
    assert "30.06.2028" in view.agreements.item(0, 2).text()
    # invalid: end before start is refused inline, the dialog stays open
    dialog = view.new_agreement()
    set_date(dialog.start, date(2028, 1, 1))
    dialog.end.setDate(QDate(2027, 1, 1))
    dialog.accept()
    assert "vor ihrem Beginn" in dialog.message and dialog.result() == 0
    dialog.reject()


def test_double_click_on_municipalities_page_opens_the_record(qtbot, db, tmp_path):
    world = _world(db, tmp_path)
    with db.transaction() as orm:
        add_organisation(orm, name="Görlitz", municipality=True, federal_state="SN",
                         population=56_000)
    page = MunicipalitiesPage(db)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    page.select_id(world.orgs["essen"])
    rect = page.table.visualRect(page.table.currentIndex())
    assert rect.isValid()
    # a real double-click: press/release, then the double-click event on the same row
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialogs = [w for w in page.findChildren(MunicipalityRecordDialog) if w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].view.record.name == "Essen"
    dialogs[0].close()
    with db.reading() as orm:
        from sqlalchemy import select

        from planner.models import Organisation

        goerlitz = orm.scalar(select(Organisation.id).where(Organisation.name == "Görlitz"))
    page.select_id(goerlitz)
    dialog = page.open_record()
    assert isinstance(dialog, MunicipalityRecordDialog)
    view = dialog.view
    assert "unter 250.000" in view.header.text()
    assert view.banner.isVisible() and "keine Aktivität" in view.banner.text()
    dialog.close()


def test_municipalities_page_lists_only_municipalities_unless_asked(qtbot, db, tmp_path):
    world = _world(db, tmp_path)
    with db.transaction() as orm:
        office = add_organisation(orm, name="Büro für Moderation und Prozessbegleitung",
                                  municipality=False)
        office_id = office.value.id
    page = MunicipalitiesPage(db)
    qtbot.addWidget(page)
    page.show()
    model = page.table.model()

    def kinds() -> set[str]:
        return {str(model.index(row, 1).data()) for row in range(model.rowCount())}

    def names() -> set[str]:
        return {str(model.index(row, 0).data()) for row in range(model.rowCount())}

    assert model.rowCount() > 0
    assert kinds() == {"Kommune"}
    assert "Büro für Moderation und Prozessbegleitung" not in names()
    assert not page.with_organisations.isChecked()
    page.with_organisations.click()  # still reachable for editing
    assert "Büro für Moderation und Prozessbegleitung" in names()
    assert "Organisation" in kinds()
    page.select_id(office_id)
    assert page.current_id() == office_id
    page.with_organisations.click()
    assert names() and kinds() == {"Kommune"}
    assert "Essen" in names() and world.orgs["essen"]
