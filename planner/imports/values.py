"""Cell values into clean text: names, dates (German formats), module lists."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from planner.duplicates import match_key

_TITLE_WORDS = {"dr", "dr.", "prof", "prof.", "dipl.-ing.", "dr.-ing.", "pd", "mag.", "ma",
                "m.a.", "b.a.", "msc", "m.sc.", "dr.med.", "dr.phil.", "dr.rer.nat."}
_PARTICLES = {"von", "van", "de", "der", "den", "zu", "zur", "vom", "del", "della", "di",
              "da", "dos", "du", "le", "la", "ter", "ten", "al", "el", "bin", "ibn"}
_EXCEL_EPOCH = datetime(1899, 12, 30)


class CellProblem(ValueError):
    """A cell that cannot be used (message is German)."""


def cell_text(value: object) -> tuple[str, bool]:
    """Text of a cell and whether control characters had to be removed."""
    if value is None:
        return "", False
    if isinstance(value, bool):
        text = "ja" if value else "nein"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, datetime):
        text = value.strftime("%d.%m.%Y %H:%M") if value.time() != time() else \
            value.strftime("%d.%m.%Y")
    elif isinstance(value, date):
        text = value.strftime("%d.%m.%Y")
    else:
        text = str(value)
    if text.isascii() and text.isprintable():
        return " ".join(text.split()), False
    text = unicodedata.normalize("NFC", text)
    if text.isprintable():
        return " ".join(text.split()), False
    cleaned = "".join(" " if ch in "\t\r\n\u00a0" else ch for ch in text
                      if ch in "\t\r\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs",
                                                                             "Co", "Cn"))
    changed = len(cleaned) != len(text)  # whitespace (tabs, line breaks) is just normalised
    return " ".join(cleaned.split()), changed


def _continuation_chars() -> str:
    """Characters a UTF-8 continuation byte (0x80-0xBF) becomes when decoded as cp1252 or
    ISO-8859-1 (the fallback for bytes cp1252 does not define)."""
    chars = {bytes([b]).decode("latin-1") for b in range(0x80, 0xC0)}
    for b in range(0x80, 0xC0):
        try:
            chars.add(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            pass
    return "".join(sorted(chars))


_CONT = re.escape(_continuation_chars())
# A UTF-8 sequence read as single bytes: a lead byte (Â…ô) and its continuation bytes.
_MOJIBAKE = re.compile(f"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|"
                       f"[\u00f0-\u00f4][{_CONT}]{{3}}")


def _undo(match: re.Match[str]) -> str:
    piece = match.group(0)
    for encoding in ("cp1252", "latin-1"):
        try:
            return piece.encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
    return piece


def repair_mojibake(text: str) -> str | None:
    """The text with UTF-8 read as Windows-1252 undone ("JÃ¼rgen GrÃ¶ÃŸe" → "Jürgen
    Größe"); None when there is nothing to undo. Happens when a file mixes encodings (lines
    pasted from a UTF-8 file into a Windows-1252 one) or text was converted twice."""
    if text.isascii():
        return None
    fixed = _MOJIBAKE.sub(_undo, text)
    return fixed if fixed != text else None


def not_text_kind(value: object) -> str | None:
    """German name of the type when a name cell holds a number, date or truth value."""
    if isinstance(value, bool):
        return "ein Wahrheitswert"
    if isinstance(value, (datetime, date, time)):
        return "ein Datum"
    if isinstance(value, (int, float)):
        return "eine Zahl"
    if isinstance(value, str):
        stripped = value.strip()
        if stripped and re.fullmatch(r"[\d\s.,:/+\-]+", stripped):
            return "eine Zahl oder ein Datum"
    return None


def looks_like_formula(text: str) -> bool:
    return text.startswith("=") and "(" in text or text.startswith(("=", "@")) and \
        len(text) > 1 and not text[1].isspace()


@dataclass
class SplitName:
    title: str
    first_name: str
    last_name: str


def split_name(text: str) -> SplitName:
    """ "Nachname, Vorname" or "Vorname Nachname" (with "von", "de" …); leading titles."""
    words = text.split()
    title_words = []
    while words and words[0].lower() in _TITLE_WORDS:
        title_words.append(words.pop(0))
    title = " ".join(title_words)
    rest = " ".join(words)
    if "," in rest:
        last, _, first = rest.partition(",")
        first_words = first.split()
        while first_words and first_words[0].lower() in _TITLE_WORDS:
            title = " ".join(filter(None, (title, first_words.pop(0))))
        return SplitName(title, " ".join(first_words), last.strip())
    if len(words) < 2:
        return SplitName(title, "", rest)
    cut = len(words) - 1
    for i in range(1, len(words) - 1):
        if words[i].lower() in _PARTICLES:
            cut = i
            break
    return SplitName(title, " ".join(words[:cut]), " ".join(words[cut:]))


_DATE_FORMATS = ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")
_TIME_FORMATS = ("", " %H:%M", " %H:%M:%S", "T%H:%M", "T%H:%M:%S")


def parse_date(value: object) -> datetime | None:
    """German (dd.mm.yyyy, d.m.yy), ISO and Excel serial dates; None if empty."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return _parse_date_text(value)
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 20_000 <= value <= 80_000:  # an Excel serial day number (1954–2119)
            return _EXCEL_EPOCH + timedelta(days=float(value))
        raise CellProblem(f"„{value}“ ist kein Datum")
    return _parse_date_text(str(value))


