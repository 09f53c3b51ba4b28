"""Templates: safe substitution, defaults, editing through the settings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planner.mail.templates import DEFAULTS, KINDS, fill, get_template, save_template


def test_known_placeholders_are_filled_and_unknown_ones_stay_visible():
    text = fill("{anrede}, {vorname} {nachname}: {gibtsnicht} {0} {} {vorname!r}",
                {"anrede": "Guten Tag", "vorname": "Jürgen", "nachname": "Groß"})
    assert text == "Guten Tag, Jürgen Groß: {gibtsnicht} {0} {} {vorname!r}"


def test_values_are_never_substituted_again():
    hostile = "{nachname} {0.__class__} {absender:>999}"
    assert fill("{vorname}/{nachname}", {"vorname": hostile, "nachname": "X"}) == (
        f"{hostile}/X")


@given(st.text(), st.dictionaries(st.from_regex(r"[a-z]{1,8}", fullmatch=True), st.text()))
def test_fill_never_raises_and_leaves_text_without_braces_alone(template, values):
    result = fill(template, values)
    if "{" not in template:
        assert result == template


def test_defaults_can_be_edited_and_header_lines_stay_single(db):
    with db.transaction() as orm:
        assert {get_template(orm, k).subject for k in KINDS} == {DEFAULTS[k][0] for k in KINDS}
        save_template(orm, "invitation", "Einladung\r\nBcc: x@example.org {termin}", "Hallo")
    with db.reading() as orm:
        t = get_template(orm, "invitation")
    subject, body = t.render({"termin": "Modul 1\nBcc: y@example.org"})
    assert "\n" not in subject and "\r" not in subject
    assert subject == "Einladung Bcc: x@example.org Modul 1 Bcc: y@example.org"
    assert body == "Hallo"


def test_quoted_placeholder_keeps_a_title_s_own_quotation_marks_once():
    text = "Teilnahme an „{veranstaltung}“ ({datum}); English: “{veranstaltung}”."
    quoted = fill(text, {"veranstaltung": "Fachtagung „Vom Bericht zur Strategie“ 2026",
                         "datum": "11.03.2026"})
    assert quoted == ("Teilnahme an Fachtagung „Vom Bericht zur Strategie“ 2026 (11.03.2026); "
                      "English: Fachtagung „Vom Bericht zur Strategie“ 2026.")
    plain = fill(text, {"veranstaltung": "Netzwerk on Tour 2026", "datum": "1.1."})
    assert plain == "Teilnahme an „Netzwerk on Tour 2026“ (1.1.); English: “Netzwerk on Tour 2026”."
    assert fill("„{unbekannt}“", {}) == "„{unbekannt}“"
