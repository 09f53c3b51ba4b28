"""Run every benchmark module, print a table, write benchmark-results.json.

    uv run python -m tests.benchmarks                 # all
    uv run python -m tests.benchmarks -k search       # modules whose name contains "search"
    uv run python -m tests.benchmarks --demo-db F     # reuse a `demo --years 10` database

Each module `tests/benchmarks/bench_*.py` exposes `run(workdir: Path) -> list[dict]`; each
dict has `name`, `value`, `unit`, optionally `ratio` (ours / raw library, same run) and
`target` (for a ratio when there is one, else for the value). The decade of demo data is
built once per run (tests/benchmarks/common.py) for the modules that need it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import sys
import tempfile
import time
from pathlib import Path

import tests.benchmarks as package
from tests.benchmarks.common import ENV


def verdict(result: dict) -> str:
    target = result.get("target")
    if target is None:
        return ""
    measured = result["ratio"] if result.get("ratio") is not None else result["value"]
    return "ok" if measured <= target else "MISSED"


def print_table(results: list[dict]) -> None:
    print(f"{'benchmark':<62} {'value':>10} {'unit':<5} {'ratio':>6} {'target':>7}")
    for r in results:
        ratio = f"{r['ratio']:.2f}" if r.get("ratio") is not None else ""
        target = f"{r['target']:g}" if r.get("target") is not None else ""
        print(f"{r['name']:<62} {r['value']:>10.3f} {r['unit']:<5} {ratio:>6} {target:>7} "
              f"{verdict(r)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("-k", help="only benchmark modules whose name contains this")
    parser.add_argument("-o", default="benchmark-results.json", help="result file (JSON)")
    parser.add_argument("--demo-db", type=Path,
                        help="existing database with `demo --years 10` (else built once)")
    args = parser.parse_args(argv)
    results: list[dict] = []
    names = sorted(m.name for m in pkgutil.iter_modules(package.__path__)
                   if m.name.startswith("bench_"))
    with tempfile.TemporaryDirectory(prefix="tp-bench-") as root:
        os.environ[ENV] = str(args.demo_db.resolve() if args.demo_db
                              else Path(root) / "demo10.sqlite")
        for name in names:
            if args.k and args.k not in name:
                continue
            module = importlib.import_module(f"tests.benchmarks.{name}")
            with tempfile.TemporaryDirectory(dir=root) as tmp:
                print(f"… {name}", file=sys.stderr, flush=True)
                t0 = time.perf_counter()
                results.extend(module.run(Path(tmp)))
                print(f"  {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    print_table(results)
    Path(args.o).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
