"""Build the one-folder bundle with PyInstaller and smoke-test it: `python packaging/build.py`.

Steps: make sure PyInstaller is available, build `dist/transferplaner/` from
`packaging/transferplaner.spec` (both executables in one folder), then run the bundled
programs the way a user would:

1. `transferplaner-cli --version` prints the version from planner/__init__.py;
2. `transferplaner-cli --db TMP demo --years 1` creates a demo database;
3. `transferplaner-cli export certificates --event ID -o DIR` on an event with eligible
   persons (found through `list events --json` and `certificate eligibility --json`) writes
   real PDFs (rendered by worker processes of the frozen executable);
4. `transferplaner --db TMP --self-test` on the offscreen platform opens, renders and closes
   the main window with exit code 0.

Prints the build time and the bundle size; exits non-zero on any failure.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "transferplaner.spec"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


class SmokeTestError(Exception):
    pass


def app_meta() -> dict[str, str]:
    """APP_ID and __version__ from planner/__init__.py, parsed like the spec does."""
    tree = ast.parse((ROOT / "planner" / "__init__.py").read_text(encoding="utf-8"))
    meta: dict[str, str] = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant)):
            meta[node.targets[0].id] = str(node.value.value)
    return meta


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        uv = shutil.which("uv")
        command = ([uv, "pip", "install", "--python", sys.executable, "pyinstaller"] if uv
                   else [sys.executable, "-m", "pip", "install", "pyinstaller"])
        print("PyInstaller fehlt, installiere:", " ".join(command), flush=True)
        subprocess.run(command, check=True)


def build(dist: Path, work: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
                   check=True, cwd=ROOT)
    return time.perf_counter() - t0


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def run(command: list[str], *, env: dict[str, str] | None = None,
        timeout: float = 600) -> subprocess.CompletedProcess[str]:
    print("$", " ".join(command), flush=True)
    # A clean environment as on a user's machine: no virtualenv, no PYTHONPATH into the repo.
    base = {k: v for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    result = subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                            errors="replace", timeout=timeout, env={**base, **(env or {})},
                            cwd=tempfile.gettempdir())
    if result.returncode != 0:
        raise SmokeTestError(f"{command[0]} endete mit {result.returncode}:\n"
                             f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


def find_certificate_event(cli: Path, db: Path) -> int:
    events = json.loads(run([str(cli), "--db", str(db), "list", "events", "--json"]).stdout)
    for event in events:
        rows = json.loads(run([str(cli), "--db", str(db), "certificate", "eligibility",
                               "--event", str(event["id"]), "--json"]).stdout)
        if any(row.get("eligible") for row in rows):
            return int(event["id"])
    raise SmokeTestError("Keine Veranstaltung mit bescheinigungsberechtigten Personen.")


def smoke_test(bundle: Path, version: str, app_id: str) -> None:
    cli = bundle / f"{app_id}-cli{EXE_SUFFIX}"
    gui = bundle / f"{app_id}{EXE_SUFFIX}"
    for exe in (cli, gui):
        if not exe.is_file():
            raise SmokeTestError(f"{exe} fehlt im Paket.")
    out = run([str(cli), "--version"]).stdout
    if version not in out:
        raise SmokeTestError(f"--version zeigt {out!r}, erwartet {version}.")
    print("  ok:", out.strip())
    with tempfile.TemporaryDirectory(prefix="transferplaner-smoke-") as tmp:
        db = Path(tmp) / "demo.sqlite"
        run([str(cli), "--db", str(db), "demo", "--years", "1"])
        event_id = find_certificate_event(cli, db)
        target = Path(tmp) / "bescheinigungen"
        combined = Path(tmp) / "alle.pdf"
        run([str(cli), "--db", str(db), "export", "certificates", "--event", str(event_id),
             "-o", str(target), "--combined", str(combined), "--workers", "2"])
        pdfs = sorted(target.glob("*.pdf"))
        if not pdfs or not combined.is_file():
            raise SmokeTestError(f"Keine Bescheinigungen in {target}.")
        for pdf in [*pdfs, combined]:
            if not pdf.read_bytes().startswith(b"%PDF-") or pdf.stat().st_size < 2000:
                raise SmokeTestError(f"{pdf.name} ist keine vollständige PDF-Datei.")
        print(f"  ok: {len(pdfs)} Bescheinigungen für Veranstaltung {event_id}")
        out = run([str(gui), "--db", str(db), "--self-test"],
                  env={"QT_QPA_PLATFORM": "offscreen"}).stdout
        print("  ok: GUI-Selbsttest", out.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="Zielordner")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--skip-build", action="store_true",
                        help="nur das vorhandene Paket testen")
    args = parser.parse_args(argv)
    meta = app_meta()
    bundle = args.dist / meta["APP_ID"]
    if not args.skip_build:
        ensure_pyinstaller()
        seconds = build(args.dist, args.work)
        print(f"Build: {seconds:.0f} s", flush=True)
    t0 = time.perf_counter()
    try:
        smoke_test(bundle, meta["__version__"], meta["APP_ID"])
    except (SmokeTestError, subprocess.TimeoutExpired) as exc:
        print(f"FEHLER: {exc}", file=sys.stderr)
        return 1
    size = folder_size(bundle)
    print(f"Smoke-Test: {time.perf_counter() - t0:.0f} s")
    print(f"Paket {bundle}: {size / 2**20:.1f} MiB ({meta['APP_NAME']} {meta['__version__']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
