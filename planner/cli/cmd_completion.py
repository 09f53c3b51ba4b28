"""`completion bash|zsh`: shell completion scripts generated from the parser (shtab)."""

from __future__ import annotations

import argparse

from planner.cli.context import CommandContext

SHELLS = ("bash", "zsh")

# Options and positionals that name files or folders complete as such in the shell.
_FILE_WORDS = ("FILE", "PATH", "PDF", "XLSX", "ICS", "JSON", "TOML")
_FOLDER_WORDS = ("DIR", "FOLDER", "ORDNER")
_FILE_DESTS = {"db", "output", "file", "from_file", "plan"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "completion", help="Vervollständigung für die Shell ausgeben (bash oder zsh)",
        description="Gibt ein Skript für die Tab-Vervollständigung aus. bash: "
                    "transferplaner-cli completion bash > "
                    "~/.local/share/bash-completion/completions/transferplaner-cli; "
                    "zsh: transferplaner-cli completion zsh > ~/.zfunc/_transferplaner-cli "
                    "(~/.zfunc in fpath, dann compinit).")
    p.add_argument("shell", choices=SHELLS)
    p.set_defaults(handler=cmd_completion)


def _mark_paths(parser: argparse.ArgumentParser) -> None:
    import shtab

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _mark_paths(child)
            continue
        metavar = str(action.metavar or "").upper()
        if any(word in metavar for word in _FOLDER_WORDS):
            action.complete = shtab.DIRECTORY  # type: ignore[attr-defined]
        elif action.dest in _FILE_DESTS or any(word in metavar for word in _FILE_WORDS):
            action.complete = shtab.FILE  # type: ignore[attr-defined]


def completion_script(parser: argparse.ArgumentParser, shell: str) -> str:
    import shtab

    _mark_paths(parser)
    return shtab.complete(parser, shell=shell)


def cmd_completion(ctx: CommandContext) -> int:
    assert ctx.parser is not None, "main() passes the parser"
    ctx.out(completion_script(ctx.parser, ctx.args.shell))
    return 0
