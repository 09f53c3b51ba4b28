"""Shared benchmark data: the decade of demo data (`demo --years 10`), built once per run.

The runner sets TRANSFERPLANER_BENCH_DEMO to a path in its temporary folder (or to the file
given with `--demo-db`); the first module that needs the database creates it there.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

DEMO_YEARS = 10
DEMO_SEED = 2027
ENV = "TRANSFERPLANER_BENCH_DEMO"


def demo_db() -> Path:
    """Path of a database with ten years of demo data (created on first use)."""
    path = Path(os.environ.get(ENV) or Path(tempfile.gettempdir()) / "tp-bench-demo10.sqlite")
    if path.exists():
        return path
    from planner.demo import generate_demo
    from planner.storage.database import Database

    t0 = time.perf_counter()
    db = Database.open(path)
    with db.transaction() as orm:
        generate_demo(orm, years=DEMO_YEARS, seed=DEMO_SEED)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    print(f"  demo data ({DEMO_YEARS} years) created in {time.perf_counter() - t0:.0f} s",
          flush=True)
    return path
