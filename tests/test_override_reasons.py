"""Per-person override reasons: each overridden person's own reason is stored and logged;
a missing one is refused by name and nothing is issued."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from planner.certificates import issue_certificates
from planner.errors import ValidationError
from planner.models import Certificate, CertificateIssue, Person
from planner.usecases.attendance import record_attendance
from tests.factories import make_series


def two_below(db):
    """Persons 0 and 1 at 79 % (below the 80 % series threshold), person 2 at 100 %."""
    fx = make_series(db, persons=3)
    with db.transaction() as orm:
        for i, sid in enumerate(fx.session_ids):
            for pid in fx.person_ids:
                record_attendance(orm, sid, pid, "present")
            for pid in fx.person_ids[:2]:
                if i == 4:
                    record_attendance(orm, sid, pid, "partial", minutes=266)
                if i == 5:
                    record_attendance(orm, sid, pid, "excused")
    return fx


def issue(db, event_id: int, folder: Path, **kw):
    with db.transaction() as orm:
        return issue_certificates(orm, event_id, folder, **kw)


def full_name(db, person_id: int) -> str:
    with db.reading() as orm:
        return orm.get(Person, person_id).full_name


def test_each_overridden_person_keeps_their_own_reason(db, tmp_path):
    fx = two_below(db)
    first, second, full = fx.person_ids
    reasons = {first: "Krankheit, Modul 6 nachgearbeitet", second: "Pflege eines Angehörigen"}
    result = issue(db, fx.event_id, tmp_path / "out", override_reasons=reasons)
    assert result.issued == 3
    with db.reading() as orm:
        certs = {c.person_id: (c.kind, c.override_reason)
                 for c in orm.scalars(select(Certificate))}
        notes = {orm.get(Certificate, log.certificate_id).person_id: log.note
                 for log in orm.scalars(select(CertificateIssue))}
    assert certs[first] == ("series", reasons[first])
    assert certs[second] == ("series", reasons[second])
    assert certs[full] == ("series", "")
    assert reasons[first] in notes[first] and reasons[second] not in notes[first]
    assert reasons[second] in notes[second] and reasons[first] not in notes[second]
    assert notes[full] == ""


def test_missing_reason_is_refused_by_name_and_nothing_is_written(db, tmp_path):
    fx = two_below(db)
    first, second, _full = fx.person_ids
    out = tmp_path / "out"
    with pytest.raises(ValidationError) as err:
        issue(db, fx.event_id, out, override_reasons={first: "Krankheit", second: "  "})
    message = str(err.value)
    assert message == f"Bitte eine Begründung für {full_name(db, second)} angeben."
    assert full_name(db, first) not in message
    with db.reading() as orm:
        assert orm.scalar(select(Certificate.id)) is None
        assert orm.scalar(select(CertificateIssue.id)) is None
    assert not out.exists() or not any(out.rglob("*.pdf"))
    with pytest.raises(ValidationError) as err:
        issue(db, fx.event_id, out, override_reasons={first: "", second: ""})
    assert f"{full_name(db, first)} und {full_name(db, second)}" in str(err.value)


def test_a_person_not_overridden_gets_the_modules_certificate(db, tmp_path):
    fx = two_below(db)
    first, second, _full = fx.person_ids
    issue(db, fx.event_id, tmp_path / "out", override_reasons={first: "Krankheit"})
    with db.reading() as orm:
        kinds = {c.person_id: (c.kind, c.override_reason)
                 for c in orm.scalars(select(Certificate))}
    assert kinds[first] == ("series", "Krankheit")
    assert kinds[second] == ("modules", "")
