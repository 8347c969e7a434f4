"""Real TEI reads right (issue 13): header names, body registers, ids, teiCorpus, images — the parts
of the issue not about drama, verse, apparatus or transcription (those have their own test files)."""

from __future__ import annotations

import lxml.html
import pytest
from pypdf import PdfReader

from toolkit.pipeline import build

from .test_pdf_documents import _png

HEADER_NAMES = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Names</title>
<author><persName><forename>Charles</forename><surname>Dickens</surname></persName></author>
<author>William Shakespeare <idno type="wikidata">Q692</idno></author>
<respStmt><resp>Encoding</resp><name xml:id="enc1"/></respStmt>
<respStmt><resp>Proofing</resp><persName><forename>Ann</forename><surname>Lee</surname></persName></respStmt>
</titleStmt><publicationStmt><p>Fixture.</p></publicationStmt><sourceDesc><p>Fixture.</p></sourceDesc></fileDesc>
</teiHeader><text><body><p>Text.</p></body></text></TEI>"""


def _build(tmp_path, text: str, name: str = "doc.xml", to=("html",)):
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    report = build([source], to=list(to), out_dir=tmp_path / "out", validate=False)
    assert report.ok, [d.format() for d in report.diagnostics]
    return report.documents[0]


def test_header_names_keep_their_parts_apart_and_identifiers_out_of_them(tmp_path):
    built = _build(tmp_path, HEADER_NAMES, to=("html", "pdf"))
    page = lxml.html.parse(str(built.outputs["html"])).getroot()
    assert page.xpath("string(//p[@class = 'byline'])") == "Charles Dickens, William Shakespeare"
    rows = [" ".join(e.text_content().split()) for e in page.xpath("//dl[@class = 'responsibilities']/*")]
    assert rows == ["Author", "Charles Dickens", "Author", "William Shakespeare Wikidata", "Proofing", "Ann Lee"]
    assert page.xpath("//a[@class = 'agent-id']/@href") == ["https://www.wikidata.org/wiki/Q692"]
    assert "enc1" not in page.xpath("string(//body)")  # an empty name names nobody; its id is no name
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(built.outputs["pdf"]).pages).split())
    assert "Charles Dickens, William Shakespeare" in text and "Q692" not in text and "enc1" not in text


def _duplicate_ids(page) -> dict[str, int]:
    from collections import Counter

    return {k: n for k, n in Counter(lxml.html.parse(str(page)).getroot().xpath("//@id")).items() if n > 1}


def test_a_quotation_of_phrases_is_numbered_once(tmp_path):
    built = _build(tmp_path, """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Q</title>
