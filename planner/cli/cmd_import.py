"""`import registrations FILE --event ID` and `person merge KEEP_ID DROP_ID`."""

from __future__ import annotations

import argparse
import getpass
import json

from planner.cli.context import CommandContext
from planner.cli.parsing import add_json_option, command_group
from planner.errors import ValidationError


def register(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import", help="Anmeldungen aus .xlsx/.csv importieren").add_subparsers(
        dest="import_cmd", required=True)
    reg = imp.add_parser("registrations", help="Personen und Anmeldungen für eine Veranstaltung")
    reg.add_argument("file", metavar="FILE", help=".xlsx- oder .csv-Datei")
    reg.add_argument("--event", type=int, required=True, metavar="ID")
    reg.add_argument("--dry-run", action="store_true",
                     help="nur prüfen und berichten, nichts speichern")
    reg.add_argument("--valid-only", action="store_true",
                     help="nur Zeilen ohne Probleme importieren (sonst: alle Zeilen; Fehler "
                          "brechen den ganzen Import ab)")
    reg.add_argument("--mapping", metavar="JSON",
                     help='Spaltenzuordnung, z. B. {"Ort": "organisation", "3": null}')
    reg.set_defaults(handler=cmd_import_registrations)

    merge = command_group(sub, "person", "Personen verwalten").add_parser(
        "merge", help="zwei Personen zusammenführen (DROP_ID wird in KEEP_ID aufgenommen)")
    merge.add_argument("keep_id", type=int, metavar="KEEP_ID")
    merge.add_argument("drop_id", type=int, metavar="DROP_ID")
    add_json_option(merge, saving=True)
    merge.set_defaults(handler=cmd_person_merge)


def parse_mapping_option(text: str | None) -> dict[str, str | None]:
    if not text:
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"--mapping ist kein gültiges JSON ({exc.msg}).") from None
    if not isinstance(data, dict):
        raise ValidationError('--mapping muss ein JSON-Objekt sein, z. B. {"Ort": "organisation"}.')
    return {str(k): (None if v is None else str(v)) for k, v in data.items()}


def cmd_import_registrations(ctx: CommandContext) -> int:
    from planner.imports import (
        apply_import,
        apply_overrides,
        build_preview,
        read_table_info,
    )

    a = ctx.args
    info = read_table_info(a.file)
    mapping = apply_overrides(info.headers, info.auto_mapping, parse_mapping_option(a.mapping))
    with ctx.db.reading() as orm:
        preview = build_preview(orm, a.file, a.event, mapping, info=info)
    for line in preview.summary_lines():
        ctx.out(line)
    for line in preview.problem_lines(limit=100):
        ctx.out(f"  {line}")
    if a.dry_run:
        ctx.out("Probelauf: es wurde nichts gespeichert.")
        return 1 if preview.errors and not a.valid_only else 0
    report = ctx.write(lambda orm: apply_import(orm, preview, valid_only=a.valid_only,
                                                user=getpass.getuser()))
    ctx.out("Import abgeschlossen:")
    for line in report.lines():
        ctx.out(line)
    return 0


def cmd_person_merge(ctx: CommandContext) -> int:
    from planner.usecases.merge import merge_persons

    a = ctx.args
    outcome = ctx.write(lambda orm: merge_persons(orm, a.keep_id, a.drop_id,
                                                  user=getpass.getuser()))
    name = outcome.value.full_name
    return ctx.saved(f"Person {a.drop_id} in {a.keep_id} ({name}) zusammengeführt.",
                     ident=a.keep_id, outcome=outcome)
