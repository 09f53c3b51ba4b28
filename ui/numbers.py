"""Numbers on screen in the language of the interface: "394,7 UE" and "89,7 %" in German,
"394.7" and "89.7%" in English. Documents for German recipients (PDF, .xlsx, mail) keep
German through planner.wording's default; only what the window shows goes through here."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from planner.wording import Language, number, percent


def ui_lang() -> Language:
    """The interface language, as ui.app.install_translators set the default locale."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def ui_number(value: float | int | Decimal, decimals: int = 1, *,
              keep_zeros: bool = False) -> str:
    return number(value, decimals, ui_lang(), keep_zeros=keep_zeros)


def ui_percent(rate: float, decimals: int = 1) -> str:
    return percent(rate, ui_lang(), decimals)


def percent_suffix() -> str:
    """The suffix of a percentage spin box: " %" in German, "%" in English."""
    return " %" if ui_lang() == "de" else "%"
