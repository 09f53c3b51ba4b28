"""Master data: offices, topics, organisations (incl. municipalities), persons, venues."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.models.base import Base, Versioned, utcnow
from planner.models.enums import LARGE_CITY_THRESHOLD, OrganisationKind, PersonRole


class Office(Versioned, Base):
    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    region: Mapped[str] = mapped_column(String(200), default="")
    organisation_name: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    head_name: Mapped[str] = mapped_column(String(200), default="")
    head_title: Mapped[str] = mapped_column(String(200), default="")
    certificate_prefix: Mapped[str] = mapped_column(String(20), default="TA")
    logo_path: Mapped[str | None] = mapped_column(String(500))
    signature_path: Mapped[str | None] = mapped_column(String(500))

    def address_line(self) -> str:
        return ", ".join(p for p in (self.street, f"{self.postcode} {self.city}".strip()) if p)


class Topic(Base):
    __tablename__ = "topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Organisation(Versioned, Base):
    """A municipality (Kommune) or any other organisation persons belong to."""

    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint("population IS NULL OR population >= 0", name="population_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20), default=OrganisationKind.OTHER)
    federal_state: Mapped[str | None] = mapped_column(String(2))
    population: Mapped[int | None]
    city: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    persons: Mapped[list[Person]] = relationship(back_populates="organisation")

    @property
    def is_municipality(self) -> bool:
        return self.kind == OrganisationKind.MUNICIPALITY

    @property
    def below_threshold(self) -> bool:
        """True for a municipality under the programme's 250,000 inhabitants."""
        return (
            self.is_municipality
            and self.population is not None
            and self.population < LARGE_CITY_THRESHOLD
        )


class Person(Versioned, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(40), default="")
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str] = mapped_column(String(60), default="")
    function: Mapped[str] = mapped_column(String(200), default="")
    # Postal address for letters to people without e-mail (usually their office's).
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    # Language of the messages they receive: "de" or "en".
    language: Mapped[str] = mapped_column(String(2), default="de")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    is_participant: Mapped[bool] = mapped_column(default=True)
    is_trainer: Mapped[bool] = mapped_column(default=False)
    is_staff: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    anonymised_on: Mapped[date | None]
    # GDPR consents; None = not asked/unknown, which counts as no.
    consent_photos: Mapped[bool | None]
    consent_directory: Mapped[bool | None]
    consent_date: Mapped[date | None]
    # Folded name/e-mail text for fast accent-insensitive search (kept up to date below).
    # Indexed: the persons list is ordered by it (50,000 persons: no sort on every search).
    search_key: Mapped[str] = mapped_column(String(600), default="", index=True)

    organisation: Mapped[Organisation | None] = relationship(back_populates="persons")

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)

    @property
    def roles(self) -> list[str]:
        flags = (
            (PersonRole.PARTICIPANT, self.is_participant),
            (PersonRole.TRAINER, self.is_trainer),
            (PersonRole.STAFF, self.is_staff),
        )
        return [str(role) for role, on in flags if on]

    @property
    def has_postal_address(self) -> bool:
        return bool(self.street.strip() and self.postcode.strip() and self.city.strip())

    def set_role(self, role: PersonRole | str, on: bool = True) -> None:
        setattr(self, f"is_{PersonRole(role).value}", on)


class Venue(Versioned, Base):
    __tablename__ = "venue"
    __table_args__ = (
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    federal_state: Mapped[str | None] = mapped_column(String(2))
    capacity: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    # How to get there (public transport, parking, entrance): printed in reminders.
    directions: Mapped[str] = mapped_column(Text, default="")

    def full_address(self) -> str:
        parts = [self.name, self.street, f"{self.postcode} {self.city}".strip()]
        return ", ".join(p for p in parts if p)


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _update_person_search_key(_mapper: Any, _connection: Any, target: Person) -> None:
    from planner.folding import person_search_key

    target.search_key = person_search_key(target.first_name, target.last_name, target.email,
                                          target.title, target.function)
