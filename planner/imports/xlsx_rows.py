"""The first sheet of an .xlsx file as a stream of rows, with bounded time and memory.

openpyxl's read-only worksheet is not bounded for hostile files: it parses the whole sheet
at load time when the `<dimension>` element is missing, keeps every parsed row element
attached to the tree (a 176 KB file with 20 million empty `<row/>` elements took 311 s and
1.8 GB), and fills gaps in row numbers with empty rows. Here the sheet is parsed once,
lazily: every row element (and every gap) counts toward the row limit, parsed rows are
dropped from the tree at once, and a row may hold no more cells than Excel allows. The
cell values are decoded by openpyxl's own row parser (shared strings, dates, booleans).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from planner.imports.errors import ImportFileError

MAX_EXCEL_COLUMNS = 16_384  # XFD, the last column Excel knows
MAX_SHARED_STRINGS_BYTES = 100 * 1024 * 1024  # uncompressed; a real 100,000-row list: ~20 MB

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL, _SHEET_DATA = f"{_MAIN}row", f"{_MAIN}c", f"{_MAIN}sheetData"


def too_many_rows(limit: int) -> ImportFileError:
    return ImportFileError(
        f"Die Datei hat mehr als {limit:,} Zeilen (leere Zeilen mitgezählt). Bitte leere "
        "Zeilen entfernen oder die Datei in kleinere Dateien aufteilen (höchstens 100.000 "
        "Datenzeilen je Import).".replace(",", "."))


def _broken(exc: BaseException) -> ImportFileError:
    return ImportFileError(f"Die Excel-Datei ist beschädigt ({type(exc).__name__}).")


def _check_sizes(archive: zipfile.ZipFile) -> None:
    for info in archive.infolist():
        if info.filename.lower().endswith("sharedstrings.xml") and \
                info.file_size > MAX_SHARED_STRINGS_BYTES:
            raise ImportFileError(
                "Die Excel-Datei enthält ungewöhnlich viel Text (über 100 MB entpackt) und "
                "wird nicht gelesen. Bitte nur die Tabelle der Anmeldungen speichern.")


class _Workbook:
    """What decoding cells needs: shared strings, date formats, the first sheet's part."""

    def __init__(self, path: Path) -> None:
        from openpyxl.reader.excel import ExcelReader
        from openpyxl.styles.stylesheet import apply_stylesheet

        reader = ExcelReader(str(path), read_only=True, data_only=True)
        self.archive = reader.archive
        try:
            _check_sizes(reader.archive)
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.parser.wb)
            self.book = reader.parser.wb
            self.shared_strings = reader.shared_strings
            names = set(reader.archive.namelist())
            self.sheet_part = next((rel.target for _sheet, rel in reader.parser.find_sheets()
                                    if rel.target in names), None)
        except BaseException:
            reader.archive.close()
            raise

    def close(self) -> None:
        self.archive.close()


def _parser(book: _Workbook, source: Any) -> Any:
    from openpyxl.worksheet._reader import WorkSheetParser

    wb = book.book
    return WorkSheetParser(source, book.shared_strings, data_only=True, epoch=wb.epoch,
                           date_formats=wb._date_formats,
                           timedelta_formats=wb._timedelta_formats)


def _row_values(cells: list[dict], max_columns: int) -> list[Any]:
    width = min(max((c["column"] for c in cells), default=0), max_columns)
    values: list[Any] = [None] * width
    for cell in cells:
        column = cell["column"]
        if 1 <= column <= width:
            values[column - 1] = cell["value"]
    return values


def _sheet_rows(book: _Workbook, max_rows: int, max_columns: int) -> Iterator[list[Any]]:
    from openpyxl.xml.functions import iterparse  # defusedxml's when installed, as openpyxl

    assert book.sheet_part is not None
    with book.archive.open(book.sheet_part) as source:
        parser = _parser(book, source)
        container = None  # <sheetData>: parsed rows are removed from it at once
        cells_in_row = 0
        yielded = 0
        for event, element in iterparse(source, events=("start", "end")):
            tag = element.tag
            if event == "start":
                if tag == _SHEET_DATA:
                    container = element
                continue
            if tag == _CELL:
                cells_in_row += 1
                if cells_in_row > MAX_EXCEL_COLUMNS:
                    raise ImportFileError(
                        f"Eine Zeile der Excel-Datei hat mehr als {MAX_EXCEL_COLUMNS:,} Zellen; "
                        "die Datei ist beschädigt oder keine normale Tabelle."
                        .replace(",", "."))
            elif tag == _ROW:
                index, cells = parser.parse_row(element)
                cells_in_row = 0
                if container is not None:
                    container.clear()
                else:
                    element.clear()
                if index > max_rows:
                    raise too_many_rows(max_rows)
                while yielded < index - 1:  # rows the file leaves out are empty rows
                    yielded += 1
                    yield []
                if index > yielded:
                    yielded = index
                    yield _row_values(cells, max_columns)


def xlsx_rows(path: Path, max_rows: int, max_columns: int) -> Iterator[list[Any]]:
    """Rows of the first sheet (values only, formulas as their cached value); more than
    `max_rows` rows, empty ones and gaps included, end in ImportFileError."""
    try:
        book = _Workbook(path)
    except ImportFileError:
        raise
    except Exception as exc:  # openpyxl raises many kinds for broken parts
        raise ImportFileError(
            f"Die Excel-Datei kann nicht gelesen werden ({type(exc).__name__}).") from exc
    try:
        if book.sheet_part is None:
            return
        try:
            yield from _sheet_rows(book, max_rows, max_columns)
        except ImportFileError:
            raise
        except Exception as exc:
            raise _broken(exc) from exc
    finally:
        book.close()
