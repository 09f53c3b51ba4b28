"""Public holiday and federal state names in the interface language.

planner (through the `holidays` library) names holidays in German only; the window shows
them translated. Every name the library gives for Germany is listed here once, so Qt's
`lupdate` collects it; a name the library adds later stays German until it is listed.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.wording import day
from ui.numbers import ui_lang

HOLIDAYS = (
    QT_TRANSLATE_NOOP("holidays", "Neujahr"),
    QT_TRANSLATE_NOOP("holidays", "Heilige Drei Könige"),
    QT_TRANSLATE_NOOP("holidays", "Frauentag"),
    QT_TRANSLATE_NOOP("holidays", "Karfreitag"),
    QT_TRANSLATE_NOOP("holidays", "Ostersonntag"),
    QT_TRANSLATE_NOOP("holidays", "Ostermontag"),
    QT_TRANSLATE_NOOP("holidays", "Erster Mai"),
    QT_TRANSLATE_NOOP("holidays", "Christi Himmelfahrt"),
    QT_TRANSLATE_NOOP("holidays", "Pfingstsonntag"),
    QT_TRANSLATE_NOOP("holidays", "Pfingstmontag"),
    QT_TRANSLATE_NOOP("holidays", "Fronleichnam"),
    QT_TRANSLATE_NOOP("holidays", "Mariä Himmelfahrt"),
    QT_TRANSLATE_NOOP("holidays", "Weltkindertag"),
    QT_TRANSLATE_NOOP("holidays", "Tag der Deutschen Einheit"),
    QT_TRANSLATE_NOOP("holidays", "Reformationstag"),
    QT_TRANSLATE_NOOP("holidays", "Allerheiligen"),
    QT_TRANSLATE_NOOP("holidays", "Buß- und Bettag"),
    QT_TRANSLATE_NOOP("holidays", "Erster Weihnachtstag"),
    QT_TRANSLATE_NOOP("holidays", "Zweiter Weihnachtstag"),
    QT_TRANSLATE_NOOP("holidays", "75. Jahrestag des Aufstandes vom 17. Juni 1953"),
    QT_TRANSLATE_NOOP("holidays", "75. Jahrestag der Befreiung vom Nationalsozialismus und "
                                  "der Beendigung des Zweiten Weltkriegs in Europa"),
    QT_TRANSLATE_NOOP("holidays", "80. Jahrestag der Befreiung vom Nationalsozialismus und "
                                  "der Beendigung des Zweiten Weltkriegs in Europa"),
)

STATES = {
    "BW": QT_TRANSLATE_NOOP("states", "Baden-Württemberg"),
    "BY": QT_TRANSLATE_NOOP("states", "Bayern"),
    "BE": QT_TRANSLATE_NOOP("states", "Berlin"),
    "BB": QT_TRANSLATE_NOOP("states", "Brandenburg"),
    "HB": QT_TRANSLATE_NOOP("states", "Bremen"),
    "HH": QT_TRANSLATE_NOOP("states", "Hamburg"),
    "HE": QT_TRANSLATE_NOOP("states", "Hessen"),
    "MV": QT_TRANSLATE_NOOP("states", "Mecklenburg-Vorpommern"),
    "NI": QT_TRANSLATE_NOOP("states", "Niedersachsen"),
    "NW": QT_TRANSLATE_NOOP("states", "Nordrhein-Westfalen"),
    "RP": QT_TRANSLATE_NOOP("states", "Rheinland-Pfalz"),
    "SL": QT_TRANSLATE_NOOP("states", "Saarland"),
    "SN": QT_TRANSLATE_NOOP("states", "Sachsen"),
    "ST": QT_TRANSLATE_NOOP("states", "Sachsen-Anhalt"),
    "SH": QT_TRANSLATE_NOOP("states", "Schleswig-Holstein"),
    "TH": QT_TRANSLATE_NOOP("states", "Thüringen"),
}
NATIONWIDE = QT_TRANSLATE_NOOP("states", "bundesweit")

# "Reformationstag (SN, HH)": the name, then the states it holds in
_SUFFIX = re.compile(r"^(?P<name>.*?)(?P<rest> \([A-Z, ]+\))?$")


def holiday_label(german: str) -> str:
    """The holiday's name in the interface language; a " (SN, HH)" suffix is kept."""
    match = _SUFFIX.match(german)
    name, rest = (match["name"], match["rest"] or "") if match else (german, "")
    return QCoreApplication.translate("holidays", name) + rest


def state_label(code: str | None) -> str:
    """A federal state's name by its code in the interface language; none = nationwide."""
    german = STATES.get(code or "")
    if german is None:
        return QCoreApplication.translate("states", NATIONWIDE)
    return QCoreApplication.translate("states", german)


def translate_holidays(table: dict[dt.date, str]) -> dict[dt.date, str]:
    """A {day: German name} table with the names in the interface language."""
    return {d: holiday_label(name) for d, name in table.items()}


def ui_day(value: dt.date) -> str:
    """A date in running text: "29.03.2027" / "29 Mar 2027"."""
    return day(value, ui_lang(), weekday=False)



def warning_text(warning: object) -> str:
    """A planning warning's message in the interface language: holiday, weekend and
    double-booking warnings are written anew from their facts; the others keep planner's
    German."""
    code = getattr(warning, "code", "")
    params = getattr(warning, "params", ())
    message = str(getattr(warning, "message", ""))
    if code == "holiday" and len(params) == 3:
        when, name, state = params
        return QCoreApplication.translate(
            "holidays", "Der {0} ist ein Feiertag ({1}, {2}).").format(
            ui_day(dt.date.fromisoformat(when)), holiday_label(name), state_label(state))
    if code == "weekend" and len(params) == 1:
        when = dt.date.fromisoformat(params[0])
        text = (QCoreApplication.translate("holidays", "Der {0} ist ein Samstag.")
                if when.weekday() == 5 else
                QCoreApplication.translate("holidays", "Der {0} ist ein Sonntag."))
        return text.format(ui_day(when))
    if code in DOUBLE_BOOKINGS and len(params) == 5:
        subject, event, title, start_iso, end_iso = params
        start, end = dt.datetime.fromisoformat(start_iso), dt.datetime.fromisoformat(end_iso)
        other = QCoreApplication.translate("holidays", "„{0}“ ({1}, {2} {3}–{4})").format(
            event, title, ui_day(start.date()), f"{start:%H:%M}", f"{end:%H:%M}")
        return QCoreApplication.translate("holidays", DOUBLE_BOOKINGS[code]).format(
            subject, other)
    return message


# Double bookings written anew from their facts (planner.checks), in the interface language.
DOUBLE_BOOKINGS = {
    "venue_double": QT_TRANSLATE_NOOP("holidays", "Der Ort „{0}“ ist bereits belegt: {1}."),
    "trainer_double": QT_TRANSLATE_NOOP("holidays",
                                        "{0} ist zur selben Zeit bereits eingeplant: {1}."),
    "participant_double": QT_TRANSLATE_NOOP("holidays",
                                            "{0} ist zur selben Zeit bereits angemeldet: {1}."),
}