</titleStmt><publicationStmt><p>F.</p></publicationStmt><sourceDesc><bibl xml:id="src"><title xml:id="t1">A book</title>
</bibl></sourceDesc></fileDesc></teiHeader><text><body><div><p>Before.</p><quote>Quoted words.</quote><p>After.</p>
</div></body></text></TEI>""")
    page = lxml.html.parse(str(built.outputs["html"])).getroot()
    assert page.xpath("//*[@class and contains(@class, 'pnum')]/text()") == ["1", "2", "3"]
    assert page.xpath("string(//*[@id = 'p2'])").endswith("Quoted words.")
    assert _duplicate_ids(built.outputs["html"]) == {}  # the source, shown in the title block and "about"


def test_no_page_built_from_the_fixtures_has_a_duplicate_id(tmp_path):
    from .conftest import DOCS, FIXTURES, PASSAGE

    sources = [PASSAGE, *sorted(DOCS.glob("*.xml")), *sorted((FIXTURES / "tei").glob("*.xml"))]
    report = build([s for s in sources if ".invalid" not in s.name], out_dir=tmp_path, validate=False)
    pages = [d.outputs["html"] for d in report.documents if "html" in d.outputs]
    assert len(pages) >= 9
    assert {p.name: _duplicate_ids(p) for p in pages if _duplicate_ids(p)} == {}


@pytest.mark.corpus
def test_no_page_built_from_the_benchmark_documents_has_a_duplicate_id(tmp_path):
    from .test_pdf_bench_documents import BENCH

    sources = sorted(BENCH.rglob("*.xml"))
    if not sources:
        pytest.skip(f"no benchmark documents in {BENCH}")
    report = build(sources, out_dir=tmp_path, validate=False, jobs=2)
    pages = [d.outputs["html"] for d in report.documents if "html" in d.outputs]
    assert len(pages) == len(sources)
    assert {p.name: _duplicate_ids(p) for p in pages if _duplicate_ids(p)} == {}


def test_a_tei_corpus_becomes_one_edition_with_a_part_per_member(tmp_path):
    from .conftest import FIXTURES

    built = _build(tmp_path, (FIXTURES / "tei" / "corpus.xml").read_text(encoding="utf-8"), "corpus.xml",
                   to=("html", "pdf"))
    page = lxml.html.parse(str(built.outputs["html"])).getroot()
    assert page.xpath("string(//h1)") == "A corpus of two texts"
    assert page.xpath("//nav[contains(@class, 'toc')]//a/text()") == ["The first text", "The second text"]
    text = " ".join(" ".join(e.text_content() for e in page.xpath("//article[@id = 'text']/*[not(self::nav)]")).split())
    assert text.index("The first text") < text.index("One.") < text.index("The second text") < text.index("Two.")
    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(built.outputs["pdf"]).pages).split())
    body = pdf[pdf.rindex("The first text"):]  # after the table of contents
    assert body.index("One.") < body.index("The second text") < body.index("Two.")


BODY_REGISTERS = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Lists</title>
</titleStmt><publicationStmt><p>F.</p></publicationStmt><sourceDesc><p>F.</p></sourceDesc></fileDesc></teiHeader>
<text><body><div><head>Places of the book</head><p>As <placeName ref="#cph">Copenhagen</placeName> shows.</p>
<listPlace><head>Places</head>
<place xml:id="dk"><placeName>Denmark</placeName><climate><p>Cool and wet.</p></climate>
  <place xml:id="cph"><placeName>Copenhagen</placeName>
    <location><desc>On Zealand</desc><geo>55.68 12.57</geo></location></place></place>
<place><placeName>Nowhere in particular</placeName><note>An entry without an id.</note></place>
</listPlace>
<listPerson><person><persName>Ann Lee</persName><residence>Aarhus</residence><trait><p>Tall.</p></trait></person>
</listPerson>
<listRelation><relation name="friend" active="#dk" passive="#cph"/><relation><desc>Met in Paris</desc></relation>
</listRelation>
<listNym><nym><form>Hafnia</form><form>Kjøbenhavn</form></nym></listNym>
<p>After the lists.</p></div></body></text></TEI>"""


def test_lists_in_the_body_stand_where_they_are_with_every_word_of_their_entries(tmp_path):
    built = _build(tmp_path, BODY_REGISTERS, to=("html", "pdf"))
    page = lxml.html.parse(str(built.outputs["html"])).getroot()
    text = " ".join(page.xpath("string(//article[@id = 'text'])").split())
    for words in ("Denmark", "Cool and wet.", "Copenhagen", "On Zealand", "55.68° N, 12.57° E", "Nowhere in particular",
                  "An entry without an id.", "Ann Lee", "Aarhus", "Tall.", "friend: Denmark → Copenhagen",
                  "Met in Paris", "Hafnia; Kjøbenhavn"):
        assert words in text, words
    assert text.index("As Copenhagen shows.") < text.index("Denmark") < text.index("After the lists.")
    # the nested place inside its place, the mention's link to it, the numbers only for the text's paragraphs
    assert page.xpath("//li[@id = 'dk']/ul[contains(@class, 'entry-parts')]/li/@id") == ["cph"]
    assert page.xpath("//a[contains(@class, 'mention')]/@href") == ["#cph"]
    assert page.xpath("//*[contains(@class, 'pnum')]/text()") == ["1", "2"]
    assert not page.xpath("//section[@id = 'registers']")  # nothing shown twice
    assert _duplicate_ids(built.outputs["html"]) == {}
    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(built.outputs["pdf"]).pages).split())
    for words in ("Cool and wet.", "On Zealand", "An entry without an id.", "Aarhus", "Met in Paris", "Hafnia"):
        assert words in pdf, words
    assert not [d for d in built.diagnostics if d.code == "tei.unknown-element"]


