"""Data protection commands: gdpr due/anonymise/export/erase/consent/retention, audit."""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.cli.context import CommandContext, parse_date
from planner.cli.parsing import add_json_option
from planner.errors import ValidationError
from planner.usecases.outcome import Change
from planner.wording import count

CONSENT_VALUES = {"ja": True, "nein": False, "unbekannt": None}


def register(sub: argparse._SubParsersAction) -> None:
    g = sub.add_parser("gdpr", help="Datenschutz: Fristen, Anonymisierung, Auskunft, Löschung")
    gsub = g.add_subparsers(dest="gdpr_command", metavar="AKTION", required=True)

    due = gsub.add_parser("due", help="Personen, deren Aufbewahrungsfrist abgelaufen ist")
    due.add_argument("--on", metavar="DATE", help="Stichtag (Standard: heute)")
    due.add_argument("--json", action="store_true", help="als JSON ausgeben")
    due.set_defaults(handler=cmd_due)

    an = gsub.add_parser("anonymise", help="Personen anonymisieren (Statistik bleibt erhalten)")
    which = an.add_mutually_exclusive_group(required=True)
    which.add_argument("--due", action="store_true", help="alle fälligen Personen")
    which.add_argument("--person", type=int, metavar="ID", help="eine Person")
    an.add_argument("--yes", action="store_true", help="wirklich ausführen (sonst nur anzeigen)")
    add_json_option(an, saving=True)
    an.set_defaults(handler=cmd_anonymise)

    ex = gsub.add_parser("export", help="Auskunft: alles zu einer Person als JSON und .xlsx")
    ex.add_argument("person", type=int, metavar="PERSON_ID")
    ex.add_argument("-o", "--output", required=True, metavar="DIR", help="Zielordner")
    ex.set_defaults(handler=cmd_export)

    er = gsub.add_parser("erase", help="Löschantrag: löschen oder, bei Aufbewahrungspflicht, "
                         "anonymisieren")
    er.add_argument("person", type=int, metavar="PERSON_ID")
    er.add_argument("--reason", default="", metavar="TEXT", help="Anlass, z. B. Antrag vom …")
    add_json_option(er, saving=True)
    er.set_defaults(handler=cmd_erase)

    ra = gsub.add_parser("reapply", help="Löschanträge des Löschregisters erneut anwenden "
                         "(nach dem Einspielen einer älteren Kopie der Datenbank)")
    add_json_option(ra, saving=True)
    ra.set_defaults(handler=cmd_reapply)

    co = gsub.add_parser("consent", help="Einwilligungen einer Person setzen")
    co.add_argument("person", type=int, metavar="PERSON_ID")
    co.add_argument("--photos", choices=list(CONSENT_VALUES), required=True)
    co.add_argument("--directory", choices=list(CONSENT_VALUES), required=True)
    co.add_argument("--date", metavar="DATE", help="Datum der Einwilligung (Standard: heute)")
    add_json_option(co, saving=True)
    co.set_defaults(handler=cmd_consent)

    cs = gsub.add_parser("consents", help="Einwilligungen der Angemeldeten einer Veranstaltung "
                         "(unbekannt gilt als nein)")
    cs.add_argument("--event", type=int, required=True, metavar="ID")
    cs.add_argument("--json", action="store_true", help="als JSON ausgeben")
    cs.set_defaults(handler=cmd_consents)

    re = gsub.add_parser("retention", help="Aufbewahrungsfristen anzeigen oder setzen")
    re.add_argument("--years", type=int, metavar="N", help="neue Frist in Jahren")
    re.add_argument("--format", metavar="FORMAT", help="nur für dieses Format (sonst Standard)")
    add_json_option(re)
    re.set_defaults(handler=cmd_retention)

    of = gsub.add_parser("office", help="Kürzel der Transferagentur für das Protokoll setzen")
    of.add_argument("code", nargs="?", metavar="CODE")
    add_json_option(of)
    of.set_defaults(handler=cmd_office)

    au = sub.add_parser("audit", help="Protokoll: Änderungen an Personen, Exporte, Versand")
    au.add_argument("--person", type=int, metavar="ID", help="nur Einträge zu dieser Person")
    au.add_argument("--limit", type=int, default=200, metavar="N")
    au.add_argument("--json", action="store_true", help="als JSON ausgeben")
    au.set_defaults(handler=cmd_audit)


def cmd_due(ctx: CommandContext) -> int:
    from planner.gdpr.retention import due_persons

    on = parse_date(ctx.args.on) if ctx.args.on else None
    with ctx.db.reading() as orm:
        due = due_persons(orm, on)
    if ctx.args.json:
        ctx.out_json([entry.as_dict() for entry in due])
        return 0
    for entry in due:
        org = f" ({entry.organisation})" if entry.organisation else ""
        ctx.out(f"{entry.person_id:>6}  {entry.name}{org} – {entry.reason}")
    ctx.out(f"{len(due)} Person(en) zur Anonymisierung fällig.")
    return 0


