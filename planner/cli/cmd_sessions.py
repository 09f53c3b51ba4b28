"""`session add EVENT` and `session edit ID` (move and cancel: cmd_core)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from planner.cli.context import CommandContext, parse_datetime
from planner.cli.parsing import (
    add_force_option,
    add_json_option,
    command_group,
    id_list,
    optional_int,
)
from planner.errors import ValidationError
from planner.models.enums import SessionKind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession


def register(sub: argparse._SubParsersAction) -> None:
    session = command_group(sub, "session", "Termine anlegen und ändern")

    add = session.add_parser(
        "add", help="Termin zu einer Veranstaltung hinzufügen",
        description="Entweder --start/--end und weitere Angaben, oder --from mit einer Datei, "
                    "die einen Termin wie ein [[sessions]]-Eintrag der Plandatei beschreibt "
                    "(mit Programm und Exkursion).")
    add.add_argument("event_id", type=int, metavar="EVENT")
    add.add_argument("--from", dest="plan", metavar="FILE",
                     help="Termin aus einer .toml/.json-Datei")
    add.add_argument("--start", metavar="DATUM", help="z. B. 2027-03-02T09:30")
    add.add_argument("--end", metavar="DATUM")
    add.add_argument("--title")
    add.add_argument("--kind", choices=[k.value for k in SessionKind])
    add.add_argument("--venue", type=int, metavar="ID")
    add.add_argument("--trainers", metavar="ID,…")
    add.add_argument("--host-municipality", type=int, metavar="ID")
    add.add_argument("--capacity", type=int, metavar="N")
    add.add_argument("--break-minutes", type=int, metavar="N")
    add.add_argument("--all-day", action="store_true")
    add.add_argument("--notes", default="")
    add_force_option(add)
    add_json_option(add, saving=True)
    add.set_defaults(handler=cmd_session_add)

    rep = session.add_parser(
        "replace", help="Ersatztermin für einen abgesagten Termin (Buchungen wandern mit)",
        description="Legt den Ersatztermin an (Art, Titel „… (Ersatztermin)“, Ort, "
                    "Referent:innen und Kapazität wie der abgesagte Termin, sofern nicht "
                    "angegeben) und bucht alle, die den abgesagten Termin einzeln gebucht "
                    "hatten, auf ihn um; wer nicht umgebucht werden kann (ausgebucht, zur "
                    "selben Zeit anderweitig angemeldet), wird genannt.")
    rep.add_argument("session_id", type=int, metavar="ABGESAGTER_TERMIN")
    rep.add_argument("--start", required=True, metavar="DATUM", help="z. B. 2027-05-04T09:30")
    rep.add_argument("--end", required=True, metavar="DATUM")
    rep.add_argument("--title")
    rep.add_argument("--venue", type=int, metavar="ID")
    rep.add_argument("--trainers", metavar="ID,…")
    rep.add_argument("--capacity", type=int, metavar="N")
    add_force_option(rep)
    add_json_option(rep, saving=True)
    rep.set_defaults(handler=cmd_session_replace)

    edit = session.add_parser("edit", help="Termin ändern (Titel, Ort, Referent:innen, "
                                           "Kapazität, Notiz, Zeit)")
    edit.add_argument("session_id", type=int, metavar="ID")
    edit.add_argument("--from", dest="plan", metavar="FILE",
                      help="Änderungen aus einer .toml/.json-Datei (Schlüssel wie ein "
                           "[[sessions]]-Eintrag; agenda und excursion ersetzen Programm und "
                           "Exkursion)")
    edit.add_argument("--title")
    edit.add_argument("--venue", metavar="ID|none")
    edit.add_argument("--trainers", metavar="ID,…|none", help="ersetzt die Referent:innen")
    edit.add_argument("--capacity", metavar="N|none", help="none: Kapazität der Veranstaltung")
    edit.add_argument("--notes")
    edit.add_argument("--start", metavar="DATUM")
    edit.add_argument("--end", metavar="DATUM")
    edit.add_argument("--host-municipality", metavar="ID|none")
    edit.add_argument("--break-minutes", metavar="N|none")
    add_force_option(edit)
    add_json_option(edit, saving=True)
    edit.set_defaults(handler=cmd_session_edit)


def cmd_session_replace(ctx: CommandContext) -> int:
    from planner.usecases.planning import SessionPlan
    from planner.usecases.replacement import add_replacement
    from planner.wording import count

    a = ctx.args
    plan = SessionPlan(start=parse_datetime(a.start), end=parse_datetime(a.end),
                       title=a.title or "", venue_id=a.venue, capacity=a.capacity,
                       trainer_ids=id_list(a.trainers, "--trainers") if a.trainers else [])

    def replace(orm: OrmSession) -> tuple[Any, int, str]:
        outcome = add_replacement(orm, a.session_id, plan, force=a.force)
        return outcome, outcome.value.session.id, outcome.value.session.title

    outcome, new_id, title = ctx.write(replace)
    moved, not_moved = outcome.value.moved, outcome.value.not_moved
    text = (f"Ersatztermin {new_id} „{title}“ angelegt; "
            f"{count(len(moved), 'Person', 'Personen')} umgebucht"
            + (f", {count(len(not_moved), 'Person', 'Personen')} nicht" if not_moved else "")
            + ".")
    return ctx.saved(text, ident=new_id, outcome=outcome, moved=moved,
                     not_moved=[{"name": n, "reason": why} for n, why in not_moved])


def cmd_session_add(ctx: CommandContext) -> int:
    from planner.usecases.planning import SessionPlan, add_session

    a = ctx.args
    if a.plan is not None:
        return _add_from_file(ctx)
    if a.start is None or a.end is None:
        raise ValidationError("Bitte --start und --end angeben (oder --from DATEI).")
    plan = SessionPlan(
        start=parse_datetime(a.start), end=parse_datetime(a.end), title=a.title or "",
        kind=a.kind, venue_id=a.venue,
        trainer_ids=id_list(a.trainers, "--trainers") if a.trainers else [],
        host_municipality_id=a.host_municipality, capacity=a.capacity,
        break_minutes=a.break_minutes, all_day=a.all_day, notes=a.notes,
    )

    def _change(orm: OrmSession) -> Any:
        outcome = add_session(orm, a.event_id, plan, force=a.force)
        new_id, title = outcome.value.id, outcome.value.title
        return outcome, new_id, title

    outcome, new_id, title = ctx.write(_change)
    return ctx.saved(f"Termin {new_id} angelegt: {title}", ident=new_id, outcome=outcome)


def _add_from_file(ctx: CommandContext) -> int:
    from planner.plans.load import read_document
    from planner.plans.schema import SessionModel
    from planner.usecases.plan_files import add_session_from_plan

    a = ctx.args
    given = [name for name in ("start", "end", "title", "kind", "venue", "trainers",
                               "host_municipality", "capacity", "break_minutes")
             if getattr(a, name) is not None]
    if given or a.all_day or a.notes:
        raise ValidationError("--from und einzelne Angaben (--start, --title, …) bitte nicht "
                              "zusammen verwenden.")
    model, source = read_document(a.plan, SessionModel)

    def _change(orm: OrmSession) -> Any:
        outcome = add_session_from_plan(orm, a.event_id, model, source, force=a.force)
        new_id, title = outcome.value.id, outcome.value.title
        return outcome, new_id, title

    outcome, new_id, title = ctx.write(_change)
    return ctx.saved(f"Termin {new_id} angelegt: {title}", ident=new_id, outcome=outcome)


def cmd_session_edit(ctx: CommandContext) -> int:
    from planner.usecases.planning import edit_session

    a = ctx.args
    changes: dict[str, Any] = {}
    if a.title is not None:
        changes["title"] = a.title
    if a.notes is not None:
        changes["notes"] = a.notes
    if a.start is not None:
        changes["start"] = parse_datetime(a.start)
    if a.end is not None:
        changes["end"] = parse_datetime(a.end)
    if a.venue is not None:
        changes["venue_id"] = optional_int(a.venue, "--venue")
    if a.trainers is not None:
        changes["trainer_ids"] = id_list(a.trainers, "--trainers")
    if a.capacity is not None:
        changes["capacity"] = optional_int(a.capacity, "--capacity")
    if a.host_municipality is not None:
        changes["host_municipality_id"] = optional_int(a.host_municipality,
                                                       "--host-municipality")
    if a.break_minutes is not None:
        changes["break_minutes"] = optional_int(a.break_minutes, "--break-minutes")
    if a.plan is not None:
        if changes:
            raise ValidationError("--from und einzelne Angaben (--title, --venue, …) bitte "
                                  "nicht zusammen verwenden.")
        return _edit_from_file(ctx)
    if not changes:
        raise ValidationError("Nichts zu ändern: bitte mindestens eine Angabe machen "
                              "(z. B. --title, --venue, --trainers).")

    def _change(orm: OrmSession) -> Any:
        outcome = edit_session(orm, a.session_id, force=a.force, **changes)
        seq = outcome.value.sequence
        return outcome, seq

    outcome, seq = ctx.write(_change)
    return ctx.saved(f"Termin {a.session_id} gespeichert (Version {seq}).",
                     ident=a.session_id, outcome=outcome, sequence=seq)


def _edit_from_file(ctx: CommandContext) -> int:
    from planner.plans.load import read_document
    from planner.plans.schema import SessionChangesModel
    from planner.usecases.plan_files import edit_session_from_plan

    a = ctx.args
    changes, source = read_document(a.plan, SessionChangesModel)

    def _change(orm: OrmSession) -> Any:
        outcome = edit_session_from_plan(orm, a.session_id, changes, source, force=a.force)
        seq = outcome.value.sequence
        return outcome, seq

    outcome, seq = ctx.write(_change)
    return ctx.saved(f"Termin {a.session_id} gespeichert (Version {seq}).",
                     ident=a.session_id, outcome=outcome, sequence=seq)
