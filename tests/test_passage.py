"""The showcase encoding, tei/passage.xml: fidelity to the source and internal integrity (issue 2)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from toolkit.readingtext import reading_text
from toolkit.tei import XML_ID, xpath

from .conftest import PASSAGE_SOURCE

#: The source's endnote calls: 71–80, glued to the end of a sentence ("invincible.71", "shot’.74").
ENDNOTE_CALL = re.compile(r"(?<=[.,;:!?’”])(7[1-9]|80)(?=\s|$)")


def source_without_calls() -> tuple[str, list[str]]:
    text = PASSAGE_SOURCE.read_text(encoding="utf-8")
    calls = ENDNOTE_CALL.findall(text)
    return " ".join(ENDNOTE_CALL.sub("", text).split()), calls


def test_source_has_the_ten_endnote_calls():
    _, calls = source_without_calls()
    assert calls == [str(n) for n in range(71, 81)]


def test_reading_text_equals_source_word_for_word(passage_root):
    expected, _ = source_without_calls()
    actual = reading_text(passage_root)
    if actual != expected:  # show the first difference, not two 9,000-character strings
        a, e = actual.split(), expected.split()
        i = next((i for i, (x, y) in enumerate(zip(a, e, strict=False)) if x != y), min(len(a), len(e)))
        pytest.fail(f"first difference at word {i}: encoded {a[i:i + 8]!r} vs source {e[i:i + 8]!r}")


def test_reading_text_has_no_stray_endnote_digits(passage_root):
    assert not ENDNOTE_CALL.search(reading_text(passage_root))


def test_every_endnote_call_survives_as_a_source_note_in_order(passage_root):
    numbers = xpath(passage_root, "//tei:text//tei:note[@type = 'source']/@n")
    assert numbers == [str(n) for n in range(71, 81)]


def test_editorial_notes_are_attributed_and_at_least_eight(passage_root):
    notes = xpath(passage_root, "//tei:text//tei:note[@type = 'editorial']")
    assert len(notes) >= 8
    for note in notes:
        assert note.get("resp", "").startswith("#"), note.sourceline
        assert len(" ".join("".join(note.itertext()).split())) > 40, note.sourceline


def test_xml_ids_are_unique(passage_root):
    ids = Counter(passage_root.xpath("//@xml:id"))
    assert [i for i, n in ids.items() if n > 1] == []


def test_every_pointer_resolves(passage_root):
    ids = set(passage_root.xpath("//@xml:id"))
    pointers = [
        (attr.getparent().sourceline, token)
        for attr in passage_root.xpath("//@ref | //@target | //@resp | //@who | //@corresp")
        for token in attr.split()
        if token.startswith("#")
    ]
    assert pointers, "the edition points at its registers"
    assert [(line, p) for line, p in pointers if p[1:] not in ids] == []


def test_every_register_entry_is_mentioned_in_the_text(passage_root):
    entries = xpath(passage_root, "//tei:standOff//*[self::tei:person or self::tei:place or self::tei:org"
                                  " or self::tei:event]/@xml:id")
    mentioned = {ref[1:] for ref in xpath(passage_root, "//tei:text//@ref")}
    assert len(entries) >= 40
    assert sorted(set(entries) - mentioned) == []


@pytest.mark.parametrize("kind,element,minimum", [
    ("person", "persName", 15), ("place", "placeName", 10), ("org", "orgName", 10), ("event", "rs", 8),
])
def test_mentions_point_into_the_right_register(passage_root, kind, element, minimum):
    ids_of_kind = set(xpath(passage_root, f"//tei:standOff//tei:{kind}/@xml:id"))
    condition = "[@type = 'event']" if element == "rs" else ""
    refs = xpath(passage_root, f"//tei:text//tei:{element}{condition}/@ref")
    assert len(ids_of_kind) >= minimum
    assert refs and all(r[1:] in ids_of_kind for r in refs)


def _parse_iso(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day an ISO 8601 year, year-month or date denotes (raises on a bad value)."""
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        year, month = map(int, value.split("-"))
        first = dt.date(year, month, 1)
        return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    day = dt.date.fromisoformat(value)
    return day, day


DATE_ATTRIBUTES = ("when", "from", "to", "notBefore", "notAfter")


def test_every_date_has_a_parseable_machine_readable_value(passage_root):
    dates = xpath(passage_root, "//tei:text//tei:date")
    assert len(dates) >= 20
    for date in dates:
        values = {a: date.get(a) for a in DATE_ATTRIBUTES if date.get(a)}
        assert values, f"line {date.sourceline}: <date> without a value"
        parsed = {a: _parse_iso(v) for a, v in values.items()}
        if "from" in parsed:
            assert parsed["from"][0] <= parsed["to"][1], date.sourceline
        if "notBefore" in parsed:
            assert parsed["notBefore"][0] <= parsed["notAfter"][1], date.sourceline


def test_life_dates_are_real_dates(passage_root):
    values = xpath(passage_root, "//tei:standOff//*[self::tei:birth or self::tei:death or self::tei:event]"
                                 "/@*[contains(' when from to notBefore notAfter ', concat(' ', name(), ' '))]")
    assert len(values) >= 20
    for value in values:
        _parse_iso(value)


IDNO_SHAPES = {
    "wikidata": r"Q[1-9]\d*",
    "viaf": r"[1-9]\d{0,21}",
    "gnd": r"(1[0-9]{7}[0-9X]|[47]\d{6}-\d|[1-9]\d{0,7}-[0-9X]|3\d{7}[0-9X])",
    "geonames": r"[1-9]\d*",
    "ISBN": r"97[89]\d{10}",
}


def test_identifiers_have_their_authoritys_shape(passage_root):
    idnos = xpath(passage_root, "//tei:idno")
    assert len([i for i in idnos if i.get("type") == "wikidata"]) >= 30
    for idno in idnos:
        assert idno.get("type") in IDNO_SHAPES, idno.sourceline
        assert re.fullmatch(IDNO_SHAPES[idno.get("type")], idno.text or ""), (idno.sourceline, idno.text)


def test_every_register_entry_has_a_name_and_a_description(passage_root):
    for entry in xpath(passage_root, "//tei:standOff//*[@xml:id]"):
        if entry.tag.endswith(("person", "place", "org", "event")) and entry.get(XML_ID):
            names = xpath(entry, "tei:persName | tei:placeName | tei:orgName | tei:label")
            descriptions = xpath(entry, "tei:note | tei:desc")
            assert names and descriptions, entry.get(XML_ID)


def test_places_carry_coordinates(passage_root):
    for geo in xpath(passage_root, "//tei:place/tei:location/tei:geo"):
        lat, long = map(float, geo.text.split())
        assert -90 <= lat <= 90 and -180 <= long <= 180


def test_historical_persons_have_life_dates(passage_root):
    for person in xpath(passage_root, "//tei:listPerson/tei:person[not(@role = 'mythological')]"):
        assert xpath(person, "tei:birth/@when") and xpath(person, "tei:death/@*"), person.get(XML_ID)
