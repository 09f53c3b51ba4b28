"""Where exports may write: never over a device or a pipe, folders private, no leftovers.

Fault 11: `-o devtest/null` (a device node) and a FIFO were replaced by a regular file of
personal data. Also: export folders are created 0700, and hidden `.part` files left by a
killed export are removed on the next run into that folder.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.cli import main
from planner.files import atomic_target
from tests.factories import make_series

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, device nodes, modes")


def _exports(event_id: int, folder: Path) -> list[tuple[Path, list[str]]]:
    return [(folder / name, [*args, "--event", str(event_id), "-o", str(folder / name)])
            for name, args in (("ziel.ics", ["export", "ical"]),
                               ("ziel.pdf", ["export", "signature-list"]),
                               ("ziel.xlsx", ["export", "attendance"]))]


def _special(kind: str, path: Path) -> Path:
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        try:  # the same node as /dev/null; needs root (CI containers run as root)
            os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except PermissionError:
            pytest.skip("Gerätedateien anlegen braucht root")
    else:
        path.mkdir()
    return path


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_exports_refuse_targets_that_are_not_regular_files(db, db_args, tmp_path, capsys,
                                                           kind):
    series = make_series(db, persons=2)
    folder = tmp_path / "exporte"
    folder.mkdir()
    for target, args in _exports(series.event_id, folder):
        _special(kind, target)
        before = os.stat(target).st_mode
        code = main([*db_args, *args])
        _out, err = capsys.readouterr()
        assert code != 0, args
        assert err.startswith("Fehler: ") and "keine normale Datei" in err, err
        assert os.stat(target).st_mode == before  # still the FIFO / device / folder
    assert sorted(p.name for p in folder.iterdir()) == ["ziel.ics", "ziel.pdf", "ziel.xlsx"]


@posix_only
def test_a_symlink_to_a_device_is_refused_too(db, db_args, tmp_path, capsys):
    series = make_series(db, persons=1)
    fifo = _special("fifo", tmp_path / "pipe")
    link = tmp_path / "kalender.ics"
    link.symlink_to(fifo)
    code = main([*db_args, "export", "ical", "--event", str(series.event_id), "-o", str(link)])
    assert code != 0 and "benannte Pipe" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@posix_only
def test_export_folders_are_created_private(db, db_args, tmp_path, capsys):
    series = make_series(db, persons=1)
    own = tmp_path / "Dokumente"
    own.mkdir()
    os.chmod(own, 0o755)
    target = own / "neu" / "tiefer" / "kalender.ics"
    code = main([*db_args, "export", "ical", "--event", str(series.event_id), "-o",
                 str(target)])
    assert code == 0, capsys.readouterr().err
    for folder in (own / "neu", own / "neu" / "tiefer"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(own.stat().st_mode) == 0o755  # the user's own folder is left alone


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@posix_only
def test_part_files_of_killed_exports_are_removed_on_the_next_run(db, db_args, tmp_path,
                                                                  capsys):
    series = make_series(db, persons=1)
    folder = tmp_path / "exporte"
    folder.mkdir()
    dead = folder / f".kalender.ics.p{_dead_pid()}.abcd1234.part"
    dead.write_text("BEGIN:VCALENDAR personal data of a killed export")
    legacy = folder / ".liste.xlsx.k9x_2m4q.part"  # written before the PID was in the name
    legacy.write_text("old")
    old = time.time() - 2 * 3600
    os.utime(legacy, (old, old))
    young_legacy = folder / ".liste.xlsx.zz9_2m4q.part"
    young_legacy.write_text("maybe still being written by an older version")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = folder / f".andere.ics.p{sleeper.pid}.efgh5678.part"
        live.write_text("another process is writing this right now")
        stranger = folder / ".hidden.part"  # not ours: no random part
        stranger.write_text("x")
        staging = folder / f".transferplaner-staging.p{_dead_pid()}.qwer_123.part"
        staging.mkdir()
        (staging / "Bescheinigung.pdf").write_text("%PDF")
        code = main([*db_args, "export", "ical", "--event", str(series.event_id), "-o",
                     str(folder / "kalender.ics")])
        assert code == 0, capsys.readouterr().err
        names = sorted(p.name for p in folder.iterdir())
        assert names == sorted(["kalender.ics", live.name, stranger.name, young_legacy.name])
    finally:
        sleeper.kill()
        sleeper.wait()
    # Once the other writer is gone, its part file goes as well.
    from planner.files import sweep_stale_parts

    assert sweep_stale_parts(folder, force=True) == [live]


def test_a_failed_write_leaves_no_part_file(tmp_path):
    target = tmp_path / "liste.xlsx"
    with pytest.raises(RuntimeError), atomic_target(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("renderer failed")
    assert list(tmp_path.iterdir()) == []
