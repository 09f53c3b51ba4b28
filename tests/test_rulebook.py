"""planner/RULES.md stays true: every rule names a test, and every named test exists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "planner" / "RULES.md"


def _rules() -> dict[str, str]:
    """Rule id -> its paragraph."""
    text = RULES.read_text(encoding="utf-8")
    parts = re.split(r"\*\*([A-Z]\d+) — ", text)
    return {parts[i]: parts[i + 1].split("\n\n**")[0] for i in range(1, len(parts), 2)}


def _tests_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")}


def test_every_rule_names_a_test():
    rules = _rules()
    assert len(rules) >= 15
    for rule, text in rules.items():
        assert "test_" in text, f"{rule} names no test"


def test_every_named_test_exists():
    text = RULES.read_text(encoding="utf-8")
    named = re.findall(r"`(test_\w+\.py)(?:::(test_\w+))?", text)
    assert named
    for file_name, test_name in named:
        path = ROOT / "tests" / file_name
        assert path.exists(), file_name
        if test_name:
            assert test_name in _tests_in(path), f"{file_name}::{test_name}"
