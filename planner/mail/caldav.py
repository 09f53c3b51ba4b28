"""Publish trainer and office calendars to a CalDAV server (Nextcloud, Radicale …).

Each session is its own resource `<UID>.ics` in the collection, so a changed session
replaces its resource instead of adding a second one. PUT carries If-None-Match: * for new
resources and If-Match: <ETag> for known ones; nothing is ever deleted: cancelled sessions
(and sessions a trainer no longer teaches) are published with STATUS:CANCELLED.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urljoin, urlsplit

from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from planner.errors import PlannerError
from planner.exports.ical_events import calendar_resources, load_sessions, taught_session_ids
from planner.models import Event, Person, Session
from planner.usecases.lookup import get, office_by_key
from planner.wording import count

DAV = "{DAV:}"
PROPFIND_BODY = (b'<?xml version="1.0" encoding="utf-8"?>'
                 b'<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/>'
                 b'</d:prop></d:propfind>')


@dataclass
class PublishResult:
    url: str
    created: int = 0
    updated: int = 0
    cancelled_leftovers: int = 0
    collection_created: bool = False
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"{count(self.created, 'Termin', 'Termine')} neu, {self.updated} aktualisiert"
                + (f", {self.cancelled_leftovers} als abgesagt markiert"
                   if self.cancelled_leftovers else ""))
        if self.collection_created:
            text += " (Kalender angelegt)"
        return text


class CalDavClient:
    def __init__(self, url: str, user: str, password: str, *, timeout: float = 30.0) -> None:
        if urlsplit(url).scheme not in ("http", "https"):
            raise PlannerError(f"„{url}“ ist keine http(s)-Adresse eines Kalenders.")
        self.url = url if url.endswith("/") else url + "/"
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        self.auth = f"Basic {token}"
        self.timeout = timeout

    def request(self, method: str, url: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        req = urllib.request.Request(url, data=body, method=method)
        req.add_header("Authorization", self.auth)
        for key, value in (headers or {}).items():
            req.add_header(key, value)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310
                return resp.status, dict(resp.headers.items()), resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers.items()), exc.read()
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise PlannerError(f"Der Kalenderserver {urlsplit(url).netloc} ist nicht "
                               f"erreichbar ({reason}).") from exc

    def _check_auth(self, status: int) -> None:
        if status in (401, 403):
            raise PlannerError("Der Kalenderserver hat die Anmeldung abgelehnt "
                               f"(HTTP {status}). Bitte Benutzer und Passwort prüfen.")

    def etags(self) -> dict[str, str] | None:
        """href -> ETag of every object in the collection; None if it does not exist."""
        status, _h, body = self.request("PROPFIND", self.url, PROPFIND_BODY,
                                        {"Depth": "1", "Content-Type": "application/xml"})
        self._check_auth(status)
        if status == 404:
            return None
        if status != 207:
            raise PlannerError(f"Der Kalender {self.url} kann nicht gelesen werden "
                               f"(HTTP {status}).")
        found: dict[str, str] = {}
        for resp in ET.fromstring(body).iter(f"{DAV}response"):
            href = resp.findtext(f"{DAV}href") or ""
            etag = resp.findtext(f".//{DAV}getetag")
            full = urljoin(self.url, href)
            if etag and full.rstrip("/") != self.url.rstrip("/"):
                found[full] = etag
        return found

    def make_calendar(self, name: str) -> None:
        body = ('<?xml version="1.0" encoding="utf-8"?>'
                '<c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
                '<d:set><d:prop><d:displayname></d:displayname>'
                '<c:supported-calendar-component-set><c:comp name="VEVENT"/>'
                '</c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>')
        root = ET.fromstring(body)
        node = root.find(f".//{DAV}displayname")
        assert node is not None
        node.text = name
        status, _h, text = self.request("MKCALENDAR", self.url, ET.tostring(root, "utf-8"),
                                        {"Content-Type": "application/xml; charset=utf-8"})
        self._check_auth(status)
        if status not in (200, 201):
            raise PlannerError(f"Der Kalender {self.url} kann nicht angelegt werden "
                               f"(HTTP {status}).")

    def href_for(self, uid: str) -> str:
        return self.url + quote(uid, safe="") + ".ics"

    def put(self, href: str, data: bytes, etag: str | None) -> tuple[int, str]:
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if etag:
            headers["If-Match"] = etag
        else:
            headers["If-None-Match"] = "*"
        status, resp_headers, _body = self.request("PUT", href, data, headers)
        self._check_auth(status)
        return status, resp_headers.get("ETag", "")

    def current_etag(self, href: str) -> str | None:
        status, headers, _body = self.request("HEAD", href)
        return headers.get("ETag") if status == 200 else None


def _mark_cancelled(data: bytes) -> bytes:
    cal = Calendar.from_ical(data)
    for ev in cal.walk("VEVENT"):
        ev.pop("STATUS", None)
        ev.add("status", "CANCELLED")
    return cal.to_ical()


def publish_sessions(client: CalDavClient, sessions: list[Session], *, name: str,
                     leftovers: list[Session] | None = None) -> PublishResult:
    """PUT every session; `leftovers` (found on the server, no longer in this calendar)
    are published as cancelled."""
    result = PublishResult(client.url)
    known = client.etags()
    if known is None:
        client.make_calendar(name)
        result.collection_created = True
        known = {}
    resources = calendar_resources(sessions)
    extra = calendar_resources(leftovers or [])
    jobs = [(uid, data, False) for uid, data in resources.items()]
    jobs += [(uid, _mark_cancelled(data), True) for uid, data in extra.items()]
    for uid, data, leftover in jobs:
        href = client.href_for(uid)
        etag = known.get(href)
        status, _new = client.put(href, data, etag)
        if status == 412:  # changed or created by someone else meanwhile: we are the source
            status, _new = client.put(href, data, client.current_etag(href))
        if status not in (200, 201, 204):
            result.errors.append(f"{uid}: HTTP {status}")
            continue
        if leftover:
            result.cancelled_leftovers += 1
        elif etag:
            result.updated += 1
        else:
            result.created += 1
    if result.errors:
        raise PlannerError(f"{count(len(result.errors), 'Termin konnte', 'Termine konnten')} "
                           "nicht veröffentlicht werden: "
                           + "; ".join(result.errors[:5]))
    return result


def _uids_on_server(client: CalDavClient) -> set[str]:
    known = client.etags() or {}
    uids = set()
    for href in known:
        last = unquote(href.rstrip("/").rsplit("/", 1)[-1])
        if last.endswith(".ics"):
            uids.add(last[:-4])
    return uids


def publish_trainer(orm: OrmSession, client: CalDavClient, person_id: int) -> PublishResult:
    person = get(orm, Person, person_id)
    sessions = load_sessions(orm, Session.id.in_(taught_session_ids(orm, person.id)))
    current = {s.uid for s in sessions}
    stale = _uids_on_server(client) - current
    leftovers = load_sessions(orm, Session.uid.in_(stale)) if stale else []
    return publish_sessions(client, sessions, name=f"Termine {person.full_name}",
                            leftovers=leftovers)


def publish_office(orm: OrmSession, client: CalDavClient, office: int | str) -> PublishResult:
    found = office_by_key(orm, office)
    sessions = load_sessions(
        orm, Session.event_id.in_(select(Event.id).where(Event.office_id == found.id)))
    return publish_sessions(client, sessions, name=found.name)


def record_publish(orm: OrmSession, result: PublishResult, *, url: str, person_id: int | None,
                   office_id: int | None) -> None:
    """Audit a publication: the names of trainers left the house (in the session texts)."""
    from planner.audit import record

    total = result.created + result.updated + result.cancelled_leftovers
    record(orm, "export", "person" if person_id is not None else "office",
           person_id if person_id is not None else office_id,
           f"CalDAV: {count(total, 'Termin', 'Termine')} nach {urlsplit(url).netloc}")
