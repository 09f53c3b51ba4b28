"""Create the next Alembic revision from the difference between the models and head.

Usage: uv run python tools/new_migration.py "short description"
Then read the generated file, add any data migration by hand, and set
planner/schema.py:HEAD_REVISION to the new revision id (tests/test_migrations.py checks it).
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from planner.storage.database import MIGRATIONS_DIR, upgrade_database


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0].strip():
        print(__doc__)
        return 2
    message = argv[0].strip()
    numbers = [int(m.group(1)) for p in (MIGRATIONS_DIR / "versions").glob("*.py")
               if (m := re.match(r"(\d{4})_", p.name))]
    slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")[:40]
    rev_id = f"{max(numbers, default=0) + 1:04d}_{slug}"
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'head.sqlite'}")
        upgrade_database(engine)  # compare against the current head, not an empty database
        with engine.begin() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
            cfg.attributes["connection"] = conn
            command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()
    print(f"Now set HEAD_REVISION = {rev_id!r} in planner/schema.py.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
