"""Shared fixtures: every test gets its own database file, copied from one migrated template."""

from __future__ import annotations

import itertools
import os
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEST_OUTPUT = Path(__file__).resolve().parent.parent / "test-output"
# Kept holiday tables (planner/holiday_cache.py) and the demo file go here, not to the
# user's cache folder.
os.environ.setdefault("TRANSFERPLANER_CACHE_DIR", str(TEST_OUTPUT / "cache"))
# One log for the whole run (the app's and the CLI's, subprocesses included): written as the
# programs write it, and scanned for personal data at the end (tests/ui/test_zz_log_privacy.py).
SUITE_LOG_DIR = TEST_OUTPUT / "log"
os.environ.setdefault("TRANSFERPLANER_LOG_DIR", str(SUITE_LOG_DIR))
PG_ENV_VAR = "TRANSFERPLANER_TEST_PG"


# -- the domain clock (planner.clock) ---------------------------------------------------------

TEST_NOW = datetime(2027, 12, 31, 18, 0)
"""What "now" is for the rules in tests: after every session the fixtures plan in 2027."""


class TestClock:
    """Sets the time planner.clock reports (attendance, certificates, default dates)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import planner.clock

        self.now = TEST_NOW
        monkeypatch.setattr(planner.clock, "_wall_clock", lambda: self.now)

    def set(self, value: datetime) -> None:
        self.now = value


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> TestClock:
    return TestClock(monkeypatch)


# -- PostgreSQL mode (`pytest --pg`): db / db_path fixtures use a throwaway server -----------

def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--pg", action="store_true", default=False,
                     help="run the planner tests against a throwaway PostgreSQL cluster")


def pg_mode(config: pytest.Config) -> bool:
    return bool(config.getoption("--pg")) or os.environ.get(PG_ENV_VAR) == "1"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): about SQLite files/pragmas; skipped under --pg")
    from planner.diagnostics import log_folder, setup_logging

    if log_folder() == SUITE_LOG_DIR:  # a fresh log for this run
        for old in SUITE_LOG_DIR.glob("transferplaner.log*"):
            old.unlink()
    setup_logging()


# Tests about the SQLite file itself (node id prefix -> reason), skipped under --pg. New tests
# can use @pytest.mark.sqlite_only("reason") instead; independent readers that work on both
# backends: tests/rawdb.py.
_FILE_READER = "unabhängiger Leser nutzt SQLite-SQL bzw. die Datei (sqlite_master, strftime, " \
    "iterdump, Dateivergleich)"
SQLITE_ONLY = {
    "tests/test_backup.py": "Sicherungen über die SQLite-Backup-API (Server: Sache der "
                            "Serververwaltung)",
    "tests/test_disk_full.py": "Datenträger voll/schreibgeschützt: Verhalten der SQLite-Datei",
    "tests/test_crash_kill.py": "Prozessabbruch beim Schreiben der SQLite-Datei (WAL)",
    "tests/test_storage_checks.py": "Ablageort und Rechte der SQLite-Datei",
    "tests/test_two_processes.py::test_write_waits_for_the_other_writer_instead_of_failing":
        "SQLite-Schreibsperre (BEGIN IMMEDIATE); Server: tests/test_pg_concurrency.py",
    "tests/test_migrations.py::test_pragmas_on_every_connection": "SQLite-PRAGMAs",
    "tests/test_cli.py::test_check_reports_ok_and_damage": "beschädigt die SQLite-Datei",
    "tests/test_gdpr.py::test_statistics_unchanged_and_no_personal_text_left": _FILE_READER,
    "tests/test_gdpr_requests.py::test_access_export_has_everything_on_the_person": _FILE_READER,
    "tests/test_gdpr_requests.py::test_erase_": _FILE_READER,
    "tests/test_gdpr_requests.py::test_cli_gdpr_commands": _FILE_READER,
    "tests/test_import_apply.py::test_all_rows_with_errors_aborts_and_writes_nothing":
        _FILE_READER,
    "tests/test_import_apply.py::test_cli_import_dry_run_writes_nothing_then_imports":
        _FILE_READER,
    "tests/test_import_apply.py::test_cli_person_merge": _FILE_READER,
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not pg_mode(config):
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        reason = next((r for prefix, r in SQLITE_ONLY.items()
                       if item.nodeid.startswith(prefix)), None)
        if marker is not None:
            reason = marker.args[0] if marker.args else "SQLite-spezifisch"
        if reason is not None:
            item.add_marker(pytest.mark.skip(reason=f"nur SQLite: {reason}"))


@pytest.fixture(scope="session")
def pg_server(request: pytest.FixtureRequest):
    """A throwaway PostgreSQL cluster for the whole run (skips without server binaries)."""
    from tests.pg_server import find_bindir, start_server

    if find_bindir() is None:
        if pg_mode(request.config):  # --pg asked for the server: missing binaries are an error
            pytest.fail("--pg: PostgreSQL-Serverprogramme (initdb, pg_ctl) fehlen")
        pytest.skip("PostgreSQL-Serverprogramme (initdb, pg_ctl) fehlen")
    server = start_server()
    yield server
    server.destroy()


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    """A server database migrated to head once per run, used as CREATE DATABASE template."""
    from planner.storage.database import Database

    pg_server.execute("CREATE DATABASE template_migrated")
    Database.open(db_url=pg_server.url("template_migrated")).close()
    return "template_migrated"


_pg_counter = itertools.count(1)


@pytest.fixture
def pg_url(pg_server, pg_template: str):
    """The URL of a fresh, migrated server database (dropped after the test)."""
    name = f"test_{os.getpid()}_{next(_pg_counter)}"
    pg_server.execute(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield pg_server.url(name)
    pg_server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def db_args(db_path) -> list[str]:
    """CLI arguments selecting the test database (file or server URL)."""
    text = str(db_path)
    return ["--db-url", text] if "://" in text else ["--db", text]


@pytest.fixture(scope="session", autouse=True)
def kept_holidays() -> None:
    """The holiday tables of the years tests plan in, computed once (kept in the cache
    folder): views then show holidays at once, as after an app's first start."""
    from planner.holiday_cache import prepare

    prepare(list(range(2015, 2032)))


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to head once per test run (with offices and topics)."""
    from planner.storage.database import Database

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db = Database.open(path)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    # Migrations that rebuild tables leave free pages; tests that damage a page on purpose
    # need a file without them.
    with closing(sqlite3.connect(path, isolation_level=None)) as raw:
        raw.execute("VACUUM")
    return path


@pytest.fixture
def db_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A fresh migrated database file; under --pg the URL of a fresh server database
    (tests.rawdb.ServerDatabase: a str accepted by Database.open and `--db`, with
    read_bytes() dumping all rows)."""
    if pg_mode(request.config):
        from tests.rawdb import ServerDatabase

        return ServerDatabase(request.getfixturevalue("pg_url"))
    path = tmp_path / "planner.sqlite"
    shutil.copyfile(request.getfixturevalue("template_db"), path)
    return path


@pytest.fixture
def db(db_path: Path):
    from planner.storage.database import Database

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
