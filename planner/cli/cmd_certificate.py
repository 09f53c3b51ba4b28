"""`certificate …`: verify a code, list who is eligible, preview one certificate."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.context import CommandContext

KINDS = ["series", "modules", "module", "participation"]


def register(sub: argparse._SubParsersAction) -> None:
    cert = sub.add_parser("certificate", help="Bescheinigungen prüfen und ansehen")
    cert_sub = cert.add_subparsers(dest="certificate_cmd", metavar="ACTION", required=True)

    verify = cert_sub.add_parser("verify", help="Prüfcode einer Bescheinigung prüfen")
    verify.add_argument("code", help="Prüfcode (z. B. ABCD-EFGH-IJKL-MNOP) oder QR-Text")
    verify.add_argument("--json", action="store_true", help="als JSON ausgeben")
    verify.set_defaults(handler=cmd_verify)

    elig = cert_sub.add_parser("eligibility", help="wer eine Bescheinigung bekommt")
    elig.add_argument("--event", type=int, required=True, metavar="ID")
    elig.add_argument("--kind", choices=KINDS, help="nur Bescheinigungen dieser Art")
    elig.add_argument("--json", action="store_true", help="als JSON ausgeben")
    elig.set_defaults(handler=cmd_eligibility)

    preview = cert_sub.add_parser("preview", help="Vorschau ohne Ausstellung")
    preview.add_argument("--event", type=int, required=True, metavar="ID")
    preview.add_argument("--person", type=int, required=True, metavar="ID")
    preview.add_argument("--kind", choices=KINDS, help="nur Bescheinigungen dieser Art")
    preview.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    preview.set_defaults(handler=cmd_preview)


def cmd_verify(ctx: CommandContext) -> int:
    from planner.certificates import verify_certificate

    with ctx.db.reading() as orm:
        result = verify_certificate(orm, ctx.args.code)
    if ctx.args.json:
        ctx.out_json({"valid": result.valid, "status": result.status,
                      "revision": result.revision, "message": result.message,
                      "serial": result.serial, "name": result.name,
                      "event_title": result.event_title,
                      "issued_on": result.issued_on.isoformat() if result.issued_on else None})
    else:
        ctx.out(result.message)
    return 0 if result.valid else 1


def cmd_eligibility(ctx: CommandContext) -> int:
    from planner.certificates.eligibility import KIND_LABELS_DE, eligibility
    from planner.wording import number, percent

    with ctx.db.reading() as orm:
        rows = eligibility(orm, ctx.args.event, kind=ctx.args.kind)
    if ctx.args.json:
        ctx.out_json([{"person_id": r.person_id, "name": r.person_name, "kind": str(r.kind),
                       "session_id": r.session_id, "state": str(r.entitlement.state),
                       "total_units": r.total_units, "attended_units": r.attended_units,
                       "attended_minutes": r.entitlement.attended_minutes,
                       "booked_minutes": r.entitlement.booked_minutes,
                       "rate": round(r.rate, 4), "eligible": r.eligible, "reason": r.reason}
                      for r in rows])
        return 0
    for r in rows:
        what = KIND_LABELS_DE[r.kind] + (f" ({r.session_title})" if r.session_id else "")
        units = f"{number(r.attended_units)} / {number(r.total_units)} UE"
        ctx.out(f"{r.person_id:>6}  {r.status_label:<5} {units:>15} {percent(r.rate):>8}  "
                f"{what:<40} {r.person_name}" + (f"  – {r.reason}" if r.reason else ""))
    return 0


def cmd_preview(ctx: CommandContext) -> int:
    from planner.certificates import preview_certificate

    with ctx.db.reading() as orm:
        path = preview_certificate(orm, ctx.args.event, ctx.args.person,
                                   Path(ctx.args.output), kind=ctx.args.kind)
    ctx.out(f"Vorschau geschrieben: {path}")
    return 0
