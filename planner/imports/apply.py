"""Applying a previewed import in the caller's one transaction, through the use cases."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from sqlalchemy.orm import Session as OrmSession

from planner.errors import PlannerError
from planner.imports.analysis import ERROR, FIX, RowAnalyzer, RowPlan, _org_keys
from planner.imports.errors import ImportFileError
from planner.imports.preview import ImportPreview, iter_rows
from planner.imports.reading import file_digest
from planner.models import ChangeLog, RegistrationStatus
from planner.timezones import to_utc
from planner.usecases.people import add_organisation, add_person, update_person
from planner.usecases.registration import register
from planner.wording import count

log = logging.getLogger(__name__)


@dataclass
class ImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)
    registered: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "Zeile n: reason"
    organisations: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    person_ids: list[int] = field(default_factory=list)

    def lines(self, *, for_log: bool = False) -> list[str]:
        """The report as lines; `for_log`: for the audit log, where the rejected rows'
        values (names, addresses quoted in the reasons) are not stored at all."""
        clean = _without_values if for_log else str
        out = [f"Neu angelegt: {count(len(self.created), 'Person', 'Personen')}",
               f"Vorhandene Personen erkannt: {len(self.updated) + len(self.matched)} "
               f"(davon ergänzt: {len(self.updated)})",
               f"Angemeldet: {len(self.registered)}",
               f"Warteliste: {len(self.waiting)}",
               f"Bereits angemeldet: {len(self.already)}",
               f"Neue Organisationen: {len(self.organisations)}"
               + (f" ({', '.join(self.organisations[:10])})" if self.organisations else ""),
               f"Übersprungen: {len(self.skipped)}"]
        out += [f"  {clean(s)}" for s in self.skipped[:200]]
        if len(self.skipped) > 200:
            out.append(f"  … und {len(self.skipped) - 200} weitere")
        out += [f"Hinweis: {clean(n)}" for n in self.notes[:50]]
        return out


_QUOTED = re.compile(r"„[^“”]*[“”]|\"[^\"]*\"|»[^«]*«|'[^']*'")
_EMAIL = re.compile(r"\S+@\S+")


def _without_values(text: str) -> str:
    """A reason without the values it quotes: "Vorname fehlt („Geheimname“)" becomes
    "Vorname fehlt (…)"; e-mail addresses are removed as well."""
    return _EMAIL.sub("…", _QUOTED.sub("…", text))


def apply_import(orm: OrmSession, preview: ImportPreview, *, valid_only: bool,
                 user: str = "") -> ImportReport:
    """Import the previewed file: all rows (any hard error aborts everything) or only the
    rows without any problem. Raises ImportFileError; the caller's transaction then rolls
    back, so nothing is written."""
    if file_digest(preview.path) != preview.digest:
        raise ImportFileError("Die Datei wurde seit der Vorschau geändert. Bitte die Vorschau "
                              "neu laden.")
    if not valid_only and preview.errors:
        shown = "\n".join(preview.problem_lines((ERROR,), limit=10))
        raise ImportFileError(
            f"{count(preview.errors, 'Zeile hat', 'Zeilen haben')} Fehler; es wurde nichts "
            "importiert. Bitte die "
            f"Datei korrigieren oder „nur gültige Zeilen“ wählen.\n{shown}")
    analyzer = RowAnalyzer(orm, preview.event_id, preview.mapping)
    report = ImportReport()
    created_orgs: dict[str, int] = {}
    for line, row in iter_rows(preview.info):
        plan = analyzer.analyse(line, row)
        reasons = [p.message for p in plan.problems
                   if p.level == ERROR or (valid_only and p.level == FIX)]
        if reasons:
            if not valid_only:
                raise ImportFileError(f"Zeile {line}: {reasons[0]} Es wurde nichts importiert.")
            report.skipped.append(f"Zeile {line}: {' '.join(reasons)}")
            continue
        if plan.duplicate_of is not None:
            report.skipped.append(f"Zeile {line}: doppelt (dieselbe Person wie Zeile "
                                  f"{plan.duplicate_of}).")
            continue
        try:
            with orm.begin_nested():
                _apply_row(orm, preview.event_id, plan, report, created_orgs)
        except PlannerError as exc:
            if not valid_only:
                raise ImportFileError(f"Zeile {line}: {exc.message} Es wurde nichts "
                                      "importiert.") from exc
            report.skipped.append(f"Zeile {line}: {exc.message}")
            continue
        analyzer.bind(plan, report.person_ids[-1])
    orm.add(ChangeLog(user=user, action="import_registrations", entity="event",
                      entity_id=preview.event_id,
                      details="\n".join([f"Datei: {preview.path.name}",
                                         "nur gültige Zeilen" if valid_only else "alle Zeilen"]
                                        + report.lines(for_log=True))))
    orm.flush()
    log.info("Import für Veranstaltung %d: %d Personen neu, %d angemeldet, %d übersprungen",
             preview.event_id, len(report.created), len(report.registered),
             len(report.skipped))
    return report


def _apply_row(orm: OrmSession, event_id: int, plan: RowPlan, report: ImportReport,
               created_orgs: dict[str, int]) -> None:
    org_id = plan.organisation_id
    if plan.organisation and org_id is None and plan.new_organisation:
        keys = _org_keys(plan.organisation)
        org_id = next((created_orgs[k] for k in keys if k in created_orgs), None)
        if org_id is None:
            org_id = add_organisation(orm, name=plan.organisation).value.id
            report.organisations.append(plan.organisation)
            for k in keys:
                created_orgs[k] = org_id
    who = f"Zeile {plan.line}: {plan.full_name}"
    if plan.person_id is None:
        person = add_person(orm, first_name=plan.first_name, last_name=plan.last_name,
                            email=plan.email or None, organisation_id=org_id,
                            function=plan.function, phone=plan.phone, title=plan.title).value
        report.created.append(who)
        person_id = person.id
    else:
        person_id = plan.person_id
        fields: dict[str, object] = {k: v for k, v in plan.fill.items() if k != "organisation"}
        if "organisation" in plan.fill and org_id is not None:
            fields["organisation_id"] = org_id
        if fields:
            update_person(orm, person_id, **fields)  # type: ignore[arg-type]
            report.updated.append(f"{who} (ergänzt: {', '.join(sorted(fields))})")
        else:
            report.matched.append(who)
        report.notes += [f"Zeile {plan.line}: {p.message}" for p in plan.problems
                         if "weicht ab" in p.message]
    report.person_ids.append(person_id)
    if plan.registration == "already":
        report.already.append(who)
        return
    when = to_utc(plan.registered_at).replace(tzinfo=None) if plan.registered_at else None
    session_ids = [s.id for s in plan.sessions] if plan.sessions else None
    outcome = register(orm, event_id, person_id, session_ids, force=True, registered_at=when)
    if outcome.value.status == RegistrationStatus.WAITING:
        report.waiting.append(who)
    else:
        report.registered.append(who)
    report.notes += [f"Zeile {plan.line}: {w.message}" for w in outcome.warnings
                     if w.code not in ("waiting_list",) and w.blocking]
