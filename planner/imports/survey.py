"""Importing an online survey's export as anonymous feedback responses.

The same rules as the registration import: `read_survey_info` recognises the file and its
columns, `build_survey_preview` analyses every row without writing (out-of-range values,
answers to unknown questions, duplicated or already imported rows, each shown per row), and
`apply_survey_import` writes in the caller's one transaction: all rows (a row with an error
aborts everything) or only the rows without any problem.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.errors import ValidationError
from planner.evaluation.answers import AnswerProblem, cell_text, parse_answer
from planner.evaluation.questionnaires import current_for_event, event_or_error, item_specs
from planner.imports.analysis import ERROR, FIX, NOTE, Problem
from planner.imports.columns import heading_key
from planner.imports.errors import ImportFileError
from planner.imports.preview import KEEP_PROBLEM_ROWS, KEEP_ROWS
from planner.imports.reading import TableSource, file_digest, open_table, table_rows
from planner.imports.survey_columns import (
    META_FIELDS,
    RESPONSE_ID,
    SUBMITTED,
    is_personal,
    is_technical,
    match_survey_columns,
    survey_header_score,
)
from planner.imports.textfile import DELIMITER_NAMES, ENCODING_NAMES
from planner.models import FeedbackAnswer, FeedbackResponse, Session
from planner.wording import count

Answer = tuple[int | None, str | None]


@dataclass
class SurveyInfo:
    source: TableSource
    headers: list[str]
    header_line: int
    auto_mapping: dict[int, str | None]

    def describe(self) -> str:
        s = self.source
        if s.kind == "xlsx":
            return "Excel-Arbeitsmappe (.xlsx), erstes Tabellenblatt"
        return (f"CSV, Zeichenkodierung {ENCODING_NAMES.get(s.encoding, s.encoding)}, "
                f"Trennzeichen {DELIMITER_NAMES.get(s.delimiter, s.delimiter)}")


@dataclass(slots=True)
class SurveyRow:
    line: int
    answers: dict[int, Answer] = field(default_factory=dict)
    source_key: str = ""
    duplicate_of: int | None = None
    already: bool = False
    problems: list[Problem] = field(default_factory=list)

    @property
    def has_error(self) -> bool:
        return any(p.level == ERROR for p in self.problems)

    @property
    def has_fix(self) -> bool:
        return any(p.level == FIX for p in self.problems)

    @property
    def skipped(self) -> bool:
        """Not imported even when all rows are: a duplicate, already there, or empty."""
        return self.duplicate_of is not None or self.already or not self.answers

    def add(self, level: str, message: str) -> None:
        self.problems.append(Problem(level, message))


def read_survey_info(orm: OrmSession, path: str | Path, event_id: int) -> SurveyInfo:
    """Open the file, find the header row and match its columns to the event's items."""
    specs = item_specs(current_for_event(orm, event_id))
    source, headers, header_line = open_table(path, survey_header_score(specs))
    return SurveyInfo(source, headers, header_line, match_survey_columns(headers, specs))


def _key_hash(event_id: int, key: str) -> str:
    return hashlib.sha256(f"{event_id}|{key}".encode()).hexdigest()[:40]


class SurveyAnalyzer:
    """Reads rows one at a time; remembers earlier rows to find duplicates."""

    def __init__(self, orm: OrmSession, event_id: int, info: SurveyInfo,
                 mapping: dict[int, str | None]) -> None:
        self.event_id = event_id
        self.questionnaire = current_for_event(orm, event_id)
        self.specs = {s.code: s for s in item_specs(self.questionnaire)}
        self.items = {i: self.specs[t] for i, t in mapping.items() if t in self.specs}
        self.meta = {t: i for i, t in mapping.items() if t in META_FIELDS}
        self.unknown = {i: h for i, h in enumerate(info.headers)
                        if mapping.get(i) is None and h and not is_personal(h)
                        and not is_technical(h)}
        self.stored = set(orm.scalars(select(FeedbackResponse.source_key).where(
            FeedbackResponse.event_id == event_id, FeedbackResponse.source_key.is_not(None))))
        self.seen: dict[str, int] = {}
        self.same_answers: dict[str, int] = {}

    def analyse(self, line: int, row: list[object]) -> SurveyRow:
        plan = SurveyRow(line)
        for column, spec in self.items.items():
            raw = row[column] if column < len(row) else None
            try:
                answer = parse_answer(spec, raw)
            except AnswerProblem as exc:
                plan.add(ERROR, str(exc))
                continue
            if answer is not None:
                plan.answers[spec.id] = answer
        for column, heading in self.unknown.items():
            if column < len(row) and cell_text(row[column]):
                plan.add(FIX, f"Antwort in Spalte „{heading[:50]}“ gehört zu keiner Frage des "
                              "Fragebogens – wird nicht übernommen.")
        if not plan.answers and not plan.has_error:
            plan.add(FIX, "Keine Frage beantwortet – wird übersprungen.")
            return plan
        self._identify(plan, row)
        return plan

    def _cell(self, row: list[object], field_name: str) -> str:
        column = self.meta.get(field_name)
        if column is None or column >= len(row):
            return ""
        return cell_text(row[column])[:200]

    def _identify(self, plan: SurveyRow, row: list[object]) -> None:
        answers = repr(sorted(plan.answers.items()))
        response_id, submitted = self._cell(row, RESPONSE_ID), self._cell(row, SUBMITTED)
        if response_id:
            key, what = f"id:{response_id}", f"Antwort-Nr. {response_id}"
        elif submitted:
            key, what = f"time:{submitted}|{answers}", "gleicher Zeitpunkt und gleiche Antworten"
        else:
            key, what = f"line:{plan.line}|{answers}", "gleiche Zeile und gleiche Antworten"
        plan.source_key = _key_hash(self.event_id, key)
        earlier = self.seen.get(key)
        if earlier is not None:
            plan.duplicate_of = earlier
            plan.add(FIX, f"Doppelte Zeile: dieselbe Antwort wie Zeile {earlier} ({what}) – "
                          "wird übersprungen.")
            return
        self.seen[key] = plan.line
        if plan.source_key in self.stored:
            plan.already = True
            plan.add(FIX, f"Bereits importiert ({what}) – wird übersprungen.")
            return
        if not response_id and not submitted:
            twin = self.same_answers.get(answers)
            if twin is not None:
                plan.add(NOTE, f"Gleiche Antworten wie Zeile {twin}; ohne Antwort-Nr. nicht "
                               "sicher als doppelt erkennbar – wird übernommen.")
            self.same_answers.setdefault(answers, plan.line)


