"""What a participant or employer reads (observations 8 and 9): titles wrap and are never
cut, no nested quotation marks, the funding note, headings per session kind, file names
that keep every letter."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from planner.certificates import issue_certificates
from planner.exports.ical_invitations import export_trainer_invitations
from planner.files import safe_file_stem
from planner.usecases.attendance import record_all_registered
from planner.usecases.people import add_person
from planner.usecases.planning import SessionPlan, add_session
from planner.usecases.registration import register
from tests.rules_support import make_event, pdf_text, weekly

LONG_TITLE = ("Modul 1: Kommunales Bildungsmonitoring – Grundlagen, Datenquellen und der Aufbau "
              "eines indikatorengestützten Berichtswesens für die Stadtentwicklung")


def _issue_all_present(db, fx, folder):
    with db.transaction() as orm:
        for sid in fx.session_ids:
            record_all_registered(orm, sid, "present")
        return issue_certificates(orm, fx.event_id, folder).files


def _words(text: str) -> str:
    return " ".join(text.replace("-\n", "-").split())


def test_long_titles_wrap_and_are_never_cut(db, tmp_path):
    fx = make_event(db, format="training_series", days=weekly(date(2027, 3, 2), 6),
                    start=time(9, 30), end=time(16, 30), persons=1,
                    session_titles=[LONG_TITLE, *(f"Modul {i}" for i in range(2, 7))],
                    title="Fortbildungsreihe Kommunales Bildungsmonitoring für Fach- und "
                          "Führungskräfte aus Großstädten mit mehr als 250.000 Einwohnern 2027")
    [path] = _issue_all_present(db, fx, tmp_path)
    text = pdf_text(path)
    assert "…" not in text
    words = _words(text)
    for word in ("indikatorengestützten", "Berichtswesens", "Stadtentwicklung",
                 "Einwohnern"):
        assert word in words


def test_module_certificate_adds_no_quotation_marks(db, tmp_path):
    title = "Fortbildungsreihe „Bildung, soziale Lage und Diversität“ 2027"
    fx = make_event(db, format="training_series", days=weekly(date(2027, 3, 2), 6),
                    start=time(9, 30), end=time(16, 30), persons=0, title=title)
    with db.transaction() as orm:
        pid = add_person(orm, first_name="Renée", last_name="Lefèvre").value.id
        register(orm, fx.event_id, pid, session_ids=[fx.session_ids[2]], force=True)
        record_all_registered(orm, fx.session_ids[2], "present")
        [path] = issue_certificates(orm, fx.event_id, tmp_path).files
    text = pdf_text(path)
    # Every quotation mark on the page is one from the title itself (printed once).
    assert text.count("„") == text.count("“") == 1
    assert "aus der Fortbildungsreihe „Bildung, soziale Lage und Diversität“ 2027" in \
        _words(text)
    assert "Fortbildungsreihe Fortbildungsreihe" not in _words(text)


def test_funding_note_is_printed(db, tmp_path):
    note = "Gefördert vom Bundesministerium für Bildung und Forschung im Programm XY"
    fx = make_event(db, days=[date(2027, 3, 2)], funding_note=note)
    [path] = _issue_all_present(db, fx, tmp_path)
    assert note in _words(pdf_text(path))


@pytest.mark.parametrize(("fmt", "heading", "times"), [
    ("network_group", "Treffen", (time(10), time(16, 30))),
    ("coaching", "Workshop", (time(9), time(13))),
    ("conference", "Tagungstag", (time(9), time(17))),
    ("training_series", "Modul", (time(9, 30), time(16, 30))),
])
def test_table_heading_names_the_sessions(db, tmp_path, fmt, heading, times):
    days = weekly(date(2027, 3, 2), 6 if fmt == "training_series" else 3)
    fx = make_event(db, format=fmt, days=days, start=times[0], end=times[1])
    [path] = _issue_all_present(db, fx, tmp_path)
    first_line = next(line for line in pdf_text(path).splitlines() if "Datum" in line)
    assert first_line.split() == ["Datum", heading, "Ort", "Zeitstd.", "UE"]


NAMES = [  # Nordic, Polish, Turkish, Vietnamese, Welsh
    (("Søren", "Perić"), "Peric_Soren"),
    (("Þórunn", "Ægisdóttir"), "Aegisdottir_Thorunn"),
    (("Małgorzata", "Wałęsa-Łukasiewicz"), "Walesa-Lukasiewicz_Malgorzata"),
    (("Ayşe", "Yıldırım-Doğan"), "Yildirim-Dogan_Ayse"),
    (("Đức Thắng", "Vũ"), "Vu_Duc_Thang"),
    (("Gwŷn", "Llŵyd"), "Llwyd_Gwyn"),
    (("Jürgen", "Groß"), "Gross_Juergen"),
]


@pytest.mark.parametrize(("name", "stem"), NAMES)
def test_file_names_keep_every_letter(name, stem):
    first, last = name
    assert safe_file_stem(f"{last}_{first}") == stem


def test_certificate_files_are_named_after_the_whole_name(db, tmp_path):
    fx = make_event(db, days=[date(2027, 3, 2)], names=[n for n, _stem in NAMES])
    files = _issue_all_present(db, fx, tmp_path)
    names = " ".join(p.name for p in files)
    for _name, stem in NAMES:
        assert f"_{stem}_" in names


def test_long_file_names_are_shortened_between_words(db, tmp_path):
    assert safe_file_stem("Kommunales_Bildungsmonitoring_Grundlagen", 30) == \
        "Kommunales_Bildungsmonitoring"
    fx = make_event(db, days=[date(2027, 3, 2)], persons=0,
                    title="Netzwerk on Tour: Bildung, soziale Lage und Diversitätsentwicklung in "
                          "wachsenden Großstadtquartieren 2027")
    with db.transaction() as orm:
        trainer = add_person(orm, first_name="Ana", last_name="Trainerin",
                             email="ana@example.org", roles=["trainer"]).value.id
        add_session(orm, fx.event_id, SessionPlan(
            start=datetime(2027, 3, 9, 10), end=datetime(2027, 3, 9, 16),
            title="Treffen 2: Datengestützte Steuerung", trainer_ids=[trainer]), force=True)
        result = export_trainer_invitations(orm, trainer, tmp_path / "einladungen")
    [path] = result.files
    assert len(path.name) <= 100
    words = set(path.stem.split("_")[2:])  # after date and time
    full = set(safe_file_stem(
        "Einladung Netzwerk on Tour: Bildung, soziale Lage und Diversitätsentwicklung in "
        "wachsenden Großstadtquartieren 2027 Treffen 2: Datengestützte Steuerung",
        500).split("_"))
    # Only whole words: every part of the name is a word of the full name.
    assert words <= full, words - full
