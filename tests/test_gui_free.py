"""The planning library never loads Qt (it drives the CLI and the tests without a GUI)."""

from __future__ import annotations

import subprocess
import sys


def test_importing_planner_and_cli_loads_no_qt():
    code = (
        "import sys, importlib, pkgutil, planner, planner.cli, planner.cli.main\n"
        "for m in pkgutil.walk_packages(planner.__path__, 'planner.'):\n"
        "    if '.migrations' in m.name or m.name.endswith('__main__'): continue\n"
        "    importlib.import_module(m.name)\n"
        "sys.modules['planner.cli.main'].build_parser()\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
