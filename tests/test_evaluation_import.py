"""Importing online-survey exports: column mapping, per-row preview of hostile files, all or
nothing, duplicates and second imports, and never a personal column."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from planner.cli.main import main
from planner.errors import ValidationError
from planner.evaluation.questionnaires import current_for_event, item_specs
from planner.evaluation.results import event_feedback
from planner.imports import ImportFileError
from planner.imports.survey import apply_survey_import, build_survey_preview, read_survey_info
from planner.imports.survey_columns import (
    RESPONSE_ID,
    SUBMITTED,
    match_survey_columns,
    override_survey_mapping,
)
from planner.models import FeedbackAnswer, FeedbackResponse
from tests.factories import make_series

QUESTIONS = ["Wie zufrieden sind Sie insgesamt mit der Veranstaltung?",
             "Wie wichtig sind die Inhalte für die Arbeit in Ihrer Kommune?",
             "Was werden Sie in Ihrer Arbeit vor allem anwenden?",
             "Wie bewerten Sie die Organisation (Einladung, Ort, Ablauf)?",
             "Wie bewerten Sie die Referent:innen?",
             "Was nehmen Sie mit?", "Was fehlt?"]
# Microsoft Forms style: id, times, e-mail and name of the respondent, then the questions.
HEADER = ["ID", "Startzeit", "Fertigstellungszeit", "E-Mail", "Name", *QUESTIONS,
          "Lieblingsfarbe"]
HOSTILE = [
    [1, "01.03.2027 10:00", "01.03.2027 10:05", "anna@example.org", "Anna Alt", 5, 4,
     "Fachwissen", 5, 4, "Viel gelernt", "", ""],
    [2, "01.03.2027 10:00", "01.03.2027 10:06", "anonymous", "", 7, 4, "Fachwissen", 5, 4,
     "", "Pausen", ""],                                                  # 7: out of range
    [3, "01.03.2027 10:00", "01.03.2027 10:07", "anonymous", "", 4, 3, "2", 5, 5, "", "",
     "blau"],                                                            # unknown item
    [1, "01.03.2027 10:00", "01.03.2027 10:05", "anna@example.org", "Anna Alt", 5, 4,
     "Fachwissen", 5, 4, "Viel gelernt", "", ""],                        # duplicate of 1
    [4, "01.03.2027 10:00", "01.03.2027 10:08", "anonymous", "", "sehr gut", 4,
     "Fachwissen;Kontakte aus dem Austausch;", 0, 4, "", "", ""],        # three errors
    [5, "01.03.2027 10:00", "01.03.2027 10:09", "anonymous", "", "", "", "", "", "", "",
     "", ""],                                                            # nothing answered
    [6, "01.03.2027 10:00", "01.03.2027 10:10", "anonymous", "", "5 = sehr zufrieden",
     "A4", "Beispiele guter Praxis", 4.0, "k. A.", "=HYPERLINK(\"http://x\")", "", ""],
]


def _csv(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _xlsx(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _counts(db) -> tuple[int, int]:
    with db.reading() as orm:
        return (orm.scalar(select(func.count()).select_from(FeedbackResponse)),
                orm.scalar(select(func.count()).select_from(FeedbackAnswer)))


def test_columns_of_microsoft_forms_and_limesurvey_exports(db):
    series = make_series(db, persons=1)
    with db.reading() as orm:
        specs = item_specs(current_for_event(orm, series.event_id))
    forms = match_survey_columns(HEADER, specs)
    assert forms[0] == RESPONSE_ID and forms[2] == SUBMITTED
    assert [forms[i] for i in range(5, 12)] == [s.code for s in specs]
    assert forms[1] is None and forms[3] is None and forms[4] is None and forms[12] is None
    lime = ["id", "submitdate", "lastpage", "startlanguage", "seed", "ipaddr",
            "Q1. Wie zufrieden sind Sie insgesamt mit der Veranstaltung",
            "relevance", "Frage [organisation]", "Was nehmen Sie mit ?", "token"]
    mapped = match_survey_columns(lime, specs)
    assert mapped == {0: RESPONSE_ID, 1: SUBMITTED, 2: None, 3: None, 4: None, 5: None,
                      6: "overall", 7: "relevance", 8: "organisation", 9: "takeaway",
                      10: None}


@pytest.mark.parametrize("writer", [_csv, _xlsx], ids=["csv", "xlsx"])
def test_hostile_export_shown_per_row_and_nothing_written_until_confirmed(db, tmp_path,
                                                                          writer):
    series = make_series(db, persons=10)
    path = writer(tmp_path / f"umfrage.{writer.__name__[1:]}", HOSTILE)
    before = _counts(db)
    with db.reading() as orm:
        preview = build_survey_preview(orm, path, series.event_id)
    assert _counts(db) == before  # the preview writes nothing
    by_line = {row.line: [p.message for p in row.problems] for row in preview.rows}
    assert by_line[2] == []
    assert any("7 liegt außerhalb von 1 bis 5" in m for m in by_line[3])
    assert any("„Lieblingsfarbe“ gehört zu keiner Frage" in m for m in by_line[4])
    assert any("Doppelte Zeile: dieselbe Antwort wie Zeile 2" in m for m in by_line[5])
    assert len(by_line[6]) == 3 and any("mehrere Antworten" in m for m in by_line[6])
    assert any("Keine Frage beantwortet" in m for m in by_line[7])
    assert by_line[8] == []
    assert (preview.total, preview.errors, preview.duplicates, preview.empty, preview.new) == \
        (7, 2, 1, 1, 3)
    personal, unknown = preview.left_out_columns()
    assert personal == ["E-Mail", "Name"] and unknown == ["Lieblingsfarbe"]
    summary = "\n".join(preview.summary_lines())
    assert "Nie übernommen (Angaben zur Person" in summary
    # all rows: refused because of the errors, nothing written
    with pytest.raises(ImportFileError, match="2 Zeilen haben Fehler"), \
            db.transaction() as orm:
        apply_survey_import(orm, preview, valid_only=False)
    assert _counts(db) == before
    # only the valid rows
    with db.transaction() as orm:
        report = apply_survey_import(orm, preview, valid_only=True)
    assert report.imported == 2 and len(report.skipped) == 5
    with db.reading() as orm:
        result = event_feedback(orm, series.event_id, include_hidden=True).total
        stored = list(orm.scalars(select(FeedbackAnswer.text).where(
            FeedbackAnswer.text.is_not(None))))
        sources = set(orm.scalars(select(FeedbackResponse.source)))
    assert result.suppressed  # two responses: under the threshold
    # CSV: the text as typed; xlsx: a formula cell, never evaluated, has no value to import
    formula = ["=HYPERLINK(\"http://x\")"] if writer is _csv else []
    assert sorted(stored) == [*formula, "Viel gelernt"]
    assert sources == {"online"}
    assert "anna" not in repr(stored).lower()


def test_second_import_of_the_same_file_adds_nothing(db, tmp_path):
    series = make_series(db, persons=10)
    clean = [r for r in HOSTILE if r[0] in (1, 3, 6)]
    path = _csv(tmp_path / "umfrage.csv", clean)
    for expected_new in (3, 0):
        with db.reading() as orm:
            preview = build_survey_preview(orm, path, series.event_id)
        assert preview.new == expected_new
        with db.transaction() as orm:
            apply_survey_import(orm, preview, valid_only=False)
    assert _counts(db)[0] == 3
    assert "Bereits importiert (Antwort-Nr. 1)" in "\n".join(preview.problem_lines())


def test_file_changed_after_preview_is_refused(db, tmp_path):
    series = make_series(db, persons=2)
    path = _csv(tmp_path / "umfrage.csv", HOSTILE[:1])
    with db.reading() as orm:
        preview = build_survey_preview(orm, path, series.event_id)
    _csv(path, HOSTILE[:1] * 2)
    with pytest.raises(ImportFileError, match="seit der Vorschau geändert"), \
            db.transaction() as orm:
        apply_survey_import(orm, preview, valid_only=True)
    assert _counts(db) == (0, 0)


def test_manual_mapping_but_never_a_personal_column(db, tmp_path):
    series = make_series(db, persons=2)
    path = _csv(tmp_path / "u.csv", [[1, "ja", "mehr Praxis", "x@example.org"]],
                header=["Nr", "Frage A", "Kommentar", "E-Mail"])
    with db.reading() as orm:
        info = read_survey_info(orm, path, series.event_id)
        specs = item_specs(current_for_event(orm, series.event_id))
        with pytest.raises(ImportFileError, match="Keine Spalte passt"):
            build_survey_preview(orm, path, series.event_id, info=info)
        mapping = override_survey_mapping(info.headers, info.auto_mapping,
                                          {"Kommentar": "missing", "Nr": "response_id"}, specs)
        preview = build_survey_preview(orm, path, series.event_id, mapping=mapping, info=info)
        assert preview.new == 1
        with pytest.raises(ValidationError, match="Angaben zur Person"):
            override_survey_mapping(info.headers, info.auto_mapping, {"E-Mail": "takeaway"},
                                    specs)
        with pytest.raises(ValidationError, match="Unbekanntes Feld"):
            override_survey_mapping(info.headers, info.auto_mapping, {"Frage A": "nix"}, specs)


@pytest.mark.parametrize("content, message", [
    (b"", "leer"),
    (b"PK\x03\x04kaputt", "beschädigt"),
    (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 100, "alten Excel-Format"),
])
def test_unreadable_files_get_a_clear_message(db, tmp_path, content, message):
    series = make_series(db, persons=1)
    path = tmp_path / "umfrage.xlsx"
    path.write_bytes(content)
    with db.reading() as orm, pytest.raises(ImportFileError, match=message):
        build_survey_preview(orm, path, series.event_id)


def test_cli_import_dry_run_then_valid_only(db, db_args, tmp_path, capsys):
    series = make_series(db, persons=10)
    path = _csv(tmp_path / "umfrage.csv", HOSTILE)
    args = [*db_args, "evaluation", "import", str(path), "--event", str(series.event_id)]
    assert main([*args, "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "Probelauf" in out and "Zeile 3: „Wie zufrieden" in out
    assert main(args) == 1
    assert "nichts importiert" in capsys.readouterr().err
    assert _counts(db) == (0, 0)
    assert main([*args, "--valid-only", "--session", str(series.session_ids[-1])]) == 0
    assert "Importiert: 2 Rückmeldungen" in capsys.readouterr().out
    with db.reading() as orm:
        assert set(orm.scalars(select(FeedbackResponse.session_id))) == {series.session_ids[-1]}
    assert main([*args, "--mapping", '{"E-Mail": "takeaway"}']) == 1
    assert "Angaben zur Person" in capsys.readouterr().err


def test_preview_refuses_a_personal_column_mapped_by_hand(db, tmp_path):
    """The dialog maps columns without override_survey_mapping: the preview itself refuses."""
    series = make_series(db, persons=2)
    path = _csv(tmp_path / "u.csv", HOSTILE[:1])
    with db.reading() as orm:
        info = read_survey_info(orm, path, series.event_id)
        mapping = dict(info.auto_mapping)
        mapping[HEADER.index("E-Mail")] = "takeaway"
        with pytest.raises(ImportFileError, match="„E-Mail“ enthält Angaben zur Person"):
            build_survey_preview(orm, path, series.event_id, mapping=mapping, info=info)
