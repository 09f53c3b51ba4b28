"""Round trip through a real CalDAV server (Radicale on 127.0.0.1, started by the test)."""

from __future__ import annotations

import base64
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import icalendar
import pytest
import vobject

from planner.exports.ical import calendar_resources, export_event_calendar, load_sessions
from planner.models import Session
from planner.usecases.planning import cancel_session, move_session
from tests.factories import make_series

DAV = "{DAV:}"
CALDAV = "{urn:ietf:params:xml:ns:caldav}"
USER = "planer"


@dataclass
class Server:
    base: str
    auth: str

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        req = urllib.request.Request(self.base + path, data=body, method=method)
        req.add_header("Authorization", self.auth)
        for key, value in (headers or {}).items():
            req.add_header(key, value)
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Server]:
    port = free_port()
    storage = tmp_path / "radicale"
    log = (tmp_path / "radicale.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", "",
         "--storage-filesystem-folder", str(storage), "--auth-type", "none",
         "--rights-type", "owner_only", "--server-hosts", f"127.0.0.1:{port}"],
        stdout=log, stderr=subprocess.STDOUT,
    )
    token = base64.b64encode(f"{USER}:egal".encode()).decode()
    server = Server(f"http://127.0.0.1:{port}", f"Basic {token}")
    try:
        deadline = time.monotonic() + 20
        while True:
            if proc.poll() is not None:
                pytest.fail("Radicale did not start: "
                            + (tmp_path / "radicale.log").read_text(errors="replace"))
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("Radicale did not listen in time")
                time.sleep(0.1)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def split_file(data: bytes) -> dict[str, bytes]:
    """Split an exported snapshot into one calendar object per UID (with its VTIMEZONE)."""
    source = icalendar.Calendar.from_ical(data)
    zones = source.walk("VTIMEZONE")
    resources = {}
    for ev in source.walk("VEVENT"):
        cal = icalendar.Calendar()
        cal.add("prodid", str(source["PRODID"]))
        cal.add("version", "2.0")
        for zone in zones:
            cal.add_component(zone)
        cal.add_component(ev)
        resources[str(ev["UID"])] = cal.to_ical()
    return resources


def put_all(server: Server, collection: str, resources: dict[str, bytes]) -> None:
    for uid, body in resources.items():
        status, text = server.request("PUT", f"{collection}{quote(uid, safe='')}.ics", body,
                                      {"Content-Type": "text/calendar; charset=utf-8"})
        assert status in (201, 204), (status, text)


def report_objects(server: Server, collection: str) -> dict[str, str]:
    """calendar-query REPORT: every VEVENT object on the server, href -> calendar-data."""
    body = (b'<?xml version="1.0" encoding="utf-8"?>'
            b'<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
            b'<D:prop><D:getetag/><C:calendar-data/></D:prop>'
            b'<C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/>'
            b'</C:comp-filter></C:filter></C:calendar-query>')
    status, text = server.request("REPORT", collection, body,
                                  {"Depth": "1", "Content-Type": "application/xml"})
    assert status == 207, (status, text)
    found = {}
    for response in ET.fromstring(text).iter(f"{DAV}response"):
        href = response.findtext(f"{DAV}href")
        data = response.findtext(f".//{CALDAV}calendar-data")
        if href and data:
            found[href] = data
    return found


def propfind_hrefs(server: Server, collection: str) -> list[str]:
    status, text = server.request(
        "PROPFIND", collection,
        b'<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><D:getetag/></D:prop>'
        b'</D:propfind>', {"Depth": "1", "Content-Type": "application/xml"})
    assert status == 207, (status, text)
    return [h.text for h in ET.fromstring(text).iter(f"{DAV}href")
            if h.text and h.text.rstrip("/") != collection.rstrip("/")]


def test_caldav_round_trip_updates_instead_of_duplicating(db, radicale, tmp_path):
    series = make_series(db, persons=2)
    collection = f"/{USER}/transferplaner/"
    assert radicale.request("PROPFIND", f"/{USER}/", None, {"Depth": "0"})[0] == 207
    status, text = radicale.request("MKCALENDAR", collection)
    assert status == 201, (status, text)

    with db.reading() as orm:
        export_event_calendar(orm, series.event_id, tmp_path / "v1.ics")
    first = split_file((tmp_path / "v1.ics").read_bytes())
    assert len(first) == 6
    put_all(radicale, collection, first)
    assert len(report_objects(radicale, collection)) == 6

    moved_id, cancelled_id = series.session_ids[2], series.session_ids[4]
    with db.transaction() as orm:
        moved_uid = orm.get(Session, moved_id).uid
        cancelled_uid = orm.get(Session, cancelled_id).uid
        old_seq = orm.get(Session, moved_id).sequence
        move_session(orm, moved_id, datetime(2027, 3, 18, 13, 0), datetime(2027, 3, 18, 17, 0),
                     force=True)
        cancel_session(orm, cancelled_id, "Raum nicht verfügbar")
    with db.reading() as orm:
        export_event_calendar(orm, series.event_id, tmp_path / "v2.ics")
        # the same objects built for publishing directly (no METHOD, one per UID)
        direct = calendar_resources(load_sessions(orm, Session.event_id == series.event_id))
    second = split_file((tmp_path / "v2.ics").read_bytes())
    assert set(second) == set(first) == set(direct)
    assert not any(b"METHOD" in body for body in direct.values())
    put_all(radicale, collection, second)

    objects = report_objects(radicale, collection)
    assert len(objects) == 6, "an update must replace the event, not add a second one"
    assert len(propfind_hrefs(radicale, collection)) == 6
    by_uid: dict[str, list] = {}
    for data in objects.values():
        vcal = vobject.readOne(data)
        for ev in vcal.vevent_list:
            by_uid.setdefault(ev.uid.value, []).append(ev)
    assert all(len(evs) == 1 for evs in by_uid.values()) and len(by_uid) == 6
    moved = by_uid[moved_uid][0]
    assert moved.dtstart.value.astimezone(UTC) == datetime(2027, 3, 18, 12, 0, tzinfo=UTC)
    assert int(moved.sequence.value) > old_seq
    assert by_uid[cancelled_uid][0].status.value == "CANCELLED"

    status, body = radicale.request("GET", f"{collection}{quote(moved_uid, safe='')}.ics")
    assert status == 200
    got = icalendar.Calendar.from_ical(body)
    ev, = got.walk("VEVENT")
    assert int(ev["SEQUENCE"]) > old_seq and len(got.walk("VTIMEZONE")) == 1

    # A third round with the directly built objects: still one object per UID.
    put_all(radicale, collection, direct)
    assert len(report_objects(radicale, collection)) == 6
    # The server itself refuses a second object carrying an existing UID.
    status, _ = radicale.request("PUT", f"{collection}duplicate.ics", direct[moved_uid],
                                 {"Content-Type": "text/calendar; charset=utf-8"})
    assert status >= 400
    assert len(report_objects(radicale, collection)) == 6
