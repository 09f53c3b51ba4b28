"""Delivering one message: over SMTP with retries per recipient, or as an .eml draft file."""

from __future__ import annotations

import base64
import re
import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import getaddresses
from typing import Protocol

from planner.errors import PlannerError
from planner.mail.settings import SmtpConfig


class MailConfigError(PlannerError):
    """The server cannot be used as configured (no STARTTLS, login refused, unreachable)."""


@dataclass
class Delivery:
    # "sent", "failed", "eml", or "unclear": the connection broke after the message was
    # handed over, so it may have arrived (never retried blindly; see deliver_once).
    result: str
    attempts: int = 1
    error: str = ""
    file_name: str = ""


class Transport(Protocol):
    def open(self) -> None: ...
    def deliver(self, message: EmailMessage) -> Delivery: ...
    def close(self) -> None: ...


def _smtp_text(code: int, text: bytes | str) -> str:
    message = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(message.split())}".strip()


def describe(exc: BaseException, config: SmtpConfig) -> str:
    """A German explanation of an SMTP or network failure."""
    where = f"{config.host}:{config.port}"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        details = "; ".join(f"{addr}: {_smtp_text(code, text)}"
                            for addr, (code, text) in exc.recipients.items())
        return f"Der Mailserver hat den Empfänger abgelehnt ({details})."
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return (f"Der Mailserver hat den Absender {exc.sender} abgelehnt "
                f"({_smtp_text(exc.smtp_code, exc.smtp_error)}).")
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return f"Die Verbindung zum Mailserver {where} wurde unterbrochen."
    if isinstance(exc, smtplib.SMTPResponseException):
        return (f"Der Mailserver hat die Nachricht abgelehnt "
                f"({_smtp_text(exc.smtp_code, exc.smtp_error)}).")
    if isinstance(exc, ssl.SSLError):
        return f"Die verschlüsselte Verbindung zu {where} ist fehlgeschlagen ({exc.reason})."
    if isinstance(exc, socket.timeout | TimeoutError):
        return f"Der Mailserver {where} antwortet nicht (Zeitüberschreitung)."
    if isinstance(exc, OSError):
        return f"Keine Verbindung zum Mailserver {where} ({exc.strerror or exc})."
    return f"Fehler beim Versand: {exc}"


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib encodes credentials as ASCII; umlauts in a password need AUTH PLAIN in UTF-8
    (RFC 4616), which every common server accepts."""
    if (user + password).isascii():
        smtp.login(user, password)
        return
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, response = smtp.docmd("AUTH", f"PLAIN {token}")
    if code == 334:  # the server wants the credentials on their own line
        code, response = smtp.docmd(token)
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, response)


class SmtpTransport:
    """One SMTP connection reused for many messages; each message is tried `attempts` times
    with a pause from `backoff` between tries, reconnecting after a dropped connection."""

    def __init__(self, config: SmtpConfig, password: str | None, *, attempts: int = 3,
                 backoff: tuple[float, ...] = (2.0, 10.0),
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.config = config
        self.password = password
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.sleep = sleep
        self._smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        cfg = self.config
        where = f"{cfg.host}:{cfg.port}"
        try:
            if cfg.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    cfg.host, cfg.port, timeout=cfg.timeout,
                    context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
        except (OSError, smtplib.SMTPException) as exc:
            raise MailConfigError(describe(exc, cfg)) from exc
        try:
            smtp.ehlo()
            if cfg.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise MailConfigError(
                        f"Der Mailserver {where} bietet keine verschlüsselte Verbindung "
                        "(STARTTLS) an. Bitte Port und Verschlüsselung in den "
                        "E-Mail-Einstellungen prüfen (z. B. „SSL“ mit Port 465).")
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if cfg.user:
                if self.password is None:
                    raise MailConfigError(
                        f"Für {cfg.user} ist kein Passwort im Passwortspeicher hinterlegt. "
                        "Bitte in den E-Mail-Einstellungen „Passwort speichern“ wählen.")
                try:
                    _login(smtp, cfg.user, self.password)
                except smtplib.SMTPAuthenticationError as exc:
                    raise MailConfigError(
                        f"Die Anmeldung als {cfg.user} bei {where} wurde abgelehnt "
                        f"({_smtp_text(exc.smtp_code, exc.smtp_error)}). Bitte Benutzername "
                        "und Passwort prüfen.") from exc
                except smtplib.SMTPNotSupportedError as exc:
                    raise MailConfigError(
                        f"Der Mailserver {where} erlaubt hier keine Anmeldung; ohne "
                        "Verschlüsselung bieten viele Server sie nicht an.") from exc
        except MailConfigError:
            self._quietly_close(smtp)
            raise
        except (OSError, smtplib.SMTPException) as exc:
            self._quietly_close(smtp)
            raise MailConfigError(describe(exc, cfg)) from exc
        return smtp

    @staticmethod
    def _quietly_close(smtp: smtplib.SMTP) -> None:
        try:
            smtp.quit()
        except Exception:  # noqa: BLE001 - the connection may already be gone
            smtp.close()

    def _quietly_drop(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None

    def open(self) -> None:
        """Connect and log in; raises MailConfigError with a German message."""
        if self._smtp is None:
            self._smtp = self._connect()

    def close(self) -> None:
        if self._smtp is not None:
            self._quietly_close(self._smtp)
            self._smtp = None

    def deliver(self, message: EmailMessage) -> Delivery:
        error = ""
        for attempt in range(1, self.attempts + 1):
            if attempt > 1:
                self.sleep(self.backoff[min(attempt - 2, len(self.backoff) - 1)]
                           if self.backoff else 0.0)
            try:
                if self._smtp is None:
                    self._smtp = self._connect()
                refused = self._smtp.send_message(message)
                if refused:  # only some recipients refused (we send to one, but be safe)
                    raise smtplib.SMTPRecipientsRefused(refused)
                return Delivery("sent", attempt)
            except MailConfigError as exc:
                error = exc.message
            except smtplib.SMTPRecipientsRefused as exc:
                error = describe(exc, self.config)  # connection stays usable (RSET done)
            except (OSError, smtplib.SMTPException) as exc:
                error = describe(exc, self.config)
                if self._smtp is not None:
                    self._smtp.close()
                    self._smtp = None
        return Delivery("failed", self.attempts, error)


class _Transmitted(Exception):
    """The connection broke after the message content went to the server."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.cause = cause


