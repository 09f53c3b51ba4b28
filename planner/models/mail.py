"""The mail log: every message the planner sent (or handed over as an .eml draft)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner.models.base import Base, utcnow


class SentMessage(Base):
    """One message to one recipient: who, what, when and with what result.

    `kind` is "certificate", "invitation" or "cancellation"; `version` is what the
    recipient got (certificate: its update time; invitation: "SEQUENCE:status"), so the
    outbox can offer only what changed since. `result` is "sent", "failed" or "eml" (written
    as a ready-to-send draft file).
    """

    __tablename__ = "sent_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True)
    address: Mapped[str] = mapped_column(String(254), default="")
    kind: Mapped[str] = mapped_column(String(20))
    certificate_id: Mapped[int | None] = mapped_column(
        ForeignKey("certificate.id", ondelete="SET NULL"), index=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), index=True)
    version: Mapped[str] = mapped_column(String(60), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    message_id: Mapped[str] = mapped_column(String(200), default="")
    result: Mapped[str] = mapped_column(String(10))
    error: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(default=0)
    sender_user: Mapped[str] = mapped_column(String(100), default="")
    file_name: Mapped[str] = mapped_column(String(300), default="")
