"""PDF certificates: content read back with pypdf, fonts, threshold, serials, codes."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from planner.certificates import (
    eligibility,
    issue_certificates,
    preview_certificate,
    verify_certificate,
)
from planner.errors import ValidationError
from planner.models import Certificate, CertificateIssue, Person
from planner.usecases.attendance import record_all_registered, record_attendance
from planner.usecases.people import add_person, add_venue
from planner.usecases.planning import EventPlan, SessionPlan, create_event
from planner.usecases.registration import register
from tests.factories import make_series

BASE14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
          "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
          "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats"}
# Each module of make_series: 09:30–16:30 less a 60-minute break = 360 minutes = 8 units.
MODULE_UNITS = (7 * 60 - 60) / 45
SERIES_UNITS = 6 * MODULE_UNITS


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def fonts_of(path: Path) -> list[dict]:
    """Every font dictionary referenced from any page (BaseFont, embedded file keys)."""
    found = []
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            found.append({"base": str(font["/BaseFont"]).lstrip("/"),
                          "subtype": str(font["/Subtype"]),
                          "embedded": [k for k in ("/FontFile", "/FontFile2", "/FontFile3")
                                       if k in desc]})
    return found


def attend_all(db, fx, status: str = "present") -> None:
    with db.transaction() as orm:
        for sid in fx.session_ids:
            record_all_registered(orm, sid, status)


def issue(db, event_id: int, folder: Path, **kw):
    with db.transaction() as orm:
        return issue_certificates(orm, event_id, folder, **kw)


def test_content_names_units_serial_and_code_come_back(db, tmp_path, output_dir):
    fx = make_series(db, persons=7)
    attend_all(db, fx)
    result = issue(db, fx.event_id, tmp_path / "out", issued_on=date(2027, 5, 12))
    assert result.issued == 7 and result.reissued == 0 and not result.skipped
    with db.reading() as orm:
        certs = [(c.serial, c.verification_code, c.person_id)
                 for c in orm.scalars(select(Certificate))]
        persons = {p.id: (p.first_name, p.last_name) for p in orm.scalars(select(Person))}
    assert len(result.files) == 7
    for path in result.files:
        serial, code, person_id = next(c for c in certs if c[0] in path.name)
        first_name, last_name = persons[person_id]
        text = flat(pdf_text(path))
        # Names with ł ę ş ğ ı ŵ é ß come back intact.
        assert first_name in text and last_name in text
        assert "Teilnahmebescheinigung" in text
        assert "Fortbildungsreihe Bildungsmonitoring 2027" in text
        assert "Transferagentur für Großstädte, Standort Berlin" in text
        assert "Tempelhofer Ufer 11, 10963 Berlin" in text
        assert serial in text and code in text
        assert f"Teilgenommen an allen 6 Modulen mit {SERIES_UNITS:g} Unterrichtseinheiten" \
            in text
        hours = SERIES_UNITS * 45 / 60
        assert f"{hours:g} Zeitstunden" in text
        for i in range(6):
            day = date(2027, 3, 2) + timedelta(weeks=i)
            assert f"{day:%d.%m.%Y} Modul {i + 1} Leipzig" in text
        assert "Berlin, 12.05.2027" in text and "Bärbel Becker" in text
    names = "".join(f"{first} {last}" for first, last in persons.values())
    for char in "łęşğıŵéßŁ":
        assert char in names
    shutil.copyfile(result.files[0], output_dir / "certificate_series.pdf")


def test_independent_pdftotext_reader(db, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    fx = make_series(db, persons=4)
    attend_all(db, fx)
    result = issue(db, fx.event_id, tmp_path / "out")
    for path in result.files:
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                             capture_output=True, text=True).stdout
        assert any(name in out for name in ("Wałęsa-Łukasiewicz", "Yıldırım-Doğan",
                                            "Şahin", "Llŵyd"))


def test_every_font_embedded_and_no_base14(db, tmp_path):
    fx = make_series(db, persons=3)
    attend_all(db, fx)
    result = issue(db, fx.event_id, tmp_path / "out", combined=tmp_path / "alle.pdf")
    with db.reading() as orm:
        preview = preview_certificate(orm, fx.event_id, fx.person_ids[0], tmp_path / "v.pdf")
    for path in [*result.files, tmp_path / "alle.pdf", preview]:
        fonts = fonts_of(path)
        assert fonts, path
        for font in fonts:
            assert "/FontFile2" in font["embedded"], font
            assert font["base"].split("+")[-1] not in BASE14, font
            assert "DejaVuSans" in font["base"]
        raw = path.read_bytes()
        for name in BASE14:
            assert f"/BaseFont /{name}".encode() not in raw
            assert f"/BaseFont/{name}".encode() not in raw


def _exact_and_below(db):
    """Person 0 at exactly 80 % (38.4 of 48 units), person 1 at 79 % (37.9 of 48)."""
    fx = make_series(db, persons=3)
    with db.transaction() as orm:
        for i, sid in enumerate(fx.session_ids):
            for pid in fx.person_ids:
                record_attendance(orm, sid, pid, "present")
            if i == 4:
                # 6.4 units = 288 minutes; 5.9 units = 266 minutes (rounded to a tenth).
                record_attendance(orm, sid, fx.person_ids[0], "partial", minutes=288)
                record_attendance(orm, sid, fx.person_ids[1], "partial", minutes=266)
            if i == 5:
                record_attendance(orm, sid, fx.person_ids[0], "absent")
                record_attendance(orm, sid, fx.person_ids[1], "excused")
    return fx


def test_threshold_both_ways(db, tmp_path):
    fx = _exact_and_below(db)
    with db.reading() as orm:
        rows = {r.person_id: r for r in eligibility(orm, fx.event_id)}
    exact, below, full = (rows[p] for p in fx.person_ids)
    assert exact.attended_units == pytest.approx(4 * MODULE_UNITS + 6.4)
    assert exact.total_units == pytest.approx(SERIES_UNITS)
    assert exact.eligible and exact.kind == "series" and exact.reason == ""
    assert below.attended_units == pytest.approx(4 * MODULE_UNITS + 5.9)
    below_pct = f"{int(below.attended_units / SERIES_UNITS * 1000) / 10:g}".replace(".", ",")
    assert below_pct.startswith("78,") or below_pct.startswith("79")
    # Below the threshold: automatically the certificate of the modules attended.
    assert below.eligible and below.kind == "modules" and below.overridable
    assert f"({below_pct} %)" in below.reason and "80 %" in below.reason
    assert full.eligible and full.kind == "series" and full.rate == pytest.approx(1.0)
    result = issue(db, fx.event_id, tmp_path / "out", issued_on=date(2027, 5, 12))
    assert result.issued == 3 and not result.skipped
    with db.reading() as orm:
        kinds = {c.person_id: c.kind for c in orm.scalars(select(Certificate))}
    assert kinds == {fx.person_ids[0]: "series", fx.person_ids[1]: "modules",
                     fx.person_ids[2]: "series"}
    # Below 100 % the reduced units are stated honestly.
    exact_file = next(p for p in result.files if "Walesa" in p.name)
    text = flat(pdf_text(exact_file))
    assert "Teilgenommen an 5 von 6 Modulen mit 38,4 von 48 Unterrichtseinheiten (80 %" in text
    assert f"{38.4 * 45 / 60:g}".replace(".", ",") + " Zeitstunden" in text
    assert "Modul 5 (teilweise)" in text  # the partly attended module
    assert "06.04.2027" not in text  # module 6 was missed: not listed
    below_file = next(p for p in result.files if "Yildirim" in p.name)
    text = flat(pdf_text(below_file))
    assert "an Modulen der folgenden Fortbildungsreihe" in text
    assert f"Teilgenommen an 5 von 6 Modulen mit 37,9 von 48 Unterrichtseinheiten ({below_pct}" \
        in text


def test_override_needs_reason_and_is_logged(db, tmp_path):
    fx = _exact_and_below(db)
    below = fx.person_ids[1]
    with pytest.raises(ValidationError, match="Begründung"):
        issue(db, fx.event_id, tmp_path / "x", person_ids=[below], override_reason="   ")
    with db.reading() as orm:
        assert orm.scalar(select(Certificate.id)) is None
    modules = issue(db, fx.event_id, tmp_path / "m", person_ids=[below])
    reason = "Krankheit; Inhalte von Modul 6 nachweislich nachgearbeitet"
    result = issue(db, fx.event_id, tmp_path / "out", person_ids=[below],
                   override_reason=reason)
    # The series certificate replaces the modules certificate: same serial, new revision.
    assert result.issued == 0 and result.revised == 1 and result.serials == modules.serials
    with db.reading() as orm:
        cert = orm.scalars(select(Certificate)).one()
        log = orm.scalars(select(CertificateIssue).order_by(CertificateIssue.id.desc())).first()
        assert cert.person_id == below and cert.override_reason == reason
        assert cert.kind == "series" and cert.revision == 2
        assert reason in log.note and log.action == "revised" and log.issued_by
    assert "an 5 von 6 Modulen mit 37,9 von 48 Unterrichtseinheiten (78,9 %" in flat(
        pdf_text(result.files[0]))


def test_serial_format_and_yearly_counter(db, tmp_path, clock):
    clock.set(datetime(2028, 1, 5, 9, 0))  # the issue dates below lie up to today
    fx = make_series(db, persons=5)
    attend_all(db, fx)
    p = fx.person_ids
    first = issue(db, fx.event_id, tmp_path / "a", person_ids=p[:2],
                  issued_on=date(2027, 12, 30))
    second = issue(db, fx.event_id, tmp_path / "b", person_ids=p[2:4],
                   issued_on=date(2028, 1, 4))
    third = issue(db, fx.event_id, tmp_path / "c", person_ids=p[4:],
                  issued_on=date(2027, 12, 31))
    assert first.serials == ["TAB-2027-0001", "TAB-2027-0002"]
    assert second.serials == ["TAB-2028-0001", "TAB-2028-0002"]
    assert third.serials == ["TAB-2027-0003"]
    with db.reading() as orm:
        serials = list(orm.scalars(select(Certificate.serial)))
    assert len(set(serials)) == 5
    assert all(re.fullmatch(r"TAB-20(27|28)-\d{4}", s) for s in serials)


def test_reissue_keeps_serial_and_changes_code(db, tmp_path):
    fx = make_series(db, persons=2)
    attend_all(db, fx)
    pid = fx.person_ids[0]
    first = issue(db, fx.event_id, tmp_path / "a", person_ids=[pid],
                  issued_on=date(2027, 5, 12))
    with db.reading() as orm:
        old = orm.scalars(select(Certificate)).one()
        old_code, serial = old.verification_code, old.serial
    # Same content again: same serial, same code.
    again = issue(db, fx.event_id, tmp_path / "a", person_ids=[pid],
                  issued_on=date(2027, 5, 12))
    assert again.reissued == 1 and again.issued == 0 and again.serials == [serial]
    assert again.files == first.files  # replaced in place, no duplicate file
    with db.transaction() as orm:
        orm.get(Person, pid).last_name = "Wałęsa-Nowak"
    changed = issue(db, fx.event_id, tmp_path / "b", person_ids=[pid],
                    issued_on=date(2027, 5, 12))
    assert changed.serials == [serial] and changed.reissued == 1
    with db.reading() as orm:
        cert = orm.scalars(select(Certificate)).one()
        code = cert.verification_code
        logs = list(orm.scalars(select(CertificateIssue).order_by(CertificateIssue.id)))
        assert code != old_code
        assert [log.action for log in logs] == ["issued", "reissued", "revised"]
        assert cert.revision == 2
        now_valid = verify_certificate(orm, code)
        superseded = verify_certificate(orm, old_code)
    assert now_valid.valid and now_valid.name == "Zofia Wałęsa-Nowak"
    assert not superseded.valid and superseded.status == "replaced"
    assert "Ersetzt" in superseded.message and "Fassung 2" in superseded.message
    assert "Wałęsa-Nowak" in pdf_text(changed.files[0])
    # A later issue date changes the content, so the code changes too.
    later = issue(db, fx.event_id, tmp_path / "c", person_ids=[pid],
                  issued_on=date(2027, 6, 1))
    with db.reading() as orm:
        assert orm.scalars(select(Certificate)).one().verification_code != code
    assert later.serials == [serial]


def test_verify_accepts_real_and_rejects_tampered(db, tmp_path):
    fx = make_series(db, persons=2)
    attend_all(db, fx)
    issue(db, fx.event_id, tmp_path / "a", issued_on=date(2027, 5, 12))
    with db.reading() as orm:
        cert = orm.scalars(select(Certificate).order_by(Certificate.id)).first()
        code, cert_id = cert.verification_code, cert.id
        ok = verify_certificate(orm, code)
        assert ok.valid and ok.serial == cert.serial and ok.issued_on == date(2027, 5, 12)
        assert ok.event_title == "Fortbildungsreihe Bildungsmonitoring 2027"
        # Lower case, no dashes, or the QR text also work.
        assert verify_certificate(orm, code.replace("-", "").lower()).valid
        assert verify_certificate(orm, f"TRANSFERPLANER:{cert.serial}:{code}").valid
        # One character changed: rejected.
        flipped = ("B" if code[0] != "B" else "C") + code[1:]
        bad = verify_certificate(orm, flipped)
        assert not bad.valid and "keine Bescheinigung" in bad.message
        assert not verify_certificate(orm, "hallo").valid
    # Content changed in the database behind the program's back: rejected.
    with db.transaction() as orm:
        row = orm.get(Certificate, cert_id)
        row.content = {**row.content, "attended_units": 48.0, "name": "Max Mustermann"}
    with db.reading() as orm:
        forged = verify_certificate(orm, code)
    assert not forged.valid and "verändert" in forged.message


def test_code_depends_on_every_field(db, tmp_path):
    from planner.certificates.verification import compute_code

    content = {"serial": "TAB-2027-0001", "name": "Ayşe", "units": 48.0,
               "sessions": [{"date": "02.03.2027", "units": "8"}]}
    code = compute_code("secret", content)
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", code)
    for key, value in (("serial", "TAB-2027-0002"), ("name", "Ayse"), ("units", 47.9),
                       ("sessions", [{"date": "03.03.2027", "units": "8"}])):
        assert compute_code("secret", {**content, key: value}) != code
    assert compute_code("other", content) != code


def test_module_and_participation_certificates(db, tmp_path):
    fx = make_series(db, persons=1)
    with db.transaction() as orm:
        booker = add_person(orm, first_name="Gwŷn", last_name="Llŵyd-Ap").value
        register(orm, fx.event_id, booker.id, session_ids=fx.session_ids[:2], force=True)
        for sid in fx.session_ids[:2]:
            record_attendance(orm, sid, booker.id, "present")
    result = issue(db, fx.event_id, tmp_path / "m", person_ids=[booker.id])
    assert result.issued == 2
    with db.reading() as orm:
        kinds = {(c.kind, c.session_id) for c in orm.scalars(select(Certificate))}
    assert kinds == {("module", fx.session_ids[0]), ("module", fx.session_ids[1])}
    text = flat(pdf_text(result.files[0]))
    assert "Modul 1" in text and "Llŵyd-Ap" in text and f"{MODULE_UNITS:g}" in text
    with pytest.raises(ValidationError):
        issue(db, fx.event_id, tmp_path / "s", person_ids=[booker.id], kind="series")
    # A conference: participation certificate on the same template.
    with db.transaction() as orm:
        venue = add_venue(orm, name="Rathaus", city="Bremen", federal_state="HB").value
        start = datetime(2027, 9, 14, 10, 0)
        conf = create_event(orm, EventPlan(
            format="conference", title="Fachtagung Bildung & Stadt", office="hamburg",
            sessions=[SessionPlan(start=start, end=start + timedelta(hours=6),
                                  venue_id=venue.id)]), force=True).value
        guest = add_person(orm, first_name="Renée", last_name="Lefèvre").value
        register(orm, conf.id, guest.id, force=True)
        record_attendance(orm, conf.sessions[0].id, guest.id, "present")
    part = issue(db, conf.id, tmp_path / "c", issued_on=date(2027, 9, 20))
    text = flat(pdf_text(part.files[0]))
    assert part.serials == ["TAH-2027-0001"]
    assert "Fachtagung Bildung & Stadt" in text and "Renée Lefèvre" in text
    assert "Fachtagung" in text and "Bremen" in text and "Hamburg, 20.09.2027" in text


def test_preview_consumes_no_serial(db, tmp_path, output_dir):
    fx = make_series(db, persons=2)
    attend_all(db, fx)
    with db.reading() as orm:
        path = preview_certificate(orm, fx.event_id, fx.person_ids[1], tmp_path / "p.pdf")
    text = flat(pdf_text(path))
    assert "VORSCHAU" in text and "Vorschau" in text and "Yıldırım-Doğan" in text
    shutil.copyfile(path, output_dir / "certificate_preview.pdf")
    with db.reading() as orm:
        assert orm.scalar(select(Certificate.id)) is None
    result = issue(db, fx.event_id, tmp_path / "out")
    assert result.serials[0].endswith("-0001")


def test_sample_with_logo_signature_and_png(db, tmp_path, output_dir):
    """Renders a sample with logo and signature images for a person to look at."""
    from PIL import Image, ImageDraw

    logo, sig = tmp_path / "logo.png", tmp_path / "sig.png"
    img = Image.new("RGB", (400, 160), "white")
    ImageDraw.Draw(img).rectangle((10, 10, 390, 150), outline="#1f4e79", width=8)
    img.save(logo)
    img = Image.new("RGBA", (600, 160), (255, 255, 255, 0))
    ImageDraw.Draw(img).line([(20, 120), (150, 40), (260, 130), (420, 50), (580, 110)],
                             fill="#1a1a6e", width=6)
    img.save(sig)
    fx = _exact_and_below(db)
    with db.transaction() as orm:
        from planner.models import Event

        office = orm.get(Event, fx.event_id).office
        office.logo_path, office.signature_path = str(logo), str(sig)
    result = issue(db, fx.event_id, tmp_path / "out", person_ids=[fx.person_ids[0]],
                   issued_on=date(2027, 5, 12))
    target = output_dir / "certificate_reduced_with_images.pdf"
    shutil.copyfile(result.files[0], target)
    assert len(PdfReader(target).pages) == 1
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(target),
                        str(output_dir / "certificate_reduced_with_images")], check=True)
