"""Where the bundled resources live (source tree, wheel or PyInstaller bundle)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def icon_path() -> Path:
    return resources_dir() / "icons" / "transferplaner.svg"


def translation_path(language: str) -> Path:
    return resources_dir() / "translations" / f"transferplaner_{language}.qm"
