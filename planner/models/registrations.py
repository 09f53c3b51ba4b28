"""Registrations (whole event or chosen sessions) and per-session attendance."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.models.base import Base, Versioned, utcnow
from planner.models.enums import RegistrationStatus
from planner.models.events import Event, Session
from planner.models.master import Person

registration_session = Table(
    "registration_session",
    Base.metadata,
    Column("registration_id", ForeignKey("registration.id", ondelete="CASCADE"),
           primary_key=True),
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class Registration(Versioned, Base):
    """A person's booking of an event: the whole of it, or the sessions listed."""

    __tablename__ = "registration"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    whole_event: Mapped[bool] = mapped_column(default=True)
    status: Mapped[str] = mapped_column(String(20), default=RegistrationStatus.REGISTERED)
    registered_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    cancelled_at: Mapped[datetime | None]
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # Who cancelled: "participant" (at their request) or "office"; "" while active.
    cancelled_by: Mapped[str] = mapped_column(String(20), default="")

    event: Mapped[Event] = relationship()
    person: Mapped[Person] = relationship()
    chosen_sessions: Mapped[list[Session]] = relationship(secondary=registration_session)

    def booked_sessions(self) -> list[Session]:
        """The sessions this registration covers (all of the event's for a whole booking)."""
        sessions = self.event.sessions if self.whole_event else self.chosen_sessions
        return sorted(sessions, key=lambda s: s.start)

    @property
    def is_active(self) -> bool:
        return self.status == RegistrationStatus.REGISTERED


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("session_id", "person_id"),
        CheckConstraint("minutes IS NULL OR minutes >= 0", name="minutes_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    minutes: Mapped[int | None]
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)

    session: Mapped[Session] = relationship()
    person: Mapped[Person] = relationship()
