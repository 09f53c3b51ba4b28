"""Every use case says what it changed: `Outcome.changed` is a set of `Change` members."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from planner.usecases.outcome import Change, Outcome

PLANNER = Path(__file__).resolve().parents[1] / "planner"


def test_changed_is_a_frozen_set_of_change_members():
    outcome = Outcome(1, [], {Change.EVENTS, "sessions"})  # type: ignore[arg-type]
    assert outcome.changed == frozenset({Change.EVENTS, Change.SESSIONS})
    assert all(isinstance(c, Change) for c in outcome.changed)
    with pytest.raises(ValueError):
        Outcome(1, [], {"everything"})  # type: ignore[arg-type]


def _outcome_calls():
    for path in PLANNER.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Outcome":
                yield path.relative_to(PLANNER), node


def test_every_use_case_names_what_it_changed():
    calls = list(_outcome_calls())
    assert len(calls) > 30
    missing = []
    for path, call in calls:
        changed = call.args[2] if len(call.args) > 2 else next(
            (k.value for k in call.keywords if k.arg == "changed"), None)
        if changed is None:
            missing.append(f"{path}:{call.lineno}")
            continue
        # Literal sets name Change members, never plain strings.
        for const in ast.walk(changed):
            if isinstance(const, ast.Constant) and isinstance(const.value, str):
                missing.append(f"{path}:{call.lineno} ({const.value!r})")
    assert missing == []