IMAGES = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Images</title></titleStmt>
<publicationStmt><p>F.</p></publicationStmt><sourceDesc><p>F.</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>One.</p><figure><graphic url="pics/red.png"/><figDesc>A red square</figDesc></figure>
<figure><graphic url="pics/missing.png"/><head>A lost map</head><figDesc>The harbour in 1800</figDesc></figure>
</body></text></TEI>"""


def test_the_single_page_carries_its_images_and_shows_a_missing_one_as_its_caption(tmp_path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "red.png").write_bytes(_png())
    built = _build(tmp_path, IMAGES)
    page = lxml.html.parse(str(built.outputs["html"])).getroot()
    import base64

    [image] = page.xpath("//img")
    assert image.get("alt") == "A red square"
    assert base64.b64decode(image.get("src").removeprefix("data:image/png;base64,")) == _png()  # self-contained
    assert page.xpath("string(//*[contains(@class, 'image-missing')])") == "[Figure: The harbour in 1800]"
    [missing] = [d for d in built.diagnostics if d.code == "html.missing-image"]
    assert missing.line == 4 and "pics/missing.png" in missing.message


def test_the_site_copies_its_images_beside_the_page(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from toolkit.cli import main

    (tmp_path / "ed" / "pics").mkdir(parents=True)
    (tmp_path / "ed" / "pics" / "red.png").write_bytes(_png())
    for name in ("a.xml", "b.xml"):
        (tmp_path / "ed" / name).write_text(IMAGES, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["build", "--to", "site", "--no-validate", "ed"]).exit_code == 0
    page = lxml.html.parse(str(tmp_path / "output" / "a.html")).getroot()
    assert page.xpath("//img/@src") == ["pics/red.png"]
    assert (tmp_path / "output" / "pics" / "red.png").read_bytes() == _png()


FACSIMILE = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Facsimile</title></titleStmt>
<publicationStmt><p>F.</p></publicationStmt><sourceDesc><p>F.</p></sourceDesc></fileDesc></teiHeader>
<facsimile><surface xml:id="f1"><graphic url="pics/red.png"/><zone xml:id="z1"/></surface>
<surface xml:id="f2"><graphic url="https://iiif.example.org/iiif/p2/full/max/0/default.jpg"/></surface></facsimile>
<text><body><p><pb n="1" facs="#f1"/>One. <pb n="2" facs="#f2"/>Two. <pb n="3" facs="javascript:alert(1)"/>Three
<pb n="4" facs="#z1"/>four.</p></body></text></TEI>"""


def test_a_page_break_links_to_its_facsimile_image(tmp_path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "red.png").write_bytes(_png())
    built = _build(tmp_path, FACSIMILE)
    page = lxml.html.parse(str(built.outputs["html"])).getroot()
    links = [(a.text, a.get("href"), a.get("rel")) for a in page.xpath("//a[contains(@class, 'facsimile-link')]")]
    assert links == [("p. 1", "pics/red.png", None),
                     ("p. 2", "https://iiif.example.org/iiif/p2/full/max/0/default.jpg", "external"),
                     ("p. 4", "pics/red.png", None)]  # a zone's page is its surface's image; javascript: no link
    assert (tmp_path / "out" / "pics" / "red.png").read_bytes() == _png()  # beside the page, where the link leads
    assert "p. 3" in page.xpath("string(//article)")


def test_text_linked_to_a_zone_links_to_its_image(tmp_path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "red.png").write_bytes(_png())
    source = FACSIMILE.replace("Three\n", '<seg facs="#z1">Three</seg>\n')
    built = _build(tmp_path, source, to=("html", "pdf"))
    page = lxml.html.parse(str(built.outputs["html"])).getroot()
    [link] = page.xpath("//a[contains(@class, 'facs-link')]")
    assert link.get("href") == "pics/red.png" and link.getprevious().text == "Three"
    assert "Three" in " ".join(" ".join(p.extract_text() for p in PdfReader(built.outputs["pdf"]).pages).split())


