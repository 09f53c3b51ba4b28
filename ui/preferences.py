"""Settings of this workstation (QSettings: the registry on Windows, an INI file elsewhere).

Every preference is declared once, below, with its key, type, default and a description,
and is read and written only through its entry:

    LANGUAGE.get()          # "de" unless chosen otherwise
    LANGUAGE.set("en")
    SERVER_URL.clear()

To add one, declare it here and use the entry; `REGISTRY` lists them all. What all
workstations using one database share (texts, thresholds, the office of the audit log)
belongs in the database instead: planner/settings.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from planner.registry import Registry

T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class Preference(Generic[T]):
    """One declared workstation setting; create it with `declare`."""

    key: str
    type: type[T]
    default: T
    description: str

    def get(self) -> T:
        stored = QSettings().value(self.key)
        if stored is None:
            return self.default
        if isinstance(stored, self.type):
            return stored
        try:
            return self.type(stored)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default

    def set(self, value: T) -> None:
        if not isinstance(value, self.type):
            raise TypeError(f"Preference {self.key!r} takes {self.type.__name__}, "
                            f"not {type(value).__name__}")
        QSettings().setValue(self.key, value)

    def clear(self) -> None:
        QSettings().remove(self.key)


REGISTRY = Registry()  # key -> Preference


def declare(key: str, kind: type[T], default: T, description: str) -> Preference[T]:
    return REGISTRY.add(Preference(key, kind, default, description))


def declare_family(pattern: str, kind: type[T], default: T,
                   description: str) -> Callable[[str], Preference[T]]:
    """Preferences that differ by one name (`pattern` contains `{}`), e.g. per list."""
    return REGISTRY.family(pattern, lambda key, name: Preference(
        key, kind, default, description.format(name)))


LANGUAGE = declare("language", str, "de",
                   "Sprache der Oberfläche (de, en); wirksam beim nächsten Start")
LAST_DATABASE = declare("database/last", str, "", "Zuletzt geöffnete Datenbankdatei")
SERVER_URL = declare("database/server_url", str, "",
                     "Gemeinsamer Datenbankserver (URL ohne Passwort); leer: Datei")
WORKSTATION_OFFICE = declare(
    "workstation/office", str, "",
    "Standort dieses Arbeitsplatzes (vor der Datenbankeinstellung current_office)")
CALDAV_URL = declare("caldav/url", str, "", "Adresse des CalDAV-Kalenders")
CALDAV_USER = declare("caldav/user", str, "", "Benutzername beim CalDAV-Server")
MAIN_GEOMETRY = declare("main/geometry", QByteArray, QByteArray(),
                        "Größe und Lage des Hauptfensters")
MAIN_SPLITTER = declare("main/splitter", QByteArray, QByteArray(),
                        "Breite der Navigation im Hauptfenster")
TABLE_STATE = declare_family("tables/{}", QByteArray, QByteArray(),
                             "Spaltenbreiten und Sortierung der Liste „{}“")
