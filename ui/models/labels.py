"""Translatable labels for the code names of planner's vocabularies.

planner keeps German labels (exports, PDFs and mails stay German by design). The UI shows
these tables instead, keyed by the code name, so the English UI shows English names. Each
table is marked with QT_TRANSLATE_NOOP for lupdate and looked up with the same context.
Where a planner row only carries the German label, the `*_from_de` helpers find its code.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.models.enums import (
    ATTENDANCE_STATUS_LABELS_DE,
    FORMAT_LABELS_DE,
    REGISTRATION_STATUS_LABELS_DE,
    SESSION_KIND_LABELS_DE,
)

if TYPE_CHECKING:
    from planner.rules.certificates import Summary

FORMAT_LABELS = {
    "training_series": QT_TRANSLATE_NOOP("formats", "Fortbildungsreihe"),
    "network_group": QT_TRANSLATE_NOOP("formats", "Netzwerk on Tour"),
    "conference": QT_TRANSLATE_NOOP("formats", "Fachtagung"),
    "coaching": QT_TRANSLATE_NOOP("formats", "Coaching"),
    "analysis": QT_TRANSLATE_NOOP("formats", "Klärung und Analyse"),
}

SESSION_KIND_LABELS = {
    "module": QT_TRANSLATE_NOOP("sessionKinds", "Modul"),
    "meeting": QT_TRANSLATE_NOOP("sessionKinds", "Treffen"),
    "conference_day": QT_TRANSLATE_NOOP("sessionKinds", "Tagungstag"),
    "workshop": QT_TRANSLATE_NOOP("sessionKinds", "Workshop"),
    "pre_talk": QT_TRANSLATE_NOOP("sessionKinds", "Vorgespräch"),
    "analysis_workshop": QT_TRANSLATE_NOOP("sessionKinds", "Analyseworkshop"),
}

AGENDA_KIND_LABELS = {
    "talk": QT_TRANSLATE_NOOP("agendaKinds", "Vortrag"),
    "panel": QT_TRANSLATE_NOOP("agendaKinds", "Podium"),
    "workshop": QT_TRANSLATE_NOOP("agendaKinds", "Workshop"),
    "break": QT_TRANSLATE_NOOP("agendaKinds", "Pause"),
}

REGISTRATION_STATUS_LABELS = {
    "registered": QT_TRANSLATE_NOOP("registrationStatus", "angemeldet"),
    "waiting": QT_TRANSLATE_NOOP("registrationStatus", "Warteliste"),
    "cancelled": QT_TRANSLATE_NOOP("registrationStatus", "storniert"),
}

ATTENDANCE_STATUS_LABELS = {
    "present": QT_TRANSLATE_NOOP("attendanceStatus", "anwesend"),
    "partial": QT_TRANSLATE_NOOP("attendanceStatus", "teilweise"),
    "excused": QT_TRANSLATE_NOOP("attendanceStatus", "entschuldigt"),
    "absent": QT_TRANSLATE_NOOP("attendanceStatus", "abwesend"),
}
# The other texts of planner's per-session attendance lists (municipality record).
ATTENDANCE_TEXTS = {
    "abgesagt": QT_TRANSLATE_NOOP("attendanceStatus", "abgesagt"),
    "nicht gebucht": QT_TRANSLATE_NOOP("attendanceStatus", "nicht gebucht"),
}

CERTIFICATE_KIND_LABELS = {
    "series": QT_TRANSLATE_NOOP("certificates", "Reihenbescheinigung"),
    "modules": QT_TRANSLATE_NOOP("certificates", "Bescheinigung besuchter Module"),
    "module": QT_TRANSLATE_NOOP("certificates", "Modulbescheinigung"),
    "participation": QT_TRANSLATE_NOOP("certificates", "Teilnahmebestätigung"),
}
CERTIFICATE_TEXTS = {
    "modules_n": QT_TRANSLATE_NOOP("certificates", "%1 Modulbescheinigungen"),
    "pending": QT_TRANSLATE_NOOP("certificates", "noch offen"),
    "none": QT_TRANSLATE_NOOP("certificates", "keine"),
}

AGREEMENT_STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("agreementStatus", "Entwurf"),
    "signed": QT_TRANSLATE_NOOP("agreementStatus", "unterzeichnet"),
    "running": QT_TRANSLATE_NOOP("agreementStatus", "laufend"),
    "ended": QT_TRANSLATE_NOOP("agreementStatus", "beendet"),
}

# planner.reports.statistics.DIMENSIONS and FIGURE_COLUMNS (by attribute)
REPORT_DIMENSIONS = {
    "office": QT_TRANSLATE_NOOP("reports", "Standort"),
    "format": QT_TRANSLATE_NOOP("reports", "Format"),
    "topic": QT_TRANSLATE_NOOP("reports", "Thema"),
    "municipality": QT_TRANSLATE_NOOP("reports", "Kommune"),
    "state": QT_TRANSLATE_NOOP("reports", "Bundesland"),
    "month": QT_TRANSLATE_NOOP("reports", "Monat"),
}
REPORT_FIGURES = {
    "events": QT_TRANSLATE_NOOP("reports", "Veranstaltungen"),
    "sessions": QT_TRANSLATE_NOOP("reports", "Termine"),
    "participant_days": QT_TRANSLATE_NOOP("reports", "Teilnahmetage"),
    "participants": QT_TRANSLATE_NOOP("reports", "Teilnehmende"),
    "municipalities": QT_TRANSLATE_NOOP("reports", "Kommunen"),
    "units": QT_TRANSLATE_NOOP("reports", "UE"),
    "attendance_rate": QT_TRANSLATE_NOOP("reports", "Anwesenheit"),
    "certificates": QT_TRANSLATE_NOOP("reports", "Bescheinigungen"),
}

# planner.reports.municipality ROLE_* (how a municipality took part in an event)
MUNICIPALITY_ROLES = {
    "beteiligte Kommune": QT_TRANSLATE_NOOP("municipalityRoles", "beteiligte Kommune"),
    "Gastgeberin": QT_TRANSLATE_NOOP("municipalityRoles", "Gastgeberin"),
    "Teilnehmende": QT_TRANSLATE_NOOP("municipalityRoles", "Teilnehmende"),
}

# planner.imports.columns.FIELDS
IMPORT_FIELDS = {
    "name": QT_TRANSLATE_NOOP("importFields", "Name (Vor- und Nachname)"),
    "last_name": QT_TRANSLATE_NOOP("importFields", "Nachname"),
    "first_name": QT_TRANSLATE_NOOP("importFields", "Vorname"),
    "title": QT_TRANSLATE_NOOP("importFields", "Titel"),
    "email": QT_TRANSLATE_NOOP("importFields", "E-Mail"),
    "organisation": QT_TRANSLATE_NOOP("importFields", "Kommune/Organisation"),
    "function": QT_TRANSLATE_NOOP("importFields", "Funktion"),
    "phone": QT_TRANSLATE_NOOP("importFields", "Telefon"),
    "modules": QT_TRANSLATE_NOOP("importFields", "Module/Termine"),
    "registered_at": QT_TRANSLATE_NOOP("importFields", "Anmeldedatum"),
}

# planner.mail.templates.KIND_LABELS and PLACEHOLDERS (the mails themselves stay German)
MAIL_TEMPLATE_KINDS = {
    "certificate": QT_TRANSLATE_NOOP("mailTemplates", "Bescheinigung an Teilnehmende"),
    "invitation": QT_TRANSLATE_NOOP("mailTemplates", "Einladung an Referierende"),
    "cancellation": QT_TRANSLATE_NOOP("mailTemplates", "Absage an Referierende"),
}
MAIL_PLACEHOLDERS = {
    "anrede": QT_TRANSLATE_NOOP("mailTemplates",
                                "Anrede mit Namen, z. B. „Guten Tag Dr. Anna Müller“"),
    "vorname": QT_TRANSLATE_NOOP("mailTemplates", "Vorname"),
    "nachname": QT_TRANSLATE_NOOP("mailTemplates", "Nachname"),
    "veranstaltung": QT_TRANSLATE_NOOP("mailTemplates", "Titel der Veranstaltung"),
    "termin": QT_TRANSLATE_NOOP("mailTemplates", "Titel des Termins (Modul, Tagungstag …)"),
    "datum": QT_TRANSLATE_NOOP("mailTemplates",
                               "Datum des Termins bzw. Zeitraum der Veranstaltung"),
    "uhrzeit": QT_TRANSLATE_NOOP("mailTemplates", "Uhrzeit des Termins"),
    "ort": QT_TRANSLATE_NOOP("mailTemplates", "Veranstaltungsort mit Adresse"),
    "standort": QT_TRANSLATE_NOOP("mailTemplates", "Name der Transferagentur"),
    "absender": QT_TRANSLATE_NOOP("mailTemplates", "Name des Absenders"),
    "signatur": QT_TRANSLATE_NOOP("mailTemplates", "Absender und Standort (ohne Wiederholung)"),
    "nummer": QT_TRANSLATE_NOOP("mailTemplates", "Nummer der Bescheinigung"),
    "grund": QT_TRANSLATE_NOOP("mailTemplates", "Grund einer Absage"),
}


def _label(context: str, table: Mapping[str, str], code: object) -> str:
    source = table.get(str(code))
    return QCoreApplication.translate(context, source) if source else str(code)


def format_label(code: str) -> str:
    return _label("formats", FORMAT_LABELS, code)


def session_kind_label(code: str) -> str:
    return _label("sessionKinds", SESSION_KIND_LABELS, code)


def agenda_kind_label(code: str) -> str:
    return _label("agendaKinds", AGENDA_KIND_LABELS, code)


def registration_status_label(code: str) -> str:
    return _label("registrationStatus", REGISTRATION_STATUS_LABELS, code)


def attendance_status_label(code: str) -> str:
    return _label("attendanceStatus", ATTENDANCE_STATUS_LABELS, code)


def certificate_kind_label(code: str) -> str:
    return _label("certificates", CERTIFICATE_KIND_LABELS, code)


def certificate_label(summary: Summary) -> str:
    """planner.rules.certificates.Summary in the UI's language."""
    if summary.due:
        return ", ".join(
            certificate_kind_label(kind) if n == 1 else
            _label("certificates", CERTIFICATE_TEXTS, "modules_n").replace("%1", str(n))
            for kind, n in summary.due)
    return _label("certificates", CERTIFICATE_TEXTS, "pending" if summary.pending else "none")


