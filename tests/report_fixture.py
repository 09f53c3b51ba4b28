"""A small, hand-countable year 2027 for the report tests (built with the use cases).

Organisations: Leipzig (SN), Dresden (SN), Essen (NW) are municipalities; "Stiftung
Bildung" is not. Persons: A, B (Leipzig), C (Dresden), D (Essen), E (Stiftung).

E1 training series, office berlin, topic "Bildungsmonitoring": six Tuesday modules from
   2 March 2027, 09:30–16:30 less 60 min break = 360 min = 8 UE each; module 6 cancelled.
   A, B, C registered for the whole series.
   M1: A, B, C present                       -> 3 participant-days
   M2: A present, B partial 180 min, C absent -> 2
   M3: A excused, B present, C present        -> 2
   M4, M5: no attendance recorded             -> 3 + 3 registered
E2 network meeting, office hamburg, no topic: 12 May 2027 10:00–16:00 less 60 min
   = 300 min = 6.7 UE, host city Essen; D and E registered and present; both get a
   participation certificate issued on 1 June 2027.
E3 analysis with Dresden, office berlin: 1 Dec 2026 and 2 Feb 2027, 10:00–13:00 without
   break = 4 UE each; nobody registered.
E4 coaching, office berlin: 10 Dec 2027 (after the report's as-of day 1 Dec 2027), A
   registered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from planner.storage.database import Database
from planner.usecases.attendance import record_all_registered, record_attendance
from planner.usecases.people import add_organisation, add_person, add_topic
from planner.usecases.planning import EventPlan, SessionPlan, cancel_session, create_event
from planner.usecases.registration import register

AS_OF = datetime(2027, 12, 1, 23, 59)


@dataclass
class ReportWorld:
    persons: dict[str, int]
    orgs: dict[str, int]
    events: dict[str, int]
    sessions: dict[str, list[int]]


def build_world(db: Database, folder: Path) -> ReportWorld:
    with db.transaction() as orm:
        orgs = {
            "leipzig": add_organisation(orm, name="Leipzig", municipality=True,
                                        federal_state="SN", population=628_718).value.id,
            "dresden": add_organisation(orm, name="Dresden", municipality=True,
                                        federal_state="SN", population=563_311).value.id,
            "essen": add_organisation(orm, name="Essen", municipality=True,
                                      federal_state="NW", population=584_580).value.id,
            "stiftung": add_organisation(orm, name="Stiftung Bildung").value.id,
        }
        names = {"A": ("Zofia", "Wałęsa-Łukasiewicz", "leipzig"),
                 "B": ("Ayşe", "Yıldırım-Doğan", "leipzig"),
                 "C": ("Ğülşen", "Şahin", "dresden"),
                 "D": ("Jürgen", "Groß", "essen"),
                 "E": ("Gwŷn", "Llŵyd", "stiftung")}
        persons = {key: add_person(orm, first_name=first, last_name=last,
                                   email=f"{key.lower()}@example.org",
                                   organisation_id=orgs[org]).value.id
                   for key, (first, last, org) in names.items()}
        topic = add_topic(orm, "Bildungsmonitoring").value.id
        start = datetime(2027, 3, 2, 9, 30)
        e1 = create_event(orm, EventPlan(
            format="training_series", title="Reihe Bildungsmonitoring", office="berlin",
            topic_id=topic,
            sessions=[SessionPlan(start=start + timedelta(weeks=i),
                                  end=start + timedelta(weeks=i, hours=7),
                                  title=f"Modul {i + 1}") for i in range(6)],
        ), force=True).value
        e2 = create_event(orm, EventPlan(
            format="network_group", title="Netzwerk on Tour Essen", office="hamburg",
            sessions=[SessionPlan(start=datetime(2027, 5, 12, 10), end=datetime(2027, 5, 12, 16),
                                  title="Treffen in Essen", host_municipality_id=orgs["essen"])],
        ), force=True).value
        e3 = create_event(orm, EventPlan(
            format="analysis", title="Klärung und Analyse Dresden", office="berlin",
            municipality_ids=[orgs["dresden"]],
            sessions=[SessionPlan(start=datetime(2026, 12, 1, 10), end=datetime(2026, 12, 1, 13),
                                  title="Vorgespräch", break_minutes=0),
                      SessionPlan(start=datetime(2027, 2, 2, 10), end=datetime(2027, 2, 2, 13),
                                  title="Analyseworkshop", break_minutes=0)],
        ), force=True).value
        e4 = create_event(orm, EventPlan(
            format="coaching", title="Coaching Leipzig", office="berlin",
            sessions=[SessionPlan(start=datetime(2027, 12, 10, 10),
                                  end=datetime(2027, 12, 10, 15), title="Workshop")],
        ), force=True).value
        for key in "ABC":
            register(orm, e1.id, persons[key], force=True)
        for key in "DE":
            register(orm, e2.id, persons[key], force=True)
        register(orm, e4.id, persons["A"], force=True)
        m = [s.id for s in e1.sessions]
        cancel_session(orm, m[5], "Referentin erkrankt")
        record_all_registered(orm, m[0], "present")
        record_attendance(orm, m[1], persons["A"], "present")
        record_attendance(orm, m[1], persons["B"], "partial", minutes=180)
        record_attendance(orm, m[1], persons["C"], "absent")
        record_attendance(orm, m[2], persons["A"], "excused")
        record_attendance(orm, m[2], persons["B"], "present")
        record_attendance(orm, m[2], persons["C"], "present")
        record_all_registered(orm, e2.sessions[0].id, "present")
        world = ReportWorld(persons, orgs,
                            {"E1": e1.id, "E2": e2.id, "E3": e3.id, "E4": e4.id},
                            {"E1": m, "E2": [e2.sessions[0].id],
                             "E3": [s.id for s in e3.sessions], "E4": [e4.sessions[0].id]})
    from planner.certificates import issue_certificates

    with db.transaction() as orm:
        result = issue_certificates(orm, world.events["E2"], folder, issued_on=date(2027, 6, 1),
                                    workers=1)
        assert result.issued == 2
    return world


def anonymise_all(db: Database, person_ids: list[int]) -> None:
    """Anonymise as the GDPR feature does (planner.gdpr), or set the fields by hand."""
    try:
        from planner.gdpr.anonymise import anonymise_person
    except ImportError:  # pragma: no cover - GDPR feature not present
        anonymise_person = None
    with db.transaction() as orm:
        for pid in person_ids:
            if anonymise_person is not None:
                anonymise_person(orm, pid, on=date(2030, 1, 1))
            else:  # pragma: no cover
                from planner.models import Person

                person = orm.get(Person, pid)
                assert person is not None
                person.first_name, person.last_name = "Anonym", f"Person {pid}"
                person.email, person.anonymised_on = None, date(2030, 1, 1)


BASE14 = {"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
          "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman",
          "Times-Bold", "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats"}


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def pdf_fonts(path: Path) -> list[dict]:
    """Every font referenced from any page or from a form XObject on it (charts)."""
    from pypdf import PdfReader

    found = []

    def visit(resources) -> None:  # noqa: ANN001
        if resources is None:
            return
        resources = resources.get_object()
        fonts = resources.get("/Font")
        if fonts is not None:
            for ref in fonts.get_object().values():
                font = ref.get_object()
                desc = font.get("/FontDescriptor")
                if desc is None and "/DescendantFonts" in font:
                    desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
                desc = desc.get_object() if desc is not None else {}
                found.append({"base": str(font["/BaseFont"]).lstrip("/"),
                              "embedded": any(k in desc for k in
                                              ("/FontFile", "/FontFile2", "/FontFile3"))})
        xobjects = resources.get("/XObject")
        if xobjects is not None:
            for ref in xobjects.get_object().values():
                obj = ref.get_object()
                if obj.get("/Subtype") == "/Form":
                    visit(obj.get("/Resources"))

    for page in PdfReader(path).pages:
        visit(page.get("/Resources"))
    return found


def assert_fonts_embedded(path: Path) -> None:
    fonts = pdf_fonts(path)
    assert fonts, "no fonts found"
    for font in fonts:
        base = font["base"].split("+")[-1]
        assert base not in BASE14, font
        assert base.startswith("DejaVuSans"), font
        assert font["embedded"], font
