"""Everything is reachable on a small screen: the main window with every page and tab and each
main dialog fit 1280 × 800 at 100 %, and 1280 × 680 logical pixels at 150 % scaling (a Full-HD
laptop at the Windows default: 1920 × 1080 / 1.5 = 1280 × 720, minus the taskbar), with the
dialog's buttons in view and outside any scroll area."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.ui.scale_probe import Limit, check_dialogs, check_main_window
from tests.ui.test_screenshots import _fill

ROOT = Path(__file__).resolve().parents[2]
# What the probe must at least have looked at, so that an empty run cannot pass.
EXPECTED = {"page_plan", "page_settings_E-Mail", "event_editor", "event_editor_network_group",
            "certificates_wizard_1", "certificates_wizard_3", "person_editor", "move_session",
            "add_registration", "import", "event_window_Anwesenheit", "gdpr", "warnings"}


def _laptop_screen(folder: Path) -> str:
    """An offscreen screen of 1920 × 1080 device pixels: 1280 × 720 logical at 150 %."""
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "Laptop", "x": 0, "y": 0, "width": 1920, "height": 1080,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def test_everything_fits_1280_by_680_at_150_percent(db_path, tmp_path, output_dir):
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_SCREEN_SCALE_FACTORS", "QT_ENABLE_HIGHDPI_SCALING",
                        "QT_AUTO_SCREEN_SCALE_FACTOR", "QT_FONT_DPI")}
    env["QT_QPA_PLATFORM"] = _laptop_screen(tmp_path)
    env["QT_SCALE_FACTOR"] = "1.5"
    shots = output_dir / "scale150"
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.scale_probe", str(db_path), str(shots), "1280", "680"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["scale"] == 1.5
    assert report["screen"] == [1280, 720]
    assert EXPECTED <= set(report["checked"]), EXPECTED - set(report["checked"])
    assert not report["problems"], json.dumps(report["problems"], ensure_ascii=False, indent=1)
    assert (shots / "event_editor.png").is_file()


def test_main_window_and_dialogs_fit_1280_by_800(qtbot, db, output_dir):  # noqa: ARG001
    _fill(db)
    shots = output_dir / "scale100"
    shots.mkdir(parents=True, exist_ok=True)
    limit = Limit(1280, 800)
    problems, checked = check_main_window(db, limit, shots)
    more, also = check_dialogs(db, limit, shots)
    assert EXPECTED <= set(checked + also), EXPECTED - set(checked + also)
    assert not problems + more, problems + more
