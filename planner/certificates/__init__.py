"""PDF certificates (Teilnahmebescheinigungen): eligibility, issue, preview, verification."""

from planner.certificates.eligibility import Eligibility, eligibility
from planner.certificates.issue import IssueResult, issue_certificates, preview_certificate
from planner.certificates.verification import VerificationResult, verify_certificate

__all__ = [
    "Eligibility",
    "IssueResult",
    "VerificationResult",
    "eligibility",
    "issue_certificates",
    "preview_certificate",
    "verify_certificate",
]
