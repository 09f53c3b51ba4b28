"""The translated labels of planner's vocabularies, for the desktop app.

planner holds every label once, in German (exports, PDFs and mails stay German by design),
marked with `QT_TRANSLATE_NOOP(context, text)` so that lupdate collects it (see
planner.translatable). The tables here are keyed by code name and hold planner's German
texts; the functions show them through `QCoreApplication.translate` under the same context,
so the English UI shows English names. Rows of planner queries that carry only the German
label are translated directly (`*_from_de`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner.models.enums import (
    AGENDA_KIND_LABELS_DE,
    AGREEMENT_STATUS_LABELS_DE,
    ATTENDANCE_STATUS_LABELS_DE,
    FORMAT_LABELS_DE,
    REGISTRATION_STATUS_LABELS_DE,
    SESSION_KIND_LABELS_DE,
)
from planner.rules.certificates import KIND_LABELS_DE, SUMMARY_TEXTS_DE

if TYPE_CHECKING:
    from planner.rules.certificates import Summary


def _by_code(labels_de: Mapping[object, str]) -> dict[str, str]:
    return {str(code): german for code, german in labels_de.items()}


FORMAT_LABELS = _by_code(FORMAT_LABELS_DE)
SESSION_KIND_LABELS = _by_code(SESSION_KIND_LABELS_DE)
AGENDA_KIND_LABELS = _by_code(AGENDA_KIND_LABELS_DE)
REGISTRATION_STATUS_LABELS = _by_code(REGISTRATION_STATUS_LABELS_DE)
ATTENDANCE_STATUS_LABELS = _by_code(ATTENDANCE_STATUS_LABELS_DE)
AGREEMENT_STATUS_LABELS = _by_code(AGREEMENT_STATUS_LABELS_DE)
CERTIFICATE_KIND_LABELS = _by_code(KIND_LABELS_DE)


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
    """What a person gets (planner.rules.certificates.Summary) in the UI's language."""
    if summary.due:
        return ", ".join(
            certificate_kind_label(kind) if n == 1 else
            _label("certificates", SUMMARY_TEXTS_DE, "modules_n").replace("{n}", str(n))
            for kind, n in summary.due)
    return _label("certificates", SUMMARY_TEXTS_DE, "pending" if summary.pending else "none")


def agreement_status_label(code: str) -> str:
    return _label("agreementStatus", AGREEMENT_STATUS_LABELS, code)


# The tables of feature modules are imported on first use (not needed at start-up).
def report_dimension_label(key: str) -> str:
    from planner.reports.statistics import DIMENSIONS

    return _label("reports", DIMENSIONS, key)


def report_figure_label(attr: str) -> str:
    from planner.reports.statistics import FIGURE_COLUMNS

    return _label("reports", {a: label for label, a, _kind in FIGURE_COLUMNS}, attr)


def municipality_role_label(role: str) -> str:
    """A role of planner.reports.municipality (ROLE_*), which carries the German text."""
    return QCoreApplication.translate("municipalityRoles", role)


def import_field_label(key: str) -> str:
    from planner.imports.columns import FIELDS

    return _label("importFields", FIELDS, key)


def mail_template_label(kind: str) -> str:
    from planner.mail.templates import KIND_LABELS

    return _label("mailTemplates", KIND_LABELS, kind)


def mail_placeholder_label(name: str) -> str:
    from planner.mail.templates import PLACEHOLDERS

    return _label("mailTemplates", PLACEHOLDERS, name)


def formats_label(codes: list[str]) -> str:
    return ", ".join(format_label(code) for code in codes)


# ---- rows of planner queries that carry only the German label --------------------------
def format_label_from_de(german: str) -> str:
    return QCoreApplication.translate("formats", german)


def session_kind_label_from_de(german: str) -> str:
    return QCoreApplication.translate("sessionKinds", german)


def registration_status_label_from_de(german: str) -> str:
    return QCoreApplication.translate("registrationStatus", german)


def attendance_text_from_de(german: str) -> str:
    """One entry of planner's per-session attendance list ("anwesend", "abgesagt", "–")."""
    return QCoreApplication.translate("attendanceStatus", german)


def relabel_format_suffix(text: str) -> str:
    """"02.03.2027 Title (Fachtagung)" (planner's event choices) with the shown format name."""
    for german in FORMAT_LABELS_DE.values():
        suffix = f" ({german})"
        if text.endswith(suffix):
            return f"{text[: -len(suffix)]} ({format_label_from_de(german)})"
    return text


def outbox_kind_label(kind: str) -> str:
    from planner.notify.templates import KIND_LABELS

    return _label("outboxKinds", KIND_LABELS, kind)


def outbox_placeholder_label(name: str) -> str:
    from planner.notify.templates import PLACEHOLDERS

    return _label("outboxPlaceholders", PLACEHOLDERS, name)


def outbox_status_label_from_de(german: str) -> str:
    """A status of planner.notify.queue's entries ("wartet", "unklar, bitte prüfen" …)."""
    return QCoreApplication.translate("outboxStatus", german)