@dataclass
class SurveyPreview:
    info: SurveyInfo
    event_id: int
    session_id: int | None
    questionnaire_id: int
    mapping: dict[int, str | None]
    digest: str
    rows: list[SurveyRow] = field(default_factory=list)
    total: int = 0
    errors: int = 0
    fixes: int = 0
    duplicates: int = 0
    already: int = 0
    empty: int = 0
    new: int = 0
    rows_left_out: int = 0
    item_labels: dict[str, str] = field(default_factory=dict)

    @property
    def valid(self) -> int:
        return self.total - self.errors - self.fixes

    @property
    def path(self) -> Path:
        return self.info.source.path

    def left_out_columns(self) -> tuple[list[str], list[str]]:
        """(personal columns never imported, other columns that fit no question)."""
        personal = [h for h in self.info.headers if h and is_personal(h)]
        unknown = [h for i, h in enumerate(self.info.headers)
                   if h and self.mapping.get(i) is None and not is_personal(h)
                   and not is_technical(h)]
        return personal, unknown

    def summary_lines(self) -> list[str]:
        mapped = [self._mapped(self.info.headers[i], t) for i, t in self.mapping.items() if t]
        personal, unknown = self.left_out_columns()
        lines = [f"Datei: {self.path.name} ({self.info.describe()})",
                 "Zuordnung: " + ("; ".join(mapped) or "keine Spalte zugeordnet")]
        if personal:
            lines.append("Nie übernommen (Angaben zur Person, Rückmeldungen bleiben anonym): "
                         + ", ".join(personal))
        if unknown:
            lines.append("Keiner Frage zugeordnet: " + ", ".join(h[:50] for h in unknown))
        lines += [f"{self.total} Datenzeilen: {self.valid} ohne Probleme, {self.fixes} mit "
                  f"automatisch behebbaren Problemen, {self.errors} mit Fehlern.",
                  f"Neue Rückmeldungen: {self.new}; doppelte Zeilen: {self.duplicates}; "
                  f"bereits importiert: {self.already}; leer: {self.empty}."]
        if self.rows_left_out:
            lines.append(f"(In der Vorschau werden {self.rows_left_out} unauffällige Zeilen "
                         "nicht einzeln gezeigt.)")
        return lines

    def _mapped(self, heading: str, target: str) -> str:
        label = self.item_labels.get(target, META_FIELDS.get(target, target))
        short = label if len(label) <= 60 else label[:59].rstrip() + "…"
        if heading_key(heading) == heading_key(label):
            return f"„{short}“"
        return f"{heading or '(ohne Überschrift)'} → „{short}“"

    def problem_lines(self, levels: tuple[str, ...] = (ERROR, FIX),
                      limit: int = 50) -> list[str]:
        out = []
        for row in self.rows:
            for p in row.problems:
                if p.level in levels:
                    out.append(f"Zeile {row.line}: {p.message}")
                    if len(out) >= limit:
                        return out
        return out


def _check_session(orm: OrmSession, event_id: int, session_id: int | None) -> None:
    if session_id is None:
        return
    session = orm.get(Session, session_id) if isinstance(session_id, int) else None
    if session is None or session.event_id != event_id:
        raise ValidationError("Der Termin gehört nicht zu dieser Veranstaltung.")