def test_the_facsimile_s_own_words_are_shown(tmp_path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "red.png").write_bytes(_png())
    source = FACSIMILE.replace('<surface xml:id="f1">', '<surface xml:id="f1" n="1r"><label>Recto</label>').replace(
        '<zone xml:id="z1"/>', '<zone xml:id="z1"/><desc>The first leaf, damaged</desc>')
    built = _build(tmp_path, source, to=("html", "pdf"))
    page = lxml.html.parse(str(built.outputs["html"])).getroot()
    items = [(" ".join(li.text_content().split()), li.xpath("a/@href"))
             for li in page.xpath("//ol[@class = 'facsimile']/li")]
    assert items == [("1r: Recto: The first leaf, damaged Figure", ["pics/red.png"]),
                     ("Figure", ["https://iiif.example.org/iiif/p2/full/max/0/default.jpg"])]
    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(built.outputs["pdf"]).pages).split())
    assert "Facsimile 1r: Recto: The first leaf, damaged" in pdf


SMALL_CAPS = ["ø", "þ", "ð", "ł", "ϑ", "ŋ", "ẞ", "ἀ", "ὦ"]


def test_small_capitals_keep_every_letter_on_screen_and_in_print(tmp_path):
    """The book face's own small capitals cover a-z only: in Chromium "søster" lost its ø. Every
    letter is drawn (dark pixels in a screenshot of each), and the PDF has them all."""
    from .test_browser import ARGS, CHROMIUM, playwright_or_skip

    letters = "".join(f'<hi rend="smallcaps" xml:id="sc{n}">{c}</hi> ' for n, c in enumerate(SMALL_CAPS))
    body = f'<p>{letters}</p><p><hi rend="smallcaps">Hans Søster</hi></p>'
    built = _build(tmp_path, HEADER_NAMES.replace("<p>Text.</p>", body), to=("html", "pdf"))
    page = lxml.html.parse(str(built.outputs["html"])).getroot()
    assert page.xpath("//*[@id = 'sc0']/span[@class = 'sc-low']/text()") == ["ø"]
    assert "".join(page.xpath("//p[2]//*[contains(@class, 'rend-smallcaps')]//text()")) == "Hans Søster"
    pdf = "".join(p.extract_text() for p in PdfReader(built.outputs["pdf"]).pages)
    assert all(c in pdf for c in SMALL_CAPS) and "Hans Søster" in pdf
    sync_api = playwright_or_skip()
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page(device_scale_factor=2)
        tab.goto(built.outputs["html"].as_uri())
        drawn = {letter: _dark_pixels(tab.locator(f"#sc{n}").screenshot()) for n, letter in enumerate(SMALL_CAPS)}
        browser.close()
    assert all(count > 20 for count in drawn.values()), drawn


def _dark_pixels(png: bytes) -> int:
    """How many pixels of an 8-bit RGB or RGBA PNG (a Chromium screenshot) are dark."""
    import struct
    import zlib

    width, height, depth, colour = struct.unpack(">IIBB", png[16:26])
    assert depth == 8 and colour in (2, 6)
    channels = 3 if colour == 2 else 4
    data, at = b"", 8
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        data += png[at + 8:at + 8 + length] if kind == b"IDAT" else b""
        at += 12 + length
    raw, stride, rows, previous = zlib.decompress(data), width * channels, [], bytearray(width * channels)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            estimate = left + up - corner
            nearest = min((abs(estimate - left), 0, left), (abs(estimate - up), 1, up),
                          (abs(estimate - corner), 2, corner))
            line[x] = (line[x] + (0, left, up, (left + up) // 2, nearest[2])[kind]) & 0xFF
        rows.append(line)
        previous = line
    return sum(1 for line in rows for x in range(0, stride, channels) if sum(line[x:x + 3]) < 3 * 128)
