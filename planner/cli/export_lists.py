"""`export signature-list` and `export attendance`: lists for the room and for the office."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.cli.context import CommandContext
from planner.exports.result import ExportResult
from planner.wording import count


def register_export(export_sub: argparse._SubParsersAction) -> None:
    sig = export_sub.add_parser(
        "signature-list", help="Unterschriftenliste (A4) als .xlsx oder .pdf")
    which = sig.add_mutually_exclusive_group(required=True)
    which.add_argument("--session", type=int, metavar="ID", help="Liste für einen Termin")
    which.add_argument("--event", type=int, metavar="ID",
                       help="Listen aller Veranstaltungstage in einer Datei")
    sig.add_argument("-o", "--output", required=True, metavar="FILE",
                     help="Zieldatei, Endung .xlsx oder .pdf")
    sig.set_defaults(handler=cmd_signature_list)

    att = export_sub.add_parser(
        "attendance", help="Anwesenheitsmatrix einer Veranstaltung als .xlsx")
    att.add_argument("--event", type=int, metavar="ID", required=True)
    att.add_argument("-o", "--output", required=True, metavar="FILE",
                     help="Zieldatei mit der Endung .xlsx")
    att.set_defaults(handler=cmd_attendance)


def _report(ctx: CommandContext, result: ExportResult, what: str) -> int:
    for note in result.skipped:
        print(f"Hinweis: {note}", file=sys.stderr)
    for path in result.files:
        ctx.out(f"{what} geschrieben: {path} ({count(result.count, 'Eintrag', 'Einträge')})")
    return 0


def cmd_signature_list(ctx: CommandContext) -> int:
    from planner.exports.signature_list import (
        export_event_signature_lists,
        export_signature_list,
    )

    target = Path(ctx.args.output)
    # A write: the export is recorded in the audit log.
    if ctx.args.session is not None:
        result = ctx.write(lambda orm: export_signature_list(orm, ctx.args.session, target))
    else:
        result = ctx.write(lambda orm: export_event_signature_lists(orm, ctx.args.event,
                                                                    target))
    return _report(ctx, result, "Unterschriftenliste")


def cmd_attendance(ctx: CommandContext) -> int:
    from planner.exports.attendance_matrix import export_attendance_matrix

    result = ctx.write(  # a write: the export is recorded in the audit log
        lambda orm: export_attendance_matrix(orm, ctx.args.event, Path(ctx.args.output)))
    return _report(ctx, result, "Anwesenheitsliste")
