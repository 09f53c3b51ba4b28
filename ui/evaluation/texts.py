"""Feedback figures as people read them, in the UI language (through planner.wording)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.evaluation.pool import FeedbackResult, ItemResult
from planner.wording import number, percent
from ui.numbers import ui_lang
from ui.widgets import plural


def mean_text(item: ItemResult) -> str:
    if item.suppressed or item.mean is None:
        return "–"
    return "Ø " + number(item.mean, 1, ui_lang(), keep_zeros=True)


def rate_text(result: FeedbackResult) -> str:
    """"12 Rückmeldungen von 15 Anwesenden (Rücklauf 80 %)" or the suppression note."""
    if result.suppressed:
        return suppressed_text(result.threshold)
    lang = ui_lang()
    if result.response_rate is None:
        return plural(result.responses, QCoreApplication.translate(
            "FeedbackTexts", "1 Rückmeldung (keine Anwesenheit und keine Anmeldungen erfasst)"),
            QCoreApplication.translate(
            "FeedbackTexts", "%1 Rückmeldungen (keine Anwesenheit und keine Anmeldungen "
                             "erfasst)"))
    return (plural(result.responses, QCoreApplication.translate(
                "FeedbackTexts", "1 Rückmeldung von %2 Anwesenden (Rücklauf %3)"),
                QCoreApplication.translate(
                "FeedbackTexts", "%1 Rückmeldungen von %2 Anwesenden (Rücklauf %3)"))
            .replace("%2", number(result.present or 0, 0, lang))
            .replace("%3", percent(result.response_rate, lang)))


def suppressed_text(threshold: int) -> str:
    return QCoreApplication.translate(
        "FeedbackTexts", "Weniger als %1 Rückmeldungen: aus Gründen der Anonymität wird nichts "
                         "ausgewertet.").replace("%1", str(threshold))
