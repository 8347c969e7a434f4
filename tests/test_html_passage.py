"""The HTML edition of tei/passage.xml: text fidelity, mentions ↔ registers, notes, self-containment."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from toolkit.readingtext import words
from toolkit.tei import XML_ID, xpath
from toolkit.xslt import transform

from .conftest import PASSAGE

MENTIONS = "//tei:text//*[self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:rs][@ref]"


def test_every_word_of_the_reading_text_is_in_the_main_text(passage_html, passage_root):
    assert passage_html.main_text_words() == words(passage_root)


def test_the_build_reports_nothing(passage_html):
    assert passage_html.diagnostics == []


def test_every_mention_links_to_its_register_entry(passage_html, passage_root):
    tei_targets = Counter(m.get("ref").lstrip("#") for m in xpath(passage_root, MENTIONS))
    html_mentions = passage_html.xpath("//*[contains(concat(' ', @class, ' '), ' mention ')][@data-entity]")
    assert Counter(m.get("data-entity") for m in html_mentions) == tei_targets
    for mention in html_mentions:
        links = [mention] if mention.tag == "a" else mention.xpath(".//a[@class = 'mention-segment']")
        assert links, f"mention {mention.get('id')} links nowhere"
        for link in links:
            target = link.get("href")
            assert target == "#" + mention.get("data-entity")
            entry = passage_html.xpath(f"//section[@id = 'registers']//li[@id = '{target[1:]}']")
            assert len(entry) == 1, f"{target} has no register entry"


def test_every_register_entry_links_back_to_every_mention(passage_html, passage_root):
    entries = passage_html.xpath("//section[@id = 'registers']//li[contains(@class, 'entry')]")
    tei_entries = xpath(passage_root, "//tei:standOff//*[self::tei:person or self::tei:place or self::tei:org "
                                      "or self::tei:event][@xml:id]")
    assert sorted(e.get("id") for e in entries) == sorted(e.get(XML_ID) for e in tei_entries)
    tei_counts = Counter(m.get("ref").lstrip("#") for m in xpath(passage_root, MENTIONS))
    for entry in entries:
        backlinks = entry.xpath(".//p[@class = 'entry-mentions']/a")
        assert len(backlinks) == tei_counts[entry.get("id")], entry.get("id")
        for link in backlinks:
            mention = passage_html.tree.get_element_by_id(link.get("href")[1:])
            assert mention.get("data-entity") == entry.get("id")
            assert re.fullmatch(r"¶\d+|n\. \d+|\(\d+\)", link.text_content())


def test_editorial_notes_and_their_calls_pair_up(passage_html, passage_root):
    notes = xpath(passage_root, "//tei:text//tei:note[not(@type = 'source')]")
    calls = passage_html.xpath("//article[@id = 'text']//a[@class = 'note-call']")
    assert [c.text_content() for c in calls] == [str(n) for n in range(1, len(notes) + 1)]
    for call in calls:
        note = passage_html.xpath(f"//section[@id = 'notes']//li[@id = '{call.get('href')[1:]}']")
        assert len(note) == 1
        assert note[0].xpath(".//a[@role = 'doc-backlink']/@href") == ["#" + call.get("id")]


def test_source_endnote_calls_are_their_own_marks(passage_html, passage_root):
    tei_marks = [n.get("n") for n in xpath(passage_root, "//tei:text//tei:note[@type = 'source']")]
    calls = passage_html.xpath("//article[@id = 'text']//a[@class = 'source-note-call']")
    assert [c.text_content() for c in calls] == tei_marks
    assert all("not part of this excerpt" in c.get("title") for c in calls)
    assert passage_html.xpath("count(//ol[contains(@class, 'source-notes')]/li)") == len(tei_marks)


def test_nothing_is_loaded_from_another_host(passage_html):
    resources = passage_html.xpath("//link/@href | //script/@src | //img/@src | //source/@src | //iframe/@src"
                                   " | //object/@data | //embed/@src | //video/@src | //audio/@src | //image/@href")
    assert [r for r in resources if re.match(r"([a-z][a-z0-9+.-]*:|//)", r, re.I)] == []
    assert passage_html.xpath("//style") and passage_html.xpath("//script")  # inlined, not linked
    styles = " ".join(passage_html.xpath("//style/text() | //@style"))
    assert not re.search(r"url\(|@import", styles)


def test_paragraphs_are_numbered_and_citable(passage_html, passage_root):
    count = len(xpath(passage_root, "//tei:body//tei:p")) + len(xpath(passage_root, "//tei:body//tei:cit"))
    numbered = passage_html.xpath("//article[@id = 'text']//*[contains(@class, 'numbered')]")
    assert [n.get("id") for n in numbered] == [f"p{i}" for i in range(1, count + 1)]
    links = [n.xpath("string(a[@class = 'pnum ed-added']/@href)") for n in numbered]
    assert links == [f"#p{i}" for i in range(1, count + 1)]


def test_the_block_quotation_is_set_off(passage_html, passage_root):
    quote = xpath(passage_root, "//tei:body//tei:cit/tei:quote")[0]
    first_words = " ".join("".join(quote.itertext()).split()[:5])
    assert first_words in passage_html.xpath("string(//article[@id = 'text']//blockquote)")


def test_title_block_and_about_section(passage_html, passage_root):
    title = " ".join(xpath(passage_root, "string(//tei:titleStmt/tei:title[1])").split())
    licence = xpath(passage_root, "string(//tei:licence/@target)")
    passage_html.check([
        ("string(//h1)", title),
        ("string(//title)", title),
        ("count(//section[@id = 'about']//h3)", 8.0),
        (f"count(//section[@id = 'about']//a[@href = '{licence}'])", 1.0),
        ("count(//section[@id = 'about']//ol[@class = 'revisions']/li/time[@datetime])",
         float(len(xpath(passage_root, "//tei:revisionDesc/tei:change")))),
        ("contains(//p[contains(@class, 'suggested-citation')], //h1)", True),
        ("contains(//p[contains(@class, 'source-citation')], 'Yale University Press')", True),
    ])


def test_authority_identifiers_are_real_links(passage_html, passage_root):
    bases = {"wikidata": "https://www.wikidata.org/wiki/", "viaf": "https://viaf.org/viaf/",
             "gnd": "https://d-nb.info/gnd/", "geonames": "https://www.geonames.org/"}
    idnos = xpath(passage_root, "//tei:standOff//tei:idno")
    assert idnos
    for idno in idnos:
        url = bases[idno.get("type").lower()] + idno.text.strip()
        entry = idno.getparent().get(XML_ID)
        assert passage_html.xpath(f"//li[@id = '{entry}']//ul[@class = 'entry-links']//a[@href = '{url}']"), url


def test_places_with_coordinates_are_on_the_map(passage_html, passage_root):
    located = xpath(passage_root, "//tei:place[tei:location/tei:geo]/@xml:id")
    assert sorted(passage_html.xpath("//figure[@class = 'map']//a/@data-entity")) == sorted(located)
    assert len(passage_html.xpath("//figure[@class = 'map']//circle")) == len(located)


def test_every_kind_has_a_highlighting_switch(passage_html):
    kinds = set(passage_html.xpath("//article[@id = 'text']//*[@data-kind]/@data-kind"))
    assert kinds == {"person", "place", "org", "event", "date"}
    assert set(passage_html.xpath("//div[@class = 'toolbar']//input[@type = 'checkbox']/@data-kind")) == kinds


def test_headings_are_in_order_and_landmarks_exist(passage_html):
    levels = [int(h.tag[1]) for h in passage_html.xpath("//h1 | //h2 | //h3 | //h4 | //h5 | //h6")]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels
    passage_html.check([
        ("count(//header[@class = 'title-block'])", 1.0),
        ("count(//nav)", 1.0),
        ("count(//main)", 1.0),
        ("count(//footer)", 1.0),
        ("string(/html/@lang)", "en"),
        ("string(//article[@id = 'text']/@lang)", "en"),
    ])


def test_ids_are_unique(passage_html):
    ids = Counter(passage_html.xpath("//@id"))
    assert [i for i, n in ids.items() if n > 1] == []


def test_the_stylesheet_is_compiled_once_per_process_and_thread(passage_root, monkeypatch):
    import threading

    from toolkit import xslt as module
    from toolkit.xmlsource import parse

    first = module.compiled("html.xsl")
    compiles: list[str] = []
    real = module._compile
    monkeypatch.setattr(module, "_compile", lambda name: compiles.append(name) or real(name))
    for _ in range(2):
        transform(parse(PASSAGE), "html.xsl")
    assert compiles == [] and module.compiled("html.xsl") is first
    assert module.processor() is module.processor()
    other: list[object] = []
    thread = threading.Thread(target=lambda: other.append(module.compiled("html.xsl")))
    thread.start()
    thread.join()
    assert compiles == ["html.xsl"] and other[0] is not first  # a thread of its own gets its own executable


@pytest.mark.parametrize("name", ["persName", "placeName", "orgName"])
def test_mentions_keep_their_tei_name_as_class(passage_html, passage_root, name):
    count = len(xpath(passage_root, f"//tei:text//tei:{name}"))
    assert len(passage_html.xpath(f"//*[contains(concat(' ', @class, ' '), ' tei-{name} ')]")) == count
