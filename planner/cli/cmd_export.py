"""`export …`: the export group; each export kind registers its own subcommand module."""

from __future__ import annotations

import argparse
import importlib

# Modules providing register_export(export_subparsers); missing ones are skipped.
EXPORT_MODULES = ("export_ical", "export_lists", "export_certificates")


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="Kalender, Listen und Bescheinigungen exportieren")
    export_sub = export.add_subparsers(dest="export_cmd", metavar="KIND", required=True)
    for name in EXPORT_MODULES:
        try:
            module = importlib.import_module(f"planner.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"planner.cli.{name}":
                raise
            continue
        module.register_export(export_sub)
