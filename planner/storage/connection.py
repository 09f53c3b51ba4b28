"""The "Verbindung testen" check: can this URL be reached, and what schema does it hold?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from planner.errors import DatabaseError
from planner.schema import HEAD_REVISION
from planner.storage.database import create_db_engine, current_revision
from planner.storage.server import normalize_url, redact


@dataclass(frozen=True)
class ConnectionReport:
    ok: bool
    message: str
    server_version: str = ""
    revision: str | None = None


def check_connection(url: str) -> ConnectionReport:
    """Connect once, read the server version and the schema revision; German message."""
    try:
        engine = create_db_engine(normalize_url(url))
    except DatabaseError as exc:
        return ConnectionReport(False, exc.message)
    except Exception as exc:  # noqa: BLE001 - e.g. unknown driver
        return ConnectionReport(False, f"Die URL kann nicht verwendet werden: {exc}")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            version = str(conn.execute(text("SELECT version()")).scalar() or "") \
                if engine.dialect.name == "postgresql" else "SQLite"
        revision = current_revision(engine)
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        return ConnectionReport(False, f"Keine Verbindung zu {redact(url)}: {reason}")
    finally:
        engine.dispose()
    short = " ".join(version.split()[:2])
    if revision is None:
        state = "leer – das Schema wird beim ersten Öffnen angelegt"
    elif revision == HEAD_REVISION:
        state = "Schema aktuell"
    else:
        state = f"Schema {revision} (wird beim Öffnen aktualisiert, falls älter)"
    return ConnectionReport(True, f"Verbindung erfolgreich ({short}); Datenbank {state}.",
                            version, revision)
