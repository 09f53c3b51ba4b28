"""The typed SQLAlchemy models of the planning domain."""

from planner.models.base import Base, utcnow
from planner.models.documents import (
    Certificate,
    CertificateIssue,
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

__all__ = [
    "AgendaItem", "AgendaKind", "AgreementStatus", "Attendance", "AttendanceStatus", "Base",
    "Certificate", "CertificateIssue", "CertificateKind", "ChangeLog", "CooperationAgreement",
    "Dossier", "Event", "EventFormat", "Excursion", "InvitationSent", "Office", "Organisation",
    "OrganisationKind", "OutboxMessage", "OutboxStatus", "OutboxTopic", "Person", "PersonRole",
    "Registration", "RegistrationStatus",
    "SentMessage", "Session", "SessionKind", "SessionStatus", "SessionTrainer", "Setting",
    "Topic", "Venue",
    "agenda_speaker", "event_municipality", "registration_session", "utcnow",
]
