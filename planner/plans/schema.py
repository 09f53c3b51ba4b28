"""The plan file: one event of any format with its sessions, as TOML or JSON.

`event create --from plan.toml` reads it, `event show ID --json` writes it. References to
records (venue, trainers, municipalities, expert, topic, speakers) are a number (the id),
a text (name; for persons also the e-mail address) or `{id = 3, name = "…"}` as
`event show` writes them (the id counts; the name is a check for the reader).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationInfo,
    field_validator,
    model_validator,
)

from planner.models.enums import AgendaKind, EventFormat, SessionKind
from planner.timezones import to_local_naive
from planner.validation import EARLIEST_YEAR, LATEST_YEAR

FormatName = Literal["training_series", "network_group", "conference", "coaching",
                     "analysis"]
SessionKindName = Literal["module", "meeting", "conference_day", "workshop", "pre_talk",
                          "analysis_workshop"]
AgendaKindName = Literal["talk", "panel", "workshop", "break"]

assert set(FormatName.__args__) == {f.value for f in EventFormat}  # type: ignore[attr-defined]
assert set(SessionKindName.__args__) == {k.value for k in SessionKind}  # type: ignore[attr-defined]
assert set(AgendaKindName.__args__) == {k.value for k in AgendaKind}  # type: ignore[attr-defined]


class Strict(BaseModel):
    """Unknown keys are errors: a typo must not silently drop a value."""

    # strict: `capacity = true` or `"12"` is a mistake, not 1 or 12.
    model_config = ConfigDict(extra="forbid", strict=True)


class Ref(Strict):
    """A record by number, by name, or both (then the number counts)."""

    id: int | None = Field(default=None, gt=0)
    name: str | None = None

    @model_validator(mode="after")
    def _one_given(self) -> Ref:
        if self.id is None and not (self.name or "").strip():
            raise ValueError("Nummer oder Name angeben")
        return self


def _to_ref(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError("Nummer, Name oder {id = …, name = …} angeben, nicht true/false")
    if isinstance(value, int):
        return {"id": value}
    if isinstance(value, str):
        return {"name": value}
    if isinstance(value, dict):
        return value
    raise ValueError("Nummer, Name oder {id = …, name = …} angeben")


RefField = Annotated[Ref, BeforeValidator(_to_ref)]


def _office_key(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError("Standort als Kürzel, Stadt oder Nummer angeben (z. B. \"berlin\")")
    return value


OfficeKey = Annotated[int | str, BeforeValidator(_office_key)]

_DATETIME_EXAMPLE = "z. B. 2027-03-02T09:30 oder 02.03.2027 09:30"


def _to_datetime(value: Any) -> datetime:
    """TOML datetimes, ISO text or German dd.mm.yyyy HH:MM; an offset becomes Berlin time."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        raise ValueError(f"Datum ohne Uhrzeit ({_DATETIME_EXAMPLE})")
    elif isinstance(value, str):
        text = value.strip()
        try:
            parsed = datetime.strptime(text, "%d.%m.%Y %H:%M")
        except ValueError:
            try:
                parsed = datetime.fromisoformat(text)
            except ValueError:
                raise ValueError(f"„{value}“ ist kein Datum mit Uhrzeit ({_DATETIME_EXAMPLE})"
                                 ) from None
        if len(text) <= 10:
            raise ValueError(f"Datum ohne Uhrzeit ({_DATETIME_EXAMPLE})")
    else:
        raise ValueError(f"Datum mit Uhrzeit erwartet ({_DATETIME_EXAMPLE})")
    if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
        raise ValueError(f"das Jahr {parsed.year} liegt nicht zwischen {EARLIEST_YEAR} und "
                         f"{LATEST_YEAR}")
    if parsed.tzinfo is not None:
        parsed = to_local_naive(parsed)
    return parsed.replace(microsecond=0)


def parse_first(text: str, formats: tuple[str, ...]) -> datetime | None:
    """The text read with the first of the strptime formats that fits, else None."""
    for fmt in formats:
        try:
            return datetime.strptime(text.strip(), fmt)
        except ValueError:
            pass
    return None


def _to_time(value: Any) -> time | None:
    if value is None:
        return None
    if isinstance(value, time):
        return value.replace(microsecond=0)
    if isinstance(value, str):
        parsed = parse_first(value, ("%H:%M", "%H:%M:%S", "%H.%M"))
        if parsed is None:
            raise ValueError(f"„{value}“ ist keine Uhrzeit (z. B. 09:30)")
        return parsed.time()
    raise ValueError("Uhrzeit erwartet (z. B. 09:30)")


def _timespec(value: datetime | time) -> str:
    return "seconds" if value.second else "minutes"


LocalDateTime = Annotated[
    datetime, BeforeValidator(_to_datetime),
    PlainSerializer(lambda v: v.isoformat(timespec=_timespec(v)), return_type=str),
]
TimeOfDay = Annotated[
    time, BeforeValidator(_to_time),
    PlainSerializer(lambda v: v.isoformat(timespec=_timespec(v)), return_type=str),
]
OptionalTime = Annotated[
    time | None, BeforeValidator(_to_time),
    PlainSerializer(lambda v: None if v is None else v.isoformat(timespec=_timespec(v)),
                    return_type=str | None),
]
Count = Annotated[int, Field(ge=0, le=1_000_000)]


