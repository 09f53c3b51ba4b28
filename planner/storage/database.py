"""Opening a database: location, connection pragmas, schema creation and upgrade; the
transaction of one use case, with retries after a server's serialization failure."""

from __future__ import annotations

import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from planner import APP_NAME
from planner.audit import install_audit
from planner.errors import DatabaseError
from planner.schema import HEAD_REVISION
from planner.storage.checks import (
    check_database_file,
    check_local_path,
    create_private_file,
    restrict_permissions,
    tighten_database_files,
)
from planner.storage.errors import read_only_open_error, translate_db_error
from planner.storage.server import (
    WRITE_ISOLATION,
    SerializationError,
    create_server_engine,
    looks_like_url,
    normalize_url,
    ping,
    redact,
    translate_server_error,
)
from planner.tracking import install_change_tracking

DB_ENV_VAR = "TRANSFERPLANER_DB"
DB_URL_ENV_VAR = "TRANSFERPLANER_DB_URL"
MIGRATIONS_DIR = Path(__file__).parent.parent / "migrations"
# Connection execution option set by Database.transaction(): begin with BEGIN IMMEDIATE.
WRITE_OPTION = "planner_write_transaction"

T = TypeVar("T")


def default_db_path() -> Path:
    """The database file: $TRANSFERPLANER_DB, else the per-user data folder."""
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "transferplaner.sqlite"


def resolve_url(db_path: str | os.PathLike[str] | None = None, db_url: str | None = None) -> str:
    """Pick the database: an explicit URL, an explicit file, the env URL, or the default file."""
    if db_url:
        return normalize_url(db_url)
    if db_path is not None:
        if looks_like_url(os.fspath(db_path)):  # `--db postgresql+psycopg://…` works as well
            return normalize_url(os.fspath(db_path))
        return f"sqlite:///{Path(db_path).expanduser().absolute()}"
    env_url = os.environ.get(DB_URL_ENV_VAR)
    if env_url:
        return normalize_url(env_url)
    return f"sqlite:///{default_db_path().absolute()}"


