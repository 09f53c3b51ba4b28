"""Two Database objects (two windows or processes) on one SQLite file: an edit of a record
that changed underneath is detected, never silently overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm.exc import StaleDataError

from planner.errors import StaleEditError
from planner.gdpr.consent import set_consent
from planner.models import Person
from planner.storage.database import Database
from planner.usecases.people import add_person, update_person
from tests import rawdb


def stored_email(db_path: Path, person_id: int) -> str:
    con = rawdb.connect(db_path)  # SQLite file or, under --pg, the server
    try:
        return con.execute("SELECT email FROM person WHERE id = ?", (person_id,)).fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def two(db: Database, db_path: Path):  # noqa: ANN201
    other = Database.open(db_path)
    with db.transaction() as orm:
        pid = add_person(orm, first_name="Ada", last_name="Zwei",
                         email="ada@example.org").value.id
    yield db, other, pid
    other.close()


def test_expected_version_detects_change_from_other_database(two, db_path: Path) -> None:
    a, b, pid = two
    with a.reading() as orm:  # window A loads the person into its editor
        version = orm.get(Person, pid).version_id
    with b.transaction() as orm:  # window B saves a change
        update_person(orm, pid, email="b@example.org")
    with pytest.raises(StaleEditError, match="jemand anderem"), a.transaction() as orm:
        update_person(orm, pid, expected_version=version, email="a@example.org")
    assert stored_email(db_path, pid) == "b@example.org"
    # Overwrite after the user chose it explicitly: the fresh version is used.
    with a.transaction() as orm:
        update_person(orm, pid, expected_version=None, email="a@example.org")
    assert stored_email(db_path, pid) == "a@example.org"


def test_orm_version_column_detects_change_at_flush(two, db_path: Path) -> None:
    a, b, pid = two
    session = a._sessions()
    person = session.get(Person, pid)
    session.commit()  # the object stays loaded (expire_on_commit=False), as in an open form
    with b.transaction() as orm:
        update_person(orm, pid, email="b@example.org")
    person.email = "a@example.org"
    with pytest.raises(StaleDataError):
        session.commit()
    session.rollback()
    session.close()
    assert stored_email(db_path, pid) == "b@example.org"


def test_consent_edit_is_version_checked(two) -> None:
    a, b, pid = two
    with a.reading() as orm:
        version = orm.get(Person, pid).version_id
    with b.transaction() as orm:
        set_consent(orm, pid, photos=False, directory=False)
    with pytest.raises(StaleEditError), a.transaction() as orm:
        set_consent(orm, pid, photos=True, directory=True, expected_version=version)
    with a.reading() as orm:
        p = orm.get(Person, pid)
        assert (p.consent_photos, p.consent_directory) == (False, False)


def test_both_databases_keep_working(two, db_path: Path) -> None:
    a, b, pid = two
    for i in range(5):
        with (a if i % 2 else b).transaction() as orm:
            update_person(orm, pid, phone=f"0{i}")
    with a.reading() as orm:
        assert orm.get(Person, pid).phone == "04"
    assert not a.integrity_check() and not b.integrity_check()
