"""Writing export files safely: never a half-written file at the target path."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from planner.errors import PlannerError


@contextmanager
def atomic_target(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside `target`; move it into place only on success."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                        dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise PlannerError(f"Die Datei {target} kann nicht geschrieben werden: {exc.strerror}.") \
            from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PlannerError(f"Die Datei {target} kann nicht geschrieben werden: {exc.strerror}.") \
            from exc
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
