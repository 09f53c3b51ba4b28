"""A real Radicale CalDAV server on 127.0.0.1 for tests (plain-text htpasswd users)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass
class RadicaleServer:
    base: str
    storage: Path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def radicale_server(folder: Path, users: dict[str, str]) -> Iterator[RadicaleServer]:
    """Start Radicale with these user:password pairs; stop it afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    htpasswd = folder / "users"
    htpasswd.write_text("".join(f"{u}:{p}\n" for u, p in users.items()), encoding="utf-8")
    port = _free_port()
    storage = folder / "storage"
    log_path = folder / "radicale.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", "",
             "--storage-filesystem-folder", str(storage),
             "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(htpasswd),
             "--auth-htpasswd-encryption", "plain",
             "--rights-type", "owner_only", "--server-hosts", f"127.0.0.1:{port}"],
            stdout=log, stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 20
            while True:
                if proc.poll() is not None:
                    raise RuntimeError("Radicale did not start: "
                                       + log_path.read_text(errors="replace"))
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                        break
                except OSError:
                    if time.monotonic() > deadline:
                        raise RuntimeError("Radicale did not listen in time") from None
                    time.sleep(0.1)
            yield RadicaleServer(f"http://127.0.0.1:{port}", storage)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
