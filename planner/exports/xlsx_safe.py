"""Cell values that are never formulas, safe sheet titles, and German text helpers for lists.

openpyxl stores any ``str`` starting with "=" as a formula. Spreadsheet programs also treat
text starting with "+", "-", "@", a tab or a carriage return as the start of a formula when
a person edits the cell. `safe_cell` therefore returns such text as an explicit string cell
with the *quotePrefix* style flag (Excel's and LibreOffice's own marker for "typed with a
leading apostrophe"): both show the original text, and editing it keeps it text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill

# Leading characters that make a spreadsheet program read a text as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00")
_TRIGGER_SET = frozenset(FORMULA_TRIGGERS)
_ILLEGAL_SEARCH = ILLEGAL_CHARACTERS_RE.search
MAX_CELL_TEXT = 32767
MAX_SHEET_TITLE = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

WEEKDAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def clean_text(text: str) -> str:
    """Text without the control characters XML forbids, cut to Excel's cell limit.

    Carriage returns become line feeds, as any XML reader would turn them anyway.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return ILLEGAL_CHARACTERS_RE.sub("", text)[:MAX_CELL_TEXT]


def needs_guard(text: str) -> bool:
    """True if the raw text could be read as a formula by a spreadsheet program."""
    return text.startswith(FORMULA_TRIGGERS)


def safe_cell(
    value: Any,
    sheet: Any = None,
    *,
    font: Font | None = None,
    border: Border | None = None,
    alignment: Alignment | None = None,
    fill: PatternFill | None = None,
    number_format: str | None = None,
) -> Any:
    """A value for ``ws.append`` / write-only rows that can never become a formula.

    Plain values come back unchanged (text cleaned of illegal characters). Text that starts
    with a formula trigger, and any value with a style, comes back as a cell object whose
    string type is fixed. Pass ``sheet`` (the worksheet the row goes to): it is needed for
    styles and for the quotePrefix flag that keeps the text a text when a person edits it.
    """
    guard = False
    if type(value) is str:
        if not value:
            value = None
        else:
            guard = value[0] in _TRIGGER_SET
            if _ILLEGAL_SEARCH(value) or "\r" in value or len(value) > MAX_CELL_TEXT:
                value = clean_text(value) or None
    elif value is not None and not isinstance(value, (int, float, date, datetime)):
        value = clean_text(str(value)) or None
        guard = value is not None and needs_guard(value)
    styled = not (font is None and border is None and alignment is None and fill is None
                  and number_format is None)
    if not guard and not styled:
        return value
    if styled and sheet is None:
        raise ValueError("styled cells need their worksheet")
    cell = _TextCell(sheet, value=None)
    if isinstance(value, str):
        cell._value = value
        cell.data_type = "s"
    else:
        cell.value = value
    if guard and sheet is not None:
        cell.quotePrefix = True
    if font is not None:
        cell.font = font
    if border is not None:
        cell.border = border
    if alignment is not None:
        cell.alignment = alignment
    if fill is not None:
        cell.fill = fill
    if number_format is not None:
        cell.number_format = number_format
    return cell


class _TextCell(Cell):
    """A cell that may be built before it belongs to a sheet (openpyxl's repr needs one)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<Cell {self._value!r}>"


def set_safe(cell: Any, value: Any) -> None:
    """Assign a value to an existing (normal-mode) cell; text is never a formula."""
    if isinstance(value, str) or (
        value is not None and not isinstance(value, (int, float, date, datetime))
    ):
        text = str(value)
        guard = needs_guard(text)
        cell.value = None
        cell._value = clean_text(text)
        cell.data_type = "s"
        if guard:
            cell.quotePrefix = True
    else:
        cell.value = value


def safe_sheet_title(text: str, taken: set[str]) -> str:
    """A sheet title Excel accepts (≤31 chars, none of []:*?/\\), unique in `taken`.

    `taken` holds the titles already used (compared case-insensitively) and is updated.
    """
    # "Modul 1: Einführung" reads "Modul 1 Einführung", not "Modul 1- Einführung".
    title = re.sub(r":\s+", " ", clean_text(text))
    title = _SHEET_FORBIDDEN.sub("-", title).replace("\n", " ").replace("\r", " ")
    title = " ".join(title.split()).strip("'")
    title = title[:MAX_SHEET_TITLE].strip() or "Tabelle"
    if title.lower() == "history":  # reserved by Excel
        title = "History-1"
    lowered = {t.lower() for t in taken}
    candidate = title
    n = 2
    while candidate.lower() in lowered:
        suffix = f" ({n})"
        candidate = title[: MAX_SHEET_TITLE - len(suffix)].rstrip() + suffix
        n += 1
    taken.add(candidate)
    return candidate


_FOLD = str.maketrans({"ß": "ss", "ẞ": "SS", "ł": "l", "Ł": "L", "ı": "i", "ø": "o",
                       "Ø": "O", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe"})


def sort_text(text: str | None) -> str:
    """A German-ish collation key: accents and umlauts sort as their base letter."""
    folded = unicodedata.normalize("NFKD", (text or "").translate(_FOLD))
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()


def name_sort_key(last_name: str | None, first_name: str | None, ident: int = 0) -> tuple:
    return (sort_text(last_name), sort_text(first_name), ident)


def german_date(day: date | datetime) -> str:
    """E.g. "Dienstag, 02.03.2027"."""
    return f"{WEEKDAYS_DE[day.weekday()]}, {day:%d.%m.%Y}"


def format_units(units: float) -> str:
    """Teaching units with a German decimal comma and no trailing ",0"."""
    text = f"{units:.1f}".replace(".", ",")
    return text[:-2] if text.endswith(",0") else text


def join_nonempty(parts: Iterable[str | None], sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)
