"""Which certificate for which format (observations 3, 4, 5): one set of rules for the
certificates, the eligibility list, the attendance matrix and the grid."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from types import SimpleNamespace

from openpyxl import load_workbook
from sqlalchemy import select

from planner.certificates import eligibility, issue_certificates, verify_certificate
from planner.cli.main import main
from planner.exports.attendance_matrix import export_attendance_matrix
from planner.models import Certificate
from planner.queries.attendance import attendance_grid
from planner.usecases.attendance import record_all_registered, record_attendance
from planner.usecases.people import add_person
from planner.usecases.registration import cancel_registration, register
from tests.rules_support import make_event, pdf_text, weekly


def _mark(db, fx, plan):
    """plan: {(person index, session index): status}"""
    with db.transaction() as orm:
        for (pi, si), status in plan.items():
            record_attendance(orm, fx.session_ids[si], fx.person_ids[pi], status)


def _issue(db, event_id, folder, **kw):
    with db.transaction() as orm:
        return issue_certificates(orm, event_id, folder, **kw)


def _live(db, person_id):
    """The person's live certificates as plain records."""
    with db.reading() as orm:
        return [SimpleNamespace(person_id=c.person_id, kind=c.kind, serial=c.serial,
                                session_id=c.session_id, revision=c.revision,
                                verification_code=c.verification_code)
                for c in orm.scalars(select(Certificate).where(
                    Certificate.person_id == person_id,
                    Certificate.replaced_by_id.is_(None)))]


# -- observation 3: one rule per format -------------------------------------------------

def test_network_three_of_four_meetings_and_a_single_meeting_both_confirmed(db, tmp_path):
    fx = make_event(db, format="network_group", days=weekly(date(2027, 3, 2), 4), persons=2)
    with db.transaction() as orm:
        single = add_person(orm, first_name="Ana", last_name="Einzeltreffen").value.id
        register(orm, fx.event_id, single, session_ids=[fx.session_ids[1]], force=True)
        for sid in fx.session_ids[:3]:
            record_attendance(orm, sid, fx.person_ids[0], "present")
        record_attendance(orm, fx.session_ids[1], single, "present")
    result = _issue(db, fx.event_id, tmp_path)
    by_person = {c.person_id: c for c in (_live(db, fx.person_ids[0]) + _live(db, single))}
    assert set(by_person) == {fx.person_ids[0], single}
    assert by_person[fx.person_ids[0]].kind == "participation"
    text = pdf_text(next(p for p in result.files if p.name.startswith(
        "Teilnahmebestaetigung_Beispiel0")))
    assert "Teilgenommen an 3 von 4 Treffen" in text
    assert "Treffen 1" in text and "Treffen 3" in text and "Treffen 4" not in text
    # the one who attended nothing gets nothing, with the reason
    assert any("Beispiel1" in note and "Keine Teilnahme" in note for note in result.skipped)


def test_conference_participant_of_the_first_day_gets_a_confirmation(db, tmp_path):
    fx = make_event(db, format="conference", days=[date(2027, 9, 14), date(2027, 9, 15)],
                    start=time(9), end=time(17), persons=1)
    _mark(db, fx, {(0, 0): "present", (0, 1): "absent"})
    [path] = _issue(db, fx.event_id, tmp_path).files
    text = pdf_text(path)
    assert "Teilnahmebestätigung" in text and "Teilgenommen an 1 von 2 Tagungstagen" in text
    assert "14.09.2027" in text and "15.09.2027" not in text.split("Summe")[0]


def test_series_below_the_threshold_lists_the_modules_without_any_flag(db, tmp_path):
    fx = make_event(db, format="training_series", days=weekly(date(2027, 3, 2), 6),
                    start=time(9, 30), end=time(16, 30), persons=1)
    _mark(db, fx, {(0, i): "present" for i in range(3)})
    result = _issue(db, fx.event_id, tmp_path)  # no --kind, no override
    [cert] = _live(db, fx.person_ids[0])
    assert cert.kind == "modules" and cert.session_id is None
    text = pdf_text(result.files[0])
    assert "an Modulen der folgenden Fortbildungsreihe teilgenommen" in text
    assert "Teilgenommen an 3 von 6 Modulen mit 24 von 48 Unterrichtseinheiten (50 %)" in text


