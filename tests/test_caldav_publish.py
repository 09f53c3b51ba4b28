"""Publishing to a real CalDAV server (Radicale on 127.0.0.1): publish, change, publish
again, and the server holds one updated event per session, not two."""

from __future__ import annotations

import base64
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

import pytest
import vobject

from planner.errors import PlannerError
from planner.mail.caldav import CalDavClient, publish_office, publish_trainer
from planner.models import Session
from planner.usecases.planning import cancel_session, edit_session, move_session
from tests.factories import make_series
from tests.mail_support import memory_keyring
from tests.radicale_server import RadicaleServer, radicale_server

USER, PASSWORD = "planerin", "Kalender-Pässwort"
DAV = "{DAV:}"
CALDAV = "{urn:ietf:params:xml:ns:caldav}"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RadicaleServer]:
    with radicale_server(tmp_path / "radicale", {USER: PASSWORD}) as srv:
        yield srv


def objects(server: RadicaleServer, collection: str) -> dict[str, str]:
    """Every calendar object on the server (calendar-query REPORT), href -> data."""
    body = (b'<?xml version="1.0" encoding="utf-8"?>'
            b'<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
            b'<D:prop><D:getetag/><C:calendar-data/></D:prop>'
            b'<C:filter><C:comp-filter name="VCALENDAR"/></C:filter></C:calendar-query>')
    req = urllib.request.Request(server.base + collection, data=body, method="REPORT")
    token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    req.add_header("Authorization", f"Basic {token}")
    req.add_header("Depth", "1")
    req.add_header("Content-Type", "application/xml")
    with urllib.request.urlopen(req, timeout=10) as resp:
        assert resp.status == 207
        text = resp.read()
    return {r.findtext(f"{DAV}href") or "": r.findtext(f".//{CALDAV}calendar-data") or ""
            for r in ET.fromstring(text).iter(f"{DAV}response")
            if r.findtext(f".//{CALDAV}calendar-data")}


def events_by_uid(found: dict[str, str]) -> dict[str, list]:
    by_uid: dict[str, list] = {}
    for data in found.values():
        for ev in vobject.readOne(data).vevent_list:
            by_uid.setdefault(ev.uid.value, []).append(ev)
    return by_uid


def test_publish_change_publish_again_keeps_one_event_per_session(db, server):
    fx = make_series(db, persons=1)
    collection = f"/{USER}/referentin/"
    client = CalDavClient(server.base + collection, USER, PASSWORD)
    with db.reading() as orm:
        first = publish_trainer(orm, client, fx.trainer_id)
        uids = {sid: orm.get(Session, sid).uid for sid in fx.session_ids}
    assert first.collection_created and (first.created, first.updated) == (6, 0)
    assert set(events_by_uid(objects(server, collection))) == set(uids.values())

    moved, cancelled, renamed = fx.session_ids[1], fx.session_ids[3], fx.session_ids[5]
    with db.transaction() as orm:
        s = orm.get(Session, moved)
        old_sequence = s.sequence
        move_session(orm, moved, datetime(2027, 3, 10, 13, 0), datetime(2027, 3, 10, 17, 0),
                     force=True)
        cancel_session(orm, cancelled, "Raum nicht verfügbar")
        edit_session(orm, renamed, title="Modul 6: Abschluss und Ausblick", force=True)
    with db.reading() as orm:
        second = publish_trainer(orm, client, fx.trainer_id)
    assert not second.collection_created and (second.created, second.updated) == (0, 6)

    found = objects(server, collection)
    assert len(found) == 6, "an update must replace the resource, not add a second one"
    by_uid = events_by_uid(found)
    assert len(by_uid) == 6 and all(len(evs) == 1 for evs in by_uid.values())
    ev = by_uid[uids[moved]][0]
    assert ev.dtstart.value.astimezone(UTC) == datetime(2027, 3, 10, 12, 0, tzinfo=UTC)
    assert int(ev.sequence.value) > old_sequence
    assert by_uid[uids[cancelled]][0].status.value == "CANCELLED"
    assert "Abschluss und Ausblick" in by_uid[uids[renamed]][0].summary.value
    assert all(href.endswith(".ics") and unquote(href.rsplit("/", 1)[1][:-4]) in uids.values()
               for href in found)


def test_office_calendar_and_wrong_password(db, server):
    fx = make_series(db, persons=1)
    url = f"{server.base}/{USER}/standort-berlin"
    with db.reading() as orm:
        result = publish_office(orm, CalDavClient(url, USER, PASSWORD), "berlin")
        assert result.created == 6
        again = publish_office(orm, CalDavClient(url, USER, PASSWORD), "berlin")
        assert again.updated == 6 and again.created == 0
        with pytest.raises(PlannerError, match="Anmeldung abgelehnt"):
            publish_office(orm, CalDavClient(url, USER, "falsch"), "berlin")
    assert len(objects(server, f"/{USER}/standort-berlin/")) == len(fx.session_ids)


def test_unreachable_server_is_a_german_error(db):
    make_series(db, persons=1)
    with db.reading() as orm, pytest.raises(PlannerError, match="nicht erreichbar"):
        publish_office(orm, CalDavClient("http://127.0.0.1:9/kal/", USER, PASSWORD, timeout=2),
                       "berlin")


def test_cli_publish_takes_the_password_from_stdin_into_the_keyring(db_path, server, monkeypatch,
                                                                    capsys):
    import io

    from planner.cli.main import main
    from planner.storage.database import Database

    db = Database.open(db_path)
    fx = make_series(db, persons=1)
    db.close()
    url = f"{server.base}/{USER}/cli/"
    with memory_keyring() as backend:
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        rc = main(["--db", str(db_path), "caldav", "publish", "--url", url, "--user", USER,
                   "--trainer", str(fx.trainer_id), "--password-stdin"])
        assert rc == 0, capsys.readouterr().err
        assert PASSWORD in backend.store.values()
        # Second run: no password given, it comes from the keyring.
        rc = main(["--db", str(db_path), "caldav", "publish", "--url", url, "--user", USER,
                   "--trainer", str(fx.trainer_id)])
        assert rc == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "6 aktualisiert" in out
    assert PASSWORD.encode() not in db_path.read_bytes()
    assert len(objects(server, f"/{USER}/cli/")) == 6



def test_a_session_the_trainer_no_longer_teaches_is_marked_cancelled_not_deleted(db, server):
    fx = make_series(db, persons=1)
    url = f"{server.base}/{USER}/abgegeben/"
    client = CalDavClient(url, USER, PASSWORD)
    with db.reading() as orm:
        publish_trainer(orm, client, fx.trainer_id)
    handed_over = fx.session_ids[0]
    with db.transaction() as orm:
        uid = orm.get(Session, handed_over).uid
        edit_session(orm, handed_over, trainer_ids=[], force=True)
    with db.reading() as orm:
        result = publish_trainer(orm, client, fx.trainer_id)
    assert (result.updated, result.cancelled_leftovers) == (5, 1)
    by_uid = events_by_uid(objects(server, f"/{USER}/abgegeben/"))
    assert len(by_uid) == 6
    assert by_uid[uid][0].status.value == "CANCELLED"
    assert {evs[0].status.value for u, evs in by_uid.items() if u != uid} == {"CONFIRMED"}
