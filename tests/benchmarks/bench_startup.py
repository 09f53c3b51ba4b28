"""Start-up: a populated main window (plan view with demo data) versus a bare PySide6 window.

Both are measured as fresh processes in the same run, median of several runs, so the ratio
is fair on any machine: from spawning the interpreter to the moment the window is shown and
painted (the child reports the wall-clock time right after `grab()`). The time until the
process has ended is reported too; it adds the teardown at exit (closing the database,
freeing the ORM and the widgets), which is not start-up.
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
from planner.storage.database import Database
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


PAINTED = """
import sys as _sys, time as _time
_sys.stdout.write(f"\\nPAINTED {_time.time()!r}\\n")
_sys.stdout.flush()
"""


def _time(code: str, *args: str, cache: Path) -> tuple[float, float]:
    """(seconds to the painted window, seconds to the end of the process)."""
    # Cached bytecode as in an installed app (PyInstaller bundles .pyc files); the venv may
    # have none (uv does not compile, and the environment may forbid writing it).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "PYTHONPYCACHEPREFIX": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    wall0, t0 = time.time(), time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code + PAINTED, *args], check=True, env=env,
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         text=True).stdout
    total = time.perf_counter() - t0
    painted = float(out.rsplit("PAINTED ", 1)[1].split()[0]) - wall0
    return painted, total


def run(workdir: Path) -> list[dict]:
    demo = demo_db()  # the decade of demo data
    cache = workdir / "pycache"
    _time(BARE, cache=cache)  # warm the file and bytecode caches for both
    _time(OURS, str(demo), cache=cache)
    bare_runs = [_time(BARE, cache=cache) for _ in range(RUNS)]
    ours_runs = [_time(OURS, str(demo), cache=cache) for _ in range(RUNS)]
    bare = statistics.median(r[0] for r in bare_runs)
    ours = statistics.median(r[0] for r in ours_runs)
    bare_total = statistics.median(r[1] for r in bare_runs)
    ours_total = statistics.median(r[1] for r in ours_runs)
    return [
        {"name": "startup: bare PySide6 window (painted)", "value": bare, "unit": "s"},
        {"name": f"startup: main window with plan (demo, {DEMO_YEARS} years, painted)",
         "value": ours, "unit": "s", "ratio": ours / bare, "target": 4.0},
        {"name": "startup: bare PySide6 window (process incl. exit)", "value": bare_total,
         "unit": "s"},
        {"name": "startup: main window (process incl. exit)", "value": ours_total, "unit": "s",
         "ratio": ours_total / bare_total},
    ]
