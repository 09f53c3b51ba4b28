"""Shared fixtures: every test gets its own database file, copied from one migrated template."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEST_OUTPUT = Path(__file__).resolve().parent.parent / "test-output"


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to head once per test run (with offices and topics)."""
    from planner.db import Database

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db = Database.open(path)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "planner.sqlite"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db(db_path: Path):
    from planner.db import Database

    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def output_dir() -> Path:
    """A folder for files a person should look at after the run (screenshots, PDFs)."""
    TEST_OUTPUT.mkdir(exist_ok=True)
    return TEST_OUTPUT


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001
    """One "Robustness summary" line: crash-kill rounds, random inputs tried, and the result."""
    from tests.robustness_stats import ROBUSTNESS_FILES, STATS

    if not (STATS.crash_rounds or STATS.random_inputs or STATS.notes):
        return
    failed = [
        report.nodeid
        for key in ("failed", "error")
        for report in terminalreporter.stats.get(key, [])
        if any(name in getattr(report, "nodeid", "") for name in ROBUSTNESS_FILES)
    ]
    result = "ok" if not failed else f"FAILED ({len(failed)} robustness tests)"
    terminalreporter.write_sep("-", "Robustness summary")
    terminalreporter.write_line(
        f"Robustness summary: {STATS.crash_rounds} crash-kill rounds, "
        f"{STATS.random_inputs} random inputs tried, result: {result}"
    )
    for line in STATS.notes:
        terminalreporter.write_line(f"  {line}")
