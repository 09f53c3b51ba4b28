"""A 10,000-row attendance matrix versus a bare openpyxl write-only loop (same cells).

Setup (not timed): an event with six sessions and 10,000 registered persons with recorded
attendance, bulk-inserted into a fresh database. Timed: `export_attendance_matrix` (queries
included) and a bare loop writing the same two sheets' values and number formats. Both run
in this process on one thread, so the ratio is taken from CPU time (load on a shared
machine does not count); best of RUNS interleaved runs.
"""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

PERSONS = 10_000
SESSIONS = 6
TARGET = 1.3
RUNS = 6
STATUSES = ("present", "present", "present", "partial", "excused", "absent")


def _setup(db_path: Path) -> int:
    from planner.models import Attendance, Organisation, Person, Registration
    from planner.storage.database import Database
    from planner.usecases.planning import EventPlan, SessionPlan, create_event

    db = Database.open(db_path)
    start = datetime(2027, 3, 2, 9, 30)
    with db.transaction() as orm:
        plan = EventPlan(format="training_series", title="Benchmark-Reihe", office="berlin",
                         sessions=[SessionPlan(start=start + timedelta(weeks=i),
                                               end=start + timedelta(weeks=i, hours=7),
                                               title=f"Modul {i + 1}") for i in range(SESSIONS)])
        event = create_event(orm, plan, force=True).value
        event_id = event.id
        session_ids = [s.id for s in event.sessions]
        orm.execute(insert(Organisation), [{"name": f"Stadt {i}", "kind": "municipality"}
                                           for i in range(50)])
        org_ids = list(orm.scalars(Organisation.__table__.select().with_only_columns(
            Organisation.id)))
        orm.execute(insert(Person), [
            {"first_name": f"Zofia{i}", "last_name": f"Wałęsa-Şahin{i:05d}",
             "email": f"p{i}@example.org", "phone": "+49 30 1234", "function": "Referentin",
             "organisation_id": org_ids[i % len(org_ids)]} for i in range(PERSONS)])
        person_ids = list(orm.scalars(Person.__table__.select().with_only_columns(Person.id)))
        now = datetime(2027, 1, 5, 10, 0)
        orm.execute(insert(Registration), [
            {"event_id": event_id, "person_id": pid, "whole_event": True,
             "status": "registered", "registered_at": now} for pid in person_ids])
        orm.execute(insert(Attendance), [
            {"session_id": sid, "person_id": pid,
             "status": STATUSES[(i + j) % len(STATUSES)],
             "minutes": 200 if STATUSES[(i + j) % len(STATUSES)] == "partial" else None}
            for i, pid in enumerate(person_ids) for j, sid in enumerate(session_ids)])
    db.close()
    return event_id


def _bare(path: Path) -> None:
    """The same cells written with openpyxl alone: values, header styles, number formats."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Anwesenheit")
    bold = Font(bold=True)
    header = ["Nachname", "Vorname", "Organisation/Kommune",
              *(f"Modul {i + 1}\n{date(2027, 3, 2) + timedelta(weeks=i):%d.%m.%Y}"
                for i in range(SESSIONS)),
              "UE gebucht", "UE besucht", "Quote", "Bescheinigung", "Anmeldestatus"]
    row = []
    for h in header:
        c = WriteOnlyCell(ws, h)
        c.font = bold
        row.append(c)
    ws.append(row)
    labels = ("anwesend", "anwesend", "anwesend", "teilweise (200 Min.)", "entschuldigt",
              "abwesend")
    for i in range(PERSONS):
        cells = [labels[(i + j) % 6] for j in range(SESSIONS)]
        values = []
        for value, fmt in ((48.0, "0.0"), (30.2, "0.0"), (0.63, "0.0%")):
            c = WriteOnlyCell(ws, value)
            c.number_format = fmt
            values.append(c)
        ws.append([f"Wałęsa-Şahin{i:05d}", f"Zofia{i}", f"Stadt {i % 50}", *cells, *values,
                   "nein", "angemeldet"])
    ws2 = wb.create_sheet("Teilnehmende")
    ws2.append(["Nachname", "Vorname", "Titel", "Organisation/Kommune", "Funktion", "E-Mail",
                "Telefon", "Anmeldestatus", "Buchung", "Angemeldet am", "Storniert am",
                "Stornogrund", "Fotos erlaubt", "Teilnehmendenliste erlaubt",
                "Einwilligung vom"])
    for i in range(PERSONS):
        d = WriteOnlyCell(ws2, date(2027, 1, 5))
        d.number_format = "DD.MM.YYYY"
        phone = WriteOnlyCell(ws2, "+49 30 1234")
        phone.data_type = "s"
        ws2.append([f"Wałęsa-Şahin{i:05d}", f"Zofia{i}", None, f"Stadt {i % 50}",
                    "Referentin", f"p{i}@example.org", phone, "angemeldet",
                    "ganze Veranstaltung", d, None, None,
                    # the consent columns (unknown consent in the set-up data)
                    "nein (unbekannt)", "nein (unbekannt)", None])
    wb.save(path)


def run(workdir: Path) -> list[dict]:
    from planner.exports.attendance_matrix import export_attendance_matrix
    from planner.storage.database import Database

    event_id = _setup(workdir / "bench.sqlite")
    db = Database.open(workdir / "bench.sqlite")
    ours, bare = [], []
    try:
        for i in range(RUNS):  # interleaved, best of RUNS (the machine may be shared)
            c0 = time.process_time()
            with db.reading() as orm:
                result = export_attendance_matrix(orm, event_id, workdir / f"ours{i}.xlsx")
            ours.append(time.process_time() - c0)
            assert result.count == PERSONS
            c0 = time.process_time()
            _bare(workdir / f"bare{i}.xlsx")
            bare.append(time.process_time() - c0)
    finally:
        db.close()
    best, raw = min(ours), min(bare)
    return [
        {"name": "attendance matrix 10,000 rows (export), CPU", "value": best, "unit": "s",
         "ratio": best / raw, "target": TARGET},
        {"name": "attendance matrix 10,000 rows (bare openpyxl), CPU", "value": raw,
         "unit": "s"},
    ]


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for r in run(Path(tmp)):
            print(r)
