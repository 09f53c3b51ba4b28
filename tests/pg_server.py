"""A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, loopback only.

PostgreSQL refuses to run as root; when the tests run as root the cluster belongs to a
system user (`pgtest`, created on first use, else `nobody`) and every server binary is
started through `runuser`. Trust authentication on 127.0.0.1 only, the unix socket lives in
the temporary folder, durability is switched off (fsync) because the data is thrown away.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "postgres"
BIN_CANDIDATES = (
    "/usr/lib/postgresql/17/bin",
    "/usr/lib/postgresql/16/bin",
    "/usr/lib/postgresql/15/bin",
    "/usr/lib/postgresql/14/bin",
    "/usr/local/pgsql/bin",
    "/usr/pgsql-16/bin",
    "/usr/pgsql-15/bin",
    "/opt/homebrew/bin",
)


def find_bindir() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres; $TRANSFERPLANER_PG_BINDIR wins."""
    env = os.environ.get("TRANSFERPLANER_PG_BINDIR")
    candidates = [env] if env else []
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).resolve().parent))
    candidates.extend(BIN_CANDIDATES)
    for folder in candidates:
        path = Path(folder)
        if all((path / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
            return path
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_user() -> str | None:
    """None when not root; otherwise a system user that may run postgres."""
    if os.geteuid() != 0:
        return None
    for name in ("pgtest",):
        if subprocess.run(["id", "-u", name], capture_output=True).returncode == 0:
            return name
    created = subprocess.run(
        ["useradd", "-r", "-M", "-s", "/usr/sbin/nologin", "pgtest"], capture_output=True
    )
    if created.returncode == 0:
        return "pgtest"
    return "nobody"


@dataclass
class PgServer:
    bindir: Path
    root: Path
    port: int
    user: str | None
    _started: bool = field(default=False, repr=False)

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    @property
    def logfile(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str = "postgres", driver: str = "postgresql+psycopg") -> str:
        return f"{driver}://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, env=env, cwd=self.root
        )
        if result.returncode != 0:
            log = self.logfile.read_text(errors="replace")[-3000:] if self.logfile.exists() else ""
            raise RuntimeError(
                f"{' '.join(command)} failed ({result.returncode}):\n"
                f"{result.stdout}\n{result.stderr}\n{log}"
            )
        return result

    def init(self) -> None:
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        if self.user is not None:
            shutil.chown(self.root, self.user)
            shutil.chown(self.socket_dir, self.user)
        self._run("initdb", "-D", str(self.datadir), "-U", SUPERUSER, "--auth=trust",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        conf = self.datadir / "postgresql.conf"
        with conf.open("a", encoding="utf-8") as fh:
            fh.write(
                "\n# throwaway test cluster\n"
                "listen_addresses = '127.0.0.1'\n"
                f"port = {self.port}\n"
                f"unix_socket_directories = '{self.socket_dir}'\n"
                "max_connections = 300\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                "shared_buffers = 64MB\nwal_level = minimal\nmax_wal_senders = 0\n"
                "timezone = 'UTC'\n"
            )
        # Loopback only, trust: nothing else may connect.
        (self.datadir / "pg_hba.conf").write_text(
            "local all all trust\nhost all all 127.0.0.1/32 trust\n", encoding="utf-8"
        )

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.datadir), "-l", str(self.logfile), "-w",
                  "-t", "60", "start")
        self._started = True

    def stop(self, mode: str = "fast") -> None:
        if self._started:
            self._run("pg_ctl", "-D", str(self.datadir), "-m", mode, "-w", "stop")
            self._started = False

    def execute(self, sql: str, database: str = "postgres") -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE) as superuser."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=database, autocommit=True
        ) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def destroy(self) -> None:
        try:
            self.stop("immediate")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def start_server() -> PgServer:
    """Initialise and start a fresh cluster; raises RuntimeError if no binaries are found."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL-Serverprogramme (initdb, pg_ctl) nicht gefunden")
    root = Path(tempfile.mkdtemp(prefix="transferplaner-pg-"))
    server = PgServer(bindir=bindir, root=root, port=free_port(), user=_server_user())
    try:
        server.init()
        server.start()
    except BaseException:
        server.destroy()
        raise
    return server


if __name__ == "__main__":  # manual check: start, print the URL, wait for Enter
    srv = start_server()
    print(srv.url())
    try:
        input("Enter beendet den Server … ")
    finally:
        srv.destroy()
