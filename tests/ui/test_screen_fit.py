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

import pytest

from tests.ui.scale_probe import Limit, check_dialogs, check_main_window
from tests.ui.test_screenshots import _fill

ROOT = Path(__file__).resolve().parents[2]
# What the probe must at least have looked at, so that an empty run cannot pass.
EXPECTED = {"page_plan", "page_settings_E-Mail", "event_editor", "event_editor_network_group",
            "certificates_wizard_1", "certificates_wizard_3", "person_editor", "move_session",
            "add_registration", "import", "event_window_Anwesenheit", "gdpr", "warnings"}


def _screen(folder: Path, width: int, height: int) -> str:
    """An offscreen screen of width × height device pixels (the default one is 800 × 800)."""
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "Laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


@pytest.mark.parametrize(("scale", "screen", "limit", "folder"), [
    # Full HD at 150 %: 1280 × 720 logical, minus the taskbar
    ("1.5", (1920, 1080), (1280, 680), "scale150"),
    # a 1280 × 800 screen at 100 %
    ("1", (1280, 800), (1280, 800), "scale100_1280x800"),
])
def test_everything_fits_the_screen(db_path, tmp_path, output_dir, scale, screen, limit,
                                    folder):
    """The real screen size matters: windows choose their first size within it."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_SCREEN_SCALE_FACTORS", "QT_ENABLE_HIGHDPI_SCALING",
                        "QT_AUTO_SCREEN_SCALE_FACTOR", "QT_FONT_DPI")}
    env["QT_QPA_PLATFORM"] = _screen(tmp_path, *screen)
    env["QT_SCALE_FACTOR"] = scale
    shots = output_dir / folder
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.scale_probe", str(db_path), str(shots),
         str(limit[0]), str(limit[1])],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["scale"] == float(scale)
    assert report["screen"] == [round(screen[0] / float(scale)), round(screen[1] / float(scale))]
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
