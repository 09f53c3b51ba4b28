"""Argument parsing and dispatch; each command group lives in its own module."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from planner import APP_NAME, __version__
from planner.cli import (
    cmd_bookings,
    cmd_certificate,
    cmd_completion,
    cmd_core,
    cmd_data,
    cmd_db,
    cmd_demo,
    cmd_documents,
    cmd_evaluation,
    cmd_event,
    cmd_export,
    cmd_gdpr,
    cmd_import,
    cmd_masterdata,
    cmd_outbox,
    cmd_report,
    cmd_send,
    cmd_sessions,
)
from planner.cli.argument_checks import (
    argument_problem,
    describe_os_error,
    tolerate_unprintable_output,
)
from planner.cli.context import CommandContext
from planner.cli.output import (
    EXIT_CONFLICT,
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    silence_stdout,
)
from planner.diagnostics import setup_logging
from planner.errors import ConflictError, PlannerError

log = logging.getLogger(__name__)

# Each module contributes subcommands through register(subparsers); cmd_core first, because
# later modules extend its groups (planner.cli.parsing.command_group). The modules import
# their heavy dependencies inside the handlers, so building the parser stays cheap.
COMMAND_MODULES = [cmd_core, cmd_demo, cmd_completion, cmd_export, cmd_certificate,
                   cmd_import, cmd_data, cmd_gdpr, cmd_report, cmd_db, cmd_send, cmd_evaluation,
                   cmd_event, cmd_sessions, cmd_masterdata, cmd_documents, cmd_bookings,
                   cmd_outbox]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="transferplaner-cli",
        description=f"{APP_NAME}: Veranstaltungen planen, Anmeldungen, Anwesenheit, Exporte.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH", help="SQLite-Datenbankdatei")
    parser.add_argument("--db-url", metavar="URL", help="Datenbank-URL (z. B. PostgreSQL)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit codes are planner.cli.output.EXIT_* (argparse: 2)."""
    tolerate_unprintable_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    problem = argument_problem(args)
    if problem is not None:
        print(f"Fehler: {problem}", file=sys.stderr)
        return EXIT_USAGE
    ctx = CommandContext(args, parser=parser)
    try:
        code = int(args.handler(ctx) or EXIT_OK)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        log.info("Befehl %s: Ende mit %d", args.command, code)
        return code
    except BrokenPipeError:
        # `… | head`: the reader has what it wanted; whatever was to be saved is saved.
        silence_stdout()
        return EXIT_OK
    except ConflictError as exc:
        log.info("Befehl %s: Doppelbuchung abgelehnt", args.command)
        print(f"Fehler: {exc.message} (mit --force trotzdem speichern)", file=sys.stderr)
        return EXIT_CONFLICT
    except PlannerError as exc:
        log.info("Befehl %s: abgelehnt (%s)", args.command, type(exc).__name__)
        print(f"Fehler: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:  # a file or folder no command checked itself
        print(f"Fehler: {describe_os_error(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        # Disk full, read-only or locked database outside a use case: one clear German line.
        from planner.storage.errors import translate_db_error

        translated = translate_db_error(exc)
        if translated is None:
            log.critical("Befehl %s: unerwarteter Fehler", args.command, exc_info=True)
            raise
        log.warning("Befehl %s: Speicherfehler (%s)", args.command, translated.reason)
        print(f"Fehler: {translated.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Abgebrochen.", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        ctx.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
