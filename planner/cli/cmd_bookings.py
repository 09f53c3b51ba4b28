"""`registrations EVENT`, `waitlist EVENT`, `waitlist promote REG` (register, unregister:
cmd_core)."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING, Any

from planner.cli.context import CommandContext
from planner.cli.output import print_listing
from planner.cli.parsing import add_force_option, add_json_option
from planner.errors import ValidationError
from planner.wording import count, number, quoted

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

STATUSES = ["registered", "waiting", "cancelled"]


def register(sub: argparse._SubParsersAction) -> None:
    regs = sub.add_parser("registrations", help="Anmeldungen einer Veranstaltung: Status, "
                                                "gebuchte Termine, Warteliste, Stornogrund")
    regs.add_argument("event_id", type=int, metavar="EVENT")
    regs.add_argument("--status", choices=STATUSES, help="nur Anmeldungen mit diesem Status")
    add_json_option(regs)
    regs.set_defaults(handler=cmd_registrations)

    wait = sub.add_parser(
        "waitlist", help="Warteliste anzeigen (waitlist EVENT) oder jemanden nachrücken "
                         "lassen (waitlist promote REG)",
        usage="%(prog)s EVENT [--json] | %(prog)s promote REG [--force] [--json]")
    wait.add_argument("target", nargs="+", metavar="EVENT | promote REG")
    add_force_option(wait, "über die Kapazität nachrücken lassen (nur mit promote)")
    add_json_option(wait)
    wait.set_defaults(handler=cmd_waitlist, waitlist_parser=wait)


def _registration_dict(row: Any, event_id: int) -> dict[str, Any]:
    return {
        "id": row.id, "event_id": event_id, "person_id": row.person_id, "name": row.name,
        "organisation": row.organisation or None, "status": row.status,
        "whole_event": row.whole_event,
        "sessions": [{"id": sid, "title": title}
                     for sid, title in zip(row.session_ids, row.session_titles, strict=True)],
        "waiting_position": row.waiting_position,
        "registered_at": row.registered_at.isoformat(timespec="seconds"),
        "cancelled_at": (row.cancelled_at.isoformat(timespec="seconds")
                         if row.cancelled_at else None),
        "cancel_reason": row.cancel_reason or None,
    }


def _status_text(d: dict[str, Any]) -> str:
    if d["status"] == "waiting":
        return f"Warteliste {d['waiting_position']}"
    return {"registered": "angemeldet", "cancelled": "storniert"}.get(d["status"], d["status"])


def _booking_text(d: dict[str, Any]) -> str:
    if d["whole_event"]:
        return "ganze Veranstaltung"
    return ", ".join(f"{s['title']} ({s['id']})" for s in d["sessions"])


def _registration_line(d: dict[str, Any]) -> str:
    who = d["name"] + (f" ({d['organisation']})" if d["organisation"] else "")
    line = f"{d['id']:>6}  {_status_text(d):<14} {who:<40} {_booking_text(d)}"
    if d["status"] == "cancelled" and d["cancel_reason"]:
        line += f"  – Grund: {d['cancel_reason']}"
    return line


def cmd_registrations(ctx: CommandContext) -> int:
    from planner.models import Event
    from planner.queries.registrations import registration_overview
    from planner.usecases.lookup import get

    a = ctx.args
    with ctx.db.reading() as orm:
        title = get(orm, Event, a.event_id).title
        overview = registration_overview(orm, a.event_id)
    rows = [_registration_dict(r, a.event_id) for r in overview.rows
            if a.status is None or r.status == a.status]
    loads = " · ".join(
        f"{s.title}: abgesagt" if s.cancelled else
        f"{s.title}: {s.booked}" + (f"/{s.capacity}" if s.capacity is not None else "")
        + (" (voll)" if s.capacity is not None and s.booked >= s.capacity else "")
        for s in overview.sessions)
    if not ctx.as_json:
        capacity = ("unbegrenzt" if overview.capacity is None
                    else number(overview.capacity, 0))
        ctx.out(f"{quoted(title)} (Veranstaltung {a.event_id}): {overview.registered} angemeldet, "
                f"{overview.waiting} auf der Warteliste, {overview.cancelled} storniert · "
                f"Kapazität: {capacity}")
    print_listing(rows, _registration_line, as_json=ctx.as_json,
                  summary=f"Belegung je Termin: {loads}" if loads else None)
    return 0


def cmd_waitlist(ctx: CommandContext) -> int:
    target = ctx.args.target
    if target[0] == "promote":
        if len(target) != 2 or not target[1].isdigit():
            ctx.args.waitlist_parser.error("waitlist promote braucht die Nummer der Anmeldung "
                                           "(REG, siehe registrations EVENT)")
        return _promote(ctx, int(target[1]))
    if len(target) != 1 or not target[0].isdigit():
        ctx.args.waitlist_parser.error("waitlist EVENT oder waitlist promote REG")
    if ctx.args.force:
        raise ValidationError("--force gilt nur für waitlist promote.")
    return _show(ctx, int(target[0]))


def _show(ctx: CommandContext, event_id: int) -> int:
    from planner.models import Event
    from planner.queries.registrations import (
        full_sessions_for_waiting,
        registration_overview,
    )
    from planner.usecases.lookup import get

    with ctx.db.reading() as orm:
        title = get(orm, Event, event_id).title
        overview = registration_overview(orm, event_id)
        still_full = full_sessions_for_waiting(orm, event_id)
    rows = []
    for r in overview.rows:
        if r.status != "waiting":
            continue
        d = _registration_dict(r, event_id)
        d["full_sessions"] = still_full.get(r.id, [])
        d["place_free"] = not d["full_sessions"]
        rows.append(d)
    rows.sort(key=lambda d: d["waiting_position"])

    def line(d: dict[str, Any]) -> str:
        room = "Platz frei" if d["place_free"] else "voll: " + ", ".join(d["full_sessions"])
        since = datetime.fromisoformat(d["registered_at"])
        return (f"{d['waiting_position']:>3}.  Anmeldung {d['id']:<6} {d['name']:<36} "
                f"{_booking_text(d)}  seit {since:%d.%m.%Y %H:%M}  ({room})")

    if not ctx.as_json:
        ctx.out(f"Warteliste {quoted(title)} (Veranstaltung {event_id}): "
                f"{count(len(rows), 'Person', 'Personen')}")
    print_listing(rows, line, as_json=ctx.as_json)
    return 0


def _promote(ctx: CommandContext, registration_id: int) -> int:
    from planner.usecases.registration import promote


    def _change(orm: OrmSession) -> Any:
        outcome = promote(orm, registration_id, force=ctx.args.force)
        name, status = outcome.value.person.full_name, outcome.value.status
        return outcome, name, status

    outcome, name, status = ctx.write(_change)
    return ctx.saved(f"{name} rückt nach (Anmeldung {registration_id}).", ident=registration_id,
                     outcome=outcome, status=status)
