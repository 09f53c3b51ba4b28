"""Issued documents and what was sent: certificates, invitation log, settings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.models.base import Base, utcnow
from planner.models.events import Event, Session
from planner.models.master import Person


class Certificate(Base):
    """An issued Teilnahmebescheinigung. Reissuing keeps the serial number.

    A person has at most one *live* certificate per event and content key (the whole event,
    or one module): issuing again with changed content makes a new revision of the same
    serial (the old one is kept in CertificateRevision); a certificate about other content
    of the same person and event (e.g. module certificates after a rebooking to the whole
    series) is marked replaced by the new one.
    """

    __tablename__ = "certificate"
    __table_args__ = (
        UniqueConstraint("prefix", "year", "counter"),
        Index("ix_certificate_live_content", "event_id", "content_key", unique=True,
              sqlite_where=text("replaced_by_id IS NULL"),
              postgresql_where=text("replaced_by_id IS NULL")),
    )

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
    revision: Mapped[int] = mapped_column(default=1)
    # planner.rules.certificates.certificate_key: "p<person>" or "p<person>:s<session>".
    content_key: Mapped[str] = mapped_column(String(40), default="")
    # The day of the last certified session: statistics count the certificate in its year.
    covers_until: Mapped[date | None]
    replaced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("certificate.id", ondelete="SET NULL"))
    replaced_at: Mapped[datetime | None]

    person: Mapped[Person] = relationship()
    event: Mapped[Event] = relationship()
    session: Mapped[Session | None] = relationship()
    replaced_by: Mapped[Certificate | None] = relationship(remote_side="Certificate.id")

    @property
    def is_live(self) -> bool:
        return self.replaced_by_id is None


class CertificateRevision(Base):
    """An earlier revision of a certificate, kept so its code verifies as "replaced"."""

    __tablename__ = "certificate_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    certificate_id: Mapped[int] = mapped_column(
        ForeignKey("certificate.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int]
    verification_code: Mapped[str] = mapped_column(String(64), index=True)
    issued_on: Mapped[date]
    content: Mapped[dict] = mapped_column(JSON, default=dict)
    replaced_at: Mapped[datetime] = mapped_column(default=utcnow)


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
