"""Master data: `venue add/edit`, `organisation add/edit`, `topic add`, `person edit`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from planner.cli.context import CommandContext
from planner.cli.parsing import add_json_option, command_group, optional_int
from planner.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

ROLES = ["participant", "trainer", "staff"]


def register(sub: argparse._SubParsersAction) -> None:
    venue = command_group(sub, "venue", "Veranstaltungsorte anlegen und ändern")
    add = venue.add_parser("add", help="Veranstaltungsort anlegen")
    add.add_argument("--name", required=True)
    add.add_argument("--city", required=True)
    add.add_argument("--street", default="")
    add.add_argument("--postcode", default="")
    add.add_argument("--state", metavar="BL", help="Bundesland, z. B. SN oder Sachsen "
                                                   "(für Feiertage)")
    add.add_argument("--capacity", type=int, metavar="N")
    add.add_argument("--notes", default="")
    add_json_option(add, saving=True)
    add.set_defaults(handler=cmd_venue_add)
    edit = venue.add_parser("edit", help="Veranstaltungsort ändern")
    edit.add_argument("venue_id", type=int, metavar="ID")
    for option in ("--name", "--city", "--street", "--postcode", "--notes"):
        edit.add_argument(option)
    edit.add_argument("--state", metavar="BL|none")
    edit.add_argument("--capacity", metavar="N|none")
    add_json_option(edit, saving=True)
    edit.set_defaults(handler=cmd_venue_edit)

    org = command_group(sub, "organisation", "Organisationen und Kommunen anlegen und ändern")
    add = org.add_parser("add", help="Organisation oder Kommune anlegen")
    add.add_argument("--name", required=True)
    add.add_argument("--municipality", action="store_true", help="eine Kommune")
    add.add_argument("--state", metavar="BL", help="Bundesland (für Kommunen nötig)")
    add.add_argument("--population", type=int, metavar="N", help="Einwohnerzahl")
    add.add_argument("--city", default="")
    add_json_option(add, saving=True)
    add.set_defaults(handler=cmd_organisation_add)
    edit = org.add_parser("edit", help="Organisation oder Kommune ändern")
    edit.add_argument("organisation_id", type=int, metavar="ID")
    edit.add_argument("--name")
    kind = edit.add_mutually_exclusive_group()
    kind.add_argument("--municipality", action="store_true", default=None,
                      help="ist eine Kommune")
    kind.add_argument("--no-municipality", dest="municipality", action="store_false",
                      help="ist keine Kommune")
    edit.add_argument("--state", metavar="BL|none")
    edit.add_argument("--population", metavar="N|none")
    edit.add_argument("--city")
    edit.add_argument("--notes")
    add_json_option(edit, saving=True)
    edit.set_defaults(handler=cmd_organisation_edit)

    topic = command_group(sub, "topic", "Themen")
    add = topic.add_parser("add", help="Thema anlegen")
    add.add_argument("name", metavar="NAME")
    add_json_option(add, saving=True)
    add.set_defaults(handler=cmd_topic_add)

    person = command_group(sub, "person", "Personen verwalten")
    edit = person.add_parser("edit", help="Person ändern")
    edit.add_argument("person_id", type=int, metavar="ID")
    for option in ("--first-name", "--last-name", "--function", "--phone", "--title"):
        edit.add_argument(option)
    edit.add_argument("--email", help='E-Mail-Adresse ("" entfernt sie)')
    edit.add_argument("--organisation", metavar="ID|none")
    edit.add_argument("--role", action="append", choices=ROLES,
                      help="ersetzt die Rollen (mehrfach angeben)")
    add_json_option(edit, saving=True)
    edit.set_defaults(handler=cmd_person_edit)


def _given(ctx: CommandContext, *names: str) -> dict[str, Any]:
    return {name: getattr(ctx.args, name) for name in names
            if getattr(ctx.args, name) is not None}


def _nothing_to_change(changes: dict[str, Any]) -> None:
    if not changes:
        raise ValidationError("Nichts zu ändern: bitte mindestens eine Angabe machen.")


def _state(text: str) -> str | None:
    return None if text.strip().lower() in ("none", "keine", "-", "") else text


def cmd_venue_add(ctx: CommandContext) -> int:
    from planner.usecases.people import add_venue

    a = ctx.args

    def _change(orm: OrmSession) -> Any:
        outcome = add_venue(orm, name=a.name, street=a.street, postcode=a.postcode, city=a.city,
                            federal_state=a.state, capacity=a.capacity, notes=a.notes)
        new_id = outcome.value.id
        return outcome, new_id

    outcome, new_id = ctx.write(_change)
    return ctx.saved(str(new_id), ident=new_id, outcome=outcome)


def cmd_venue_edit(ctx: CommandContext) -> int:
    from planner.usecases.partial_edits import change_venue

    a = ctx.args
    changes = _given(ctx, "name", "city", "street", "postcode", "notes")
    if a.state is not None:
        changes["federal_state"] = _state(a.state)
    if a.capacity is not None:
        changes["capacity"] = optional_int(a.capacity, "--capacity")
    _nothing_to_change(changes)

    def _change(orm: OrmSession) -> Any:
        outcome = change_venue(orm, a.venue_id, **changes)
        name = outcome.value.name
        return outcome, name

    outcome, name = ctx.write(_change)
    return ctx.saved(f"Veranstaltungsort {a.venue_id} gespeichert: {name}", ident=a.venue_id,
                     outcome=outcome)


def cmd_organisation_add(ctx: CommandContext) -> int:
    from planner.usecases.people import add_organisation

    a = ctx.args

    def _change(orm: OrmSession) -> Any:
        outcome = add_organisation(orm, name=a.name, municipality=a.municipality,
                                   federal_state=a.state, population=a.population,
                                   city=a.city)
        new_id = outcome.value.id
        return outcome, new_id

    outcome, new_id = ctx.write(_change)
    return ctx.saved(str(new_id), ident=new_id, outcome=outcome)


def cmd_organisation_edit(ctx: CommandContext) -> int:
    from planner.usecases.partial_edits import change_organisation

    a = ctx.args
    changes = _given(ctx, "name", "city", "notes", "municipality")
    if a.state is not None:
        changes["federal_state"] = _state(a.state)
    if a.population is not None:
        changes["population"] = optional_int(a.population, "--population")
    _nothing_to_change(changes)

    def _change(orm: OrmSession) -> Any:
        outcome = change_organisation(orm, a.organisation_id, **changes)
        name = outcome.value.name
        return outcome, name

    outcome, name = ctx.write(_change)
    return ctx.saved(f"Organisation {a.organisation_id} gespeichert: {name}",
                     ident=a.organisation_id, outcome=outcome)


def cmd_topic_add(ctx: CommandContext) -> int:
    from planner.usecases.people import add_topic


    def _change(orm: OrmSession) -> Any:
        outcome = add_topic(orm, ctx.args.name)
        new_id = outcome.value.id
        return outcome, new_id

    outcome, new_id = ctx.write(_change)
    return ctx.saved(str(new_id), ident=new_id, outcome=outcome)


def cmd_person_edit(ctx: CommandContext) -> int:
    from planner.usecases.people import update_person

    a = ctx.args
    changes = _given(ctx, "first_name", "last_name", "function", "phone", "title", "email")
    if a.organisation is not None:
        changes["organisation_id"] = optional_int(a.organisation, "--organisation")
    if a.role:
        changes["roles"] = a.role
    _nothing_to_change(changes)

    def _change(orm: OrmSession) -> Any:
        outcome = update_person(orm, a.person_id, **changes)
        name = outcome.value.full_name
        return outcome, name

    outcome, name = ctx.write(_change)
    return ctx.saved(f"Person {a.person_id} gespeichert: {name}", ident=a.person_id,
                     outcome=outcome)
