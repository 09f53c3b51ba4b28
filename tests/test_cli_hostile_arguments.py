"""Every CLI command, with hostile arguments: one `Fehler:` line or a usage message, never a
traceback (fault 16).

The commands are discovered from the argparse tree, so a command added later is covered
without touching this file. For each command a plausible base call is built (ids that
exist, dates, output paths in a scratch folder); then each argument in turn gets each value
of a hostile set: numbers beyond 64 bits, negative, zero, empty and control-character text,
undecodable bytes (as the OS hands them to Python), impossible dates, a FIFO, a folder,
server URLs with broken ports. Any exception leaving `main()` fails the test, as does a
non-zero exit without a `Fehler:` line or a usage message, or a call that hangs.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import signal
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from planner.cli.main import build_parser, main
from tests import robustness_stats

HANG_SECONDS = 30
HOSTILE_INTS = ["99999999999999999999", "-99999999999999999999", "-1", "0", "2147483647",
                "2147483648"]
HOSTILE_TEXT = [
    "", "\x00", "a\x1b[2Jb", "ä" * 5000, "caf\udce9",  # undecodable byte from argv
    "=HYPERLINK(\"http://x\")", "2027-02-30", "9999-12-31T23:59", "2027-03-28T02:30", "-1",
    "99999999999999999999", "nan", "postgres://u@127.0.0.1:1/x",
    "postgresql://u@127.0.0.1:abc/x", "{\"a\": [", "none",
]
PATHS = ["FIFO", "FOLDER", "MISSING/deep/x.xlsx", "READONLY/x.xlsx"]


@dataclass(frozen=True)
class Leaf:
    path: tuple[str, ...]
    parser: argparse.ArgumentParser

    @property
    def name(self) -> str:
        return " ".join(self.path)


def leaf_commands(parser: argparse.ArgumentParser) -> list[Leaf]:
    """Every runnable command of the tree (aliases once)."""
    leaves: list[Leaf] = []
    seen: set[int] = set()

    def walk(p: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    if id(sub) not in seen:
                        seen.add(id(sub))
                        walk(sub, (*path, name))
                return
        leaves.append(Leaf(path, p))

    walk(parser, ())
    return leaves


def _arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions
            if not isinstance(a, argparse._HelpAction | argparse._VersionAction)]


def _is_flag(action: argparse.Action) -> bool:
    return action.nargs == 0


def _looks_like_path(action: argparse.Action) -> bool:
    words = " ".join([action.dest, *(action.option_strings or []), str(action.metavar or ""),
                      str(action.help or "")]).lower()
    return any(w in words for w in ("file", "datei", "output", "folder", "ordner", "dir",
                                    "combined", "pfad"))


class Scratch:
    """Paths the hostile values point at, and plausible values per argument."""

    def __init__(self, root: Path, ids: dict[str, int]) -> None:
        self.root = root
        self.ids = ids
        self.fifo = root / "pipe"
        os.mkfifo(self.fifo)
        self.folder = root / "ordner"
        self.folder.mkdir()
        self.readonly = root / "nurlesen"
        self.readonly.mkdir()
        self.counter = 0

    def path_value(self, token: str) -> str:
        return {"FIFO": str(self.fifo), "FOLDER": str(self.folder),
                "READONLY/x.xlsx": str(self.readonly / "x.xlsx")}.get(
            token, str(self.root / token))

    def output(self, suffix: str = "") -> str:
        self.counter += 1
        return str(self.root / "out" / f"datei{self.counter}{suffix}")

    def plausible(self, leaf: Leaf, action: argparse.Action) -> str:
        if action.choices:
            return str(next(iter(action.choices)))
        name = action.dest.lower()
        if action.type is int or name.endswith("_id") or name in ("event", "person", "id"):
            key = next((k for k in self.ids if k in name), "event")
            return str(self.ids.get(key, 1))
        if name in ("start", "end", "on", "date", "as_of", "from_", "to", "issued_on") or \
                "date" in str(action.metavar or "").lower() or \
                "datum" in str(action.metavar or "").lower():
            return {"start": "2027-03-09T09:30", "end": "2027-03-09T16:30"}.get(
                name, "2027-03-02")
        if name == "file" and leaf.path[:1] == ("import",):
            return str(self.root / "anmeldungen.csv")
        if name == "file":
            return str(self.root / "keine-sicherung.sqlite")
        if _looks_like_path(action):
            return self.output({"signature-list": ".pdf"}.get(leaf.path[-1], ""))
        if "url" in name:
            return "http://127.0.0.1:1/"
        return "Text"


def base_call(leaf: Leaf, scratch: Scratch) -> dict[argparse.Action, str | None]:
    """The required arguments with plausible values (one of each required group)."""
    chosen: dict[argparse.Action, str | None] = {}
    for action in _arguments(leaf.parser):
        if action.required or (not action.option_strings and action.nargs not in ("?", "*")):
            chosen[action] = None if _is_flag(action) else scratch.plausible(leaf, action)
    for group in leaf.parser._mutually_exclusive_groups:
        if group.required and not any(a in chosen for a in group._group_actions):
            first = group._group_actions[0]
            chosen[first] = None if _is_flag(first) else scratch.plausible(leaf, first)
    return chosen


def argv_of(leaf: Leaf, call: dict[argparse.Action, str | None]) -> list[str]:
    argv = list(leaf.path)
    positionals = [a for a in _arguments(leaf.parser) if not a.option_strings]
    for action, value in call.items():
        if action.option_strings:  # `--opt=value`: a hostile value starting with "-" stays one
            option = action.option_strings[-1]
            argv.append(option if value is None else f"{option}={value}")
    values = [str(call[a]) for a in positionals if a in call and call[a] is not None]
    if values:
        argv.append("--")
    return argv + values


def hostile_calls(leaf: Leaf, scratch: Scratch) -> Iterator[list[str]]:
    base = base_call(leaf, scratch)
    yield argv_of(leaf, base)
    for action in _arguments(leaf.parser):
        if _is_flag(action):
            if action not in base:
                yield argv_of(leaf, {**base, action: None})
            continue
        if action.choices:
            values = ["", "unbekannt"]
        elif action.type is int:
            values = HOSTILE_INTS
        elif _looks_like_path(action) or action.dest == "file":
            values = [scratch.path_value(p) for p in PATHS] + ["", "\x00"]
        else:
            values = HOSTILE_TEXT
        for value in values:
            yield argv_of(leaf, {**base, action: value})


@contextlib.contextmanager
def hang_guard(argv: list[str]) -> Iterator[None]:
    def on_alarm(_signum: int, _frame: object) -> None:
        raise TimeoutError(f"hangs: {argv!r}")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(HANG_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of one in-process run; SystemExit: argparse's usage."""
    sys.stdin = io.StringIO("geheim\n")
    try:
        with hang_guard(argv):
            try:
                code = main(argv)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    robustness_stats.record_input()
    return code, out, err


