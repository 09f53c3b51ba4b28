"""Numbers, counts and percentages as people read them, in German (default) or English.

Every figure the CLI, the UI or a document prints goes through here, so "29,3 UE",
"1 Termin" / "2 Termine" and "in 1 Tag" are written one way everywhere. JSON output
keeps plain numbers and never calls these functions.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

Language = str  # "de" or "en"

_QUOTE_MARKS = frozenset("„“”\"»«")


def quoted(text: str, lang: Language = "de") -> str:
    """A title in quotation marks, unless it brings its own: „Netzwerk on Tour 2026“, but
    Fachtagung „Vom Bericht zur Strategie“ 2026 as it is (never „…„…“ 2026“)."""
    if _QUOTE_MARKS.intersection(text):
        return text
    return f"„{text}“" if lang == "de" else f"“{text}”"


def number(value: float | int | Decimal, decimals: int = 1, lang: Language = "de", *,
           keep_zeros: bool = False) -> str:
    """A number rounded half-up once, with the language's decimal mark.

    Trailing zeros are dropped unless ``keep_zeros``: 22.0 → "22", 29.333 → "29,3".
    Thousands are grouped ("1.234" in German, "1,234" in English).
    """
    quantum = Decimal(1).scaleb(-decimals) if decimals > 0 else Decimal(1)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # never "-0"
    text = f"{rounded:,.{decimals}f}" if decimals > 0 else f"{rounded:,.0f}"
    if decimals > 0 and not keep_zeros:
        text = text.rstrip("0").rstrip(".")
    if lang == "de":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def percent(rate: float, lang: Language = "de", decimals: int = 1) -> str:
    """A share 0..1 as a percentage, rounded down so attendance is never overstated.

    0.8 → "80 %" (German) / "80%" (English); 0.7891 → "78,9 %".
    """
    scale = 10**decimals
    floored = int(rate * 100 * scale + 1e-6) / scale
    text = number(floored, decimals, lang)
    return f"{text} %" if lang == "de" else f"{text}%"


def count(n: int, singular: str, plural: str, lang: Language = "de") -> str:
    """A count with the right noun form: count(1, "Termin", "Termine") → "1 Termin"."""
    return f"{number(n, 0, lang)} {singular if n == 1 else plural}"


def in_days(days: int, lang: Language = "de") -> str:
    """Relative days: "heute", "morgen", "in 1 Tag", "in 5 Tagen", "vor 2 Tagen"."""
    if lang == "de":
        if days == 0:
            return "heute"
        if days == 1:
            return "morgen"
        if days == -1:
            return "gestern"
        if days > 0:
            return f"in {count(days, 'Tag', 'Tagen')}"
        return f"vor {count(-days, 'Tag', 'Tagen')}"
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    if days > 0:
        return f"in {count(days, 'day', 'days', 'en')}"
    return f"{count(-days, 'day', 'days', 'en')} ago"


_WEEKDAYS = {"de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
             "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")


def day(value: date, lang: Language = "de", *, weekday: bool = True) -> str:
    """A date as people write it: "Di., 02.03.2027" / "Tue 2 Mar 2027"."""
    if lang == "de":
        text = f"{value.day:02d}.{value.month:02d}.{value.year}"
        return f"{_WEEKDAYS['de'][value.weekday()]}, {text}" if weekday else text
    text = f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    return f"{_WEEKDAYS['en'][value.weekday()]} {text}" if weekday else text


def clock_span(start: datetime, end: datetime, lang: Language = "de", *,
               all_day: bool = False) -> str:
    """The hours of a session: "09:30–16:30 Uhr" / "09:30–16:30", "ganztägig" / "all day"."""
    if all_day:
        return "ganztägig" if lang == "de" else "all day"
    if end.date() != start.date():
        until = f"{day(end.date(), lang, weekday=False)}, {end:%H:%M}"
        return f"{start:%H:%M} Uhr – {until} Uhr" if lang == "de" else f"{start:%H:%M} – {until}"
    return f"{start:%H:%M}–{end:%H:%M} Uhr" if lang == "de" else f"{start:%H:%M}–{end:%H:%M}"
