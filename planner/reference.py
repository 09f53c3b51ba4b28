"""Reference data every database starts with: the two offices and the brochure's topics."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.models import Office, Topic

BROCHURE_TOPICS = (
    "Kommunales Bildungsmonitoring",
    "Bildung, soziale Lage und Diversität",
    "Bildung und Stadtentwicklung",
    "Stiftungen, Zivilgesellschaft und kommunales Bildungsmanagement",
)

OFFICES = (
    dict(
        code="berlin",
        name="Transferagentur für Großstädte, Standort Berlin",
        region="Berlin",
        organisation_name="Deutsche Kinder- und Jugendstiftung gemeinnützige GmbH",
        street="Tempelhofer Ufer 11",
        postcode="10963",
        city="Berlin",
        email="baerbel.becker@transferagenturen-grossstaedte.de",
        phone="030/25 76 76 27",
        head_name="Bärbel Becker",
        head_title="Leitung der Transferagentur für Großstädte, Standort Berlin",
        certificate_prefix="TAB",
    ),
    dict(
        code="hamburg",
        name="Transferagentur für Großstädte, Standort Hamburg",
        region="Hamburg und Bremen",
        organisation_name="Deutsche Kinder- und Jugendstiftung gemeinnützige GmbH",
        street="Fischers Allee 51",
        postcode="22763",
        city="Hamburg",
        email="lutz.liffers@transferagenturen-grossstaedte.de",
        phone="040/380 71 535 0",
        head_name="Dr. Lutz Liffers",
        head_title="Leitung der Transferagentur für Großstädte, Standorte Hamburg und Bremen",
        certificate_prefix="TAH",
    ),
)


def reference_data_missing(session: OrmSession) -> list[str]:
    """German names of the reference data a database lacks (empty: complete)."""
    missing = []
    offices = set(session.scalars(select(Office.code)))
    if not {o["code"] for o in OFFICES} <= offices:
        missing.append("Standorte")
    if not set(session.scalars(select(Topic.name))):
        missing.append("Themen")
    return missing


def ensure_reference_data(session: OrmSession) -> None:
    """Add the offices, brochure topics and standard feedback questionnaires where missing
    (idempotent)."""
    existing_offices = set(session.scalars(select(Office.code)))
    for office in OFFICES:
        if office["code"] not in existing_offices:
            session.add(Office(**office))
    existing_topics = set(session.scalars(select(Topic.name)))
    for name in BROCHURE_TOPICS:
        if name not in existing_topics:
            session.add(Topic(name=name))
    from planner.evaluation.defaults import ensure_standard_questionnaires

    ensure_standard_questionnaires(session)
