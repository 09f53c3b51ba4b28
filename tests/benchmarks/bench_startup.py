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

from tests.benchmarks.common import DEMO_YEARS, demo_db

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5

BARE = """
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Hallo"))
window.resize(1280, 820)
window.show()
window.grab()  # painted synchronously
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
window.grab()  # painted synchronously, with the plan's sessions
assert window.page("plan").visible_sessions(), "plan is empty"
"""


def _time(code: str, *args: str, cache: Path) -> float:
    # Cached bytecode as in an installed app (PyInstaller bundles .pyc files); the venv may
    # have none (uv does not compile, and the environment may forbid writing it).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "PYTHONPYCACHEPREFIX": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def run(workdir: Path) -> list[dict]:
    demo = demo_db()  # the decade of demo data
    cache = workdir / "pycache"
    _time(BARE, cache=cache)  # warm the file and bytecode caches for both
    _time(OURS, str(demo), cache=cache)
    bare = statistics.median(_time(BARE, cache=cache) for _ in range(RUNS))
    ours = statistics.median(_time(OURS, str(demo), cache=cache) for _ in range(RUNS))
    return [
        {"name": "startup: bare PySide6 window", "value": bare, "unit": "s"},
        {"name": f"startup: main window with plan (demo, {DEMO_YEARS} years)", "value": ours,
         "unit": "s", "ratio": ours / bare, "target": 4.0},
    ]