def _configure_sqlite(engine: Engine, file_backed: bool, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide where transactions begin (SAVEPOINT-safe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        if read_only:
            # A damaged database is opened for looking only: no write can make it worse.
            cursor.execute("PRAGMA query_only=ON")
        elif file_backed:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Write transactions take the write lock at BEGIN (waiting up to busy_timeout).
        # A deferred BEGIN that reads and then writes fails at once with "database is
        # locked" when another process wrote meanwhile: SQLite cannot upgrade a stale
        # snapshot, and the busy handler is not used for that upgrade.
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def sqlite_file_path(url: str) -> Path | None:
    """The database file of a file-backed SQLite URL; None for memory or other backends."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def create_db_engine(url: str, *, read_only: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        file_backed = database not in ("", ":memory:")
        if file_backed and not read_only:
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 10})
        _configure_sqlite(engine, file_backed, read_only)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_server_engine(url)
    return create_engine(url, pool_pre_ping=True)


def current_revision(engine: Engine) -> str | None:
    """The stored Alembic revision, read with one query (no Alembic import)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def known_revisions() -> set[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}


def upgrade_database(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)


def ensure_schema(engine: Engine) -> str:
    """Create or upgrade the schema; refuse foreign or newer databases. Returns the action."""
    try:
        revision = current_revision(engine)
        if revision == HEAD_REVISION:
            return "current"
        if revision is None:
            with engine.connect() as conn:
                tables = inspect(conn).get_table_names()
            if tables:
                raise DatabaseError(
                    "Die Datei ist keine Transferplaner-Datenbank (unbekannte Tabellen gefunden)."
                )
            upgrade_database(engine)
            return "created"
        if revision not in known_revisions():
            raise DatabaseError(
                "Die Datenbank stammt aus einer neueren Transferplaner-Version "
                f"(Schema {revision}). Bitte aktualisieren Sie das Programm."
            )
        upgrade_database(engine)
        return "upgraded"
    except (SADatabaseError, OperationalError) as exc:
        raise DatabaseError(f"Die Datenbank kann nicht geöffnet werden: {exc.orig}") from exc


class Database:
    """An opened, schema-checked database and the factory for its ORM sessions."""

    def __init__(self, url: str, engine: Engine, schema_action: str) -> None:
        self.url = url
        self.engine = engine
        self.schema_action = schema_action
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        install_change_tracking(self._sessions)
        install_audit(self._sessions)

    @classmethod
    def open(
        cls, db_path: str | os.PathLike[str] | None = None, db_url: str | None = None
    ) -> Database:
        url = resolve_url(db_path, db_url)
        sqlite_file = sqlite_file_path(url)
        if sqlite_file is not None:
            check_local_path(sqlite_file)
            check_database_file(sqlite_file)
            create_private_file(sqlite_file)  # 0600 before SQLite creates it (and its WAL)
            tighten_database_files(sqlite_file)  # an existing file copied in with 0644
        engine = create_db_engine(url)
        try:
            action = ensure_schema(engine)
        except Exception as exc:
            engine.dispose()
            if sqlite_file is not None and isinstance(exc, DatabaseError):
                readonly = read_only_open_error(sqlite_file)
                if readonly is not None:
                    raise readonly from exc
            raise
        if sqlite_file is not None and action == "created":
            restrict_permissions(sqlite_file)
        database = cls(url, engine, action)
        if action == "created":
            from planner.reference import ensure_reference_data

            with database.transaction() as session:
                ensure_reference_data(session)
        return database

    @classmethod
    def open_read_only(cls, db_path: str | os.PathLike[str]) -> Database:
        """Open an existing (possibly damaged) SQLite file for reading only: no migration,
        every write is refused with a clear message."""
        path = Path(db_path).expanduser()
        if not path.is_file():
            raise DatabaseError(f"Die Datenbank {path} existiert nicht.")
        url = f"sqlite:///{path.absolute()}"
        engine = create_db_engine(url, read_only=True)
        try:
            revision = current_revision(engine)
        except (SADatabaseError, OperationalError) as exc:
            engine.dispose()
            raise DatabaseError(
                f"Die Datenbank kann auch zum Lesen nicht geöffnet werden: {exc.orig}") from exc
        if revision != HEAD_REVISION:
            engine.dispose()
            raise DatabaseError("Die Datenbank hat nicht den Stand dieser Programmversion und "
                                "kann schreibgeschützt nicht geöffnet werden.")
        database = cls(url, engine, "read_only")
        database.read_only = True
        return database

    read_only: bool = False

    @property
    def display_name(self) -> str:
        """Where the data lives, for titles and messages: the file, or the URL without password."""
        if self.path is not None:
            return str(self.path)
        return redact(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database else None

    @contextmanager
    def transaction(self) -> Iterator[OrmSession]:
        """One use case, one transaction: commit on success, roll back on any error.

        On SQLite the transaction starts with BEGIN IMMEDIATE (see _configure_sqlite).
        Storage failures (disk full, read-only, locked, I/O) become a German StorageError.
        """
        try:
            with self._sessions.begin() as session:
                if self.is_sqlite:
                    session.connection(execution_options={WRITE_OPTION: True})
                else:
                    session.connection(execution_options={"isolation_level": WRITE_ISOLATION})
                yield session
        except (SADatabaseError, sqlite3.DatabaseError, StaleDataError) as exc:
            translated = translate_server_error(exc) or translate_db_error(exc)
            if translated is None:
                raise
            raise translated from exc

    @contextmanager
    def reading(self) -> Iterator[OrmSession]:
        """A short read-only unit of work (rolled back at the end)."""
        session = self._sessions()
        try:
            yield session
        except (SADatabaseError, sqlite3.DatabaseError) as exc:
            translated = translate_server_error(exc) or translate_db_error(exc)
            if translated is None:
                raise
            raise translated from exc
        finally:
            session.rollback()
            session.close()

    def integrity_check(self) -> list[str]:
        """`PRAGMA integrity_check` plus foreign-key check; empty list means healthy.

        On a server database: one round trip and the schema revision (cheap start check).
        """
        if not self.is_sqlite:
            ping(self.engine)
            revision = current_revision(self.engine)
            return [] if revision == HEAD_REVISION else [f"Schema-Version {revision}"]
        problems: list[str] = []
        with self.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                problems.extend(rows)
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                problems.append(f"Verweis ins Leere: Tabelle {row[0]}, Zeile {row[1]} → {row[2]}")
        return problems

    def close(self) -> None:
        self.engine.dispose()


def with_retries(db: Database, fn: Callable[[Any], T], attempts: int = 3,
                 delay: float = 0.05) -> T:
    """Run `fn(orm)` in one transaction; run it again after a serialization failure.

    `fn` must do all its reading and writing through the session it receives, so that a
    second run starts from the committed state (the first run was rolled back entirely).
    """
    for attempt in range(1, attempts + 1):
        try:
            with db.transaction() as orm:
                return fn(orm)
        except SerializationError:
            if attempt == attempts:
                raise
            # Growing, jittered pauses: writers that collided do not collide again in step.
            time.sleep(min(1.0, delay * 2 ** (attempt - 1)) * random.uniform(0.5, 1.5))
    raise AssertionError("unreachable")  # pragma: no cover
