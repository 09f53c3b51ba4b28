"""Events (the bookable whole, one of five formats) and their dated sessions."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.models.base import Base, Versioned, utcnow
from planner.models.enums import SessionStatus
from planner.models.master import Office, Organisation, Person, Topic, Venue

event_municipality = Table(
    "event_municipality",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True),
)

agenda_speaker = Table(
    "agenda_speaker",
    Base.metadata,
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
)


def new_uid() -> str:
    return f"{uuid.uuid4()}@transferplaner"


class Event(Versioned, Base):
    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_positive"),
        CheckConstraint("unit_minutes > 0", name="unit_minutes_positive"),
        CheckConstraint(
            "certificate_threshold > 0.5 AND certificate_threshold <= 1",
            name="threshold_range",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    format: Mapped[str] = mapped_column(String(30), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"), index=True)
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topic.id", ondelete="SET NULL"))
    expert_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    capacity: Mapped[int | None]
    unit_minutes: Mapped[int] = mapped_column(default=45)
    default_break_minutes: Mapped[int] = mapped_column(default=60)
    certificate_threshold: Mapped[float] = mapped_column(default=0.8)
    funding_note: Mapped[str | None] = mapped_column(String(300))
    # None: the format's certificate (planner/RULES.md); "confirmation" or "none" change it.
    certificate_policy: Mapped[str | None] = mapped_column(String(20))
    # Retention starts here (e.g. the funding report date) instead of the last session's end.
    retention_from: Mapped[date | None]
    # Days before each session that participants get a reminder; None: the setting's default.
    reminder_days: Mapped[int | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    office: Mapped[Office] = relationship()
    topic: Mapped[Topic | None] = relationship()
    expert: Mapped[Person | None] = relationship()
    sessions: Mapped[list[Session]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        order_by="Session.start",
    )
    municipalities: Mapped[list[Organisation]] = relationship(secondary=event_municipality)
    dossier: Mapped[Dossier | None] = relationship(
        back_populates="event", cascade="all, delete-orphan"
    )

    @property
    def first_start(self) -> datetime | None:
        return min((s.start for s in self.sessions), default=None)

    @property
    def last_end(self) -> datetime | None:
        return max((s.end for s in self.sessions), default=None)


class SessionTrainer(Base):
    """A trainer, speaker, expert or moderator teaching one session."""

    __tablename__ = "session_trainer"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(30), default="trainer")

    session: Mapped[Session] = relationship(back_populates="trainer_links")
    person: Mapped[Person] = relationship()


class Session(Versioned, Base):
    """One dated part of an event. Times are Europe/Berlin wall-clock times (naive)."""

    __tablename__ = "session"
    __table_args__ = (
        CheckConstraint('"end" > start', name="end_after_start"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_positive"),
        CheckConstraint("sequence >= 0", name="sequence_positive"),
        # Venue double-booking checks: one bounded range per venue (planner.checks).
        Index("ix_session_venue_start", "venue_id", "start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=1)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300), default="")
    start: Mapped[datetime] = mapped_column(index=True)
    end: Mapped[datetime] = mapped_column(index=True)
    all_day: Mapped[bool] = mapped_column(default=False)
    venue_id: Mapped[int | None] = mapped_column(
        ForeignKey("venue.id", ondelete="SET NULL"), index=True
    )
    host_municipality_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    capacity: Mapped[int | None]
    break_minutes: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(20), default=SessionStatus.PLANNED)
    cancelled_at: Mapped[datetime | None]
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    uid: Mapped[str] = mapped_column(String(120), unique=True, default=new_uid)
    sequence: Mapped[int] = mapped_column(default=0)
    last_modified: Mapped[datetime] = mapped_column(default=utcnow)

    event: Mapped[Event] = relationship(back_populates="sessions")
    venue: Mapped[Venue | None] = relationship()
    host_municipality: Mapped[Organisation | None] = relationship()
    trainer_links: Mapped[list[SessionTrainer]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="AgendaItem.start"
    )
    excursion: Mapped[Excursion | None] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )

    @property
    def trainers(self) -> list[Person]:
        return [link.person for link in self.trainer_links]

    @property
    def is_cancelled(self) -> bool:
        return self.status == SessionStatus.CANCELLED

    @property
    def effective_break_minutes(self) -> int:
        if self.break_minutes is not None:
            return self.break_minutes
        return self.event.default_break_minutes if self.event else 0

    @property
    def effective_capacity(self) -> int | None:
        if self.capacity is not None:
            return self.capacity
        return self.event.capacity if self.event else None


class AgendaItem(Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[time]
    end: Mapped[time | None]
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="talk")
    description: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[Session] = relationship(back_populates="agenda")
    speakers: Mapped[list[Person]] = relationship(secondary=agenda_speaker)


class Excursion(Base):
    """A visit to a good-practice site, part of a network-tour meeting."""

    __tablename__ = "excursion"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), unique=True
    )
    site: Mapped[str] = mapped_column(String(300))
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    host_contact: Mapped[str] = mapped_column(String(300), default="")
    start: Mapped[time | None]
    end: Mapped[time | None]
    description: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[Session] = relationship(back_populates="excursion")

    def full_address(self) -> str:
        parts = [self.site, self.street, f"{self.postcode} {self.city}".strip()]
        return ", ".join(p for p in parts if p)


class Dossier(Base):
    """The short result document of an analysis process."""

    __tablename__ = "dossier"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), unique=True)
    starting_situation: Mapped[str] = mapped_column(Text, default="")
    fields_of_action: Mapped[str] = mapped_column(Text, default="")
    work_packages: Mapped[str] = mapped_column(Text, default="")
    completed_on: Mapped[date | None]

    event: Mapped[Event] = relationship(back_populates="dossier")


class CooperationAgreement(Versioned, Base):
    __tablename__ = "cooperation_agreement"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
                        name="end_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"))
    office_id: Mapped[int | None] = mapped_column(ForeignKey("office.id"))
    goals: Mapped[list[str]] = mapped_column(JSON, default=list)
    agreed_formats: Mapped[list[str]] = mapped_column(JSON, default=list)
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20), default="draft")
    signed_on: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    municipality: Mapped[Organisation] = relationship()
    event: Mapped[Event | None] = relationship()
    office: Mapped[Office | None] = relationship()
