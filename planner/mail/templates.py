"""German mail templates with {placeholders}, editable in the settings.

Substitution is a single pass over `{name}` tokens: known names are replaced by their
values, unknown ones stay visible as typed, and text coming from the data (names, titles)
is never interpreted again, so it cannot inject placeholders or format specifiers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session as OrmSession

from planner.settings import get_setting, set_setting

PLACEHOLDERS: dict[str, str] = {
    "anrede": "Anrede mit Namen, z. B. „Guten Tag Dr. Anna Müller“",
    "vorname": "Vorname",
    "nachname": "Nachname",
    "veranstaltung": "Titel der Veranstaltung",
    "termin": "Titel des Termins (Modul, Tagungstag …)",
    "datum": "Datum des Termins bzw. Zeitraum der Veranstaltung",
    "uhrzeit": "Uhrzeit des Termins",
    "ort": "Veranstaltungsort mit Adresse",
    "standort": "Name der Transferagentur",
    "absender": "Name des Absenders",
    "signatur": "Absender und Standort (ohne Wiederholung)",
    "nummer": "Nummer der Bescheinigung",
    "grund": "Grund einer Absage",
}

KINDS = ("certificate", "invitation", "cancellation")
KIND_LABELS = {"certificate": "Bescheinigung an Teilnehmende",
               "invitation": "Einladung an Referierende",
               "cancellation": "Absage an Referierende"}

DEFAULTS: dict[str, tuple[str, str]] = {
    "certificate": (
        "Ihre Teilnahmebescheinigung: {veranstaltung}",
        "{anrede},\n\n"
        "vielen Dank für Ihre Teilnahme an „{veranstaltung}“ ({datum}).\n"
        "Im Anhang finden Sie Ihre Teilnahmebescheinigung (Nr. {nummer}) als PDF-Datei.\n\n"
        "Mit freundlichen Grüßen\n{signatur}\n",
    ),
    "invitation": (
        "Einladung: {veranstaltung} – {termin} am {datum}",
        "{anrede},\n\n"
        "wir laden Sie herzlich zu folgendem Termin ein:\n\n"
        "{veranstaltung} – {termin}\n{datum}, {uhrzeit}\n{ort}\n\n"
        "Die Einladung liegt als Kalendereintrag bei; bitte übernehmen Sie ihn in Ihren "
        "Kalender.\n\n"
        "Mit freundlichen Grüßen\n{signatur}\n",
    ),
    "cancellation": (
        "Absage: {veranstaltung} – {termin} am {datum}",
        "{anrede},\n\n"
        "der folgende Termin findet leider nicht statt:\n\n"
        "{veranstaltung} – {termin}\n{datum}, {uhrzeit}\n{grund}\n\n"
        "Die Absage liegt als Kalendereintrag bei; damit verschwindet der Termin aus Ihrem "
        "Kalender.\n\n"
        "Mit freundlichen Grüßen\n{signatur}\n",
    ),
}

_TOKEN = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace known {name} tokens; leave unknown ones (and stray braces) as they are."""
    def replace(match: re.Match[str]) -> str:
        key = match.group(1)
        return str(values[key]) if key in values else match.group(0)

    return _TOKEN.sub(replace, template)


def one_line(text: str) -> str:
    """A header value: no line breaks (they would start a new header)."""
    return " ".join(text.split())


@dataclass
class Template:
    kind: str
    subject: str
    body: str

    def render(self, values: Mapping[str, str]) -> tuple[str, str]:
        return one_line(fill(self.subject, values)), fill(self.body, values)


def setting_keys(kind: str) -> tuple[str, str]:
    return f"mail_template_{kind}_subject", f"mail_template_{kind}_body"


def get_template(orm: OrmSession, kind: str) -> Template:
    subject_key, body_key = setting_keys(kind)
    subject, body = DEFAULTS[kind]
    return Template(kind, str(get_setting(orm, subject_key) or subject),
                    str(get_setting(orm, body_key) or body))


def save_template(orm: OrmSession, kind: str, subject: str, body: str) -> None:
    if kind not in DEFAULTS:
        raise KeyError(kind)
    subject_key, body_key = setting_keys(kind)
    set_setting(orm, subject_key, one_line(subject))
    set_setting(orm, body_key, body.replace("\r\n", "\n"))


def reset_template(orm: OrmSession, kind: str) -> None:
    subject, body = DEFAULTS[kind]
    save_template(orm, kind, subject, body)
