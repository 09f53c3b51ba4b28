"""The database settings registry: each setting declared once, read and written typed."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from planner import settings
from planner.models import Setting as SettingRow
from planner.settings import (
    AGREEMENT_REMINDER_WEEKS,
    CERTIFICATE_THRESHOLD,
    CURRENT_OFFICE,
    GDPR_RETENTION_YEARS,
    MAIL_TEMPLATE_SUBJECT,
    REGISTRY,
    UNIT_MINUTES,
)

PLANNER = Path(__file__).resolve().parents[1] / "planner"


def test_every_setting_reads_its_default_on_a_new_database(db):
    with db.reading() as orm:
        for key, entry in REGISTRY.items():
            assert entry.key == key and entry.description
            value = entry.get(orm)
            assert value == entry.default and isinstance(value, entry.type)
            assert entry.read(orm) == entry.default


def test_values_round_trip_with_their_type(db):
    with db.transaction() as orm:
        UNIT_MINUTES.set(orm, 60)
        CERTIFICATE_THRESHOLD.set(orm, 1)  # an int is a fine float
        CURRENT_OFFICE.set(orm, "hamburg")
        GDPR_RETENTION_YEARS.set(orm, {"default": 7})
    with db.reading() as orm:
        assert UNIT_MINUTES.get(orm) == 60 and UNIT_MINUTES.read(orm) == 60
        assert CERTIFICATE_THRESHOLD.get(orm) == 1.0
        assert CURRENT_OFFICE.read(orm) == "hamburg"
        years = GDPR_RETENTION_YEARS.get(orm)
        years["default"] = 99  # a copy: changing it changes nothing stored
        assert GDPR_RETENTION_YEARS.get(orm) == {"default": 7}
        assert orm.get(SettingRow, "unit_minutes").value == 60


def test_a_value_of_another_type_is_refused(db):
    with db.transaction() as orm:
        with pytest.raises(TypeError, match="unit_minutes"):
            UNIT_MINUTES.set(orm, "sixty")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            AGREEMENT_REMINDER_WEEKS.set(orm, True)


def test_stored_values_that_do_not_fit_read_as_default_or_converted(db):
    with db.transaction() as orm:
        orm.add(SettingRow(key="unit_minutes", value="50"))
        orm.add(SettingRow(key="agreement_reminder_weeks", value="zwei"))
        orm.add(SettingRow(key="gdpr_retention_years", value=[1, 2]))
    with db.reading() as orm:
        assert UNIT_MINUTES.get(orm) == 50
        assert AGREEMENT_REMINDER_WEEKS.get(orm) == 8
        assert GDPR_RETENTION_YEARS.get(orm) == {}


def test_a_key_is_declared_only_once():
    with pytest.raises(ValueError, match="declared twice"):
        settings.declare("unit_minutes", int, 30, "noch einmal")


def test_families_give_one_entry_per_name():
    subject = MAIL_TEMPLATE_SUBJECT("certificate")
    assert subject is MAIL_TEMPLATE_SUBJECT("certificate")
    assert subject.key == "mail_template_certificate_subject"
    assert REGISTRY[subject.key] is subject and "certificate" in subject.description


def test_no_module_reads_or_writes_setting_rows_by_hand():
    """Only planner/settings.py touches the `setting` table (besides its model)."""
    offenders = []
    for path in PLANNER.rglob("*.py"):
        if path.name == "settings.py" and path.parent == PLANNER or "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id in ("Setting", "SettingRow"):
                offenders.append(f"{path.relative_to(PLANNER)}:{node.lineno}")
    allowed = {"models/documents.py", "models/__init__.py"}
    assert [o for o in offenders if o.split(":")[0] not in allowed] == []
