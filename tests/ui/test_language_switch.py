"""Switching the interface language takes effect at once: the settings page asks, and the
main window is rebuilt in English on the same database, showing the settings again."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from planner.models import Event
from tests.factories import make_series


def _choose(window, code: str) -> None:  # noqa: ANN001
    """Pick the language in the settings combo with the keyboard, as a user would."""
    page = window.show_page("settings")
    combo = page.language
    page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count())
                                   if page.tabs.widget(i).isAncestorOf(combo)))
    combo.setFocus()
    target = combo.findData(code)
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        QTest.keyClick(combo, key)


def _nav(window) -> list[str]:  # noqa: ANN001
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_language_switch_rebuilds_the_window_in_place(qapp, qtbot, db, monkeypatch):
    from ui.app import AppController, install_translators
    from ui.preferences import LANGUAGE

    make_series(db, persons=2)
    questions: list[str] = []

    def answer_yes(_parent, _title, text, *_args):  # noqa: ANN001, ANN202
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer_yes))
    install_translators(qapp, "de")
    controller = AppController(qapp, interactive=False)
    german = controller.show(db, "settings")
    german.resize(1100, 771)
    assert _nav(german)[1] == "Veranstaltungen"
    try:
        _choose(german, "en")
        assert questions == ["Sprache jetzt wechseln? Das Fenster wird neu aufgebaut."]
        english = controller.window
        assert english is not german and english.db is db
        with db.reading() as orm:  # the database stayed open
            assert orm.query(Event).count() == 1
        assert _nav(english)[1] == "Events" and english.windowTitle()
        assert english.current_key() == "settings"
        assert english.stack.currentWidget() is english.pages["settings"]
        # geometry carried over (only the height: the offscreen screen is 800 px wide)
        assert english.height() == 771
        assert LANGUAGE.get() == "en" and QLocale().language() == QLocale.Language.English
        assert english.pages["settings"].language.currentData() == "en"
        settings = english.pages["settings"]  # the tab with the language combo, as before
        assert settings.tabs.currentWidget().isAncestorOf(settings.language)

        _choose(english, "de")
        assert questions[-1] == "Switch language now? The window will be rebuilt."
        german_again = controller.window
        assert german_again is not english
        assert _nav(german_again)[1] == "Veranstaltungen"
        assert german_again.current_key() == "settings"
        assert LANGUAGE.get() == "de" and QLocale().language() == QLocale.Language.German
    finally:
        install_translators(qapp, "de")
        LANGUAGE.set("de")
        controller.window.close()
        controller.window.deleteLater()


def test_declining_keeps_the_window_until_the_next_start(qapp, qtbot, db, monkeypatch):
    from ui.app import AppController, install_translators
    from ui.preferences import LANGUAGE

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *_a: QMessageBox.StandardButton.No))
    install_translators(qapp, "de")
    controller = AppController(qapp, interactive=False)
    window = controller.show(db, "settings")
    try:
        _choose(window, "en")
        assert controller.window is window and _nav(window)[1] == "Veranstaltungen"
        assert LANGUAGE.get() == "en"
        assert window.pages["settings"].language_message.text() == (
            "Wird beim nächsten Start wirksam.")
    finally:
        LANGUAGE.set("de")
        window.close()
        window.deleteLater()


def test_reports_page_explains_ue_in_its_legend(qtbot, db):
    from ui.reports.page import ReportsPage
    from ui.terms import units_explained

    make_series(db, persons=2)
    page = ReportsPage(db)
    qtbot.addWidget(page)
    assert page.note.text().endswith(units_explained() + ".")
    assert "1 UE = 45 Minuten" in page.note.text()
