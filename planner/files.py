"""Writing export files safely: never a half-written file at the target path, never over
something that is not a regular file, never a private folder others can read.

A file is written as a hidden `.NAME.pPID.XXXXXXXX.part` beside the target and renamed into
place when complete. A process killed meanwhile leaves that part file behind; the next
write into the same folder removes part files whose process is gone.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from planner.errors import PlannerError

PART_SUFFIX = ".part"
# `.NAME.pPID.RANDOM.part` (RANDOM: tempfile's 8 characters) and, for part files written
# by versions before the PID was part of the name, `.NAME.RANDOM.part`.
_PART_RE = re.compile(r"^\..+?(?:\.p(?P<pid>\d+))?\.[a-z0-9_]{8}\.part$")
LEGACY_PART_AGE_SECONDS = 3600.0
_swept: set[str] = set()


_OS_REASONS = {
    errno.ENOENT: "nicht gefunden",
    errno.EEXIST: "ist schon vorhanden (eine Datei, wo ein Ordner nötig ist, oder umgekehrt)",
    errno.EACCES: "keine Berechtigung",
    errno.EPERM: "keine Berechtigung",
    errno.ENOTDIR: "ein Teil des Pfades ist eine Datei, kein Ordner",
    errno.EISDIR: "ein Ordner, keine Datei",
    errno.ENOSPC: "der Datenträger ist voll",
    errno.EROFS: "schreibgeschütztes Laufwerk",
    errno.ENAMETOOLONG: "Name zu lang",
    errno.ELOOP: "symbolische Verknüpfungen im Kreis",
}


def os_reason(exc: OSError) -> str:
    """The German reason of a file-system error (the system's text for rare ones)."""
    return _OS_REASONS.get(exc.errno or -1, exc.strerror or type(exc).__name__)


def process_alive(pid: int) -> bool:
    """True while a process with this id exists (POSIX); elsewhere: assumed alive."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_stale_part(entry: os.DirEntry[str] | Path, now: float | None = None) -> bool:
    """A hidden part file (or staging folder) left behind by a process that is gone."""
    match = _PART_RE.match(entry.name)
    if match is None:
        return False
    if match.group("pid") is not None:
        return not process_alive(int(match.group("pid")))
    try:
        age = (now or time.time()) - entry.stat(follow_symlinks=False).st_mtime
    except OSError:
        return False
    return age > LEGACY_PART_AGE_SECONDS


def sweep_stale_parts(folder: Path, *, force: bool = False) -> list[Path]:
    """Remove what killed writers left in `folder` (once per folder and process unless
    `force`); returns what was removed."""
    key = os.path.abspath(folder)
    if key in _swept and not force:
        return []
    _swept.add(key)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(".") or not entry.name.endswith(PART_SUFFIX) \
                or not is_stale_part(entry):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                import shutil

                shutil.rmtree(path)
            else:
                path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            continue  # not ours to force; the next run tries again
        removed.append(path)
    return removed


def part_prefix(name: str) -> str:
    """The start of a part file's name for `name`, tagged with this process's id."""
    return f".{name}.p{os.getpid()}."


def make_private_dirs(folder: str | os.PathLike[str]) -> Path:
    """Create `folder` and missing parents with mode 0700 (existing folders are left as they
    are: the user chose them)."""
    folder = Path(folder)
    missing: list[Path] = []
    current = folder.absolute()
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            pass
        else:
            if os.name == "posix":
                os.chmod(path, 0o700)  # mkdir's mode is reduced by the umask
    return folder


def check_regular_target(target: Path) -> None:
    """Refuse a target that exists and is not a regular file (device, FIFO, socket, folder):
    replacing it would put personal data where a device or a pipe was."""
    try:
        st = os.stat(target)  # follows a symbolic link: what it points to counts
    except FileNotFoundError:
        return
    except OSError as exc:
        raise PlannerError(f"Die Datei {target} kann nicht geschrieben werden: "
                           f"{os_reason(exc)}.") from exc
    if stat.S_ISREG(st.st_mode):
        return
    what = ("ein Ordner" if stat.S_ISDIR(st.st_mode) else
            "ein Gerät" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
            "eine benannte Pipe (FIFO)" if stat.S_ISFIFO(st.st_mode) else
            "ein Socket" if stat.S_ISSOCK(st.st_mode) else "keine normale Datei")
    raise PlannerError(f"Die Datei {target} kann nicht geschrieben werden: Dort ist {what}, "
                       "keine normale Datei. Bitte einen anderen Dateinamen wählen.")


@contextmanager
def atomic_target(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside `target`; move it into place only on success."""
    target = Path(target)
    check_regular_target(target)
    try:
        make_private_dirs(target.parent)
        sweep_stale_parts(target.parent)
        fd, tmp_name = tempfile.mkstemp(prefix=part_prefix(target.name), suffix=PART_SUFFIX,
                                        dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise PlannerError(f"Die Datei {target} kann nicht geschrieben werden: "
                           f"{os_reason(exc)}.") from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, 0o600)
        check_regular_target(target)  # a FIFO may have appeared while we wrote
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PlannerError(f"Die Datei {target} kann nicht geschrieben werden: "
                           f"{os_reason(exc)}.") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(target: str | os.PathLike[str], writer: Callable[[Path], None]) -> Path:
    with atomic_target(target) as tmp:
        writer(tmp)
    return Path(target)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# German umlauts as Germans write them without the dots; anyascii handles every other
# script and letter (ø → o, đ → d, ł → l, ı → i, ŵ → w, ắ → a), never dropping one.
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                         "ß": "ss", "ẞ": "SS"})
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}


def _shorten(stem: str, max_len: int) -> str:
    """At most max_len characters, cut at a word boundary ("_" or "-") where possible."""
    if len(stem) <= max_len:
        return stem
    cut = stem[:max_len + 1]
    boundary = max(cut.rfind("_"), cut.rfind("-"))
    if boundary >= max_len // 2:
        return cut[:boundary]
    return stem[:max_len]


def safe_file_stem(text: str, max_len: int = 80) -> str:
    """ASCII file-name stem: every letter transliterated, everything else reduced to '_'.

    Long stems are shortened at a word boundary, never in the middle of a word when a
    boundary lies in the second half.
    """
    from anyascii import anyascii

    ascii_text = anyascii(unicodedata.normalize("NFC", text).translate(_GERMAN))
    stem = _UNSAFE.sub("_", ascii_text).strip("._-")
    stem = _shorten(stem, max_len).strip("._-")
    if not stem or stem.upper() in _RESERVED:
        stem = f"datei_{stem}" if stem else "datei"
    return stem


def unique_path(folder: Path, stem: str, suffix: str, taken: set[str]) -> Path:
    """A path in `folder` whose name is not in `taken` (case-insensitive); records it."""
    candidate = f"{stem}{suffix}"
    n = 2
    while candidate.lower() in taken or (folder / candidate).exists():
        candidate = f"{stem}_{n}{suffix}"
        n += 1
    taken.add(candidate.lower())
    return folder / candidate
