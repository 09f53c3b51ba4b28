"""`send …`, `mail …` and `caldav …`: e-mail certificates and invitations, configure SMTP,
publish calendars to a CalDAV server. Passwords only via stdin into the OS keyring."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planner.cli.context import CommandContext
from planner.errors import PlannerError, ValidationError
from planner.wording import count

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

RESULT_DE = {"sent": "gesendet", "failed": "FEHLGESCHLAGEN", "eml": "als .eml gespeichert"}
KIND_DE = {"certificate": "Bescheinigung", "invitation": "Einladung",
           "cancellation": "Absage"}


def register(sub: argparse._SubParsersAction) -> None:
    send = sub.add_parser("send", help="Bescheinigungen und Einladungen per E-Mail versenden")
    send_sub = send.add_subparsers(dest="send_cmd", metavar="ACTION", required=True)

    certs = send_sub.add_parser("certificates", help="ausgestellte Bescheinigungen senden")
    certs.add_argument("--event", type=int, required=True, metavar="ID")
    _common(certs)
    certs.set_defaults(handler=cmd_send_certificates)

    invs = send_sub.add_parser("invitations", help="Einladungen/Absagen an Referent:innen")
    who = invs.add_mutually_exclusive_group(required=True)
    who.add_argument("--trainer", type=int, metavar="ID")
    who.add_argument("--all", action="store_true", help="an alle Referent:innen")
    invs.add_argument("--include-past", action="store_true",
                      help="auch vergangene Termine")
    _common(invs)
    invs.set_defaults(handler=cmd_send_invitations)

    log = send_sub.add_parser("log", help="Protokoll der versendeten Nachrichten")
    log.add_argument("--json", action="store_true", help="als JSON ausgeben")
    log.add_argument("--limit", type=int, default=200)
    log.set_defaults(handler=cmd_log)

    mail = sub.add_parser("mail", help="E-Mail-Versand einrichten")
    mail_sub = mail.add_subparsers(dest="mail_cmd", metavar="ACTION", required=True)
    conf = mail_sub.add_parser("configure", help="SMTP-Server einrichten")
    conf.add_argument("--host", required=True)
    conf.add_argument("--port", type=int)
    conf.add_argument("--security", choices=["starttls", "ssl", "none"], default="starttls")
    conf.add_argument("--user", default="")
    conf.add_argument("--from", dest="sender", required=True, metavar="ADDRESS")
    conf.add_argument("--from-name", dest="sender_name", default="", metavar="NAME")
    conf.add_argument("--password-stdin", action="store_true",
                      help="Passwort von der Standardeingabe in den Passwortspeicher")
    conf.set_defaults(handler=cmd_configure)
    test = mail_sub.add_parser("test", help="Verbindung zum SMTP-Server testen")
    test.set_defaults(handler=cmd_test)

    caldav = sub.add_parser("caldav", help="Kalender auf einem CalDAV-Server veröffentlichen")
    cal_sub = caldav.add_subparsers(dest="caldav_cmd", metavar="ACTION", required=True)
    pub = cal_sub.add_parser("publish", help="Termine veröffentlichen (z. B. Nextcloud)")
    pub.add_argument("--url", required=True, help="Adresse des Kalenders (Collection)")
    pub.add_argument("--user", required=True)
    target = pub.add_mutually_exclusive_group(required=True)
    target.add_argument("--trainer", type=int, metavar="ID")
    target.add_argument("--office", metavar="NAME")
    pub.add_argument("--password-stdin", action="store_true",
                     help="Passwort von der Standardeingabe in den Passwortspeicher")
    pub.set_defaults(handler=cmd_caldav_publish)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--eml-dir", type=Path, metavar="DIR",
                        help="statt per SMTP als .eml-Entwürfe in diesen Ordner schreiben")
    parser.add_argument("--dry-run", action="store_true", help="nur anzeigen, was anstünde")


def _read_password() -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise ValidationError("Auf der Standardeingabe kam kein Passwort an.")
    return line


def _run(ctx: CommandContext, outbox: object) -> int:
    from planner.mail.outbox import Outbox
    from planner.mail.send import send

    assert isinstance(outbox, Outbox)
    for note in outbox.problems:
        print(f"Hinweis: {note}", file=sys.stderr)
    if not outbox.items:
        ctx.out(outbox.nothing_to_send())
        return 0
    if ctx.args.dry_run:
        for item in outbox.items:
            ctx.out(f"{item.person_name} <{item.address}>: {item.label}")
        ctx.out(f"{count(len(outbox.items), 'Nachricht stünde', 'Nachrichten stünden')} an "
                "(nichts versendet).")
        return 0

    def progress(done: int, total: int, text: str) -> bool:
        if text:
            print(f"[{done + 1}/{total}] {text}", file=sys.stderr)
        return True

    report = send(ctx.db, outbox.items, eml_dir=ctx.args.eml_dir, progress=progress)
    for o in report.outcomes:
        extra = f" ({o.delivery.attempts} Versuche)" if o.delivery.attempts > 1 else ""
        error = f": {o.delivery.error}" if o.delivery.error else ""
        ctx.out(f"{RESULT_DE[o.delivery.result]}{extra}: {o.item.person_name} "
                f"<{o.item.address}> – {o.item.label}{error}")
    ctx.out(report.summary().capitalize() + ".")
    if ctx.args.eml_dir is not None and report.written:
        ctx.out(f"Die Entwürfe liegen in {ctx.args.eml_dir}.")
    return 1 if report.failed else 0


def cmd_send_certificates(ctx: CommandContext) -> int:
    from planner.mail.outbox import pending_certificates
    from planner.models import Event
    from planner.usecases.lookup import get

    with ctx.db.reading() as orm:
        get(orm, Event, ctx.args.event)
        outbox = pending_certificates(orm, ctx.args.event)
    return _run(ctx, outbox)


def cmd_send_invitations(ctx: CommandContext) -> int:
    from planner.mail.outbox import pending_invitations
    from planner.models import Person
    from planner.usecases.lookup import get

    with ctx.db.reading() as orm:
        if ctx.args.trainer is not None:
            get(orm, Person, ctx.args.trainer)
        outbox = pending_invitations(orm, ctx.args.trainer,
                                     include_past=ctx.args.include_past)
    return _run(ctx, outbox)


def cmd_log(ctx: CommandContext) -> int:
    from planner.mail.send import message_log

    with ctx.db.reading() as orm:
        rows = message_log(orm, ctx.args.limit)
    if ctx.args.json:
        ctx.out_json([{"at": r.at.isoformat(), "address": r.address, "kind": r.kind,
                       "subject": r.subject, "result": r.result, "attempts": r.attempts,
                       "error": r.error, "person_id": r.person_id,
                       "certificate_id": r.certificate_id, "session_id": r.session_id,
                       "user": r.sender_user, "file": r.file_name} for r in rows])
        return 0
    if not rows:
        ctx.out("Es wurde noch nichts versendet.")
    for r in rows:
        error = f" – {r.error}" if r.error else ""
        ctx.out(f"{r.at:%d.%m.%Y %H:%M} UTC  {RESULT_DE.get(r.result, r.result):<20} "
                f"{KIND_DE.get(r.kind, r.kind):<13} {r.address}: {r.subject}{error}")
    return 0


def cmd_configure(ctx: CommandContext) -> int:
    from planner.mail.settings import DEFAULT_PORTS, SmtpConfig, save_config, store_password

    a = ctx.args
    config = SmtpConfig(host=a.host, port=a.port or DEFAULT_PORTS[a.security],
                        security=a.security, user=a.user, sender=a.sender,
                        sender_name=a.sender_name)
    password = _read_password() if a.password_stdin else None
    if password is not None and not config.user:
        raise ValidationError("Ein Passwort braucht einen Benutzernamen (--user).")
    def save(orm: OrmSession) -> None:
        save_config(orm, config)
        if password is not None:
            # Inside the transaction: without a credential store the settings are not
            # saved either, and the previous server stays configured.
            store_password(config, password)

    ctx.write(save)
    if password is not None:
        ctx.out("Das Passwort liegt im Passwortspeicher des Betriebssystems.")
    ctx.out(f"Mailserver {config.host}:{config.port} ({config.security}) eingerichtet; "
            f"Absender {config.sender}.")
    return 0


def cmd_test(ctx: CommandContext) -> int:
    from planner.mail.settings import load_config, load_password
    from planner.mail.transport import test_connection

    with ctx.db.reading() as orm:
        config = load_config(orm)
    if not config.configured:
        raise PlannerError("Es ist kein Mailserver eingerichtet (transferplaner-cli mail "
                           "configure …).")
    ctx.out(test_connection(config, load_password(config)))
    return 0


def cmd_caldav_publish(ctx: CommandContext) -> int:
    from planner.mail.caldav import CalDavClient, publish_office, publish_trainer
    from planner.mail.settings import (
        CALDAV_SERVICE,
        caldav_keyring_user,
        load_secret,
        store_secret,
    )

    a = ctx.args
    name = caldav_keyring_user(a.url, a.user)
    if a.password_stdin:
        password: str | None = _read_password()
        assert password is not None
        store_secret(CALDAV_SERVICE, name, password)
    else:
        password = load_secret(CALDAV_SERVICE, name)
        if password is None:
            raise PlannerError(f"Für {a.user} bei {a.url} ist kein Passwort gespeichert; "
                               "bitte einmal mit --password-stdin aufrufen.")
    client = CalDavClient(a.url, a.user, password)
    with ctx.db.reading() as orm:
        if a.trainer is not None:
            result = publish_trainer(orm, client, a.trainer)
        else:
            result = publish_office(orm, client, a.office)
    ctx.out(f"Veröffentlicht in {result.url}: {result.summary()}.")
    return 0
