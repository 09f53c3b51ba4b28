"""Helpers for the mail tests: an in-memory keyring, a real SMTP server (aiosmtpd) on
127.0.0.1 with storing, refusing and connection-dropping behaviour, and issued certificates."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from pathlib import Path
from typing import Any

import keyring
from keyring.backend import KeyringBackend

from planner.certificates import issue_certificates
from planner.mail.settings import SmtpConfig, save_config
from planner.models import Office
from planner.storage.database import Database
from planner.usecases.attendance import record_all_registered
from tests.factories import SeriesFixture, make_series


class MemoryKeyring(KeyringBackend):
    """A keyring that works headless and keeps everything in this process."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@contextmanager
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    def parsed(self) -> EmailMessage:
        return BytesParser(policy=default).parsebytes(self.data)  # type: ignore[return-value]


@dataclass
class MailHandler:
    """Stores messages; refuses `refuse` recipients with 550; drops the connection at DATA
    `drop` times before accepting."""

    refuse: set[str] = field(default_factory=set)
    drop: int = 0
    received: list[Received] = field(default_factory=list)
    rcpt_attempts: dict[str, int] = field(default_factory=dict)
    data_attempts: int = 0

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        self.rcpt_attempts[address] = self.rcpt_attempts.get(address, 0) + 1
        if address in self.refuse:
            return "550 5.1.1 Empfaenger unbekannt"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.data_attempts += 1
        if self.drop > 0:
            self.drop -= 1
            server.transport.close()
            return "421 4.4.2 Verbindung getrennt"
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      bytes(envelope.original_content or envelope.content)))
        return "250 Message accepted for delivery"


@contextmanager
def smtp_server(handler: MailHandler, **kwargs: Any) -> Iterator[int]:
    from aiosmtpd.controller import Controller

    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


def configure(db: Database, port: int, *, security: str = "none", user: str = "") -> None:
    with db.transaction() as orm:
        save_config(orm, SmtpConfig(host="127.0.0.1", port=port, security=security, user=user,
                                    sender="transfer@example.org",
                                    sender_name="Transferagentur Süd-Ost", timeout=10))


def series_with_certificates(db: Database, folder: Path, persons: int = 3) -> SeriesFixture:
    fx = make_series(db, persons=persons)
    with db.transaction() as orm:
        for office in orm.query(Office):
            if not office.email:
                office.email = f"{office.code}@transferagentur.example"
        for sid in fx.session_ids:
            record_all_registered(orm, sid, "present")
        issue_certificates(orm, fx.event_id, folder)
    return fx
