"""Access request (DSGVO Art. 15): everything held on one person, as JSON and a readable
.xlsx workbook (one sheet per topic). Both files are readable by the user only."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.audit import entries, entry_dict, record
from planner.errors import PlannerError
from planner.exports.result import ExportResult
from planner.files import atomic_target, safe_file_stem
from planner.gdpr.consent import consent_label
from planner.gdpr.retention import retention_end_for
from planner.models import (
    Attendance,
    Certificate,
    Event,
    InvitationSent,
    Person,
    Registration,
    Session,
    SessionTrainer,
)
from planner.models.enums import (
    ATTENDANCE_STATUS_LABELS_DE,
    FORMAT_LABELS_DE,
    REGISTRATION_STATUS_LABELS_DE,
)
from planner.usecases.lookup import get


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat()


def _label(labels: dict, key: str) -> str:
    return str(labels.get(key, key))


def _person_part(person: Person) -> dict[str, Any]:
    org = person.organisation
    return {
        "id": person.id, "title": person.title, "first_name": person.first_name,
        "last_name": person.last_name, "email": person.email, "phone": person.phone,
        "function": person.function, "roles": person.roles,
        "postal_address": {"street": person.street, "postcode": person.postcode,
                           "city": person.city},
        "message_language": person.language,
        "organisation": None if org is None else {
            "id": org.id, "name": org.name, "kind": org.kind, "city": org.city,
            "federal_state": org.federal_state},
        "created_at": _iso(person.created_at), "anonymised_on": _iso(person.anonymised_on),
    }


def _registrations(orm: OrmSession, person_id: int) -> list[dict[str, Any]]:
    regs = orm.scalars(select(Registration).join(Event).where(
        Registration.person_id == person_id).order_by(Registration.registered_at))
    return [{
        "event_id": r.event_id, "event": r.event.title,
        "format": _label(FORMAT_LABELS_DE, r.event.format),
        "status": _label(REGISTRATION_STATUS_LABELS_DE, r.status),
        "whole_event": r.whole_event,
        "sessions": [f"{s.start:%d.%m.%Y %H:%M} {s.title}".strip() for s in r.booked_sessions()],
        "registered_at": _iso(r.registered_at), "cancelled_at": _iso(r.cancelled_at),
        "cancel_reason": r.cancel_reason,
    } for r in regs]


def _attendance(orm: OrmSession, person_id: int) -> list[dict[str, Any]]:
    rows = orm.scalars(select(Attendance).join(Session).where(
        Attendance.person_id == person_id).order_by(Session.start))
    return [{
        "event": a.session.event.title, "session": a.session.title,
        "start": _iso(a.session.start), "status": _label(ATTENDANCE_STATUS_LABELS_DE, a.status),
        "minutes": a.minutes, "note": a.note, "recorded_at": _iso(a.recorded_at),
    } for a in rows]


def _certificates(orm: OrmSession, person_id: int) -> list[dict[str, Any]]:
    rows = orm.scalars(select(Certificate).where(Certificate.person_id == person_id)
                       .order_by(Certificate.issued_on))
    return [{
        "serial": c.serial, "event": c.event.title, "kind": c.kind,
        "issued_on": _iso(c.issued_on), "units": c.units,
        "attendance_rate": round(c.attendance_rate, 4), "name_printed": c.content.get("name"),
        "override_reason": c.override_reason,
    } for c in rows]


def _teaching(orm: OrmSession, person_id: int) -> list[dict[str, Any]]:
    rows = orm.scalars(select(Session).join(SessionTrainer).where(
        SessionTrainer.person_id == person_id).order_by(Session.start))
    return [{"event": s.event.title, "session": s.title, "start": _iso(s.start)} for s in rows]


def _invitations(orm: OrmSession, person_id: int) -> list[dict[str, Any]]:
    rows = orm.scalars(select(InvitationSent).where(InvitationSent.person_id == person_id))
    result = []
    for row in rows:
        session = orm.get(Session, row.session_id)
        result.append({"session": session.title if session else "", "event":
                       session.event.title if session else "",
                       "status": row.status, "sent_at": _iso(row.sent_at)})
    return result


def _mails(orm: OrmSession, person_id: int) -> list[dict[str, Any]]:
    from planner.models.mail import SentMessage

    rows = orm.scalars(select(SentMessage).where(SentMessage.person_id == person_id)
                       .order_by(SentMessage.at))
    return [{"at": _iso(m.at), "kind": m.kind, "address": m.address, "subject": m.subject,
             "result": m.result} for m in rows]


def _outbox(orm: OrmSession, person_id: int) -> list[dict[str, Any]]:
    """Messages to the person in the Postausgang: waiting, sent, discarded."""
    from planner.models import OutboxMessage

    rows = orm.scalars(select(OutboxMessage).where(OutboxMessage.person_id == person_id)
                       .order_by(OutboxMessage.id))
    return [{"created_at": _iso(m.created_at), "status": m.status, "kind": m.kind,
             "channel": m.channel, "address": m.address, "subject": m.subject,
             "text": m.body, "sent_at": _iso(m.settled_at)} for m in rows]


def person_data(orm: OrmSession, person_id: int) -> dict[str, Any]:
    """Everything stored on the person, as plain JSON-ready data."""
    person = get(orm, Person, person_id)
    return {
        "exported_at": _iso(datetime.now()),
        "person": _person_part(person),
        "consents": {
            "photos": consent_label(person.consent_photos),
            "directory": consent_label(person.consent_directory),
            "date": _iso(person.consent_date),
        },
        "retention_until": _iso(retention_end_for(orm, person)),
        "registrations": _registrations(orm, person_id),
        "attendance": _attendance(orm, person_id),
        "certificates": _certificates(orm, person_id),
        "sessions_as_trainer": _teaching(orm, person_id),
        "invitations_sent": _invitations(orm, person_id),
        "mails_sent": _mails(orm, person_id),
        "outbox_messages": _outbox(orm, person_id),
        "audit_log": [entry_dict(e) for e in entries(orm, person_id=person_id)],
    }


SHEET_TITLES = {
    "person": "Person", "consents": "Einwilligungen", "registrations": "Anmeldungen",
    "attendance": "Anwesenheit", "certificates": "Bescheinigungen",
    "sessions_as_trainer": "Geleitete Termine", "invitations_sent": "Einladungen",
    "mails_sent": "E-Mails", "outbox_messages": "Nachrichten", "audit_log": "Protokoll",
}


def _cell_value(value: Any) -> Any:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v not in (None, ""))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return value


def write_xlsx(data: dict[str, Any], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from planner.exports.xlsx_safe import safe_cell

    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    for key, title in SHEET_TITLES.items():
        ws = wb.create_sheet(title)
        value = data[key] if key != "person" else {**data["person"],
                                                   "retention_until": data["retention_until"]}
        if isinstance(value, dict):
            ws.append([safe_cell("Feld", ws, font=bold), safe_cell("Wert", ws, font=bold)])
            for field, item in value.items():
                ws.append([safe_cell(field, ws), safe_cell(_cell_value(item), ws)])
            widths = [24, 70]
        elif value:
            columns = list(value[0].keys())
            ws.append([safe_cell(c, ws, font=bold) for c in columns])
            for row in value:
                ws.append([safe_cell(_cell_value(row[c]), ws) for c in columns])
            widths = [22] * len(columns)
        else:
            ws.append([safe_cell("Keine Einträge.", ws)])
            widths = [30]
        for index, width in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + index)].width = width
    wb.save(path)


def export_person_data(orm: OrmSession, person_id: int, folder: Path) -> ExportResult:
    """Write Auskunft_<id>.json and .xlsx into `folder` (created if needed); logs the export."""
    from planner.storage.checks import restrict_permissions

    data = person_data(orm, person_id)
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PlannerError(f"Der Ordner {folder} kann nicht angelegt werden: "
                           f"{exc.strerror}.") from exc
    stem = safe_file_stem(f"Auskunft_Person_{person_id}")
    json_path, xlsx_path = folder / f"{stem}.json", folder / f"{stem}.xlsx"
    with atomic_target(json_path) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str),
                       encoding="utf-8")
    with atomic_target(xlsx_path) as tmp:
        write_xlsx(data, tmp)
    for path in (json_path, xlsx_path):
        restrict_permissions(path)
    record(orm, "export", "person", person_id,
           f"Auskunft (Art. 15 DSGVO): {json_path.name}, {xlsx_path.name}")
    return ExportResult(files=[json_path, xlsx_path], count=1)
