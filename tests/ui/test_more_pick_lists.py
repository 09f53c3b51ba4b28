"""Typing into the pick lists made searchable for issue 19: plan filters, the exports page's
event list, federal states, the certificate wizard's persons, the municipality tick list."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from planner.usecases.people import add_organisation, add_topic
from tests.conftest import TEST_OUTPUT
from tests.factories import make_series
from tests.ui.conftest import PlanData
from tests.ui.test_pick_list import _pick_first, _shown

pytestmark = pytest.mark.usefixtures("quiet_dialogs")


def _activate(qtbot, widget: QWidget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=3000)


def _shot(widget: QWidget, name: str) -> None:
    folder = TEST_OUTPUT / "screenshots" / "pick_lists"
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))


def _type(qtbot, combo: QComboBox, text: str) -> None:
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), text)


def test_plan_topic_and_office_filters(qtbot, db, plan_data: PlanData):
    from ui.plan.page import PlanPage

    with db.transaction() as orm:  # next to the brochure's four topics
        add_topic(orm, "Übergänge Schule–Beruf")
    page = PlanPage(db)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    _activate(qtbot, page)
    page.go_to(date(2027, 3, 1))
    _type(qtbot, page.topic_filter, "uberg")  # typed without the umlaut
    assert _shown(page.topic_filter) == ["Übergänge Schule–Beruf"]
    _type(qtbot, page.topic_filter, "bildung")
    topics = [page.topic_filter.itemText(i) for i in range(1, page.topic_filter.count())]
    assert len(topics) == 5
    assert _shown(page.topic_filter) == [t for t in topics if "bildung" in t.lower()]
    assert len(_shown(page.topic_filter)) == 4
    _type(qtbot, page.topic_filter, "divers")
    _pick_first(qtbot, page.topic_filter)
    assert page.topic_filter.currentText() == "Bildung, soziale Lage und Diversität"
    assert page.visible_sessions() == []  # no event has that topic
    _type(qtbot, page.office_filter, "hamb")
    assert _shown(page.office_filter) == ["Hamburg"]
    _type(qtbot, page.office_filter, "Kiel")
    assert _shown(page.office_filter) == []


def test_exports_page_event_list(qtbot, db, plan_data: PlanData, tmp_path):
    from ui.exports.page import ExportsPage

    page = ExportsPage(db)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    _activate(qtbot, page)
    combo = page.event_combo
    assert combo.count() == 2
    _type(qtbot, combo, "nord")
    assert [t.split(" (")[0] for t in _shown(combo)] == [
        "10.03.2027 Fachtagung Bildungsmonitoring Nord"]
    _pick_first(qtbot, combo)
    assert combo.current_id() == plan_data.conference_id


def test_federal_state_in_the_organisation_editor(qtbot, db):
    from ui.pages.masterdata import OrganisationEditorDialog

    dialog = OrganisationEditorDialog(db)
    qtbot.addWidget(dialog)
    _activate(qtbot, dialog)
    _type(qtbot, dialog.state, "wurtt")
    assert _shown(dialog.state) == ["Baden-Württemberg (BW)"]
    _type(qtbot, dialog.state, "sachsen")  # word starts: not Niedersachsen
    assert _shown(dialog.state) == ["Sachsen (SN)", "Sachsen-Anhalt (ST)"]
    _type(qtbot, dialog.state, "nieder")
    _pick_first(qtbot, dialog.state)
    assert dialog.state.currentData() == "NI"


def test_certificate_wizard_filters_persons(qtbot, db):
    from ui.exports.wizard import NAME, CertificatesWizard

    series = make_series(db, persons=7)
    wizard = CertificatesWizard(db, series.event_id)
    qtbot.addWidget(wizard)
    wizard.resize(1280, 800)
    _activate(qtbot, wizard)
    page = wizard.eligibility_page
    model = wizard.model
    everyone = page.filter.visible_rows()
    assert len(everyone) == model.rowCount() >= 7

    def names() -> set[str]:
        return {model.index(r, NAME).data() for r in page.filter.visible_rows()}

    qtbot.keyClicks(page.filter.field, "sahin")  # Şahin without the cedilla
    assert names() == {"Ğülşen Şahin"}
    assert not page.filter.no_hits.isVisible()
    page.filter.field.clear()
    qtbot.keyClicks(page.filter.field, "Lefevre, R")  # QTest types ASCII only
    assert names() == {"Renée Lefèvre"}
    page.filter.field.clear()
    qtbot.keyClicks(page.filter.field, "Kleinschmidt")
    assert page.filter.visible_rows() == []
    assert page.filter.no_hits.isVisible()
    assert "Kleinschmidt" in page.filter.no_hits.text()
    _shot(wizard, "wizard_no_hits")
    page.filter.field.clear()
    assert page.filter.visible_rows() == everyone
    wizard.next()
    combo = wizard.preview_page.person_combo
    _type(qtbot, combo, "llwyd")
    assert _shown(combo) == ["Gwŷn Llŵyd"]
    _pick_first(qtbot, combo)
    assert combo.current_id() == series.person_ids[3]


def test_municipality_tick_list_filters(qtbot, db):
    from ui.events.editor import EventEditorDialog

    with db.transaction() as orm:
        for name, state in (("Göttingen", "NI"), ("Görlitz", "SN"), ("Hannover", "NI"),
                            ("Mönchengladbach", "NW"), ("München", "BY")):
            add_organisation(orm, name=name, municipality=True, federal_state=state)
    dialog = EventEditorDialog(db, fmt="coaching")
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    _activate(qtbot, dialog)
    tick_list = dialog.municipality_list
    field = dialog.municipality_filter.field

    def shown() -> list[str]:
        return [tick_list.item(r).text() for r in dialog.municipality_filter.visible_rows()]

    qtbot.keyClicks(field, "mun")
    assert shown() == ["München"]
    tick_list.item(dialog.municipality_filter.visible_rows()[0]).setCheckState(
        Qt.CheckState.Checked)
    field.clear()
    qtbot.keyClicks(field, "go")
    assert shown() == ["Görlitz", "Göttingen"]
    _shot(dialog, "coaching_municipalities")
    field.clear()
    qtbot.keyClicks(field, "Kiel")
    assert shown() == [] and dialog.municipality_filter.no_hits.isVisible()
    field.clear()
    assert len(shown()) == 5
    assert [tick_list.item(r).text() for r in range(5)
            if tick_list.item(r).checkState() == Qt.CheckState.Checked] == ["München"]
