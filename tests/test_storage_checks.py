"""Network-share refusal, free-space warnings and owner-only file permissions."""

from __future__ import annotations

import os
import stat
from collections import namedtuple
from pathlib import Path

import pytest

from planner.errors import DatabaseError
from planner.storage import checks as storage_checks
from planner.storage.checks import (
    check_local_path,
    free_space_warning,
    is_network_path,
    restrict_permissions,
)
from planner.storage.database import Database

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def fake_mounts(monkeypatch):
    """Replace the mount-table reader; returns the list to fill with (mount point, type)."""
    mounts: list[tuple[str, str]] = [("/", "ext4")]
    monkeypatch.setattr(storage_checks, "_read_mounts", lambda: list(mounts))
    monkeypatch.setattr(storage_checks.sys, "platform", "linux")
    return mounts


@pytest.mark.parametrize("path", [
    r"\\fileserver\transfer\planer.sqlite",
    r"\\192.168.1.20\daten$\transferplaner.sqlite",
    "//fileserver/transfer/planer.sqlite",
])
def test_unc_paths_are_network(path):
    assert is_network_path(path)


@pytest.mark.parametrize("fs_type", ["nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "sshfs",
                                     "fuse.sshfs", "9p", "afs", "ceph", "glusterfs"])
def test_network_mount_types(fake_mounts, tmp_path, fs_type):
    share = tmp_path / "share"
    fake_mounts.append((str(share), fs_type))
    assert is_network_path(share / "planer.sqlite")
    assert is_network_path(share / "deeper" / "not-yet-created" / "planer.sqlite")
    assert not is_network_path(tmp_path / "local.sqlite")


def test_longest_mount_prefix_wins_and_prefix_is_by_path_component(fake_mounts, tmp_path):
    fake_mounts.extend([(str(tmp_path / "net"), "cifs"), (str(tmp_path / "net" / "usb"), "vfat"),
                        (str(tmp_path / "mnt" / "share"), "nfs")])
    assert is_network_path(tmp_path / "net" / "a.sqlite")
    assert not is_network_path(tmp_path / "net" / "usb" / "a.sqlite")
    assert is_network_path(tmp_path / "net" / "usbstick" / "a.sqlite")
    # "/mnt/shared" is not inside the mount "/mnt/share"
    assert not is_network_path(tmp_path / "mnt" / "shared" / "a.sqlite")
    assert is_network_path(tmp_path / "mnt" / "share")


def test_symlink_into_a_share_is_resolved(fake_mounts, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    fake_mounts.append((str(share.resolve()), "nfs"))
    link = tmp_path / "looks-local"
    link.symlink_to(share, target_is_directory=True)
    assert is_network_path(link / "planer.sqlite")


def test_mount_table_file_is_parsed_with_escapes(monkeypatch, tmp_path):
    table = tmp_path / "mounts"
    share = tmp_path / "Netz Laufwerk"
    table.write_text(
        "/dev/vda / ext4 rw,relatime 0 0\n"
        f"//srv/daten {str(share).replace(' ', chr(92) + '040')} cifs rw,vers=3.0 0 0\n"
        f"srv:/export {tmp_path / 'nfs'} nfs4 rw 0 0\n"
        "broken-line\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(storage_checks, "MOUNT_TABLE", table)
    monkeypatch.setattr(storage_checks.sys, "platform", "linux")
    assert (str(share), "cifs") in storage_checks._read_mounts()
    assert is_network_path(share / "planer.sqlite")
    assert is_network_path(tmp_path / "nfs" / "x.sqlite")
    assert not is_network_path(tmp_path / "lokal" / "x.sqlite")


def test_missing_mount_table_means_local(monkeypatch, tmp_path):
    monkeypatch.setattr(storage_checks, "MOUNT_TABLE", tmp_path / "does-not-exist")
    monkeypatch.setattr(storage_checks.sys, "platform", "linux")
    assert not is_network_path(tmp_path / "x.sqlite")


def test_check_local_path_explains_in_german(fake_mounts, tmp_path):
    fake_mounts.append((str(tmp_path), "smbfs"))
    with pytest.raises(DatabaseError) as info:
        check_local_path(tmp_path / "planer.sqlite")
    message = info.value.message
    assert "Netzlaufwerk" in message
    assert "SQLite-Dateien dürfen nicht über ein Netzwerk geteilt werden" in message
    assert "PostgreSQL-Modus" in message
    check_local_path(Path("/") / "lokal" / "planer.sqlite")  # no error


def test_database_open_refuses_network_share(fake_mounts, tmp_path):
    fake_mounts.append((str(tmp_path.resolve()), "nfs"))
    target = tmp_path / "planer.sqlite"
    with pytest.raises(DatabaseError, match="Netzlaufwerk"):
        Database.open(target)
    assert not target.exists()


@posix_only
def test_new_database_file_and_wal_are_owner_only(tmp_path):
    old_umask = os.umask(0o022)  # the usual default: SQLite alone would create 0644
    path = tmp_path / "neu" / "planer.sqlite"
    db = Database.open(path)
    try:
        assert db.schema_action == "created"
        assert mode_of(path) == 0o600
        with db.engine.connect() as conn:  # make sure the WAL exists
            conn.exec_driver_sql("CREATE TABLE probe_wal (x INTEGER)")
            conn.commit()
        wal = Path(f"{path}-wal")
        assert wal.exists() and mode_of(wal) == 0o600
    finally:
        db.close()
        os.umask(old_umask)


def test_free_space_warning_uses_real_free_space(tmp_path):
    free = os.statvfs(tmp_path).f_bavail * os.statvfs(tmp_path).f_frsize
    assert free_space_warning(tmp_path, max(0, free - 500 * 1024 * 1024)) is None
    warning = free_space_warning(tmp_path, free)
    assert warning is not None and "Wenig Speicherplatz" in warning


def test_free_space_warning_for_missing_folder_and_margin(monkeypatch, tmp_path):
    usage = namedtuple("usage", "total used free")
    seen = []

    def fake_usage(path):
        seen.append(Path(path))
        return usage(10**12, 0, 150 * 1024 * 1024)

    monkeypatch.setattr(storage_checks.shutil, "disk_usage", fake_usage)
    target = tmp_path / "gibt" / "es" / "nicht" / "export.xlsx"
    assert free_space_warning(target, 40 * 1024 * 1024) is None  # 150 >= 40 + 100
    warning = free_space_warning(target, 60 * 1024 * 1024)  # 150 < 60 + 100
    assert warning is not None
    assert "150 MB frei" in warning and "60 MB" in warning and "100 MB Reserve" in warning
    assert seen[-1] == tmp_path.resolve()  # the nearest existing folder was asked


@posix_only
def test_restrict_permissions(tmp_path):
    f = tmp_path / "liste.xlsx"
    f.write_bytes(b"x")
    os.chmod(f, 0o644)
    restrict_permissions(f)
    assert mode_of(f) == 0o600
    restrict_permissions(tmp_path / "missing.xlsx")  # no error


def test_restrict_permissions_is_noop_off_posix(monkeypatch, tmp_path):
    f = tmp_path / "liste.xlsx"
    f.write_bytes(b"x")
    before = mode_of(f)
    monkeypatch.setattr(storage_checks.os, "name", "nt")
    restrict_permissions(f)
    assert mode_of(f) == before