def agreement_status_label(code: str) -> str:
    return _label("agreementStatus", AGREEMENT_STATUS_LABELS, code)


def report_dimension_label(key: str) -> str:
    return _label("reports", REPORT_DIMENSIONS, key)


def report_figure_label(attr: str) -> str:
    return _label("reports", REPORT_FIGURES, attr)


def municipality_role_label(role: str) -> str:
    return _label("municipalityRoles", MUNICIPALITY_ROLES, role)


def import_field_label(key: str) -> str:
    return _label("importFields", IMPORT_FIELDS, key)


def mail_template_label(kind: str) -> str:
    return _label("mailTemplates", MAIL_TEMPLATE_KINDS, kind)


def mail_placeholder_label(name: str) -> str:
    return _label("mailTemplates", MAIL_PLACEHOLDERS, name)


def formats_label(codes: list[str]) -> str:
    return ", ".join(format_label(code) for code in codes)


# ---- rows of planner queries that carry only the German label --------------------------
def _by_german(labels_de: Mapping[object, str]) -> dict[str, str]:
    return {german: str(code) for code, german in labels_de.items()}


_FORMAT_BY_DE = _by_german(FORMAT_LABELS_DE)
_SESSION_KIND_BY_DE = _by_german(SESSION_KIND_LABELS_DE)
_REGISTRATION_STATUS_BY_DE = _by_german(REGISTRATION_STATUS_LABELS_DE)
_ATTENDANCE_STATUS_BY_DE = _by_german(ATTENDANCE_STATUS_LABELS_DE)


def format_label_from_de(german: str) -> str:
    code = _FORMAT_BY_DE.get(german)
    return format_label(code) if code else german


def session_kind_label_from_de(german: str) -> str:
    code = _SESSION_KIND_BY_DE.get(german)
    return session_kind_label(code) if code else german


def registration_status_label_from_de(german: str) -> str:
    code = _REGISTRATION_STATUS_BY_DE.get(german)
    return registration_status_label(code) if code else german


def attendance_text_from_de(german: str) -> str:
    """One entry of planner's per-session attendance list ("anwesend", "abgesagt", "–")."""
    code = _ATTENDANCE_STATUS_BY_DE.get(german)
    if code:
        return attendance_status_label(code)
    source = ATTENDANCE_TEXTS.get(german)
    return QCoreApplication.translate("attendanceStatus", source) if source else german


def relabel_format_suffix(text: str) -> str:
    """"02.03.2027 Title (Fachtagung)" (planner's event choices) with the shown format name."""
    for german, code in _FORMAT_BY_DE.items():
        suffix = f" ({german})"
        if text.endswith(suffix):
            return f"{text[: -len(suffix)]} ({format_label(code)})"
    return text
