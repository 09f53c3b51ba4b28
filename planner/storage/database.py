"""Opening a database: location, connection pragmas, schema creation and upgrade; the
transaction of one use case, with retries after a server's serialization failure.

A new SQLite file is a copy of the empty database kept in the cache folder (the migrations
and the reference data run once per schema version, planner/cache.py).

SQLAlchemy is imported only when it is first needed: a SQLite file already at the current
schema opens with one plain `sqlite3` query, and the first view reads through
`reading_rows()`, so the window is painted before SQLAlchemy and the models are loaded.
The engine and the ORM session factory are created on first use of `engine`,
`transaction()` or `reading()`.
"""

from __future__ import annotations

import functools
import logging
import os
import random
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from planner import APP_NAME
from planner.cache import code_version, copy_kept, keep_database
from planner.errors import DatabaseError
from planner.schema import HEAD_REVISION
from planner.storage.checks import (
    check_database_file,
    check_local_path,
    create_private_file,
    restrict_permissions,
    tighten_database_files,
)
from planner.storage.schema_check import Signature, file_signature, signature
from planner.storage.schema_check import schema_problems as compare_schemas
from planner.storage.urls import looks_like_url

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session as OrmSession
    from sqlalchemy.orm import sessionmaker

DB_ENV_VAR = "TRANSFERPLANER_DB"
DB_URL_ENV_VAR = "TRANSFERPLANER_DB_URL"
MIGRATIONS_DIR = Path(__file__).parent.parent / "migrations"
# Connection execution option set by Database.transaction(): begin with BEGIN IMMEDIATE.
WRITE_OPTION = "planner_write_transaction"
log = logging.getLogger(__name__)

SECURE_DELETE = "ON"  # a module constant so that a test can prove it is what protects

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
        return _checked_url(db_url)
    if db_path is not None:
        if looks_like_url(os.fspath(db_path)):  # `--db postgresql+psycopg://…` works as well
            return _checked_url(os.fspath(db_path))
        return f"sqlite:///{Path(db_path).expanduser().absolute()}"
    env_url = os.environ.get(DB_URL_ENV_VAR)
    if env_url:
        return _checked_url(env_url)
    return f"sqlite:///{default_db_path().absolute()}"


def _checked_url(url: str) -> str:
    """A URL the program can open (postgres:// normalised; bad ports and unsupported
    backends refused in German, see planner.storage.server.normalize_url)."""
    from planner.storage.server import normalize_url

    return normalize_url(url)


