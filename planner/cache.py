"""The per-user cache folder: what is computed once and kept for the next start.

Kept here: the holiday tables (planner/holiday_cache.py), the empty database of the
current schema (new database files are copies of it, planner/storage/database.py) and the
demo database of the day (planner/demo/cache.py). Everything here can be deleted at any
time; it is rebuilt on the next use. Kept files are named after what they were built from
(`code_version()`), so a newer program, or a changed source file in a development
checkout, never uses a stale one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from planner import APP_NAME, __version__

CACHE_DIR_ENV_VAR = "TRANSFERPLANER_CACHE_DIR"
_code_version: str | None = None


def cache_dir() -> Path:
    """$TRANSFERPLANER_CACHE_DIR, else the per-user cache folder."""
    env = os.environ.get(CACHE_DIR_ENV_VAR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def code_version() -> str:
    """The program version plus a fingerprint of planner's source files (name, size,
    modification time; cheap): equal only for the same code."""
    global _code_version
    if _code_version is None:
        digest = hashlib.sha1(__version__.encode())
        root = Path(__file__).parent
        for path in sorted(root.rglob("*.py")):
            try:
                stat = path.stat()
            except OSError:
                continue
            digest.update(f"{path.relative_to(root)}:{stat.st_size}:{stat.st_mtime_ns};"
                          .encode())
        _code_version = f"{__version__}-{digest.hexdigest()[:12]}"
    return _code_version


def kept_file(name: str) -> Path:
    return cache_dir() / name


def keep_database(source: Path, name: str) -> None:
    """Keep a consistent copy of an SQLite database (the online backup API, so a WAL
    file or an open connection does not matter). Written under a temporary name and
    moved into place; a cache folder that cannot be written only costs the next start."""
    target = kept_file(name)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(source)) as src, \
                closing(sqlite3.connect(temporary)) as dst:
            src.backup(dst)
        os.replace(temporary, target)
    except (OSError, sqlite3.Error):
        temporary.unlink(missing_ok=True)


def copy_kept(name: str, target: Path) -> bool:
    """Copy a kept file over `target` (which may exist, e.g. created 0600 beforehand);
    False when nothing is kept under `name` or it cannot be read."""
    source = kept_file(name)
    if not source.is_file():
        return False
    try:
        with open(source, "rb") as src, open(target, "ab") as dst:
            dst.truncate(0)
            shutil.copyfileobj(src, dst)
            dst.flush()
            os.fsync(dst.fileno())
    except OSError:
        return False
    return True
