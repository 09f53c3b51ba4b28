"""The participant outbox: one row per message a participant is to receive.

A row is created (or merged into) in the same transaction as the change that concerns the
participant (see `planner.notify.tracking`). While it waits, its text is composed from the
current state, so several changes to one booking become one message with the latest state.
When it is sent, what went out is frozen into the row: subject, body, address, Message-ID
and `known_after`, the state of the booking the participant now knows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import Base, utcnow


class OutboxStatus:
    """Where a message stands. PENDING and FAILED are offered for sending; SENDING is set
    right before the SMTP call, so a row left in it after a crash is "unklar"."""

    PENDING = "pending"
    FAILED = "failed"
    SENDING = "sending"
    SENT = "sent"
    EML = "eml"  # written as a ready-to-send .eml draft
    LETTER = "letter"  # printed into a letter PDF
    DISCARDED = "discarded"
    OBSOLETE = "obsolete"  # the changes cancelled each other out: nothing left to say

    OPEN = (PENDING, FAILED)
    # The participant knows (or staff decided they need not know) what the row says.
    SETTLED = (SENT, EML, LETTER, DISCARDED, SENDING)
    DONE = (SENT, EML, LETTER, DISCARDED, OBSOLETE)


class OutboxTopic:
    BOOKING = "booking"  # everything about one registration, merged
    REMINDER = "reminder"  # one session, before it takes place


class OutboxMessage(Base):
    __tablename__ = "outbox_message"
    __table_args__ = (
        Index("ix_outbox_message_status_event", "status", "event_id"),
        Index("ix_outbox_message_registration_topic", "registration_id", "topic"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    registration_id: Mapped[int | None] = mapped_column(
        ForeignKey("registration.id", ondelete="SET NULL"))
    # Reminders: the session they are about.
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), index=True)
    topic: Mapped[str] = mapped_column(String(20), default=OutboxTopic.BOOKING)
    status: Mapped[str] = mapped_column(String(20), default=OutboxStatus.PENDING)
    # The message type as last composed ("confirmed", "session_moved" …), for lists.
    kind: Mapped[str] = mapped_column(String(30), default="")
    # Raised on every change merged into the row: a send composed from an older revision
    # composes again instead of sending outdated text.
    revision: Mapped[int] = mapped_column(default=1)
    # What the participant knew when the first change of this row happened.
    before: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # What they know once the row was sent (or discarded): the next row's `before`.
    known_after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    edited: Mapped[bool] = mapped_column(default=False)
    edited_by: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(10), default="")
    address: Mapped[str] = mapped_column(String(254), default="")
    message_id: Mapped[str] = mapped_column(String(200), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    sending_at: Mapped[datetime | None]
    # The process sending it ("user@host/pid"): alive means in flight, gone means unclear.
    sending_by: Mapped[str] = mapped_column(String(200), default="")
    settled_at: Mapped[datetime | None]
    settled_by: Mapped[str] = mapped_column(String(100), default="")
