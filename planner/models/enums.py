"""Code names of the fixed vocabularies, with their German UI labels."""

from __future__ import annotations

from enum import StrEnum


class EventFormat(StrEnum):
    TRAINING_SERIES = "training_series"
    NETWORK_GROUP = "network_group"
    CONFERENCE = "conference"
    COACHING = "coaching"
    ANALYSIS = "analysis"


FORMAT_LABELS_DE = {
    EventFormat.TRAINING_SERIES: "Fortbildungsreihe",
    EventFormat.NETWORK_GROUP: "Netzwerk on Tour",
    EventFormat.CONFERENCE: "Fachtagung",
    EventFormat.COACHING: "Coaching",
    EventFormat.ANALYSIS: "Klärung und Analyse",
}


class SessionKind(StrEnum):
    MODULE = "module"
    MEETING = "meeting"
    CONFERENCE_DAY = "conference_day"
    WORKSHOP = "workshop"
    PRE_TALK = "pre_talk"
    ANALYSIS_WORKSHOP = "analysis_workshop"


SESSION_KIND_LABELS_DE = {
    SessionKind.MODULE: "Modul",
    SessionKind.MEETING: "Treffen",
    SessionKind.CONFERENCE_DAY: "Tagungstag",
    SessionKind.WORKSHOP: "Workshop",
    SessionKind.PRE_TALK: "Vorgespräch",
    SessionKind.ANALYSIS_WORKSHOP: "Analyseworkshop",
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
    AgendaKind.TALK: "Vortrag",
    AgendaKind.PANEL: "Podium",
    AgendaKind.WORKSHOP: "Workshop",
    AgendaKind.BREAK: "Pause",
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
    RegistrationStatus.REGISTERED: "angemeldet",
    RegistrationStatus.WAITING: "Warteliste",
    RegistrationStatus.CANCELLED: "storniert",
}


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    PARTIAL = "partial"
    EXCUSED = "excused"
    ABSENT = "absent"


ATTENDANCE_STATUS_LABELS_DE = {
    AttendanceStatus.PRESENT: "anwesend",
    AttendanceStatus.PARTIAL: "teilweise",
    AttendanceStatus.EXCUSED: "entschuldigt",
    AttendanceStatus.ABSENT: "abwesend",
}


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    RUNNING = "running"
    ENDED = "ended"


AGREEMENT_STATUS_LABELS_DE = {
    AgreementStatus.DRAFT: "Entwurf",
    AgreementStatus.SIGNED: "unterzeichnet",
    AgreementStatus.RUNNING: "laufend",
    AgreementStatus.ENDED: "beendet",
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
