"""`demo --years 10` against a bare sqlite3 `executemany` of the same rows.

Ours: `generate_demo(years=10, seed=2027)` in one transaction, from the call to the
commit (planning the rows, writing them, checking the planning rules on them), on a fresh
copy of a migrated empty database, as the `demo` command runs it after opening the file.
Bare: the rows our run wrote, read back table by table (not timed), inserted with
`sqlite3.executemany` into another copy of the same empty database in one transaction,
with the app's pragmas (WAL, synchronous NORMAL, foreign keys on), until committed.
Both run in this process on one thread: the ratio is taken from CPU time (load on a shared
machine does not count); runs are interleaved, medians of RUNS. The whole
`transferplaner-cli demo --years 10` process is reported as well (interpreter start,
imports, opening, writing; wall clock), without ratio.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
YEARS = 10
SEED = 2027
START_YEAR = 2017  # fixed, so every run writes the same rows
RUNS = 3


def _template(workdir: Path) -> Path:
    from planner.storage.database import Database

    path = workdir / "empty.sqlite"
    db = Database.open(path)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def _ours(template: Path, target: Path) -> tuple[float, dict[str, int]]:
    from planner.demo import generate_demo
    from planner.storage.database import Database

    shutil.copyfile(template, target)
    db = Database.open(target)
    with db.reading_rows():
        pass  # the file is open, as after `Database.open` in the CLI
    c0 = time.process_time()
    with db.transaction() as orm:
        stats = generate_demo(orm, years=YEARS, seed=SEED, start_year=START_YEAR)
    seconds = time.process_time() - c0
    db.close()
    return seconds, stats


def _rows_written(template: Path, ours: Path) -> list[tuple[str, list[str], list[tuple]]]:
    """(table, columns, rows) our run added, in foreign-key order."""
    from planner.models import Base

    before = sqlite3.connect(template)
    after = sqlite3.connect(ours)
    tables = []
    for table in Base.metadata.sorted_tables:
        last = before.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table.name}"').fetchone()
        cursor = after.execute(f'SELECT * FROM "{table.name}" WHERE rowid > ? ORDER BY rowid',
                               last)
        rows = cursor.fetchall()
        if rows:
            tables.append((table.name, [d[0] for d in cursor.description], rows))
    before.close()
    after.close()
    return tables


def _bare(template: Path, target: Path, tables: list[tuple[str, list[str], list[tuple]]]
          ) -> float:
    shutil.copyfile(template, target)
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    c0 = time.process_time()
    conn.execute("BEGIN IMMEDIATE")
    for name, columns, rows in tables:
        names = ", ".join(f'"{c}"' for c in columns)
        conn.executemany(f'INSERT INTO "{name}" ({names}) VALUES '
                         f'({", ".join("?" * len(columns))})', rows)
    conn.execute("COMMIT")
    seconds = time.process_time() - c0
    conn.close()
    return seconds


def _cli_process(workdir: Path) -> float:
    target = workdir / "cli.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT),
           "PYTHONPYCACHEPREFIX": str(workdir / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-m", "planner", "--db", str(target), "demo", "--years",
               str(YEARS), "--seed", str(SEED)]
    subprocess.run(command, check=True, env=env, cwd=ROOT, capture_output=True)  # bytecode
    target.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    t0 = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT, capture_output=True)
    return time.perf_counter() - t0


def run(workdir: Path) -> list[dict]:
    template = _template(workdir)
    first, stats = _ours(template, workdir / "ours0.sqlite")  # warm: imports, caches
    tables = _rows_written(template, workdir / "ours0.sqlite")
    rows = sum(len(r) for _n, _c, r in tables)
    ours, bare = [], []
    for i in range(RUNS):
        ours.append(_ours(template, workdir / f"ours{i + 1}.sqlite")[0])
        bare.append(_bare(template, workdir / f"bare{i}.sqlite", tables))
    mine, raw = statistics.median(ours), statistics.median(bare)
    return [
        {"name": f"demo --years {YEARS}: generate, write, check ({stats['Veranstaltungen']} "
                 f"events, {rows:,} rows), CPU", "value": mine, "unit": "s",
         "ratio": mine / raw, "target": 10.0},
        {"name": "demo: bare sqlite3 executemany of the same rows, CPU", "value": raw,
         "unit": "s"},
        {"name": f"demo --years {YEARS}: whole CLI process", "value": _cli_process(workdir),
         "unit": "s"},
    ]
