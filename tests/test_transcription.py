"""Transcription (issue 13) in both editions: choice in two views (normalised by default, diplomatic on
demand) with Leiden-like marks, index/term feeding an index, binaryObject never printed, egXML shown as
XML code, MathML as mathematics.

One fixture per construct in tests/fixtures/transcription/, named after it; XPath rows on the HTML
(RenderedEdition.check), text on the PDF (pypdf), computed visibility in Chromium. A screenshot of each
construct, in each edition, is kept in tests/artifacts/ (transcription-*.png).
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from lxml import etree

from toolkit.pipeline import build
from toolkit.readingtext import reading_text, words
from toolkit.tei import xpath
from toolkit.xmlsource import parse

from .conftest import FIXTURES, PdfEdition, RenderedEdition, missing_words, note_marks, tei_document

FIXTURE_DIR = FIXTURES / "transcription"
CONSTRUCTS = ["choice-abbr-expan", "index-term", "binaryObject", "egXML", "mathml"]
#: A run of base64 as long as no word of these texts is.
BASE64_RUN = re.compile(r"[A-Za-z0-9+/=]{40,}")


class Built:
    """A fixture built to HTML and PDF: both editions, the parsed source, its findings."""

    def __init__(self, result):
        self.source = parse(result.path).root
        self.diagnostics = result.diagnostics
        self.html = RenderedEdition(result.outputs["html"].read_text(encoding="utf-8"), result.diagnostics)
        self.html_path = result.outputs["html"]
        self.pdf = PdfEdition(result.outputs["pdf"], result.diagnostics)

    def pdf_text(self) -> str:
        return " ".join(" ".join(self.pdf.page_texts).split())


def _build(paths, out, params=None) -> dict[str, Built]:
    report = build(paths, to=["html", "pdf"], out_dir=out, validate=False, params=params)
    assert report.ok, [d.format() for d in report.diagnostics]
    return {result.path.stem: Built(result) for result in report.documents}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Built]:
    """Every fixture, built once by the production pipeline (no validation)."""
    return _build([FIXTURE_DIR / f"{name}.xml" for name in CONSTRUCTS], tmp_path_factory.mktemp("transcription"))


# ---- The reading text: what the editions must show as words ------------------------------------------

TEI = 'xmlns="http://www.tei-c.org/ns/1.0"'


def _reading(body: str) -> str:
    return reading_text(etree.fromstring(f"<TEI {TEI}><text><body>{body}</body></text></TEI>"))


@pytest.mark.parametrize("body,expected", [
    # the normalised view: the expansion, never the marks of the abbreviation
    ("<p><choice><abbr>d<am>\u0304</am>ns</abbr><expan>d<ex>omi</ex>n<ex>u</ex>s</expan></choice> meus</p>",
     "dominus meus"),
    ("<p><expan><abbr>d</abbr><ex>omi</ex><abbr>n</abbr><am>\u0304</am><ex>u</ex><abbr>s</abbr></expan></p>",
     "dominus"),
    # index terms go to the index, never into the line
    ("<p>He ate dinner<index><term>cockles</term></index> by the sea.</p>", "He ate dinner by the sea."),
    ("<p>Data <binaryObject mimeType='image/png'>iVBORw0KGgoAAAANSUhEUg</binaryObject> end.</p>", "Data end."),
    ("<p>Sum <math xmlns='http://www.w3.org/1998/Math/MathML'><mi>x</mi><mo>+</mo><mn>1</mn></math> holds.</p>",
     "Sum holds."),
    ("<p>A stray <mi xmlns='http://www.w3.org/1998/Math/MathML'>z</mi> too.</p>", "A stray too."),
    # an XML example is code: its markup as written is its words
    ("<p>See</p><egXML xmlns='http://www.tei-c.org/ns/Examples'><p n='1'>A &amp; <hi>b</hi><lb/></p></egXML>",
     'See <p n="1">A &amp; <hi>b</hi><lb/></p>'),
])
def test_the_reading_text_is_the_normalised_view_without_index_data_or_formulas(body, expected):
    assert _reading(body) == expected


@pytest.mark.parametrize("name", CONSTRUCTS)
def test_every_word_of_the_reading_text_is_in_both_editions(built, name):
    document = built[name]
    assert document.html.main_text_words() == words(document.source)
    assert missing_words(words(document.source), document.pdf.words(), note_marks(document.source)) == []


# ---- choice, ex, am, supplied, unclear, gap: a diplomatic transcription ---------------------------------

def test_a_diplomatic_transcription_has_both_readings_and_a_switch_in_the_html(built):
    document = built["choice-abbr-expan"]
    choices = len(xpath(document.source, "//tei:text//tei:choice"))
    marks = len(xpath(document.source, "//tei:text//tei:am"))
    expansions = len(xpath(document.source, "//tei:text//tei:ex"))
    assert choices >= 15
    document.html.check([
        # the switch: two radio buttons in the toolbar, the normalised view chosen
        ("//div[@class = 'toolbar']//div[@role = 'radiogroup']//input[@type = 'radio'][@name = 'toolbar-reading']", 2),
        ("//input[@id = 'toolbar-reading-normalised']/@checked", True),
        ("//input[@id = 'toolbar-reading-diplomatic']/@checked", False),
        ("string(//*[@id = 'toolbar-reading'])", "Reading"),
        # every choice: both readings, each in its span, the other one described for assistive technology
        ("//span[@class = 'tei-choice'][@tabindex = '0']", choices),
        ("//span[@class = 'tei-choice'][count(span[contains(@class, 'reading-normalised')]) = 1]"
         "[count(span[contains(@class, 'reading-diplomatic')]) = 1]", choices),
        ("count(//span[@class = 'tei-choice'][@aria-describedby = span[contains(@class, 'reading-diplomatic')]/@id])",
         float(choices)),
        ("(//span[@class = 'tei-choice'])[1]/@data-choice", "abbreviation"),
        ("(//span[@class = 'tei-choice'])[1]/span[contains(@class, 'reading-normalised')]/span[@class = 'tei-expan']",
         "nomine"),
        ("(//span[@class = 'tei-choice'])[1]/span[contains(@class, 'reading-diplomatic')]",
         "[abbreviated: noi\u0304e]"),
        ("(//span[@data-choice = 'correction'])[1]/span[contains(@class, 'reading-diplomatic')]",
         "[source reads: dedid]"),
        ("(//span[@data-choice = 'regularisation'])[1]/span[contains(@class, 'reading-diplomatic')]",
         "[original spelling: vineam]"),
        # Leiden-like marks: abbreviation marks for the diplomatic view, expanded letters, supplied words
        ("//span[@class = 'tei-am reading-diplomatic']", marks),
        ("//span[@class = 'tei-ex']", expansions),
        ("//span[@class = 'tei-supplied']", "sancti"),
        ("//span[@class = 'tei-unclear']/@title", "unclear: faded"),
        ("//span[contains(@class, 'tei-gap')]", "[… illegible, 3 letters]"),
    ])
    assert "[abbreviated" not in " ".join(document.html.main_text_words())


def test_the_pdf_prints_the_normalised_reading_and_no_bracket_after_every_word(built):
    document = built["choice-abbr-expan"]
    text = document.pdf_text()
    assert "In nomine domini amen. Ego Iohannes presbiter dedi ecclesie [sancti] Petri uineam que est in monte" in text
    assert "Actum anno domini millesimo in sancto monasterio coram testibus." in text
    assert "[… illegible, 3 letters]" in text
    for diplomatic in ("[abbreviated", "abbreviated:", "source reads", "dedid", "vineam", "corum", "\u0304", "\ua770"):
        assert diplomatic not in text, diplomatic
    # About this edition says which readings the text gives, and no lettered apparatus is announced
    assert "The text gives the corrected, expanded and regularised readings" in text
    assert "Footnotes lettered a, b, c" not in text
    assert document.diagnostics == []


def test_the_pdf_notes_the_readings_the_project_asks_for(tmp_path):
    """-p choice-notes="sic orig": a lettered footnote for each correction and regularisation, none for the
    abbreviations."""
    fixture = FIXTURE_DIR / "choice-abbr-expan.xml"
    document = _build([fixture], tmp_path, {"choice-notes": "sic orig"})["choice-abbr-expan"]
    text = document.pdf_text()
    for note in ("source reads: dedid", "original spelling: vineam", "original spelling: millesimo",
                 "source reads: corum"):
        assert note in text, note
    assert "abbreviated" not in text
    assert "Footnotes lettered a, b, c" in text
    assert missing_words(words(document.source), document.pdf.words(), note_marks(document.source)) == []


def test_choice_notes_in_a_note_follow_in_brackets(tmp_path):
    source = tmp_path / "note.xml"
    source.write_text(tei_document("<p>Text.<note>The <choice><sic>teh</sic><corr>the</corr></choice> end.</note></p>"),
                      encoding="utf-8")
    text = _build([source], tmp_path / "out", {"choice-notes": "all"})["note"].pdf_text()
    assert "The the [source reads: teh] end." in text


# ---- index/term ----------------------------------------------------------------------------------------

def test_index_terms_are_not_in_the_line_and_make_an_index(built):
    document = built["index-term"]
    text = " ".join(document.html.xpath("string(//article[@id = 'text'])").split())
    assert "He ate dinner by the sea and slept." in text
    assert "dinnercockles" not in text and "seasea" not in text and "seashore" not in text
    document.html.check([
        ("//article//span[@class = 'tei-index ed-added'][not(node())]", 4),
        ("//section[@id = 'index'][@role = 'doc-index']/h2", "Index"),
        ("//section[@id = 'index']/h3", ["food", "places"]),
        ("//section[@id = 'index']//li[span = 'cockles']", "cockles ¶1, ¶42"),
        ("//section[@id = 'index']//li[span = 'Mussels']", "Mussels ¶42"),
        ("//section[@id = 'index']//li[contains(@class, 'level-2')]", "shore ¶1"),
        # every place of the index is a link to an anchor in the text
        ("count(//section[@id = 'index']//a[not(substring(@href, 2) = //article[@id = 'text']//@id)])", 0.0),
    ])


def test_index_terms_feed_a_back_of_book_index_with_pages_in_the_pdf(built):
    pdf = built["index-term"].pdf
    assert not any("dinnercockles" in page or "seasea" in page for page in pdf.page_texts)
    first = next(n for n, page in enumerate(pdf.page_texts, 1) if "He ate dinner" in page)
    second = next(n for n, page in enumerate(pdf.page_texts, 1) if "Next morning" in page)
    assert first < second
    index = next(page for page in pdf.page_texts if page.startswith("Index"))
    lines = [" ".join(line.split()) for line in index.splitlines()]
    assert lines[:6] == ["Index", "food", f"cockles, {first}, {second}", f"Mussels, {second}", "places",
                         f"sea, {first}"]
    assert f"shore, {first}" in lines
    assert "Index" in [title for _, title in pdf.outline()]


def test_an_index_point_in_a_heading_counts_once_not_in_the_contents_or_the_running_heads(tmp_path):
    """Typst lays a heading out again in the table of contents and in the running heads of its part."""
    filler = "".join(f"<p>Paragraph {n} of the long part, long enough to fill the pages of this part of the"
                     " book with words that say nothing at all about shells.</p>" for n in range(120))
    source = tmp_path / "heads.xml"
    source.write_text(tei_document(f'<div><head>Shells<index><term>shells</term></index></head>{filler}</div>'
                                   f'<div><head>Sand</head><p>The end.</p></div>'), encoding="utf-8")
    pdf = _build([source], tmp_path / "out")["heads"].pdf
    heading = next(n for n, page in enumerate(pdf.page_texts, 1) if page.startswith("Shells"))
    assert sum("Shells" in page for page in pdf.page_texts) > 3  # contents, heading, running heads
    index = next(page for page in pdf.page_texts if page.startswith("Index"))
    assert f"shells, {heading}\n" in index


# ---- binaryObject --------------------------------------------------------------------------------------

def test_binary_data_is_never_printed(built):
    document = built["binaryObject"]
    document.html.check([
        ("//img[@class = 'tei-binaryObject']/@alt", "embedded data: image/png, 95 bytes"),
        ("starts-with(//img[@class = 'tei-binaryObject']/@src, 'data:image/png;base64,iVBORw0KGgo')", True),
        ("//span[contains(@class, 'tei-binaryObject')][contains(@class, 'ed-added')]",
         "[embedded data: audio/ogg, 12 KB]"),
    ])
    assert not BASE64_RUN.search(document.html.xpath("string(//body)"))
    # the one image the page carries is the picture's own data, of a type it may show
    assert [src[:22] for src in document.html.xpath("//body//@src")] == ["data:image/png;base64,"]
    text = document.pdf_text()
    assert not BASE64_RUN.search(text)
    assert "[embedded data: image/png, 95 bytes]" in text and "[embedded data: audio/ogg, 12 KB]" in text
    assert document.diagnostics == []


def test_a_binary_object_that_claims_to_be_an_image_but_is_not_base64_is_a_placeholder(tmp_path):
    source = tmp_path / "bad.xml"
    source.write_text(tei_document('<p>A <binaryObject mimeType="image/png">not base64 at all!</binaryObject>'
                                   ' <binaryObject mimeType="image/svg+xml">PHN2Zy8+</binaryObject> b</p>'),
                      encoding="utf-8")
    document = _build([source], tmp_path / "out")["bad"]
    assert document.html.xpath("//img") == []
    assert document.html.xpath("//span[contains(@class, 'tei-binaryObject')]/text()") == [
        "[embedded data: image/png, 15 bytes]", "[embedded data: image/svg+xml, 6 bytes]"]


# ---- egXML ---------------------------------------------------------------------------------------------

def test_an_xml_example_is_code_with_its_tags(built):
    document = built["egXML"]
    [code] = document.html.xpath("//div[@class = 'tei-egXML code-block']/pre/code")
    [example] = document.source.iter("{http://www.tei-c.org/ns/Examples}egXML")
    assert code.text_content().split() == reading_text_of(example).split()
    assert code.text_content().startswith('<p rend="indent" xml:id="ex1">A <hi rend="italic">short</hi>')
    document.html.check([
        ("//code/span[@class = 'xml-tag'][1]", "<p"),
        ("//code/span[@class = 'xml-attribute']", ["rend=", "xml:id=", "rend=", "target="]),
        ("//code/span[@class = 'xml-value'][1]", '"indent"'),
        ("//code/span[@class = 'xml-comment']", "<!-- a comment -->"),
        ("//code/span[@class = 'xml-tag'][. = '<tei:note']", 1),
        ("//div[@class = 'tei-eg code-block']/pre/code", "<p>Text</p>"),
        # the example's elements are not rendered as TEI
        ("//article//*[contains(@class, 'tei-madeUp') or contains(@class, 'tei-hi')"
         " or contains(@class, 'tei-note')]", 0),
    ])
    # nor reported as TEI elements without a rule (madeUp, tei:note inside the example)
    assert document.diagnostics == []
    text = document.pdf_text()
    assert '<p rend="indent" xml:id="ex1">A <hi rend="italic">short</hi>' in text
    assert "<tei:note>a TEI note inside the example</tei:note>" in text
    assert "<madeUp>an element TEI does not know</madeUp>" in text and "<p>Text</p>" in text


def reading_text_of(example) -> str:
    from toolkit.readingtext import _xml_content

    return _xml_content(example)


# ---- MathML --------------------------------------------------------------------------------------------

def test_mathml_is_native_mathml_in_the_html_without_anything_that_could_run(built):
    document = built["mathml"]
    document.html.check([
        ("//article//math", 3),
        ("//math[1]/msup/mi", "x"), ("//math[1]/mfrac/mi", "y"), ("//math[1]/msqrt/mi", "z"),
        ("//math[@display = 'block']//munderover/mo", "\u2211"),
        ("//math//mi[@mathvariant = 'normal']", "sin"),
        ("//math//mmultiscripts/mprescripts", 1),
        # only MathML that lays out: no href, event handler or style, no annotation-xml and its script
        ("//math/descendant-or-self::*[@href or @onclick or @style]", 0),
        ("//math//annotation-xml | //math//script | //body//script[contains(., 'alert')]", 0),
    ])
    assert [d.code for d in document.diagnostics] == ["pdf.mathml"]  # the PDF's (below); the HTML has none


def test_mathml_is_typst_math_in_the_pdf_and_the_rest_is_reported(built):
    document = built["mathml"]
    text = document.pdf_text()
    assert "The sum 𝑥2 + 1 𝑦 = √𝑧 holds in the text." in text  # math italic: set as mathematics
    assert "∑" in text and "(sin)" in text
    assert "A tensor Rij stands alone." in text  # mmultiscripts: its text, as a last resort …
    [finding] = document.diagnostics  # … with a warning at its line
    assert finding.code == "pdf.mathml" and "mmultiscripts" in finding.message
    line = next(n for n, text in enumerate((FIXTURE_DIR / "mathml.xml").read_text().splitlines(), 1)
                if "<m:mmultiscripts>" in text)
    assert finding.line == line


def test_typst_syntax_in_mathml_stays_text(tmp_path):
    source = tmp_path / "hostile-math.xml"
    tokens = "".join(f"<mo>{t}</mo>" for t in ("#", "$", "\\", '"', "/", "^", "_", "&amp;", "@", "&lt;", "*", ","))
    source.write_text(tei_document(
        f'<p>M <math xmlns="http://www.w3.org/1998/Math/MathML"><mi>a</mi>{tokens}<mtext>#let x = "1" $</mtext>'
        '<mi>ab#c</mi><mn>1,5</mn><mfrac><mrow/><mn>2</mn></mfrac></math> end.</p>'), encoding="utf-8")
    text = _build([source], tmp_path / "out")["hostile-math"].pdf_text()
    assert "#let x = \"1\" $" in text and "ab#c" in text and "1,5" in text


# ---- Screenshots and the views in a browser ------------------------------------------------------------

@pytest.fixture(scope="module")
def chromium():
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = shutil.which("chromium")
    if not executable:
        pytest.skip("Debian's chromium is not installed (make test-system-deps installs it)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--headless", "--no-sandbox",
                                                                              "--disable-gpu", "--no-first-run"])
        yield browser
        browser.close()


def _open(chromium, path, **options):
    context = chromium.new_context(viewport={"width": 1100, "height": 900}, reduced_motion="reduce", **options)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.errors = errors
    return context, page


def _visible(page, selector: str) -> list[bool]:
    return page.eval_on_selector_all(selector, "els => els.map(e => e.getClientRects().length > 0 && "
                                               "getComputedStyle(e).visibility !== 'hidden')")


@pytest.mark.browser
def test_the_normalised_view_shows_by_default_and_the_switch_shows_the_diplomatic_one(built, chromium, artifacts_dir):
    context, page = _open(chromium, built["choice-abbr-expan"].html_path)
    normalised, diplomatic = "#text .tei-choice > .reading-normalised", "#text .tei-choice > .reading-diplomatic"
    count = len(_visible(page, normalised))
    assert _visible(page, normalised) == [True] * count and _visible(page, diplomatic) == [False] * count
    assert set(_visible(page, "#text .tei-am")) == {False}
    assert page.eval_on_selector("#text .tei-ex", "e => getComputedStyle(e).fontStyle") == "italic"
    page.locator("#text").screenshot(path=str(artifacts_dir / "transcription-choice-html-normalised.png"))
    # the other reading on keyboard focus, labelled
    first = page.locator("#text .tei-choice").first
    first.focus()
    other = first.locator(":scope > .reading-diplomatic")
    assert other.is_visible() and other.inner_text() == "[abbreviated: noi\u0304e]"
    page.screenshot(path=str(artifacts_dir / "transcription-choice-html-focus.png"))
    # the diplomatic view: abbreviations with their marks, expansions of a lone expan in parentheses
    page.locator("label.reading-option", has_text="diplomatic").click()
    assert _visible(page, normalised) == [False] * count and _visible(page, diplomatic) == [True] * count
    assert set(_visible(page, "#text .tei-am")) == {True}
    lone = "#text .tei-expan:not(.tei-choice *) .tei-ex"
    assert page.eval_on_selector(lone, "e => getComputedStyle(e, '::before').content") == '"("'
    paragraph = " ".join(page.locator("#text p").nth(1).inner_text().split())
    assert "corum" in paragraph and "coram" not in paragraph and "testib\ua770" in paragraph
    # the script points the description at the reading the view does not show
    assert first.get_attribute("aria-describedby").endswith("-n")
    page.locator("#text").screenshot(path=str(artifacts_dir / "transcription-choice-html-diplomatic.png"))
    assert page.errors == []
    context.close()


@pytest.mark.browser
def test_the_switch_works_without_javascript(built, chromium):
    context, page = _open(chromium, built["choice-abbr-expan"].html_path, java_script_enabled=False)
    assert _visible(page, "#text .tei-choice > .reading-normalised")[0] is True
    page.locator("label.reading-option", has_text="diplomatic").click()
    assert _visible(page, "#text .tei-choice > .reading-normalised")[0] is False
    assert _visible(page, "#text .tei-choice > .reading-diplomatic")[0] is True
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("name,selector", [("index-term", "#index"), ("binaryObject", "#text"), ("egXML", "#text"),
                                           ("mathml", "#text")])
def test_each_construct_renders_in_a_browser(built, chromium, artifacts_dir, name, selector):
    context, page = _open(chromium, built[name].html_path)
    page.locator(selector).screenshot(path=str(artifacts_dir / f"transcription-{name}-html.png"))
    if name == "mathml":  # laid out as mathematics: the fraction is taller than a line of text
        fraction = page.locator("#text math mfrac").first.bounding_box()
        assert fraction and fraction["height"] > 18
    if name == "binaryObject":
        assert page.eval_on_selector("img.tei-binaryObject", "e => e.naturalWidth") == 24
    assert page.errors == []
    context.close()


@pytest.mark.parametrize("name", CONSTRUCTS)
def test_a_page_of_each_construct_in_the_pdf(built, artifacts_dir, name):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    pdf = built[name].pdf
    page = next(n for n, text in enumerate(pdf.page_texts, 1) if n > 2 and text.strip())
    target = artifacts_dir / f"transcription-{name}-pdf"
    subprocess.run(["pdftoppm", "-r", "80", "-f", str(page), "-l", str(page), "-png", "-singlefile",
                    str(pdf.path), str(target)], check=True)
    assert target.with_suffix(".png").stat().st_size > 1000
