"""One German form per term on every screen and document (issue #17, item 10): the trainer
role is "Referent:in" / "Referent:innen"; one person's role is singular ("Teilnehmer:in").
The scan keeps the retired spellings from coming back in the sources."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RETIRED = re.compile(r"Referent/|Referent/-in|Referierend|Referententermin")


def _sources() -> list[Path]:
    files = [*ROOT.joinpath("ui").rglob("*.py"), *ROOT.joinpath("planner").rglob("*.py")]
    # Migrations keep the wording they were written with; they are history, not screens.
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
    assert not RETIRED.search("Referent:innen") and not RETIRED.search("Referent:in")


def test_one_persons_role_is_singular(tmp_path: Path) -> None:
    from planner.queries.people import PersonRow

    fields = {name: "" for name in PersonRow.__dataclass_fields__}
    fields.update(id=1, is_participant=True, is_trainer=True, is_staff=False,
                  consent_photos=None, consent_directory=None)
    row = PersonRow(**fields)
    assert row.roles_text == "Teilnehmer:in, Referent:in"
