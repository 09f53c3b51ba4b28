"""Shared argument conventions: command groups several modules extend, `--json`, `--force`,
and values that can be cleared ("none")."""

from __future__ import annotations

import argparse

from planner.errors import ValidationError

JSON_HELP = "als JSON ausgeben"
SAVED_JSON_HELP = 'Ergebnis als JSON ausgeben ({"id": …, "warnings": […], "changed": […]})'
FORCE_HELP = "Doppelbuchung bzw. Überbuchung trotzdem speichern (sonst Exit-Code 3)"

# Typed on the command line to empty an optional field (venue, capacity, expert, …).
CLEAR_WORDS = ("none", "keine", "keiner", "-")


def command_group(sub: argparse._SubParsersAction, name: str, help: str, *,
                  aliases: list[str] | None = None) -> argparse._SubParsersAction:
    """The subcommands of group `name` ("event", "session", …), created on first use.

    Several modules add actions to one group (`event delete` in cmd_core, `event create`
    in cmd_event); whoever registers first creates it, the others extend it (by its name
    or one of its aliases).
    """
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help, aliases=aliases or [])
        return parser.add_subparsers(dest=f"{name.replace('-', '_')}_cmd", metavar="ACTION",
                                     required=True)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise ValueError(f"command {name!r} exists but has no subcommands")


def add_json_option(parser: argparse.ArgumentParser, *, saving: bool = False) -> None:
    parser.add_argument("--json", action="store_true",
                        help=SAVED_JSON_HELP if saving else JSON_HELP)


def add_force_option(parser: argparse.ArgumentParser, help: str = FORCE_HELP) -> None:
    parser.add_argument("--force", action="store_true", help=help)


def is_clear_word(text: str) -> bool:
    return text.strip().lower() in CLEAR_WORDS or text.strip() == ""


def in_range(value: int, label: str) -> int:
    """Numbers typed into text options get the same bound as whole-number options
    (planner.cli.argument_checks): beyond 32 bits no query can use them."""
    from planner.cli.argument_checks import INT_MAX, INT_MIN

    if not INT_MIN <= value <= INT_MAX:
        raise ValidationError(f"{label}: die Zahl {value} liegt außerhalb des möglichen "
                              f"Bereichs ({INT_MIN} bis {INT_MAX}).")
    return value


def optional_int(text: str, label: str) -> int | None:
    """A whole number, or None for "none" (to empty the field)."""
    if is_clear_word(text):
        return None
    try:
        return in_range(int(text.strip()), label)
    except ValueError:
        raise ValidationError(
            f"{label}: „{text}“ ist keine ganze Zahl (oder „none“ zum Leeren).") from None


def id_list(text: str, label: str) -> list[int]:
    """Comma-separated numbers; "none" or "" gives the empty list."""
    if is_clear_word(text):
        return []
    try:
        return [in_range(int(part), label) for part in text.split(",") if part.strip()]
    except ValueError:
        raise ValidationError(
            f"{label}: „{text}“ ist keine Liste von Nummern (z. B. 3,4,7).") from None


def parse_share(text: str, label: str) -> float:
    """A share as 0.8, 0,8, 80 or 80 % (for thresholds)."""
    cleaned = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise ValidationError(f"{label}: „{text}“ ist keine Zahl (z. B. 0,8 oder 80 %).") from None
    return value / 100 if value > 1 or text.strip().endswith("%") else value
