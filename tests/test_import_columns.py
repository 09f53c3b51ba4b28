"""Column matching: property-based (hypothesis) and the tricky layouts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.imports.columns import _SYNONYMS, FIELDS, field_for, heading_key, match_columns
from planner.imports.values import SessionChoice, parse_modules, split_name

KNOWN = [(word, f) for f, words in _SYNONYMS.items() for word in words]
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def _variants(word: str) -> st.SearchStrategy[str]:
    """Case, surrounding/inner whitespace, umlaut transliteration and a required-marker."""
    spelled = "".join(UMLAUTS.get(ch, ch) for ch in word)
    base = st.sampled_from([word, spelled, word.upper(), word.lower(), spelled.upper()])
    return st.tuples(base, st.sampled_from(["", " ", "  ", "\t"]),
                     st.sampled_from(["", " ", "*", " *", ":"])).map(
        lambda t: f"{t[1]}{t[0]}{t[2]}")


@settings(max_examples=300)
@given(st.sampled_from(KNOWN).flatmap(lambda kw: st.tuples(_variants(kw[0]), st.just(kw[1]))))
def test_heading_variants_map_to_the_same_field(pair):
    heading, wanted = pair
    assert field_for(heading) == wanted


@settings(max_examples=200)
@given(st.permutations(["Nachname", "Vorname", "E-Mail", "Kommune", "Funktion", "Telefon",
                        "Module", "Anmeldedatum", "Bemerkung"]))
def test_permuted_columns_keep_their_fields(headers):
    mapping = match_columns(headers)
    got = {headers[i]: f for i, f in mapping.items()}
    assert got["Nachname"] == "last_name" and got["Vorname"] == "first_name"
    assert got["E-Mail"] == "email" and got["Kommune"] == "organisation"
    assert got["Module"] == "modules" and got["Anmeldedatum"] == "registered_at"
    assert got["Bemerkung"] is None


KNOWN_KEYS = {heading_key(w) for w, _f in KNOWN}


@settings(max_examples=500)
@given(st.text(min_size=0, max_size=30))
def test_unknown_headings_never_map(text):
    if heading_key(text) in KNOWN_KEYS:
        return
    assert field_for(text) is None
    assert set(match_columns([text]).values()) == {None}


def test_each_field_once_and_name_beside_vorname_is_the_last_name():
    mapping = match_columns(["Name", "Vorname", "Stadt", "Kommune", "Mail"])
    assert mapping == {0: "last_name", 1: "first_name", 2: "organisation", 3: None, 4: "email"}
    assert match_columns(["Name", "E-Mail"])[0] == "name"
    assert set(FIELDS) >= {f for f in match_columns(["Vor- und Nachname"]).values() if f}


def test_split_name_layouts():
    assert split_name("Müller, Jürgen") == split_name("Jürgen Müller")
    s = split_name("Dr. Anna Maria von der Heide")
    assert (s.title, s.first_name, s.last_name) == ("Dr.", "Anna Maria", "von der Heide")
    s = split_name("Schmidt, Prof. Dr. Karl")
    assert (s.title, s.first_name, s.last_name) == ("Prof. Dr.", "Karl", "Schmidt")
    assert split_name("Einzelname").first_name == ""


def test_module_lists():
    sessions = [SessionChoice(10 + n, n, f"Modul {n}", False) for n in range(1, 7)]
    pos = lambda text: [s.position for s in parse_modules(text, sessions) or []]  # noqa: E731
    assert pos("1, 3, 5") == [1, 3, 5]
    assert pos("Modul 1; Modul 3") == [1, 3]
    assert pos("M2 und 4") == [2, 4]
    assert pos("modul 6 / 6") == [6]
    assert parse_modules("alle", sessions) is None
    assert parse_modules("", sessions) is None
