"""Never twice: `outbox send` for 150 participants is killed with SIGKILL while the SMTP
server holds one message without answering; sending again delivers each remaining message
once, and the one in flight is listed as "unklar, bitte prüfen", not resent."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pytest

from planner.models import OutboxStatus
from planner.storage.database import Database
from tests.mail_support import MailHandler, Received, configure, smtp_server
from tests.outbox_support import office_addresses, outbox, small_conference
from tests.robustness_stats import record_crash_round

PEOPLE = 150
HOLD_AT = 97


@dataclass
class HoldingHandler(MailHandler):
    """Stores each message; the `hold_at`-th is stored but never answered (the client waits
    for the "250" that never comes, as when a connection dies right after DATA)."""

    hold_at: int = 0
    holding: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      bytes(envelope.original_content or envelope.content)))
        if len(self.received) == self.hold_at:
            self.holding.set()
            await asyncio.sleep(3600)
        return "250 Message accepted for delivery"


def cli(db_path, *args: str) -> list[str]:
    return [sys.executable, "-m", "planner", "--db", str(db_path), *args]


@pytest.mark.sqlite_only("Prozessabbruch gegen die SQLite-Datei")
def test_sigkill_mid_send_then_send_again_delivers_each_message_once(db_path):
    db = Database.open(db_path)
    _event, _session, people = small_conference(db, None, PEOPLE)
    office_addresses(db)
    first = HoldingHandler(hold_at=HOLD_AT)
    with smtp_server(first) as port:
        configure(db, port)
        db.close()
        proc = subprocess.Popen(cli(db_path, "outbox", "send"), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        try:
            assert first.holding.wait(180), proc.stderr.read().decode() if proc.stderr else ""
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(timeout=60)
        record_crash_round()
    assert proc.returncode == -signal.SIGKILL
    db = Database.open(db_path)
    try:
        statuses = Counter(r.status for r in outbox(db))
        assert statuses == {OutboxStatus.SENT: HOLD_AT - 1, OutboxStatus.SENDING: 1,
                            OutboxStatus.PENDING: PEOPLE - HOLD_AT}
        in_flight = next(r for r in outbox(db) if r.status == OutboxStatus.SENDING)
    finally:
        db.close()

    listing = subprocess.run(cli(db_path, "outbox", "list", "--json"), capture_output=True,
                             text=True, timeout=120)
    assert listing.returncode == 0, listing.stderr
    entries = json.loads(listing.stdout)
    unclear = [e for e in entries if e["status"] == OutboxStatus.SENDING]
    assert [(e["id"], e["status_label"]) for e in unclear] == [
        (in_flight.id, "unklar, bitte prüfen")]
    assert len(entries) == PEOPLE - HOLD_AT + 1

    second = MailHandler()
    with smtp_server(second) as port:
        db = Database.open(db_path)
        configure(db, port)
        db.close()
        again = subprocess.run(cli(db_path, "outbox", "send", "--json"), capture_output=True,
                               text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    results = json.loads(again.stdout)["results"]
    assert len(results) == PEOPLE - HOLD_AT and {r["result"] for r in results} == {"sent"}
    assert in_flight.id not in {r["id"] for r in results}, "the unclear one is not resent"

    received = Counter(got.rcpt_tos[0] for got in first.received + second.received)
    assert len(received) == PEOPLE, "every participant got their message"
    assert set(received.values()) == {1}, "and none got it twice"
    # The message in flight keeps its Message-ID: what the server holds is that message.
    held = first.received[HOLD_AT - 1].parsed()
    assert held["Message-ID"] == in_flight.message_id
    assert held["To"].addresses[0].addr_spec == in_flight.address

    # Staff check and settle it; nothing is left open.
    resolved = subprocess.run(cli(db_path, "outbox", "resolve", str(in_flight.id),
                                  "--arrived"), capture_output=True, text=True, timeout=120)
    assert resolved.returncode == 0, resolved.stderr
    db = Database.open(db_path)
    try:
        assert Counter(r.status for r in outbox(db)) == {OutboxStatus.SENT: PEOPLE}
    finally:
        db.close()
    del people
