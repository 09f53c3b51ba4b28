"""Use cases: issue (and reissue) certificates in bulk, preview one, keep the issue log."""

from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as OrmSession

from planner.audit import audited_export
from planner.certificates.batch import Progress, render_batch
from planner.certificates.content import build_content, render_data, wording
from planner.certificates.eligibility import Eligibility, eligibility, load_event
from planner.certificates.render import write_single
from planner.certificates.serials import SerialAllocator
from planner.certificates.verification import certificate_secret, compute_code, qr_payload
from planner.errors import PlannerError, ValidationError
from planner.files import safe_file_stem
from planner.models import Certificate, CertificateIssue, Event, Person, utcnow
from planner.timezones import BERLIN

log = logging.getLogger(__name__)


@dataclass
class IssueResult:
    files: list[Path] = field(default_factory=list)
    combined: Path | None = None
    issued: int = 0
    reissued: int = 0
    # German notes on who got no certificate and why.
    skipped: list[str] = field(default_factory=list)
    cancelled: bool = False
    serials: list[str] = field(default_factory=list)


@dataclass
class _Plan:
    item: Eligibility
    override: str
    existing: Certificate | None
    year: int
    counter: int
    serial: str
    content: dict
    code: str
    path: Path


def today() -> date:
    return datetime.now(BERLIN).date()


def current_user() -> str:
    try:
        return getpass.getuser()[:100]
    except Exception:  # noqa: BLE001 - no login name in some service contexts
        return ""


def _check_override(override_reason: str | None) -> str:
    if override_reason is None:
        return ""
    reason = override_reason.strip()
    if not reason:
        raise ValidationError(
            "Eine Bescheinigung unterhalb der Teilnahmeschwelle braucht eine Begründung."
        )
    if len(reason) > 2000:
        raise ValidationError("Die Begründung ist zu lang (höchstens 2000 Zeichen).")
    return reason


def _select(items: list[Eligibility], reason: str,
            person_ids: list[int] | None) -> tuple[list[tuple[Eligibility, str]], list[str]]:
    chosen: list[tuple[Eligibility, str]] = []
    skipped: list[str] = []
    for item in items:
        if item.eligible:
            chosen.append((item, ""))
        elif reason and item.overridable:
            chosen.append((item, reason))
        else:
            skipped.append(item.reason)
    if person_ids is not None:
        present = {item.person_id for item in items}
        for pid in dict.fromkeys(person_ids):
            if pid not in present:
                skipped.append(f"Person {pid} ist für diese Veranstaltung nicht (mehr) "
                               "angemeldet.")
    return chosen, skipped


def _file_name(item: Eligibility, serial: str, title: str, taken: set[str]) -> str:
    person = item.registration.person if item.registration else None
    who = f"{person.last_name}_{person.first_name}" if person else item.person_name
    stem = f"{safe_file_stem(f'{title}_{who}', 90)}_{safe_file_stem(serial, 40)}"
    # The serial makes the name unique; a file of the same name in the folder is an
    # earlier issue of this very certificate and is replaced.
    name, n = f"{stem}.pdf", 2
    while name.lower() in taken:
        name, n = f"{stem}_{n}.pdf", n + 1
    taken.add(name.lower())
    return name


def _plans(orm: OrmSession, event: Event, chosen: list[tuple[Eligibility, str]],
           folder: Path, issued_on: date) -> list[_Plan]:
    secret = certificate_secret(orm)
    assert secret
    words = wording(orm)
    prefix = event.office.certificate_prefix or "TA"
    existing = {(c.person_id, c.kind, c.session_id): c for c in orm.scalars(
        select(Certificate).where(Certificate.event_id == event.id))}
    allocator = SerialAllocator(orm)
    taken: set[str] = set()
    plans: list[_Plan] = []
    for item, override in chosen:
        cert = existing.get((item.person_id, str(item.kind), item.session_id))
        if cert is not None:
            year, counter, serial = cert.year, cert.counter, cert.serial
        else:
            year = issued_on.year
            counter, serial = allocator.take(prefix, year)
        content = build_content(orm, event, item, serial=serial, issued_on=issued_on,
                                words=words)
        code = compute_code(secret, content)
        path = folder / _file_name(item, serial, content["title"], taken)
        plans.append(_Plan(item, override, cert, year, counter, serial, content, code, path))
    return plans


