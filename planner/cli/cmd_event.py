"""`event create --from PLAN`, `event show ID`, `event edit ID`: events as plan files."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

from planner.cli.context import CommandContext
from planner.cli.parsing import (
    add_force_option,
    add_json_option,
    command_group,
    id_list,
    optional_int,
    parse_share,
)
from planner.models.enums import (
    AGENDA_KIND_LABELS_DE,
    FORMAT_LABELS_DE,
    SESSION_KIND_LABELS_DE,
    AgendaKind,
    EventFormat,
    SessionKind,
)
from planner.wording import count, number, percent

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

WEEKDAYS_DE = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")


def register(sub: argparse._SubParsersAction) -> None:
    event = command_group(sub, "event", "Veranstaltungen planen, anzeigen und ändern")

    create = event.add_parser(
        "create", help="Veranstaltung aus einer Plandatei anlegen (.toml oder .json)",
        description="Legt eine Veranstaltung mit allen Terminen, Orten, Referent:innen, "
                    "Programm und Exkursionen an. Das Format der Datei steht im README; "
                    "`event show ID --json` schreibt es.")
    create.add_argument("--from", dest="plan", required=True, metavar="FILE",
                        help="Plandatei (.toml oder .json; - liest von der Standardeingabe)")
    create.add_argument("--shift-weeks", type=int, default=0, metavar="N",
                        help="alle Termine um N Wochen verschieben (z. B. 52: nächstes Jahr)")
    create.add_argument("--title", help="anderer Titel als in der Datei")
    add_force_option(create)
    add_json_option(create, saving=True)
    create.set_defaults(handler=cmd_event_create)

    show = event.add_parser("show", help="Veranstaltung anzeigen (mit --json: als Plandatei)")
    show.add_argument("event_id", type=int, metavar="ID")
    add_json_option(show)
    show.set_defaults(handler=cmd_event_show)

    edit = event.add_parser("edit", help="Angaben einer Veranstaltung ändern (Termine: "
                                         "session add/edit)")
    edit.add_argument("event_id", type=int, metavar="ID")
    edit.add_argument("--title")
    edit.add_argument("--description")
    edit.add_argument("--topic", metavar="ID|none")
    edit.add_argument("--capacity", metavar="N|none")
    edit.add_argument("--unit-minutes", type=int, metavar="N",
                      help="Minuten je Unterrichtseinheit")
    edit.add_argument("--break-minutes", type=int, metavar="N", help="Pause je Tag in Minuten")
    edit.add_argument("--threshold", metavar="ANTEIL",
                      help="Mindestteilnahme für die Bescheinigung (z. B. 0,8 oder 80 %%)")
    edit.add_argument("--expert", metavar="ID|none")
    edit.add_argument("--funding-note", metavar="TEXT", help='Förderhinweis ("" leert ihn)')
    edit.add_argument("--municipalities", metavar="ID,…|none")
    add_json_option(edit, saving=True)
    edit.set_defaults(handler=cmd_event_edit)


def cmd_event_create(ctx: CommandContext) -> int:
    from planner.plans.load import read_document
    from planner.plans.schema import PlanDocument
    from planner.usecases.plan_files import create_from_plan

    a = ctx.args
    doc, source = read_document(a.plan, PlanDocument)

    def _change(orm: OrmSession) -> Any:
        outcome = create_from_plan(orm, doc, source, shift_weeks=a.shift_weeks, title=a.title,
                                   force=a.force)
        new_id = outcome.value.id
        session_ids = [s.id for s in outcome.value.sessions]
        return outcome, new_id, session_ids

    outcome, new_id, session_ids = ctx.write(_change)
    return ctx.saved(str(new_id), ident=new_id, outcome=outcome, session_ids=session_ids)


def cmd_event_show(ctx: CommandContext) -> int:
    from planner.usecases.plan_files import plan_data

    with ctx.db.reading() as orm:
        data = plan_data(orm, ctx.args.event_id)
    if ctx.as_json:
        ctx.out_json(data)
        return 0
    for line in describe_event(data):
        ctx.out(line)
    return 0


def cmd_event_edit(ctx: CommandContext) -> int:
    from planner.usecases.partial_edits import change_event

    a = ctx.args
    changes: dict[str, Any] = {}
    for name in ("title", "description", "unit_minutes", "break_minutes"):
        if getattr(a, name) is not None:
            changes[name] = getattr(a, name)
    if a.topic is not None:
        changes["topic_id"] = optional_int(a.topic, "--topic")
    if a.expert is not None:
        changes["expert_id"] = optional_int(a.expert, "--expert")
    if a.capacity is not None:
        changes["capacity"] = optional_int(a.capacity, "--capacity")
    if a.threshold is not None:
        changes["certificate_threshold"] = parse_share(a.threshold, "--threshold")
    if a.funding_note is not None:
        changes["funding_note"] = a.funding_note
    municipalities = (id_list(a.municipalities, "--municipalities")
                      if a.municipalities is not None else None)

    def _change(orm: OrmSession) -> Any:
        outcome = change_event(orm, a.event_id, municipality_ids=municipalities, **changes)
        title = outcome.value.title
        return outcome, title

    outcome, title = ctx.write(_change)
    return ctx.saved(f"Veranstaltung {a.event_id} gespeichert: {title}", ident=a.event_id,
                     outcome=outcome)


# -- the human view of `event show` ----------------------------------------------------------

def _when(start: str, end: str) -> str:
    s, e = datetime.fromisoformat(start), datetime.fromisoformat(end)
    head = f"{WEEKDAYS_DE[s.weekday()]} {s:%d.%m.%Y %H:%M}"
    if s.date() == e.date():
        return f"{head}–{e:%H:%M}"
    return f"{head} – {WEEKDAYS_DE[e.weekday()]} {e:%d.%m.%Y %H:%M}"


def _names(refs: list[dict[str, Any]]) -> str:
    return ", ".join(r.get("name") or f"Nr. {r['id']}" for r in refs)


def describe_event(d: dict[str, Any]) -> list[str]:
    label = FORMAT_LABELS_DE.get(EventFormat(d["format"]), d["format"])
    lines = [f"Veranstaltung {d['id']}: {d['title']}"]
    facts = [f"Format: {label}", f"Standort: {d['office']}"]
    if d["topic"]:
        facts.append(f"Thema: {d['topic']['name']}")
    lines.append("  " + " · ".join(facts))
    capacity = "unbegrenzt" if d["capacity"] is None else number(d["capacity"], 0)
    lines.append(f"  Kapazität: {capacity} · Mindestteilnahme für Bescheinigungen: "
                 f"{percent(d['certificate_threshold'])} · 1 UE = "
                 f"{count(d['unit_minutes'], 'Minute', 'Minuten')} · Pause: "
                 f"{count(d['break_minutes'], 'Minute', 'Minuten')}")
    if d["expert"]:
        lines.append(f"  Expert*in: {d['expert']['name']}")
    if d["municipalities"]:
        lines.append(f"  Kommunen: {_names(d['municipalities'])}")
    if d["funding_note"]:
        lines.append(f"  Förderhinweis: {d['funding_note']}")
    if d["description"]:
        lines.append(f"  {d['description']}")
    lines.append(f"  {count(len(d['sessions']), 'Termin', 'Termine')}:")
    for s in d["sessions"]:
        lines.extend(_describe_session(s))
    return lines


def _describe_session(s: dict[str, Any]) -> list[str]:
    kind = SESSION_KIND_LABELS_DE.get(SessionKind(s["kind"]), s["kind"])
    parts = [f"{s['title']} ({kind})"]
    if s["venue"]:
        parts.append(s["venue"]["name"])
    if s["host_municipality"]:
        parts.append(f"Gastgeberin: {s['host_municipality']['name']}")
    if s["trainers"]:
        parts.append(_names(s["trainers"]))
    if s["capacity"] is not None:
        parts.append(f"{number(s['capacity'], 0)} Plätze")
    lines = [f"  {s['id']:>6}  {_when(s['start'], s['end'])}  " + " · ".join(parts)]
    if s["status"] == "cancelled":
        lines.append(f"          ABGESAGT: {s['cancel_reason']}")
    for item in s["agenda"]:
        span = item["start"] + (f"–{item['end']}" if item["end"] else "")
        what = AGENDA_KIND_LABELS_DE.get(AgendaKind(item["kind"]), item["kind"])
        speakers = f" ({_names(item['speakers'])})" if item["speakers"] else ""
        lines.append(f"          {span} {what}: {item['title']}{speakers}")
    ex = s["excursion"]
    if ex:
        place = ", ".join(p for p in (ex["site"], ex["street"],
                                      f"{ex['postcode']} {ex['city']}".strip()) if p)
        span = f" {ex['start']}–{ex['end']}" if ex["start"] and ex["end"] else ""
        lines.append(f"          Exkursion{span}: {place}")
    if s["notes"]:
        lines.append(f"          Notiz: {s['notes']}")
    return lines
