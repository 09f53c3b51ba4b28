"""Verification codes: a keyed hash (HMAC-SHA256) over the certificate's canonical content.

Any change of a printed field changes the code; without the secret kept in the database
settings nobody can compute a valid code for invented content.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.models import Certificate, CertificateRevision
from planner.settings import CERTIFICATE_SECRET
from planner.wording import quoted

CODE_LENGTH = 16
QR_PREFIX = "TRANSFERPLANER"


def certificate_secret(orm: OrmSession, *, create: bool = True) -> str | None:
    """The HMAC key; created with `secrets.token_hex` on first use."""
    secret = CERTIFICATE_SECRET.get(orm)
    if not secret and create:
        secret = secrets.token_hex(32)
        CERTIFICATE_SECRET.set(orm, secret)
    return secret or None


def canonical(content: dict) -> bytes:
    return json.dumps(content, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def compute_code(secret: str, content: dict) -> str:
    """16 base32 characters (80 bits) in groups of four, e.g. `K7QX-2M4P-…`."""
    digest = hmac.new(secret.encode("utf-8"), canonical(content), hashlib.sha256).digest()
    raw = base64.b32encode(digest).decode("ascii")[:CODE_LENGTH]
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


def seal(secret: str, content: dict, code: str) -> str:
    """The keyed hash over an anonymised certificate's content and its printed code.

    Anonymisation replaces the printed name, so the code (computed over the content as
    printed) can no longer be recomputed; the seal binds the redacted content to that code
    instead, so the record still proves the certificate genuine and any later change of
    the stored record is still detected."""
    unsealed = {k: v for k, v in content.items() if k != "seal"}
    return compute_code(secret, {**unsealed, "sealed_code": code})


def _intact(secret: str | None, cert: Certificate, code: str) -> bool:
    content = cert.content or {}
    if not secret or content.get("serial") != cert.serial:
        return False
    if content.get("anonymised"):
        return hmac.compare_digest(str(content.get("seal", "")), seal(secret, content, code))
    return hmac.compare_digest(compute_code(secret, content), code)


def qr_payload(serial: str, code: str) -> str:
    return f"{QR_PREFIX}:{serial}:{code}"


def normalize_code(text: str) -> str:
    """Accept the code with or without dashes/spaces, any case, or the whole QR text."""
    value = text.strip()
    if value.upper().startswith(QR_PREFIX + ":"):
        value = value.rsplit(":", 1)[-1]
    raw = re.sub(r"[^A-Za-z0-9]", "", value).upper()
    # Digits people mistype for base32 letters (base32 has no 0, 1, 8, 9).
    raw = raw.translate(str.maketrans("018", "OIB"))
    if len(raw) != CODE_LENGTH:
        return ""
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


@dataclass
class VerificationResult:
    valid: bool
    message: str
    serial: str = ""
    name: str = ""
    event_title: str = ""
    issued_on: date | None = None
    # "valid", "replaced", "altered", "unknown" or "malformed"
    status: str = "valid"
    revision: int = 1


def _label(serial: str, revision: int) -> str:
    return serial if revision <= 1 else f"{serial} (Fassung {revision})"


def _replaced_revision(orm: OrmSession, code: str) -> VerificationResult | None:
    old = orm.scalar(select(CertificateRevision)
                     .where(CertificateRevision.verification_code == code)
                     .order_by(CertificateRevision.id.desc()).limit(1))
    if old is None:
        return None
    cert = orm.get(Certificate, old.certificate_id)
    if cert is None:
        return None
    content = old.content or cert.content or {}
    return VerificationResult(
        False, f"Ersetzt: Der Prüfcode {code} gehört zu {_label(cert.serial, old.revision)} "
               f"vom {old.issued_on:%d.%m.%Y}; diese Fassung wurde am "
               f"{old.replaced_at:%d.%m.%Y} durch {_label(cert.serial, cert.revision)} vom "
               f"{cert.issued_on:%d.%m.%Y} ersetzt und gilt nicht mehr. Bitte die aktuelle "
               "Fassung vorlegen lassen.",
        cert.serial, str(content.get("name", "")), str(content.get("event_title", "")),
        old.issued_on, "replaced", old.revision)


def verify_certificate(orm: OrmSession, code: str) -> VerificationResult:
    """Check a verification code against the stored certificates (read-only)."""
    normalized = normalize_code(code)
    if not normalized:
        return VerificationResult(
            False, f"„{code.strip()}“ ist kein gültiger Prüfcode (16 Zeichen, z. B. ABCD-EFGH-"
                   "IJKL-MNOP).", status="malformed")
    cert = orm.scalar(select(Certificate).where(Certificate.verification_code == normalized))
    if cert is None:
        replaced = _replaced_revision(orm, normalized)
        if replaced is not None:
            return replaced
        return VerificationResult(
            False, f"Zum Prüfcode {normalized} ist keine Bescheinigung bekannt. Die "
                   "Bescheinigung ist nicht echt oder der Code wurde falsch abgeschrieben.",
            status="unknown")
    content = cert.content or {}
    secret = certificate_secret(orm, create=False)
    name = str(content.get("name", ""))
    title = str(content.get("event_title", ""))
    label = _label(cert.serial, cert.revision)
    if not _intact(secret, cert, normalized):
        return VerificationResult(
            False, f"Die gespeicherten Daten der Bescheinigung {label} passen nicht zum "
                   "Prüfcode; sie wurden nachträglich verändert. Bitte an die ausstellende "
                   "Stelle wenden.", cert.serial, name, title, cert.issued_on, "altered",
            cert.revision)
    who = "" if content.get("anonymised") else f" für {name}"
    if cert.replaced_by is not None:
        new = cert.replaced_by
        when = f" am {cert.replaced_at:%d.%m.%Y}" if cert.replaced_at else ""
        return VerificationResult(
            False, f"Ersetzt: Die Bescheinigung {label}{who} wurde{when} durch die "
                   f"Bescheinigung {_label(new.serial, new.revision)} vom "
                   f"{new.issued_on:%d.%m.%Y} ersetzt und gilt nicht mehr.",
            cert.serial, name, title, cert.issued_on, "replaced", cert.revision)
    note = ("" if not content.get("anonymised") else
            " Die Daten der Person wurden inzwischen gelöscht bzw. anonymisiert; der Name ist "
            "nicht mehr gespeichert. Bitte den Namen auf der vorgelegten Bescheinigung mit "
            "einem Ausweis vergleichen.")
    return VerificationResult(
        True, f"Echt: Bescheinigung {label}{who}, {quoted(title)}, ausgestellt am "
              f"{cert.issued_on:%d.%m.%Y} in {cert.issued_place}.{note}",
        cert.serial, "" if content.get("anonymised") else name, title, cert.issued_on,
        "valid", cert.revision)
