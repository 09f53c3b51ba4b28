"""`dossier save EVENT` and `agreement save`: the results of an analysis process, and
cooperation agreements of a municipality."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from planner.cli.context import CommandContext, parse_date
from planner.cli.parsing import add_json_option, command_group, is_clear_word
from planner.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

FORMATS = ["training_series", "network_group", "conference", "coaching", "analysis"]
STATUSES = ["draft", "signed", "running", "ended"]


def register(sub: argparse._SubParsersAction) -> None:
    dossier = command_group(sub, "dossier", "Dossier einer Klärung und Analyse")
    save = dossier.add_parser(
        "save", help="Dossier speichern (nicht angegebene Teile bleiben, wie sie sind)")
    save.add_argument("event_id", type=int, metavar="EVENT")
    save.add_argument("--from", dest="plan", metavar="FILE",
                      help="Texte aus einer .toml/.json-Datei (starting_situation, "
                           "fields_of_action, work_packages, completed_on)")
    save.add_argument("--starting-situation", metavar="TEXT", help="Ausgangslage")
    save.add_argument("--fields-of-action", metavar="TEXT", help="Handlungsfelder")
    save.add_argument("--work-packages", metavar="TEXT", help="Arbeitspakete")
    save.add_argument("--completed-on", metavar="DATUM|none", help="abgeschlossen am")
    add_json_option(save, saving=True)
    save.set_defaults(handler=cmd_dossier_save)

    agreement = command_group(sub, "agreements", "Kooperationsvereinbarungen",
                              aliases=["agreement"])
    save = agreement.add_parser(
        "save", help="Kooperationsvereinbarung anlegen oder ändern",
        description="--event: die Vereinbarung, mit der eine Klärung und Analyse endet "
                    "(beim ersten Mal angelegt); --municipality: eine neue Vereinbarung "
                    "einer Kommune; --agreement: eine bestehende ändern. Nicht angegebene "
                    "Angaben bleiben, wie sie sind.")
    which = save.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", type=int, metavar="ID")
    which.add_argument("--municipality", type=int, metavar="ID")
    which.add_argument("--agreement", type=int, metavar="ID")
    save.add_argument("--from", dest="plan", metavar="FILE",
                      help="Angaben aus einer .toml/.json-Datei")
    save.add_argument("--goal", action="append", metavar="TEXT",
                      help="ein Ziel (mehrfach angeben; ersetzt die bisherigen)")
    save.add_argument("--formats", metavar="FORMAT,…",
                      help=f"vereinbarte Formate ({', '.join(FORMATS)})")
    save.add_argument("--start", metavar="DATUM|none")
    save.add_argument("--end", metavar="DATUM|none")
    save.add_argument("--status", choices=STATUSES)
    save.add_argument("--signed-on", metavar="DATUM|none")
    save.add_argument("--notes", metavar="TEXT")
    save.add_argument("--office", metavar="STANDORT", help="für --municipality")
    add_json_option(save, saving=True)
    save.set_defaults(handler=cmd_agreement_save)


def _date(text: str | None) -> Any:
    return None if text is None or is_clear_word(text) else parse_date(text)


def _from_file(path: str | None, model: Any) -> dict[str, Any]:
    if path is None:
        return {}
    from planner.plans.load import read_document

    document, _ = read_document(path, model)
    return dict(document.model_dump(exclude_unset=True))


def cmd_dossier_save(ctx: CommandContext) -> int:
    from planner.plans.documents import DossierModel
    from planner.usecases.partial_edits import change_dossier

    a = ctx.args
    changes = _from_file(a.plan, DossierModel)
    for name in ("starting_situation", "fields_of_action", "work_packages"):
        if getattr(a, name) is not None:
            changes[name] = getattr(a, name)
    if a.completed_on is not None:
        changes["completed_on"] = _date(a.completed_on)
    if not changes:
        raise ValidationError("Nichts zu speichern: bitte --from oder mindestens einen Teil "
                              "angeben.")

    def _change(orm: OrmSession) -> Any:
        outcome = change_dossier(orm, a.event_id, **changes)
        dossier_id = outcome.value.id
        return outcome, dossier_id

    outcome, dossier_id = ctx.write(_change)
    return ctx.saved(f"Dossier von Veranstaltung {a.event_id} gespeichert.", ident=dossier_id,
                     outcome=outcome, event_id=a.event_id)


def _agreement_changes(ctx: CommandContext) -> dict[str, Any]:
    from planner.plans.documents import AgreementModel

    a = ctx.args
    changes = _from_file(a.plan, AgreementModel)
    if a.goal is not None:
        changes["goals"] = a.goal
    if a.formats is not None:
        changes["agreed_formats"] = [f.strip() for f in a.formats.split(",") if f.strip()]
    for option, name in (("start", "start_date"), ("end", "end_date"),
                         ("signed_on", "signed_on")):
        if getattr(a, option) is not None:
            changes[name] = _date(getattr(a, option))
    if a.status is not None:
        changes["status"] = a.status
    if a.notes is not None:
        changes["notes"] = a.notes
    return changes


def cmd_agreement_save(ctx: CommandContext) -> int:
    from planner.usecases import partial_edits

    a = ctx.args
    changes = _agreement_changes(ctx)
    if a.office is not None and a.municipality is None:
        raise ValidationError("--office gilt nur für eine neue Vereinbarung (--municipality).")

    def _change(orm: OrmSession) -> Any:
        if a.event is not None:
            outcome = partial_edits.change_event_agreement(orm, a.event, **changes)
        elif a.agreement is not None:
            if not changes:
                raise ValidationError("Nichts zu ändern: bitte mindestens eine Angabe machen.")
            outcome = partial_edits.change_agreement(orm, a.agreement, **changes)
        else:
            outcome = partial_edits.new_agreement(orm, a.municipality, office=a.office,
                                                  **changes)
        agreement_id = outcome.value.id
        return outcome, agreement_id

    outcome, agreement_id = ctx.write(_change)
    return ctx.saved(f"Kooperationsvereinbarung {agreement_id} gespeichert.",
                     ident=agreement_id, outcome=outcome)
