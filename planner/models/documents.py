"""Issued documents and what was sent: certificates, invitation log, settings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.models.base import Base, utcnow
from planner.models.events import Event, Session
from planner.models.master import Person


class Certificate(Base):
    """An issued Teilnahmebescheinigung. Reissuing keeps the serial number."""

    __tablename__ = "certificate"
    __table_args__ = (UniqueConstraint("prefix", "year", "counter"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(60), unique=True)
    prefix: Mapped[str] = mapped_column(String(20))
    year: Mapped[int]
    counter: Mapped[int]
    kind: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("session.id", ondelete="SET NULL"))
    issued_on: Mapped[date]
    issued_place: Mapped[str] = mapped_column(String(100), default="")
    signatory: Mapped[str] = mapped_column(String(200), default="")
    units: Mapped[float] = mapped_column(default=0.0)
    attendance_rate: Mapped[float] = mapped_column(default=0.0)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    verification_code: Mapped[str] = mapped_column(String(64), index=True)
    content: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    person: Mapped[Person] = relationship()
    event: Mapped[Event] = relationship()
    session: Mapped[Session | None] = relationship()


class CertificateIssue(Base):
    """Log of every (re)issue of a certificate."""

    __tablename__ = "certificate_issue"

    id: Mapped[int] = mapped_column(primary_key=True)
    certificate_id: Mapped[int] = mapped_column(
        ForeignKey("certificate.id", ondelete="CASCADE"), index=True
    )
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(20), default="issued")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class InvitationSent(Base):
    """What version of a session was last exported to a trainer as an invitation."""

    __tablename__ = "invitation_sent"
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           index=True)
    sequence: Mapped[int]
    status: Mapped[str] = mapped_column(String(20))
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)


class Setting(Base):
    """Application settings stored with the data (shared by all workstations)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class ChangeLog(Base):
    """Audit trail: who changed or exported what, when."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(100), default="")
    office_code: Mapped[str] = mapped_column(String(40), default="")
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60), default="")
    entity_id: Mapped[int | None]
    details: Mapped[str] = mapped_column(Text, default="")
