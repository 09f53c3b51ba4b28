"""The log written during the whole test run holds no personal data.

Runs last on purpose (pytest orders files by name, tests/ui after tests/): by then every
test has written to the run's log (tests/conftest.py points the app, the CLI and their
subprocesses at one folder). The log is searched for the name and e-mail address of every
person of the demo data (and of the demo data the tests generate)."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select

from planner.demo import generate_demo
from planner.diagnostics import flush_log, log_folder
from planner.models import Person
from planner.storage.database import Database
from tests.conftest import SUITE_LOG_DIR
from ui.app import DEMO_SEED

SEEDS = ((2, DEMO_SEED, None), (1, 1, 2027))  # `--demo` of the app; tests/test_demo.py


def demo_people(folder: Path) -> set[str]:
    """Names and e-mail addresses of the demo persons (app start and test seeds)."""
    found: set[str] = set()
    for n, (years, seed, start) in enumerate(SEEDS):
        db = Database.open(folder / f"demo{n}.sqlite")
        try:
            with db.transaction() as orm:
                generate_demo(orm, years=years, seed=seed, start_year=start)
                for person in orm.scalars(select(Person)):
                    found.add(f"{person.first_name} {person.last_name}")
                    found.add(f"{person.last_name}, {person.first_name}")
                    if person.email:
                        found.add(person.email)
        finally:
            db.close()
    return found


def test_the_runs_log_names_no_person(tmp_path: Path) -> None:
    assert log_folder() == SUITE_LOG_DIR
    flush_log()
    files = sorted(SUITE_LOG_DIR.glob("transferplaner.log*"))
    assert files, "the run wrote a log"
    text = "\n".join(f.read_text(encoding="utf-8", errors="replace") for f in files)
    assert "erledigt in" in text  # operations of the window were logged …
    people = demo_people(tmp_path)
    assert len(people) > 200
    leaks = sorted(p for p in people if p in text)
    assert leaks == []
    # … and no e-mail address at all (the formatter blanks them)
    assert re.findall(r"[\w.+-]+@[\w-]+\.[\w.-]+", text) == []
