"""Fault 12: the CLI did not retry PostgreSQL serialization failures (6 of 20 concurrent
`register` calls ended with "Bitte noch einmal speichern"), although the README says they
are retried. Every CLI write goes through `CommandContext.write` (with_retries)."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import psycopg
import pytest

from planner.cli import main
from planner.storage.database import Database
from planner.usecases.people import add_person
from tests.factories import make_series
from tests.pg_server import PgServer

CLI_PACKAGE = Path(__file__).resolve().parent.parent / "planner" / "cli"
CONCURRENT = 20


def raw_count(server: PgServer, url: str, sql: str) -> int:
    with psycopg.connect(host="127.0.0.1", port=server.port, user="postgres",
                         dbname=url.rsplit("/", 1)[1], autocommit=True) as conn:
        return int(conn.execute(sql).fetchone()[0])  # type: ignore[index]


def test_twenty_concurrent_cli_registrations_all_succeed(pg_server, pg_url, capsys):
    db = Database.open(db_url=pg_url)
    try:
        series = make_series(db, persons=0)
        with db.transaction() as orm:
            person_ids = [add_person(orm, first_name=f"Gleich{i}", last_name="Zeitig",
                                     email=f"g{i}@example.org").value.id
                          for i in range(CONCURRENT)]
    finally:
        db.close()
    start = threading.Barrier(CONCURRENT)
    codes: dict[int, int] = {}

    def register(person_id: int) -> None:
        start.wait()
        codes[person_id] = main(["--db-url", pg_url, "register", str(series.event_id),
                                 str(person_id), "--force"])

    threads = [threading.Thread(target=register, args=(pid,)) for pid in person_ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    err = capsys.readouterr().err
    assert "noch einmal speichern" not in err, err
    assert sorted(codes.values()) == [0] * CONCURRENT, err
    assert raw_count(pg_server, pg_url, "SELECT count(*) FROM registration") == CONCURRENT


def _transaction_calls(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("transaction", "begin")]


def test_no_cli_command_opens_a_transaction_of_its_own():
    """A command added later that writes with `ctx.db.transaction()` would skip the retry;
    it must use `ctx.write(change)`."""
    offenders = {str(path.relative_to(CLI_PACKAGE.parent.parent)): lines
                 for path in sorted(CLI_PACKAGE.glob("*.py"))
                 if (lines := _transaction_calls(path))}
    assert offenders == {}, ("use ctx.write(change) instead of a transaction of your own: "
                             f"{offenders}")


@pytest.mark.parametrize("snippet, found", [
    ("with ctx.db.transaction() as orm:\n    pass\n", True),
    ("ctx.write(lambda orm: None)\n", False),
])
def test_the_transaction_finder_finds_what_it_looks_for(tmp_path, snippet, found):
    path = tmp_path / "cmd_x.py"
    path.write_text(snippet, encoding="utf-8")
    assert bool(_transaction_calls(path)) is found
