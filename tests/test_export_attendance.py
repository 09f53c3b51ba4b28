"""Attendance matrix (.xlsx): statuses, units, rates and certificates as recorded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.cli.main import main as cli_main
from planner.errors import NotFoundError, PlannerError
from planner.exports.attendance_matrix import export_attendance_matrix
from planner.models import Event, Person, Registration, Session
from planner.usecases.attendance import record_attendance
from planner.usecases.people import add_person
from planner.usecases.planning import cancel_session
from planner.usecases.registration import cancel_registration, register
from tests.factories import make_series

LABELS = {"present": "anwesend", "excused": "entschuldigt", "absent": "abwesend"}
REG_LABELS = {"registered": "angemeldet", "waiting": "Warteliste", "cancelled": "storniert"}


def _minutes(session: Session) -> int:
    minutes = int((session.end - session.start).total_seconds() // 60)
    brk = session.break_minutes if session.break_minutes is not None \
        else session.event.default_break_minutes
    return minutes - brk


def _certificate(reg: Registration, booked: list, got: int, total: int, attended: int,
                 threshold: float) -> str:
    """The rulebook (planner/RULES.md) written out again for this scenario."""
    if reg.status != "registered":
        return "–"
    if not reg.whole_event:
        return f"{attended} Modulbescheinigungen" if attended > 1 else (
            "Modulbescheinigung" if attended else "keine")
    if total and got >= threshold * total:
        return "Reihenbescheinigung"
    return "Bescheinigung besuchter Module" if attended else "keine"


def _scenario(db):
    """Seven persons with varied attendance, one partial booking, one cancelled booking."""
    s = make_series(db, persons=7)
    p = s.person_ids
    sid = s.session_ids
    # status per (person index, session index); the sixth session gets cancelled.
    plan: dict[tuple[int, int], tuple[str, int | None]] = {}
    for i in range(5):
        plan[(0, i)] = ("present", None)                      # 100 %: certificate
        plan[(1, i)] = ("present", None) if i < 4 else ("excused", None)   # 80 %: exactly
        plan[(2, i)] = ("present", None) if i < 3 else ("absent", None)    # 60 %: no
    plan[(3, 0)] = ("partial", 200)
    plan[(3, 1)] = ("present", None)
    plan[(4, 2)] = ("partial", 300)
    with db.transaction() as orm:
        hostile = add_person(orm, first_name="+49 Vorname", last_name='=HYPERLINK("x")',
                             email="h@example.org", phone="+49 30 999").value
        register(orm, s.event_id, hostile.id, session_ids=[sid[0], sid[1], sid[2]], force=True)
        plan[(7, 0)] = ("present", None)
        plan[(7, 1)] = ("present", None)
        plan[(7, 2)] = ("partial", 330)
        gone = add_person(orm, first_name="Weg", last_name="Storniert").value
        reg = register(orm, s.event_id, gone.id, force=True).value
        for i in range(4):  # 80 % before cancelling: still no certificate
            plan[(8, i)] = ("present", None)
        persons = [*p, hostile.id, gone.id]
        for (pi, si), (status, minutes) in plan.items():
            record_attendance(orm, sid[si], persons[pi], status, minutes=minutes)
        cancel_registration(orm, reg.id, "Stelle gewechselt")
        cancel_session(orm, sid[5], "Raum fehlt")
    return s, persons, plan


def _expected(db, s, persons, plan):
    """Expected row values per person, computed from the plan and the stored sessions."""
    with db.reading() as orm:
        event = orm.get(Event, s.event_id)
        sessions = [orm.get(Session, x) for x in s.session_ids]
        live = [x for x in sessions if x.status != "cancelled"]
        minutes_of = {x.id: _minutes(x) for x in live}
        threshold = event.certificate_threshold
        unit_minutes = event.unit_minutes
        out = {}
        for idx, pid in enumerate(persons):
            person = orm.get(Person, pid)
            reg = orm.query(Registration).filter_by(event_id=s.event_id, person_id=pid).one()
            booked = [x for x in live if reg.whole_event or x in reg.chosen_sessions]
            cells, got, attended = [], 0, 0
            for si, x in enumerate(sessions):
                if x not in live:
                    continue
                rec = plan.get((idx, si)) if x in booked else None
                if rec is None:
                    cells.append(None)
                    continue
                status, minutes = rec
                cells.append(f"teilweise ({minutes} Min.)" if status == "partial"
                             else LABELS[status])
                if status == "present":
                    got += minutes_of[x.id]
                    attended += 1
                elif status == "partial":
                    got += min(minutes_of[x.id], minutes)
                    attended += 1
            total = sum(minutes_of[x.id] for x in booked)
            rate = got / total if total else None
            out[(person.last_name, person.first_name)] = dict(
                cells=cells, total=round(total / unit_minutes, 1),
                got=round(got / unit_minutes, 1), rate=rate, status=REG_LABELS[reg.status],
                cert=_certificate(reg, booked, got, total, attended, threshold),
                email=person.email, phone=person.phone)
        headers = [f"{x.title}\n{x.start:%d.%m.%Y}" for x in live]
    return out, headers


def test_attendance_matrix(db, tmp_path, output_dir):
    s, persons, plan = _scenario(db)
    expected, headers = _expected(db, s, persons, plan)
    target = tmp_path / "anwesenheit.xlsx"
    with db.reading() as orm:
        result = export_attendance_matrix(orm, s.event_id, target)
    shutil.copy(target, output_dir / "attendance_matrix.xlsx")
    assert result.count == len(expected)

    wb = load_workbook(target)
    assert wb.sheetnames == ["Anwesenheit", "Teilnehmende"]
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", cell.coordinate
    ws = wb["Anwesenheit"]
    rows = list(ws.iter_rows(values_only=True))
    head = list(rows[0])
    n = len(headers)
    assert head[3:3 + n] == headers
    col = {name: head.index(name) for name in
           ("UE gebucht", "UE besucht", "Quote", "Bescheinigung", "Anmeldestatus")}
    body = rows[1:1 + len(expected)]
    seen = set()
    for r in body:
        key = (r[0], r[1])
        exp = expected[key]
        seen.add(key)
        assert list(r[3:3 + n]) == exp["cells"], key
        assert r[col["UE gebucht"]] == pytest.approx(exp["total"], abs=0.051)
        assert r[col["UE besucht"]] == pytest.approx(exp["got"], abs=0.051)
        if exp["rate"] is None:
            assert r[col["Quote"]] is None
        else:
            assert r[col["Quote"]] == pytest.approx(exp["rate"], abs=0.002)
        assert r[col["Bescheinigung"]] == exp["cert"], key
        assert r[col["Anmeldestatus"]] == exp["status"]
    assert seen == set(expected)
    # Persons above and below the threshold are both in the data, the 80 % one counts.
    certs = {exp["cert"] for exp in expected.values()}
    assert {"Reihenbescheinigung", "Bescheinigung besuchter Module", "3 Modulbescheinigungen",
            "–"} <= certs
    at_80 = [e for e in expected.values() if e["rate"] and abs(e["rate"] - 0.8) < 1e-9]
    assert {e["status"] for e in at_80} == {"angemeldet", "storniert"}
    # Totals row: present or partly present per session.
    totals = rows[1 + len(expected)]
    for i in range(n):
        count = sum(1 for e in expected.values()
                    if e["cells"][i] and e["cells"][i].startswith(("anwesend", "teilweise")))
        assert totals[3 + i] == count
    # Hostile name stays text.
    hostile = next(c for c in ws["A"] if c.value == '=HYPERLINK("x")')
    assert hostile.data_type == "s"
    # Formats and layout.
    quote_col = col["Quote"] + 1
    assert "%" in ws.cell(2, quote_col).number_format
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(head)).column_letter}{len(expected) + 1}"
    for letter in ("A", "B", "C", ws.cell(1, 4).column_letter):
        assert ws.column_dimensions[letter].width >= 10
    assert str(ws.page_setup.paperSize) == "9"

    contacts = wb["Teilnehmende"]
    crow = list(contacts.iter_rows(values_only=True))
    chead = list(crow[0])
    assert {"E-Mail", "Telefon", "Angemeldet am", "Storniert am", "Stornogrund"} <= set(chead)
    by_name = {(r[0], r[1]): r for r in crow[1:]}
    assert set(by_name) == set(expected)
    for key, exp in expected.items():
        assert by_name[key][chead.index("E-Mail")] == exp["email"]
        assert by_name[key][chead.index("Anmeldestatus")] == exp["status"]
    gone = by_name[("Storniert", "Weg")]
    assert gone[chead.index("Stornogrund")] == "Stelle gewechselt"
    for r in range(2, contacts.max_row + 1):
        for name in ("Angemeldet am", "Storniert am"):
            cell = contacts.cell(r, chead.index(name) + 1)
            if cell.value is not None:
                assert cell.is_date and cell.number_format == "DD.MM.YYYY"
    assert contacts.cell(2, chead.index("Angemeldet am") + 1).value is not None
    phone = next(c for c in contacts[contacts.cell(1, chead.index("Telefon") + 1).column_letter]
                 if c.value == "+49 30 999")
    assert phone.data_type == "s"
    assert contacts.freeze_panes and contacts.auto_filter.ref
    # International names intact.
    names = {r[0] for r in crow[1:]}
    for last in ("Wałęsa-Łukasiewicz", "Yıldırım-Doğan", "Şahin", "Llŵyd", "Lefèvre", "Groß"):
        assert last in names


def test_attendance_errors(db, tmp_path):
    s = make_series(db, persons=0)
    out = tmp_path / "out"
    with db.reading() as orm:
        with pytest.raises(NotFoundError):
            export_attendance_matrix(orm, 999, out / "a.xlsx")
        with pytest.raises(PlannerError, match="keine Anmeldungen"):
            export_attendance_matrix(orm, s.event_id, out / "a.xlsx")
        with pytest.raises(PlannerError, match=".xlsx"):
            export_attendance_matrix(orm, s.event_id, out / "a.pdf")
    assert not out.exists() or list(out.iterdir()) == []


def test_cli_attendance(db, db_path, tmp_path, capsys):
    s, _, _ = _scenario(db)
    db.close()
    out = tmp_path / "out"
    rc = cli_main(["--db", str(db_path), "export", "attendance", "--event", str(s.event_id),
                   "-o", str(out / "a.xlsx")])
    assert rc == 0 and load_workbook(out / "a.xlsx").sheetnames[0] == "Anwesenheit"
    capsys.readouterr()
    for args, message in [
        (["--event", "999", "-o", str(out / "b.xlsx")], "gibt es nicht"),
        (["--event", str(s.event_id), "-o", str(out / "b.ods")], ".xlsx"),
        (["--event", str(s.event_id), "-o", str(out / "a.xlsx" / "b.xlsx")],
         "nicht geschrieben"),
    ]:
        rc = cli_main(["--db", str(db_path), "export", "attendance", *args])
        err = capsys.readouterr().err
        assert rc != 0 and message in err, (args, err)
    assert [p.name for p in out.iterdir()] == ["a.xlsx"]
    assert Path(out / "a.xlsx").stat().st_size > 0


def test_contact_sheet_shows_consent_and_unknown_as_no(db, tmp_path):
    from datetime import date

    from openpyxl import load_workbook

    from planner.exports.attendance_matrix import export_attendance_matrix
    from planner.gdpr.consent import set_consent
    from tests.factories import make_series

    series = make_series(db, persons=3)
    with db.transaction() as orm:
        set_consent(orm, series.person_ids[0], photos=True, directory=False,
                    consent_date=date(2026, 2, 1))
        set_consent(orm, series.person_ids[1], photos=False, directory=True)
    target = tmp_path / "matrix.xlsx"
    with db.transaction() as orm:
        export_attendance_matrix(orm, series.event_id, target)
        from planner.models import Person

        names = {pid: orm.get(Person, pid).last_name for pid in series.person_ids}
    rows = list(load_workbook(target)["Teilnehmende"].iter_rows(values_only=True))
    head = list(rows[0])
    by_last = {r[0]: r for r in rows[1:]}
    photos, directory = head.index("Fotos erlaubt"), head.index("Teilnehmendenliste erlaubt")
    first, second, third = (by_last[names[pid]] for pid in series.person_ids)
    assert (first[photos], first[directory]) == ("ja", "nein")
    assert first[head.index("Einwilligung vom")].date() == date(2026, 2, 1)
    assert (second[photos], second[directory]) == ("nein", "ja")
    assert third[photos] == third[directory] == "nein (unbekannt)"


def test_waiting_booking_states_no_attendance_rate(db, tmp_path):
    from datetime import date

    from tests.rules_support import make_event

    fx = make_event(db, days=[date(2026, 3, 3)], persons=2, capacity=1)
    with db.transaction() as orm:
        record_attendance(orm, fx.session_ids[0], fx.person_ids[0], "present")
        target = tmp_path / "m.xlsx"
        export_attendance_matrix(orm, fx.event_id, target)
    ws = load_workbook(target).active
    rows = list(ws.iter_rows(values_only=True))
    header = rows[0]
    by_status = {row[header.index("Anmeldestatus")]: row for row in rows[1:]
                 if row[header.index("Anmeldestatus")]}
    assert by_status["angemeldet"][header.index("Quote")] == 1
    waiting = by_status["Warteliste"]
    assert waiting[header.index("Quote")] is None  # not "0 %": nobody expected them
    assert waiting[header.index("Bescheinigung")] == "–"