def _explained(code: int, out: str, err: str) -> bool:
    """Done, a `Fehler:` line or argparse's usage message, or (exit 1) a negative result
    reported as the command's output (`certificate verify`: "nicht echt")."""
    if code == 0:
        return True
    lines = [line for line in err.splitlines() if line.strip()]
    if any(line.startswith(("Fehler:", "usage:", "Abgebrochen.")) or ": error:" in line
           for line in lines):
        return True
    return code == 1 and bool(out.strip()) and "Traceback" not in err


@pytest.fixture
def scratch(db, tmp_path: Path) -> Scratch:
    from tests.factories import make_series

    series = make_series(db, persons=3)
    root = tmp_path / "feindlich"
    root.mkdir()
    (root / "anmeldungen.csv").write_text("Nachname;Vorname\nMüller;Anna\n", encoding="utf-8")
    s = Scratch(root, {"event": series.event_id, "session": series.session_ids[0],
                       "person": series.person_ids[0], "trainer": series.trainer_id,
                       "keep": series.person_ids[0], "drop": series.person_ids[1],
                       "municipality": series.municipality_id, "venue": series.venue_id})
    os.chmod(s.readonly, 0o500)
    yield s
    os.chmod(s.readonly, 0o700)


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and SIGALRM are POSIX")
def test_every_command_survives_hostile_arguments(db_args, scratch, capsys, monkeypatch):
    monkeypatch.chdir(scratch.root)
    monkeypatch.setenv("TRANSFERPLANER_DB_URL", "")
    leaves = leaf_commands(build_parser())
    assert len(leaves) >= 40  # the discovery found the tree, not just the top level
    failures: list[str] = []
    runs = 0
    for leaf in leaves:
        for argv in hostile_calls(leaf, scratch):
            full = [*db_args, *argv]
            try:
                code, out, err = run_cli(full, capsys)
            except BaseException as exc:  # noqa: BLE001 - a traceback is the finding
                failures.append(f"{leaf.name}: {full[len(db_args):]!r} -> "
                                f"{type(exc).__name__}: {exc}"[:400])
                continue
            runs += 1
            if not _explained(code, out, err):
                failures.append(f"{leaf.name}: {full[len(db_args):]!r} -> exit {code} without "
                                f"Fehler line: {err[:200]!r}")
    robustness_stats.note(f"CLI hostile arguments: {len(leaves)} commands, {runs} calls")
    assert not failures, f"{len(failures)} calls failed:\n" + "\n".join(failures)