def test_analysis_has_no_certificate_unless_the_event_says_so(db, tmp_path):
    plain = make_event(db, format="analysis", days=[date(2027, 4, 6)], persons=1)
    _mark(db, plain, {(0, 0): "present"})
    with db.reading() as orm:
        [item] = eligibility(orm, plain.event_id)
    assert not item.eligible and "keine Bescheinigung vorgesehen" in item.reason
    db_event = make_event(db, format="analysis", days=[date(2027, 4, 13)], persons=1,
                          certificate_policy="confirmation")
    _mark(db, db_event, {(0, 0): "present"})
    [path] = _issue(db, db_event.event_id, tmp_path).files
    assert "Teilnahmebestätigung" in pdf_text(path)


# -- observation 4: never two live certificates for the same content --------------------

def test_one_live_certificate_per_person_and_meeting(db, db_args, tmp_path, capsys):
    fx = make_event(db, format="network_group", days=[date(2027, 3, 2)], persons=1)
    _mark(db, fx, {(0, 0): "present"})
    db.close()
    out = str(tmp_path / "out")
    assert main([*db_args, "export", "certificates", "--event", str(fx.event_id),
                 "-o", out]) == 0
    # A second run "as module certificates" cannot certify the same meeting again.
    code = main([*db_args, "export", "certificates", "--event", str(fx.event_id), "-o", out,
                 "--kind", "module"])
    capsys.readouterr()
    assert code != 0
    from planner.storage.database import Database

    again = Database.open(db_args[1]) if db_args[0] == "--db" else Database.open(
        db_url=db_args[1])
    try:
        live = _live(again, fx.person_ids[0])
        with again.reading() as orm:
            serials = set(orm.scalars(select(Certificate.serial)))
    finally:
        again.close()
    assert len(live) == 1 and len(serials) == 1


def test_reissue_with_changed_attendance_is_a_new_revision_and_the_old_one_replaced(
        db, tmp_path):
    fx = make_event(db, format="network_group", days=weekly(date(2027, 3, 2), 4), persons=1)
    _mark(db, fx, {(0, 0): "present", (0, 1): "present"})
    first = _issue(db, fx.event_id, tmp_path / "a")
    [old] = _live(db, fx.person_ids[0])
    old_code = old.verification_code
    _mark(db, fx, {(0, 2): "present"})  # a forgotten mark is added
    second = _issue(db, fx.event_id, tmp_path / "b")
    assert second.serials == first.serials and second.revised == 1
    [new] = _live(db, fx.person_ids[0])
    assert new.revision == 2 and new.verification_code != old_code
    assert "Fassung 2" in pdf_text(second.files[0])
    with db.reading() as orm:
        replaced = verify_certificate(orm, old_code)
        current = verify_certificate(orm, new.verification_code)
    assert not replaced.valid and replaced.status == "replaced"
    assert "Ersetzt" in replaced.message and "Fassung 2" in replaced.message
    assert current.valid and "Fassung 2" in current.message
    # Unchanged content: a reprint, no new revision.
    third = _issue(db, fx.event_id, tmp_path / "c")
    assert third.revised == 0 and third.reissued == 1
    assert _live(db, fx.person_ids[0])[0].revision == 2


def test_rebooking_to_the_whole_series_replaces_the_module_certificates(db, tmp_path):
    fx = make_event(db, format="training_series", days=weekly(date(2027, 3, 2), 6),
                    start=time(9, 30), end=time(16, 30), persons=1, book=False)
    pid = fx.person_ids[0]
    with db.transaction() as orm:
        reg = register(orm, fx.event_id, pid, session_ids=fx.session_ids[:2], force=True).value
        for sid in fx.session_ids[:2]:
            record_attendance(orm, sid, pid, "present")
    _issue(db, fx.event_id, tmp_path / "modules")
    module_codes = [c.verification_code for c in _live(db, pid)]
    assert len(module_codes) == 2
    with db.transaction() as orm:
        cancel_registration(orm, reg.id, "bucht die ganze Reihe")
        register(orm, fx.event_id, pid, force=True)
        for sid in fx.session_ids[2:]:
            record_attendance(orm, sid, pid, "present")
    _issue(db, fx.event_id, tmp_path / "series")
    [live] = _live(db, pid)
    assert live.kind == "series"
    with db.reading() as orm:
        for code in module_codes:
            result = verify_certificate(orm, code)
            assert not result.valid and result.status == "replaced"
            assert live.serial in result.message


