"""`evaluation form / import / results / questionnaire / threshold`: participant feedback."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.cli.context import CommandContext, parse_date
from planner.cli.output import EXIT_ERROR, EXIT_OK
from planner.cli.parsing import add_json_option
from planner.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession


def register(sub: argparse._SubParsersAction) -> None:
    ev = sub.add_parser("evaluation", help="Rückmeldungen der Teilnehmenden (anonym)") \
        .add_subparsers(dest="evaluation_cmd", metavar="ACTION", required=True)

    form = ev.add_parser("form", help="Rückmeldebogen zum Ausdrucken (PDF, A4)")
    form.add_argument("--event", type=int, required=True, metavar="ID")
    form.add_argument("--session", type=int, metavar="ID", help="Bogen für einen Termin")
    form.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    form.set_defaults(handler=cmd_form)

    imp = ev.add_parser("import", help="Export einer Online-Umfrage (.csv/.xlsx) importieren")
    imp.add_argument("file", metavar="FILE", help=".xlsx- oder .csv-Datei")
    imp.add_argument("--event", type=int, required=True, metavar="ID")
    imp.add_argument("--session", type=int, metavar="ID", help="Antworten zu einem Termin")
    imp.add_argument("--dry-run", action="store_true",
                     help="nur prüfen und berichten, nichts speichern")
    imp.add_argument("--valid-only", action="store_true",
                     help="nur Zeilen ohne Probleme importieren (sonst: alle Zeilen; Fehler "
                          "brechen den ganzen Import ab)")
    imp.add_argument("--mapping", metavar="JSON",
                     help='Spaltenzuordnung, z. B. {"Frage 3": "relevance", "Kommentar": null}')
    imp.set_defaults(handler=cmd_import)

    res = ev.add_parser("results", help="Auswertung (Verteilung, Mittelwert, n, Rücklauf)")
    res.add_argument("--event", type=int, metavar="ID", help="eine Veranstaltung")
    res.add_argument("--session", type=int, metavar="ID", help="nur die Bögen eines Termins")
    res.add_argument("--by", choices=("format", "topic"),
                     help="über die Jahre nach Format oder Thema (statt --event)")
    res.add_argument("--from", dest="date_from", metavar="DATUM")
    res.add_argument("--to", dest="date_to", metavar="DATUM")
    res.add_argument("--office", metavar="NAME", help="nur dieser Standort")
    res.add_argument("-o", "--output", metavar="FILE.pdf|FILE.xlsx",
                     help="eine Seite PDF oder alle Zahlen als .xlsx (mit --event)")
    add_json_option(res)
    res.set_defaults(handler=cmd_results)

    que = ev.add_parser("questionnaire", help="Fragen eines Bogens mit ihren Kürzeln")
    que.add_argument("--event", type=int, metavar="ID")
    que.add_argument("--format", metavar="FORMAT",
                     help="training_series, network_group, conference, coaching, analysis")
    add_json_option(que)
    que.set_defaults(handler=cmd_questionnaire)

    thr = ev.add_parser("threshold", help="Mindestzahl an Antworten zeigen oder setzen")
    thr.add_argument("value", type=int, nargs="?", metavar="N", help="neuer Wert (ab 3)")
    add_json_option(thr, saving=True)
    thr.set_defaults(handler=cmd_threshold)


def _output(path: str, suffixes: tuple[str, ...]) -> Path:
    output = Path(path)
    if output.suffix.lower() not in suffixes:
        raise ValidationError(f"Die Ausgabedatei muss auf {' oder '.join(suffixes)} enden.")
    return output


def cmd_form(ctx: CommandContext) -> int:
    from planner.exports.feedback_form import export_form_pdf

    a = ctx.args
    output = _output(a.output, (".pdf",))
    with ctx.db.reading() as orm:
        export_form_pdf(orm, a.event, output, session_id=a.session)
    ctx.out(f"Rückmeldebogen geschrieben: {output}")
    return EXIT_OK


def cmd_import(ctx: CommandContext) -> int:
    from planner.cli.cmd_import import parse_mapping_option
    from planner.evaluation.questionnaires import current_for_event, item_specs
    from planner.imports.survey import (
        apply_survey_import,
        build_survey_preview,
        read_survey_info,
    )
    from planner.imports.survey_columns import override_survey_mapping

    a = ctx.args
    with ctx.db.reading() as orm:
        info = read_survey_info(orm, a.file, a.event)
        specs = item_specs(current_for_event(orm, a.event))
        mapping = override_survey_mapping(info.headers, info.auto_mapping,
                                          parse_mapping_option(a.mapping), specs)
        preview = build_survey_preview(orm, a.file, a.event, session_id=a.session,
                                       mapping=mapping, info=info)
    for line in preview.summary_lines():
        ctx.out(line)
    for line in preview.problem_lines(limit=100):
        ctx.out(f"  {line}")
    if a.dry_run:
        ctx.out("Probelauf: es wurde nichts gespeichert.")
        return EXIT_ERROR if preview.errors and not a.valid_only else EXIT_OK
    report = ctx.write(lambda orm: apply_survey_import(orm, preview, valid_only=a.valid_only))
    ctx.out("Import abgeschlossen:")
    for line in report.lines():
        ctx.out(line)
    return EXIT_OK


def _result_lines(result) -> list[str]:  # noqa: ANN001
    from planner.reports.feedback_pdf import mean_text, rate_text, suppressed_text

    if result.suppressed:
        return [f"  {suppressed_text(result)}"]
    lines = [f"  {rate_text(result)}"]
    for item in result.items:
        if item.item.kind == "text":
            lines.append(f"  {item.item.short}: {item.n} Antworten")
            lines += [f"      – {t.text}" for t in item.texts[:20]]
            continue
        if item.suppressed:
            lines.append(f"  {item.item.short}: zu wenige Antworten")
            continue
        counts = " ".join(f"{v}:{n}" for v, n in enumerate(item.counts, start=1))
        lines.append(f"  {item.item.short}: {mean_text(item)} n = {item.n} [{counts}]")
    return lines


def _result_json(result) -> dict:  # noqa: ANN001
    if result.suppressed:
        return {"label": result.label, "suppressed": True, "threshold": result.threshold}
    return {"label": result.label, "suppressed": False, "threshold": result.threshold,
            "responses": result.responses, "present": result.present,
            "response_rate": result.response_rate,
            "items": [{"code": i.item.code, "kind": i.item.kind, "n": i.n,
                       "suppressed": i.suppressed, "mean": i.mean, "counts": i.counts,
                       "texts": [t.text for t in i.texts]} for i in result.items]}


def cmd_results(ctx: CommandContext) -> int:
    a = ctx.args
    if (a.event is None) == (a.by is None):
        raise ValidationError("Bitte entweder --event oder --by angeben.")
    if a.by is not None:
        return _grouped(ctx)
    from planner.evaluation.results import event_feedback

    if a.output:
        output = _output(a.output, (".pdf", ".xlsx"))
        with ctx.db.reading() as orm:
            if output.suffix.lower() == ".pdf":
                from planner.reports.feedback_pdf import export_results_pdf

                export_results_pdf(orm, a.event, output, session_id=a.session)
            else:
                from planner.reports.feedback_xlsx import export_feedback_xlsx

                export_feedback_xlsx(orm, a.event, output, session_id=a.session)
        ctx.out(f"Auswertung geschrieben: {output}")
        return EXIT_OK
    with ctx.db.reading() as orm:
        feedback = event_feedback(orm, a.event, a.session)
    if ctx.as_json:
        ctx.out_json({**_result_json(feedback.total),
                      "sessions": [_result_json(r) for r in feedback.sessions]})
        return EXIT_OK
    ctx.out(f"{feedback.total.label} ({feedback.format_label}, {feedback.dates})")
    for line in _result_lines(feedback.total):
        ctx.out(line)
    for result in feedback.sessions:
        ctx.out(f"\n{result.label}")
        for line in _result_lines(result):
            ctx.out(line)
    return EXIT_OK


def _grouped(ctx: CommandContext) -> int:
    from planner.evaluation.results import KEY_ITEM_LABELS, KEY_ITEMS, grouped_feedback
    from planner.usecases.lookup import office_by_key
    from planner.wording import number, percent

    a = ctx.args
    start = parse_date(a.date_from) if a.date_from else None
    end = parse_date(a.date_to) if a.date_to else None
    with ctx.db.reading() as orm:
        office_id = office_by_key(orm, a.office).id if a.office else None
        rows = grouped_feedback(orm, a.by, start=start, end=end, office_id=office_id)
    if ctx.as_json:
        ctx.out_json([{"year": r.year, "key": r.key, **_result_json(r.result)} for r in rows])
        return EXIT_OK
    header = f"{'Jahr':<6}{'Gruppe':<42}{'n':>6}{'Rücklauf':>10}" + "".join(
        f"{KEY_ITEM_LABELS[c]:>14}" for c in KEY_ITEMS)
    ctx.out(header)
    for row in rows:
        r = row.result
        if r.suppressed:
            ctx.out(f"{row.year or '':<6}{row.label[:40]:<42}{'< ' + str(r.threshold):>6}")
            continue
        rate = percent(r.response_rate) if r.response_rate is not None else "–"
        means = "".join(f"{number(m, 2, keep_zeros=True) if m is not None else '–':>14}"
                        for m in (r.mean(c) for c in KEY_ITEMS))
        ctx.out(f"{row.year or '':<6}{row.label[:40]:<42}{r.responses:>6}{rate:>10}{means}")
    return EXIT_OK


def cmd_questionnaire(ctx: CommandContext) -> int:
    from planner.evaluation.questionnaires import (
        current_for_event,
        current_for_format,
        describe,
    )
    from planner.evaluation.standard import KIND_LABELS_DE

    a = ctx.args
    if (a.event is None) == (a.format is None):
        raise ValidationError("Bitte entweder --event oder --format angeben.")
    with ctx.db.reading() as orm:
        q = current_for_event(orm, a.event) if a.event else current_for_format(orm, a.format)
        info = describe(orm, q)
    if ctx.as_json:
        ctx.out_json({"id": info.id, "version": info.version, "title": info.title,
                      "format": info.format, "event_id": info.event_id,
                      "responses": info.responses,
                      "items": [{"id": i.id, "code": i.code, "kind": i.kind, "text": i.text,
                                 "low_label": i.low_label, "high_label": i.high_label,
                                 "options": list(i.options)} for i in info.items]})
        return EXIT_OK
    ctx.out(f"{info.title} – {info.label} ({info.responses} Bögen)")
    for n, item in enumerate(info.items, start=1):
        extra = ""
        if item.kind == "scale":
            extra = f" (1 = {item.low_label}, 5 = {item.high_label})"
        elif item.kind == "choice":
            extra = " (" + "; ".join(f"{i} = {o}" for i, o in enumerate(item.options, 1)) + ")"
        ctx.out(f"  {n}. [{item.code}] {KIND_LABELS_DE[item.kind]}: {item.text}{extra}")
    return EXIT_OK


def cmd_threshold(ctx: CommandContext) -> int:
    from planner.evaluation.anonymity import anonymity_threshold

    if ctx.args.value is None:
        with ctx.db.reading() as orm:
            value = anonymity_threshold(orm)
        if ctx.as_json:
            ctx.out_json({"threshold": value})
        else:
            ctx.out(f"Mindestzahl an Antworten: {value}")
        return EXIT_OK
    from planner.usecases.masterdata import update_settings

    def save(orm: OrmSession) -> tuple[Any, int]:
        outcome = update_settings(orm, {"evaluation_min_answers": ctx.args.value})
        return outcome, anonymity_threshold(orm)

    outcome, value = ctx.write(save)
    return ctx.saved(f"Mindestzahl an Antworten gesetzt: {value}", ident=None,
                     outcome=outcome, threshold=value)
