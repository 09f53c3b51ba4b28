"""Validators for text and numbers coming from forms, files and the command line."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, time

from planner.errors import ValidationError

EMAIL_RE = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")


# Bidi embeddings and overrides (U+202A–U+202E) reverse how a name is shown in lists and
# PDFs ("Trojan source" spoofing); real right-to-left text does not need them.
BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e")


def clean_text(value: str | None, label: str, *, required: bool = False, max_len: int = 200,
               multiline: bool = False) -> str:
    """Strip, NFC-normalise, reject control characters, enforce length. Returns the text."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{label} muss ein Text sein.")
    # Normalise before measuring: NFC can make a text longer (e.g. U+FB2C → 3 characters).
    text = unicodedata.normalize("NFC", value.strip()).strip()
    if required and not text:
        raise ValidationError(f"{label} fehlt.")
    if len(text) > max_len:
        raise ValidationError(f"{label} ist zu lang (höchstens {max_len} Zeichen).")
    allowed = {"\n", "\t"} if multiline else set()
    for ch in text:
        if ch in allowed:
            continue
        if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") or ch in BIDI_OVERRIDES:
            raise ValidationError(f"{label} enthält ein unzulässiges Steuerzeichen.")
    return text


def clean_email(value: str | None, *, required: bool = False) -> str | None:
    text = clean_text(value, "Die E-Mail-Adresse", required=required, max_len=254)
    if not text:
        return None
    if not EMAIL_RE.match(text):
        raise ValidationError(f"„{text}“ ist keine gültige E-Mail-Adresse.")
    return text


def check_count(value: int | None, label: str, *, minimum: int = 0,
                maximum: int = 1_000_000) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{label} muss eine ganze Zahl sein.")
    if value < minimum or value > maximum:
        raise ValidationError(f"{label} muss zwischen {minimum} und {maximum} liegen.")
    return value


# Plausible planning years: the agencies' history to the far planning horizon. Outside this
# range dates are typing errors, and time-zone arithmetic near year 1/9999 overflows.
EARLIEST_YEAR = 1990
LATEST_YEAR = 2100


def check_datetime(value: object, label: str) -> datetime:
    """A naive Berlin wall-clock datetime within EARLIEST_YEAR..LATEST_YEAR."""
    if not isinstance(value, datetime):
        raise ValidationError(f"{label} muss ein Datum mit Uhrzeit sein.")
    if value.tzinfo is not None:
        raise ValidationError(f"{label} muss als Ortszeit ohne Zeitzone angegeben werden.")
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValidationError(
            f"{label} ({value.day:02d}.{value.month:02d}.{value.year}) liegt nicht zwischen "
            f"{EARLIEST_YEAR} und {LATEST_YEAR}."
        )
    return value


def check_time(value: object, label: str) -> time | None:
    if value is None:
        return None
    if not isinstance(value, time):
        raise ValidationError(f"{label} muss eine Uhrzeit sein.")
    return value


def check_flag(value: object, label: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(f"{label} muss ja oder nein sein.")
    return value


def check_ids(values: object, label: str) -> list[int]:
    """A list of record numbers (ints); anything else is refused with a clear message."""
    if values is None:
        return []
    if isinstance(values, str | bytes) or not isinstance(values, list | tuple | set | frozenset):
        raise ValidationError(f"{label} muss eine Liste von Nummern sein.")
    ids = list(values)
    for value in ids:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"{label} muss eine Liste von Nummern sein.")
    return ids
