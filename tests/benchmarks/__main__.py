"""Run every benchmark module, print a table, write benchmark-results.json.

Each module `tests/benchmarks/bench_*.py` exposes `run(workdir: Path) -> list[dict]`; each
dict has `name`, `value`, `unit`, optionally `ratio` (ours / raw library, same run) and
`target`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import tempfile
from pathlib import Path

import tests.benchmarks as package


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("-k", help="only benchmark modules whose name contains this")
    parser.add_argument("-o", default="benchmark-results.json")
    args = parser.parse_args(argv)
    results: list[dict] = []
    names = sorted(m.name for m in pkgutil.iter_modules(package.__path__)
                   if m.name.startswith("bench_"))
    for name in names:
        if args.k and args.k not in name:
            continue
        module = importlib.import_module(f"tests.benchmarks.{name}")
        with tempfile.TemporaryDirectory() as tmp:
            print(f"… {name}", file=sys.stderr, flush=True)
            results.extend(module.run(Path(tmp)))
    print(f"{'benchmark':<55} {'value':>12} {'unit':<6} {'ratio':>7} {'target':>8}")
    for r in results:
        ratio = f"{r['ratio']:.2f}" if r.get("ratio") is not None else ""
        target = str(r.get("target", ""))
        print(f"{r['name']:<55} {r['value']:>12.3f} {r['unit']:<6} {ratio:>7} {target:>8}")
    Path(args.o).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
