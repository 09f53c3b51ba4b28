"""`export ical` and `export invitations`: calendar files for events, people and offices."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.cli.context import CommandContext, parse_date
from planner.errors import ValidationError
from planner.wording import count

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession


def register_export(export_sub: argparse._SubParsersAction) -> None:
    ical = export_sub.add_parser(
        "ical", help="Kalenderdatei (.ics) für Veranstaltung, Person oder Standort")
    which = ical.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", type=int, metavar="ID", help="alle Termine einer Veranstaltung")
    which.add_argument("--trainer", type=int, metavar="ID",
                       help="alle Termine, die diese Person leitet")
    which.add_argument("--participant", type=int, metavar="ID",
                       help="alle Termine, die diese Person gebucht hat")
    which.add_argument("--office", metavar="NAME", help="alle Termine eines Standorts")
    ical.add_argument("--from", dest="date_from", metavar="DATUM", help="nur mit --office")
    ical.add_argument("--to", dest="date_to", metavar="DATUM", help="nur mit --office")
    ical.add_argument("-o", "--output", required=True, metavar="DATEI", help="Zieldatei (.ics)")
    ical.set_defaults(handler=cmd_export_ical)

    inv = export_sub.add_parser(
        "invitations", help="Einladungen/Absagen je Termin für eine Referentin (.ics)")
    inv.add_argument("--trainer", type=int, required=True, metavar="ID")
    inv.add_argument("--changed-only", action="store_true",
                     help="nur Termine, die sich seit dem letzten Export geändert haben")
    inv.add_argument("-o", "--output", required=True, metavar="ORDNER", help="Zielordner")
    inv.set_defaults(handler=cmd_export_invitations)


def cmd_export_ical(ctx: CommandContext) -> int:
    from planner.exports import ical

    args = ctx.args
    target = Path(args.output)
    if (args.date_from or args.date_to) and args.office is None:
        raise ValidationError("--from und --to gibt es nur zusammen mit --office.")
    date_from = parse_date(args.date_from) if args.date_from else None
    date_to = parse_date(args.date_to) if args.date_to else None

    def export(orm: OrmSession) -> Any:  # a write: person calendars go to the audit log
        if args.event is not None:
            return ical.export_event_calendar(orm, args.event, target)
        if args.trainer is not None:
            return ical.export_trainer_calendar(orm, args.trainer, target)
        if args.participant is not None:
            return ical.export_participant_calendar(orm, args.participant, target)
        return ical.export_office_calendar(orm, args.office, target, date_from, date_to)

    result = ctx.write(export)
    ctx.out(f"{count(result.count, 'Termin', 'Termine')} nach {target} exportiert.")
    return 0


def cmd_export_invitations(ctx: CommandContext) -> int:
    from planner.exports.ical_invitations import export_trainer_invitations

    args = ctx.args
    result = ctx.write(lambda orm: export_trainer_invitations(
        orm, args.trainer, Path(args.output), changed_only=args.changed_only))
    for path in result.files:
        ctx.out(str(path))
    for note in result.skipped:
        ctx.out(f"Übersprungen: {note}")
    ctx.out(f"{result.count} Einladungen/Absagen nach {args.output} exportiert.")
    return 0