def _record(orm: OrmSession, event: Event, plans: list[_Plan], prefix: str,
            issued_on: date) -> tuple[int, int]:
    user = current_user()
    now = utcnow()
    issued = reissued = 0
    certs: list[tuple[_Plan, Certificate, str, str]] = []
    for plan in plans:
        content = plan.content
        cert = plan.existing
        note = f"Ausnahme unterhalb der Schwelle: {plan.override}" if plan.override else ""
        if cert is None:
            cert = Certificate(serial=plan.serial, prefix=prefix, year=plan.year,
                               counter=plan.counter, kind=str(plan.item.kind),
                               person_id=plan.item.person_id, event_id=event.id,
                               session_id=plan.item.session_id, created_at=now)
            orm.add(cert)
            action = "issued"
            issued += 1
        else:
            action = "reissued"
            reissued += 1
            if cert.verification_code != plan.code:
                note = "; ".join(p for p in (note, f"Ersetzter Prüfcode: "
                                             f"{cert.verification_code}") if p)
        cert.issued_on = issued_on
        cert.issued_place = content["issued_place"]
        cert.signatory = content["signatory"]["name"]
        cert.units = plan.item.attended_units
        cert.attendance_rate = plan.item.rate
        cert.override_reason = plan.override
        cert.verification_code = plan.code
        cert.content = content
        cert.updated_at = now
        certs.append((plan, cert, action, note))
    try:
        orm.flush()
        orm.add_all([
            CertificateIssue(certificate_id=cert.id, issued_at=now, issued_by=user,
                             action=action, file_name=plan.path.name[:300], note=note)
            for plan, cert, action, note in certs
        ])
        orm.flush()
    except IntegrityError as exc:
        raise PlannerError(
            "Die Bescheinigungsnummern wurden gleichzeitig an anderer Stelle vergeben. "
            "Bitte die Ausstellung wiederholen."
        ) from exc
    return issued, reissued


@audited_export("Teilnahmebescheinigungen", "event")
def issue_certificates(
    orm: OrmSession,
    event_id: int,
    folder: Path,
    *,
    combined: Path | None = None,
    person_ids: list[int] | None = None,
    kind: str | None = None,
    override_reason: str | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    issued_on: date | None = None,
) -> IssueResult:
    """Issue (or reissue) the event's certificates: one PDF per certificate in `folder`.

    Only persons at or above the event's threshold get one, unless `override_reason` is
    given (then also those below it who attended something; the reason is stored and
    logged). A reissue keeps the serial number. `progress(done, total)` returning False
    cancels: completed files are recorded, nothing half-written remains.
    """
    reason = _check_override(override_reason)
    folder = Path(folder)
    event = load_event(orm, event_id)
    items = eligibility(orm, event_id, kind=kind, person_ids=person_ids)
    chosen, skipped = _select(items, reason, person_ids)
    if not chosen:
        detail = " ".join(skipped[:5]) if skipped else "Es ist niemand angemeldet."
        more = f" (und {len(skipped) - 5} weitere)" if len(skipped) > 5 else ""
        raise ValidationError(
            f"Für „{event.title}“ ist keine Bescheinigung auszustellen. {detail}{more}")
    issued_on = issued_on or today()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PlannerError(f"Der Ordner {folder} kann nicht angelegt werden: "
                           f"{exc.strerror}.") from exc
    plans = _plans(orm, event, chosen, folder, issued_on)
    jobs = [render_data(p.content, code=p.code, qr=qr_payload(p.serial, p.code),
                        office=event.office, path=p.path) for p in plans]
    outcome = render_batch(jobs, combined, progress, workers)
    done = plans[:outcome.done]
    try:
        issued, reissued = _record(orm, event, done, event.office.certificate_prefix or "TA",
                                   issued_on)
    except BaseException:
        for plan in done:
            plan.path.unlink(missing_ok=True)
        if combined is not None and outcome.combined_written:
            Path(combined).unlink(missing_ok=True)
        raise
    log.info("Bescheinigungen für Veranstaltung %d: %d ausgestellt, %d neu ausgestellt, "
             "%d übersprungen%s", event_id, issued, reissued, len(skipped),
             ", abgebrochen" if outcome.cancelled else "")
    return IssueResult(
        files=[p.path for p in done],
        combined=Path(combined) if combined is not None and outcome.combined_written
        else None,
        issued=issued, reissued=reissued, skipped=skipped, cancelled=outcome.cancelled,
        serials=[p.serial for p in done],
    )


def preview_certificate(orm: OrmSession, event_id: int, person_id: int, target: Path, *,
                        kind: str | None = None) -> Path:
    """Render a certificate marked "Vorschau" without issuing it (no serial, no record)."""
    event = load_event(orm, event_id)
    items = eligibility(orm, event_id, kind=kind, person_ids=[person_id])
    if not items:
        person = orm.get(Person, person_id)
        who = person.full_name if person else f"Person {person_id}"
        raise ValidationError(f"{who} ist für „{event.title}“ nicht angemeldet.")
    item = next((i for i in items if i.eligible),
                next((i for i in items if i.attended_units > 0), items[0]))
    content = build_content(orm, event, item, serial="Vorschau", issued_on=today())
    data = render_data(content, code="", qr="", office=event.office, path=Path(target),
                       preview=True)
    return Path(write_single(data))
