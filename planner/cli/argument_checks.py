"""What no command can use, refused before any command runs, and the last-resort wording of
file-system errors: one `Fehler:` line instead of a traceback.

- Whole numbers beyond 32 bits: no id, count, year or limit of the planner is that large,
  and SQLite (64 bits) or a PostgreSQL `integer` column would fail on them deep inside a
  query; a negative `--limit`.
- Text with a NUL character: no file name or database value may hold one.
- Text with bytes that are not UTF-8 (the operating system hands them to Python as lone
  surrogates): they can be neither stored nor printed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import PurePath

from planner.files import os_reason

INT_MIN = -(2**31)
INT_MAX = 2**31 - 1
# Options that count rows to show: a negative count is refused (PostgreSQL refuses a
# negative LIMIT deep inside the query).
COUNT_OPTIONS = frozenset({"limit"})



def _label(dest: str) -> str:
    return dest.replace("_", "-")


def _values(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else [value]


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def argument_problem(args: argparse.Namespace) -> str | None:
    """The German reason the parsed arguments cannot be used, or None."""
    for dest, value in sorted(vars(args).items()):
        if callable(value):
            continue
        for item in _values(value):
            if isinstance(item, bool):
                continue
            if isinstance(item, int) and not INT_MIN <= item <= INT_MAX:
                return (f"Die Zahl {item} für „{_label(dest)}“ liegt außerhalb des möglichen "
                        f"Bereichs ({INT_MIN} bis {INT_MAX}).")
            if isinstance(item, int) and dest in COUNT_OPTIONS and item < 0:
                return f"„{_label(dest)}“ darf nicht negativ sein ({item})."
            if isinstance(item, str | PurePath):
                text = os.fspath(item)
                if "\x00" in text:
                    return f"Die Angabe für „{_label(dest)}“ enthält ein NUL-Zeichen."
                if _has_surrogate(text):
                    return (f"Die Angabe für „{_label(dest)}“ enthält Bytes, die kein gültiges "
                            "UTF-8 sind (z. B. ein Dateiname aus einer anderen Zeichenkodierung).")
    return None


def describe_os_error(exc: OSError) -> str:
    """A German sentence for a file-system error no command handled itself."""
    where = exc.filename if exc.filename is not None else ""
    if where:
        return f"„{os.fsdecode(where)}“: {os_reason(exc)}."
    return f"Datei- oder Ordnerfehler: {os_reason(exc)}."


def tolerate_unprintable_output() -> None:
    """Print undecodable characters as escapes (\\udce9) instead of failing: a name typed in
    another encoding must not turn an error message into a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # a closed or detached stream: nothing to print to
                pass
