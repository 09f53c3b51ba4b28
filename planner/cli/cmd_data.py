"""Data safety commands: backup, restore, backups."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.cli.context import CommandContext
from planner.errors import DatabaseError
from planner.storage.backup import (
    KIND_BACKUP,
    create_backup,
    default_backup_folder,
    list_backups,
    restore_backup,
)
from planner.storage.database import resolve_url, sqlite_file_path


def register(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("backup", help="Datenbank sichern (geprüfte Kopie über die Backup-API)")
    b.add_argument("-o", "--output", metavar="FILE", help="Zieldatei (sonst Ordner backups/)")
    b.add_argument("--folder", metavar="DIR", help="Sicherungsordner (Vorgabe: backups/ neben "
                   "der Datenbank)")
    b.set_defaults(handler=cmd_backup)

    r = sub.add_parser("restore", help="Datenbank aus einer Sicherung wiederherstellen "
                       "(die aktuelle wird vorher gesichert)")
    r.add_argument("file", metavar="FILE", help="Sicherungsdatei")
    r.add_argument("--folder", metavar="DIR", help="Ordner für die Kopie der aktuellen Datenbank")
    r.set_defaults(handler=cmd_restore)

    ls = sub.add_parser("backups", help="Vorhandene Sicherungen mit Datum und Prüfstatus")
    ls.add_argument("--folder", metavar="DIR", help="Sicherungsordner")
    ls.add_argument("--no-verify", action="store_true", help="Dateien nicht prüfen (schneller)")
    ls.add_argument("--json", action="store_true", help="als JSON ausgeben")
    ls.set_defaults(handler=cmd_backups)


def _db_file(ctx: CommandContext) -> Path:
    path = sqlite_file_path(resolve_url(ctx.args.db, ctx.args.db_url))
    if path is None:
        raise DatabaseError("Sicherung und Wiederherstellung gibt es nur für "
                            "SQLite-Datenbankdateien.")
    return path


def _folder(ctx: CommandContext, db_file: Path) -> Path:
    return Path(ctx.args.folder) if ctx.args.folder else default_backup_folder(db_file)


def cmd_backup(ctx: CommandContext) -> int:
    db_file = _db_file(ctx)
    if ctx.args.output:
        path = create_backup(db_file, ctx.args.output)
    else:
        path = create_backup(db_file, folder=_folder(ctx, db_file))
    ctx.out(f"Sicherung angelegt und geprüft: {path}")
    return 0


def cmd_restore(ctx: CommandContext) -> int:
    db_file = _db_file(ctx)
    safety = restore_backup(db_file, ctx.args.file, folder=_folder(ctx, db_file))
    ctx.out(f"Datenbank aus {ctx.args.file} wiederhergestellt.")
    if safety is not None:
        ctx.out(f"Die bisherige Datenbank wurde vorher gesichert: {safety}")
    if ctx.db.schema_action == "upgraded":  # opening brings an older backup up to date
        ctx.out("Das Datenbankschema wurde auf den aktuellen Stand gebracht.")
    from planner.gdpr.reapply import reapply_erasures

    reapplied = reapply_erasures(ctx.db)
    if reapplied:
        ctx.out("Die Sicherung enthielt Personen, deren Löschung oder Anonymisierung später "
                "beantragt wurde; das wurde erneut angewandt:")
        for line in reapplied:
            ctx.out(f"  {line}")
    return 0


_KIND_LABELS = {KIND_BACKUP: "Sicherung", "before-restore": "vor Wiederherstellung"}


def cmd_backups(ctx: CommandContext) -> int:
    db_file = _db_file(ctx)
    folder = _folder(ctx, db_file)
    infos = list_backups(folder, verify=not ctx.args.no_verify)
    if ctx.args.json:
        ctx.out_json([{"file": str(i.path), "created": i.created.replace(microsecond=0),
                       "kind": i.kind, "size": i.size, "ok": None if i.problems is None
                       else i.ok, "problems": i.problems} for i in infos])
    elif not infos:
        ctx.out(f"Keine Sicherungen in {folder}.")
    else:
        ctx.out(f"Sicherungen in {folder}:")
        for i in infos:
            size = f"{i.size / 1024:,.0f}".replace(",", ".")
            ctx.out(f"{i.created:%d.%m.%Y %H:%M:%S}  {_KIND_LABELS[i.kind]:<22} "
                    f"{size:>9} KB  {i.path.name}  {i.state_label}")
    damaged = [i for i in infos if i.problems]
    if damaged:
        print(f"Warnung: {len(damaged)} Sicherung(en) fehlerhaft.", file=sys.stderr)
        return 1
    return 0
