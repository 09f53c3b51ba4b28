"""Persons table: 50,000 rows scroll smoothly; search runs in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from sqlalchemy.orm import Session as OrmSession

from planner.queries.people import PersonRow, person_rows, search_person_ids
from planner.storage.database import Database
from planner.usecases.outcome import Change
from ui.models.base import Column, LazyTableModel


class PersonsModel(LazyTableModel):
    concerns = frozenset({Change.PERSONS, Change.ORGANISATIONS})
    COL_NAME, COL_FIRST, COL_EMAIL, COL_ORG, COL_ROLES, COL_CONSENT = range(6)
    sql_sort = True

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        self.search_text = ""
        self.role: str | None = None
        super().__init__(db, parent)

    def make_columns(self) -> list[Column]:
        return [
            Column("last_name", QCoreApplication.translate("PersonsModel", "Nachname"), "name"),
            Column(
                "first_name", QCoreApplication.translate("PersonsModel", "Vorname"), "first_name"
            ),
            Column("email", QCoreApplication.translate("PersonsModel", "E-Mail"), "email"),
            Column(
                "organisation",
                QCoreApplication.translate("PersonsModel", "Organisation / Kommune"),
                "organisation",
            ),
            Column("roles", QCoreApplication.translate("PersonsModel", "Rollen"), "roles"),
            Column("consent",
                   QCoreApplication.translate("PersonsModel", "Einwilligung Fotos / Liste")),
        ]

    def set_filter(self, text: str, role: str | None = None) -> None:
        self.search_text, self.role = text, role
        self.reload()

    def query_ids(self, orm: OrmSession, order: tuple[str, bool] | None) -> list[int]:
        key, desc = order or ("name", False)
        return search_person_ids(orm, self.search_text, role=self.role, order=key, descending=desc)

    def fetch_rows(self, orm: OrmSession, ids: list[int]) -> dict[int, Any]:
        return dict(person_rows(orm, ids))

    def display(self, row: PersonRow, key: str) -> Any:
        if key == "roles":
            labels = {
                "Teilnehmer:in": QCoreApplication.translate("PersonsModel", "Teilnehmer:in"),
                "Referent:in": QCoreApplication.translate("PersonsModel", "Referent:in"),
                "Team": QCoreApplication.translate("PersonsModel", "Team"),
            }
            return ", ".join(labels.get(p, p) for p in row.roles_text.split(", ") if p)
        if key == "consent":
            # Unknown consent counts as no; the list says so.
            def label(value: bool | None) -> str:
                if value is None:
                    return QCoreApplication.translate("PersonsModel", "unbekannt")
                return (QCoreApplication.translate("PersonsModel", "ja") if value
                        else QCoreApplication.translate("PersonsModel", "nein"))

            return f"{label(row.consent_photos)} / {label(row.consent_directory)}"
        if key == "first_name" and row.title:
            return f"{row.title} {row.first_name}"
        return getattr(row, key)
