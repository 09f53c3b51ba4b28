"""What one event day's signature list shows, shared by the .xlsx and the PDF writer.

A list goes round a room: it carries names and organisations only, never e-mail addresses
or phone numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

WALK_IN_ROWS = 5
TITLE = "Unterschriftenliste"
COLUMNS = ("Nr.", "Nachname", "Vorname", "Organisation/Kommune", "Unterschrift")
TRAINER_LABEL = "Unterschrift Referent:in"


@dataclass
class SignatureRow:
    last_name: str
    first_name: str
    organisation: str


@dataclass
class SignatureSheet:
    """Everything printed on one event day's list (no contact data by construction)."""

    event_title: str
    format_label: str
    session_title: str
    day: date
    date_text: str
    times_text: str
    venue_text: str
    units_text: str
    office_text: str
    funding_note: str
    trainers: list[str] = field(default_factory=list)
    rows: list[SignatureRow] = field(default_factory=list)
    replaces_text: str = ""  # a replacement date: the cancelled session it replaces

    @property
    def header_lines(self) -> list[tuple[str, str]]:
        replaces = [("Ersatz für", self.replaces_text)] if self.replaces_text else []
        return [
            ("Veranstaltung", self.event_title),
            ("Format", self.format_label),
            ("Termin", self.session_title),
            *replaces,
            ("Datum", self.date_text),
            ("Uhrzeit", self.times_text),
            ("Ort", self.venue_text),
            ("Unterrichtseinheiten", self.units_text),
            ("Veranstalter", self.office_text),
            ("Referent:in", ", ".join(self.trainers) or "–"),
        ]

    @property
    def short_title(self) -> str:
        return f"{self.day:%d.%m.%Y} {self.session_title}".strip()
