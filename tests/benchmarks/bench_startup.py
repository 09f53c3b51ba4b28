"""Start-up as people feel it, as whole processes, against a bare PySide6 window.

- bare: a script that shows a QMainWindow, paints it, saves it as PNG and exits;
- real start: the installed entry point `transferplaner --db <decade of demo data>
  --screenshot plan.png` (paints the plan with its sessions and the visible month's
  holidays, saves the picture, exits);
- first demo: `transferplaner --demo` until the window with the demo plan is shown and its
  event loop runs (a populated, interactive window), then quit; once as on a machine where
  an earlier start kept today's demo (the usual case) and once with nothing kept yet.

Each figure is the time from spawning the process until it has exited; medians of RUNS,
interleaved (the order of bare and ours flips every round) so that load on a shared
machine hits both alike. As an installed app: bytecode is cached (PyInstaller bundles
.pyc files; uv does not compile), and what the app keeps in its cache folder (holiday
tables, the empty database, today's demo) is built by a first, unmeasured start, except
for the "nothing kept" row, which starts with an empty cache folder every time.
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
RUNS = 7
COLD_RUNS = 3

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Hallo"))
window.resize(1280, 820)
window.show()
window.grab().save(sys.argv[1], "PNG")
"""

# `transferplaner --demo` (ui.app.main) with a probe: once the main window shows the demo
# plan and the event loop runs, quit as a user closing the window would.
DEMO = """
import sys
from PySide6.QtCore import QTimer
from ui.app import ensure_application, main

app = ensure_application()

def probe():
    for window in app.topLevelWidgets():
        plan = getattr(window, "pages", {}).get("plan")
        if window.isVisible() and plan is not None and plan.visible_sessions():
            window.grab()
            app.quit()
            return
    QTimer.singleShot(5, probe)

QTimer.singleShot(0, probe)
sys.exit(main(["--demo"]))
"""


def entry_point() -> list[str]:
    """The installed `transferplaner` script beside the interpreter, else `-m ui.app`."""
    name = "transferplaner.exe" if sys.platform == "win32" else "transferplaner"
    script = Path(sys.executable).with_name(name)
    return [str(script)] if script.exists() else [sys.executable, "-m", "ui.app"]


def _env(workdir: Path, cache: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "PYTHONPYCACHEPREFIX": str(workdir / "pycache"),
           "TRANSFERPLANER_CACHE_DIR": str(cache),
           "XDG_CONFIG_HOME": str(workdir / "config"),  # fresh settings
           "XDG_DATA_HOME": str(workdir / "data")}  # where --demo files go
    for name in ("PYTHONDONTWRITEBYTECODE", "TRANSFERPLANER_DB", "TRANSFERPLANER_DB_URL"):
        env.pop(name, None)
    return env


def _process(command: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def run(workdir: Path) -> list[dict]:
    demo = demo_db()  # the decade of demo data
    png = workdir / "window.png"
    kept = workdir / "cache"
    env = _env(workdir, kept)
    bare = [sys.executable, "-c", BARE, str(png)]
    real = [*entry_point(), "--db", str(demo), "--screenshot", str(png)]
    first_demo = [sys.executable, "-c", DEMO]
    for command in (bare, real, first_demo):  # bytecode, holiday tables, today's demo
        _process(command, env)
    runs: dict[str, list[float]] = {"bare": [], "real": [], "demo": []}
    for i in range(RUNS):
        order = [("bare", bare), ("real", real), ("demo", first_demo)]
        for key, command in order if i % 2 == 0 else reversed(order):
            runs[key].append(_process(command, env))
    cold_bare, cold = [], []
    for i in range(COLD_RUNS):
        fresh = _env(workdir, workdir / f"empty-cache-{i}")
        cold_bare.append(_process(bare, fresh))
        cold.append(_process(first_demo, fresh))
    base = statistics.median(runs["bare"])
    real_start = statistics.median(runs["real"])
    demo_start = statistics.median(runs["demo"])
    cold_base, cold_start = statistics.median(cold_bare), statistics.median(cold)
    return [
        {"name": "startup: bare PySide6 window (process: paint, save PNG, exit)",
         "value": base, "unit": "s"},
        {"name": f"startup: transferplaner --db ({DEMO_YEARS} years) --screenshot, process",
         "value": real_start, "unit": "s", "ratio": real_start / base, "target": 4.0},
        {"name": "startup: first demo, --demo to an interactive window, process",
         "value": demo_start, "unit": "s", "ratio": demo_start / base, "target": 6.0},
        {"name": "startup: first demo with nothing kept yet (first start ever)",
         "value": cold_start, "unit": "s", "ratio": cold_start / cold_base},
    ]