def cmd_anonymise(ctx: CommandContext) -> int:
    from planner.gdpr.anonymise import anonymise_due, anonymise_person
    from planner.gdpr.retention import due_persons
    from planner.usecases.lookup import get

    args = ctx.args
    if not args.yes:
        with ctx.db.reading() as orm:
            if args.due:
                names = [(e.person_id, e.name) for e in due_persons(orm)]
            else:
                from planner.models import Person

                names = [(args.person, get(orm, Person, args.person).full_name)]
        if ctx.as_json:
            ctx.out_json([{"person_id": pid, "name": name} for pid, name in names])
            return 0
        for pid, name in names:
            ctx.out(f"{pid}: {name}")
        ctx.out(f"{len(names)} Person(en) würden anonymisiert. Mit --yes ausführen.")
        return 0
    if args.due:
        ids = ctx.write(lambda orm: anonymise_due(orm).value)
    else:
        ids = [ctx.write(lambda orm: anonymise_person(orm, args.person,
                                                      reason="auf Anweisung").value.id)]
    return ctx.saved(f"{len(ids)} Person(en) anonymisiert.", ident=ids, changed={Change.PERSONS})


def cmd_export(ctx: CommandContext) -> int:
    from planner.gdpr.access import export_person_data

    result = ctx.write(  # a write: the access export is recorded in the audit log
        lambda orm: export_person_data(orm, ctx.args.person, Path(ctx.args.output)))
    for path in result.files:
        ctx.out(str(path))
    return 0


def cmd_erase(ctx: CommandContext) -> int:
    from planner.gdpr.erasure import erase_person

    outcome = ctx.write(lambda orm: erase_person(orm, ctx.args.person,
                                                 reason=ctx.args.reason))
    report = outcome.value
    return ctx.saved(report.explanation, ident=ctx.args.person, outcome=outcome,
                     deleted=report.deleted, kept=report.kept)


def cmd_reapply(ctx: CommandContext) -> int:
    from planner.gdpr.reapply import reapply_erasures

    lines = reapply_erasures(ctx.db)
    text = "\n".join(lines) or "Alle Löschanträge des Löschregisters sind angewandt."
    return ctx.saved(text, changed={Change.PERSONS} if lines else set(), reapplied=lines)


def cmd_consent(ctx: CommandContext) -> int:
    from planner.gdpr.consent import set_consent

    args = ctx.args
    day = parse_date(args.date) if args.date else None
    outcome = ctx.write(lambda orm: set_consent(
        orm, args.person, photos=CONSENT_VALUES[args.photos],
        directory=CONSENT_VALUES[args.directory], consent_date=day))
    return ctx.saved("Einwilligungen gespeichert.", ident=args.person, outcome=outcome)


def cmd_consents(ctx: CommandContext) -> int:
    from planner.gdpr.consent import event_consents
    from planner.models import Event
    from planner.usecases.lookup import get

    with ctx.db.reading() as orm:
        get(orm, Event, ctx.args.event)
        rows = event_consents(orm, ctx.args.event)
    if ctx.args.json:
        ctx.out_json([{"person_id": r.person_id, "name": r.name, "photos": r.photos,
                       "directory": r.directory, "date": r.consent_date} for r in rows])
        return 0
    for r in rows:
        day = f" ({r.consent_date:%d.%m.%Y})" if r.consent_date else ""
        ctx.out(f"{r.person_id:>6}  {r.name}: Fotos {r.photos}, Teilnehmerliste "
                f"{r.directory}{day}")
    no_photo = sum(1 for r in rows if r.photos != "ja")
    ctx.out(f"{len(rows)} Angemeldete, davon {no_photo} ohne Foto-Einwilligung "
            "(„unbekannt“ gilt als nein).")
    return 0


def cmd_retention(ctx: CommandContext) -> int:
    from planner.gdpr.retention import retention_years, set_retention_years
    from planner.models.enums import FORMAT_LABELS_DE

    if ctx.args.years is not None:
        ctx.write(lambda orm: set_retention_years(orm, ctx.args.years, ctx.args.format))
    elif ctx.args.format is not None:
        raise ValidationError("--format nur zusammen mit --years.")
    with ctx.db.reading() as orm:
        years = retention_years(orm)
    if ctx.as_json:
        ctx.out_json(years)
        return 0
    for key, value in years.items():
        label = "Standard" if key == "default" else FORMAT_LABELS_DE.get(key, key)  # type: ignore
        ctx.out(f"{label}: {value} Jahre")
    return 0


def cmd_office(ctx: CommandContext) -> int:
    from planner.settings import CURRENT_OFFICE

    if ctx.args.code:
        ctx.write(lambda orm: CURRENT_OFFICE.set(orm, ctx.args.code.strip()[:40]))
    with ctx.db.reading() as orm:
        code = CURRENT_OFFICE.get(orm)
    if ctx.as_json:
        ctx.out_json({"office": code or None})
        return 0
    ctx.out(f"Protokoll-Kürzel: {code or '(keins)'}")
    return 0


def cmd_audit(ctx: CommandContext) -> int:
    from planner.audit import entries, entry_dict

    with ctx.db.reading() as orm:
        rows = [entry_dict(e) for e in entries(orm, person_id=ctx.args.person,
                                               limit=ctx.args.limit)]
    if ctx.args.json:
        ctx.out_json(rows)
        return 0
    for r in rows:
        what = f"{r['entity']} {r['entity_id']}" if r["entity_id"] is not None else r["entity"]
        ctx.out(f"{r['at']}  {r['user'] or '?'}@{r['office'] or '?'}  {r['action']:<9} "
                f"{what}  {r['details']}")
    ctx.out(f"{count(len(rows), 'Eintrag', 'Einträge')}.")
    return 0
