"""`certificate …`: verify a code, list who is eligible, preview one certificate."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.context import CommandContext


def register(sub: argparse._SubParsersAction) -> None:
    cert = sub.add_parser("certificate", help="Bescheinigungen prüfen und ansehen")
    cert_sub = cert.add_subparsers(dest="certificate_cmd", metavar="ACTION", required=True)

    verify = cert_sub.add_parser("verify", help="Prüfcode einer Bescheinigung prüfen")
    verify.add_argument("code", help="Prüfcode (z. B. ABCD-EFGH-IJKL-MNOP) oder QR-Text")
    verify.add_argument("--json", action="store_true", help="als JSON ausgeben")
    verify.set_defaults(handler=cmd_verify)

    elig = cert_sub.add_parser("eligibility", help="wer eine Bescheinigung bekommt")
    elig.add_argument("--event", type=int, required=True, metavar="ID")
    elig.add_argument("--kind", choices=["series", "module", "participation"])
    elig.add_argument("--json", action="store_true", help="als JSON ausgeben")
    elig.set_defaults(handler=cmd_eligibility)

    preview = cert_sub.add_parser("preview", help="Vorschau ohne Ausstellung")
    preview.add_argument("--event", type=int, required=True, metavar="ID")
    preview.add_argument("--person", type=int, required=True, metavar="ID")
    preview.add_argument("--kind", choices=["series", "module", "participation"])
    preview.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    preview.set_defaults(handler=cmd_preview)


def cmd_verify(ctx: CommandContext) -> int:
    from planner.certificates import verify_certificate

    with ctx.db.reading() as orm:
        result = verify_certificate(orm, ctx.args.code)
    if ctx.args.json:
        ctx.out_json({"valid": result.valid, "message": result.message,
                      "serial": result.serial, "name": result.name,
                      "event_title": result.event_title,
                      "issued_on": result.issued_on.isoformat() if result.issued_on else None})
    else:
        ctx.out(result.message)
    return 0 if result.valid else 1


def cmd_eligibility(ctx: CommandContext) -> int:
    from planner.certificates import eligibility

    with ctx.db.reading() as orm:
        rows = eligibility(orm, ctx.args.event, kind=ctx.args.kind)
    data = [{"person_id": r.person_id, "name": r.person_name, "kind": str(r.kind),
             "session_id": r.session_id, "total_units": r.total_units,
             "attended_units": r.attended_units, "rate": round(r.rate, 4),
             "eligible": r.eligible, "reason": r.reason} for r in rows]
    if ctx.args.json:
        ctx.out_json(data)
        return 0
    for d in data:
        mark = "ja  " if d["eligible"] else "nein"
        what = f"{d['kind']}" + (f" (Termin {d['session_id']})" if d["session_id"] else "")
        ctx.out(f"{d['person_id']:>6}  {mark}  {d['attended_units']:>5} / {d['total_units']:<5} "
                f"UE  {what:<22} {d['name']}" + (f"  – {d['reason']}" if d["reason"] else ""))
    return 0


def cmd_preview(ctx: CommandContext) -> int:
    from planner.certificates import preview_certificate

    with ctx.db.reading() as orm:
        path = preview_certificate(orm, ctx.args.event, ctx.args.person,
                                   Path(ctx.args.output), kind=ctx.args.kind)
    ctx.out(f"Vorschau geschrieben: {path}")
    return 0
