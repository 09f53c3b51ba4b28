"""Code names of the fixed vocabularies, with their German labels (the one source of them:
the desktop app shows them translated, see planner.translatable)."""

from __future__ import annotations

from enum import StrEnum

from planner.translatable import QT_TRANSLATE_NOOP


class EventFormat(StrEnum):
    TRAINING_SERIES = "training_series"
    NETWORK_GROUP = "network_group"
    CONFERENCE = "conference"
    COACHING = "coaching"
    ANALYSIS = "analysis"


FORMAT_LABELS_DE = {
    EventFormat.TRAINING_SERIES: QT_TRANSLATE_NOOP("formats", "Fortbildungsreihe"),
    EventFormat.NETWORK_GROUP: QT_TRANSLATE_NOOP("formats", "Netzwerk on Tour"),
    EventFormat.CONFERENCE: QT_TRANSLATE_NOOP("formats", "Fachtagung"),
    EventFormat.COACHING: QT_TRANSLATE_NOOP("formats", "Coaching"),
    EventFormat.ANALYSIS: QT_TRANSLATE_NOOP("formats", "Klärung und Analyse"),
}


class SessionKind(StrEnum):
    MODULE = "module"
    MEETING = "meeting"
    CONFERENCE_DAY = "conference_day"
    WORKSHOP = "workshop"
    PRE_TALK = "pre_talk"
    ANALYSIS_WORKSHOP = "analysis_workshop"


SESSION_KIND_LABELS_DE = {
    SessionKind.MODULE: QT_TRANSLATE_NOOP("sessionKinds", "Modul"),
    SessionKind.MEETING: QT_TRANSLATE_NOOP("sessionKinds", "Treffen"),
    SessionKind.CONFERENCE_DAY: QT_TRANSLATE_NOOP("sessionKinds", "Tagungstag"),
    SessionKind.WORKSHOP: QT_TRANSLATE_NOOP("sessionKinds", "Workshop"),
    SessionKind.PRE_TALK: QT_TRANSLATE_NOOP("sessionKinds", "Vorgespräch"),
    SessionKind.ANALYSIS_WORKSHOP: QT_TRANSLATE_NOOP("sessionKinds", "Analyseworkshop"),
}


class SessionStatus(StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"


class AgendaKind(StrEnum):
    TALK = "talk"
    PANEL = "panel"
    WORKSHOP = "workshop"
    BREAK = "break"


AGENDA_KIND_LABELS_DE = {
    AgendaKind.TALK: QT_TRANSLATE_NOOP("agendaKinds", "Vortrag"),
    AgendaKind.PANEL: QT_TRANSLATE_NOOP("agendaKinds", "Podium"),
    AgendaKind.WORKSHOP: QT_TRANSLATE_NOOP("agendaKinds", "Workshop"),
    AgendaKind.BREAK: QT_TRANSLATE_NOOP("agendaKinds", "Pause"),
}


class OrganisationKind(StrEnum):
    MUNICIPALITY = "municipality"
    OTHER = "other"


class PersonRole(StrEnum):
    PARTICIPANT = "participant"
    TRAINER = "trainer"
    STAFF = "staff"


class RegistrationStatus(StrEnum):
    REGISTERED = "registered"
    WAITING = "waiting"
    CANCELLED = "cancelled"


REGISTRATION_STATUS_LABELS_DE = {
    RegistrationStatus.REGISTERED: QT_TRANSLATE_NOOP("registrationStatus", "angemeldet"),
    RegistrationStatus.WAITING: QT_TRANSLATE_NOOP("registrationStatus", "Warteliste"),
    RegistrationStatus.CANCELLED: QT_TRANSLATE_NOOP("registrationStatus", "storniert"),
}


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    PARTIAL = "partial"
    EXCUSED = "excused"
    ABSENT = "absent"


ATTENDANCE_STATUS_LABELS_DE = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("attendanceStatus", "anwesend"),
    AttendanceStatus.PARTIAL: QT_TRANSLATE_NOOP("attendanceStatus", "teilweise"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("attendanceStatus", "entschuldigt"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("attendanceStatus", "abwesend"),
}


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    RUNNING = "running"
    ENDED = "ended"


AGREEMENT_STATUS_LABELS_DE = {
    AgreementStatus.DRAFT: QT_TRANSLATE_NOOP("agreementStatus", "Entwurf"),
    AgreementStatus.SIGNED: QT_TRANSLATE_NOOP("agreementStatus", "unterzeichnet"),
    AgreementStatus.RUNNING: QT_TRANSLATE_NOOP("agreementStatus", "laufend"),
    AgreementStatus.ENDED: QT_TRANSLATE_NOOP("agreementStatus", "beendet"),
}


class CertificateKind(StrEnum):
    SERIES = "series"  # a whole training series at or above the threshold
    MODULES = "modules"  # the modules attended of a whole-series booking below it
    MODULE = "module"  # one module booked on its own
    PARTICIPATION = "participation"  # confirmation of the meetings/workshops/days attended


# German federal states (ISO 3166-2:DE suffixes, as the holidays package uses them).
FEDERAL_STATES = {
    "BW": "Baden-Württemberg",
    "BY": "Bayern",
    "BE": "Berlin",
    "BB": "Brandenburg",
    "HB": "Bremen",
    "HH": "Hamburg",
    "HE": "Hessen",
    "MV": "Mecklenburg-Vorpommern",
    "NI": "Niedersachsen",
    "NW": "Nordrhein-Westfalen",
    "RP": "Rheinland-Pfalz",
    "SL": "Saarland",
    "SN": "Sachsen",
    "ST": "Sachsen-Anhalt",
    "SH": "Schleswig-Holstein",
    "TH": "Thüringen",
}

LARGE_CITY_THRESHOLD = 250_000
