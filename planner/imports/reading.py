"""Opening an import file (.xlsx or .csv) as a stream of rows, refusing what we cannot read."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from planner.imports.errors import ImportFileError
from planner.imports.textfile import iter_csv, sniff
from planner.imports.xlsx_rows import too_many_rows, xlsx_rows

MAX_ROWS = 100_000
MAX_COLUMNS = 200
HEADER_SEARCH_ROWS = 10
# Every row counts toward this, empty ones too (a file of millions of empty rows is refused
# at once instead of being read to the end): the data rows plus room for a title block.
MAX_RAW_ROWS = MAX_ROWS + HEADER_SEARCH_ROWS
OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGIC = b"PK\x03\x04"

Cell = Any  # str | int | float | datetime | date | bool | None


@dataclass
class TableSource:
    """What was found in the file; `rows()` streams the data rows after the header."""

    path: Path
    kind: str  # "xlsx" or "csv"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""

    def raw_rows(self) -> Iterator[list[Cell]]:
        if self.kind == "csv":
            yield from (row[:MAX_COLUMNS] for row in iter_csv(self.path, self.encoding,
                                                                 self.delimiter))
        else:
            yield from xlsx_rows(self.path, MAX_RAW_ROWS, MAX_COLUMNS)


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def open_source(path: str | Path) -> TableSource:
    """Recognise the file by its content (not only its name) and open it."""
    p = Path(path)
    if not p.is_file():
        raise ImportFileError(f"Die Datei „{p}“ gibt es nicht.")
    with p.open("rb") as f:
        head = f.read(8)
    if not head:
        raise ImportFileError("Die Datei ist leer.")
    if head.startswith(OLE2_MAGIC):
        if _is_encrypted_ooxml(p):
            raise ImportFileError(
                "Die Datei ist passwortgeschützt (verschlüsselt). Bitte in Excel den "
                "Kennwortschutz entfernen (Datei → Informationen → Arbeitsmappe schützen) "
                "und erneut importieren.")
        raise ImportFileError(
            "Die Datei ist im alten Excel-Format (.xls). Bitte in Excel als "
            "„Excel-Arbeitsmappe (.xlsx)“ oder als CSV speichern und erneut importieren.")
    if head.startswith(ZIP_MAGIC) or p.suffix.lower() in (".xlsx", ".xlsm"):
        return _open_xlsx(p)
    encoding, delimiter = sniff(p)
    return TableSource(p, "csv", encoding=encoding, delimiter=delimiter)


def _is_encrypted_ooxml(path: Path) -> bool:
    """Encrypted .xlsx files are OLE2 containers with an "EncryptionInfo" stream."""
    marker = "EncryptionInfo".encode("utf-16-le")
    with path.open("rb") as f:
        data = f.read(1 << 20)
    return marker in data


def _open_xlsx(path: Path) -> TableSource:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            bad = archive.testzip()
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise ImportFileError(
            "Die Excel-Datei ist beschädigt oder unvollständig (z. B. abgebrochene Übertragung) "
            "und kann nicht gelesen werden.") from exc
    if bad is not None:
        raise ImportFileError(f"Die Excel-Datei ist beschädigt (Teil „{bad}“ unlesbar).")
    if "xl/workbook.xml" not in names:
        raise ImportFileError("Die Datei ist keine Excel-Arbeitsmappe (.xlsx).")
    return TableSource(path, "xlsx")


def _blank(row: list[Cell]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in row)


def split_header(rows: Iterator[list[Cell]], score: Any) -> tuple[list[str], int,
                                                                   Iterator[tuple[int, list]]]:
    """Find the header among the first rows (the one `score` likes best, else the first
    non-blank one). Returns headers, the header's line number and (line, row) data rows."""
    buffered: list[tuple[int, list[Cell]]] = []
    numbered = enumerate(rows, start=1)
    for line, row in numbered:
        buffered.append((line, row))
        if len(buffered) >= HEADER_SEARCH_ROWS:
            break
    candidates = [(line, row) for line, row in buffered if not _blank(row)]
    if not candidates:
        raise ImportFileError("Die Datei enthält keine Tabelle (keine Überschriftenzeile).")
    best_line, best_row = candidates[0]
    best_score = score(best_row)
    for line, row in candidates[1:]:
        s = score(row)
        if s > best_score:
            best_line, best_row, best_score = line, row, s
    headers = [_header_text(c) for c in best_row]
    rest = ((line, row) for line, row in buffered if line > best_line)
    return headers, best_line, chain(rest, numbered)


def _header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    return " ".join(str(cell).split())


def open_table(path: str | Path, score: Any) -> tuple[TableSource, list[str], int]:
    """Open a file and find its header row: (source, headers, header line)."""
    source = open_source(path)
    headers, header_line, _rows = split_header(source.raw_rows(), score)
    return source, headers, header_line


def table_rows(source: TableSource, header_line: int) -> Iterator[tuple[int, list[Cell]]]:
    """The non-blank data rows below the header, numbered as in the file."""
    rows = ((line, row) for line, row in enumerate(source.raw_rows(), start=1)
            if line > header_line)
    return data_rows(rows)


def data_rows(rows: Iterator[tuple[int, list[Cell]]]) -> Iterator[tuple[int, list[Cell]]]:
    """Non-blank data rows; more than MAX_ROWS ends in a clear message."""
    count = 0
    for line, row in rows:
        if line > MAX_RAW_ROWS:
            raise too_many_rows(MAX_RAW_ROWS)
        if _blank(row):
            continue
        count += 1
        if count > MAX_ROWS:
            raise ImportFileError(
                f"Die Datei hat mehr als {MAX_ROWS:,} Datenzeilen. Bitte in kleinere Dateien "
                "aufteilen (höchstens 100.000 Zeilen je Import).".replace(",", "."))
        yield line, row
