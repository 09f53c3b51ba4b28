"""The agency's standard set of feedback items, and the kinds of items there are.

The migration that created the evaluation tables inserted a frozen copy of this set; new
databases get it the same way. Codes are stable: surveys and exports refer to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SCALE, CHOICE, TEXT = "scale", "choice", "text"
KIND_LABELS_DE = {SCALE: "Skala 1–5", CHOICE: "Einfachauswahl", TEXT: "Freitext"}
SCALE_POINTS = 5
MAX_OPTIONS = 8
# Codes an item may not take: they name the survey import's extra columns.
RESERVED_CODES = frozenset({"response_id", "submitted_at", "session"})


@dataclass(frozen=True)
class StandardItem:
    code: str
    kind: str
    text: str
    low_label: str = ""
    high_label: str = ""
    options: tuple[str, ...] = field(default_factory=tuple)


STANDARD_ITEMS: tuple[StandardItem, ...] = (
    StandardItem("overall", SCALE, "Wie zufrieden sind Sie insgesamt mit der Veranstaltung?",
                 "gar nicht zufrieden", "sehr zufrieden"),
    StandardItem("relevance", SCALE,
                 "Wie wichtig sind die Inhalte für die Arbeit in Ihrer Kommune?",
                 "gar nicht wichtig", "sehr wichtig"),
    StandardItem("application", CHOICE, "Was werden Sie in Ihrer Arbeit vor allem anwenden?",
                 options=("Fachwissen", "Methoden und Instrumente", "Beispiele guter Praxis",
                          "Kontakte aus dem Austausch", "Voraussichtlich nichts davon")),
    StandardItem("organisation", SCALE,
                 "Wie bewerten Sie die Organisation (Einladung, Ort, Ablauf)?",
                 "sehr schlecht", "sehr gut"),
    StandardItem("trainer", SCALE, "Wie bewerten Sie die Referent:innen?",
                 "sehr schlecht", "sehr gut"),
    StandardItem("takeaway", TEXT, "Was nehmen Sie mit?"),
    StandardItem("missing", TEXT, "Was fehlt?"),
)

DEFAULT_TITLE = "Rückmeldebogen"
DEFAULT_INTRO = ("Ihre Rückmeldung hilft uns, unsere Angebote zu verbessern. Der Bogen ist "
                 "anonym: bitte keinen Namen eintragen. Kreuzen Sie je Frage ein Kästchen an "
                 "(1 = niedrigster, 5 = höchster Wert).")
