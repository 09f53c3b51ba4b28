"""1,000 certificates (separate files + combined PDF) via issue_certificates versus a bare
single-process reportlab loop drawing the same text lines, font and QR code."""

from __future__ import annotations

import resource
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from planner.certificates import issue_certificates
from planner.fonts import register_fonts
from planner.models import Attendance, Certificate, Person, Registration
from planner.storage.database import Database
from planner.usecases.people import add_venue
from planner.usecases.planning import EventPlan, SessionPlan, create_event

COUNT = 1000
NAMES = [("Zofia", "Wałęsa-Łukasiewicz"), ("Ayşe", "Yıldırım-Doğan"), ("Ğülşen", "Şahin"),
         ("Gwŷn", "Llŵyd"), ("Renée", "Lefèvre"), ("Jürgen", "Groß")]


def setup(path: Path, count: int | None = None) -> tuple[Database, int]:
    """A six-module series with `count` whole-series registrations, all present (bulk)."""
    count = COUNT if count is None else count
    db = Database.open(path)
    start = datetime(2027, 3, 2, 9, 30)
    with db.transaction() as orm:
        venue = add_venue(orm, name="Haus der Bildung", street="Markt 1", postcode="04109",
                          city="Leipzig", federal_state="SN").value
        plan = EventPlan(format="training_series", title="Fortbildungsreihe Benchmark",
                         office="berlin", sessions=[
                             SessionPlan(start=start + timedelta(weeks=i),
                                         end=start + timedelta(weeks=i, hours=7),
                                         title=f"Modul {i + 1}", venue_id=venue.id)
                             for i in range(6)])
        event = create_event(orm, plan, force=True).value
        persons = [Person(first_name=NAMES[i % 6][0], last_name=f"{NAMES[i % 6][1]} {i}")
                   for i in range(count)]
        orm.add_all(persons)
        orm.flush()
        orm.add_all([Registration(event_id=event.id, person_id=p.id) for p in persons])
        orm.add_all([Attendance(session_id=s.id, person_id=p.id, status="present")
                     for p in persons for s in event.sessions])
        return db, event.id


