"""Bulk issue: safe unique file names, the combined PDF, cancelling, the process pool."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from planner import clock
from planner.certificates import issue_certificates
from planner.models import Certificate, CertificateIssue
from planner.usecases.attendance import record_all_registered
from planner.usecases.people import add_person
from planner.usecases.registration import register
from tests.factories import make_series


def _series(db, persons: int, twins: int = 0):
    fx = make_series(db, persons=persons)
    with db.transaction() as orm:
        for _ in range(twins):
            # Two (or more) persons with exactly the same, awkward name.
            p = add_person(orm, first_name="Jürgen/..", last_name="Groß <CON>").value
            register(orm, fx.event_id, p.id, force=True)
            fx.person_ids.append(p.id)
        for sid in fx.session_ids:
            record_all_registered(orm, sid, "present")
    return fx


def _count(db, model) -> int:
    with db.reading() as orm:
        return orm.scalar(select(func.count()).select_from(model))


def test_bulk_files_unique_safe_and_combined(db, tmp_path):
    fx = _series(db, persons=5, twins=2)
    out = tmp_path / "Bescheinigungen"
    result = issue_certificates_tx(db, fx.event_id, out, combined=tmp_path / "alle.pdf")
    assert result.issued == 7 == len(result.files)
    names = [p.name for p in result.files]
    assert len({n.lower() for n in names}) == 7
    for name in names:
        assert re.fullmatch(r"[A-Za-z0-9._-]+\.pdf", name), name
        assert name.startswith("Teilnahmebescheinigung_")
    twins = [n for n in names if "Gross" in n]
    assert len(twins) == 2
    assert sorted(p.name for p in out.iterdir()) == sorted(names)  # nothing else (.part)
    combined = PdfReader(tmp_path / "alle.pdf")
    assert len(combined.pages) == result.issued
    combined_text = "".join(page.extract_text() for page in combined.pages)
    for serial in result.serials:
        assert serial in combined_text
    assert _count(db, Certificate) == 7 == _count(db, CertificateIssue)


def issue_certificates_tx(db, event_id, folder, **kw):
    with db.transaction() as orm:
        return issue_certificates(orm, event_id, folder, **kw)


def test_cancel_in_process_keeps_only_completed(db, tmp_path):
    fx = _series(db, persons=6)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 3

    out = tmp_path / "out"
    result = issue_certificates_tx(db, fx.event_id, out, combined=tmp_path / "alle.pdf",
                                   progress=progress, workers=1)
    assert result.cancelled and result.issued == 3 and len(result.files) == 3
    assert calls[0] == (0, 7) and calls[-1] == (3, 7)
    assert sorted(out.iterdir()) == sorted(result.files)
    assert not (tmp_path / "alle.pdf").exists() and result.combined is None
    assert not list(tmp_path.rglob("*.part"))
    with db.reading() as orm:
        serials = sorted(orm.scalars(select(Certificate.serial)))
    assert serials == sorted(result.serials) == [f"TAB-{clock.today().year}-000{i}"
                                                 for i in (1, 2, 3)]
    assert _count(db, CertificateIssue) == 3
    # Later the rest is issued; the counter continues without a gap.
    rest = issue_certificates_tx(db, fx.event_id, out)
    assert rest.issued == 3 and rest.reissued == 3
    with db.reading() as orm:
        counters = sorted(orm.scalars(select(Certificate.counter)))
    assert counters == [1, 2, 3, 4, 5, 6]


def test_cancel_before_start_writes_nothing(db, tmp_path):
    fx = _series(db, persons=2)
    result = issue_certificates_tx(db, fx.event_id, tmp_path / "out",
                                   progress=lambda d, t: False)
    assert result.cancelled and result.files == [] and result.issued == 0
    assert _count(db, Certificate) == 0
    assert not list((tmp_path / "out").iterdir())


@pytest.mark.parametrize("stop_after", [None, 10])
def test_process_pool(db, tmp_path, stop_after):
    fx = _series(db, persons=24)
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return stop_after is None or done < stop_after

    out = tmp_path / "out"
    result = issue_certificates_tx(db, fx.event_id, out, combined=tmp_path / "alle.pdf",
                                   progress=progress, workers=2,
                                   issued_on=date(2027, 5, 12))
    on_disk = sorted(out.iterdir())
    assert on_disk == sorted(result.files)
    assert not list(tmp_path.rglob("*.part"))
    assert _count(db, Certificate) == result.issued == len(result.files)
    if stop_after is None:
        assert not result.cancelled and result.issued == 24
        assert len(PdfReader(tmp_path / "alle.pdf").pages) == 24
        assert seen[-1] == 25
        for path in result.files:
            assert len(PdfReader(path).pages) == 1
    else:
        assert result.cancelled and 0 < result.issued < 24
        assert not (tmp_path / "alle.pdf").exists()
        assert result.serials == [f"TAB-2027-{i:04d}" for i in range(1, result.issued + 1)]


def test_pool_from_a_worker_thread_uses_spawn(db, tmp_path):
    """Called off the GUI thread (other threads running), the pool must not fork."""
    import threading

    from planner.certificates import batch

    fx = _series(db, persons=batch.POOL_MINIMUM_SPAWN + 1)
    box: dict = {}

    def work() -> None:
        box["context"] = batch._context().get_start_method()
        try:
            box["result"] = issue_certificates_tx(db, fx.event_id, tmp_path / "out",
                                                  combined=tmp_path / "alle.pdf", workers=2)
        except BaseException as exc:  # noqa: BLE001 - reported below
            box["error"] = exc

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=300)
    assert "error" not in box, box.get("error")
    assert box["context"] == "spawn"
    count = batch.POOL_MINIMUM_SPAWN + 1
    assert box["result"].issued == count
    assert len(PdfReader(tmp_path / "alle.pdf").pages) == count
