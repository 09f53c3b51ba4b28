"""Counts collected by the robustness tests, printed by conftest's terminal summary."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Stats:
    crash_rounds: int = 0
    random_inputs: int = 0
    notes: list[str] = field(default_factory=list)


STATS = Stats()

# Test files whose outcome decides the "result" printed in the summary.
ROBUSTNESS_FILES = ("test_crash_kill.py", "test_two_processes.py", "test_disk_full.py",
                    "test_bad_input.py", "test_outbox_kill.py", "test_restore_safety.py",
                    "test_first_start.py", "test_certificate_export_kill.py")


def record_crash_round() -> None:
    STATS.crash_rounds += 1


def record_input() -> None:
    STATS.random_inputs += 1


def note(text: str) -> None:
    STATS.notes.append(text)
