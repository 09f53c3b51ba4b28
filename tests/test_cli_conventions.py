"""The CLI's shared conventions: exit codes, the JSON shape of saving commands, `--json` on
listings, quiet broken pipes, shell completion."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from datetime import datetime

import pytest

from planner.cli import main
from planner.cli.main import build_parser
from tests.factories import make_series


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse ends usage errors this way
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def leaf_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, child in subs[0].choices.items():
        yield from leaf_commands(child, (*path, name))


def test_exit_codes_usage_error_refusal_conflict(db, db_args, capsys):
    series = make_series(db, persons=0)
    other = make_series(db, persons=0, start=datetime(2027, 9, 7, 9, 30), title="Zweite")
    code, _, err = run(capsys, *db_args, "session", "move", "--no-such-option")
    assert code == 2 and "usage" in err
    code, _, err = run(capsys, *db_args, "session", "move", "424242",
                       "--start", "2027-03-10T09:30", "--end", "2027-03-10T16:30")
    assert code == 1 and err.startswith("Fehler:") and len(err.strip().splitlines()) == 1
    clash = ["session", "move", str(other.session_ids[0]), "--start", "2027-03-02T10:00",
             "--end", "2027-03-02T12:00", "--venue", str(series.venue_id)]
    code, _, err = run(capsys, *db_args, *clash)
    assert code == 3 and "--force" in err
    code, out, err = run(capsys, *db_args, *clash, "--force", "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["id"] == other.session_ids[0] and doc["changed"] == ["sessions"]
    assert any(w["code"] == "venue_double" for w in doc["warnings"]), doc
    # Warnings also reach a person watching the terminal.
    assert all(f"Warnung: {w['message']}" in err for w in doc["warnings"])


def test_saving_commands_answer_with_id_warnings_changed(db_args, capsys):
    code, out, err = run(capsys, *db_args, "person", "add", "--first-name", "Zofia",
                         "--last-name", "Wałęsa", "--json")
    assert code == 0 and err == ""
    first = json.loads(out)
    assert set(first) == {"id", "warnings", "changed"}
    assert isinstance(first["id"], int) and first["warnings"] == []
    assert first["changed"] == ["persons"]
    code, out, err = run(capsys, *db_args, "person", "add", "--first-name", "zofia",
                         "--last-name", "Walesa", "--json")
    second = json.loads(out)
    assert second["id"] != first["id"]
    assert [w["code"] for w in second["warnings"]] == ["possible_duplicate"]
    assert str(first["id"]) in second["warnings"][0]["message"] and "Warnung:" in err
    # Without --json the same command prints the bare id (scripts rely on it).
    code, out, _ = run(capsys, *db_args, "person", "add", "--first-name", "Ana",
                       "--last-name", "Novák")
    assert code == 0 and out.strip().isdigit()


# Commands that write files or scripts rather than list or save records (their output is
# the file); every other command takes --json.
WITHOUT_JSON = {
    ("check",), ("demo",), ("completion",), ("backup",), ("restore",),
    ("certificate", "preview"), ("dossier", "export"), ("gdpr", "export"),
    ("db", "test-connection"), ("mail", "test"), ("mail", "configure"),
    ("caldav", "publish"), ("send", "certificates"), ("send", "invitations"),
    ("import", "registrations"), ("evaluation", "form"), ("evaluation", "import"),
}


def test_every_listing_and_saving_command_has_json():
    missing = []
    for path, parser in leaf_commands(build_parser()):
        if path[0] == "export" or path in WITHOUT_JSON:
            continue
        if not any("--json" in a.option_strings for a in parser._actions):
            missing.append(" ".join(path))
    assert missing == []


def _cli(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "planner", *args], **kwargs)


def test_closed_pipe_ends_quietly(db_args, tmp_path):
    # The reader is gone before the first line is written, as with `| head` on long output.
    proc = _cli("completion", "bash", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err and err == ""
    proc = _cli(*db_args, "list", "venues", "--json", stdout=subprocess.PIPE,
                stderr=subprocess.PIPE)
    proc.stdout.close()
    assert proc.wait(timeout=60) == 0 and proc.stderr.read() == b""


@pytest.mark.skipif(shutil.which("head") is None, reason="no head")
def test_pipe_into_head(tmp_path):
    shell = f"{sys.executable} -m planner completion bash | head -n 2"
    result = subprocess.run(["sh", "-c", shell], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr == ""
    assert len(result.stdout.splitlines()) == 2


def _bash_complete(script: str, words: list[str]) -> list[str]:
    line = " ".join(words)
    program = (f'source "$1"; COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; '
               f'COMP_LINE="{line}"; COMP_POINT=${{#COMP_LINE}}; '
               '_shtab_transferplaner_cli; printf "%s\\n" "${COMPREPLY[@]}"')
    result = subprocess.run(["bash", "-c", program, "_", script], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_bash_completion_completes_commands_and_options(tmp_path, capsys):
    code, script, _ = run(capsys, "completion", "bash")
    assert code == 0
    path = tmp_path / "transferplaner-cli.bash"
    path.write_text(script)
    assert subprocess.run(["bash", "-n", str(path)]).returncode == 0
    assert "export" in _bash_complete(str(path), ["transferplaner-cli", "exp"])
    assert {"ical", "attendance"} <= set(_bash_complete(str(path),
                                                        ["transferplaner-cli", "export", "''"]))
    assert "--json" in _bash_complete(str(path), ["transferplaner-cli", "list", "events", "--j"])
    (tmp_path / "plan.sqlite").touch()
    # File arguments complete file names.
    found = _bash_complete(str(path), ["transferplaner-cli", "--db", str(tmp_path / "pl")])
    assert str(tmp_path / "plan.sqlite") in found


def test_zsh_completion_script(tmp_path, capsys):
    code, script, _ = run(capsys, "completion", "zsh")
    assert code == 0 and script.startswith("#compdef transferplaner-cli")
    assert "'list:" in script or "list" in script
    if shutil.which("zsh") is None:
        pytest.skip("zsh ist nicht installiert (Syntaxprüfung übersprungen)")
    path = tmp_path / "_transferplaner-cli"
    path.write_text(script)
    result = subprocess.run(["zsh", "-n", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    # Loaded as a user's .zshrc would: the completion function is defined and registered.
    program = (f'autoload -U compinit && compinit -u -d "{tmp_path}/zcompdump"; '
               'eval "$(cat "$1")"; print ${+functions[_shtab_transferplaner_cli]} '
               '${_comps[transferplaner-cli]}')
    result = subprocess.run(["zsh", "-c", program, "_", str(path)], capture_output=True,
                            text=True, timeout=60)
    assert result.stdout.split() == ["1", "_shtab_transferplaner_cli"], result.stderr
