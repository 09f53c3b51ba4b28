"""transferplaner-cli: the command-line tool (no Qt import anywhere below this package)."""

from planner.cli.main import main

__all__ = ["main"]
