"""Low-level database failures (disk full, read-only, locked, I/O) as clear German errors."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError, IntegrityError, ProgrammingError

from planner.errors import DatabaseError

NOT_SAVED = "Die Änderung wurde nicht gespeichert; die bisherigen Daten sind unverändert."

# (substring of the SQLite message, reason, German text); first match wins.
_KNOWN: tuple[tuple[str, str, str], ...] = (
    ("database or disk is full", "full",
     "Die Datenbank ist voll oder der Datenträger ist voll. " + NOT_SAVED
     + " Bitte Speicherplatz freigeben und noch einmal versuchen."),
    ("readonly database", "readonly",
     "Die Datenbank ist schreibgeschützt (Datei, Ordner oder Laufwerk nur lesbar). "
     + NOT_SAVED),
    ("read-only", "readonly",
     "Die Datenbank ist schreibgeschützt (Datei, Ordner oder Laufwerk nur lesbar). "
     + NOT_SAVED),
    ("database is locked", "locked",
     "Die Datenbank ist gerade durch ein anderes Programm gesperrt. " + NOT_SAVED
     + " Bitte gleich noch einmal versuchen."),
    ("database table is locked", "locked",
     "Die Datenbank ist gerade durch ein anderes Programm gesperrt. " + NOT_SAVED
     + " Bitte gleich noch einmal versuchen."),
    ("disk i/o error", "io",
     "Fehler beim Lesen oder Schreiben des Datenträgers (Ein-/Ausgabefehler). " + NOT_SAVED
     + " Ist das Laufwerk noch verbunden und nicht voll?"),
    ("unable to open database file", "unavailable",
     "Die Datenbankdatei kann nicht geöffnet werden (Ordner fehlt, Laufwerk getrennt oder "
     "keine Berechtigung)."),
    ("malformed", "corrupt",
     "Die Datenbankdatei ist beschädigt. Bitte die letzte Sicherung wiederherstellen."),
    ("file is not a database", "corrupt",
     "Die Datei ist keine gültige Datenbank oder beschädigt. Bitte die letzte Sicherung "
     "wiederherstellen."),
)


class StorageError(DatabaseError):
    """The database could not read or write: `reason` is full, readonly, locked, io,
    unavailable, corrupt or other."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def _driver_error(exc: BaseException) -> BaseException | None:
    """The sqlite3 (or other DB-API) error behind a SQLAlchemy error, or the error itself."""
    if isinstance(exc, DBAPIError):
        if isinstance(exc, IntegrityError | ProgrammingError):
            return None  # a bug in the caller, not a storage problem: keep it visible
        return exc.orig
    if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return None
    if isinstance(exc, sqlite3.DatabaseError):
        return exc
    return None


def translate_db_error(exc: BaseException) -> StorageError | None:
    """A German StorageError for a storage failure; None when `exc` is not one."""
    orig = _driver_error(exc)
    if orig is None:
        return None
    text = str(orig).lower()
    for needle, reason, message in _KNOWN:
        if needle in text:
            return StorageError(message, reason)
    if isinstance(orig, sqlite3.OperationalError) or (
        isinstance(exc, DBAPIError) and type(exc).__name__ == "OperationalError"
    ):
        return StorageError(f"Die Datenbank meldet einen Fehler: {orig}. {NOT_SAVED}", "other")
    return None


def read_only_open_error(path: Path) -> StorageError | None:
    """Why a database on a read-only file system cannot be opened; None if writable."""
    folder = path.parent
    try:
        read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        read_only = not os.access(folder, os.W_OK)
    if not read_only:
        return None
    return StorageError(
        f"Die Datenbank „{path}“ liegt auf einem schreibgeschützten Laufwerk und kann nicht "
        "geöffnet werden. Bitte die Datei an einen beschreibbaren Ort kopieren oder das "
        "Laufwerk beschreibbar einbinden.",
        "readonly",
    )
