"""Dates as TEI defines them (issue 10): every form of teidata.temporal.w3c on the dating attributes
(xs:date, gYear, gYearMonth, gMonth, gMonthDay, gDay, time, dateTime, with or without a time zone,
negative and long years) passes; impossible ones fail with the right code; @from/@to of elements
that use them for something else (app, locus, biblScope, citedRange, span) are not dates."""

from __future__ import annotations

import pytest

from toolkit.validation import validate

from .conftest import tei_document

VALID = [
    "1937", "1937-06", "1937-06-02", "-0044", "-0044-03-15", "0000", "12345", "12345-06-01", "1937-06-02Z",
    "1937-06-02+03:00", "1937-06-02-05:00", "1937Z", "--06", "--02-29", "---31", "--06Z", "16:30:00",
    "16:30:00.5", "16:30:00Z", "16:30:00+01:00", "24:00:00", "1937-06-02T16:30:00", "1937-06-02T16:30:00.125Z",
    "2000-02-29", "1600-02-29",
]

INVALID = [
    ("1937-02-30", "date.impossible"), ("1900-02-29", "date.impossible"), ("1937-04-31", "date.impossible"),
    ("--02-30", "date.impossible"), ("---32", "date.impossible"), ("1937-13", "date.month"),
    ("--13", "date.month"), ("1937-00-10", "date.month"), ("25:00:00", "date.time"), ("12:60:00", "date.time"),
    ("1937-06-02T24:30:00", "date.time"), ("1937-06-02+15:00", "date.time"),
    ("37", "date.format"), ("1937/06/02", "date.format"), ("02.06.1937", "date.format"), ("June 1937", "date.format"),
    ("16:30", "date.format"), ("1937-6-2", "date.format"), ("-06-02", "date.format"), ("16:30:00.", "date.format"),
    ("1937-06-02.5", "date.format"), ("", "date.format"), ("Z", "date.format"),
]


def _codes(tmp_path, body: str) -> list[str]:
    path = tmp_path / "dates.xml"
    path.write_text(tei_document(body), encoding="utf-8")
    report = validate([path])  # profile "tei": no grammar stored here, so only the rules speak
    return [d.code for d in report.diagnostics if d.code.startswith("date.")]


@pytest.mark.parametrize("value", VALID)
@pytest.mark.parametrize("attribute", ["when", "notBefore", "from"])
def test_temporal_w3c_forms_pass(tmp_path, value, attribute):
    assert _codes(tmp_path, f'<p><date {attribute}="{value}">d</date></p>') == []


@pytest.mark.parametrize(("value", "code"), INVALID)
def test_impossible_dates_and_times_fail(tmp_path, value, code):
    assert _codes(tmp_path, f'<p><date when="{value}">d</date></p>') == [code]


def test_a_meeting_time_passes(tmp_path):
    assert _codes(tmp_path, '<p>We met <time when="16:30:00">at half past four</time>.</p>') == []


@pytest.mark.parametrize(("start", "end", "codes"), [
    ("1937", "1938", []), ("1937-06", "1937", []), ("1937-12-31", "1937", []), ("-0044", "0014", []),
    ("-0044-03-15", "-0044-04", []), ("0014", "-0044", ["date.range"]), ("1938", "1937-06-02", ["date.range"]),
    ("-0044-04-01", "-0044-03-15", ["date.range"]), ("1937-06-02T10:00:00", "1937-06-03", []),
    ("16:00:00", "15:00:00", []),  # times of day are not compared (no day to anchor them)
])
def test_ranges_compare_across_forms(tmp_path, start, end, codes):
    assert _codes(tmp_path, f'<p><date from="{start}" to="{end}">d</date></p>') == codes
    bounds = ["date.bounds" if c == "date.range" else c for c in codes]
    assert _codes(tmp_path, f'<p><date notBefore="{start}" notAfter="{end}">d</date></p>') == bounds


@pytest.mark.parametrize("body", [
    '<p>A reading<app from="#a" to="#b"><rdg>x</rdg></app><anchor xml:id="a"/><anchor xml:id="b"/></p>',
    '<p><bibl><biblScope unit="page" from="12" to="3">12–3</biblScope></bibl></p>',
    '<p><bibl><citedRange from="iv" to="ii">iv–ii</citedRange></bibl></p>',
])
def test_from_and_to_that_are_not_dates_are_not_checked_as_dates(tmp_path, body):
    assert _codes(tmp_path, body) == []


def test_locus_folios_are_not_dates(tmp_path):
    header = ('<sourceDesc><msDesc><msIdentifier><idno>MS 1</idno></msIdentifier><msContents><msItem>'
              '<locus from="1r" to="12v">ff. 1r–12v</locus></msItem></msContents></msDesc></sourceDesc>')
    path = tmp_path / "ms.xml"
    path.write_text(tei_document("<p>Text.</p>").replace("<sourceDesc><p>Test fixture.</p></sourceDesc>", header),
                    encoding="utf-8")
    assert [d.code for d in validate([path]).diagnostics if d.code.startswith("date.")] == []


@pytest.mark.parametrize(("value", "codes"), [
    ("1937-06-02", []), ("2004-W53-6", []), ("2004-123", []), ("19370602", []), ("T12", []), ("1937-06-02T12", []),
    ("1937-02-30", ["date.impossible"]), ("1937-13-01", ["date.month"]), ("1937-06-02T25:00:00", ["date.time"]),
])
def test_iso_attributes_allow_iso_8601_and_check_the_w3c_forms_they_share(tmp_path, value, codes):
    assert _codes(tmp_path, f'<p><date when-iso="{value}">d</date></p>') == codes
