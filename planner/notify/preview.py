"""A template filled with an invented participant and invented dates: the live preview of
the template editor. The text is built by the same functions as real messages."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from planner.mail.settings import SmtpConfig
from planner.models import AgendaItem, Excursion, Office, Person, Session, Venue
from planner.notify.changes import BookingNews, Change, Kind, SessionNews
from planner.notify.content import booking_values, reminder_values, salutation, sender_values
from planner.notify.state import View, view_from
from planner.notify.templates import Template, calendar_note

EVENT_TITLE = {"de": "Fortbildungsreihe Kommunales Bildungsmonitoring 2027",
               "en": "Training series Municipal education monitoring 2027"}
FORMAT = {"de": "Fortbildungsreihe", "en": "Training series"}
_FIRST = datetime(2027, 3, 2, 9, 30)
_VENUE_ID = -1


def _venue() -> Venue:
    return Venue(id=_VENUE_ID, name="Haus der Bildung", street="Markt 1", postcode="04109",
                 city="Leipzig", directions="Straßenbahn 4 bis Markt; Eingang neben dem Café.")


def _view(week: int, *, moved: bool = False, cancelled: bool = False) -> View:
    start = _FIRST + timedelta(weeks=week) + (timedelta(days=1, minutes=30) if moved
                                               else timedelta(0))
    return view_from(start, start + timedelta(hours=7), False, _VENUE_ID, f"Modul {week + 1}",
                     "cancelled" if cancelled else "planned", 0)


def _items(kind: str) -> list[SessionNews]:
    if kind in (Kind.SESSION_MOVED, Kind.BOOKING_CHANGED):
        items = [SessionNews(2, Change.MOVED, _view(1, moved=True), _view(1), "REQUEST", 1)]
        if kind == Kind.BOOKING_CHANGED:
            items.append(SessionNews(4, Change.REMOVED, _view(3), _view(3), "CANCEL", 1))
        return items
    if kind == Kind.SESSION_CANCELLED:
        return [SessionNews(3, Change.CANCELLED, _view(2, cancelled=True), _view(2), "CANCEL",
                            1)]
    if kind == Kind.SESSION_RESTORED:
        return [SessionNews(3, Change.RESTORED, _view(2), _view(2, cancelled=True), "REQUEST",
                            2)]
    if kind == Kind.REPLACEMENT:
        return [SessionNews(7, Change.NEW, _view(6), None, "REQUEST", 0, replaces=3)]
    plain = kind in (Kind.WAITING, Kind.CANCELLED_SELF, Kind.CANCELLED_OFFICE)
    method = None if kind == Kind.WAITING else "CANCEL" if plain else "REQUEST"
    return [SessionNews(n + 1, Change.UNCHANGED if plain else Change.NEW, _view(n), None,
                        method, 0) for n in range(3)]


def _sessions() -> dict[int, Session]:
    cancelled = Session(id=3, title="Modul 3", start=_FIRST + timedelta(weeks=2),
                        cancel_reason="Die Referentin ist erkrankt.")
    return {3: cancelled}


def _reminder_session(lang: str) -> Session:
    session = Session(id=1, title="Modul 1", start=_FIRST, end=_FIRST + timedelta(hours=7),
                      all_day=False, venue=_venue())
    trainer = Person(first_name="Małgorzata", last_name="Kowalczyk-Şen", title="")
    session.agenda = [AgendaItem(start=time(9, 30), end=time(12, 0),
                                 title="Daten im Bildungsmonitoring", speakers=[trainer])]
    session.excursion = Excursion(site="Bildungsbüro Leipzig", street="Burgplatz 1",
                                  postcode="04109", city="Leipzig", start=time(14, 0),
                                  end=time(16, 0), host_contact="Frau Berger", description="")
    session.trainer_links = []
    del lang
    return session


def example_values(kind: str, lang: str, office: Office,
                   config: SmtpConfig | None = None) -> dict[str, str]:
    """Every placeholder's value for an invented message of this kind."""
    person = Person(title="Dr.", first_name="Erika", last_name="Mustermann")
    values = {"anrede": salutation(person, lang), "vorname": person.first_name,
              "nachname": person.last_name, "veranstaltung": EVENT_TITLE[lang],
              "format": FORMAT[lang]}
    values |= sender_values(office, config or SmtpConfig(), lang)
    if kind == Kind.REMINDER:
        values |= reminder_values(_reminder_session(lang), lang)
        values["leitung"] = "Małgorzata Kowalczyk-Şen"
        values["kalender"] = ""
        return values
    items = _items(kind)
    news = BookingNews(kind, None, "waiting" if kind == Kind.WAITING else "registered",
                       3 if kind == Kind.WAITING else None, items)
    registration = _Registration("Dienstreise nicht genehmigt" if kind in (
        Kind.CANCELLED_SELF, Kind.CANCELLED_OFFICE) else "")
    values |= booking_values(news, registration, lang,  # type: ignore[arg-type]
                             {_VENUE_ID: _venue()}, _sessions())
    values["kalender"] = calendar_note([i.method for i in items if i.method], kind, lang)
    return values


class _Registration:
    def __init__(self, reason: str) -> None:
        self.cancel_reason = reason


def preview(template: Template, office: Office, config: SmtpConfig | None = None
            ) -> tuple[str, str]:
    """Subject and text of `template` for the invented participant."""
    return template.render(example_values(template.kind, template.language, office, config))