def build_survey_preview(orm: OrmSession, path: str | Path, event_id: int, *,
                         session_id: int | None = None,
                         mapping: dict[int, str | None] | None = None,
                         info: SurveyInfo | None = None) -> SurveyPreview:
    """Analyse every row (streamed); nothing is written. Raises ImportFileError."""
    event_or_error(orm, event_id)
    _check_session(orm, event_id, session_id)
    info = info or read_survey_info(orm, path, event_id)
    chosen = dict(info.auto_mapping if mapping is None else mapping)
    for column, target in chosen.items():
        if target is not None and 0 <= column < len(info.headers) \
                and is_personal(info.headers[column]):
            raise ImportFileError(f"Die Spalte „{info.headers[column]}“ enthält Angaben zur "
                                  "Person und wird nie übernommen: Rückmeldungen bleiben "
                                  "anonym.")
    analyzer = SurveyAnalyzer(orm, event_id, info, chosen)
    if not analyzer.items:
        raise ImportFileError("Keine Spalte passt zu einer Frage des Fragebogens. Bitte die "
                              "Spalten den Fragen zuordnen.")
    preview = SurveyPreview(info, event_id, session_id, analyzer.questionnaire.id, chosen,
                            file_digest(info.source.path),
                            item_labels={s.code: s.text for s in analyzer.specs.values()})
    kept_problems = 0
    for line, row in table_rows(info.source, info.header_line):
        plan = analyzer.analyse(line, row)
        _count(preview, plan)
        if len(preview.rows) < KEEP_ROWS:
            preview.rows.append(plan)
        elif (plan.has_error or plan.has_fix) and kept_problems < KEEP_PROBLEM_ROWS:
            preview.rows.append(plan)
            kept_problems += 1
        else:
            preview.rows_left_out += 1
    if preview.total == 0:
        raise ImportFileError("Die Datei enthält keine Datenzeilen (nur Überschriften).")
    return preview


def _count(preview: SurveyPreview, plan: SurveyRow) -> None:
    preview.total += 1
    if plan.has_error:
        preview.errors += 1
        return
    if plan.has_fix:
        preview.fixes += 1
    if plan.duplicate_of is not None:
        preview.duplicates += 1
    elif plan.already:
        preview.already += 1
    elif not plan.answers:
        preview.empty += 1
    else:
        preview.new += 1


@dataclass
class SurveyReport:
    imported: int = 0
    skipped: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"Importiert: {self.imported} Rückmeldungen", f"Übersprungen: {len(self.skipped)}"]
        out += [f"  {s}" for s in self.skipped[:200]]
        if len(self.skipped) > 200:
            out.append(f"  … und {len(self.skipped) - 200} weitere")
        return out


def apply_survey_import(orm: OrmSession, preview: SurveyPreview, *,
                        valid_only: bool) -> SurveyReport:
    """Import the previewed file. Raises ImportFileError; the caller's transaction then
    rolls back, so nothing is written."""
    if file_digest(preview.path) != preview.digest:
        raise ImportFileError("Die Datei wurde seit der Vorschau geändert. Bitte die Vorschau "
                              "neu laden.")
    if not valid_only and preview.errors:
        shown = "\n".join(preview.problem_lines((ERROR,), limit=10))
        raise ImportFileError(
            f"{count(preview.errors, 'Zeile hat', 'Zeilen haben')} Fehler; es wurde nichts "
            "importiert. Bitte die "
            f"Datei korrigieren oder „nur gültige Zeilen“ wählen.\n{shown}")
    analyzer = SurveyAnalyzer(orm, preview.event_id, preview.info, preview.mapping)
    if analyzer.questionnaire.id != preview.questionnaire_id:
        raise ImportFileError("Der Fragebogen wurde seit der Vorschau geändert. Bitte die "
                              "Vorschau neu laden.")
    report = SurveyReport()
    for line, row in table_rows(preview.info.source, preview.info.header_line):
        plan = analyzer.analyse(line, row)
        reasons = [p.message for p in plan.problems
                   if p.level == ERROR or (valid_only and p.level == FIX)]
        if plan.has_error and not valid_only:
            raise ImportFileError(f"Zeile {line}: {reasons[0]} Es wurde nichts importiert.")
        if reasons or plan.skipped:
            why = reasons or [p.message for p in plan.problems if p.level == FIX]
            report.skipped.append(f"Zeile {line}: {' '.join(why)}")
            continue
        orm.add(FeedbackResponse(
            event_id=preview.event_id, session_id=preview.session_id,
            questionnaire_id=analyzer.questionnaire.id, source="online",
            source_key=plan.source_key,
            answers=[FeedbackAnswer(item_id=i, value=v, text=t)
                     for i, (v, t) in plan.answers.items()]))
        analyzer.stored.add(plan.source_key)
        report.imported += 1
    orm.flush()
    from planner.audit import record

    record(orm, "import_feedback", "event", preview.event_id,
           "\n".join([f"Datei: {preview.path.name}",
                      "nur gültige Zeilen" if valid_only else "alle Zeilen", *report.lines()]))
    return report


__all__ = ["SurveyInfo", "SurveyPreview", "SurveyReport", "SurveyRow",
           "apply_survey_import", "build_survey_preview", "read_survey_info"]
