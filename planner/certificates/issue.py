"""Use cases: issue (and reissue) certificates in bulk, preview one, keep the issue log.

Never two live certificates for the same person and content (planner/RULES.md): issuing
again keeps the serial number; when the content changed, it becomes a new revision and the
old one is kept as replaced (its code then verifies as "replaced"). Unchanged content is
reprinted as it was (same revision, date and code). A certificate about other content of
the same person and event (module certificates versus one for the whole event) is marked
replaced by the new one.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as OrmSession

from planner import clock
from planner.audit import audited_export
from planner.certificates.batch import Progress, render_batch
from planner.certificates.content import build_content, render_data, wording
from planner.certificates.eligibility import Eligibility, eligibility, load_event
from planner.certificates.render import write_single
from planner.certificates.serials import SerialAllocator
from planner.certificates.staging import Staging
from planner.certificates.verification import certificate_secret, compute_code, qr_payload
from planner.errors import PlannerError, ValidationError
from planner.files import safe_file_stem
from planner.models import (
    Certificate,
    CertificateIssue,
    CertificateKind,
    CertificateRevision,
    Event,
    Person,
    utcnow,
)
from planner.rules.timing import check_issue_date
from planner.wording import count, quoted

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
    revised: int = 0  # reissues with changed content (a new revision)


@dataclass
class _Plan:
    item: Eligibility
    kind: CertificateKind
    override: str
    existing: Certificate | None
    year: int
    counter: int
    serial: str
    revision: int
    issued_on: date
    content: dict
    code: str
    path: Path

    @property
    def changed(self) -> bool:
        return self.existing is not None and self.existing.verification_code != self.code


def today() -> date:
    return clock.today()


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
            "Eine Reihenbescheinigung unterhalb der Teilnahmeschwelle braucht eine Begründung."
        )
    if len(reason) > 2000:
        raise ValidationError("Die Begründung ist zu lang (höchstens 2000 Zeichen).")
    return reason


def _full_name(item: Eligibility) -> str:
    person = item.registration.person if item.registration else None
    return person.full_name if person else item.person_name


def _check_reasons(items: list[Eligibility], reasons: Mapping[int, str] | None
                   ) -> dict[int, str]:
    """Each overridden person's own reason (person id -> stripped text); refuses, naming
    the persons, when one of them has none."""
    if not reasons:
        return {}
    missing: list[str] = []
    clean: dict[int, str] = {}
    for item in items:
        if item.person_id not in reasons or not item.overridable or item.person_id in clean:
            continue
        text = (reasons[item.person_id] or "").strip()
        if not text:
            if _full_name(item) not in missing:
                missing.append(_full_name(item))
            continue
        if len(text) > 2000:
            raise ValidationError(f"Die Begründung für {_full_name(item)} ist zu lang "
                                  "(höchstens 2000 Zeichen).")
        clean[item.person_id] = text
    if missing:
        who = (missing[0] if len(missing) == 1
               else ", ".join(missing[:-1]) + " und " + missing[-1])
        raise ValidationError(f"Bitte eine Begründung für {who} angeben.")
    return clean


def _select(items: list[Eligibility], reason: str, person_ids: list[int] | None,
            reasons: Mapping[int, str] | None = None,
            ) -> tuple[list[tuple[Eligibility, CertificateKind, str]], list[str]]:
    chosen: list[tuple[Eligibility, CertificateKind, str]] = []
    skipped: list[str] = []
    for item in items:
        own = (reasons or {}).get(item.person_id, "") or reason
        if item.eligible and own and item.overridable:
            chosen.append((item, CertificateKind.SERIES, own))
        elif item.eligible:
            chosen.append((item, item.kind, ""))
        else:
            skipped.append(f"{item.person_name}: {item.reason}")
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


def _live(orm: OrmSession, event_id: int) -> dict[str, Certificate]:
    return {c.content_key: c for c in orm.scalars(
        select(Certificate).where(Certificate.event_id == event_id,
                                  Certificate.replaced_by_id.is_(None)))}


def _plans(orm: OrmSession, event: Event, chosen: list[tuple[Eligibility, CertificateKind, str]],
           folder: Path, issued_on: date | None) -> list[_Plan]:
    secret = certificate_secret(orm)
    assert secret
    words = wording(orm)
    prefix = event.office.certificate_prefix or "TA"
    live = _live(orm, event.id)
    allocator = SerialAllocator(orm)
    taken: set[str] = set()
    plans: list[_Plan] = []
    for item, kind, override in chosen:
        cert = live.get(item.entitlement.content_key)
        day = issued_on or today()
        if cert is not None:
            year, counter, serial, revision = cert.year, cert.counter, cert.serial, cert.revision
            # Unchanged content is reprinted as it was: same date, revision and code.
            same = build_content(orm, event, item, serial=serial, revision=revision,
                                 issued_on=issued_on or cert.issued_on, kind=kind, words=words)
            if same == cert.content:
                day = cert.issued_on
            else:
                revision += 1
        else:
            year = day.year
            counter, serial = allocator.take(prefix, year)
            revision = 1
        content = build_content(orm, event, item, serial=serial, revision=revision,
                                issued_on=day, kind=kind, words=words)
        code = compute_code(secret, content)
        path = folder / _file_name(item, serial, content["title"], taken)
        plans.append(_Plan(item, kind, override, cert, year, counter, serial, revision, day,
                           content, code, path))
    return plans


def _keep_revision(orm: OrmSession, cert: Certificate, now: datetime) -> None:
    orm.add(CertificateRevision(certificate_id=cert.id, revision=cert.revision,
                                verification_code=cert.verification_code,
                                issued_on=cert.issued_on, content=cert.content,
                                replaced_at=now))


def _replace_other_content(orm: OrmSession, event: Event,
                           certs: list[tuple[_Plan, Certificate, str, str]],
                           now: datetime) -> None:
    """Live certificates of the same persons about other content of this event (module
    certificates versus one for the whole event) are replaced by the new ones."""
    new: dict[int, tuple[bool, Certificate]] = {}
    for plan, cert, _action, _note in certs:
        new.setdefault(plan.item.person_id, (plan.item.session_id is not None, cert))
    for old in _live(orm, event.id).values():
        entry = new.get(old.person_id)
        if entry is not None and (":s" in old.content_key) != entry[0]:
            old.replaced_by_id = entry[1].id
            old.replaced_at = now


def _record(orm: OrmSession, event: Event, plans: list[_Plan],
            prefix: str) -> tuple[int, int, int]:
    user = current_user()
    now = utcnow()
    issued = reissued = revised = 0
    certs: list[tuple[_Plan, Certificate, str, str]] = []
    for plan in plans:
        content = plan.content
        cert = plan.existing
        note = f"Ausnahme unterhalb der Schwelle: {plan.override}" if plan.override else ""
        if cert is None:
            cert = Certificate(serial=plan.serial, prefix=prefix, year=plan.year,
                               counter=plan.counter, person_id=plan.item.person_id,
                               event_id=event.id, session_id=plan.item.session_id,
                               content_key=plan.item.entitlement.content_key, created_at=now)
            orm.add(cert)
            action = "issued"
            issued += 1
        elif plan.changed:
            _keep_revision(orm, cert, now)
            action = "revised"
            reissued += 1
            revised += 1
            note = "; ".join(p for p in (note, f"Fassung {plan.revision} ersetzt Fassung "
                                         f"{cert.revision} (Prüfcode {cert.verification_code})")
                             if p)
        else:
            action = "reissued"
            reissued += 1
        cert.kind = str(plan.kind)
        cert.revision = plan.revision
        cert.issued_on = plan.issued_on
        cert.issued_place = content["issued_place"]
        cert.signatory = content["signatory"]["name"]
        cert.units = plan.item.entitlement.attended.units_rounded
        cert.attendance_rate = float(plan.item.entitlement.rate)
        cert.override_reason = plan.override
        cert.verification_code = plan.code
        cert.content = content
        cert.covers_until = plan.item.entitlement.last_day
        cert.updated_at = now
        certs.append((plan, cert, action, note))
    try:
        orm.flush()
        _replace_other_content(orm, event, certs, now)
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
    return issued, reissued, revised


def _nothing_to_issue(event: Event, skipped: list[str]) -> ValidationError:
    reasons = {entry.partition(": ")[2] for entry in skipped}
    if len(reasons) == 1 and "" not in reasons:
        # The same reason for everyone (e.g. a format without certificates): said once.
        why = reasons.pop()
        who = count(len(skipped), "angemeldete Person", "angemeldete Personen")
        head = "" if event.title in why else \
            f"Für {quoted(event.title)} ist keine Bescheinigung auszustellen: "
        return ValidationError(f"{head}{why} Betrifft {who}.")
    detail = " ".join(skipped[:5]) if skipped else "Es ist niemand angemeldet."
    more = f" (und {len(skipped) - 5} weitere)" if len(skipped) > 5 else ""
    return ValidationError(
        f"Für {quoted(event.title)} ist keine Bescheinigung auszustellen. {detail}{more}")


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
    override_reasons: Mapping[int, str] | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    issued_on: date | None = None,
) -> IssueResult:
    """Issue (or reissue) the event's due certificates: one PDF per certificate in `folder`.

    Who gets which certificate is planner.rules.certificates' decision; `kind` keeps only
    certificates of that kind. `override_reason` gives whole-series bookers below the
    threshold the series certificate instead of the list of attended modules (the reason is
    stored and logged). `override_reasons` (person id -> reason) does so per person, each
    with their own reason; an overridden person without a reason is refused by name and
    nothing is issued. `issued_on` (default today) must not lie before the last certified
    session. `progress(done, total)` returning False cancels: completed files are recorded,
    nothing half-written remains. The files are rendered into a hidden staging folder and
    appear under their names only when the caller's transaction commits (a PDF never
    carries a serial number the database does not have).
    """
    reason = _check_override(override_reason)
    folder = Path(folder)
    event = load_event(orm, event_id)
    items = eligibility(orm, event_id, kind=kind, person_ids=person_ids)
    reasons = _check_reasons(items, override_reasons)
    chosen, skipped = _select(items, reason, person_ids, reasons)
    if not chosen:
        raise _nothing_to_issue(event, skipped)
    if issued_on is not None:
        for item, _kind, _reason in chosen:
            check_issue_date(issued_on, item.entitlement.last_day, today())
    staging = Staging.create(folder, combined)
    plans = _plans(orm, event, chosen, folder, issued_on)
    jobs = [render_data(p.content, code=p.code, qr=qr_payload(p.serial, p.code),
                        office=event.office, path=staging.path_for(p.path)) for p in plans]
    try:
        outcome = render_batch(jobs, staging.combined, progress, workers)
        done = plans[:outcome.done]
        issued, reissued, revised = _record(orm, event, done,
                                            event.office.certificate_prefix or "TA")
    except BaseException:
        staging.discard()
        raise
    staging.publish_on_commit(orm, [p.path for p in done],
                              combined if outcome.combined_written else None)
    log.info("Bescheinigungen für Veranstaltung %d: %d ausgestellt, %d neu ausgestellt, "
             "%d übersprungen%s", event_id, issued, reissued, len(skipped),
             ", abgebrochen" if outcome.cancelled else "")
    return IssueResult(
        files=[p.path for p in done],
        combined=Path(combined) if combined is not None and outcome.combined_written
        else None,
        issued=issued, reissued=reissued, skipped=skipped, cancelled=outcome.cancelled,
        serials=[p.serial for p in done], revised=revised,
    )


def preview_certificate(orm: OrmSession, event_id: int, person_id: int, target: Path, *,
                        kind: str | None = None) -> Path:
    """Render a certificate marked "Vorschau" without issuing it (no serial, no record)."""
    event = load_event(orm, event_id)
    items = eligibility(orm, event_id, kind=kind, person_ids=[person_id])
    if not items:
        person = orm.get(Person, person_id)
        who = person.full_name if person else f"Person {person_id}"
        raise ValidationError(f"{who} ist für {quoted(event.title)} nicht angemeldet.")
    item = next((i for i in items if i.eligible),
                next((i for i in items if i.entitlement.lines), items[0]))
    content = build_content(orm, event, item, serial="Vorschau", issued_on=today())
    data = render_data(content, code="", qr="", office=event.office, path=Path(target),
                       preview=True)
    return Path(write_single(data))
