"""Folding text for search: case-insensitive and accent-insensitive ("Wałęsa" ~ "walesa")."""

from __future__ import annotations

import unicodedata

# Letters that NFKD does not decompose into a base letter plus combining marks.
_SPECIAL = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae",
                          "œ": "oe", "þ": "th"})


def fold(text: str | None) -> str:
    """Lower-case, strip accents, expand ß; stable for storing and for search needles."""
    if not text:
        return ""
    folded = text.casefold()  # also turns ß into ss
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.translate(_SPECIAL)


def person_search_key(first_name: str | None, last_name: str | None, email: str | None,
                      title: str | None = None, function: str | None = None) -> str:
    """The text a person is found by (stored in `person.search_key`)."""
    parts = (last_name, first_name, title, email, function)
    return fold(" ".join(p for p in parts if p))[:600]
