"""Tolerant text search: token prefixes, case- and accent-insensitive, order-free.

"Kleinschmidt, D", "D Kleinschmidt" and "dieter kleinschmidt" all find Dieter Kleinschmidt;
"Novak" finds "Novák"; "Muller" and "Mueller" find "Müller".
"""

from __future__ import annotations

import re

from planner.folding import fold as _fold

_SEPARATORS = re.compile(r"[\s,;]+")
_WORD_PARTS = re.compile(r"[\s,;\-'./()]+")
_UMLAUT_SPELLINGS = (("ae", "a"), ("oe", "o"), ("ue", "u"))


def fold(text: str | None) -> str:
    """Lower-case and strip accents ("Müller" -> "muller")."""
    return _fold(text)


def tokens(query: str | None) -> list[str]:
    """Folded search tokens of a typed query (split on spaces and commas)."""
    return [t for t in _SEPARATORS.split(fold(query)) if t]


def variants(token: str) -> list[str]:
    """The token plus its spelling with German umlaut transcriptions undone ("mueller" ->
    "muller"), so both spellings find the accented name."""
    plain = token
    for long, short in _UMLAUT_SPELLINGS:
        plain = plain.replace(long, short)
    return [token] if plain == token else [token, plain]


def _parts(fields: tuple[str | None, ...]) -> list[str]:
    return [p for field in fields for p in _WORD_PARTS.split(fold(field)) if p]


def matches(query: str | None, *fields: str | None) -> bool:
    """True if every token of `query` is a prefix of some word of the fields."""
    words = tokens(query)
    if not words:
        return True
    parts = _parts(fields)
    return all(any(part.startswith(v) for part in parts for v in variants(word))
               for word in words)
