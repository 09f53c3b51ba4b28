"""The preview: every row analysed before anything is written, in one streaming pass."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session as OrmSession

from planner.imports.analysis import ERROR, FIX, RowAnalyzer, RowPlan
from planner.imports.columns import FIELDS, check_mapping, header_score, match_columns
from planner.imports.errors import ImportFileError
from planner.imports.reading import TableSource, file_digest, open_table, table_rows
from planner.imports.textfile import DELIMITER_NAMES, ENCODING_NAMES
from planner.wording import count

KEEP_ROWS = 1000  # rows kept in full for the preview table (the first ones) …
KEEP_PROBLEM_ROWS = 5000  # … plus rows with problems, up to this many


@dataclass
class TableInfo:
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


def read_table_info(path: str | Path) -> TableInfo:
    """Open the file, find the header row and match its columns automatically."""
    source, headers, header_line = open_table(path, header_score)
    return TableInfo(source, headers, header_line, match_columns(headers))


def iter_rows(info: TableInfo) -> Iterator[tuple[int, list[object]]]:
    return table_rows(info.source, info.header_line)


@dataclass
class ImportPreview:
    info: TableInfo
    event_id: int
    mapping: dict[int, str | None]
    digest: str
    rows: list[RowPlan] = field(default_factory=list)
    total: int = 0
    errors: int = 0
    fixes: int = 0
    creates: int = 0
    matches: int = 0
    duplicates: int = 0
    registers: int = 0
    waiting: int = 0
    already: int = 0
    new_organisations: int = 0
    rows_left_out: int = 0

    @property
    def valid(self) -> int:
        return self.total - self.errors - self.fixes

    @property
    def path(self) -> Path:
        return self.info.source.path

    def mapped_fields(self) -> dict[str, str]:
        """Field → heading, for showing the mapping."""
        return {f: self.info.headers[i] for i, f in self.mapping.items() if f}

    def summary_lines(self) -> list[str]:
        lines = [f"Datei: {self.path.name} ({self.info.describe()})",
                 "Zuordnung: " + ", ".join(f"{h or '(ohne Überschrift)'} → {FIELDS[f]}"
                                           for f, h in self.mapped_fields().items()),
                 f"{self.total} Datenzeilen: {self.valid} ohne Probleme, {self.fixes} mit "
                 f"automatisch behebbaren Problemen, {self.errors} mit Fehlern.",
                 f"Neu anzulegen: {count(self.creates, 'Person', 'Personen')}, "
                 f"{count(self.new_organisations, 'Organisation', 'Organisationen')}; "
                 f"vorhandene Personen erkannt: {self.matches}; doppelte "
                 f"Zeilen: {self.duplicates}.",
                 f"Anmeldungen: {self.registers} angemeldet, {self.waiting} Warteliste, "
                 f"{self.already} bereits angemeldet."]
        if self.rows_left_out:
            lines.append(f"(In der Vorschau werden {self.rows_left_out} unauffällige Zeilen "
                         "nicht einzeln gezeigt.)")
        return lines

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


def build_preview(orm: OrmSession, path: str | Path, event_id: int,
                  mapping: dict[int, str | None] | None = None,
                  info: TableInfo | None = None) -> ImportPreview:
    """Analyse every row (streamed); nothing is written. Raises ImportFileError."""
    info = info or read_table_info(path)
    chosen = dict(info.auto_mapping if mapping is None else mapping)
    problem = check_mapping(chosen)
    if problem:
        raise ImportFileError(problem)
    preview = ImportPreview(info, event_id, chosen, file_digest(info.source.path))
    analyzer = RowAnalyzer(orm, event_id, chosen)
    kept_problems = 0
    for line, row in iter_rows(info):
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


def _count(preview: ImportPreview, plan: RowPlan) -> None:
    preview.total += 1
    if plan.has_error:
        preview.errors += 1
        return
    if plan.has_fix:
        preview.fixes += 1
    if plan.duplicate_of is not None:
        preview.duplicates += 1
        return
    if plan.person_id is None:
        preview.creates += 1
    else:
        preview.matches += 1
    if plan.new_organisation and any("unbekannt" in p.message for p in plan.problems):
        preview.new_organisations += 1
    if plan.registration == "register":
        preview.registers += 1
    elif plan.registration == "waiting":
        preview.waiting += 1
    elif plan.registration == "already":
        preview.already += 1
