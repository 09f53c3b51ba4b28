"""Backups of the SQLite database file: online backup API, verification, rotation, restore.

Backups are written with `sqlite3.Connection.backup` (a consistent snapshot even while other
connections write), never by copying the file. Every backup is checked with
`PRAGMA integrity_check` before it gets its final name; files are 0600 on POSIX.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable, Hashable, Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from planner.errors import DatabaseError, ValidationError
from planner.files import atomic_target, make_private_dirs, os_reason
from planner.storage.checks import (
    create_private_file,
    free_space_warning,
    on_read_only_mount,
    restrict_permissions,
)
from planner.storage.database import Database

BACKUP_PREFIX = "transferplaner-"
SAFETY_PREFIX = "before-restore-"
SUFFIX = ".sqlite"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
KIND_BACKUP = "backup"
KIND_SAFETY = "before-restore"
REQUIRED_TABLES = ("alembic_version", "person")
LOCK_TIMEOUT_SECONDS = 15.0
log = logging.getLogger(__name__)

_NAME_RE = re.compile(r"^(transferplaner|before-restore)-(\d{8}-\d{6})(?:-(\d+))?\.sqlite$")


# --- rotation --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionPolicy:
    """How many backups to keep: the newest of each of the last N days, weeks and months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def __post_init__(self) -> None:
        if min(self.daily, self.weekly, self.monthly) < 0:
            raise ValidationError(
                "Die Anzahl aufzubewahrender Sicherungen darf nicht negativ sein.")


