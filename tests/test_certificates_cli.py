"""CLI end to end: export certificates, certificate verify, eligibility, preview, errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from pypdf import PdfReader
from sqlalchemy import select

from planner.cli.main import main
from planner.models import Certificate
from planner.usecases.attendance import record_all_registered
from tests.factories import make_series


def test_export_and_verify(db, db_path, tmp_path, capsys):
    fx = make_series(db, persons=3)
    with db.transaction() as orm:
        for sid in fx.session_ids:
            record_all_registered(orm, sid, "present")
    db.close()
    out = tmp_path / "out"
    code = main(["--db", str(db_path), "export", "certificates", "--event", str(fx.event_id),
                 "-o", str(out), "--combined", str(tmp_path / "alle.pdf"),
                 "--issued-on", "12.05.2027"])
    stdout = capsys.readouterr().out
    assert code == 0, stdout
    assert "3 Bescheinigungen neu ausgestellt" in stdout
    assert len(list(out.glob("*.pdf"))) == 3
    assert len(PdfReader(tmp_path / "alle.pdf").pages) == 3
    with db.reading() as orm:
        cert = orm.scalars(select(Certificate).order_by(Certificate.id)).first()
        serial, vcode = cert.serial, cert.verification_code
        holder = cert.person.full_name
    assert serial == "TAB-2027-0001"
    assert holder == "Ğülşen Şahin"  # numbered in name order, as the print file is sorted
    # certificate verify in a separate process, like a person at the office would.
    proc = subprocess.run([sys.executable, "-m", "planner.cli.main", "--db", str(db_path),
                           "certificate", "verify", vcode.lower()],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "Echt" in proc.stdout and serial in proc.stdout
    assert main(["--db", str(db_path), "certificate", "verify", "--json", vcode]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] and data["issued_on"] == "2027-05-12"
    assert data["name"] == holder
    tampered = vcode[:-1] + ("A" if vcode[-1] != "A" else "B")
    assert main(["--db", str(db_path), "certificate", "verify", tampered]) == 1
    assert "keine Bescheinigung" in capsys.readouterr().out
    # Reissue of one person with an override reason: keeps the number.
    assert main(["--db", str(db_path), "export", "certificates", "--event", str(fx.event_id),
                 "-o", str(out), "--person", str(fx.person_ids[0]),
                 "--issued-on", "2027-05-12"]) == 0
    assert "1 erneut" in capsys.readouterr().out


def test_nothing_eligible_and_unknown_event_fail(db, db_path, tmp_path, capsys):
    fx = make_series(db, persons=2)  # nobody attended anything
    db.close()
    out = tmp_path / "out"
    code = main(["--db", str(db_path), "export", "certificates", "--event", str(fx.event_id),
                 "-o", str(out)])
    err = capsys.readouterr().err
    assert code != 0 and "keine Bescheinigung" in err \
        and "Keine Teilnahme an den gebuchten Modulen" in err
    assert not out.exists() or not list(out.iterdir())
    code = main(["--db", str(db_path), "export", "certificates", "--event", "9999",
                 "-o", str(out)])
    err = capsys.readouterr().err
    assert code != 0 and "9999" in err and err.startswith("Fehler:")
    code = main(["--db", str(db_path), "export", "certificates", "--event", str(fx.event_id),
                 "-o", str(out), "--override-reason", " "])
    assert code != 0 and "Begründung" in capsys.readouterr().err


def test_eligibility_and_preview_commands(db, db_path, tmp_path, capsys):
    fx = make_series(db, persons=2)
    with db.transaction() as orm:
        for sid in fx.session_ids[:5]:
            record_all_registered(orm, sid, "present")
    db.close()
    assert main(["--db", str(db_path), "certificate", "eligibility", "--event",
                 str(fx.event_id), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["eligible"] for r in rows] == [True, True]
    assert rows[0]["attended_units"] == 40 and rows[0]["total_units"] == 48
    target = tmp_path / "vorschau.pdf"
    assert main(["--db", str(db_path), "certificate", "preview", "--event", str(fx.event_id),
                 "--person", str(fx.person_ids[0]), "-o", str(target)]) == 0
    text = PdfReader(target).pages[0].extract_text()
    assert "VORSCHAU" in text
    assert re.search(r"40\s+von\s+48\s+Unterrichtseinheiten", text)


def test_a_format_without_certificates_says_so_once(db, db_path, tmp_path, capsys):
    from datetime import date

    from planner.usecases.attendance import record_all_registered
    from tests.rules_support import make_event

    fx = make_event(db, format="analysis", title="Klärung und Analyse „Leipzig“ 2027",
                    days=[date(2027, 3, 2)], persons=3)
    with db.transaction() as orm:
        record_all_registered(orm, fx.session_ids[0], "present")
    db.close()
    code = main(["--db", str(db_path), "export", "certificates", "--event", str(fx.event_id),
                 "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code != 0
    assert err == ("Fehler: Für Klärung und Analyse „Leipzig“ 2027 (Klärung und Analyse) ist "
                   "keine Bescheinigung vorgesehen. Betrifft 3 angemeldete Personen.\n")
