"""Database commands: copy between a local file and a server, connection test, info."""

from __future__ import annotations

import argparse
import sys

from planner.cli.context import CommandContext
from planner.errors import DatabaseError, ValidationError
from planner.storage.database import resolve_url, sqlite_file_path


def register(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="Datenbank: auf einen Server kopieren, Verbindung testen")
    dbsub = db.add_subparsers(dest="db_command", metavar="AKTION", required=True)

    c = dbsub.add_parser(
        "copy",
        help="die ganze Datenbank in eine leere kopieren (--to URL: lokale Datei → Server; "
             "--from URL: Server → lokale Datei)",
    )
    direction = c.add_mutually_exclusive_group(required=True)
    direction.add_argument("--to", metavar="URL",
                           help="Ziel: leere Server-Datenbank (Quelle: --db bzw. Standarddatei)")
    direction.add_argument("--from", dest="from_url", metavar="URL",
                           help="Quelle: Server-Datenbank (Ziel: neue Datei, -o oder --db)")
    c.add_argument("-o", "--output", metavar="FILE", help="Zieldatei für --from")
    c.add_argument("--json", action="store_true", help="Zählung als JSON ausgeben")
    c.set_defaults(handler=cmd_copy)

    t = dbsub.add_parser("test-connection", help="Verbindung zur Datenbank prüfen")
    t.add_argument("url", nargs="?", metavar="URL", help="sonst --db-url bzw. die Einstellung")
    t.set_defaults(handler=cmd_test_connection)

    i = dbsub.add_parser("info", help="welche Datenbank, Schema-Stand, Anzahl Datensätze")
    i.add_argument("--json", action="store_true", help="als JSON ausgeben")
    i.set_defaults(handler=cmd_info)


def _configured_url(ctx: CommandContext) -> str:
    return resolve_url(ctx.args.db, ctx.args.db_url)


def cmd_copy(ctx: CommandContext) -> int:
    from planner.storage.dbcopy import copy_database

    a = ctx.args
    if a.to is not None:
        source, target = _configured_url(ctx), a.to
    else:
        source = a.from_url
        target = resolve_url(a.output) if a.output else _configured_url(ctx)
        if sqlite_file_path(target) is None and not a.output:
            raise ValidationError("Für --from bitte die Zieldatei mit -o DATEI angeben.")

    def progress(table: str, copied: int) -> None:
        print(f"\r{table}: {copied}", end="", file=sys.stderr, flush=True)

    report = copy_database(source, target, progress=progress if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if a.json:
        ctx.out_json({"source": report.source, "target": report.target,
                      "tables": {k: {"source": s, "target": t}
                                 for k, (s, t) in report.counts.items()}})
        return 0
    ctx.out(f"Kopiert: {report.source} → {report.target}")
    width = max(len(name) for name in report.counts)
    for name, (src, dst) in report.counts.items():
        ctx.out(f"  {name:<{width}}  {src:>7}  {dst:>7}  {'ok' if src == dst else 'FEHLT'}")
    ctx.out(f"{report.total} Datensätze in {len(report.counts)} Tabellen; Anzahl in Quelle und "
            "Ziel gleich. Die Quelle wurde nicht verändert.")
    return 0


def cmd_test_connection(ctx: CommandContext) -> int:
    from planner.storage.connection import check_connection

    report = check_connection(ctx.args.url or _configured_url(ctx))
    if not report.ok:
        raise DatabaseError(report.message)
    ctx.out(report.message)
    return 0


def cmd_info(ctx: CommandContext) -> int:
    from planner.storage.database import current_revision
    from planner.storage.dbcopy import count_rows
    from planner.storage.server import redact

    db = ctx.db
    counts = count_rows(db.engine)
    info = {
        "url": redact(db.url),
        "backend": "SQLite (lokale Datei)" if db.is_sqlite else "PostgreSQL (Server)",
        "schema": current_revision(db.engine),
        "dialect": db.engine.dialect.name,
        "counts": counts,
    }
    if ctx.args.json:
        ctx.out_json(info)
        return 0
    ctx.out(f"Datenbank: {info['url']}")
    ctx.out(f"Art: {info['backend']}")
    ctx.out(f"Schema: {info['schema']}")
    for name in ("office", "person", "organisation", "event", "session", "registration",
                 "attendance", "certificate"):
        if name in counts:
            ctx.out(f"  {name}: {counts[name]}")
    return 0
