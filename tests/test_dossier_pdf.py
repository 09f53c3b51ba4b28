"""The dossier PDF: text read back with pypdf (umlauts, ł, ş), fonts embedded, CLI."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime

import pytest

from planner.cli.main import main
from planner.errors import ValidationError
from planner.reports.dossier_pdf import export_dossier_pdf
from planner.usecases.event_details import AgreementPlan, DossierPlan, save_agreement, save_dossier
from planner.usecases.people import add_organisation, add_person
from planner.usecases.planning import EventPlan, SessionPlan, create_event
from tests.report_fixture import assert_fonts_embedded, pdf_text


@pytest.fixture
def analysis(db):
    with db.transaction() as orm:
        city = add_organisation(orm, name="Mülheim an der Ruhr", municipality=True,
                                federal_state="NW", population=170_000).value
        expert = add_person(orm, first_name="Małgorzata", last_name="Kowalczyk-Şen",
                            roles=["trainer"]).value
        event = create_event(orm, EventPlan(
            format="analysis", title="Klärung und Analyse Mülheim", office="berlin",
            municipality_ids=[city.id], expert_id=expert.id,
            sessions=[SessionPlan(start=datetime(2027, 2, 3, 10), end=datetime(2027, 2, 3, 12),
                                  title="Vorgespräch"),
                      SessionPlan(start=datetime(2027, 3, 4, 9), end=datetime(2027, 3, 4, 15),
                                  title="Analyseworkshop")],
        ), force=True).value
        save_dossier(orm, event.id, DossierPlan(
            starting_situation=("Die Stadt hat ein Bildungsbüro seit 2019.\n"
                                "Übergänge Schule–Beruf sind unübersichtlich.\n\n"
                                "Zweiter Absatz mit Łódź-Partnerschaft & <Sonderzeichen>."),
            fields_of_action="- Datenbasis für Übergänge\n- Beteiligung der Träger\n"
                             "2027 war das Jahr der Bestandsaufnahme.",
            work_packages="1. Indikatorenset abstimmen\n2) Steuerungsgruppe einrichten",
            completed_on=date(2027, 3, 20)))
        save_agreement(orm, event.id, AgreementPlan(
            goals=["Bildungsbericht 2028 veröffentlichen", "Steuerungsgruppe verstetigen"],
            agreed_formats=["coaching", "training_series"], start_date=date(2027, 4, 1),
            end_date=date(2028, 3, 31), status="signed", signed_on=date(2027, 3, 28)))
        return event.id


def test_dossier_pdf_text_fonts_and_layout(db, analysis, tmp_path, output_dir):
    target = tmp_path / "dossier.pdf"
    with db.reading() as orm:
        export_dossier_pdf(orm, analysis, target)
    text = re.sub(r"\s+", " ", pdf_text(target))
    for expected in ("Dossier – Klärung und Analyse", "Mülheim an der Ruhr (Nordrhein-Westfalen)",
                     "Transferagentur für Großstädte, Standort Berlin", "Stand: 20.03.2027",
                     "Ausgangslage", "Handlungsfelder", "Vereinbarte Arbeitspakete",
                     "Übergänge Schule–Beruf", "Łódź-Partnerschaft & <Sonderzeichen>",
                     "Datenbasis für Übergänge", "2027 war das Jahr der Bestandsaufnahme",
                     "Indikatorenset abstimmen", "Małgorzata Kowalczyk-Şen",
                     "Kooperationsvereinbarung", "unterzeichnet", "01.04.2027 bis 31.03.2028",
                     "Coaching, Fortbildungsreihe", "Bildungsbericht 2028 veröffentlichen"):
        assert expected in text, expected
    assert "2) Steuerungsgruppe einrichten" in text or "2)Steuerungsgruppe" in text
    assert_fonts_embedded(target)
    shutil.copy(target, output_dir / "dossier.pdf")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(target),
                        str(output_dir / "dossier")], check=True)


def test_no_dossier_no_pdf(db, analysis, tmp_path, db_path, capsys):
    with db.transaction() as orm:
        city = add_organisation(orm, name="Hagen", municipality=True, federal_state="NW").value
        other = create_event(orm, EventPlan(
            format="analysis", title="Klärung Hagen", office="berlin", municipality_ids=[city.id],
            sessions=[SessionPlan(start=datetime(2027, 5, 3, 10), end=datetime(2027, 5, 3, 12))],
        ), force=True).value.id
    with db.reading() as orm, pytest.raises(ValidationError, match="noch kein Dossier"):
        export_dossier_pdf(orm, other, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    assert main(["--db", str(db_path), "dossier", "export", str(other), "-o",
                 str(tmp_path / "x.pdf")]) == 1
    assert "noch kein Dossier" in capsys.readouterr().err
    assert main(["--db", str(db_path), "dossier", "export", str(analysis), "-o",
                 str(tmp_path / "d.pdf")]) == 0
    assert "Mülheim" in pdf_text(tmp_path / "d.pdf")