@lru_cache(maxsize=4096)
def _parse_date_text(value: str) -> datetime | None:
    text = " ".join(value.split())
    if not text:
        return None
    text = text.replace(", ", " ")
    text = re.sub(r"(?<=\d)\s*Uhr$", "", text).strip()
    for day_format in _DATE_FORMATS:
        for time_format in _TIME_FORMATS:
            try:
                return datetime.strptime(text, day_format + time_format)
            except ValueError:
                continue
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise CellProblem(f"„{text}“ ist kein lesbares Datum (z. B. 03.02.2027)") from None
    return parsed.replace(tzinfo=None)


_WHOLE = {"alle", "all", "gesamt", "ganze reihe", "ganze veranstaltung", "komplett",
          "alle module", "alle termine", "whole event"}
_SPLIT = re.compile(r"\s*(?:[,;+/&\n]|\bund\b|\band\b)\s*", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?:(?:modul|module|termin|baustein|session|tag|m|t)\s*)?(?:nr\.?\s*)?"
                       r"(\d{1,3})\.?$", re.IGNORECASE)


@dataclass
class SessionChoice:
    id: int
    position: int  # 1-based in the order of the event's sessions
    title: str
    cancelled: bool


_WHOLE_KEYS = {match_key(w) for w in _WHOLE}


class ModuleParser:
    """`parse_modules` for one event's sessions, with the lookups built once."""

    def __init__(self, sessions: list[SessionChoice]) -> None:
        self.sessions = sessions
        self.by_position = {s.position: s for s in sessions}
        self.by_title = {match_key(s.title): s for s in sessions if s.title}
        self._cache: dict[str, list[SessionChoice] | None | CellProblem] = {}

    def parse(self, text: str) -> list[SessionChoice] | None:
        hit = self._cache.get(text)
        if hit is None and text not in self._cache:
            try:
                hit = self._parse(text)
            except CellProblem as exc:
                hit = exc
            if len(self._cache) < 10_000:
                self._cache[text] = hit
        if isinstance(hit, CellProblem):
            raise hit
        return list(hit) if hit is not None else None

    def _parse(self, text: str) -> list[SessionChoice] | None:
        return parse_modules(text, self.sessions, self.by_position, self.by_title)


def parse_modules(text: str, sessions: list[SessionChoice],
                  by_position: dict[int, SessionChoice] | None = None,
                  by_title: dict[str, SessionChoice] | None = None
                  ) -> list[SessionChoice] | None:
    """Chosen sessions from "1, 3, 5", "Modul 1; Modul 3" or titles; None = whole event."""
    cleaned = " ".join(text.split())
    if not cleaned or match_key(cleaned) in _WHOLE_KEYS:
        return None
    if by_position is None:
        by_position = {s.position: s for s in sessions}
    if by_title is None:
        by_title = {match_key(s.title): s for s in sessions if s.title}
    chosen: list[SessionChoice] = []
    unknown: list[str] = []
    for token in (t for t in _SPLIT.split(cleaned) if t and t.strip()):
        token = token.strip()
        hit = by_title.get(match_key(token))
        number = _NUMBERED.match(token)
        if hit is None and number is not None:
            hit = by_position.get(int(number.group(1)))
        if hit is None:
            unknown.append(token)
        elif hit not in chosen:
            chosen.append(hit)
    if unknown:
        known = ", ".join(str(s.position) for s in sessions)
        raise CellProblem(f"Unbekanntes Modul „{'“, „'.join(unknown)}“ (vorhanden: {known})")
    return chosen
