"""Very long names shrink or wrap on certificates and signature lists; no text runs off the
page or over other text (issue 15). Read back with poppler's `pdftotext -bbox`."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from planner.certificates import issue_certificates
from planner.exports.signature_list import export_signature_list
from planner.models import Person
from planner.usecases.attendance import record_all_registered
from tests.factories import make_series

FIRST = "Maximiliane-Konstanze Friederike Wilhelmine Charlotte"
LAST = "von Hohenzollern-Sigmaringen-Wittelsbach-Schwarzenberg-Lichtenstein-Oettingen"
WORD = re.compile(r'<page width="([\d.]+)" height="([\d.]+)"|<word xMin="([\d.]+)" '
                  r'yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def boxes(pdf: Path) -> list[tuple[int, float, float, float, float, float, float, str]]:
    """(page, page width, page height, x0, y0, x1, y1, text) of every word."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    found = []
    page, width, height = 0, 0.0, 0.0
    for m in WORD.finditer(out):
        if m.group(1):
            page, width, height = page + 1, float(m.group(1)), float(m.group(2))
        else:
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(3, 7))
            found.append((page, width, height, x0, y0, x1, y1, m.group(7)))
    return found


def assert_laid_out(pdf: Path) -> None:
    words = boxes(pdf)
    for _page, width, height, x0, y0, x1, y1, text in words:
        assert 0 <= x0 and x1 <= width and 0 <= y0 and y1 <= height, f"off the page: {text}"
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            if a[0] != b[0]:
                continue
            overlap_x = min(a[5], b[5]) - max(a[3], b[3])
            overlap_y = min(a[6], b[6]) - max(a[4], b[4])
            assert overlap_x <= 0.5 or overlap_y <= 0.5, f"„{a[7]}“ over „{b[7]}“"


@pytest.fixture
def long_named(db):
    fx = make_series(db, persons=2)
    with db.transaction() as orm:
        person = orm.get(Person, fx.person_ids[0])
        person.first_name, person.last_name = FIRST, LAST
        for sid in fx.session_ids:
            record_all_registered(orm, sid, "present")
    return fx


def test_a_very_long_name_stays_inside_its_row_on_the_signature_list(db, long_named,
                                                                     tmp_path):
    with db.transaction() as orm:
        export_signature_list(orm, long_named.session_ids[0], tmp_path / "liste.pdf")
    assert_laid_out(tmp_path / "liste.pdf")
    text = " ".join(w[7] for w in boxes(tmp_path / "liste.pdf"))
    assert "Charlotte" in text and "Oettingen" in text  # shrunk, not cut


def test_a_very_long_name_shrinks_and_wraps_on_the_certificate(db, long_named, tmp_path):
    with db.transaction() as orm:
        result = issue_certificates(orm, long_named.event_id, tmp_path / "pdf",
                                    person_ids=[long_named.person_ids[0]])
    assert_laid_out(result.files[0])
    text = " ".join(w[7] for w in boxes(result.files[0]))
    assert "Charlotte" in text and "Oettingen" in text
