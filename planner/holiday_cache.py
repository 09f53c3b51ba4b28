"""Public holidays per year and federal state: computed once with `holidays`, then kept.

Importing the `holidays` library and building Germany's calendar takes longer than opening
the whole main window (the library loads every country and several lunar calendars). The
plan shows the holidays of the visible month at start-up and the planning checks ask for
them on every save, so each year's tables (nationwide and for each of the 16 states, all
computed together once the library is loaded) are kept in a small JSON file in the user's
cache folder. The file is named after the library's version: a newer library, which may
know new holidays, starts a new file. A damaged or unreadable file is simply recomputed.

`holidays_of(year, state)` always answers (computing on a miss); `cached(year, state)`
answers only from memory or the file, never loading the library, so a window can paint
first and fetch missing years afterwards.
"""

from __future__ import annotations

import json
import os
import threading
from datetime import date
from pathlib import Path

from planner import __version__
from planner.cache import cache_dir

# The federal states the library knows for Germany (ISO 3166-2 codes without "DE-").
STATES = ("BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST",
          "SH", "TH")
NATIONWIDE = ""  # key of the nationwide table

_lock = threading.Lock()
_tables: dict[tuple[int, str], dict[date, str]] = {}
_file_loaded = False


def library_version() -> str:
    """'holidays-0.109' from the installed distribution, found without importing it."""
    import importlib.util

    spec = importlib.util.find_spec("holidays")
    if spec is not None and spec.origin:
        site = Path(spec.origin).parent.parent
        for info in sorted(site.glob("holidays-*.dist-info")):
            return info.name.removesuffix(".dist-info")
    return f"holidays-unknown-{__version__}"


def cache_file() -> Path:
    return cache_dir() / f"{library_version()}.json"


def _state_key(state: str | None) -> str:
    return state if state in STATES else NATIONWIDE


def _read_file() -> None:
    global _file_loaded
    _file_loaded = True
    try:
        stored = json.loads(cache_file().read_text(encoding="utf-8"))
        for key, names in stored["tables"].items():
            year, state = key.split(":")
            _tables[(int(year), state)] = {date.fromisoformat(d): str(n)
                                           for d, n in names.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return  # missing or damaged: recomputed on demand


def _write_file() -> None:
    tables = {f"{year}:{state}": {d.isoformat(): n for d, n in sorted(names.items())}
              for (year, state), names in sorted(_tables.items())}
    target = cache_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"tables": tables}, ensure_ascii=False),
                             encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        pass  # a read-only cache folder only costs the computation next time


def _compute_year(year: int) -> None:
    import holidays

    for state in (NATIONWIDE, *STATES):
        table = holidays.country_holidays("DE", subdiv=state or None, years=year,
                                          language="de")
        _tables[(year, state)] = dict(table)


def cached(year: int, state: str | None) -> dict[date, str] | None:
    """The holidays of `year` in `state` (None or unknown = nationwide) if already
    computed (in this process or in the cache file); None if the library must be asked."""
    with _lock:
        if not _file_loaded:
            _read_file()
        return _tables.get((year, _state_key(state)))


def holidays_of(year: int, state: str | None) -> dict[date, str]:
    """The holidays of `year` in `state` ({day: German name}); computed on a miss."""
    found = cached(year, state)
    if found is not None:
        return found
    with _lock:
        key = (year, _state_key(state))
        if key not in _tables:
            _compute_year(year)
            _write_file()
        return _tables[key]


def prepare(years: list[int]) -> None:
    """Compute and keep the given years (e.g. in a worker thread after the first paint)."""
    for year in years:
        holidays_of(year, None)


def forget() -> None:
    """Drop what this process holds (tests; the file stays)."""
    global _file_loaded
    with _lock:
        _tables.clear()
        _file_loaded = False