# -- observation 5: matrix, eligibility and grid say the same ---------------------------

def _matrix_column(db, event_id, path):
    with db.reading() as orm:
        export_attendance_matrix(orm, event_id, path)
    rows = list(load_workbook(path)["Anwesenheit"].iter_rows(values_only=True))
    col = rows[0].index("Bescheinigung")
    return {(r[0], r[1]): r[col] for r in rows[1:] if r[1]}


def test_matrix_and_eligibility_agree_for_single_module_bookers(db, db_args, tmp_path,
                                                                  capsys):
    fx = make_event(db, format="training_series", days=weekly(date(2027, 3, 2), 6),
                    start=time(9, 30), end=time(16, 30), persons=0)
    with db.transaction() as orm:
        booker = add_person(orm, first_name="Zofia", last_name="Modul").value.id
        register(orm, fx.event_id, booker, session_ids=fx.session_ids[:2], force=True)
        record_attendance(orm, fx.session_ids[0], booker, "present")
        record_attendance(orm, fx.session_ids[1], booker, "excused")
    matrix = _matrix_column(db, fx.event_id, tmp_path / "m.xlsx")
    db.close()
    assert main([*db_args, "certificate", "eligibility", "--event", str(fx.event_id),
                 "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    due = any(r["eligible"] for r in listed if r["person_id"] == booker)
    says = matrix[("Modul", "Zofia")]
    assert due  # module 1 was attended
    assert says not in ("nein", "keine", "noch offen"), says


def test_grid_matrix_and_eligibility_agree_for_every_person(db, tmp_path):
    fx = make_event(db, format="training_series", days=weekly(date(2027, 3, 2), 6),
                    start=time(9, 30), end=time(16, 30), persons=4)
    with db.transaction() as orm:
        extra = add_person(orm, first_name="Gwŷn", last_name="Einzeln").value.id
        register(orm, fx.event_id, extra, session_ids=fx.session_ids[4:], force=True)
        for i, sid in enumerate(fx.session_ids):
            record_all_registered(orm, sid, "present")
            if i >= 1:
                record_attendance(orm, sid, fx.person_ids[1], "absent")
            if i == 5:
                record_attendance(orm, sid, fx.person_ids[2], "partial", minutes=100)
    from planner.rules.certificates import summary_label

    matrix = _matrix_column(db, fx.event_id, tmp_path / "m.xlsx")
    with db.reading() as orm:
        items = eligibility(orm, fx.event_id)
        grid = attendance_grid(orm, fx.event_id)
        names = {p.id: p.name for p in grid.persons}
    for person in grid.persons:
        own = [i.entitlement for i in items if i.person_id == person.id]
        last, first = names[person.id].split(", ")
        assert matrix[(last, first)] == summary_label(own) == person.certificate.label
        assert person.eligible == any(i.issuable for i in own)
    result = _issue(db, fx.event_id, tmp_path / "out")
    with db.reading() as orm:
        issued = sorted((c.person_id, c.kind) for c in orm.scalars(select(Certificate)))
    due = sorted((i.person_id, str(i.kind)) for i in items if i.eligible)
    assert issued == due and len(result.files) == len(due)


def test_certificates_wait_until_the_booked_sessions_have_taken_place(db, clock):
    fx = make_event(db, format="network_group", days=weekly(date(2027, 3, 2), 3), persons=1)
    clock.set(datetime(2027, 3, 10, 12))
    _mark(db, fx, {(0, 0): "present", (0, 1): "present"})
    with db.reading() as orm:
        [item] = eligibility(orm, fx.event_id)
    assert item.pending and not item.eligible
    assert "bis 16.03.2027" in item.reason
