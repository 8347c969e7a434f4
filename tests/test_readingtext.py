"""Unit tests for the reading-text function that fidelity checks and builders rely on."""

from __future__ import annotations

import lxml.html
import pytest
from lxml import etree

from toolkit.readingtext import reading_text
from toolkit.xmlsource import parse

TEI = 'xmlns="http://www.tei-c.org/ns/1.0"'


def text_of(body: str) -> str:
    return reading_text(etree.fromstring(f"<TEI {TEI}><teiHeader><fileDesc/></teiHeader>"
                                         f"<text><body>{body}</body></text></TEI>"))


@pytest.mark.parametrize("body,expected", [
    ("<p>One</p><p>two</p>", "One two"),
    ("<p>Stalin<note type='editorial'>A note.</note> spoke.<note type='source' n='7'>n</note></p>",
     "Stalin spoke."),
    ("<p><persName>Stalin</persName>’s doubts</p>", "Stalin’s doubts"),
    ("<p><choice><sic>teh</sic><corr>the</corr></choice> cat</p>", "the cat"),
    ("<p><choice><abbr>Dr</abbr><expan>Doctor</expan></choice> Who</p>", "Doctor Who"),
    ("<p>a <sic>speling</sic> kept</p>", "a speling kept"),
    ("<lg><l>first line</l><l>second</l></lg>", "first line second"),
    ("<p>hyphen<lb break='no'/>ated and<lb/>broken</p>", "hyphenated and broken"),
    ("<p>kept <del>struck</del> <add>added</add> <unclear>dim</unclear><gap reason='illegible'/></p>",
     "kept struck added dim"),
    ("<p>x<!-- comment --><?pi data?>y</p>", "xy"),
])
def test_reading_text(body, expected):
    assert text_of(body) == expected


def test_header_and_standoff_are_not_reading_text():
    root = etree.fromstring(
        f"<TEI {TEI}><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader>"
        "<standOff><listPerson><person xml:id='a'><persName>Register</persName></person></listPerson>"
        "</standOff><text><body><p>Body</p></body></text></TEI>"
    )
    assert reading_text(root) == "Body"


def test_document_without_text_has_empty_reading_text():
    assert reading_text(etree.fromstring(f"<TEI {TEI}><teiHeader/></TEI>")) == ""


def test_a_choice_or_app_with_words_of_its_own_is_shown_whole_in_order(tmp_path):
    """Not TEI (a choice holds readings only), but its words must survive, in order: found by the fuzz test."""
    from toolkit.pipeline import build

    from .conftest import tei_document

    source = tmp_path / "choice.xml"
    for wrapper in ("choice", "app"):
        source.write_text(tei_document(f"<p>A <{wrapper}>1<hi>0</hi><sic>x</sic></{wrapper}> b</p>"), encoding="utf-8")
        report = build([source], out_dir=tmp_path, validate=False)
        page = lxml.html.parse(str(report.documents[0].outputs["html"])).getroot()
        assert "A 10x b" in " ".join(page.xpath("string(//article)").split()), wrapper
        assert reading_text(parse(source).root) == "A 10x b"
