"""Holidays computed once per year and kept in the cache folder (read back without the
library), and always the same as the `holidays` library's own answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import holidays
import pytest

from planner import holiday_cache
from planner.cache import CACHE_DIR_ENV_VAR
from planner.holiday_cache import cache_file, holidays_of
from planner.queries.plan import holidays_between, holidays_known

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def empty_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_DIR_ENV_VAR, str(tmp_path / "cache"))
    holiday_cache.forget()
    yield tmp_path / "cache"
    holiday_cache.forget()


@pytest.mark.parametrize("state", [None, "BE", "HH", "HB", "BY", "SN", "TH", "XX"])
def test_kept_tables_match_the_library(empty_cache: Path, state: str | None) -> None:
    for year in (2019, 2025, 2027):
        subdiv = state if state in holiday_cache.STATES else None
        expected = dict(holidays.country_holidays("DE", subdiv=subdiv, years=year,
                                                  language="de"))
        assert holidays_of(year, state) == expected, (year, state)
    # and the same again from the file, in a fresh memory
    holiday_cache.forget()
    assert holidays_of(2027, state) == dict(holidays.country_holidays(
        "DE", subdiv=state if state in holiday_cache.STATES else None, years=2027,
        language="de"))


def test_file_is_named_after_the_library_version(empty_cache: Path) -> None:
    holidays_of(2027, "BE")
    assert cache_file().name == f"holidays-{holidays.__version__}.json"
    stored = json.loads(cache_file().read_text(encoding="utf-8"))
    berlin = holidays.country_holidays("DE", subdiv="BE", years=2027, language="de")
    assert stored["tables"]["2027:BE"]["2027-03-08"] == berlin[date(2027, 3, 8)]  # Berlin only
    assert "2027-03-08" not in stored["tables"]["2027:HH"]


def test_a_new_process_answers_from_the_file_without_loading_the_library(
        empty_cache: Path) -> None:
    assert not holidays_known(date(2027, 10, 1), date(2027, 11, 30), ["HH", "SN"])
    expected = holidays_between(date(2027, 10, 1), date(2027, 11, 30), ["HH", "SN"])
    assert holidays_known(date(2027, 10, 1), date(2027, 11, 30), ["HH", "SN"])
    code = (
        "import sys; from datetime import date\n"
        "from planner.queries.plan import holidays_between\n"
        "found = holidays_between(date(2027, 10, 1), date(2027, 11, 30), ['HH', 'SN'])\n"
        "print(repr(sorted((d.isoformat(), n) for d, n in found.items())))\n"
        "print('holidays' in sys.modules, 'sqlalchemy' in sys.modules)\n")
    env = {**os.environ, CACHE_DIR_ENV_VAR: str(empty_cache), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.splitlines()
    assert out[0] == repr(sorted((d.isoformat(), n) for d, n in expected.items()))
    assert out[1] == "False False"
    hamburg = holidays.country_holidays("DE", subdiv="HH", years=2027, language="de")
    assert expected[date(2027, 10, 31)] == f"{hamburg[date(2027, 10, 31)]} (HH, SN)"
    national = holidays.country_holidays("DE", years=2027, language="de")
    assert expected[date(2027, 10, 3)] == national[date(2027, 10, 3)]


def test_a_damaged_file_is_recomputed(empty_cache: Path) -> None:
    empty_cache.mkdir(parents=True)
    cache_file().write_text("{not json", encoding="utf-8")
    library = holidays.country_holidays("DE", subdiv="BE", years=2026, language="de")
    assert holidays_of(2026, "BE") == dict(library)
    assert "2026:BE" in json.loads(cache_file().read_text(encoding="utf-8"))["tables"]


def test_an_unwritable_cache_folder_still_answers(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv(CACHE_DIR_ENV_VAR, str(blocker / "cache"))
    holiday_cache.forget()
    try:
        assert holidays_of(2027, None) == dict(holidays.country_holidays(
            "DE", years=2027, language="de"))
    finally:
        holiday_cache.forget()