def bare_loop(contents: list[dict], codes: list[str], folder: Path, combined: Path) -> None:
    """What a script would do with reportlab alone: same lines, same font, same QR."""
    regular, bold = register_fonts()
    folder.mkdir(parents=True, exist_ok=True)

    def draw(c: Canvas, content: dict, code: str) -> None:
        w, h = A4
        office = content["office"]
        c.setFont(bold, 10.5)
        c.drawString(70, h - 62, office["name"])
        c.setFont(regular, 8.5)
        c.drawString(70, h - 75, office["organisation"])
        c.drawString(70, h - 86, office["address"])
        c.line(70, h - 120, w - 70, h - 120)
        c.setFont(bold, 26)
        c.drawCentredString(w / 2, h - 190, content["title"])
        c.setFont(regular, 11)
        c.drawCentredString(w / 2, h - 225, content["lead"])
        c.setFont(bold, 22)
        c.drawCentredString(w / 2, h - 255, content["name"])
        c.setFont(regular, 11)
        c.drawCentredString(w / 2, h - 285, content["intro"])
        c.setFont(bold, 15)
        c.drawCentredString(w / 2, h - 310, content["event_title"])
        c.setFont(regular, 10.5)
        c.drawCentredString(w / 2, h - 328, f"{content['event_format']} · {content['period']}")
        y = h - 370
        c.setFont(bold, 9.5)
        for x, text in ((75, "Datum"), (145, "Modul"), (360, "Ort")):
            c.drawString(x, y, text)
        c.drawRightString(w - 75, y, "UE")
        c.setFont(regular, 9.5)
        for row in content["sessions"]:
            y -= 16
            c.drawString(75, y, row["date"])
            c.drawString(145, y, row["title"])
            c.drawString(360, y, row["place"])
            c.drawRightString(w - 75, y, row["units"])
            c.line(70, y - 5, w - 70, y - 5)
        c.setFont(bold, 10)
        c.drawString(70, y - 30, content["statement"][:90])
        c.drawString(70, y - 43, content["statement"][90:])
        c.setFont(regular, 8.5)
        c.drawString(70, y - 65, content["closing"][:110])
        c.drawString(70, y - 76, content["closing"][110:])
        c.setFont(regular, 10.5)
        c.drawString(70, 222, f"{content['issued_place']}, {content['issued_on']}")
        c.line(70, 213, 255, 213)
        c.line(310, 213, w - 70, 213)
        c.setFont(regular, 8)
        c.drawString(70, 202, "Ort, Datum")
        c.drawString(310, 200, content["signatory"]["name"])
        c.drawString(310, 190, content["signatory"]["title"][:60])
        c.setFont(bold, 9.5)
        c.drawString(70, 110, f"Bescheinigungs-Nr. {content['serial']}")
        c.setFont(regular, 9.5)
        c.drawString(70, 96, f"Prüfcode: {code}")
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(f"TRANSFERPLANER:{content['serial']}:{code}")
        qr.make()
        n = qr.getModuleCount()
        box = 80 / (n + 4)
        for r, row in enumerate(qr.modules):
            for col, dark in enumerate(row):
                if dark:
                    c.rect(w - 150 + (col + 2) * box, 125 - (r + 3) * box, box, box,
                           stroke=0, fill=1)

    for i, (content, code) in enumerate(zip(contents, codes, strict=True)):
        c = Canvas(str(folder / f"bescheinigung_{i}.pdf"), pagesize=A4,
                   initialFontName=regular)
        draw(c, content, code)
        c.showPage()
        c.save()
    c = Canvas(str(combined), pagesize=A4, initialFontName=regular)
    for content, code in zip(contents, codes, strict=True):
        draw(c, content, code)
        c.showPage()
    c.save()


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the pool's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run(workdir: Path) -> list[dict]:
    t0 = time.perf_counter()
    db, event_id = setup(workdir / "bench.sqlite")
    setup_s = time.perf_counter() - t0
    phases: dict[str, float] = {}

    def progress(done: int, total: int) -> bool:
        if done == 0:
            phases["render_start"] = time.perf_counter()
        if done == total:
            phases["render_end"] = time.perf_counter()
        return True

    t0, c0 = time.perf_counter(), _cpu()
    with db.transaction() as orm:
        result = issue_certificates(orm, event_id, workdir / "ours",
                                    combined=workdir / "ours_alle.pdf", progress=progress,
                                    issued_on=date(2027, 5, 12))
    ours, ours_cpu = time.perf_counter() - t0, _cpu() - c0
    assert result.issued == COUNT and result.combined is not None
    with db.reading() as orm:
        certs = list(orm.scalars(select(Certificate).order_by(Certificate.counter)))
        contents = [c.content for c in certs]
        codes = [c.verification_code for c in certs]
    db.close()
    t0, c0 = time.perf_counter(), _cpu()
    bare_loop(contents, codes, workdir / "bare", workdir / "bare_alle.pdf")
    bare, bare_cpu = time.perf_counter() - t0, _cpu() - c0
    overhead = ours - (phases["render_end"] - phases["render_start"])
    return [
        {"name": "certificates: 1,000 issued (files + combined)", "value": ours, "unit": "s",
         "ratio": ours / bare, "target": 1.0},
        {"name": "certificates: bare reportlab loop (1 process)", "value": bare, "unit": "s"},
        # Wall time depends on free cores; CPU time shows the work done, whatever the load.
        {"name": "certificates: CPU s, ours (main + 2 workers)", "value": ours_cpu,
         "unit": "s", "ratio": ours_cpu / bare_cpu},
        {"name": "certificates: CPU s, bare loop", "value": bare_cpu, "unit": "s"},
        {"name": "certificates: DB/issue overhead (outside rendering)", "value": overhead,
         "unit": "s", "ratio": overhead / bare},
        {"name": "certificates: test data set-up (not compared)", "value": setup_s,
         "unit": "s"},
    ]
