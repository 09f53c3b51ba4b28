"""SMTP configuration in the database settings; the password only in the OS keyring."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session as OrmSession

from planner.errors import PlannerError, ValidationError
from planner.settings import MAIL_SMTP

SMTP_SERVICE = "Transferplaner SMTP"
CALDAV_SERVICE = "Transferplaner CalDAV"
SECURITY_MODES = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


@dataclass
class SmtpConfig:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""
    sender: str = ""
    sender_name: str = ""
    timeout: float = 30.0

    @property
    def configured(self) -> bool:
        return bool(self.host.strip())

    @property
    def keyring_user(self) -> str:
        """The keyring entry name: one password per account and server."""
        return f"{self.user}@{self.host}:{self.port}"


def validate(config: SmtpConfig) -> SmtpConfig:
    if config.security not in SECURITY_MODES:
        raise ValidationError(f"Unbekannte Verschlüsselung „{config.security}“ (erlaubt: "
                              "starttls, ssl, none).")
    if not 0 < int(config.port) < 65536:
        raise ValidationError(f"Der Port {config.port} ist ungültig (1–65535).")
    if config.host.strip() and "@" not in config.sender:
        raise ValidationError("Bitte eine Absenderadresse angeben (z. B. "
                              "transferagentur@example.org).")
    if any(c in config.sender_name for c in "\r\n") or any(c in config.sender for c in "\r\n"):
        raise ValidationError("Absender und Absendername dürfen keine Zeilenumbrüche enthalten.")
    config.host, config.user, config.sender = (config.host.strip(), config.user.strip(),
                                               config.sender.strip())
    config.port = int(config.port)
    return config


def load_config(orm: OrmSession) -> SmtpConfig:
    raw = MAIL_SMTP.get(orm)
    known = {k: v for k, v in raw.items() if k in SmtpConfig.__dataclass_fields__}
    return SmtpConfig(**known)


def save_config(orm: OrmSession, config: SmtpConfig) -> SmtpConfig:
    """Store the configuration (never a password) in the shared database settings."""
    validate(config)
    MAIL_SMTP.set(orm, asdict(config))
    return config


# --- keyring ------------------------------------------------------------------------------

def _keyring() -> Any:
    import keyring

    return keyring


def _keyring_error(exc: Exception) -> PlannerError:
    return PlannerError("Der Passwortspeicher des Betriebssystems ist nicht verfügbar "
                        f"({type(exc).__name__}: {exc}). Das Passwort wurde nicht gespeichert.")


def store_secret(service: str, name: str, password: str) -> None:
    try:
        _keyring().set_password(service, name, password)
    except Exception as exc:  # noqa: BLE001 - keyring backends raise many kinds
        raise _keyring_error(exc) from exc


def load_secret(service: str, name: str) -> str | None:
    try:
        value = _keyring().get_password(service, name)
    except Exception as exc:  # noqa: BLE001
        raise _keyring_error(exc) from exc
    return None if value is None else str(value)


def store_password(config: SmtpConfig, password: str) -> None:
    store_secret(SMTP_SERVICE, config.keyring_user, password)


def load_password(config: SmtpConfig) -> str | None:
    if not config.user:
        return None
    return load_secret(SMTP_SERVICE, config.keyring_user)


def caldav_keyring_user(url: str, user: str) -> str:
    return f"{user}@{url.rstrip('/')}"
