"""PDF certificates (Teilnahmebescheinigungen): eligibility, issue, preview, verification.

The names are imported lazily so that worker processes, which only need
`planner.certificates.render`, start without loading SQLAlchemy and the models.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.certificates.issue import (
        IssueResult,
        issue_certificates,
        preview_certificate,
    )
    from planner.certificates.rules import Eligibility, eligibility
    from planner.certificates.verification import VerificationResult, verify_certificate

_EXPORTS = {
    "Eligibility": "rules",
    "eligibility": "rules",
    "IssueResult": "issue",
    "issue_certificates": "issue",
    "preview_certificate": "issue",
    "VerificationResult": "verification",
    "verify_certificate": "verification",
}

__all__ = [
    "Eligibility",
    "IssueResult",
    "VerificationResult",
    "eligibility",
    "issue_certificates",
    "preview_certificate",
    "verify_certificate",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'planner.certificates' has no attribute {name!r}")
    return getattr(importlib.import_module(f"planner.certificates.{module}"), name)
