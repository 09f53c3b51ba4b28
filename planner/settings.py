"""Settings kept in the database (shared by every workstation using it): one registry.

Every setting is declared once, below, with its key, type, default and a description:

    UNIT_MINUTES = declare("unit_minutes", int, 45, "Länge einer Unterrichtseinheit …")

and is read and written only through that entry:

    UNIT_MINUTES.get(orm)        # an int: the stored value, else the default
    UNIT_MINUTES.set(orm, 60)    # refuses a value of another type (a programming error)
    UNIT_MINUTES.read(orm)       # like get, through SQLAlchemy Core (views at start-up)

To add a setting, declare it here and use the entry; `REGISTRY` lists them all (key ->
entry). Keys are stored in the `setting` table, so a key is never renamed. A stored value
that does not fit the type (e.g. written by hand) reads as the default. Checking what a
person entered (ranges, lengths) stays in the use case that stores it
(e.g. `planner.usecases.masterdata.update_settings`).

Settings of one workstation (language, window layout, the server URL) live in the desktop
app's `ui/preferences.py`, not here.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from planner.plainsql import fetch_value
from planner.registry import Registry

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session as OrmSession

    from planner.plainsql import RowSource

T = TypeVar("T")

# Per workstation, the environment variable overrides the CURRENT_OFFICE setting (see
# planner/audit.py, ui/workstation.py).
OFFICE_ENV_VAR = "TRANSFERPLANER_OFFICE"
_READ_SQL = "SELECT CAST(value AS TEXT) FROM setting WHERE key = :key"


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one entry per key
class DbSetting(Generic[T]):
    """One declared database setting; create it with `declare`."""

    key: str
    type: type[T]
    default: T
    description: str

    def get(self, orm: OrmSession) -> T:
        from planner.models import Setting as SettingRow

        row = orm.get(SettingRow, self.key)
        return self._value(row.value if row is not None else None)

    def read(self, source: RowSource | Connection) -> T:
        """The value read in plain SQL: from `Database.reading_rows()` at start-up (no
        SQLAlchemy), an ORM session, or a bare SQLAlchemy connection (flush hooks)."""
        params = {"key": self.key}
        if isinstance(source, sqlite3.Connection) or hasattr(source, "get_bind"):
            stored = fetch_value(source, _READ_SQL, params)  # type: ignore[arg-type]
        else:
            from sqlalchemy import text

            stored = source.execute(text(_READ_SQL), params).scalar()
        return self._value(json.loads(stored) if stored is not None else None)

    def set(self, orm: OrmSession, value: T) -> None:
        from planner.models import Setting as SettingRow

        if not _fits(value, self.type):
            raise TypeError(f"Setting {self.key!r} takes {self.type.__name__}, "
                            f"not {type(value).__name__}")
        row = orm.get(SettingRow, self.key)
        stored = copy.deepcopy(value)
        if row is None:
            orm.add(SettingRow(key=self.key, value=stored))
        else:
            row.value = stored
        orm.flush()

    def _value(self, stored: Any) -> T:
        if stored is None or not _fits(stored, self.type):
            converted = _convert(stored, self.type)
            if converted is None:
                return copy.deepcopy(self.default)
            return converted
        value: T = copy.deepcopy(stored)  # a dict or list never shares the stored object
        return value


def _fits(value: Any, kind: type) -> bool:
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def _convert(value: Any, kind: type[T]) -> T | None:
    """A stored value of another type as `kind` ("8" -> 8), or None when it does not fit."""
    if value is None or kind in (dict, list, bool):
        return None
    try:
        return kind(value)  # type: ignore[call-arg]
    except (TypeError, ValueError):
        return None


REGISTRY = Registry()  # key -> DbSetting


def declare(key: str, kind: type[T], default: T, description: str) -> DbSetting[T]:
    """Declare a setting (once per key, at import of this module)."""
    return REGISTRY.add(DbSetting(key, kind, default, description))


def declare_family(pattern: str, kind: type[T], default: T,
                   description: str) -> Callable[[str], DbSetting[T]]:
    """Declare settings that differ by one name, e.g. one text per mail template:
    `pattern` contains `{}`; calling the result with the name gives that setting."""
    return REGISTRY.family(pattern, lambda key, name: DbSetting(
        key, kind, default, description.format(name)))


# --- certificates and lists ----------------------------------------------------------------

FUNDING_NOTE = declare(
    "funding_note", str, "Gefördert vom Bundesministerium für Bildung und Forschung",
    "Förderhinweis auf Unterschriftenlisten und Berichten (eine Veranstaltung kann einen "
    "eigenen haben)")
CERTIFICATE_THRESHOLD = declare(
    "certificate_threshold", float, 0.8,
    "Vorgabe für die Mindestteilnahme neuer Fortbildungsreihen (Anteil der UE)")
UNIT_MINUTES = declare(
    "unit_minutes", int, 45, "Vorgabe für die Länge einer Unterrichtseinheit in Minuten")
CERTIFICATE_TITLE = declare(
    "certificate_title", str, "Teilnahmebescheinigung", "Überschrift der Bescheinigung")
CERTIFICATE_TITLE_MODULE = declare(
    "certificate_title_module", str, "Teilnahmebescheinigung",
    "Überschrift der Bescheinigung über ein einzelnes Modul")
CONFIRMATION_TITLE = declare(
    "confirmation_title", str, "Teilnahmebestätigung",
    "Überschrift der Teilnahmebestätigung (Netzwerk on Tour, Coaching, Fachtagung)")
CERTIFICATE_LEAD = declare(
    "certificate_lead", str, "Hiermit wird bestätigt, dass",
    "Satzanfang vor dem Namen auf der Bescheinigung")
# "certificate_intro" (the sentence after the name) is no longer a setting: it follows
# from the kind of certificate (planner/RULES.md, rule C2), so it can never claim more than
# was attended. A stored value of the key is left alone.
CERTIFICATE_CLOSING = declare(
    "certificate_closing", str,
    "Die Transferagenturen für Großstädte unterstützen Kommunen beim Aufbau eines "
    "datengestützten Bildungsmanagements.",
    "Schlusstext der Bescheinigung")
CERTIFICATE_SECRET = declare(
    "certificate_secret", str, "",
    "Schlüssel der Prüfcodes (beim ersten Ausstellen erzeugt; leer: noch keiner)")

# --- participant feedback --------------------------------------------------------------------

EVALUATION_MIN_ANSWERS = declare(
    "evaluation_min_answers", int, 5,
    "Rückmeldungen: Auswertungen mit weniger Antworten zeigen nichts (Anonymität; nie unter 3, "
    "planner.evaluation.anonymity)")

# --- municipalities, data protection, audit ------------------------------------------------

AGREEMENT_REMINDER_WEEKS = declare(
    "agreement_reminder_weeks", int, 8,
    "Vorlauf in Wochen für die Erinnerung an endende Kooperationsvereinbarungen")
GDPR_RETENTION_YEARS = declare(
    "gdpr_retention_years", dict, {},
    'Aufbewahrungsfristen in Jahren: {"default": N, Format: N} (fehlend: 5 Jahre)')
CURRENT_OFFICE = declare(
    "current_office", str, "",
    "Standort, dem Änderungen im Protokoll zugeordnet werden (leer: Umgebungsvariable "
    "TRANSFERPLANER_OFFICE oder keiner)")

# --- mail ----------------------------------------------------------------------------------

MAIL_SMTP = declare(
    "mail_smtp", dict, {}, "SMTP-Server, Absender und Verschlüsselung (nie ein Passwort)")
MAIL_TEMPLATE_SUBJECT = declare_family(
    "mail_template_{}_subject", str, "",
    "Betreff der Mail-Vorlage „{}“ (leer: die eingebaute Vorlage)")
MAIL_TEMPLATE_BODY = declare_family(
    "mail_template_{}_body", str, "", "Text der Mail-Vorlage „{}“ (leer: die eingebaute Vorlage)")

# --- messages to participants (planner.notify) ----------------------------------------------

REMINDER_DAYS = declare(
    "reminder_days_default", int, 7,
    "Tage vor einem Termin, ab denen die Erinnerung an Teilnehmende fällig ist (0: keine; "
    "eine Veranstaltung kann eigene Tage haben)")
PARTICIPANT_TEMPLATE = declare_family(
    "participant_template.{}", dict, {},
    "Vorlage „{}“ (Standort.Nachrichtenart.Sprache) der Nachrichten an Teilnehmende: "
    '{{"subject": …, "body": …}}; leer: der eingebaute Text')
