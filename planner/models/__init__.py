"""The typed SQLAlchemy models of the planning domain.

The model classes are loaded on first use (`from planner.models import Event` loads them
all at once, so every relationship can be resolved), while `planner.models.enums`, the fixed
vocabularies, can be imported without SQLAlchemy: the window paints its first view before
SQLAlchemy is loaded (see planner/plainsql.py).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.models.base import Base, utcnow
    from planner.models.documents import (
        Certificate,
        CertificateIssue,
        CertificateRevision,
        ChangeLog,
        InvitationSent,
        Setting,
    )
    from planner.models.enums import (
        AgendaKind,
        AgreementStatus,
        AttendanceStatus,
        CertificateKind,
        EventFormat,
        OrganisationKind,
        PersonRole,
        RegistrationStatus,
        SessionKind,
        SessionStatus,
    )
    from planner.models.evaluation import (
        EvaluationItem,
        FeedbackAnswer,
        FeedbackResponse,
        Questionnaire,
        QuestionnaireEntry,
    )
    from planner.models.events import (
        AgendaItem,
        CooperationAgreement,
        Dossier,
        Event,
        Excursion,
        Session,
        SessionTrainer,
        agenda_speaker,
        event_municipality,
    )
    from planner.models.mail import SentMessage
    from planner.models.master import Office, Organisation, Person, Topic, Venue
    from planner.models.outbox import OutboxMessage, OutboxStatus, OutboxTopic
    from planner.models.registrations import Attendance, Registration, registration_session

# Where each name is defined; the first use of any of them loads every module.
_HOMES = {
    "base": ("Base", "utcnow"),
    "documents": ("Certificate", "CertificateIssue", "CertificateRevision", "ChangeLog",
                  "InvitationSent", "Setting"),
    "enums": ("AgendaKind", "AgreementStatus", "AttendanceStatus", "CertificateKind",
              "EventFormat", "OrganisationKind", "PersonRole", "RegistrationStatus",
              "SessionKind", "SessionStatus"),
    "evaluation": ("EvaluationItem", "FeedbackAnswer", "FeedbackResponse", "Questionnaire",
                   "QuestionnaireEntry"),
    "events": ("AgendaItem", "CooperationAgreement", "Dossier", "Event", "Excursion", "Session",
               "SessionTrainer", "agenda_speaker", "event_municipality"),
    "mail": ("SentMessage",),
    "master": ("Office", "Organisation", "Person", "Topic", "Venue"),
    "outbox": ("OutboxMessage", "OutboxStatus", "OutboxTopic"),
    "registrations": ("Attendance", "Registration", "registration_session"),
}
__all__ = [
    "AgendaItem", "AgendaKind", "AgreementStatus", "Attendance", "AttendanceStatus", "Base",
    "Certificate", "CertificateIssue", "CertificateKind", "CertificateRevision", "ChangeLog",
    "CooperationAgreement",
    "Dossier", "EvaluationItem", "Event", "EventFormat", "Excursion", "FeedbackAnswer",
    "FeedbackResponse", "InvitationSent", "Office", "Organisation", "OrganisationKind",
    "OutboxMessage", "OutboxStatus", "OutboxTopic", "Person", "PersonRole", "Questionnaire",
    "QuestionnaireEntry", "Registration", "RegistrationStatus",
    "SentMessage", "Session", "SessionKind", "SessionStatus", "SessionTrainer", "Setting",
    "Topic", "Venue",
    "agenda_speaker", "event_municipality", "registration_session", "utcnow",
]


def __getattr__(name: str) -> Any:
    if not any(name in names for names in _HOMES.values()):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    for module_name, names in _HOMES.items():
        module = importlib.import_module(f"{__name__}.{module_name}")
        for exported in names:
            globals()[exported] = getattr(module, exported)
    return globals()[name]