class AgendaItemModel(Strict):
    """A programme item (talk, panel, workshop, break) of a conference day or session."""

    start: TimeOfDay
    end: OptionalTime = None
    title: str = Field(min_length=1, max_length=300)
    kind: AgendaKindName = "talk"
    speakers: list[RefField] = Field(default_factory=list)
    description: str = Field(default="", max_length=5000)


class ExcursionModel(Strict):
    """A visit to a good-practice site during a network-tour meeting."""

    site: str = Field(min_length=1, max_length=300)
    street: str = Field(default="", max_length=200)
    postcode: str = Field(default="", max_length=20)
    city: str = Field(default="", max_length=100)
    host_contact: str = Field(default="", max_length=300)
    start: OptionalTime = None
    end: OptionalTime = None
    description: str = Field(default="", max_length=5000)


class SessionModel(Strict):
    """One dated part of the event (module, meeting, conference day, workshop, pre-talk)."""

    id: int | None = None  # written by `event show`; ignored when creating
    title: str = Field(default="", max_length=300)
    kind: SessionKindName | None = None
    start: LocalDateTime
    end: LocalDateTime
    all_day: bool = False
    venue: RefField | None = None
    host_municipality: RefField | None = None
    trainers: list[RefField] = Field(default_factory=list)
    capacity: Count | None = None
    break_minutes: Annotated[int, Field(ge=0, le=24 * 60)] | None = None
    notes: str = Field(default="", max_length=5000)
    # `event show` lists cancelled sessions too; creating skips them (with a warning).
    status: Literal["planned", "cancelled"] = "planned"
    cancel_reason: str = Field(default="", max_length=2000)
    agenda: list[AgendaItemModel] = Field(default_factory=list)
    excursion: ExcursionModel | None = None

    @field_validator("end")
    @classmethod
    def _ends_after_start(cls, end: datetime, info: ValidationInfo) -> datetime:
        start = info.data.get("start")
        if start is not None and end <= start:
            raise ValueError(f"das Ende ({end:%d.%m.%Y %H:%M}) liegt nicht nach dem "
                             f"Beginn ({start:%d.%m.%Y %H:%M})")
        return end


class SessionChangesModel(Strict):
    """`session edit ID --from FILE`: the keys given are changed, the others stay.

    The same keys as a `[[sessions]]` entry; `agenda` and `excursion` replace the session's
    programme and excursion (in JSON, `"excursion": null` removes it).
    """

    title: str | None = Field(default=None, min_length=1, max_length=300)
    start: LocalDateTime | None = None
    end: LocalDateTime | None = None
    venue: RefField | None = None
    host_municipality: RefField | None = None
    trainers: list[RefField] | None = None
    capacity: Count | None = None
    break_minutes: Annotated[int, Field(ge=0, le=24 * 60)] | None = None
    notes: str | None = Field(default=None, max_length=5000)
    agenda: list[AgendaItemModel] | None = None
    excursion: ExcursionModel | None = None


class PlanDocument(Strict):
    """One event with everything needed to plan it again."""

    id: int | None = None  # written by `event show`; ignored when creating
    format: FormatName
    title: str = Field(min_length=1, max_length=300)
    office: OfficeKey
    topic: RefField | None = None
    description: str = Field(default="", max_length=10000)
    capacity: Count | None = None
    unit_minutes: Annotated[int, Field(ge=1, le=600)] = 45
    break_minutes: Annotated[int, Field(ge=0, le=24 * 60)] = 60
    certificate_threshold: Annotated[float, Field(gt=0.5, le=1.0)] = 0.8
    funding_note: str | None = Field(default=None, max_length=300)
    expert: RefField | None = None
    municipalities: list[RefField] = Field(default_factory=list)
    # A training series has six modules; another number must be confirmed with this.
    allow_module_count: bool = False
    sessions: list[SessionModel] = Field(min_length=1)


# German names of the fields, for error messages ("Beginn (sessions[2].start)").
FIELD_LABELS = {
    "format": "Format", "title": "Titel", "office": "Standort", "topic": "Thema",
    "description": "Beschreibung", "capacity": "Kapazität",
    "unit_minutes": "Minuten je Unterrichtseinheit", "break_minutes": "Pause (Minuten)",
    "certificate_threshold": "Schwelle für Bescheinigungen", "funding_note": "Förderhinweis",
    "expert": "Expert*in", "municipalities": "Kommunen", "sessions": "Termine",
    "allow_module_count": "andere Modulzahl bestätigt", "kind": "Art", "start": "Beginn",
    "end": "Ende", "all_day": "ganztägig", "venue": "Veranstaltungsort",
    "host_municipality": "gastgebende Kommune", "trainers": "Trainer*innen", "notes": "Notiz",
    "status": "Status", "cancel_reason": "Absagegrund", "agenda": "Programm",
    "excursion": "Exkursion", "speakers": "Vortragende", "site": "Ort der Exkursion",
    "street": "Straße", "postcode": "PLZ", "city": "Stadt", "host_contact": "Kontakt vor Ort",
    "id": "Nummer", "name": "Name",
    "starting_situation": "Ausgangslage", "fields_of_action": "Handlungsfelder",
    "work_packages": "Arbeitspakete", "completed_on": "abgeschlossen am", "goals": "Ziele",
    "agreed_formats": "vereinbarte Formate", "start_date": "Beginn", "end_date": "Ende",
    "signed_on": "unterzeichnet am",
}
