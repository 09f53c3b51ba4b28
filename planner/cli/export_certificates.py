"""`export certificates`: issue the event's certificates as PDF files (plus a combined one)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from planner.cli.context import CommandContext, parse_date


def register_export(export_sub: argparse._SubParsersAction) -> None:
    p = export_sub.add_parser(
        "certificates", help="Teilnahmebescheinigungen als PDF ausstellen",
        description="Stellt die Bescheinigungen einer Veranstaltung aus (eine PDF-Datei je "
                    "Person im Ordner, optional eine Sammeldatei zum Drucken). Erneutes "
                    "Ausstellen behält die Bescheinigungsnummer.")
    p.add_argument("--event", type=int, required=True, metavar="ID")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="Zielordner")
    p.add_argument("--combined", metavar="FILE.pdf", help="zusätzlich alle in einer Datei")
    p.add_argument("--person", type=int, action="append", metavar="ID",
                   help="nur diese Person (mehrfach möglich)")
    p.add_argument("--kind", choices=["series", "modules", "module", "participation"],
                   help="nur Bescheinigungen dieser Art (welche es gibt, folgt aus Format, "
                        "Buchung und Anwesenheit; siehe planner/RULES.md)")
    p.add_argument("--override-reason", metavar="TEXT",
                   help="Ausnahme: Reihenbescheinigung auch unterhalb der Teilnahmeschwelle "
                        "(Begründung)")
    p.add_argument("--issued-on", metavar="DATE", help="Ausstellungsdatum (Standard: heute)")
    p.add_argument("--workers", type=int, metavar="N", help="Prozesse zum Erzeugen (Standard 2)")
    p.set_defaults(handler=cmd_export_certificates)


def _override_reasons(orm: Any, args: argparse.Namespace) -> dict[int, str] | None:
    """The one --override-reason for every person below the threshold (the use case takes a
    reason per person)."""
    from planner.certificates.eligibility import eligibility
    from planner.errors import ValidationError

    if args.override_reason is None:
        return None
    if not args.override_reason.strip():
        raise ValidationError("Eine Reihenbescheinigung unterhalb der Teilnahmeschwelle "
                              "braucht eine Begründung.")
    return {item.person_id: args.override_reason
            for item in eligibility(orm, args.event, kind=args.kind, person_ids=args.person)
            if item.overridable}


def cmd_export_certificates(ctx: CommandContext) -> int:
    from planner.certificates import issue_certificates
    from planner.wording import count, number

    args = ctx.args
    issued_on = parse_date(args.issued_on) if args.issued_on else None
    from planner.storage.checks import free_space_warning

    # A bulk issue writes up to a few dozen MB; warn early rather than fail half-way.
    warning = free_space_warning(Path(args.output), 50_000_000)
    if warning is not None:
        print(f"Warnung: {warning}", file=sys.stderr)

    def work(orm: Any) -> Any:
        return issue_certificates(
            orm, args.event, Path(args.output),
            combined=Path(args.combined) if args.combined else None,
            person_ids=args.person, kind=args.kind,
            override_reasons=_override_reasons(orm, args), workers=args.workers,
            issued_on=issued_on,
        )

    result = ctx.write(work)
    for note in result.skipped:
        print(f"Nicht ausgestellt: {note}", file=sys.stderr)
    ctx.out(f"{count(result.issued, 'Bescheinigung', 'Bescheinigungen')} neu ausgestellt, "
            f"{number(result.reissued, 0)} erneut ausgestellt (davon {number(result.revised, 0)} "
            f"als neue Fassung), {count(len(result.files), 'Datei', 'Dateien')} in "
            f"{args.output}.")
    if result.combined is not None:
        ctx.out(f"Sammeldatei zum Drucken: {result.combined}")
    return 0
