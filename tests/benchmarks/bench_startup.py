"""Start-up: a populated main window (plan view with demo data) versus a bare PySide6 window.

Both are measured as whole processes in the same run (interpreter start to a shown,
painted window), median of several runs, so the ratio is fair on any machine.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5

BARE = """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Hallo"))
window.resize(1280, 820)
window.show()
app.processEvents()
window.grab()
"""

OURS = """
import sys
from PySide6.QtWidgets import QApplication
from planner.db import Database
from ui.app import ensure_application, install_translators
from ui.main_window import MainWindow
app = ensure_application()
install_translators(app, "de")
db = Database.open(sys.argv[1])
window = MainWindow(db)
window.show()
app.processEvents()
window.grab()
assert window.page("plan").visible_sessions(), "plan is empty"
"""


def _make_demo(path: Path) -> None:
    from planner.db import Database
    from planner.demo import generate_demo

    db = Database.open(path)
    with db.transaction() as orm:
        generate_demo(orm, years=2, seed=2027)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def _time(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def run(workdir: Path) -> list[dict]:
    demo = workdir / "demo.sqlite"
    _make_demo(demo)
    _time(BARE)  # warm the file cache for both
    _time(OURS, str(demo))
    bare = statistics.median(_time(BARE) for _ in range(RUNS))
    ours = statistics.median(_time(OURS, str(demo)) for _ in range(RUNS))
    return [
        {"name": "startup: bare PySide6 window", "value": bare, "unit": "s"},
        {"name": "startup: main window with plan (demo, 2 years)", "value": ours, "unit": "s",
         "ratio": ours / bare, "target": 4.0},
    ]
