"""Refresh the Qt Linguist files: lupdate over every ui/ module and the planner modules whose
German labels are marked with QT_TRANSLATE_NOOP (planner.translatable), then lrelease.

Usage: uv run python tools/update_translations.py
Existing translations in resources/translations/*.ts are kept; new source strings appear
as "unfinished" and can be translated with pyside6-linguist (or by editing the XML).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en",)


def tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} nicht gefunden (PySide6 installiert?)")
    return found


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    sources += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "planner").rglob("*.py")
                      if p.name != "translatable.py"
                      and "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8"))
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"transferplaner_{language}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "de",
                        "-target-language", language, *sources, "-ts", str(ts)],
                       cwd=ROOT, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
