"""`outbox …`: the Postausgang of participant messages. Nothing leaves without `outbox send`.

    outbox list [--event ID] [--history] [--json]
    outbox show ID [--json]
    outbox send [--event ID | --ids 3,4] [--eml-dir DIR] [--letters FILE.pdf] [--dry-run]
    outbox discard ID [ID …] [--reason TEXT]
    outbox edit ID --subject TEXT --body-file FILE      (--revert: back to the template)
    outbox resolve ID --arrived | --not-arrived          (an "unklar" message)
    outbox remind [--event ID] [--dry-run]               (create the reminders due)
    outbox template show|set|reset KIND [--lang de|en] [--office CODE]
    outbox reminder-days DAYS [--event ID]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.cli.context import CommandContext
from planner.cli.output import EXIT_ERROR, EXIT_OK
from planner.cli.parsing import add_json_option, id_list
from planner.errors import PlannerError, ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession


def register(sub: argparse._SubParsersAction) -> None:
    box = sub.add_parser("outbox", help="Postausgang: Nachrichten an Teilnehmende")
    acts = box.add_subparsers(dest="outbox_cmd", metavar="ACTION", required=True)

    lst = acts.add_parser("list", help="wartende (und unklare) Nachrichten, nach Veranstaltung")
    lst.add_argument("--event", type=int, metavar="ID")
    lst.add_argument("--history", action="store_true", help="erledigte Nachrichten zeigen")
    add_json_option(lst)
    lst.set_defaults(handler=cmd_list)

    show = acts.add_parser("show", help="eine Nachricht so, wie sie verschickt würde")
    show.add_argument("id", type=int)
    add_json_option(show)
    show.set_defaults(handler=cmd_show)

    send = acts.add_parser("send", help="wartende Nachrichten senden")
    which = send.add_mutually_exclusive_group()
    which.add_argument("--event", type=int, metavar="ID")
    which.add_argument("--ids", metavar="3,4,7", help="nur diese Nachrichten")
    send.add_argument("--eml-dir", type=Path, metavar="DIR",
                      help="statt per SMTP als .eml-Entwürfe in diesen Ordner schreiben")
    send.add_argument("--letters", type=Path, metavar="DATEI.pdf",
                      help="Briefe an Personen ohne E-Mail-Adresse in diese PDF-Datei")
    send.add_argument("--dry-run", action="store_true", help="nur anzeigen, was anstünde")
    add_json_option(send)
    send.set_defaults(handler=cmd_send)

    discard = acts.add_parser("discard", help="Nachrichten verwerfen (nicht senden)")
    discard.add_argument("ids", type=int, nargs="+", metavar="ID")
    discard.add_argument("--reason", default="", help="Vermerk, z. B. „telefonisch erledigt“")
    add_json_option(discard, saving=True)
    discard.set_defaults(handler=cmd_discard)

    edit = acts.add_parser("edit", help="Betreff und Text einer Nachricht ändern")
    edit.add_argument("id", type=int)
    edit.add_argument("--subject")
    edit.add_argument("--body-file", type=Path, metavar="DATEI", help="Text (UTF-8)")
    edit.add_argument("--revert", action="store_true", help="wieder die Vorlage verwenden")
    add_json_option(edit, saving=True)
    edit.set_defaults(handler=cmd_edit)

    resolve = acts.add_parser("resolve", help="eine unklare Nachricht klären")
    resolve.add_argument("id", type=int)
    how = resolve.add_mutually_exclusive_group(required=True)
    how.add_argument("--arrived", action="store_true", help="ist angekommen")
    how.add_argument("--not-arrived", action="store_true",
                     help="ist nicht angekommen: beim nächsten Senden erneut verschicken")
    add_json_option(resolve, saving=True)
    resolve.set_defaults(handler=cmd_resolve)

    remind = acts.add_parser("remind", help="fällige Erinnerungen in den Postausgang legen")
    remind.add_argument("--event", type=int, metavar="ID")
    remind.add_argument("--dry-run", action="store_true", help="nur zählen")
    add_json_option(remind, saving=True)
    remind.set_defaults(handler=cmd_remind)

    days = acts.add_parser("reminder-days", help="Tage der Erinnerung vor dem Termin")
    days.add_argument("days", type=int, help="Tage (0: keine Erinnerung)")
    days.add_argument("--event", type=int, metavar="ID",
                      help="nur für diese Veranstaltung (sonst Voreinstellung)")
    add_json_option(days, saving=True)
    days.set_defaults(handler=cmd_reminder_days)

    tpl = acts.add_parser("template", help="Vorlagen der Nachrichten je Standort")
    tpl.add_argument("action", choices=["show", "set", "reset", "list"])
    tpl.add_argument("kind", nargs="?", help="Nachrichtenart (siehe „template list“)")
    tpl.add_argument("--lang", choices=["de", "en"], default="de")
    tpl.add_argument("--office", default="berlin", metavar="CODE")
    tpl.add_argument("--subject")
    tpl.add_argument("--body-file", type=Path, metavar="DATEI")
    add_json_option(tpl)
    tpl.set_defaults(handler=cmd_template)


def _entry_json(e: Any) -> dict[str, Any]:
    return {"id": e.id, "status": e.status, "status_label": e.status_label, "kind": e.kind,
            "kind_label": e.kind_label, "person_id": e.person_id, "person": e.person_name,
            "event_id": e.event_id, "event": e.event_title, "channel": e.channel,
            "address": e.address, "subject": e.subject, "problem": e.problem,
            "note": e.note, "error": e.error, "edited": e.edited,
            "updated_at": e.updated_at.isoformat(timespec="seconds")}


def cmd_list(ctx: CommandContext) -> int:
    from planner.notify.queue import history, waiting
    from planner.notify.reminders import due_reminders
    from planner.wording import count

    with ctx.db.reading() as orm:
        entries = history(orm, event_id=ctx.args.event) if ctx.args.history else \
            waiting(orm, event_id=ctx.args.event)
        due = 0 if ctx.args.history else len(due_reminders(orm, event_id=ctx.args.event))
    if ctx.as_json:
        ctx.out_json([_entry_json(e) for e in entries])
        return EXIT_OK
    if not entries:
        ctx.out("Keine erledigten Nachrichten." if ctx.args.history else
                "Der Postausgang ist leer.")
    current = None
    for e in entries:
        if e.event_id != current:
            current = e.event_id
            ctx.out(f"{e.event_title} (Veranstaltung {e.event_id})")
        channel = {"email": e.address, "letter": "Brief"}.get(e.channel, "–")
        flag = " [bearbeitet]" if e.edited else ""
        problem = f"  ⚠ {e.problem}" if e.problem else ""
        error = f"  ({e.error})" if e.error else ""
        ctx.out(f"  {e.id:>5}  {e.status_label:<20} {e.kind_label:<32} {e.person_name} "
                f"<{channel}>{flag}{problem}{error}")
    if due:
        ctx.out(f"{count(due, 'Erinnerung', 'Erinnerungen')} fällig "
                "(„outbox remind“ legt sie in den Postausgang).")
    return EXIT_OK


def cmd_show(ctx: CommandContext) -> int:
    from planner.notify.queue import STATUS_LABELS, show
    from planner.notify.templates import KIND_LABELS

    with ctx.db.reading() as orm:
        row, composed = show(orm, ctx.args.id)
        status = STATUS_LABELS.get(row.status, row.status)
        if composed is not None:
            kind, subject, body = composed.kind, composed.subject, composed.body
            channel, address = composed.channel, composed.address or "; ".join(composed.postal)
            files = [(c.filename, c.method, c.uid, c.sequence) for c in composed.calendars]
            problem = composed.problem
        else:
            kind, subject, body = row.kind, row.subject, row.body
            channel, address, files, problem = row.channel, row.address, [], ""
        orm.expunge(row)  # read below, after the session ends
    if ctx.as_json:
        ctx.out_json({"id": row.id, "status": row.status, "kind": kind, "channel": channel,
                      "to": address, "subject": subject, "body": body, "problem": problem,
                      "error": row.error, "message_id": row.message_id,
                      "calendars": [{"file": f, "method": m, "uid": u, "sequence": s}
                                    for f, m, u, s in files]})
        return EXIT_OK
    if composed is not None and composed.obsolete:
        ctx.out(f"Nachricht {row.id}: nichts mehr mitzuteilen (die Änderungen heben sich auf); "
                "sie wird beim nächsten Senden als erledigt vermerkt.")
        return EXIT_OK
    ctx.out(f"Nachricht {row.id} – {KIND_LABELS.get(kind, kind)} – {status}")
    ctx.out(f"An: {address or '–'} ({'Brief' if channel == 'letter' else 'E-Mail'})")
    ctx.out(f"Betreff: {subject}")
    if problem:
        ctx.out(f"Hinweis: {problem}")
    if row.error:
        ctx.out(f"Fehler: {row.error}")
    ctx.out("")
    ctx.out(body)
    for name, method, uid, seq in files:
        ctx.out(f"Anhang: {name} (METHOD:{method}, UID {uid}, SEQUENCE {seq})")
    return EXIT_OK


def cmd_send(ctx: CommandContext) -> int:
    from planner.notify.send import send_outbox
    from planner.wording import count

    a = ctx.args
    ids = id_list(a.ids, "--ids") if a.ids else None
    if a.dry_run:
        from planner.notify.queue import waiting

        with ctx.db.reading() as orm:
            entries = [e for e in waiting(orm, event_id=a.event)
                       if not e.unclear and (ids is None or e.id in ids)]
        for e in entries:
            to = e.address if e.channel == "email" else "Brief" if e.channel else "–"
            if not ctx.as_json:
                ctx.out(f"{e.id:>5}  {e.person_name} <{to}>: {e.subject}"
                        + (f"  ⚠ {e.problem}" if e.problem else ""))
        if ctx.as_json:
            ctx.out_json([_entry_json(e) for e in entries])
        else:
            ctx.out(f"{count(len(entries), 'Nachricht', 'Nachrichten')} stünden an "
                    "(nichts versendet).")
        return EXIT_OK

    def progress(done: int, total: int, text: str) -> bool:
        if text and not ctx.as_json:
            print(f"[{done + 1}/{total}] {text}", file=sys.stderr)
        return True

    report = send_outbox(ctx.db, ids=ids, event_id=a.event, eml_dir=a.eml_dir,
                         letters=a.letters, progress=progress)
    if ctx.as_json:
        ctx.out_json({"results": [{"id": r.row_id, "person_id": r.person_id,
                                   "address": r.address, "kind": r.kind, "result": r.result,
                                   "error": r.error, "attempts": r.attempts}
                                  for r in report.results],
                      "letters": str(report.letters_file) if report.letters_file else None,
                      "obsolete": report.obsolete})
    else:
        for r in report.results:
            error = f": {r.error}" if r.error else ""
            to = f"<{r.address}>" if r.address else "(Brief)"
            ctx.out(f"{r.label}: {r.recipient} {to} – {r.kind_label}{error}")
        ctx.out(report.summary()[:1].upper() + report.summary()[1:] + ".")
        if report.letters_file is not None:
            ctx.out(f"Die Briefe zum Drucken liegen in {report.letters_file}.")
        if report.of("unclear"):
            ctx.out("Unklare Nachrichten werden nicht erneut gesendet; bitte prüfen und mit "
                    "„outbox resolve ID --arrived/--not-arrived“ klären.")
    problems = report.of("failed") + report.of("unclear") + report.of("skipped")
    return EXIT_ERROR if problems else EXIT_OK


def cmd_discard(ctx: CommandContext) -> int:
    from planner.notify.queue import discard
    from planner.wording import count


    def _change(orm: OrmSession) -> Any:
        outcome = discard(orm, ctx.args.ids, ctx.args.reason)
        return outcome

    outcome = ctx.write(_change)
    return ctx.saved(f"{count(outcome.value, 'Nachricht', 'Nachrichten')} verworfen.",
                     ident=ctx.args.ids, outcome=outcome)


def cmd_edit(ctx: CommandContext) -> int:
    from planner.notify.queue import edit_message, revert_edit, show

    a = ctx.args

    def _change(orm: OrmSession) -> Any:
        if a.revert:
            outcome = revert_edit(orm, a.id)
            text = f"Nachricht {a.id} folgt wieder der Vorlage."
        else:
            if a.subject is None and a.body_file is None:
                raise ValidationError("Bitte --subject und/oder --body-file angeben.")
            _row, composed = show(orm, a.id)
            subject = a.subject if a.subject is not None else (
                composed.subject if composed else "")
            body = _read_text(a.body_file) if a.body_file else (
                composed.body if composed else "")
            outcome = edit_message(orm, a.id, subject, body)
            text = f"Nachricht {a.id} geändert."
        return outcome, text

    outcome, text = ctx.write(_change)
    return ctx.saved(text, ident=a.id, outcome=outcome)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PlannerError(f"{path} kann nicht als UTF-8-Text gelesen werden ({exc}).") from exc


def cmd_resolve(ctx: CommandContext) -> int:
    from planner.notify.queue import resolve_unclear


    def _change(orm: OrmSession) -> Any:
        outcome = resolve_unclear(orm, ctx.args.id, arrived=ctx.args.arrived)
        return outcome

    outcome = ctx.write(_change)
    return ctx.saved(f"Nachricht {ctx.args.id}: " + (
        "als angekommen vermerkt." if ctx.args.arrived
        else "wird beim nächsten Senden erneut verschickt."), ident=ctx.args.id,
        outcome=outcome)


def cmd_remind(ctx: CommandContext) -> int:
    from planner.notify.reminders import create_reminders, due_reminders
    from planner.wording import count

    if ctx.args.dry_run:
        with ctx.db.reading() as orm:
            n = len(due_reminders(orm, event_id=ctx.args.event))
        return ctx.saved(f"{count(n, 'Erinnerung', 'Erinnerungen')} fällig.", ident=None,
                         due=n)

    def _change(orm: OrmSession) -> Any:
        outcome = create_reminders(orm, event_id=ctx.args.event)
        return outcome

    outcome = ctx.write(_change)
    n = outcome.value
    return ctx.saved(f"{count(n, 'Erinnerung', 'Erinnerungen')} in den Postausgang gelegt."
                     if n else "Keine Erinnerungen fällig.", ident=None, outcome=outcome,
                     created=n)


def cmd_reminder_days(ctx: CommandContext) -> int:
    from planner.notify.reminders import set_default_days, set_event_days


    def _change(orm: OrmSession) -> Any:
        if ctx.args.event is not None:
            outcome: Any = set_event_days(orm, ctx.args.event, ctx.args.days)
        else:
            outcome = set_default_days(orm, ctx.args.days)
        return outcome

    outcome = ctx.write(_change)
    where = f"für Veranstaltung {ctx.args.event}" if ctx.args.event else "als Voreinstellung"
    return ctx.saved(f"Erinnerung {ctx.args.days} Tage vor dem Termin {where}.",
                     ident=ctx.args.event, outcome=outcome)


def cmd_template(ctx: CommandContext) -> int:
    from planner.notify.templates import (
        KIND_LABELS,
        PLACEHOLDERS,
        get_template,
        reset_template,
        save_template,
    )
    from planner.usecases.lookup import office_by_key

    a = ctx.args
    if a.action == "list":
        if ctx.as_json:
            ctx.out_json([{"kind": k, "label": v} for k, v in KIND_LABELS.items()])
            return EXIT_OK
        for kind, text in KIND_LABELS.items():
            ctx.out(f"{kind:<18} {text}")
        ctx.out("Platzhalter: " + ", ".join("{" + p + "}" for p in PLACEHOLDERS))
        return EXIT_OK
    if not a.kind:
        raise ValidationError("Bitte die Nachrichtenart angeben (siehe „outbox template list“).")

    def _change(orm: OrmSession) -> Any:
        code = office_by_key(orm, a.office).code
        if a.action == "show":
            found = get_template(orm, code, a.kind, a.lang)
        elif a.action == "reset":
            found = reset_template(orm, code, a.kind, a.lang)
        else:
            current = get_template(orm, code, a.kind, a.lang)
            found = save_template(orm, code, a.kind, a.lang,
                                  a.subject if a.subject is not None else current.subject,
                                  _read_text(a.body_file) if a.body_file else current.body)
        return code, found

    code, found = ctx.write(_change)
    if ctx.as_json:
        ctx.out_json({"kind": found.kind, "language": found.language, "office": code,
                      "custom": found.custom, "subject": found.subject, "body": found.body})
        return EXIT_OK
    ctx.out(f"Vorlage „{KIND_LABELS[a.kind]}“ ({a.lang}, {code})"
            + (" – eigene Fassung" if found.custom else " – Standardtext"))
    ctx.out(f"Betreff: {found.subject}\n\n{found.body}")
    return EXIT_OK