GLOBAL_COMMANDS = [["list", "events"], ["check"], ["backup"], ["db", "info"],
                   ["db", "test-connection"], ["audit"],
                   ["person", "add", "--first-name", "Ada", "--last-name", "Lovelace"]]


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and SIGALRM are POSIX")
def test_hostile_database_locations_end_in_one_line(tmp_path, capsys, monkeypatch):
    """`--db-url postgres://…` was accepted by test-connection and a traceback elsewhere; a
    port that is not a number, a FIFO or a folder as database file ended likewise."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TRANSFERPLANER_DB_URL", raising=False)
    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    folder = tmp_path / "ordner.sqlite"
    folder.mkdir()
    text = tmp_path / "text.sqlite"
    text.write_text("Das ist keine Datenbank, sondern ein Brief.\n" * 50)
    locations = [["--db", str(fifo)], ["--db", str(folder)], ["--db", str(text)],
                 ["--db-url", "postgres://u@127.0.0.1:1/x"],
                 ["--db-url", "postgresql://u@127.0.0.1:abc/x"],
                 ["--db-url", "postgresql://u@[::1:5432/x"],
                 ["--db-url", "mysql://u@127.0.0.1:1/db"], ["--db-url", "kein-url"],
                 ["--db", "http://127.0.0.1:1/x"], ["--db-url", "sqlite:///" + str(fifo)]]
    failures = []
    for location in locations:
        for command in GLOBAL_COMMANDS:
            argv = [*location, *command]
            try:
                code, out, err = run_cli(argv, capsys)
            except BaseException as exc:  # noqa: BLE001 - a traceback is the finding
                failures.append(f"{argv!r} -> {type(exc).__name__}: {exc}"[:300])
                continue
            if code == 0 or not err.startswith("Fehler: ") or "Traceback" in err:
                failures.append(f"{argv!r} -> exit {code}: {err[:200]!r}")
    assert stat_is_fifo(fifo) and folder.is_dir()  # nothing replaced what was there
    assert not failures, "\n".join(failures)


def stat_is_fifo(path: Path) -> bool:
    import stat

    return stat.S_ISFIFO(os.stat(path).st_mode)
