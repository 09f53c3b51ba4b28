"""Screenshots of the main views with demo data, for a person to look at (test-output/)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import make_plan_data
from ui.app import distinct_colours, install_translators
from ui.main_window import PAGES, MainWindow


def _fill(db) -> None:
    try:
        from planner.demo import generate_demo
    except ImportError:
        make_plan_data(db)
        return
    with db.transaction() as orm:
        generate_demo(orm, years=1, seed=2027, start_year=datetime.now().year)


def _save(widget: QWidget, target: Path) -> int:
    for _ in range(3):
        QApplication.processEvents()
    assert widget.grab().save(str(target), "PNG")
    image = QImage(str(target))
    assert image.width() > 300 and image.height() > 120
    return distinct_colours(image)


@pytest.fixture
def shots(output_dir: Path) -> Path:
    folder = output_dir / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_screenshots_of_the_main_views(qtbot, db, shots: Path):
    install_translators(QApplication.instance(), "de")  # German dates as in the app
    _fill(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.resize(1280, 820)
    colours: dict[str, int] = {}
    plan = window.page("plan")
    weeks = Counter(s.start.date() - timedelta(days=s.start.weekday())
                    for s in plan.visible_sessions())
    for mode in ("month", "week", "agenda"):
        plan.set_mode(mode)
        if mode == "week" and weeks:
            plan.go_to(weeks.most_common(1)[0][0])  # the busiest week of the month
        colours[f"plan_{mode}"] = _save(window, shots / f"plan_{mode}.png")
    plan.set_mode("month")
    for key in PAGES[1:]:
        window.show_page(key)
        colours[key] = _save(window, shots / f"{key}.png")
    for name, count in colours.items():
        assert count >= 30, f"{name} looks blank ({count} colours)"


def test_screenshots_of_dialogs(qtbot, db, shots: Path):
    from ui.pages.person_editor import PersonEditorDialog
    from ui.plan.move_dialog import MoveSessionDialog
    from ui.welcome import WelcomeDialog

    make_plan_data(db)
    dialogs = {
        "welcome": WelcomeDialog("/home/anna/.local/share/Transferplaner/transferplaner.sqlite"),
        "person_editor": PersonEditorDialog(db, 2),
        "move_session": MoveSessionDialog("Fortbildungsreihe Bildungsmonitoring 2027 – Modul 1",
                                          datetime(2027, 3, 2, 9, 30),
                                          datetime(2027, 3, 2, 16, 30)),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        assert _save(dialog, shots / f"dialog_{name}.png") >= 20
