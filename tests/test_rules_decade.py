"""For every person of a ten-year demo database: the attendance matrix, the grid, the
eligibility list and the certificates actually issued say the same (planner/RULES.md C6).

The demo is built once for this module (a fixed start year and "today", so the data is the
same on every day); "now" is the demo's today, so past, running and future events occur.
"""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.certificates import eligibility, issue_certificates
from planner.demo import generate_demo
from planner.errors import PlannerError
from planner.exports.attendance_matrix import build_matrix
from planner.models import Certificate, Event, Registration
from planner.queries.attendance import attendance_grid
from planner.rules.certificates import summary_label
from planner.storage.database import Database

START, YEARS = 2017, 10
TODAY = date(2026, 7, 1)
NOW = datetime(2026, 7, 1, 8, 0)


@pytest.fixture(scope="module")
def decade(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Database:
    path = tmp_path_factory.mktemp("decade") / "decade.sqlite"
    shutil.copyfile(template_db, path)
    db = Database.open(path)
    with db.transaction() as orm:
        generate_demo(orm, years=YEARS, seed=7, start_year=START, today=TODAY)
    yield db
    db.close()


def _labels_by_person(orm, event_id: int) -> dict[int, tuple[str, str, str]]:
    """person -> (matrix column, grid column, label of the eligibility items)."""
    items: dict[int, list] = {}
    for item in eligibility(orm, event_id, now=NOW):
        items.setdefault(item.person_id, []).append(item.entitlement)
    grid = attendance_grid(orm, event_id, now=NOW)
    try:
        matrix = {row.person_id: row.certificate
                  for row in build_matrix(orm, event_id, now=NOW).rows}
    except PlannerError:  # no registrations or no session taking place: no matrix
        matrix = {}
    return {person.id: (matrix.get(person.id, "(keine Zeile)"), person.certificate.label,
                        summary_label(items.get(person.id, [])))
            for person in grid.persons}


def test_matrix_grid_and_eligibility_agree_for_every_person(decade, clock):
    clock.set(NOW)
    seen: Counter[str] = Counter()
    with decade.reading() as orm:
        for event_id in orm.scalars(select(Event.id).order_by(Event.id)).all():
            for person_id, (matrix, grid, rules) in _labels_by_person(orm, event_id).items():
                assert matrix == grid == rules, (event_id, person_id, matrix, grid, rules)
                seen[rules] += 1
        walk_ins = orm.scalar(select(Registration.id).where(Registration.walk_in))
    assert walk_ins is not None  # the demo has walk-ins, and they are compared too
    # Every kind of outcome occurs in a decade of data.
    for label in ("Reihenbescheinigung", "Bescheinigung besuchter Module", "Modulbescheinigung",
                  "Teilnahmebestätigung", "noch offen", "keine"):
        assert any(label in key for key in seen), (label, seen)


def test_issued_certificates_are_exactly_the_due_ones(decade, clock, tmp_path):
    clock.set(NOW)
    due: set[tuple[int, str, int | None, int]] = set()
    with decade.reading() as orm:
        for event_id in orm.scalars(select(Event.id)).all():
            due |= {(i.person_id, str(i.kind), i.session_id, event_id)
                    for i in eligibility(orm, event_id, now=NOW) if i.eligible}
    for event_id in sorted({event_id for *_rest, event_id in due}):
        with decade.transaction() as orm:
            issue_certificates(orm, event_id, tmp_path / str(event_id), workers=2)
    with decade.reading() as orm:
        issued = {(c.person_id, c.kind, c.session_id, c.event_id)
                  for c in orm.scalars(select(Certificate).where(
                      Certificate.replaced_by_id.is_(None)))}
        assert all(c.covers_until <= TODAY for c in orm.scalars(select(Certificate)))
    assert issued == due
    assert len(issued) > 1000
