"""Where data may live: no network shares, enough free space, files readable by the user only."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from pathlib import Path

from planner.errors import DatabaseError

# File-system types that are reached over a network (SQLite locking is unreliable there).
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p",
    "afs", "ceph", "fuse.ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2",
    "ncpfs", "lustre", "gpfs",
})
MOUNT_TABLE = Path("/proc/mounts")
SAFETY_MARGIN_BYTES = 100 * 1024 * 1024
DRIVE_REMOTE = 4  # GetDriveTypeW: DRIVE_REMOTE


def _unescape_mount_field(field: str) -> str:
    """/proc/mounts escapes space, tab, newline and backslash as octal (\\040 …)."""
    out: list[str] = []
    i = 0
    while i < len(field):
        chunk = field[i:i + 4]
        if len(chunk) == 4 and chunk[0] == "\\" and chunk[1:].isdigit():
            out.append(chr(int(chunk[1:], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def _read_mounts() -> list[tuple[str, str]]:
    """(mount point, file-system type) pairs from the Linux mount table; empty elsewhere."""
    try:
        text = MOUNT_TABLE.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((_unescape_mount_field(parts[1]), parts[2]))
    return mounts


def _absolute(path: str | os.PathLike[str]) -> Path:
    """An absolute, symlink-resolved path, also for files that do not exist yet."""
    return Path(os.path.abspath(os.path.expanduser(os.fspath(path)))).resolve(strict=False)


def _is_unc(path: str) -> bool:
    return path.startswith("\\\\") or (path.startswith("//") and not path.startswith("///"))


def _mount_type(path: Path, mounts: list[tuple[str, str]]) -> str | None:
    """The file-system type of the longest mount point containing `path` (last mount wins)."""
    best: tuple[int, str] | None = None
    for mount_point, fs_type in mounts:
        mp = Path(mount_point)
        if path == mp or mp in path.parents:
            depth = len(mp.parts)
            if best is None or depth >= best[0]:
                best = (depth, fs_type)
    return best[1] if best else None


def _windows_drive_is_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(str(path))[0]
    if not drive:
        return False
    if _is_unc(drive):
        return True
    get_drive_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
    return int(get_drive_type(drive + "\\")) == DRIVE_REMOTE


def is_network_path(path: str | os.PathLike[str]) -> bool:
    """True for UNC paths, mapped network drives (Windows) and network mounts (Linux)."""
    raw = os.fspath(path)
    if _is_unc(raw):
        return True
    absolute = _absolute(raw)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_drive_is_remote(absolute)
    fs_type = _mount_type(absolute, _read_mounts())
    if fs_type is None:
        return False
    return fs_type.lower() in NETWORK_FS_TYPES


def check_local_path(path: str | os.PathLike[str]) -> None:
    """Refuse a database file on a network share, with an explanation for staff."""
    if is_network_path(path):
        raise DatabaseError(
            f"Die Datenbank liegt auf einem Netzlaufwerk ({os.fspath(path)}). "
            "SQLite-Dateien dürfen nicht über ein Netzwerk geteilt werden: gleichzeitige "
            "Zugriffe können die Datei unbemerkt beschädigen. Bitte legen Sie die Datenbank "
            "auf einem lokalen Laufwerk ab. Für die gemeinsame Arbeit mehrerer Büros ist der "
            "PostgreSQL-Modus (gemeinsamer Datenbankserver) vorgesehen."
        )


def _existing_ancestor(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path.cwd()


def free_bytes(path: str | os.PathLike[str]) -> int:
    """Free bytes on the drive holding `path` (or its nearest existing folder)."""
    return shutil.disk_usage(_existing_ancestor(_absolute(path))).free


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):,.0f} MB".replace(",", ".")


def free_space_warning(path: str | os.PathLike[str], needed_bytes: int) -> str | None:
    """A German warning when less than `needed_bytes` + 100 MB are free at `path`."""
    free = free_bytes(path)
    if free >= needed_bytes + SAFETY_MARGIN_BYTES:
        return None
    return (
        f"Wenig Speicherplatz: Auf dem Laufwerk von {os.fspath(path)} sind nur noch "
        f"{_megabytes(free)} frei, benötigt werden etwa {_megabytes(needed_bytes)} "
        f"plus {_megabytes(SAFETY_MARGIN_BYTES)} Reserve. Bitte schaffen Sie Platz, "
        "bevor Sie fortfahren – ein volles Laufwerk kann Schreibvorgänge scheitern lassen."
    )


def restrict_permissions(path: str | os.PathLike[str]) -> None:
    """Make a file readable and writable by its owner only (0600); no-op off POSIX."""
    if os.name != "posix":
        return
    target = Path(path)
    if target.exists():
        os.chmod(target, 0o600)


def create_private_file(path: str | os.PathLike[str]) -> bool:
    """Create an empty file with mode 0600 (before SQLite creates it with the umask).

    Returns True if the file was created, False if it already existed.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    except OSError as exc:
        raise DatabaseError(
            f"Die Datenbankdatei {target} kann nicht angelegt werden: {exc.strerror}."
        ) from exc
    os.close(fd)
    restrict_permissions(target)
    return True


SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def check_database_file(path: str | os.PathLike[str]) -> None:
    """Refuse a database path that exists but is not a regular file (a folder, a FIFO, a
    device): SQLite would hang on a pipe or fail obscurely."""
    target = Path(path)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise DatabaseError(f"Die Datenbank {target} kann nicht geöffnet werden: "
                            f"{exc.strerror}.") from exc
    if not stat.S_ISREG(st.st_mode):
        what = "ein Ordner" if stat.S_ISDIR(st.st_mode) else "keine normale Datei"
        raise DatabaseError(f"{target} ist {what} und kann nicht als Datenbank geöffnet "
                            "werden. Bitte eine Datenbankdatei (.sqlite) angeben.")


def tighten_database_files(path: str | os.PathLike[str]) -> list[Path]:
    """Make an existing database and its WAL/SHM/journal readable by the owner only (0600);
    a database copied in with 0644 would otherwise stay readable for every local user.
    Returns the files whose mode was changed; files we may not change are left alone."""
    if os.name != "posix":
        return []
    changed: list[Path] = []
    for suffix in ("", *SQLITE_COMPANIONS):
        candidate = Path(f"{os.fspath(path)}{suffix}")
        try:
            st = os.stat(candidate)
            if st.st_mode & 0o077 and st.st_uid == os.getuid():
                if stat.S_ISREG(st.st_mode):
                    os.chmod(candidate, 0o600)
                    changed.append(candidate)
        except OSError:  # missing, read-only mount, not ours: nothing to tighten here
            continue
    return changed


def on_read_only_mount(path: str | os.PathLike[str]) -> bool:
    """True when the file system holding `path` is mounted read-only (POSIX statvfs)."""
    try:
        return bool(os.statvfs(_existing_ancestor(_absolute(path))).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        return False
