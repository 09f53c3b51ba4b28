"""Compose outbox rows into the messages as they will be sent: text from the office's
template in the participant's language, per-participant calendar objects, the channel
(e-mail, or a letter for people without an e-mail address) and what the participant will
know afterwards. Everything needed for a run is loaded in a handful of queries.

The result holds no ORM objects, so delivery runs outside any transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import joinedload, selectinload

from planner.errors import PlannerError
from planner.exports.ical_events import load_sessions
from planner.mail.compose import Attachment, Calendar, address, build_message
from planner.mail.prepare import sender_of
from planner.mail.settings import SmtpConfig, load_config
from planner.models import (
    Event,
    OutboxMessage,
    OutboxStatus,
    OutboxTopic,
    Person,
    Registration,
    RegistrationStatus,
    Session,
    Venue,
)
from planner.notify.calendar import ParticipantCalendars, calendar_file_name
from planner.notify.changes import BookingNews, Kind, booking_news
from planner.notify.clock import local_now
from planner.notify.content import (
    booking_values,
    person_values,
    reminder_values,
    sender_values,
)
from planner.notify.state import State, current_state, view_of
from planner.notify.templates import TemplateCache, calendar_note

EMAIL, LETTER = "email", "letter"


@dataclass
class CalendarPart:
    session_id: int
    uid: str
    method: str
    sequence: int
    filename: str
    data: bytes


@dataclass
class Composed:
    row_id: int
    revision: int
    topic: str
    person_id: int
    event_id: int
    kind: str  # "" when nothing is left to say (the row becomes obsolete)
    language: str = "de"
    channel: str = ""  # EMAIL, LETTER, or "" when it cannot be delivered (see `problem`)
    problem: str = ""
    recipient: str = ""
    address: str = ""
    postal: list[str] = field(default_factory=list)
    subject: str = ""
    body: str = ""
    edited: bool = False
    calendars: list[CalendarPart] = field(default_factory=list)
    known_after: State | None = None
    sender: Address | None = None
    reply_to: Address | None = None
    event_title: str = ""
    office_name: str = ""

    @property
    def obsolete(self) -> bool:
        return not self.kind

    def email(self, message_id: str | None = None,
              date: datetime | None = None) -> EmailMessage:
        """The message to send; `message_id` keeps the one of an earlier attempt."""
        if self.sender is None or self.channel != EMAIL:
            raise PlannerError(self.problem or "Diese Nachricht geht nicht per E-Mail.")
        to = address(self.recipient, self.address)
        single = self.calendars[0] if len(self.calendars) == 1 else None
        extra = [Attachment(c.filename, c.data, "text", "calendar",
                            {"method": c.method, "charset": "UTF-8"})
                 for c in self.calendars] if single is None else []
        msg = build_message(self.sender, to, self.subject, self.body, attachments=extra,
                            reply_to=self.reply_to, date=date,
                            calendar=Calendar(single.filename, single.data, single.method)
                            if single is not None else None)
        if message_id:
            msg.replace_header("Message-ID", message_id)
        return msg


class _Loaded:
    """Everything a compose run reads, loaded once."""

    def __init__(self, orm: OrmSession, rows: list[OutboxMessage]) -> None:
        self.persons = {p.id: p for p in orm.scalars(
            select(Person).where(Person.id.in_({r.person_id for r in rows}))
            .options(joinedload(Person.organisation)))}
        reg_ids = {r.registration_id for r in rows if r.registration_id is not None}
        regs = list(orm.scalars(
            select(Registration).where(Registration.id.in_(reg_ids))
            .options(joinedload(Registration.event).options(
                joinedload(Event.office), selectinload(Event.sessions)),
                selectinload(Registration.chosen_sessions)))) if reg_ids else []
        self.registrations = {r.id: r for r in regs}
        wanted: set[int] = {r.session_id for r in rows if r.session_id is not None}
        for row in rows:
            wanted |= {int(sid) for sid in (row.before or {}).get("sessions", {})}
        for reg in regs:
            wanted |= {s.id for s in reg.booked_sessions()}
        self.sessions = {s.id: s for s in load_sessions(orm, Session.id.in_(wanted))} \
            if wanted else {}
        # Replacement dates (planner.usecases.replacement): new session -> the cancelled
        # one it replaces, for the cancelled sessions these participants knew of.
        self.replacements: dict[int, int] = {
            new: old for new, old in orm.execute(
                select(Session.id, Session.replaces_id).where(Session.replaces_id.in_(wanted)))
        } if wanted else {}
        venue_ids = {s.venue_id for s in self.sessions.values() if s.venue_id}
        for row in rows:
            venue_ids |= {v.get("venue_id") for v in (row.before or {}).get(
                "sessions", {}).values() if v.get("venue_id")}
        self.venues = {v.id: v for v in orm.scalars(select(Venue).where(
            Venue.id.in_(venue_ids)))} if venue_ids else {}
        self.positions: dict[int, int] = {}
        waiting_events = {r.event_id for r in regs if r.status == RegistrationStatus.WAITING}
        for event_id in waiting_events:
            ordered = orm.scalars(select(Registration.id).where(
                Registration.event_id == event_id,
                Registration.status == RegistrationStatus.WAITING)
                .order_by(Registration.registered_at, Registration.id))
            self.positions.update({rid: n for n, rid in enumerate(ordered, 1)})
        self.events = {e.id: e for e in orm.scalars(select(Event).where(
            Event.id.in_({r.event_id for r in rows})).options(joinedload(Event.office)))}
        reminder_regs = [r.registration_id for r in rows
                         if r.topic == OutboxTopic.REMINDER and r.registration_id]
        self.told: dict[int, State] = {}
        if reminder_regs:
            for reg_id, known in orm.execute(
                    select(OutboxMessage.registration_id, OutboxMessage.known_after)
                    .where(OutboxMessage.registration_id.in_(reminder_regs),
                           OutboxMessage.topic == OutboxTopic.BOOKING,
                           OutboxMessage.status.in_(OutboxStatus.SETTLED),
                           OutboxMessage.known_after.is_not(None))
                    .order_by(OutboxMessage.id)):
                self.told[reg_id] = known


def _channel(composed: Composed, person: Person) -> None:
    composed.recipient = person.full_name
    if person.email:
        try:
            address(person.full_name, person.email)
        except PlannerError as exc:
            composed.problem = exc.message + " Bitte die Adresse der Person korrigieren."
            return
        composed.channel, composed.address = EMAIL, person.email
        return
    if person.has_postal_address:
        composed.channel = LETTER
        org = person.organisation.name if person.organisation is not None else ""
        composed.postal = [line for line in (
            org, person.full_name, person.street.strip(),
            f"{person.postcode.strip()} {person.city.strip()}") if line]
        return
    composed.problem = (f"Für {person.full_name} ist weder eine E-Mail-Adresse noch eine "
                        "Postanschrift hinterlegt.")


class Composer:
    def __init__(self, orm: OrmSession, config: SmtpConfig | None = None,
                 now: datetime | None = None, *, calendars: bool = True) -> None:
        self.orm = orm
        self.with_calendars = calendars
        self.config = config or load_config(orm)
        self.now = now or local_now()
        self.templates = TemplateCache(orm)
        self._calendars: ParticipantCalendars | None = None
        self._senders: dict[int, tuple[Address, Address | None] | str] = {}

    @property
    def calendars(self) -> ParticipantCalendars:
        if self._calendars is None:
            self._calendars = ParticipantCalendars(self.config.sender)
        return self._calendars

    def _sender(self, composed: Composed, event: Event) -> None:
        found = self._senders.get(event.office_id)
        if found is None:
            try:
                found = sender_of(event.office, self.config)
            except PlannerError as exc:
                found = exc.message
            self._senders[event.office_id] = found
        if isinstance(found, str):
            if composed.channel == EMAIL:
                composed.problem = found
        else:
            composed.sender, composed.reply_to = found

    def compose(self, rows: list[OutboxMessage]) -> list[Composed]:
        loaded = _Loaded(self.orm, rows)
        return [self._one(row, loaded) for row in rows]

    def _one(self, row: OutboxMessage, loaded: _Loaded) -> Composed:
        composed = Composed(row.id, row.revision, row.topic, row.person_id, row.event_id, "")
        person = loaded.persons.get(row.person_id)
        event = loaded.events.get(row.event_id)
        reg = loaded.registrations.get(row.registration_id or -1)
        if person is None or event is None or reg is None or person.anonymised_on is not None:
            return composed
        lang = person.language if person.language in ("de", "en") else "de"
        composed.language = lang
        composed.event_title, composed.office_name = event.title, event.office.name
        values: dict[str, str] = person_values(person, event, lang)
        values |= sender_values(event.office, self.config, lang)
        if row.topic == OutboxTopic.REMINDER:
            session = loaded.sessions.get(row.session_id or -1)
            if session is None or not self._reminder_still_due(session, reg):
                return composed
            composed.kind = Kind.REMINDER
            values |= reminder_values(session, lang)
            told = loaded.told.get(reg.id, {}).get("sessions", {}).get(str(session.id), {})
            sequence = max(session.sequence, int(told.get("sent_seq", session.sequence)))
            plan: list[tuple[Session, str | None, int]] = [(session, "REQUEST", sequence)]
        else:
            news = self._news(row, reg, loaded)
            if not news.kind:
                return composed
            composed.kind = news.kind
            composed.known_after = news.known_after
            values |= booking_values(news, reg, lang, loaded.venues, loaded.sessions)
            plan = [(loaded.sessions[item.session_id], item.method, item.sequence)
                    for item in news.calendar if item.session_id in loaded.sessions]
        _channel(composed, person)
        self._sender(composed, event)
        methods = [method for _s, method, _q in plan if method is not None]
        values["kalender"] = calendar_note(methods, composed.kind, lang) \
            if composed.channel == EMAIL else ""
        if row.edited:
            composed.subject, composed.body, composed.edited = row.subject, row.body, True
        else:
            template = self.templates.get(event.office.code, composed.kind, lang)
            composed.subject, composed.body = template.render(values)
        if composed.channel == EMAIL and self.with_calendars:
            for session, method, sequence in plan:
                if method is None:
                    continue
                data = self.calendars.build(session, person, method=method, sequence=sequence)
                composed.calendars.append(CalendarPart(
                    session.id, session.uid, method, sequence,
                    calendar_file_name(session, method, lang), data))
        return composed

    def _reminder_still_due(self, session: Session, reg: Registration) -> bool:
        return (not session.is_cancelled and session.start > self.now
                and reg.status == RegistrationStatus.REGISTERED
                and session in reg.booked_sessions())

    def _news(self, row: OutboxMessage, reg: Registration, loaded: _Loaded) -> BookingNews:
        current = current_state(reg, loaded.positions.get(reg.id))
        before: dict[str, Any] = row.before or {}
        latest = {sid: view_of(loaded.sessions[int(sid)])
                  for sid in before.get("sessions", {})
                  if sid not in current["sessions"] and int(sid) in loaded.sessions}
        known = before.get("sessions", {})
        replaces = {new: old for new, old in loaded.replacements.items() if str(old) in known}
        return booking_news(before, current, latest, self.now, cancelled_by=reg.cancelled_by,
                            replaces=replaces)


def compose_rows(orm: OrmSession, rows: list[OutboxMessage], *,
                 config: SmtpConfig | None = None, now: datetime | None = None,
                 calendars: bool = True) -> list[Composed]:
    """The messages of `rows`; without `calendars` the .ics parts are left out (lists)."""
    return Composer(orm, config, now, calendars=calendars).compose(rows)
