"""`demo`: fill a database with realistic, reproducible demo data."""

from __future__ import annotations

import argparse

from planner.cli.context import CommandContext


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="Datenbank mit Demodaten füllen")
    p.add_argument("--years", type=int, default=2, help="Anzahl Jahre (Standard 2)")
    p.add_argument("--seed", type=int, default=2027, help="Zufallsstartwert")
    p.add_argument("--start-year", type=int, help="erstes Jahr (Standard: aktuelles Jahr - 1)")
    p.set_defaults(handler=cmd_demo)


def cmd_demo(ctx: CommandContext) -> int:
    from planner.demo import generate_demo
    from planner.errors import ValidationError

    a = ctx.args
    if not 1 <= a.years <= 30:
        raise ValidationError("--years muss zwischen 1 und 30 liegen.")
    stats = ctx.write(lambda orm: generate_demo(orm, years=a.years, seed=a.seed,
                                                start_year=a.start_year))
    ctx.out("Demodaten angelegt: " + ", ".join(f"{v} {k}" for k, v in stats.items()))
    return 0
