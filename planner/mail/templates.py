"""German mail templates with {placeholders}, editable in the settings.

Substitution is a single pass over `{name}` tokens: known names are replaced by their
values, unknown ones stay visible as typed, and text coming from the data (names, titles)
is never interpreted again, so it cannot inject placeholders or format specifiers. A
placeholder the template puts in quotation marks („{veranstaltung}“) is printed without
them when its value brings its own (Fortbildungsreihe „Vielfalt“ 2026): never „…„…“…“.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session as OrmSession

from planner.settings import MAIL_TEMPLATE_BODY, MAIL_TEMPLATE_SUBJECT
from planner.translatable import QT_TRANSLATE_NOOP

PLACEHOLDERS: dict[str, str] = {
    "anrede": QT_TRANSLATE_NOOP("mailTemplates",
                                "Anrede mit Namen, z. B. „Guten Tag Dr. Anna Müller“"),
    "vorname": QT_TRANSLATE_NOOP("mailTemplates", "Vorname"),
    "nachname": QT_TRANSLATE_NOOP("mailTemplates", "Nachname"),
    "veranstaltung": QT_TRANSLATE_NOOP("mailTemplates", "Titel der Veranstaltung"),
    "termin": QT_TRANSLATE_NOOP("mailTemplates", "Titel des Termins (Modul, Tagungstag …)"),
    "datum": QT_TRANSLATE_NOOP("mailTemplates",
                               "Datum des Termins bzw. Zeitraum der Veranstaltung"),
    "uhrzeit": QT_TRANSLATE_NOOP("mailTemplates", "Uhrzeit des Termins"),
    "ort": QT_TRANSLATE_NOOP("mailTemplates", "Veranstaltungsort mit Adresse"),
    "standort": QT_TRANSLATE_NOOP("mailTemplates", "Name der Transferagentur"),
    "absender": QT_TRANSLATE_NOOP("mailTemplates", "Name des Absenders"),
    "signatur": QT_TRANSLATE_NOOP("mailTemplates", "Absender und Standort (ohne Wiederholung)"),
    "nummer": QT_TRANSLATE_NOOP("mailTemplates", "Nummer der Bescheinigung"),
    "grund": QT_TRANSLATE_NOOP("mailTemplates", "Grund einer Absage"),
}

KINDS = ("certificate", "invitation", "cancellation")
KIND_LABELS = {"certificate": QT_TRANSLATE_NOOP("mailTemplates", "Bescheinigung an Teilnehmende"),
               "invitation": QT_TRANSLATE_NOOP("mailTemplates", "Einladung an Referent:innen"),
               "cancellation": QT_TRANSLATE_NOOP("mailTemplates", "Absage an Referent:innen")}

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

_TOKEN = re.compile(r"([„“\"»«]?)\{([A-Za-z_][A-Za-z0-9_]*)\}([“”\"«»]?)")
_QUOTES = frozenset("„“”\"»«")


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace known {name} tokens; leave unknown ones (and stray braces) as they are."""
    def replace(match: re.Match[str]) -> str:
        opening, key, closing = match.groups()
        if key not in values:
            return match.group(0)
        value = str(values[key])
        if opening and closing and _QUOTES.intersection(value):
            return value
        return f"{opening}{value}{closing}"

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


def get_template(orm: OrmSession, kind: str) -> Template:
    subject, body = DEFAULTS[kind]
    return Template(kind, MAIL_TEMPLATE_SUBJECT(kind).get(orm) or subject,
                    MAIL_TEMPLATE_BODY(kind).get(orm) or body)


def save_template(orm: OrmSession, kind: str, subject: str, body: str) -> None:
    if kind not in DEFAULTS:
        raise KeyError(kind)
    MAIL_TEMPLATE_SUBJECT(kind).set(orm, one_line(subject))
    MAIL_TEMPLATE_BODY(kind).set(orm, body.replace("\r\n", "\n"))


def reset_template(orm: OrmSession, kind: str) -> None:
    subject, body = DEFAULTS[kind]
    save_template(orm, kind, subject, body)
