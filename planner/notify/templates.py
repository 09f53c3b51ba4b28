"""Templates of the participant messages: one per message type and language (German,
English), editable per office; an office without its own text uses the built-in one.

Substitution is `planner.mail.templates.fill`: known {placeholders} are replaced once,
unknown ones stay visible, and text from the data is never interpreted again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session as OrmSession

from planner.errors import ValidationError
from planner.mail.templates import fill, one_line
from planner.notify.changes import Kind
from planner.settings import PARTICIPANT_TEMPLATE
from planner.translatable import QT_TRANSLATE_NOOP

LANGUAGES = ("de", "en")
LANGUAGE_LABELS = {"de": "Deutsch", "en": "Englisch"}

KIND_LABELS = {
    Kind.CONFIRMED: QT_TRANSLATE_NOOP("outboxKinds", "Anmeldung bestätigt"),
    Kind.WAITING: QT_TRANSLATE_NOOP("outboxKinds", "Auf der Warteliste"),
    Kind.PROMOTED: QT_TRANSLATE_NOOP("outboxKinds", "Von der Warteliste nachgerückt"),
    Kind.CANCELLED_SELF: QT_TRANSLATE_NOOP("outboxKinds", "Stornierung auf eigenen Wunsch"),
    Kind.CANCELLED_OFFICE: QT_TRANSLATE_NOOP("outboxKinds", "Stornierung durch die Agentur"),
    Kind.BOOKING_CHANGED: QT_TRANSLATE_NOOP("outboxKinds", "Buchung geändert"),
    Kind.SESSION_MOVED: QT_TRANSLATE_NOOP("outboxKinds", "Termin verlegt"),
    Kind.SESSION_CANCELLED: QT_TRANSLATE_NOOP("outboxKinds", "Termin abgesagt"),
    Kind.SESSION_RESTORED: QT_TRANSLATE_NOOP("outboxKinds", "Termin findet doch statt"),
    Kind.REPLACEMENT: QT_TRANSLATE_NOOP("outboxKinds", "Ersatztermin"),
    Kind.REMINDER: QT_TRANSLATE_NOOP("outboxKinds", "Erinnerung vor dem Termin"),
}

PLACEHOLDERS: dict[str, str] = {
    "anrede": QT_TRANSLATE_NOOP(
        "outboxPlaceholders", "Anrede mit Namen, z. B. „Guten Tag Dr. Anna Müller“"),
    "vorname": QT_TRANSLATE_NOOP("outboxPlaceholders", "Vorname"),
    "nachname": QT_TRANSLATE_NOOP("outboxPlaceholders", "Nachname"),
    "veranstaltung": QT_TRANSLATE_NOOP("outboxPlaceholders", "Titel der Veranstaltung"),
    "format": QT_TRANSLATE_NOOP("outboxPlaceholders", "Format (Fortbildungsreihe, Fachtagung …)"),
    "zeitraum": QT_TRANSLATE_NOOP(
        "outboxPlaceholders", "Datum bzw. Zeitraum der gebuchten Termine"),
    "termine": QT_TRANSLATE_NOOP(
        "outboxPlaceholders", "Die betroffenen Termine mit Datum, Uhrzeit, Ort und Änderung"),
    "position": QT_TRANSLATE_NOOP("outboxPlaceholders", "Platz auf der Warteliste"),
    "grund": QT_TRANSLATE_NOOP(
        "outboxPlaceholders", "Grund einer Absage oder Stornierung (mit „Grund: “, sonst leer)"),
    "termin": QT_TRANSLATE_NOOP("outboxPlaceholders", "Titel des Termins (Erinnerung)"),
    "datum": QT_TRANSLATE_NOOP("outboxPlaceholders", "Datum des Termins (Erinnerung)"),
    "uhrzeit": QT_TRANSLATE_NOOP("outboxPlaceholders", "Uhrzeit des Termins (Erinnerung)"),
    "ort": QT_TRANSLATE_NOOP("outboxPlaceholders", "Veranstaltungsort mit Adresse (Erinnerung)"),
    "anfahrt": QT_TRANSLATE_NOOP(
        "outboxPlaceholders", "Anfahrtsbeschreibung des Ortes (Erinnerung)"),
    "programm": QT_TRANSLATE_NOOP(
        "outboxPlaceholders", "Programm bzw. Exkursion des Termins (Erinnerung)"),
    "leitung": QT_TRANSLATE_NOOP("outboxPlaceholders", "Namen der Referent:innen (Erinnerung)"),
    "kalender": QT_TRANSLATE_NOOP(
        "outboxPlaceholders", "Hinweis auf die beiliegenden Kalendereinträge (entfällt im Brief)"),
    "kontakt": QT_TRANSLATE_NOOP(
        "outboxPlaceholders", "Kontakt der Transferagentur (E-Mail, Telefon)"),
    "standort": QT_TRANSLATE_NOOP("outboxPlaceholders", "Name der Transferagentur"),
    "absender": QT_TRANSLATE_NOOP("outboxPlaceholders", "Name des Absenders"),
    "signatur": QT_TRANSLATE_NOOP(
        "outboxPlaceholders", "Absender und Standort (ohne Wiederholung)"),
}

_DE_CLOSING = ("\nBei Fragen erreichen Sie uns unter {kontakt}.\n\n"
               "Mit freundlichen Grüßen\n{signatur}\n")
_EN_CLOSING = ("\nIf you have any questions, please contact us: {kontakt}.\n\n"
               "Kind regards\n{signatur}\n")

DEFAULTS: dict[tuple[str, str], tuple[str, str]] = {
    (Kind.CONFIRMED, "de"): (
        "Anmeldebestätigung: {veranstaltung}",
        "{anrede},\n\nvielen Dank für Ihre Anmeldung. Ihr Platz bei „{veranstaltung}“ ist "
        "bestätigt:\n\n{termine}\n\n{kalender}\n\nÄndert sich etwas, erhalten Sie von uns "
        "Nachricht.\n" + _DE_CLOSING),
    (Kind.CONFIRMED, "en"): (
        "Registration confirmed: {veranstaltung}",
        "{anrede},\n\nthank you for registering. Your place at “{veranstaltung}” is "
        "confirmed:\n\n{termine}\n\n{kalender}\n\nIf anything changes, you will hear from "
        "us.\n" + _EN_CLOSING),
    (Kind.WAITING, "de"): (
        "Warteliste: {veranstaltung}",
        "{anrede},\n\nvielen Dank für Ihre Anmeldung zu „{veranstaltung}“. Leider sind "
        "derzeit alle Plätze belegt; Sie stehen auf Platz {position} der Warteliste für:\n\n"
        "{termine}\n\nSobald ein Platz frei wird, rücken Sie nach und erhalten eine "
        "Bestätigung. Bitte planen Sie die Termine bis dahin noch nicht fest ein.\n"
        + _DE_CLOSING),
    (Kind.WAITING, "en"): (
        "Waiting list: {veranstaltung}",
        "{anrede},\n\nthank you for registering for “{veranstaltung}”. All places are "
        "currently taken; you are number {position} on the waiting list for:\n\n{termine}\n\n"
        "As soon as a place becomes free, you will move up and receive a confirmation.\n"
        + _EN_CLOSING),
    (Kind.PROMOTED, "de"): (
        "Sie sind nachgerückt: {veranstaltung}",
        "{anrede},\n\ngute Nachricht: Für „{veranstaltung}“ ist ein Platz frei geworden. Sie "
        "sind von der Warteliste nachgerückt, Ihre Teilnahme ist bestätigt:\n\n{termine}\n\n"
        "{kalender}\n" + _DE_CLOSING),
    (Kind.PROMOTED, "en"): (
        "You have a place: {veranstaltung}",
        "{anrede},\n\ngood news: a place has become free at “{veranstaltung}”. You have moved "
        "up from the waiting list and your participation is confirmed:\n\n{termine}\n\n"
        "{kalender}\n" + _EN_CLOSING),
    (Kind.CANCELLED_SELF, "de"): (
        "Stornierung bestätigt: {veranstaltung}",
        "{anrede},\n\nwie von Ihnen gewünscht haben wir Ihre Anmeldung zu „{veranstaltung}“ "
        "storniert. Betroffen sind:\n\n{termine}\n\n{grund}\n\n{kalender}\n" + _DE_CLOSING),
    (Kind.CANCELLED_SELF, "en"): (
        "Cancellation confirmed: {veranstaltung}",
        "{anrede},\n\nas requested, we have cancelled your registration for "
        "“{veranstaltung}”. This concerns:\n\n{termine}\n\n{grund}\n\n{kalender}\n"
        + _EN_CLOSING),
    (Kind.CANCELLED_OFFICE, "de"): (
        "Ihre Anmeldung wurde storniert: {veranstaltung}",
        "{anrede},\n\nleider mussten wir Ihre Anmeldung zu „{veranstaltung}“ stornieren.\n"
        "{grund}\n\nBetroffen sind:\n\n{termine}\n\n{kalender}\n\nWir bitten um Ihr "
        "Verständnis.\n" + _DE_CLOSING),
    (Kind.CANCELLED_OFFICE, "en"): (
        "Your registration has been cancelled: {veranstaltung}",
        "{anrede},\n\nunfortunately we had to cancel your registration for "
        "“{veranstaltung}”.\n{grund}\n\nThis concerns:\n\n{termine}\n\n{kalender}\n\n"
        "We apologise for any inconvenience.\n" + _EN_CLOSING),
    (Kind.BOOKING_CHANGED, "de"): (
        "Änderungen zu Ihrer Anmeldung: {veranstaltung}",
        "{anrede},\n\nan Ihrer Anmeldung zu „{veranstaltung}“ hat sich Folgendes geändert:\n\n"
        "{termine}\n\n{kalender}\n" + _DE_CLOSING),
    (Kind.BOOKING_CHANGED, "en"): (
        "Changes to your registration: {veranstaltung}",
        "{anrede},\n\nthe following has changed in your registration for "
        "“{veranstaltung}”:\n\n{termine}\n\n{kalender}\n" + _EN_CLOSING),
    (Kind.SESSION_MOVED, "de"): (
        "Terminänderung: {veranstaltung}",
        "{anrede},\n\nbitte beachten Sie: Ein Termin von „{veranstaltung}“, für den Sie "
        "angemeldet sind, hat sich geändert:\n\n{termine}\n\n{kalender}\n\nFalls Sie Reise "
        "oder Urlaub schon beantragt haben, denken Sie bitte an die Änderung.\n"
        + _DE_CLOSING),
    (Kind.SESSION_MOVED, "en"): (
        "Change of date: {veranstaltung}",
        "{anrede},\n\nplease note: a session of “{veranstaltung}” you are registered for "
        "has changed:\n\n{termine}\n\n{kalender}\n\nIf you have already applied for travel "
        "or leave, please remember the change.\n" + _EN_CLOSING),
    (Kind.SESSION_CANCELLED, "de"): (
        "Absage: {veranstaltung}",
        "{anrede},\n\nleider muss ein Termin von „{veranstaltung}“, für den Sie angemeldet "
        "sind, ausfallen:\n\n{termine}\n\n{kalender}\n\nÜber einen Ersatztermin "
        "informieren wir Sie gesondert.\n" + _DE_CLOSING),
    (Kind.SESSION_CANCELLED, "en"): (
        "Cancelled: {veranstaltung}",
        "{anrede},\n\nunfortunately a session of “{veranstaltung}” you are registered for "
        "has been cancelled:\n\n{termine}\n\n{kalender}\n\nWe will let you know about a "
        "replacement date separately.\n" + _EN_CLOSING),
    (Kind.SESSION_RESTORED, "de"): (
        "Termin findet statt: {veranstaltung}",
        "{anrede},\n\nder zunächst abgesagte Termin von „{veranstaltung}“ findet nun doch "
        "statt:\n\n{termine}\n\n{kalender}\n" + _DE_CLOSING),
    (Kind.SESSION_RESTORED, "en"): (
        "Session takes place after all: {veranstaltung}",
        "{anrede},\n\nthe session of “{veranstaltung}” that had been cancelled will take "
        "place after all:\n\n{termine}\n\n{kalender}\n" + _EN_CLOSING),
    (Kind.REPLACEMENT, "de"): (
        "Ersatztermin: {veranstaltung}",
        "{anrede},\n\nfür den ausgefallenen Termin von „{veranstaltung}“ gibt es einen "
        "Ersatztermin. Ihre Anmeldung haben wir übertragen:\n\n{termine}\n\n{kalender}\n"
        + _DE_CLOSING),
    (Kind.REPLACEMENT, "en"): (
        "Replacement date: {veranstaltung}",
        "{anrede},\n\nthere is a replacement date for the cancelled session of "
        "“{veranstaltung}”. We have transferred your registration:\n\n{termine}\n\n"
        "{kalender}\n" + _EN_CLOSING),
    (Kind.REMINDER, "de"): (
        "Erinnerung: {veranstaltung} am {datum}",
        "{anrede},\n\nwir freuen uns auf Ihre Teilnahme und erinnern an den nächsten "
        "Termin:\n\n{veranstaltung} – {termin}\n{datum}, {uhrzeit}\n{ort}\n\n"
        "Anfahrt:\n{anfahrt}\n\nProgramm:\n{programm}\n\nLeitung: {leitung}\n"
        + _DE_CLOSING),
    (Kind.REMINDER, "en"): (
        "Reminder: {veranstaltung} on {datum}",
        "{anrede},\n\nwe look forward to seeing you and would like to remind you of the next "
        "session:\n\n{veranstaltung} – {termin}\n{datum}, {uhrzeit}\n{ort}\n\n"
        "How to get there:\n{anfahrt}\n\nProgramme:\n{programm}\n\nWith: {leitung}\n"
        + _EN_CLOSING),
}

# What {kalender} says in an e-mail (in a letter it is left out: nothing is attached):
# (German one, German several, English one, English several).
CALENDAR_NOTES: dict[str, tuple[str, str, str, str]] = {
    "request": ("Der Termin liegt als Kalendereintrag bei; bitte übernehmen Sie ihn in Ihren "
                "Kalender. Bei Änderungen wird der Eintrag aktualisiert.",
                "Die Termine liegen als Kalendereinträge bei; bitte übernehmen Sie sie in "
                "Ihren Kalender. Bei Änderungen werden die Einträge aktualisiert.",
                "The date is attached as a calendar entry; please add it to your calendar. "
                "If anything changes, the entry will be updated.",
                "The dates are attached as calendar entries; please add them to your "
                "calendar. If anything changes, the entries will be updated."),
    "cancel": ("Die beiliegende Absage entfernt den Termin aus Ihrem Kalender.",
               "Die beiliegenden Absagen entfernen die Termine aus Ihrem Kalender.",
               "The attached cancellation removes the date from your calendar.",
               "The attached cancellations remove the dates from your calendar."),
    "update": ("Der beiliegende Kalendereintrag aktualisiert Ihren Kalender.",
               "Die beiliegenden Kalendereinträge aktualisieren Ihren Kalender.",
               "The attached calendar entry updates your calendar.",
               "The attached calendar entries update your calendar."),
}
_NEW_BOOKINGS = (Kind.CONFIRMED, Kind.PROMOTED)


def calendar_note(methods: list[str], kind: str, lang: str) -> str:
    """The {kalender} sentence for the calendar parts a message carries."""
    if not methods:
        return ""
    if set(methods) == {"CANCEL"}:
        key = "cancel"
    elif kind in _NEW_BOOKINGS:
        key = "request"
    else:
        key = "update"
    texts = CALENDAR_NOTES[key]
    return texts[(0 if lang == "de" else 2) + (1 if len(methods) > 1 else 0)]


@dataclass(frozen=True)
class Template:
    kind: str
    language: str
    subject: str
    body: str
    custom: bool = False

    def render(self, values: dict[str, str]) -> tuple[str, str]:
        """Subject and text; blank lines left by empty values are closed up."""
        body = _BLANK_RUNS.sub("\n\n", fill(self.body, values))
        return one_line(fill(self.subject, values)), body


_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def _setting(office_code: str, kind: str, language: str) -> Any:
    return PARTICIPANT_TEMPLATE(f"{office_code}.{kind}.{language}")


def _check(kind: str, language: str) -> None:
    if kind not in KIND_LABELS:
        raise ValidationError(f"Unbekannte Nachrichtenart „{kind}“.")
    if language not in LANGUAGES:
        raise ValidationError(f"Unbekannte Sprache „{language}“ (erlaubt: de, en).")


def default_template(kind: str, language: str) -> Template:
    _check(kind, language)
    subject, body = DEFAULTS[(kind, language)]
    return Template(kind, language, subject, body)


def get_template(orm: OrmSession, office_code: str, kind: str, language: str) -> Template:
    _check(kind, language)
    stored = _setting(office_code, kind, language).get(orm)
    if stored.get("subject") and stored.get("body"):
        return Template(kind, language, str(stored["subject"]), str(stored["body"]), True)
    return default_template(kind, language)


def save_template(orm: OrmSession, office_code: str, kind: str, language: str, subject: str,
                  body: str) -> Template:
    _check(kind, language)
    subject = one_line(subject)
    body = body.replace("\r\n", "\n")
    if not subject or not body.strip():
        raise ValidationError("Betreff und Text dürfen nicht leer sein.")
    if len(subject) > 300 or len(body) > 20000:
        raise ValidationError("Betreff (höchstens 300 Zeichen) oder Text (höchstens 20.000 "
                              "Zeichen) ist zu lang.")
    _setting(office_code, kind, language).set(orm, {"subject": subject, "body": body})
    return Template(kind, language, subject, body, True)


def reset_template(orm: OrmSession, office_code: str, kind: str, language: str) -> Template:
    """Back to the built-in text for this office."""
    _check(kind, language)
    _setting(office_code, kind, language).set(orm, {})
    return default_template(kind, language)


class TemplateCache:
    """Templates looked up once per compose run (150 messages, a handful of templates)."""

    def __init__(self, orm: OrmSession) -> None:
        self.orm = orm
        self._found: dict[tuple[str, str, str], Template] = {}

    def get(self, office_code: str, kind: str, language: str) -> Template:
        key = (office_code, kind, language)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = get_template(self.orm, office_code, kind, language)
        return found
