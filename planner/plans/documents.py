"""Files for the result documents of an analysis process: dossier and cooperation
agreement (`dossier save EVENT --from FILE`, `agreement save … --from FILE`)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field

from planner.plans.schema import FormatName, Strict, parse_first


def _to_date(value: Any) -> date | None:
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, str):
        parsed = parse_first(value, ("%Y-%m-%d", "%d.%m.%Y"))
        if parsed is None:
            raise ValueError(f"„{value}“ ist kein Datum (z. B. 2027-03-02 oder 02.03.2027)")
        return parsed.date()
    raise ValueError("Datum erwartet (z. B. 2027-03-02)")


OptionalDate = Annotated[date | None, BeforeValidator(_to_date)]


class DossierModel(Strict):
    starting_situation: str = Field(default="", max_length=20000)
    fields_of_action: str = Field(default="", max_length=20000)
    work_packages: str = Field(default="", max_length=20000)
    completed_on: OptionalDate = None


class AgreementModel(Strict):
    goals: list[Annotated[str, Field(max_length=500)]] = Field(default_factory=list)
    agreed_formats: list[FormatName] = Field(default_factory=list)
    start_date: OptionalDate = None
    end_date: OptionalDate = None
    status: Literal["draft", "signed", "running", "ended"] = "draft"
    signed_on: OptionalDate = None
    notes: str = Field(default="", max_length=5000)
