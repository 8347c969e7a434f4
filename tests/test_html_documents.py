"""Whole documents of different kinds build without a finding and lose no word of their text."""

from __future__ import annotations

import pytest

from toolkit.readingtext import words
from toolkit.xmlsource import parse

from .conftest import DOCS, PASSAGE

DOCUMENTS = {
    "letter": ("//div[@class = 'tei-opener']", "//div[@class = 'tei-closer']", "//span[@class = 'tei-choice']"),
    "verse": ("//section[@class = 'tei-front']", "//section[@class = 'tei-back']", "//div[@class = 'tei-l']"),
    "report": ("//section[@id = 'sec-2.1']//h3", "//section[@id = 'register-org']", "//nav[contains(@class, 'toc')]"),
    "excerpt": ("//blockquote", "//section[@id = 'register-event']", "//a[@class = 'source-note-call']"),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_document_builds_and_keeps_every_word(html_edition, name):
    path = DOCS / f"{name}.xml"
    edition = html_edition(path)
    assert edition.main_text_words() == words(parse(path).root)
    for expression in DOCUMENTS[name]:
        assert edition.xpath(expression), f"{name}: nothing matches {expression}"
    # report.xml has a <frobnicate> and a remote image on purpose
    expected = ["tei.unknown-element", "url.resource"] if name == "report" else []
    assert [d.code for d in edition.diagnostics] == expected


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_ids_in_the_page_are_unique(html_edition, name):
    """Front, body and back number their divisions separately; their ids must still differ."""
    from collections import Counter

    ids = Counter(html_edition(DOCS / f"{name}.xml").xpath("//@id"))
    assert [i for i, n in ids.items() if n > 1] == []


def test_xml_ids_that_look_like_the_editions_own_ids_are_kept_apart(html_edition):
    from collections import Counter

    from .conftest import tei_document

    source = tei_document(
        '<p xml:id="p2">First <persName ref="#p1">Anna</persName> and <persName ref="#text">Tex</persName>.</p>'
        '<p xml:id="m1">Second <persName ref="#anna-b">Anna B</persName>.</p>',
        standoff='<standOff><listPerson><person xml:id="p1"><persName>Anna</persName></person>'
                 '<person xml:id="text"><persName>Tex</persName></person>'
                 '<person xml:id="anna-b"><persName>Anna B</persName></person></listPerson></standOff>')
    page = html_edition(source)
    ids = Counter(page.xpath("//@id"))
    assert [i for i, n in ids.items() if n > 1] == []
    # the edition's own paragraph 1 stays #p1; the person whose xml:id is "p1" becomes #tei-p1
    assert page.xpath("//p[@id = 'p1']//a[@data-entity]/@href") == ["#tei-p1", "#tei-text"]
    assert page.xpath("//li[@id = 'tei-p1']//*[contains(@class, 'entry-name')]")[0].text_content() == "Anna"
    assert page.xpath("//a[@href = '#anna-b']")  # ordinary ids stay as they are, citable as #anna-b


def test_the_report_reports_its_unknown_element_at_its_line(html_edition):
    [diagnostic] = [d for d in html_edition(DOCS / "report.xml").diagnostics if d.code == "tei.unknown-element"]
    line = next(n for n, text in enumerate((DOCS / "report.xml").read_text().splitlines(), 1) if "<frobnicate>" in text)
    assert (diagnostic.line, diagnostic.file) == (line, str(DOCS / "report.xml"))
    assert html_edition(DOCS / "report.xml").xpath("//span[contains(@class, 'tei-frobnicate')]")


def test_the_passage_and_a_fixture_do_not_share_state(html_edition):
    """The compiled stylesheet is reused: one document's numbering must not leak into the next."""
    first = html_edition(DOCS / "excerpt.xml")
    html_edition(PASSAGE)
    again = html_edition(DOCS / "excerpt.xml")
    assert first.text == again.text
