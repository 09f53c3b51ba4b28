"""Which column holds what: headings (German and English) matched to import fields."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from planner.duplicates import match_key
from planner.errors import ValidationError
from planner.translatable import QT_TRANSLATE_NOOP

FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("importFields", "Name (Vor- und Nachname)"),
    "last_name": QT_TRANSLATE_NOOP("importFields", "Nachname"),
    "first_name": QT_TRANSLATE_NOOP("importFields", "Vorname"),
    "title": QT_TRANSLATE_NOOP("importFields", "Titel"),
    "email": QT_TRANSLATE_NOOP("importFields", "E-Mail"),
    "organisation": QT_TRANSLATE_NOOP("importFields", "Kommune/Organisation"),
    "function": QT_TRANSLATE_NOOP("importFields", "Funktion"),
    "phone": QT_TRANSLATE_NOOP("importFields", "Telefon"),
    "modules": QT_TRANSLATE_NOOP("importFields", "Module/Termine"),
    "registered_at": QT_TRANSLATE_NOOP("importFields", "Anmeldedatum"),
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("Name", "Vollständiger Name", "Full name", "Teilnehmer", "Teilnehmerin",
             "Teilnehmer/in", "Teilnehmer:in", "Teilnehmer*in", "Teilnehmende", "Person",
             "Name, Vorname", "Nachname, Vorname", "Vorname Nachname", "Vor- und Nachname",
             "Participant", "Participant name", "Attendee", "Name (Vor- und Nachname)"),
    "last_name": ("Nachname", "Familienname", "Zuname", "Last name", "Lastname", "Surname",
                  "Family name"),
    "first_name": ("Vorname", "Rufname", "First name", "Firstname", "Given name"),
    "title": ("Titel", "Akademischer Titel", "Title", "Academic title"),
    "email": ("E-Mail", "Email", "Mail", "E-Mail-Adresse", "Emailadresse", "Mailadresse",
              "E-Mail Adresse", "Email address", "E-mail address", "Mail address",
              "Dienstliche E-Mail"),
    "organisation": ("Kommune", "Organisation", "Organization", "Stadt", "Institution",
                     "Behörde", "Verwaltung", "Einrichtung", "Dienststelle", "Arbeitgeber",
                     "Kommune/Organisation", "Stadt/Kommune", "Kommune/Stadt", "Landkreis",
                     "Kreis", "Gebietskörperschaft", "Municipality", "City", "Company",
                     "Employer", "Organisation/Institution"),
    "function": ("Funktion", "Position", "Rolle", "Stelle", "Tätigkeit", "Jobtitel",
                 "Job title", "Role", "Function", "Funktion/Position"),
    "phone": ("Telefon", "Tel", "Tel.", "Telefonnummer", "Telefon dienstlich", "Mobil",
              "Handy", "Phone", "Phone number", "Telephone", "Mobile"),
    "modules": ("Module", "Modul", "Modul(e)", "Termine", "Termin", "Gebuchte Module",
                "Modulauswahl", "Teilnahme an Modul", "Sessions", "Session", "Modules",
                "Module (Nr.)", "Bausteine", "Baustein"),
    "registered_at": ("Anmeldedatum", "Anmeldung am", "Angemeldet am", "Datum der Anmeldung",
                      "Eingang", "Eingangsdatum", "Registration date", "Registered",
                      "Registered at", "Date registered", "Zeitstempel", "Timestamp", "Datum"),
}


def heading_key(heading: str) -> str:
    """Case, accents, umlaut spellings, whitespace and punctuation do not matter."""
    return match_key(heading).replace(" ", "")


_LOOKUP: dict[str, str] = {heading_key(s): f for f, words in _SYNONYMS.items() for s in words}


def field_for(heading: str) -> str | None:
    key = heading_key(heading or "")
    return _LOOKUP.get(key) if key else None


def match_columns(headers: Sequence[str]) -> dict[int, str | None]:
    """Column index → field (or None). Each field is used once, by its first column.

    A "Name" column next to a "Vorname" column (and no "Nachname") is the last name.
    """
    result: dict[int, str | None] = {}
    used: set[str] = set()
    for i, heading in enumerate(headers):
        f = field_for(heading)
        if f is not None and f not in used:
            result[i] = f
            used.add(f)
        else:
            result[i] = None
    if "name" in used and "first_name" in used and "last_name" not in used:
        for i, f in result.items():
            if f == "name" and heading_key(headers[i]) == heading_key("Name"):
                result[i] = "last_name"
    return result


def header_score(row: Sequence[object]) -> int:
    """How many cells of a row look like known headings (finds the header row)."""
    return sum(1 for c in row if isinstance(c, str) and field_for(c) is not None)


def apply_overrides(headers: Sequence[str], mapping: dict[int, str | None],
                    overrides: Mapping[str, str | None],
                    fields: Mapping[str, str] = FIELDS) -> dict[int, str | None]:
    """Manual mapping: keys are headings (or 1-based column numbers), values fields or None."""
    result = dict(mapping)
    for key, value in overrides.items():
        if value is not None and value not in fields:
            raise ValidationError(f"Unbekanntes Feld „{value}“ (erlaubt: {', '.join(fields)}).")
        column = column_of(headers, str(key))
        if value is not None:
            for other, f in result.items():
                if f == value and other != column:
                    result[other] = None
        result[column] = value
    return result


def column_of(headers: Sequence[str], key: str) -> int:
    if key.strip().isdigit():
        n = int(key)
        if 1 <= n <= len(headers):
            return n - 1
    wanted = heading_key(key)
    for i, h in enumerate(headers):
        if h == key or (wanted and heading_key(h) == wanted):
            return i
    raise ValidationError(f"Die Spalte „{key}“ gibt es in der Datei nicht.")


def check_mapping(mapping: Mapping[int, str | None]) -> str | None:
    """A German message when the mapping cannot identify persons, else None."""
    fields = set(v for v in mapping.values() if v)
    if "name" not in fields and not {"first_name", "last_name"} <= fields:
        return ("Keine Namensspalte zugeordnet: bitte „Name“ oder „Vorname“ und „Nachname“ "
                "zuordnen.")
    return None