def _bucket_rules(policy: RetentionPolicy) -> list[tuple[int, Callable[[datetime], Hashable]]]:
    return [
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: tuple(t.isocalendar())[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    ]


def retained(
    timestamps: Iterable[datetime], policy: RetentionPolicy | None = None
) -> set[datetime]:
    """The timestamps to keep: per rule, the newest one of each of the N most recent periods
    (days, ISO weeks, months) that have a backup; the newest backup is always kept."""
    policy = policy or RetentionPolicy()
    ordered = sorted(set(timestamps), reverse=True)
    if not ordered:
        return set()
    keep = {ordered[0]}
    for count, bucket in _bucket_rules(policy):
        seen: set[Hashable] = set()
        for ts in ordered:
            if len(seen) >= count:
                break
            key = bucket(ts)
            if key not in seen:
                seen.add(key)
                keep.add(ts)
    return keep


# --- names and listing -----------------------------------------------------------------------


@dataclass
class BackupInfo:
    path: Path
    created: datetime
    kind: str  # KIND_BACKUP or KIND_SAFETY
    size: int
    problems: list[str] | None = None  # None: not verified; []: verified and healthy

    @property
    def ok(self) -> bool:
        return self.problems == []

    @property
    def state_label(self) -> str:
        if self.problems is None:
            return "nicht geprüft"
        return "geprüft, in Ordnung" if not self.problems else f"FEHLERHAFT: {self.problems[0]}"


def parse_backup_name(name: str) -> tuple[str, datetime] | None:
    """(kind, timestamp) of a backup file name; a '-N' suffix becomes N microseconds."""
    match = _NAME_RE.match(name)
    if not match:
        return None
    try:
        stamp = datetime.strptime(match.group(2), STAMP_FORMAT)
    except ValueError:
        return None
    seq = int(match.group(3) or 0)
    if seq > 999_999:
        return None
    kind = KIND_BACKUP if match.group(1) == "transferplaner" else KIND_SAFETY
    return kind, stamp.replace(microsecond=seq)


def default_backup_folder(db_path: str | os.PathLike[str]) -> Path:
    return Path(db_path).expanduser().absolute().parent / "backups"


def _unique_name(folder: Path, prefix: str, now: datetime) -> Path:
    stem = f"{prefix}{now.strftime(STAMP_FORMAT)}"
    candidate = folder / f"{stem}{SUFFIX}"
    seq = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{seq}{SUFFIX}"
        seq += 1
    return candidate


def list_backups(folder: str | os.PathLike[str], verify: bool = True) -> list[BackupInfo]:
    """Backups and safety copies in `folder`, newest first (verified if asked)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    infos = []
    found = []
    for entry in folder.iterdir():
        parsed = parse_backup_name(entry.name)
        if parsed is None or not entry.is_file():
            continue
        st = entry.stat()
        found.append((parsed[1], st.st_mtime_ns, BackupInfo(entry, parsed[1], parsed[0],
                                                            st.st_size)))
    found.sort(key=lambda item: item[:2], reverse=True)  # same second: modification time
    infos = [item[2] for item in found]
    if verify:
        for info in infos:
            info.problems = verify_backup(info.path)
    return infos


def newest_good_backup(folder: str | os.PathLike[str]) -> Path | None:
    """The newest regular backup in `folder` that passes verification (safety copies ignored)."""
    for info in list_backups(folder, verify=False):
        if info.kind == KIND_BACKUP and not verify_backup(info.path):
            return info.path
    return None


def rotate_backups(
    folder: str | os.PathLike[str], policy: RetentionPolicy | None = None
) -> list[Path]:
    """Delete regular backups the policy does not keep; returns the deleted files."""
    by_time = {info.created: info.path for info in list_backups(folder, verify=False)
               if info.kind == KIND_BACKUP}
    keep = retained(by_time, policy)
    deleted = []
    for created, path in sorted(by_time.items()):
        if created not in keep:
            path.unlink(missing_ok=True)
            deleted.append(path)
    if deleted:
        log.info("%d ältere Sicherung(en) entfernt", len(deleted))
    return deleted


# --- checks ----------------------------------------------------------------------------------


def _connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=10)


def verify_backup(path: str | os.PathLike[str]) -> list[str]:
    """Problems of a backup file (empty list: healthy Transferplaner database)."""
    path = Path(path)
    if not path.is_file():
        return [f"Die Datei {path} existiert nicht."]
    try:
        with closing(_connect_readonly(path)) as conn:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                return [f"Integritätsprüfung fehlgeschlagen: {row}" for row in rows]
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [t for t in REQUIRED_TABLES if t not in tables]
            if missing:
                return ["Die Datei ist keine Transferplaner-Datenbank "
                        f"(es fehlt: {', '.join(missing)})."]
            if conn.execute("SELECT version_num FROM alembic_version").fetchone() is None:
                return ["Die Datei ist keine Transferplaner-Datenbank (keine Schemaversion)."]
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_CORRUPT":
            return [f"Die Datei ist beschädigt ({exc})."]
        return [f"Die Datei kann nicht als Datenbank gelesen werden ({exc})."]
    return []


def quick_check_file(path: str | os.PathLike[str]) -> list[str]:
    """`PRAGMA quick_check` on a database file; empty list means healthy."""
    try:
        with closing(sqlite3.connect(Path(path), timeout=10)) as conn:
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.Error as exc:
        return [f"Die Datenbank kann nicht gelesen werden ({exc})."]
    return [] if rows == ["ok"] else rows


def quick_check(db: Database) -> list[str]:
    """`PRAGMA quick_check` on the open database (at start); empty list means healthy.
    Plain sqlite3 on the file, so the check at start does not load SQLAlchemy."""
    path = db.path if db.is_sqlite else None
    if path is None:
        return []
    return quick_check_file(path)


# --- writing backups -------------------------------------------------------------------------


def _database_file(db: Database | str | os.PathLike[str]) -> Path:
    if isinstance(db, Database):
        path = db.path
        if path is None:
            raise DatabaseError("Sicherungen sind nur für SQLite-Datenbankdateien möglich; "
                                "einen PostgreSQL-Server sichert dessen Verwaltung.")
        return path
    return Path(db)


def _deadline_progress(what: str) -> Callable[[int, int, int], None]:
    deadline = time.monotonic() + LOCK_TIMEOUT_SECONDS

    def progress(_status: int, _remaining: int, _total: int) -> None:
        if time.monotonic() > deadline:
            raise DatabaseError(f"{what}: Die Datenbank ist gerade durch ein anderes Programm "
                                "gesperrt. Bitte später erneut versuchen.")
    return progress


def _is_corruption(exc: BaseException | None) -> bool:
    return getattr(exc, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def _sqlite_error(what: str, exc: sqlite3.Error) -> DatabaseError:
    return DatabaseError(f"{what} ist fehlgeschlagen: {exc}.")


def _file_size(db_path: Path) -> int:
    sizes = [p.stat().st_size for p in (db_path, Path(f"{db_path}-wal")) if p.exists()]
    return sum(sizes)


def _connect_source(source: Path) -> sqlite3.Connection:
    """The live database for reading a snapshot. On a read-only mount nobody can change it,
    and SQLite could not create the WAL index there: it is read as an immutable file."""
    uri = source.absolute().as_uri()
    if on_read_only_mount(source):
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=10)
    return sqlite3.connect(f"{uri}?mode=rw", uri=True, timeout=10)


def _write_backup(source: Path, target: Path, *, verify: bool) -> Path:
    """Snapshot `source` into `target` via the backup API; the result is a single-file DB."""
    if not source.is_file():
        raise DatabaseError(f"Die Datenbank {source} existiert nicht.")
    with atomic_target(target) as tmp:
        try:
            src = _connect_source(source)
            with closing(src), closing(sqlite3.connect(tmp)) as dst:
                src.backup(dst, progress=_deadline_progress("Die Sicherung"))
                dst.execute("PRAGMA journal_mode=DELETE")  # self-contained file, no -wal
        except sqlite3.Error as exc:
            raise _sqlite_error("Die Sicherung", exc) from exc
        if verify:
            problems = verify_backup(tmp)
            if problems:
                raise DatabaseError(f"Die Sicherung {target.name} ist fehlerhaft und wurde "
                                    f"verworfen: {problems[0]}")
    restrict_permissions(target)
    return target


def _check_space(folder: Path, needed: int) -> None:
    try:
        make_private_dirs(folder)
    except OSError as exc:
        raise DatabaseError(f"Keine Sicherung angelegt: Der Ordner {folder} kann nicht "
                            f"angelegt werden ({os_reason(exc)}).") from exc
    if not folder.is_dir():
        raise DatabaseError(f"Keine Sicherung angelegt: {folder} ist kein Ordner.")
    warning = free_space_warning(folder, needed)
    if warning:
        raise DatabaseError(f"Keine Sicherung angelegt. {warning}")


def create_backup(
    db: Database | str | os.PathLike[str],
    target: str | os.PathLike[str] | None = None,
    *,
    folder: str | os.PathLike[str] | None = None,
    now: datetime | None = None,
) -> Path:
    """Back up the database to `target` or a timestamped file in `folder` (default: backups/
    beside the database). Verified with integrity_check; raises DatabaseError on failure."""
    source = _database_file(db)
    if not source.is_file():
        raise DatabaseError(f"Die Datenbank {source} existiert nicht.")
    if target is None:
        dest_folder = Path(folder) if folder is not None else default_backup_folder(source)
        _check_space(dest_folder, _file_size(source))
        target_path = _unique_name(dest_folder, BACKUP_PREFIX, now or datetime.now())
    else:
        target_path = Path(target)
        if target_path.absolute() == source.absolute():
            raise DatabaseError("Die Sicherung kann nicht die Datenbank selbst überschreiben.")
        _check_space(target_path.absolute().parent, _file_size(source))
    written = _write_backup(source, target_path, verify=True)
    log.info("Sicherung geschrieben und geprüft: %s (%d Bytes)", written.name,
             written.stat().st_size)
    return written


def backup_if_due(
    db: Database,
    folder: str | os.PathLike[str] | None = None,
    min_interval: timedelta = timedelta(hours=12),
    policy: RetentionPolicy | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Automatic backup (at start, after a session of changes): a new verified backup if the
    newest one is older than `min_interval`, then rotation. None if not due or not SQLite."""
    if not db.is_sqlite or db.path is None:
        return None
    now = now or datetime.now()
    dest = Path(folder) if folder is not None else default_backup_folder(db.path)
    existing = [info.created for info in list_backups(dest, verify=False)
                if info.kind == KIND_BACKUP]
    if existing:
        newest = max(existing)
        if newest <= now and now - newest < min_interval:
            return None
    path = create_backup(db, folder=dest, now=now)
    rotate_backups(dest, policy)
    return path


# --- restore ---------------------------------------------------------------------------------


def _restore_problems(backup_file: Path) -> list[str]:
    problems = verify_backup(backup_file)
    if problems:
        return problems
    from planner.storage.database import known_revisions, schema_problems

    with closing(_connect_readonly(backup_file)) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        if revision not in known_revisions():
            return [f"Die Sicherung stammt aus einer neueren Transferplaner-Version "
                    f"(Schema {revision})."]
        return schema_problems(conn, revision)


def _raw_safety_copy(db_path: Path, target: Path) -> Path:
    """The live file is damaged (SQLite cannot read it): keep its bytes for inspection."""
    for suffix in ("", "-wal"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            shutil.copyfile(source, f"{target}{suffix}")
            restrict_permissions(f"{target}{suffix}")
    return target


def _locked(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED") or \
        "locked" in str(exc)


LOCKED_MESSAGE = ("Die Wiederherstellung wurde nicht begonnen: Die Datenbank ist gerade durch "
                  "ein anderes Programm gesperrt, das in sie schreibt (z. B. ein Import oder "
                  "die Anwendung). Bitte warten, bis es fertig ist (oder es schließen), und "
                  "erneut versuchen. Die aktuelle Datenbank wurde nicht verändert.")


def _drop_everything(conn: sqlite3.Connection) -> None:
    objects = list(conn.execute(
        "SELECT type, name FROM main.sqlite_master WHERE substr(name, 1, 7) != 'sqlite_'"))
    for kind in ("trigger", "view", "index", "table"):
        for obj_kind, name in objects:
            if obj_kind == kind:
                conn.execute(f'DROP {kind} IF EXISTS main."{name.replace(chr(34), 2 * chr(34))}"')


def _copy_from_backup(conn: sqlite3.Connection) -> None:
    """Replace every schema object and row of `main` by those of the attached `bak`, inside
    the caller's transaction: tables and their rows first, then indexes, views and
    triggers (so no trigger fires while the rows are copied)."""
    _drop_everything(conn)
    objects = list(conn.execute(
        "SELECT type, name, sql FROM bak.sqlite_master "
        "WHERE sql IS NOT NULL AND substr(name, 1, 7) != 'sqlite_' ORDER BY rowid"))
    for kind, name, sql in objects:
        if kind == "table":
            conn.execute(sql)
            quoted = name.replace('"', '""')
            conn.execute(f'INSERT INTO main."{quoted}" SELECT * FROM bak."{quoted}"')
    if conn.execute("SELECT 1 FROM bak.sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        conn.execute("DELETE FROM main.sqlite_sequence")
        conn.execute("INSERT INTO main.sqlite_sequence SELECT * FROM bak.sqlite_sequence")
    for kind in ("index", "view", "trigger"):
        for obj_kind, _name, sql in objects:
            if obj_kind == kind:
                conn.execute(sql)
    version = conn.execute("PRAGMA bak.user_version").fetchone()[0]
    conn.execute(f"PRAGMA main.user_version = {int(version)}")


def _snapshot_into(db_path: Path, target: Path) -> None:
    """The committed state of `db_path` as a single-file copy, read through a connection of
    its own: the caller holds the write lock, so this is the last committed state, and a
    backup step cannot read through the connection that holds the write lock."""
    with atomic_target(target) as tmp:
        reader = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True,
                                 timeout=LOCK_TIMEOUT_SECONDS)
        with closing(reader), closing(sqlite3.connect(tmp)) as dst:
            reader.backup(dst, progress=_deadline_progress("Die Sicherung"))
            dst.execute("PRAGMA journal_mode=DELETE")
    restrict_permissions(target)


def _restore_under_lock(backup_file: Path, db_path: Path, safety: Path | None) -> None:
    """Safety copy and restore in one write transaction on the live file.

    The write lock is taken first (BEGIN IMMEDIATE, waiting up to LOCK_TIMEOUT_SECONDS
    for a writer in another process to finish). While it is held no other process can
    commit, so whatever was committed before is in the safety copy, and nothing can be
    committed between the copy and the restore and then be overwritten.
    """
    conn = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=rw", uri=True,
                           timeout=LOCK_TIMEOUT_SECONDS, isolation_level=None)
    with closing(conn):
        conn.execute("PRAGMA foreign_keys=OFF")  # the copy drops and refills every table
        conn.execute(f"PRAGMA busy_timeout={int(LOCK_TIMEOUT_SECONDS * 1000)}")
        conn.execute("PRAGMA secure_delete=ON")  # the replaced rows leave no trace
        conn.execute("ATTACH DATABASE ? AS bak", (f"{backup_file.absolute().as_uri()}?mode=ro",))
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _locked(exc):
                raise DatabaseError(LOCKED_MESSAGE) from exc
            raise
        try:
            conn.execute("SELECT count(*) FROM main.sqlite_master").fetchone()
            if safety is not None:
                _snapshot_into(db_path, safety)
            _copy_from_backup(conn)
            broken = conn.execute("PRAGMA main.foreign_key_check").fetchall()
            if broken:
                raise DatabaseError(
                    f"Die Sicherung {backup_file.name} enthält Verweise ins Leere (Tabelle "
                    f"{broken[0][0]}); die aktuelle Datenbank wurde nicht verändert.")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if safety is not None:
                safety.unlink(missing_ok=True)
            raise


def _replace_damaged(backup_file: Path, db_path: Path) -> None:
    """The live file is too damaged to write into: build a fresh file and move it in place."""
    with atomic_target(db_path) as tmp:
        with closing(_connect_readonly(backup_file)) as src, closing(sqlite3.connect(tmp)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        for suffix in ("-wal", "-shm"):  # a stale WAL would be replayed onto the new file
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)


def restore_backup(
    db_path: str | os.PathLike[str],
    backup_file: str | os.PathLike[str],
    *,
    folder: str | os.PathLike[str] | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Replace the database at `db_path` by `backup_file`.

    The backup is verified first (integrity and a schema exactly as the migrations build
    it); if it is damaged or foreign, DatabaseError is raised and nothing is changed. The
    current database is saved as `before-restore-….sqlite` in `folder` (default: backups/
    beside the database) under the same write lock as the restore itself (see
    `_restore_under_lock`). Returns that safety copy, or None when there was no current
    database.
    """
    db_path = Path(db_path).expanduser()
    backup_file = Path(backup_file).expanduser()
    problems = _restore_problems(backup_file)
    if problems:
        raise DatabaseError(f"Die Sicherung {backup_file.name} kann nicht wiederhergestellt "
                            f"werden: {problems[0]} Die aktuelle Datenbank wurde nicht verändert.")
    if db_path.exists() and backup_file.resolve() == db_path.resolve():
        raise DatabaseError("Die Sicherung ist die Datenbank selbst.")
    safety: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        dest = Path(folder) if folder is not None else default_backup_folder(db_path)
        _check_space(dest, _file_size(db_path) + backup_file.stat().st_size)
        safety = _unique_name(dest, SAFETY_PREFIX, now or datetime.now())
        try:
            _restore_under_lock(backup_file, db_path, safety)
        except sqlite3.Error as exc:
            if not _is_corruption(exc):
                raise _sqlite_error("Die Wiederherstellung", exc) from exc
            _raw_safety_copy(db_path, safety)
            _replace_damaged(backup_file, db_path)
    else:
        create_private_file(db_path)
        _replace_damaged(backup_file, db_path)
    problems = quick_check_file(db_path)
    if problems:
        raise DatabaseError(f"Nach der Wiederherstellung ist die Datenbank fehlerhaft: "
                            f"{problems[0]} Die vorherige Datenbank liegt in {safety}.")
    restrict_permissions(db_path)
    log.warning("Sicherung %s wiederhergestellt; der vorherige Stand liegt in %s",
                backup_file.name, safety.name if safety else "–")
    return safety


class CommitCounter:
    """Counts committed transactions on a database, to back up "after a session of changes"."""

    def __init__(self, db: Database) -> None:
        self.count = 0

        def _on_commit(_conn: object) -> None:
            self.count += 1

        def _listen(engine: object) -> None:
            from sqlalchemy import event

            event.listen(engine, "commit", _on_commit)

        db.when_engine_ready(_listen)  # without creating the engine at start-up
