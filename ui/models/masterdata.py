"""Municipality/organisation, venue and event tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from sqlalchemy.orm import Session as OrmSession

from planner.queries.events import EventRow, event_ids, event_rows
from planner.queries.masterdata import (
    OrganisationRow,
    organisation_ids,
    organisation_rows,
    venue_ids,
    venue_rows,
)
from planner.storage.database import Database
from planner.usecases.outcome import Change
from ui.holiday_names import state_label
from ui.models.base import Column, LazyTableModel
from ui.models.labels import format_label
from ui.numbers import ui_number


class OrganisationsModel(LazyTableModel):
    concerns = frozenset({Change.ORGANISATIONS})
    COL_NAME, COL_KIND, COL_STATE, COL_POPULATION, COL_PERSONS = range(5)

    def __init__(
        self, db: Database, parent: QObject | None = None, municipalities_only: bool = False
    ) -> None:
        self.municipalities_only = municipalities_only
        super().__init__(db, parent)

    def make_columns(self) -> list[Column]:
        return [
            Column("name", QCoreApplication.translate("TableModels", "Name")),
            Column("kind", QCoreApplication.translate("TableModels", "Art")),
            Column("state_name", QCoreApplication.translate("TableModels", "Bundesland")),
            Column(
                "population",
                QCoreApplication.translate("TableModels", "Einwohner"),
                align_right=True,
            ),
            Column(
                "persons", QCoreApplication.translate("TableModels", "Personen"), align_right=True
            ),
        ]

    def query_ids(self, orm: OrmSession, order: tuple[str, bool] | None) -> list[int]:
        return organisation_ids(orm, municipalities_only=self.municipalities_only)

    def fetch_rows(self, orm: OrmSession, ids: list[int]) -> dict[int, Any]:
        return dict(organisation_rows(orm, ids))

    def display(self, row: OrganisationRow, key: str) -> Any:
        if key == "kind":
            return (
                QCoreApplication.translate("TableModels", "Kommune")
                if row.kind == "municipality"
                else QCoreApplication.translate("TableModels", "Organisation")
            )
        if key == "population":
            return ui_number(row.population, 0) if row.population else ""
        if key == "state_name":
            return state_label(row.federal_state) if row.federal_state else ""
        return getattr(row, key)

    def sort_value(self, row: OrganisationRow, key: str) -> Any:
        if key == "population":
            return row.population or 0
        return super().sort_value(row, key)


class VenuesModel(LazyTableModel):
    concerns = frozenset({Change.VENUES})
    COL_NAME, COL_STREET, COL_POSTCODE, COL_CITY, COL_STATE, COL_CAPACITY = range(6)

    def make_columns(self) -> list[Column]:
        return [
            Column("name", QCoreApplication.translate("TableModels", "Name")),
            Column("street", QCoreApplication.translate("TableModels", "Straße")),
            Column("postcode", QCoreApplication.translate("TableModels", "PLZ")),
            Column("city", QCoreApplication.translate("TableModels", "Stadt")),
            Column("federal_state", QCoreApplication.translate("TableModels", "Land")),
            Column(
                "capacity", QCoreApplication.translate("TableModels", "Plätze"), align_right=True
            ),
        ]

    def query_ids(self, orm: OrmSession, order: tuple[str, bool] | None) -> list[int]:
        return venue_ids(orm)

    def fetch_rows(self, orm: OrmSession, ids: list[int]) -> dict[int, Any]:
        return dict(venue_rows(orm, ids))

    def sort_value(self, row: Any, key: str) -> Any:
        if key == "capacity":
            return row.capacity or 0
        return super().sort_value(row, key)


class EventsModel(LazyTableModel):
    # REGISTRATIONS: the "Anmeldungen" column counts them
    concerns = frozenset({Change.EVENTS, Change.SESSIONS, Change.REGISTRATIONS, Change.OFFICES,
                          Change.TOPICS})
    COL_TITLE, COL_FORMAT, COL_OFFICE, COL_FROM, COL_TO, COL_SESSIONS, COL_REGISTERED = range(7)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        self.filters: dict[str, Any] = {}
        super().__init__(db, parent)

    def make_columns(self) -> list[Column]:
        return [
            Column("title", QCoreApplication.translate("TableModels", "Titel")),
            Column("format", QCoreApplication.translate("TableModels", "Format")),
            Column("office", QCoreApplication.translate("TableModels", "Standort")),
            Column("first_start", QCoreApplication.translate("TableModels", "Beginn")),
            Column("last_end", QCoreApplication.translate("TableModels", "Ende")),
            Column(
                "sessions", QCoreApplication.translate("TableModels", "Termine"), align_right=True
            ),
            Column(
                "registered",
                QCoreApplication.translate("TableModels", "Anmeldungen"),
                align_right=True,
            ),
        ]

    def set_filters(self, **filters: Any) -> None:
        self.filters = filters
        self.reload()

    def query_ids(self, orm: OrmSession, order: tuple[str, bool] | None) -> list[int]:
        f = self.filters
        return event_ids(
            orm,
            f.get("text", ""),
            fmt=f.get("fmt"),
            office_id=f.get("office_id"),
            year=f.get("year"),
        )

    def fetch_rows(self, orm: OrmSession, ids: list[int]) -> dict[int, Any]:
        return dict(event_rows(orm, ids))

    def display(self, row: EventRow, key: str) -> Any:
        if key == "format":
            return format_label(row.format)
        if key == "office":
            return row.office_city
        if key in ("first_start", "last_end"):
            value = getattr(row, key)
            return value.strftime("%d.%m.%Y") if value else ""
        if key == "registered":
            return f"{row.registered} / {row.capacity}" if row.capacity else str(row.registered)
        return getattr(row, key)

    def sort_value(self, row: EventRow, key: str) -> Any:
        if key in ("first_start", "last_end"):
            value = getattr(row, key)
            return value.isoformat() if value else ""
        if key == "registered":
            return row.registered
        return super().sort_value(row, key)
