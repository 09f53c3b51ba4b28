"""The real start: the plan is painted with its sessions and holidays before SQLAlchemy is
loaded; missing holiday years follow without blocking the first paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from planner import holiday_cache
from planner.cache import CACHE_DIR_ENV_VAR
from planner.storage.database import Database
from tests.ui.conftest import PlanData, make_plan_data
from ui.plan.page import PlanPage

ROOT = Path(__file__).resolve().parents[2]

SPY = """
import json, sys
import ui.app as app

seen = {}
render = app.render_window

def spy(window, target):
    colours = render(window, target)
    plan = window.page("plan")
    seen.update(
        sessions=sorted(s.session_id for s in plan.visible_sessions()),
        holidays={d.isoformat(): n for d, n in plan.month_view.holidays.items()},
        status=window.counts_label.text(),
        modules=sorted(m for m in ("sqlalchemy", "holidays", "alembic") if m in sys.modules))
    return colours

app.render_window = spy
code = app.main(["--db", sys.argv[1], "--screenshot", sys.argv[2]])
seen["code"] = code
seen["after_exit"] = sorted(m for m in ("sqlalchemy", "holidays") if m in sys.modules)
print(json.dumps(seen))
"""


def _start(db_path: Path, png: Path, cache: Path, settings: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), CACHE_DIR_ENV_VAR: str(cache),
           "XDG_CONFIG_HOME": str(settings), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", SPY, str(db_path), str(png)], env=env,
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.sqlite_only("the fast start reads SQLite files directly")
def test_start_paints_sessions_and_holidays_without_sqlalchemy(db: Database, db_path: Path,
                                                              tmp_path: Path) -> None:
    data: PlanData = make_plan_data(db)  # sessions from 2 March 2027 (Berlin and Hamburg)
    db.close()
    cache = tmp_path / "cache"
    os.environ[CACHE_DIR_ENV_VAR], previous = str(cache), os.environ[CACHE_DIR_ENV_VAR]
    try:
        holiday_cache.forget()
        holiday_cache.prepare([2027])  # as kept by an earlier start
    finally:
        os.environ[CACHE_DIR_ENV_VAR] = previous
        holiday_cache.forget()
    png = tmp_path / "plan.png"
    seen = _start(db_path, png, cache, tmp_path / "settings")
    assert seen["code"] == 0 and png.stat().st_size > 10_000
    # the month of the first session, painted with every session of the month …
    expected = {*data.series.session_ids[:4], data.conference_session_id}  # 2.3.–23.3.
    assert expected <= set(seen["sessions"])
    # … and its holidays: Frauentag (Berlin office) and Good Friday (nationwide)
    assert "2027-03-08" in seen["holidays"] and "2027-03-26" in seen["holidays"]
    assert seen["status"].startswith("2 Veranstaltungen · 7 Termine")
    # and neither SQLAlchemy nor the holiday library was loaded, not even to close
    assert seen["modules"] == [] and seen["after_exit"] == []


def test_missing_holiday_years_follow_after_the_first_paint(qtbot, db: Database,
                                                            plan_data: PlanData,
                                                            tmp_path: Path,
                                                            monkeypatch) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV_VAR, str(tmp_path / "empty-cache"))
    holiday_cache.forget()
    try:
        page = PlanPage(db)  # opens on the month of the first session: March 2027
        qtbot.addWidget(page)
        # painted at once with the sessions, without holidays (nothing kept yet) …
        assert len(page.visible_sessions()) == 7
        assert page.month_view.holidays == {}
        # … which arrive from the worker thread, without anyone asking again
        qtbot.waitUntil(lambda: date(2027, 3, 26) in page.month_view.holidays, timeout=30_000)
        assert date(2027, 3, 8) in page.month_view.holidays
        assert (tmp_path / "empty-cache").is_dir()  # and are kept for the next start
    finally:
        holiday_cache.forget()
