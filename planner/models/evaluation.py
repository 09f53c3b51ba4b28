"""Participant feedback: the item library, versioned questionnaires and anonymous answers.

Anonymous by design: a response (one returned form or one row of an online survey) belongs
to an event (and maybe one session) and to the questionnaire version it was given on, never
to a person. It stores no name, no time of submission and no device; an online survey's own
response id is kept only as a one-way hash, to recognise a file imported twice.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.models.base import Base, utcnow


class EvaluationItem(Base):
    """One question of the library. Its id and code stay the same on every questionnaire
    that uses it, so the editions of a format can be compared."""

    __tablename__ = "evaluation_item"
    __table_args__ = (
        CheckConstraint("kind IN ('scale', 'choice', 'text')", name="kind_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(String(300))
    # Scale items: what 1 and 5 mean (printed under the first and the last box).
    low_label: Mapped[str] = mapped_column(String(80), default="")
    high_label: Mapped[str] = mapped_column(String(80), default="")
    # Choice items: the options; an answer stores the option's number (1-based).
    options: Mapped[list[str]] = mapped_column(JSON, default=list)
    standard: Mapped[bool] = mapped_column(default=False)
    archived: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Questionnaire(Base):
    """One version of a questionnaire: a format's default, or one event's own variant.

    A version that has answers is never changed: editing it supersedes it with a new
    version, and the old answers stay with the old one.
    """

    __tablename__ = "questionnaire"
    __table_args__ = (
        CheckConstraint("(format IS NULL) <> (event_id IS NULL)", name="format_or_event"),
        CheckConstraint("version >= 1", name="version_positive"),
        Index("ix_questionnaire_format_version", "format", "version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    format: Mapped[str | None] = mapped_column(String(30))
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(default=1)
    title: Mapped[str] = mapped_column(String(200), default="Rückmeldebogen")
    intro: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    superseded_at: Mapped[datetime | None]

    entries: Mapped[list[QuestionnaireEntry]] = relationship(
        back_populates="questionnaire", cascade="all, delete-orphan",
        order_by="QuestionnaireEntry.position",
    )

    @property
    def items(self) -> list[EvaluationItem]:
        return [entry.item for entry in self.entries]

    @property
    def is_current(self) -> bool:
        return self.superseded_at is None


class QuestionnaireEntry(Base):
    """An item's place on one questionnaire version."""

    __tablename__ = "questionnaire_item"

    questionnaire_id: Mapped[int] = mapped_column(
        ForeignKey("questionnaire.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[int] = mapped_column(
        ForeignKey("evaluation_item.id"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(default=1)

    questionnaire: Mapped[Questionnaire] = relationship(back_populates="entries")
    item: Mapped[EvaluationItem] = relationship(lazy="joined")


class FeedbackResponse(Base):
    """One returned form or one online-survey row. Deliberately no link to any person."""

    __tablename__ = "feedback_response"
    __table_args__ = (
        UniqueConstraint("event_id", "source_key"),
        CheckConstraint("source IN ('paper', 'online')", name="source_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    # None: a form about the whole event; else about this one session.
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), index=True
    )
    questionnaire_id: Mapped[int] = mapped_column(ForeignKey("questionnaire.id"), index=True)
    source: Mapped[str] = mapped_column(String(10), default="paper")
    # One-way hash of an online survey's response id (recognises a second import).
    source_key: Mapped[str | None] = mapped_column(String(64))
    entered_at: Mapped[datetime] = mapped_column(default=utcnow)

    answers: Mapped[list[FeedbackAnswer]] = relationship(
        back_populates="response", cascade="all, delete-orphan"
    )


class FeedbackAnswer(Base):
    """The answer to one item: a number (scale 1–5, choice 1..n) or a free text."""

    __tablename__ = "feedback_answer"
    __table_args__ = (
        UniqueConstraint("response_id", "item_id"),
        CheckConstraint("value IS NULL OR value >= 1", name="value_positive"),
        CheckConstraint("(value IS NULL) <> (text IS NULL)", name="value_or_text"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_response.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int] = mapped_column(ForeignKey("evaluation_item.id"), index=True)
    value: Mapped[int | None]
    text: Mapped[str | None] = mapped_column(Text)
    # Free text left out of every listing (e.g. it names someone); the figures keep it.
    hidden: Mapped[bool] = mapped_column(default=False)

    response: Mapped[FeedbackResponse] = relationship(back_populates="answers")
    item: Mapped[EvaluationItem] = relationship()