def _configure_sqlite(engine: Engine, file_backed: bool, read_only: bool = False) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide where transactions begin (SAVEPOINT-safe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        # Deleted content is overwritten with zeros, not left in free pages of the file:
        # upstream SQLite builds have this off, so an erased name would stay readable.
        cursor.execute(f"PRAGMA secure_delete={SECURE_DELETE}")
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


def _plain_sqlite_file(url: str) -> Path | None:
    """The file of a URL as `resolve_url` writes it (`sqlite:///` + absolute path, no
    options), read without SQLAlchemy; None for any other URL."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    database = url[len(prefix):]
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def sqlite_file_path(url: str) -> Path | None:
    """The database file of a file-backed SQLite URL; None for memory or other backends."""
    plain = _plain_sqlite_file(url)
    if plain is not None:
        return plain
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def create_db_engine(url: str, *, read_only: bool = False) -> Engine:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

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
        from planner.storage.server import create_server_engine

        return create_server_engine(url)
    return create_engine(url, pool_pre_ping=True)


def current_revision(engine: Engine) -> str | None:
    """The stored Alembic revision, read with one query (no Alembic import)."""
    from sqlalchemy import inspect, text

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


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Any]:
    """A connection in one transaction for schema changes.

    On SQLite, migrations in batch mode rebuild a table (copy, drop, rename); with foreign
    keys on, the drop deletes every row that references the table (ON DELETE CASCADE), e.g.
    the issue log of the certificates. SQLite's recipe for changing a table is followed:
    foreign keys off outside the transaction, `PRAGMA foreign_key_check` before the commit,
    on again afterwards.
    """
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        raw = conn.connection.dbapi_connection if sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")  # no transaction is open yet
        try:
            with conn.begin():
                yield conn
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(
                            "Die Aktualisierung der Datenbank hätte Verweise zerstört "
                            f"({len(broken)} in Tabelle {broken[0][0]}); nichts wurde geändert.")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


def create_schema(engine: Engine) -> None:
    """A new database: the schema and the reference data (offices, topics, standard
    questionnaires) in one transaction, so a start killed half-way leaves neither (SQLite
    and PostgreSQL both change their schema transactionally)."""
    from alembic import command
    from sqlalchemy.orm import Session as OrmSession

    from planner.reference import ensure_reference_data

    with migration_connection(engine) as conn:
        command.upgrade(_alembic_config(conn), "head")
        with OrmSession(bind=conn) as orm:
            ensure_reference_data(orm)
            orm.flush()


def upgrade_database(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with migration_connection(engine) as conn:
        command.upgrade(_alembic_config(conn), revision)


def _template_name() -> str:
    """The kept empty database (schema and reference data) new files are copied from:
    built by the migrations once per schema and code version (planner/cache.py)."""
    return f"empty-{HEAD_REVISION}-{code_version()}.sqlite"


def sqlite_revision(path: Path) -> str | None:
    """The stored Alembic revision of an existing SQLite file, read with plain sqlite3 (no
    SQLAlchemy); None when it cannot be read this way (missing table, damaged file, …),
    and the full open path then decides."""
    try:
        uri = f"{path.absolute().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=10)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


@functools.lru_cache(maxsize=4)
def expected_schema(revision: str) -> Signature:
    """The schema the migrations produce at `revision`: read from the kept empty database
    for the current revision, else built in a temporary folder."""
    from planner.cache import kept_file

    kept = kept_file(_template_name())
    if revision == HEAD_REVISION and kept.is_file():
        try:
            return file_signature(kept)
        except sqlite3.Error:
            pass  # unreadable: built afresh below
    with tempfile.TemporaryDirectory(prefix="transferplaner-schema-") as folder:
        engine = create_db_engine(f"sqlite:///{Path(folder) / 'schema.sqlite'}")
        try:
            upgrade_database(engine, revision)
        finally:
            engine.dispose()
        return file_signature(Path(folder) / "schema.sqlite")


def schema_problems(conn: sqlite3.Connection, revision: str, schema: str = "main") -> list[str]:
    """Problems of the schema of `schema` in `conn` against the migrations at `revision`:
    tables, columns, foreign keys, indexes, views and triggers (planner/storage/
    schema_check.py)."""
    return compare_schemas(signature(conn, schema), expected_schema(revision))


def sqlite_state(path: Path) -> tuple[str, bool] | None:
    """(stored revision, whether the offices are there) of an existing SQLite file, read
    with plain sqlite3; None when it cannot be read this way (the full open path decides)."""
    try:
        uri = f"{path.absolute().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=10)) as conn:
            row = conn.execute("SELECT version_num, EXISTS (SELECT 1 FROM office) "
                               "FROM alembic_version").fetchone()
    except sqlite3.Error:
        revision = sqlite_revision(path)
        return (revision, False) if revision else None
    return (str(row[0]), bool(row[1])) if row else None


def _remove_stale_builds(sqlite_file: Path) -> None:
    """Temporary files of first starts that were killed (their process is gone)."""
    for stale in sqlite_file.parent.glob(f".{sqlite_file.name}.*.creating*"):
        pid = stale.name[len(sqlite_file.name) + 2:].split(".", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid() or _process_alive(int(pid)):
            continue
        stale.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def ensure_schema(engine: Engine, *, reference_data: bool = False) -> str:
    """Create or upgrade the schema (a new one with its reference data in the same
    transaction when `reference_data` is True, as `Database.open` asks; the target of a
    copy stays empty); refuse foreign or newer databases. Returns the action."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import DatabaseError as SADatabaseError
    from sqlalchemy.exc import OperationalError

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
            if reference_data:
                create_schema(engine)
            else:
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

    def __init__(self, url: str, engine: Engine | None, schema_action: str) -> None:
        self.url = url
        self._engine = engine
        self.schema_action = schema_action
        self._session_factory: sessionmaker[OrmSession] | None = None
        self._engine_hooks: list[Callable[[Engine], None]] = []
        self._rows: sqlite3.Connection | None = None
        self._rows_thread: int | None = None
        self._lock = threading.RLock()

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (created, and SQLAlchemy imported, on first use)."""
        with self._lock:
            if self._engine is None:
                self._engine = (create_db_engine(self.url, read_only=True) if self.read_only
                                else create_db_engine(self.url))
                hooks = list(self._engine_hooks)
            else:
                return self._engine
        for hook in hooks:
            hook(self._engine)
        return self._engine

    def when_engine_ready(self, hook: Callable[[Engine], None]) -> None:
        """Call `hook(engine)` once the engine exists (at once if it does already), so
        start-up helpers can attach engine events without creating the engine early."""
        with self._lock:
            if self._engine is None:
                self._engine_hooks.append(hook)
                return
        hook(self._engine)

    @property
    def _sessions(self) -> sessionmaker[OrmSession]:
        with self._lock:
            if self._session_factory is None:
                from sqlalchemy.orm import sessionmaker

                from planner.audit import install_audit
                from planner.notify.tracking import install_notifications
                from planner.tracking import install_change_tracking

                factory = sessionmaker(self.engine, expire_on_commit=False)
                install_change_tracking(factory)
                install_audit(factory)
                install_notifications(factory)
                self._session_factory = factory
            return self._session_factory

    def prepare_orm(self) -> None:
        """Load SQLAlchemy and the models, configure the mappers and create the engine now
        (the app calls this in a worker thread after the first paint, so the first action
        that writes does not wait for it)."""
        from sqlalchemy.orm import configure_mappers

        from planner.models import Base  # noqa: F401 - loads every model module

        configure_mappers()
        self._sessions  # noqa: B018 - engine and session factory

    @classmethod
    def open(
        cls, db_path: str | os.PathLike[str] | None = None, db_url: str | None = None
    ) -> Database:
        url = resolve_url(db_path, db_url)
        sqlite_file = sqlite_file_path(url)
        if sqlite_file is not None:
            check_local_path(sqlite_file)
            check_database_file(sqlite_file)  # a FIFO or folder would hang or fail obscurely
            tighten_database_files(sqlite_file)  # an existing file copied in with 0644
            state = sqlite_state(sqlite_file) if sqlite_file.is_file() else None
            if state == (HEAD_REVISION, True):
                log.info("Datenbankdatei geöffnet (Schema aktuell)")
                return cls(url, None, "current")  # the engine follows on first use
            create_private_file(sqlite_file)  # 0600 before SQLite creates it (and its WAL)
            if sqlite_file.stat().st_size == 0:
                return cls._create_file(url, sqlite_file)
        engine = create_db_engine(url)
        try:
            action = ensure_schema(engine, reference_data=True)
        except Exception as exc:
            engine.dispose()
            if sqlite_file is not None and isinstance(exc, DatabaseError):
                from planner.storage.errors import read_only_open_error

                readonly = read_only_open_error(sqlite_file)
                if readonly is not None:
                    raise readonly from exc
            raise
        if sqlite_file is not None and action == "created":
            restrict_permissions(sqlite_file)
        database = cls(url, engine, action)
        database._heal_reference_data()
        log.info("Datenbank geöffnet (%s, Schema: %s)", database.engine.dialect.name, action)
        return database

    @classmethod
    def _create_file(cls, url: str, sqlite_file: Path) -> Database:
        """A new SQLite file: built complete (schema and reference data) under a temporary
        name beside it and then moved over the empty file, so a start killed at any
        moment leaves the empty file, which the next start builds again."""
        _remove_stale_builds(sqlite_file)
        building = sqlite_file.with_name(f".{sqlite_file.name}.{os.getpid()}.creating")
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{building}{suffix}").unlink(missing_ok=True)
        create_private_file(building)
        if copy_kept(_template_name(), building):
            how = "Kopie der leeren Datenbank"
        else:
            engine = create_db_engine(f"sqlite:///{building}")
            try:
                create_schema(engine)
            finally:
                engine.dispose()
            keep_database(building, _template_name())
            how = "neu aufgebaut"
        restrict_permissions(building)
        os.replace(building, sqlite_file)
        for suffix in ("-wal", "-shm"):
            Path(f"{building}{suffix}").unlink(missing_ok=True)
        restrict_permissions(sqlite_file)
        log.info("Datenbankdatei angelegt (%s)", how)
        return cls(url, None, "created")

    def _heal_reference_data(self) -> None:
        """Offices and topics missing from a database at the current schema (a first start
        killed by an older version between schema and reference data): added now."""
        if self.read_only or self.schema_action != "current":
            return
        from planner.reference import ensure_reference_data, reference_data_missing

        with self.reading() as orm:
            missing = reference_data_missing(orm)
        if missing:
            with self.transaction() as orm:
                ensure_reference_data(orm)
            log.warning("Fehlende Stammdaten ergänzt: %s", ", ".join(missing))

    @classmethod
    def open_read_only(cls, db_path: str | os.PathLike[str]) -> Database:
        """Open an existing (possibly damaged) SQLite file for reading only: no migration,
        every write is refused with a clear message."""
        path = Path(db_path).expanduser()
        if not path.is_file():
            raise DatabaseError(f"Die Datenbank {path} existiert nicht.")
        url = f"sqlite:///{path.absolute()}"
        engine = create_db_engine(url, read_only=True)
        from sqlalchemy.exc import DatabaseError as SADatabaseError
        from sqlalchemy.exc import OperationalError

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
        from planner.storage.server import redact

        return redact(self.url)

    @property
    def is_sqlite(self) -> bool:
        if _plain_sqlite_file(self.url) is not None:
            return True
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        plain = _plain_sqlite_file(self.url)
        if plain is not None:
            return plain
        if not self.is_sqlite:
            return None
        from sqlalchemy.engine import make_url

        database = make_url(self.url).database
        return Path(database) if database else None

    @contextmanager
    def transaction(self) -> Iterator[OrmSession]:
        """One use case, one transaction: commit on success, roll back on any error.

        On SQLite the transaction starts with BEGIN IMMEDIATE (see _configure_sqlite).
        Storage failures (disk full, read-only, locked, I/O) become a German StorageError.
        """
        from sqlalchemy.exc import DatabaseError as SADatabaseError
        from sqlalchemy.orm.exc import StaleDataError

        from planner.storage.errors import translate_db_error
        from planner.storage.server import WRITE_ISOLATION, translate_server_error

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
            log.warning("Transaktion zurückgerollt: %s", type(translated).__name__)
            raise translated from exc

    def write(self, change: Callable[[OrmSession], T], *, attempts: int = 3) -> T:
        """`change(orm)` as one transaction, run again after a server's serialization
        failure (see `with_retries`)."""
        return with_retries(self, change, attempts=attempts)

    @contextmanager
    def reading(self) -> Iterator[OrmSession]:
        """A short read-only unit of work (rolled back at the end)."""
        from sqlalchemy.exc import DatabaseError as SADatabaseError

        from planner.storage.errors import translate_db_error
        from planner.storage.server import translate_server_error

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
            from planner.storage.server import ping

            ping(self.engine)
            revision = current_revision(self.engine)
            if revision != HEAD_REVISION:
                return [f"Schema-Version {revision}"]
            return self._reference_problems()
        problems: list[str] = []
        with self.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                problems.extend(rows)
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                problems.append(f"Verweis ins Leere: Tabelle {row[0]}, Zeile {row[1]} → {row[2]}")
            if not problems:
                raw = conn.connection.dbapi_connection
                problems.extend(schema_problems(raw, HEAD_REVISION))  # type: ignore[arg-type]
        if not problems:
            problems.extend(self._reference_problems())
        return problems

    def _reference_problems(self) -> list[str]:
        from planner.reference import reference_data_missing

        with self.reading() as orm:
            missing = reference_data_missing(orm)
        return [f"Stammdaten fehlen: {', '.join(missing)}"] if missing else []

    @contextmanager
    def reading_rows(self) -> Iterator[sqlite3.Connection | OrmSession]:
        """A read-only snapshot for the plain-SQL queries of planner/plainsql.py.

        On a SQLite file: a `sqlite3` connection of its own (kept for the thread that
        opened it, reused), inside BEGIN … ROLLBACK; no SQLAlchemy needed, which lets the
        plan paint before SQLAlchemy is loaded. On a server: an ORM session (`reading()`).
        """
        path = None if self._engine is not None and not self.is_sqlite else self.path
        if path is None:
            with self.reading() as orm:
                yield orm
            return
        if self._rows is None:
            self._rows, self._rows_thread = self._connect_rows(path), threading.get_ident()
        own = self._rows_thread == threading.get_ident()
        conn = self._rows if own else self._connect_rows(path)
        nested = conn.in_transaction
        try:
            if not nested:
                conn.execute("BEGIN")
            yield conn
        except sqlite3.DatabaseError as exc:
            from planner.storage.errors import translate_db_error

            translated = translate_db_error(exc)
            if translated is None:
                raise
            raise translated from exc
        finally:
            if conn.in_transaction and not nested:
                conn.execute("ROLLBACK")
            if not own:
                conn.close()

    @staticmethod
    def _connect_rows(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, timeout=10, isolation_level=None,
                               check_same_thread=False)
        conn.execute("PRAGMA busy_timeout=10000")
        conn.execute("PRAGMA query_only=ON")  # this connection only ever reads
        return conn

    def checkpoint(self) -> bool:
        """Write the WAL into the database and truncate it (after an erasure, the old page
        images of the person's rows would otherwise stay in the -wal file). True when the
        WAL is empty now; False while another connection still reads an older snapshot."""
        if not self.is_sqlite or self.path is None:
            return True
        if self._rows is not None:  # our own plain reader must not hold an old snapshot
            self._rows.close()
            self._rows = None
        with self.engine.connect() as conn:
            busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        return not busy

    def close(self) -> None:
        if self._rows is not None:
            self._rows.close()
            self._rows = None
        if self._engine is not None:
            self._engine.dispose()


def with_retries(db: Database, fn: Callable[[Any], T], attempts: int = 3,
                 delay: float = 0.05) -> T:
    """Run `fn(orm)` in one transaction; run it again after a serialization failure.

    `fn` must do all its reading and writing through the session it receives, so that a
    second run starts from the committed state (the first run was rolled back entirely).
    """
    from planner.storage.server import SerializationError

    for attempt in range(1, attempts + 1):
        try:
            with db.transaction() as orm:
                return fn(orm)
        except SerializationError:
            if attempt == attempts:
                raise
            log.info("Gleichzeitige Änderung auf dem Server; Versuch %d von %d", attempt + 1,
                     attempts)
            # Growing, jittered pauses: writers that collided do not collide again in step.
            time.sleep(min(1.0, delay * 2 ** (attempt - 1)) * random.uniform(0.5, 1.5))
    raise AssertionError("unreachable")  # pragma: no cover
