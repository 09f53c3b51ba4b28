"""`report`, `municipality show`, `agreements due`, `dossier export`."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time
from pathlib import Path

from planner.cli.context import CommandContext, parse_date
from planner.cli.parsing import command_group
from planner.errors import ValidationError
from planner.validation import EARLIEST_YEAR, LATEST_YEAR
from planner.wording import in_days

MAX_REMINDER_WEEKS = 520  # ten years ahead


def register(sub: argparse._SubParsersAction) -> None:
    rep = sub.add_parser("report", help="Bericht für den Fördermittelgeber (.xlsx oder .pdf)")
    rep.add_argument("--year", type=int, help="Berichtsjahr (z. B. 2027)")
    rep.add_argument("--from", dest="date_from", metavar="DATUM", help="Beginn des Zeitraums")
    rep.add_argument("--to", dest="date_to", metavar="DATUM", help="Ende des Zeitraums")
    rep.add_argument("--office", metavar="NAME", help="nur dieser Standort (Kürzel oder Stadt)")
    rep.add_argument("--as-of", metavar="DATUM",
                     help="Stichtag: spätere Termine gelten als geplant (Standard: heute)")
    rep.add_argument("-o", "--output", metavar="FILE.xlsx|FILE.pdf",
                     help="Datei schreiben (ohne: Kennzahlen ausgeben)")
    rep.add_argument("--json", action="store_true", help="Kennzahlen als JSON ausgeben")
    rep.set_defaults(handler=cmd_report)

    muni = sub.add_parser("municipality", help="Akte einer Kommune").add_subparsers(
        dest="municipality_cmd", metavar="ACTION", required=True)
    show = muni.add_parser("show", help="Kontakte, Veranstaltungen, Dossiers, Vereinbarungen")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true", help="als JSON ausgeben")
    show.set_defaults(handler=cmd_municipality_show)

    agr = command_group(sub, "agreements", "Kooperationsvereinbarungen", aliases=["agreement"])
    due = agr.add_parser("due", help="bald endende Vereinbarungen, Kommunen ohne Aktivität")
    due.add_argument("--weeks", type=int, metavar="N",
                     help="Vorlauf in Wochen (Standard: Einstellung, sonst 8)")
    due.add_argument("--json", action="store_true", help="als JSON ausgeben")
    due.set_defaults(handler=cmd_agreements_due)

    dos = command_group(sub, "dossier", "Dossier einer Klärung und Analyse")
    exp = dos.add_parser("export", help="Dossier als PDF")
    exp.add_argument("event_id", type=int, metavar="EVENT_ID")
    exp.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    exp.set_defaults(handler=cmd_dossier_export)


def _filter(args: argparse.Namespace):  # noqa: ANN202
    from planner.reports.statistics import ReportFilter

    if args.year is None and not (args.date_from and args.date_to):
        raise ValidationError("Bitte --year oder --from und --to angeben.")
    if args.year is not None and not EARLIEST_YEAR <= args.year <= LATEST_YEAR:
        raise ValidationError(f"Das Berichtsjahr {args.year} liegt nicht zwischen "
                              f"{EARLIEST_YEAR} und {LATEST_YEAR}.")
    start = parse_date(args.date_from) if args.date_from else date(args.year, 1, 1)
    end = parse_date(args.date_to) if args.date_to else date(args.year or start.year, 12, 31)
    if end < start:
        raise ValidationError("Das Ende des Zeitraums liegt vor seinem Beginn.")
    as_of = datetime.combine(parse_date(args.as_of), time.max) if args.as_of else None
    return ReportFilter(start, end, args.office, as_of)


def cmd_report(ctx: CommandContext) -> int:
    from planner.reports.statistics import build_report, format_figure
    from planner.reports.xlsx import table_columns

    flt = _filter(ctx.args)
    output = Path(ctx.args.output) if ctx.args.output else None
    if output is not None and output.suffix.lower() not in (".xlsx", ".pdf"):
        raise ValidationError("Die Ausgabedatei muss auf .xlsx oder .pdf enden.")
    with ctx.db.reading() as orm:
        report = build_report(orm, flt)
        header = None
        if output is not None and output.suffix.lower() == ".pdf":
            from planner.reports.pdf import pdf_header
            from planner.usecases.lookup import office_by_key

            office_id = office_by_key(orm, flt.office).id if flt.office is not None else None
            header = pdf_header(orm, office_id)
    if output is not None:
        if header is not None:
            from planner.reports.pdf import export_report_pdf

            export_report_pdf(report, output, header)
        else:
            from planner.reports.xlsx import export_report_xlsx

            export_report_xlsx(report, output)
        ctx.out(f"Bericht geschrieben: {output}")
        return 0
    total = report.total
    if ctx.args.json:
        data = {attr: getattr(total, attr) for _l, attr, _k in table_columns()}
        data.update(period=report.period_label, office=report.office_label,
                    sessions_planned=total.sessions_planned,
                    sessions_cancelled=total.sessions_cancelled,
                    sessions_without_attendance=total.sessions_without_attendance)
        ctx.out_json(data)
        return 0
    ctx.out(f"Bericht {report.period_label} – {report.office_label}")
    for label, attr, kind in table_columns():
        if attr == "municipalities_unknown" and not total.municipalities_unknown:
            continue
        ctx.out(f"  {label:<29} {format_figure(total, attr, kind):>12}")
    return 0


def _de(day: date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else "–"


def cmd_municipality_show(ctx: CommandContext) -> int:
    from planner.reports.municipality import municipality_record, record_to_dict

    with ctx.db.reading() as orm:
        record = municipality_record(orm, ctx.args.id)
    if ctx.args.json:
        ctx.out_json(record_to_dict(record))
        return 0
    population = f"{record.population:,}".replace(",", ".") if record.population else "?"
    flag = " (unter 250.000 Einwohnern)" if record.below_threshold else ""
    ctx.out(f"{record.name} – {record.state_name}, {population} Einwohner{flag}")
    ctx.out(f"Letzte Aktivität: {_de(record.last_activity)}"
            + ("  ⚠ seit über einem Jahr keine Aktivität" if record.inactive else ""))
    for due in record.agreements_due:
        ctx.out(f"⚠ Vereinbarung {due.agreement_id} endet am {_de(due.end_date)} "
                f"({in_days(due.days_left)})")
    ctx.out(f"\nKontakte ({len(record.contacts)}):")
    for c in record.contacts:
        ctx.out(f"  {c.name}" + (f", {c.function}" if c.function else "")
                + (f" <{c.email}>" if c.email else ""))
    for year, entries in record.timeline():
        ctx.out(f"\n{year or 'ohne Termin'}:")
        for e in entries:
            ctx.out(f"  [{e.event_id}] {e.format_label}: {e.title} ({', '.join(e.roles)})")
            for s in e.sessions:
                state = " abgesagt" if s.cancelled else ""
                ctx.out(f"      {s.start:%d.%m.%Y} {s.title}{state} – {s.present}/{s.booked} "
                        "anwesend")
            for p in e.participants:
                ctx.out(f"      · {p.name}: {p.attended_units:g}/{p.total_units:g} UE "
                        f"({p.rate * 100:.0f} %)")
    if record.dossiers:
        ctx.out("\nDossiers:")
        for d in record.dossiers:
            ctx.out(f"  [{d.event_id}] {d.event_title} (Stand {_de(d.completed_on)})")
    if record.feedback is not None and record.feedback.events:
        _feedback_lines(ctx, record.feedback)
    if record.agreements:
        ctx.out("\nKooperationsvereinbarungen:")
        for a in record.agreements:
            ctx.out(f"  [{a.agreement_id}] {a.status_label}, {_de(a.start_date)} – "
                    f"{_de(a.end_date)}; Ziele: {'; '.join(a.goals) or '–'}")
    return 0


def _feedback_lines(ctx: CommandContext, feedback) -> None:  # noqa: ANN001
    from planner.reports.feedback_pdf import mean_text, rate_text, suppressed_text

    ctx.out("\nRückmeldungen zu den besuchten Veranstaltungen (anonym, alle Teilnehmenden):")
    for label, result in [("Insgesamt", feedback.total)] + [
            (f"[{event_id}] {title}", result) for event_id, title, _s, result in feedback.events]:
        if result.suppressed:
            ctx.out(f"  {label}: {suppressed_text(result)}")
            continue
        overall = result.item("overall")
        mean = f", Zufriedenheit {mean_text(overall)}" if overall is not None else ""
        ctx.out(f"  {label}: {rate_text(result, short=True)}{mean}")


def cmd_agreements_due(ctx: CommandContext) -> int:
    from planner.reports.agreements import agreements_ending, inactive_municipalities

    if ctx.args.weeks is not None and not 0 <= ctx.args.weeks <= MAX_REMINDER_WEEKS:
        raise ValidationError(f"--weeks muss zwischen 0 und {MAX_REMINDER_WEEKS} liegen.")
    with ctx.db.reading() as orm:
        due = agreements_ending(orm, ctx.args.weeks)
        inactive = inactive_municipalities(orm)
    if ctx.args.json:
        ctx.out_json({
            "agreements_ending": [{"agreement_id": d.agreement_id,
                                   "municipality_id": d.municipality_id,
                                   "municipality": d.municipality, "office": d.office,
                                   "end_date": d.end_date.isoformat(),
                                   "days_left": d.days_left, "status": d.status}
                                  for d in due],
            "inactive_municipalities": [{"municipality_id": m.municipality_id, "name": m.name,
                                         "last_activity": m.last_activity.isoformat()
                                         if m.last_activity else None} for m in inactive],
        })
        return 0
    ctx.out(f"Bald endende Vereinbarungen ({len(due)}):")
    for d in due:
        ctx.out(f"  [{d.agreement_id}] {d.municipality}: endet am {_de(d.end_date)} "
                f"({in_days(d.days_left)})" + (f", Standort {d.office}" if d.office else ""))
    ctx.out(f"Kommunen ohne Aktivität im letzten Jahr ({len(inactive)}):")
    for m in inactive:
        ctx.out(f"  [{m.municipality_id}] {m.name} – zuletzt {_de(m.last_activity)}")
    return 0


def cmd_dossier_export(ctx: CommandContext) -> int:
    from planner.reports.dossier_pdf import export_dossier_pdf

    output = Path(ctx.args.output)
    if output.suffix.lower() != ".pdf":
        raise ValidationError("Die Ausgabedatei muss auf .pdf enden.")
    with ctx.db.reading() as orm:
        export_dossier_pdf(orm, ctx.args.event_id, output)
    ctx.out(f"Dossier geschrieben: {output}")
    return 0
