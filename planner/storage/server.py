"""The shared PostgreSQL mode: server URLs, passwords, the server engine, server errors.

A server URL looks like `postgresql+psycopg://user@host:5432/transferplaner`. The password is
never stored in the settings file: it comes from the OS credential store (`keyring`, service
KEYRING_SERVICE, key `user@host:port`) or from libpq's own `.pgpass` / PGPASSFILE lookup.
"""

from __future__ import annotations

import re

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from planner.errors import DatabaseError, PlannerError, StaleEditError
from planner.storage.urls import looks_like_url

KEYRING_SERVICE = "Transferplaner PostgreSQL"
DEFAULT_DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT = 10  # seconds until "server not reachable"
# Isolation of write transactions on the server: anything that would make the result differ
# from some serial order (e.g. two offices booking the same trainer at once) fails with
# SQLSTATE 40001 and is retried by planner.storage.database.with_retries.
WRITE_ISOLATION = "SERIALIZABLE"

CONNECTION_LOST = (
    "Die Verbindung zum Datenbankserver ist unterbrochen. Die Änderung wurde nicht "
    "gespeichert; auf dem Server ist nichts halb geschrieben. Ihre Eingaben bleiben erhalten – "
    "bitte noch einmal speichern, sobald der Server wieder erreichbar ist."
)
SERIALIZATION = (
    "Die Änderung überschnitt sich mit einer gleichzeitigen Änderung an einem anderen "
    "Arbeitsplatz und wurde nicht gespeichert. Bitte noch einmal speichern."
)
STALE = (
    "Der Datensatz wurde inzwischen von jemand anderem geändert (an einem anderen "
    "Arbeitsplatz oder in einem anderen Fenster). Ihre Änderung wurde nicht gespeichert; "
    "bitte neu laden und noch einmal bearbeiten."
)


class ConnectionLostError(DatabaseError):
    """The server connection broke; the transaction was rolled back by the server."""


class SerializationError(DatabaseError):
    """A concurrent transaction conflicted (SQLSTATE 40001/40P01); safe to run again."""


# -- URLs -------------------------------------------------------------------------------------


def is_server_url(url: str) -> bool:
    try:
        return make_url(url).get_backend_name() == "postgresql"
    except ArgumentError:
        return False


SUPPORTED_BACKENDS = ("sqlite", "postgresql")
URL_EXAMPLE = "z. B. postgresql+psycopg://benutzer@server:5432/transferplaner"


def normalize_url(url: str) -> str:
    """A database URL the program can open, or DatabaseError with the reason in German.

    `postgres://` and `postgresql://` use the psycopg (v3) driver; a port must be a number;
    only SQLite and PostgreSQL are supported.
    """
    text = url.strip()
    if not looks_like_url(text):
        raise DatabaseError(f"„{url}“ ist keine Datenbank-URL ({URL_EXAMPLE}).")
    if text.lower().startswith("postgres://"):
        text = "postgresql://" + text[len("postgres://"):]
    try:
        parsed = make_url(text)
        parsed.port  # noqa: B018 - parsing the port is what fails for "host:abc"
    except (ArgumentError, ValueError) as exc:
        raise DatabaseError(f"„{redact_text(url)}“ ist keine gültige Datenbank-URL (Port "
                            f"eine Zahl? {URL_EXAMPLE}).") from exc
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise DatabaseError(f"Datenbanken vom Typ „{backend}“ werden nicht unterstützt (nur "
                            "PostgreSQL-Server und SQLite-Dateien).")
    if backend == "postgresql" and parsed.drivername != DEFAULT_DRIVER:
        parsed = parsed.set(drivername=DEFAULT_DRIVER)
    return parsed.render_as_string(hide_password=False)


def redact_text(url: str) -> str:
    """A URL that may not even parse, with anything between `:` and `@` masked."""
    return re.sub(r"(//[^:/@]*:)[^@/]*@", r"\1***@", url)


def redact(url: str) -> str:
    """The URL for display and settings: the password replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def strip_password(url: str) -> str:
    """The URL without any password (what may be stored in the settings file)."""
    p = make_url(url)
    bare = URL.create(p.drivername, username=p.username, host=p.host, port=p.port,
                      database=p.database, query=p.query)
    return bare.render_as_string(hide_password=False)


def keyring_key(url: str | URL) -> str:
    parsed = make_url(url) if isinstance(url, str) else url
    return f"{parsed.username or ''}@{parsed.host or 'localhost'}:{parsed.port or 5432}"


def keyring_password(url: str) -> str | None:
    """The password stored for this server and user in the OS credential store, if any."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_key(url))
    except Exception:  # noqa: BLE001 - no credential store (headless, no backend): no password
        return None


def store_password(url: str, password: str) -> None:
    """Remember the password in the OS credential store (raises DatabaseError if none)."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, keyring_key(url), password)
    except Exception as exc:  # noqa: BLE001
        raise DatabaseError(
            "Das Passwort kann nicht im Schlüsselbund des Betriebssystems gespeichert werden "
            f"({exc}). Bitte stattdessen eine .pgpass-Datei verwenden."
        ) from exc


def connect_url(url: str) -> URL:
    """The URL to connect with: a password from the credential store when none is given.

    Without one, libpq reads `~/.pgpass` (or PGPASSFILE) itself.
    """
    parsed = make_url(normalize_url(url))
    if parsed.password is None and parsed.username:
        password = keyring_password(url)
        if password:
            parsed = parsed.set(password=password)
    return parsed


def create_server_engine(url: str) -> Engine:
    """An engine for the PostgreSQL server: stale pooled connections are replaced on checkout."""
    return create_engine(
        connect_url(url),
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "Transferplaner"},
    )


# -- errors -----------------------------------------------------------------------------------


def _sqlstate(exc: BaseException) -> str:
    orig = getattr(exc, "orig", exc)
    return str(getattr(orig, "sqlstate", "") or getattr(orig, "pgcode", "") or "")


def translate_server_error(exc: BaseException) -> PlannerError | None:
    """A German error for a lost connection, a serialization failure or a stale edit."""
    if isinstance(exc, StaleDataError):
        return StaleEditError(STALE)
    if not isinstance(exc, DBAPIError):
        return None
    state = _sqlstate(exc)
    if state in ("40001", "40P01"):
        return SerializationError(SERIALIZATION)
    module = type(exc.orig).__module__ if exc.orig is not None else ""
    lost = (
        exc.connection_invalidated
        or state.startswith("08")
        or state in ("57P01", "57P02", "57P03")
        or (module.startswith("psycopg") and type(exc.orig).__name__ == "OperationalError"
            and not state)
    )
    return ConnectionLostError(CONNECTION_LOST) if lost else None


# -- start-up check ----------------------------------------------------------------------


def ping(engine: Engine) -> None:
    """The cheap start-up check for a server database: one round trip."""
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
