"""Which column of an online survey's export holds what.

Survey tools (LimeSurvey, Microsoft Forms, and similar) write one row per response, the
question texts (or codes) as headings, and some columns about the response itself. Each
column is matched to a questionnaire item, to the response's id or submission time (used
only to recognise duplicates, never stored), or left out. Columns about a person (name,
e-mail, IP address, access token) are never imported, whatever the mapping says.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence

from planner.errors import ValidationError
from planner.evaluation.answers import ItemSpec
from planner.imports.columns import apply_overrides, field_for, heading_key

RESPONSE_ID, SUBMITTED = "response_id", "submitted_at"
META_FIELDS = {RESPONSE_ID: "Antwort-Nr. (ID)", SUBMITTED: "Abgeschickt am"}
_META_SYNONYMS = {
    RESPONSE_ID: ("ID", "Antwort-ID", "Antwort ID", "Antwortnummer", "Response ID",
                  "Respondent ID", "Laufende Nummer", "Antwort-Nr.", "Datensatz-ID"),
    SUBMITTED: ("submitdate", "Datum Abgeschickt", "Abgeschickt", "Abgeschickt am",
                "Completion time", "Abschlusszeit", "Fertigstellungszeit", "Submitted",
                "Submitted at", "Submission time", "Zeitpunkt der Abgabe", "Zeitstempel",
                "Timestamp", "End date", "Enddatum"),
}
# Columns about the survey run, not the answers: left out without comment.
_TECHNICAL = ("lastpage", "Letzte Seite", "startlanguage", "Start-Sprache", "Sprache",
              "Language", "seed", "Startwert", "startdate", "Start time", "Startzeit",
              "Startdatum", "datestamp", "Datum letzte Aktivität", "Last modified time",
              "Letzte Änderung", "Zeit der letzten Änderung", "refurl", "Referrer-URL",
              "interviewtime", "Gesamtzeit", "Duration", "Dauer")
# Columns that identify a person beyond the registration import's own name/e-mail/…
_PERSONAL = ("IP", "ipaddr", "IP-Adresse", "IP address", "token", "Zugangsschlüssel",
             "Zugangscode", "Access code", "Teilnehmer-ID", "Participant ID")
_PERSONAL_FIELDS = {"name", "first_name", "last_name", "email", "phone", "title"}
_NUMBERING = re.compile(r"^\s*(?:[A-Za-z]{0,3}\d{1,3}[a-z]?\s*[.:)\-–]\s*)")
_CODE_IN_BRACKETS = re.compile(r"\[([A-Za-z0-9_]+)\]")

_META_LOOKUP = {heading_key(s): f for f, words in _META_SYNONYMS.items() for s in words}
_TECHNICAL_KEYS = {heading_key(s) for s in _TECHNICAL}
_PERSONAL_KEYS = {heading_key(s) for s in _PERSONAL}


def is_personal(heading: str) -> bool:
    """True for a column about a person (never imported, never mappable)."""
    key = heading_key(heading or "")
    return bool(key) and (key in _PERSONAL_KEYS or field_for(heading) in _PERSONAL_FIELDS)


def is_technical(heading: str) -> bool:
    return heading_key(heading or "") in _TECHNICAL_KEYS


def _question_key(heading: str) -> str:
    return heading_key(_NUMBERING.sub("", heading or "", count=1))


def _item_for(heading: str, items: Sequence[ItemSpec], taken: set[str]) -> str | None:
    free = [i for i in items if i.code not in taken]
    for code in _CODE_IN_BRACKETS.findall(heading or ""):
        if any(i.code == code for i in free):
            return code
    key, plain = _question_key(heading), heading_key(heading or "")
    if not key:
        return None
    for item in free:
        if key == heading_key(item.text) or plain == heading_key(item.code):
            return item.code
    scored = [(difflib.SequenceMatcher(None, key, heading_key(i.text)).ratio(), i.code)
              for i in free]
    best = max(scored, default=(0.0, ""))
    return best[1] if best[0] >= 0.85 else None


def match_survey_columns(headers: Sequence[str],
                         items: Sequence[ItemSpec]) -> dict[int, str | None]:
    """Column index → item code, RESPONSE_ID, SUBMITTED, or None (not imported)."""
    result: dict[int, str | None] = {}
    taken: set[str] = set()
    for i, heading in enumerate(headers):
        target: str | None = None
        if not is_personal(heading) and not is_technical(heading):
            meta = _META_LOOKUP.get(heading_key(heading or ""))
            target = meta if meta is not None else _item_for(heading, items, taken)
        if target is not None and target in taken:
            target = None
        if target is not None:
            taken.add(target)
        result[i] = target
    return result


def survey_header_score(items: Sequence[ItemSpec]):  # noqa: ANN201
    """How many cells of a row look like this questionnaire's headings."""
    def score(row: Sequence[object]) -> int:
        headings = [c for c in row if isinstance(c, str) and c.strip()]
        matched = match_survey_columns(headings, items)
        return sum(1 for t in matched.values() if t is not None) + \
            sum(1 for h in headings if is_personal(h) or is_technical(h))
    return score


def survey_fields(items: Sequence[ItemSpec]) -> dict[str, str]:
    """Everything a column may be mapped to: item codes and the two response columns."""
    return {**{i.code: i.short for i in items}, **META_FIELDS}


def override_survey_mapping(headers: Sequence[str], mapping: dict[int, str | None],
                            overrides: Mapping[str, str | None],
                            items: Sequence[ItemSpec]) -> dict[int, str | None]:
    """Apply a manual mapping; a column about a person can never be mapped."""
    result = apply_overrides(headers, mapping, overrides, survey_fields(items))
    for i, target in result.items():
        if target is not None and is_personal(headers[i]):
            raise ValidationError(f"Die Spalte „{headers[i]}“ enthält Angaben zur Person und "
                                  "wird nie übernommen: Rückmeldungen bleiben anonym.")
    return result
