"""Reminders on the municipalities page: agreements ending soon and inactive cities."""

from __future__ import annotations

from datetime import date, timedelta

from planner.settings import AGREEMENT_REMINDER_WEEKS
from planner.usecases.agreements import AgreementData, create_agreement
from planner.usecases.people import add_organisation
from ui.municipality.reminders import RemindersPanel


def test_panel_lists_ending_agreements_and_follows_lead_time(qtbot, db, output_dir):
    today = date.today()
    with db.transaction() as orm:
        soon = add_organisation(orm, name="Dortmund", municipality=True, federal_state="NW",
                                population=590_000).value
        later = add_organisation(orm, name="Wuppertal", municipality=True, federal_state="NW",
                                 population=355_000).value
        create_agreement(orm, AgreementData(
            municipality_id=soon.id, office="berlin", goals=["Bildungsbericht"],
            start_date=today - timedelta(days=300), end_date=today + timedelta(weeks=3),
            status="running"))
        create_agreement(orm, AgreementData(
            municipality_id=later.id, office="hamburg", goals=["Bildungsbüro"],
            start_date=today - timedelta(days=30), end_date=today + timedelta(weeks=20),
            status="signed"))
        soon_id = soon.id
    panel = RemindersPanel(db)
    qtbot.addWidget(panel)
    panel.resize(900, 120)
    assert "Dortmund" in panel.ending.text() and "Wuppertal" not in panel.ending.text()
    # Neither city has had any event: both show as inactive.
    assert "Dortmund" in panel.inactive.text() and "Wuppertal" in panel.inactive.text()
    panel.grab().save(str(output_dir / "municipality_reminders.png"))
    opened: list[int] = []
    panel.open_municipality.connect(opened.append)
    panel.ending.linkActivated.emit(str(soon_id))
    assert opened == [soon_id]
    panel.weeks.setValue(2)
    panel.weeks.editingFinished.emit()
    with db.reading() as orm:
        assert AGREEMENT_REMINDER_WEEKS.get(orm) == 2
    assert "Dortmund" not in panel.ending.text()
    panel.weeks.setValue(30)
    panel.weeks.editingFinished.emit()
    assert "Dortmund" in panel.ending.text() and "Wuppertal" in panel.ending.text()
