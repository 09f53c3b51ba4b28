"""Letters for participants without an e-mail address: DIN 5008 layout, read back with
pdftotext (the address must sit in the envelope window), all letters of a send in one PDF."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.models import OutboxStatus, Person
from planner.notify.send import send_outbox
from planner.usecases.people import update_person
from tests.factories import make_series
from tests.mail_support import MailHandler, configure, memory_keyring, smtp_server
from tests.outbox_support import office_addresses, outbox

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) fehlt")

MM = 72 / 25.4


@pytest.fixture(autouse=True)
def keyring_backend() -> Iterator[object]:
    with memory_keyring() as backend:
        yield backend


def pdftotext(path: Path, *, page: int | None = None,
              box_mm: tuple[float, float, float, float] | None = None) -> str:
    """Text of the PDF (or of one page, or of a box given in mm from the top left)."""
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    if box_mm is not None:
        x, y, w, h = (round(v * MM) for v in box_mm)
        args += ["-x", str(x), "-y", str(y), "-W", str(w), "-H", str(h)]
    result = subprocess.run([*args, str(path), "-"], capture_output=True, text=True,
                            check=True)
    return result.stdout


def without_email(db, person_id: int, **address: str) -> None:
    with db.transaction() as orm:
        update_person(orm, person_id, email=None, **address)


def test_letters_for_people_without_email_in_one_printable_pdf(db, tmp_path):
    fx = make_series(db, persons=3)
    without_email(db, fx.person_ids[0], street="Burgplatz 1", postcode="04109", city="Leipzig")
    without_email(db, fx.person_ids[2], street="Rathausmarkt 1", postcode="20095",
                  city="Hamburg")
    office_addresses(db)
    handler = MailHandler()
    target = tmp_path / "Briefe.pdf"
    with smtp_server(handler) as port:
        configure(db, port)
        report = send_outbox(db, letters=target)
    assert sorted(r.result for r in report.results) == ["letter", "letter", "sent"]
    assert len(handler.received) == 1, "only the person with an address gets an e-mail"
    assert report.letters_file == target and target.exists()
    with db.reading() as orm:
        names = {p.id: (p.first_name, p.last_name) for p in orm.query(Person)}
    pages = len(PdfReader(target).pages)
    assert pages >= 2
    first_page = pdftotext(target, page=1)
    assert "Anmeldebestätigung: Fortbildungsreihe Bildungsmonitoring 2027" in first_page
    # The recipient block lies inside the window of a DIN 5008 form B envelope:
    # 20 mm from the left, 45 mm from the top, 85 x 45 mm.
    window = pdftotext(target, page=1, box_mm=(20, 45, 85, 45))
    first, last = names[fx.person_ids[0]]
    assert f"{first} {last}" in window
    assert "Leipzig" in window and "Burgplatz 1" in window and "04109 Leipzig" in window
    assert "Transferagentur" in window, "return address line above the recipient"
    assert "Guten Tag" not in window, "the letter text stays out of the window"
    # Nothing of the recipient outside the left column of the window.
    right = pdftotext(target, page=1, box_mm=(110, 45, 100, 45))
    assert "Burgplatz" not in right
    everything = pdftotext(target)
    assert "Rathausmarkt 1" in everything and "20095 Hamburg" in everything
    assert "Modul 6: Di., 06.04.2027" in everything
    assert "Haus der Bildung, Markt 1, 04109 Leipzig" in everything
    fonts = {str(f.get("/BaseFont")) for page in PdfReader(target).pages
             for f in (page["/Resources"].get("/Font") or {}).values()}
    assert fonts and all("DejaVu" in f for f in fonts), fonts
    statuses = {r.person_id: r.status for r in outbox(db)}
    assert statuses[fx.person_ids[0]] == OutboxStatus.LETTER
    # Printed once: the next send has nothing.
    assert send_outbox(db, letters=tmp_path / "again.pdf").results == []
    assert not (tmp_path / "again.pdf").exists()


def test_letters_wait_without_a_target_and_people_without_any_address(db, tmp_path):
    fx = make_series(db, persons=2)
    without_email(db, fx.person_ids[0], street="Burgplatz 1", postcode="04109", city="Leipzig")
    without_email(db, fx.person_ids[1])
    office_addresses(db)
    with smtp_server(MailHandler()) as port:
        configure(db, port)
        report = send_outbox(db)
    results = {r.person_id: r for r in report.results}
    assert results[fx.person_ids[0]].result == "skipped"
    assert "PDF-Datei" in results[fx.person_ids[0]].error
    assert results[fx.person_ids[1]].result == "skipped"
    assert "weder eine E-Mail-Adresse noch eine Postanschrift" in results[fx.person_ids[1]].error
    assert {r.status for r in outbox(db)} == {OutboxStatus.PENDING}
