"""Every interactive control has an accessible name: walked through Qt's accessibility tree
(what a screen reader sees) on each page, each tab, the event window and the dialogs."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from planner.storage.database import Database
from tests.ui.conftest import PlanData

R = QAccessible.Role
INTERACTIVE = {R.Button, R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText,
               R.SpinBox, R.List, R.Table, R.Tree, R.Slider, R.PageTabList, R.ButtonMenu,
               R.ButtonDropDown}
# Controls that hold a value: on Linux Qt reports the value as the name, which names nothing.
VALUED = {R.ComboBox, R.EditableText, R.SpinBox}
LEAVES = VALUED | {R.List, R.Table, R.Tree}  # their insides are items, not controls


def _named(iface: QAccessibleInterface) -> bool:
    widget = iface.object()
    if isinstance(widget, QWidget) and widget.accessibleName().strip():
        return True
    if iface.relations(QAccessible.RelationFlag.Label):
        return True
    name = iface.text(QAccessible.Text.Name).strip()
    if iface.role() in VALUED:
        return bool(name) and name != iface.text(QAccessible.Text.Value).strip()
    return bool(name)


def nameless(iface: QAccessibleInterface | None, found: list[str]) -> list[str]:
    if iface is None or not iface.isValid():
        return found
    role = iface.role()
    if role in INTERACTIVE and not iface.state().invisible and not _named(iface):
        widget = iface.object()
        found.append(f"{role.name} {type(widget).__name__} '{widget.objectName()}' "
                     f"in {type(widget.parent()).__name__}")
    if role not in LEAVES:
        for i in range(iface.childCount()):
            nameless(iface.child(i), found)
    return found


def check_every_tab(root: QWidget) -> list[str]:
    """Walk `root` once per tab of each of its tab widgets (hidden tabs are not in the tree)."""
    app = QApplication.instance()
    found = nameless(QAccessible.queryAccessibleInterface(root), [])
    for tabs in root.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            app.processEvents()
            found += nameless(QAccessible.queryAccessibleInterface(root), [])
    return sorted(set(found))


def test_every_page_names_its_controls(qtbot, db: Database, plan_data: PlanData) -> None:
    from ui.main_window import PAGES, MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    missing = {}
    for key in PAGES:
        page = window.show_page(key)
        qtbot.waitUntil(page.isVisible)
        found = check_every_tab(page)
        if found:
            missing[key] = found
    missing["navigation"] = check_every_tab(window.nav)
    assert {k: v for k, v in missing.items() if v} == {}
    # the walk really sees the controls (and would see a nameless one)
    people = window.show_page("people")
    qtbot.waitUntil(people.isVisible)
    assert nameless(QAccessible.queryAccessibleInterface(people), []) == []
    window.page("people").table.setAccessibleName("")  # type: ignore[attr-defined]
    assert any("personsTable" in line
               for line in nameless(QAccessible.queryAccessibleInterface(window.page("people")),
                                    []))


def test_event_window_and_dialogs_name_their_controls(qtbot, db: Database,
                                                      plan_data: PlanData) -> None:
    from ui.about import AboutDialog
    from ui.events.window import EventWindow
    from ui.gdpr.page import GdprDialog

    window = EventWindow(db, plan_data.series.event_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isVisible)
    assert check_every_tab(window) == []
    for dialog in (GdprDialog(db), AboutDialog(db.display_name)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        assert check_every_tab(dialog) == [], type(dialog).__name__
