"""CSV files as offices get them: encoding and delimiter detected, rows streamed."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

from planner.imports.errors import ImportFileError

DELIMITERS = (";", "\t", ",", "|")
DELIMITER_NAMES = {";": "Semikolon", "\t": "Tabulator", ",": "Komma", "|": "senkrechter Strich"}
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 mit BOM", "utf-16": "UTF-16 (Unicode)",
                  "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
                  "cp1252": "Windows-1252", "latin-1": "ISO-8859-1"}
_CHUNK = 1 << 20
_SAMPLE_LINES = 50
FIELD_LIMIT = 100_000


def detect_encoding(path: Path) -> str:
    """UTF-16 (BOM), UTF-8 with BOM, UTF-8 (validated over the whole file), else cp1252."""
    with path.open("rb") as f:
        head = f.read(4096)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        if head and head.count(b"\x00") * 4 > len(head):
            # UTF-16 without BOM: every other byte of ASCII text is NUL.
            even, odd = head[0::2].count(0), head[1::2].count(0)
            if odd > even * 4:
                return "utf-16-le"
            if even > odd * 4:
                return "utf-16-be"
            raise ImportFileError("Die Datei ist keine Textdatei (CSV) und keine "
                                  "Excel-Arbeitsmappe.")
        f.seek(0)
        decoder: codecs.IncrementalDecoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := f.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass
        f.seek(0)
        decoder = codecs.getincrementaldecoder("cp1252")()
        try:
            while chunk := f.read(_CHUNK):
                decoder.decode(chunk)
            return "cp1252"
        except UnicodeDecodeError:
            return "latin-1"


def _field_counts(lines: list[str], delimiter: str) -> list[int]:
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    try:
        return [len(row) for row in reader if any(cell.strip() for cell in row)]
    except csv.Error:
        return []


def detect_delimiter(sample_lines: list[str]) -> str:
    """The delimiter that splits the header into most columns and the rows like the header.

    Quoted fields ("Müller, Anna") are respected; `;` wins ties (German Excel's default).
    """
    best, best_score = ";", (-1.0, 0)
    for delimiter in DELIMITERS:
        counts = _field_counts(sample_lines, delimiter)
        if not counts or counts[0] < 2:
            continue
        header = counts[0]
        rows = counts[1:] or [header]
        consistent = sum(1 for n in rows if n == header) / len(rows)
        score = (consistent, header)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _open_text(path: Path, encoding: str) -> io.TextIOWrapper:
    return open(path, encoding=encoding, newline="", errors="strict")  # noqa: SIM115


def sniff(path: Path) -> tuple[str, str]:
    """(encoding, delimiter) of a CSV file."""
    encoding = detect_encoding(path)
    lines: list[str] = []
    try:
        with _open_text(path, encoding) as f:
            for line in f:
                if line.strip():
                    lines.append(line.rstrip("\r\n"))
                if len(lines) >= _SAMPLE_LINES:
                    break
    except UnicodeDecodeError as exc:
        raise undecodable(encoding) from exc
    return encoding, detect_delimiter(lines)


def undecodable(encoding: str) -> ImportFileError:
    """The file is not consistently in the encoding it starts with (e.g. UTF-16 with an
    invalid surrogate, or a UTF-8 file cut in the middle of a character)."""
    name = ENCODING_NAMES.get(encoding, encoding)
    return ImportFileError(
        f"Die Datei ist nicht durchgehend als {name} lesbar (ungültige Zeichenfolge). "
        "Bitte in Excel oder einem Texteditor als „CSV UTF-8“ speichern und erneut "
        "importieren.")


def iter_csv(path: Path, encoding: str, delimiter: str) -> Iterator[list[str]]:
    """Rows as lists of text, streamed; damaged lines end in a clear German message."""
    old_limit = csv.field_size_limit()
    csv.field_size_limit(FIELD_LIMIT)
    try:
        with _open_text(path, encoding) as f:
            reader = csv.reader(f, delimiter=delimiter)
            try:
                yield from reader
            except csv.Error as exc:
                raise ImportFileError(
                    f"Die CSV-Datei ist in Zeile {reader.line_num} beschädigt oder enthält ein "
                    f"zu großes Feld ({exc})."
                ) from exc
            except UnicodeDecodeError as exc:
                raise undecodable(encoding) from exc
    finally:
        csv.field_size_limit(old_limit)