_LEADING_DOT = re.compile(rb"(?m)^\.")


def _reset(smtp: smtplib.SMTP) -> None:
    try:
        smtp.rset()
    except (OSError, smtplib.SMTPException):
        pass  # the next message reconnects if the connection is gone


def _transmit(smtp: smtplib.SMTP, message: EmailMessage) -> None:
    """MAIL, RCPT and DATA by hand, so a failure is known to be before or after the
    content reached the server (smtplib's sendmail does not tell)."""
    sender = getaddresses([str(message["From"])])[0][1]
    recipients = [a[1] for a in getaddresses(
        [str(v) for v in (message["To"], message["Cc"]) if v is not None])]
    data = message.as_bytes(policy=SMTP)
    smtp.ehlo_or_helo_if_needed()
    code, text = smtp.mail(sender)
    if code != 250:
        _reset(smtp)
        raise smtplib.SMTPSenderRefused(code, text, sender)
    refused = {}
    for rcpt in recipients:
        code, text = smtp.rcpt(rcpt)
        if code not in (250, 251):
            refused[rcpt] = (code, text)
    if refused:
        _reset(smtp)
        raise smtplib.SMTPRecipientsRefused(refused)  # type: ignore[arg-type]
    smtp.putcmd("data")
    code, text = smtp.getreply()
    if code != 354:
        raise smtplib.SMTPDataError(code, text)
    payload = _LEADING_DOT.sub(b"..", data)
    if not payload.endswith(b"\r\n"):
        payload += b"\r\n"
    try:
        smtp.send(payload + b".\r\n")
        code, text = smtp.getreply()
    except (OSError, smtplib.SMTPServerDisconnected) as exc:
        raise _Transmitted(exc) from exc
    if code != 250:
        raise smtplib.SMTPDataError(code, text)


def _temporary(exc: smtplib.SMTPException) -> bool:
    """A 4xx answer: the server asks to try again later."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _t in exc.recipients.values())
    code = getattr(exc, "smtp_code", 0)
    return isinstance(code, int) and 400 <= code < 500


def deliver_once(transport: SmtpTransport, message: EmailMessage) -> Delivery:
    """Deliver at most once. Retried (with the transport's pauses) only while the server
    cannot have accepted the message: no connection, a temporary refusal, a connection lost
    before the content was sent. A connection lost after the content was sent is "unclear"
    and left for a person to check: the message may well have arrived."""
    error = ""
    for attempt in range(1, transport.attempts + 1):
        if attempt > 1:
            pauses = transport.backoff
            transport.sleep(pauses[min(attempt - 2, len(pauses) - 1)] if pauses else 0.0)
        try:
            if transport._smtp is None:
                transport._smtp = transport._connect()
            _transmit(transport._smtp, message)
            return Delivery("sent", attempt)
        except MailConfigError as exc:
            error = exc.message
        except _Transmitted as exc:
            transport._quietly_drop()
            where = f"{transport.config.host}:{transport.config.port}"
            return Delivery("unclear", attempt,
                            f"Die Verbindung zu {where} brach ab, nachdem die Nachricht "
                            f"übertragen war ({describe(exc.cause, transport.config)}); ob sie "
                            "angekommen ist, ist unklar.")
        except smtplib.SMTPServerDisconnected as exc:
            error = describe(exc, transport.config)
            transport._quietly_drop()
        except smtplib.SMTPException as exc:
            error = describe(exc, transport.config)
            if not _temporary(exc):
                return Delivery("failed", attempt, error)
        except OSError as exc:
            error = describe(exc, transport.config)
            transport._quietly_drop()
    return Delivery("failed", transport.attempts, error)


def test_connection(config: SmtpConfig, password: str | None) -> str:
    """Connect, (STARTTLS,) log in and quit; German success text or MailConfigError."""
    transport = SmtpTransport(config, password, attempts=1)
    transport.open()
    transport.close()
    security = {"starttls": "mit STARTTLS", "ssl": "mit SSL/TLS",
                "none": "ohne Verschlüsselung"}[config.security]
    login = f", angemeldet als {config.user}" if config.user else ""
    return f"Verbindung zu {config.host}:{config.port} {security} erfolgreich{login}."
