"""Core commands: list, person, session, register, attend, check."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.cli.context import CommandContext, parse_datetime, parse_ids
from planner.cli.parsing import add_force_option, add_json_option, command_group
from planner.models import (
    Event,
    Organisation,
    OrganisationKind,
    Person,
    Session,
    Topic,
    Venue,
)
from planner.serialize import event_dict, organisation_dict, person_dict, session_dict, venue_dict
from planner.usecases import attendance, people, planning, registration
from planner.usecases.outcome import Outcome
from planner.wording import count, number

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help="Daten auflisten")
    p.add_argument("what", choices=["events", "sessions", "persons", "municipalities",
                                    "organisations", "venues", "topics"])
    add_json_option(p)
    p.set_defaults(handler=cmd_list)

    person = command_group(sub, "person", "Personen verwalten")
    add = person.add_parser("add", help="Person anlegen")
    add.add_argument("--first-name", required=True)
    add.add_argument("--last-name", required=True)
    add.add_argument("--email")
    add.add_argument("--organisation", type=int, metavar="ID")
    add.add_argument("--function", default="")
    add.add_argument("--role", action="append", choices=["participant", "trainer", "staff"])
    add_json_option(add, saving=True)
    add.set_defaults(handler=cmd_person_add)

    session = command_group(sub, "session", "Termine anlegen und ändern")
    move = session.add_parser("move", help="Termin verschieben")
    move.add_argument("session_id", type=int)
    move.add_argument("--start", required=True)
    move.add_argument("--end", required=True)
    move.add_argument("--venue", type=int, metavar="ID")
    add_force_option(move)
    add_json_option(move, saving=True)
    move.set_defaults(handler=cmd_session_move)
    cancel = session.add_parser("cancel", help="Termin absagen")
    cancel.add_argument("session_id", type=int)
    cancel.add_argument("--reason", required=True)
    add_json_option(cancel, saving=True)
    cancel.set_defaults(handler=cmd_session_cancel)

    reg = sub.add_parser(
        "register", help="Person anmelden oder ihre Buchung ändern (ganze Veranstaltung "
                         "oder Module)",
        description="Meldet die Person an; ist sie schon angemeldet oder auf der Warteliste, "
                    "wird ihre Buchung geändert (ohne --sessions: ganze Veranstaltung).")
    reg.add_argument("event_id", type=int)
    reg.add_argument("person_id", type=int)
    reg.add_argument("--sessions", metavar="ID,...", help="nur diese Termine buchen")
    add_force_option(reg, "Überschneidung trotzdem speichern")
    add_json_option(reg, saving=True)
    reg.set_defaults(handler=cmd_register)

    cancel_reg = sub.add_parser("unregister", help="Anmeldung stornieren")
    cancel_reg.add_argument("event_id", type=int)
    cancel_reg.add_argument("person_id", type=int)
    cancel_reg.add_argument("--reason", required=True)
    cancel_reg.add_argument("--by", choices=["participant", "office"], default="office",
                            help="auf Wunsch der Person (participant) oder durch die Agentur "
                                 "(office, Voreinstellung); bestimmt den Text der Nachricht")
    add_json_option(cancel_reg, saving=True)
    cancel_reg.set_defaults(handler=cmd_unregister)

    att = sub.add_parser("attend", help="Anwesenheit erfassen")
    att.add_argument("session_id", type=int)
    who = att.add_mutually_exclusive_group(required=True)
    who.add_argument("person_id", type=int, nargs="?")
    who.add_argument("--all-registered", action="store_true")
    att.add_argument("--status", choices=["present", "partial", "excused", "absent"],
                     help="Pflicht, außer bei --walk-in (dann: present)")
    att.add_argument("--minutes", type=int)
    att.add_argument("--walk-in", action="store_true",
                     help="vor Ort hinzugekommen: für den Termin anmelden (auch über die "
                          "Kapazität, mit Warnung) und als anwesend erfassen")
    add_json_option(att, saving=True)
    att.set_defaults(handler=cmd_attend, attend_parser=att)

    copy = sub.add_parser("copy", help="Veranstaltung auf neue Termine kopieren")
    copy.add_argument("event_id", type=int)
    copy.add_argument("--weeks", type=int, required=True, help="Verschiebung in Wochen")
    copy.add_argument("--title")
    add_force_option(copy)
    add_json_option(copy, saving=True)
    copy.set_defaults(handler=cmd_copy)

    event = command_group(sub, "event", "Veranstaltungen planen, anzeigen und ändern")
    delete = event.add_parser("delete", help="Veranstaltung ohne Anwesenheiten löschen")
    delete.add_argument("event_id", type=int)
    add_json_option(delete, saving=True)
    delete.set_defaults(handler=cmd_event_delete)

    check = sub.add_parser("check", help="Schema und Integrität der Datenbank prüfen")
    check.set_defaults(handler=cmd_check)


def cmd_list(ctx: CommandContext) -> int:
    what = ctx.args.what
    with ctx.db.reading() as orm:
        if what == "events":
            events = orm.scalars(
                select(Event).options(
                    selectinload(Event.sessions).selectinload(Session.trainer_links),
                    selectinload(Event.office), selectinload(Event.topic),
                ).order_by(Event.id)
            ).all()
            rows = [event_dict(e) for e in events]
        elif what == "sessions":
            sessions = orm.scalars(select(Session).order_by(Session.start)).all()
            rows = [dict(session_dict(s), event_id=s.event_id, event=s.event.title)
                    for s in sessions]
        elif what == "persons":
            rows = [person_dict(p) for p in orm.scalars(select(Person).order_by(Person.id))]
        elif what == "municipalities":
            rows = [organisation_dict(o) for o in orm.scalars(
                select(Organisation).where(Organisation.kind == OrganisationKind.MUNICIPALITY)
                .order_by(Organisation.name))]
        elif what == "organisations":
            rows = [organisation_dict(o) for o in orm.scalars(
                select(Organisation).order_by(Organisation.name))]
        elif what == "topics":
            rows = [{"id": t.id, "name": t.name}
                    for t in orm.scalars(select(Topic).order_by(Topic.name))]
        else:
            rows = [venue_dict(v) for v in orm.scalars(select(Venue).order_by(Venue.id))]
    if ctx.args.json:
        ctx.out_json(rows)
        return 0
    for row in rows:
        ctx.out(_line(what, row))
    return 0


def _line(what: str, row: dict) -> str:
    if what == "events":
        first = row["sessions"][0]["start"][:10] if row["sessions"] else "-"
        return (f"{row['id']:>5}  {row['format']:<16} {row['office']:<8} {first}  "
                f"{count(len(row['sessions']), 'Termin', 'Termine')}  {row['title']}")
    if what == "sessions":
        return (f"{row['id']:>6}  {row['start'][:16].replace('T', ' ')}–{row['end'][11:16]}  "
                f"{row['status']:<9} {row['event']} / {row['title']}  ({row['city'] or '-'})")
    if what == "persons":
        return (f"{row['id']:>6}  {row['last_name']}, {row['first_name']}  "
                f"{row['email'] or ''}  {row['organisation'] or ''}  [{','.join(row['roles'])}]")
    if what in ("municipalities", "organisations"):
        if row["kind"] != "municipality":
            return f"{row['id']:>5}  {row['name']}"
        flag = "  (< 250.000)" if row["below_threshold"] else ""
        people = "?" if row["population"] is None else number(row["population"], 0)
        return f"{row['id']:>5}  {row['name']} ({row['federal_state']}), {people}{flag}"
    if what == "topics":
        return f"{row['id']:>5}  {row['name']}"
    place = f"{row['postcode']} {row['city']}".strip()
    return f"{row['id']:>5}  {row['name']}, {place} ({row['federal_state']})"


def cmd_person_add(ctx: CommandContext) -> int:
    a = ctx.args
    outcome = ctx.write(lambda orm: people.add_person(
        orm, first_name=a.first_name, last_name=a.last_name, email=a.email,
        organisation_id=a.organisation, roles=a.role or ["participant"], function=a.function,
    ))
    new_id = outcome.value.id
    return ctx.saved(str(new_id), ident=new_id, outcome=outcome)


def cmd_session_move(ctx: CommandContext) -> int:
    a = ctx.args
    start, end = parse_datetime(a.start), parse_datetime(a.end)
    kwargs = {"venue_id": a.venue} if a.venue is not None else {}
    outcome = ctx.write(lambda orm: planning.move_session(orm, a.session_id, start, end,
                                                          force=a.force, **kwargs))
    seq = outcome.value.sequence
    return ctx.saved(f"Termin {a.session_id} verschoben (Version {seq}).", ident=a.session_id,
                     outcome=outcome, sequence=seq)


def cmd_session_cancel(ctx: CommandContext) -> int:
    outcome = ctx.write(lambda orm: planning.cancel_session(orm, ctx.args.session_id,
                                                            ctx.args.reason))
    seq = outcome.value.sequence
    return ctx.saved(f"Termin {ctx.args.session_id} abgesagt (Version {seq}).",
                     ident=ctx.args.session_id, outcome=outcome, sequence=seq)


def cmd_register(ctx: CommandContext) -> int:
    a = ctx.args
    session_ids = parse_ids(a.sessions) if a.sessions else None
    def book(orm: OrmSession) -> tuple[Outcome[Any], int, str, list[str]]:
        outcome = registration.book(orm, a.event_id, a.person_id, session_ids, force=a.force)
        reg = outcome.value
        return outcome, reg.id, reg.status, [s.title for s in reg.booked_sessions()]

    outcome, reg_id, status, booked = ctx.write(book)
    label = "Warteliste" if status == "waiting" else "angemeldet"
    what = "ganze Veranstaltung" if not session_ids else ", ".join(booked)
    return ctx.saved(f"Anmeldung {reg_id}: {label} ({what}).", ident=reg_id, outcome=outcome,
                     status=status)


def cmd_unregister(ctx: CommandContext) -> int:
    a = ctx.args

    def cancel(orm: OrmSession) -> tuple[int, Outcome[Any], list[int]]:
        reg = registration.find_registration(orm, a.event_id, a.person_id)
        outcome = registration.cancel_registration(orm, reg.id, a.reason, by=a.by)
        return reg.id, outcome, [r.id for r in outcome.value]

    reg_id, outcome, promoted = ctx.write(cancel)
    return ctx.saved("Anmeldung storniert.", ident=reg_id, outcome=outcome, promoted=promoted)


def cmd_attend(ctx: CommandContext) -> int:
    a = ctx.args
    if a.walk_in:
        return _walk_in(ctx)
    if a.status is None:
        a.attend_parser.error("--status fehlt (present, partial, excused oder absent)")
    if a.all_registered and a.minutes is not None:
        from planner.errors import ValidationError

        raise ValidationError("--minutes gilt nur für eine einzelne Person.")

    def record(orm: OrmSession) -> Outcome[Any]:
        if a.all_registered:
            return attendance.record_all_registered(orm, a.session_id, a.status)
        return attendance.record_attendance(orm, a.session_id, a.person_id, a.status,
                                            minutes=a.minutes)

    outcome = ctx.write(record)
    n = len(outcome.value) if a.all_registered else 1
    return ctx.saved(f"Anwesenheit für {count(n, 'Person', 'Personen')} erfasst.",
                     ident=a.session_id, outcome=outcome, recorded=n)


def _walk_in(ctx: CommandContext) -> int:
    from planner.usecases.walk_in import record_walk_in

    a = ctx.args
    if a.all_registered:
        a.attend_parser.error("--walk-in gilt für eine Person, nicht mit --all-registered")

    def book_and_mark(orm: OrmSession) -> tuple[Outcome[Any], str]:
        outcome = record_walk_in(orm, a.session_id, a.person_id,
                                 status=a.status or "present", minutes=a.minutes)
        return outcome, outcome.value.person.full_name

    outcome, name = ctx.write(book_and_mark)
    return ctx.saved(f"{name}: vor Ort angemeldet und als anwesend erfasst.",
                     ident=a.session_id, outcome=outcome, recorded=1)


def cmd_copy(ctx: CommandContext) -> int:
    a = ctx.args
    outcome = ctx.write(lambda orm: planning.copy_event(orm, a.event_id, weeks=a.weeks,
                                                        title=a.title, force=a.force))
    new_id = outcome.value.id
    return ctx.saved(str(new_id), ident=new_id, outcome=outcome)


def cmd_event_delete(ctx: CommandContext) -> int:
    from planner.usecases.event_removal import delete_event

    outcome = ctx.write(lambda orm: delete_event(orm, ctx.args.event_id))
    return ctx.saved(f"Veranstaltung {ctx.args.event_id} gelöscht.", ident=ctx.args.event_id,
                     outcome=outcome)


def cmd_check(ctx: CommandContext) -> int:
    from planner.errors import DatabaseError

    db = ctx.db
    problems = db.integrity_check()
    if problems:
        raise DatabaseError("Die Datenbank ist beschädigt: " + "; ".join(problems[:5]))
    from planner.gdpr.register import pending

    back = pending(db)
    if back:
        shown = ", ".join(str(p) for p in back[:10]) + (" …" if len(back) > 10 else "")
        raise DatabaseError(
            f"Die Datenbank enthält {len(back)} Person(en), deren Löschung oder "
            f"Anonymisierung beantragt und ausgeführt wurde (Person {shown}): wohl eine "
            "ältere Kopie der Datei. `gdpr reapply` wendet die Löschanträge erneut an.")
    ctx.out(f"Datenbank in Ordnung ({db.display_name}).")
    return 0
