"""Why a certificate is not (yet) due, in the interface language.

planner.rules.certificates writes the reason in German (for the CLI, logs and documents) and
keeps its facts in `Entitlement.reason_facts`; the English window writes them anew here. The
German window keeps planner's wording; an unknown kind keeps it in English, too.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.holiday_names import ui_day
from ui.numbers import ui_lang, ui_number, ui_percent

TEXTS = {
    "pending_series": QT_TRANSLATE_NOOP(
        "CertificateReasons",
        "Die Reihe ist noch nicht abgeschlossen: %1 Termin(e) bis %2 stehen noch aus."),
    "pending_event": QT_TRANSLATE_NOOP(
        "CertificateReasons",
        "Die Veranstaltung ist noch nicht abgeschlossen: %1 Termin(e) bis %2 stehen noch aus."),
    "no_attendance": QT_TRANSLATE_NOOP(
        "CertificateReasons", "Keine Teilnahme an den gebuchten Terminen erfasst."),
    "below_threshold": QT_TRANSLATE_NOOP(
        "CertificateReasons",
        "%1 von %2 UE (%3) liegen unter der Schwelle von %4: Bescheinigung der besuchten "
        "Module."),
    "module_pending": QT_TRANSLATE_NOOP("CertificateReasons", "%1 findet am %2 statt."),
    "module_no_attendance": QT_TRANSLATE_NOOP("CertificateReasons",
                                              "%1: keine Teilnahme erfasst."),
    "no_certificate": QT_TRANSLATE_NOOP("CertificateReasons",
                                        "Für „%1“ ist keine Bescheinigung vorgesehen."),
    "nothing_takes_place": QT_TRANSLATE_NOOP("CertificateReasons",
                                             "Keiner der gebuchten Termine findet statt."),
}


def _text(key: str, *values: str) -> str:
    text = QCoreApplication.translate("CertificateReasons", TEXTS[key])
    for n, value in enumerate(values, 1):
        text = text.replace(f"%{n}", value)
    return text


def _day(iso: str) -> str:
    return ui_day(dt.date.fromisoformat(iso))


def reason_text(german: str, facts: tuple[str, ...]) -> str:
    """The reason for the window: German as planner wrote it, else translated from facts."""
    if not facts or ui_lang() == "de":
        return german  # planner's own wording, with the right nouns (Module, Treffen, …)
    kind, args = facts[0], facts[1:]
    if kind == "pending" and len(args) == 3:
        return _text("pending_series" if args[0] == "series" else "pending_event",
                     args[1], _day(args[2]))
    if kind == "below_threshold" and len(args) == 4:
        attended, booked, rate, threshold = args
        return _text(kind, ui_number(Decimal(attended) / 10), ui_number(Decimal(booked) / 10),
                     ui_percent(float(rate)), ui_percent(float(threshold)))
    if kind == "module_pending" and len(args) == 2:
        return _text(kind, args[0], _day(args[1]))
    if kind in ("module_no_attendance", "no_certificate") and len(args) == 1:
        return _text(kind, args[0])
    if kind in ("no_attendance", "nothing_takes_place"):
        return _text(kind)
    return german
