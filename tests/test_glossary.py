"""One German form per term on every screen and document (issue #17, item 10): the trainer
role is "Referent:in" / "Referent:innen"; one person's role is singular ("Teilnehmer:in").
The scan keeps the retired spellings from coming back in the sources."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RETIRED = re.compile(r"Referent/|Referent/-in|Referierend|Referententermin"
                     r"|Referentinnen und Referenten|Referentin ?/ ?Referent"
                     # one participant: "Teilnehmer:in" (as in the roles), not "Teilnehmende:r"
                     r"|Teilnehmende:r")


def _sources() -> list[Path]:
    files = [*ROOT.joinpath("ui").rglob("*.py"), *ROOT.joinpath("planner").rglob("*.py")]
    # Migrations keep the wording they were written with; they are history, not screens.
    # The strings that reach a database today (reference data, the standard feedback items,
    # the demo generator's job titles and texts) are in planner/ and scanned with the rest.
    return [f for f in files if "migrations" not in f.parts]


def test_no_retired_spelling_of_the_trainer_role() -> None:
    hits = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
            for path in _sources()
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if RETIRED.search(line)]
    assert not hits, "retired spellings (use Referent:in / Referent:innen):\n" + "\n".join(hits)


def test_the_scan_finds_a_retired_spelling(tmp_path: Path) -> None:
    assert RETIRED.search('label = "Alle Referent/innen"')
    assert RETIRED.search("Ø Referierende")
    assert RETIRED.search("Wie bewerten Sie die Referentinnen und Referenten?")
    assert RETIRED.search("Funktion: Referentin / Referent")
    assert RETIRED.search('buddy_label(self.tr("Teilnehmende:r"))')
    assert not RETIRED.search("Teilnehmende") and not RETIRED.search("Teilnehmer:in")
    assert not RETIRED.search("Referent:innen") and not RETIRED.search("Referent:in")


def _trainer_question(db) -> str:  # noqa: ANN001
    from sqlalchemy import select

    from planner.models import EvaluationItem

    with db.reading() as orm:
        return orm.scalar(select(EvaluationItem.text).where(EvaluationItem.code == "trainer",
                                                            EvaluationItem.standard))


def _migrate(path: Path, target: str, reword: str | None = None) -> None:
    from alembic import command

    from planner.storage.database import _alembic_config, create_db_engine, migration_connection

    engine = create_db_engine(f"sqlite:///{path}")
    with migration_connection(engine) as conn:
        command.downgrade(_alembic_config(conn), target)
        if reword is not None:
            conn.exec_driver_sql("UPDATE evaluation_item SET text = ? WHERE code = 'trainer'",
                                 (reword,))
    engine.dispose()


def test_stored_standard_question_uses_the_glossary_form(tmp_path: Path) -> None:
    """New databases ask "Wie bewerten Sie die Referent:innen?"; an older database's
    unchanged standard question is reworded on upgrade, a reworded one is left alone."""
    from planner.storage.database import Database

    path = tmp_path / "feedback.sqlite"
    db = Database.open(path)
    assert _trainer_question(db) == "Wie bewerten Sie die Referent:innen?"
    db.close()
    _migrate(path, "0006_replacements_walk_ins")  # the version before the new wording
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT text FROM evaluation_item WHERE code = 'trainer'"
                           ).fetchone()[0] == "Wie bewerten Sie die Referentinnen und Referenten?"
    db = Database.open(path)
    assert db.schema_action == "upgraded"
    assert _trainer_question(db) == "Wie bewerten Sie die Referent:innen?"
    db.close()
    _migrate(path, "0006_replacements_walk_ins", reword="Wie fanden Sie die Leitung?")
    db = Database.open(path)
    assert _trainer_question(db) == "Wie fanden Sie die Leitung?"
    db.close()


def test_demo_job_titles_use_the_glossary_form() -> None:
    from planner.demo.reference import STAFF_FUNCTIONS, TRAINER_FUNCTIONS

    assert "Referent:in" in TRAINER_FUNCTIONS and "Referent:in" in STAFF_FUNCTIONS
    assert not [f for f in (*TRAINER_FUNCTIONS, *STAFF_FUNCTIONS) if RETIRED.search(f)]


def test_one_persons_role_is_singular(tmp_path: Path) -> None:
    from planner.queries.people import PersonRow

    fields = {name: "" for name in PersonRow.__dataclass_fields__}
    fields.update(id=1, is_participant=True, is_trainer=True, is_staff=False,
                  consent_photos=None, consent_directory=None)
    row = PersonRow(**fields)
    assert row.roles_text == "Teilnehmer:in, Referent:in"
