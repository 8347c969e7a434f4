"""The critical apparatus (issue 13), parallel segmentation: the lemma in the text, the other readings
with their witnesses' sigla in an apparatus — in HTML an Apparatus section linked both ways with the
lemma (which opens its entry as a popover), in the PDF footnotes of their own, "lemma Wit] reading Wit",
keyed by the line number in verse. One tiny document per rule, checked by (xpath, expected) rows
(RenderedEdition.check in conftest.py), then the PDF's text, then a real browser.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter

import pytest
from lxml import etree

from toolkit.pipeline import build
from toolkit.readingtext import reading_text, words
from toolkit.xmlsource import parse_bytes

from .conftest import DOCS, PdfEdition, missing_words, note_marks, tei_document

#: The witnesses of every fixture: a siglum in abbr (A), in @n (B), only an xml:id (C), and the base text (D).
LISTWIT = """<listWit>
  <witness xml:id="A"><abbr type="siglum">A</abbr>: Autograph, 1820</witness>
  <witness xml:id="wB" n="B">Berlin copy</witness>
  <witness xml:id="C">Copenhagen print</witness>
  <witness xml:id="D" ana="#base"><abbr type="siglum">D</abbr>: Dresden manuscript (the base text)</witness>
</listWit>"""


def critical(body: str, **kwargs) -> str:
    """A TEI document around ``body`` whose source description lists the witnesses A, B, C and D."""
    return tei_document(body, **kwargs).replace("<sourceDesc><p>Written for the tests.</p></sourceDesc>",
                                                f"<sourceDesc>{LISTWIT}</sourceDesc>")


TEXT = "//article[@id = 'text']"
ENTRY = "//section[@id = 'apparatus']//li[@id = '{}']/span[@class = 'app-text']"

CASES = {
    "lemma-and-readings": (
        '<p>The <app><lem wit="#A">butchery</lem><rdg wit="#wB #C">bûchers</rdg><rdg wit="#D">boucherie</rdg>'
        '</app> ended.</p>',
        [(f"{TEXT}//a[@class = 'app-lemma'][@id = 'app-1-lem']", "butchery"),
         (f"{TEXT}//a[@class = 'app-lemma']/@href", "#app-1"),
         (f"{TEXT}//a[@class = 'app-lemma']/@data-popover", "app-1"),
         (f"{TEXT}//a[@class = 'app-lemma']/@aria-describedby", "app-1"),
         # the variants are not in the running text, and no bracket is
         (f"count({TEXT}//text()[contains(., 'bûchers') or contains(., 'boucherie') or contains(., '[')])", 0.0),
         ("//section[@id = 'apparatus'][@aria-labelledby = 'apparatus-h']/h2[@id = 'apparatus-h']",
          "Critical apparatus"),
         (ENTRY.format("app-1"), "butchery A] bûchers B C; boucherie D"),
         ("//li[@id = 'app-1']/a[@role = 'doc-backlink']/@href", "#app-1-lem"),
         ("//li[@id = 'app-1']/a[@class = 'app-loc']", "¶1"),
         ("//li[@id = 'app-1']/a[@class = 'app-loc']/@aria-label", "Back to the text (¶1)"),
         ("//li[@id = 'app-1']//span[contains(@class, 'app-reading')]/@data-wit", ["#wB #C", "#D"]),
         ("//li[@id = 'app-1']//abbr[contains(@class, 'siglum')][. = 'A']/@title", "Autograph, 1820"),
         ("//li[@id = 'app-1']//abbr[contains(@class, 'siglum')][. = 'B']/@title", "Berlin copy"),
         ("//section[@id = 'apparatus']/dl[@class = 'witness-list']/dt", ["A", "B", "C", "D"]),
         ("//section[@id = 'apparatus']/dl[@class = 'witness-list']/dd[1]", "Autograph, 1820"),
         ("//nav[@class = 'site-nav']//a[@href = '#apparatus']", "Critical apparatus")]),
    "base-reading-without-lem": (
        # no lem: the reading of the base witness (D, ana="#base") is the text, else the first reading
        '<p><app><rdg wit="#wB">alpha</rdg><rdg wit="#D">beta</rdg></app> and '
        '<app><rdg wit="#wB">gamma</rdg><rdg wit="#C">delta</rdg></app>.</p>',
        [(f"{TEXT}//a[@class = 'app-lemma']", ["beta", "gamma"]),
         (ENTRY.format("app-1"), "beta D] alpha B"),
         (ENTRY.format("app-2"), "gamma B] delta C")]),
    "empty-reading-is-om": (
        '<p>He <app><lem wit="#A #wB">never</lem><rdg wit="#C"/></app> came.</p>',
        [(ENTRY.format("app-1"), "never A B] om. C"),
         ("//li[@id = 'app-1']//em[@class = 'app-label']", "om.")]),
    "empty-lemma-is-add": (
        # nothing in the text to click: a mark after the place is the link
        '<p>The <app><lem wit="#A"/><rdg wit="#wB">old</rdg></app> house.</p>',
        [(f"{TEXT}//span[@class = 'app-lemma'][@id = 'app-1-lem']", ""),
         (f"{TEXT}//sup[@class = 'app-call-wrap ed-added']/a[@class = 'app-call'][@href = '#app-1']", "°"),
         (f"{TEXT}//a[@class = 'app-call']/@aria-label", "Apparatus entry, ¶1"),
         (ENTRY.format("app-1"), "add. old B")]),
    "reading-groups": (
        '<p>A <app><lem wit="#A">colour</lem><rdgGrp type="orthographic"><rdg wit="#wB">color</rdg>'
        '<rdg wit="#C">coloure</rdg></rdgGrp><rdg wit="#D">hue</rdg></app>.</p>',
        [(ENTRY.format("app-1"), "colour A] color B, coloure C (orthographic); hue D"),
         ("//li[@id = 'app-1']//span[contains(@class, 'app-group')][@data-type = 'orthographic']"
          "/span[contains(@class, 'app-reading')]", 2)]),
    "type-and-cause": (
        '<p>A <app><lem wit="#A">sharp</lem><rdg wit="#wB" type="substantive" cause="eye_skip">short</rdg></app>'
        ' word.</p>',
        [(ENTRY.format("app-1"), "sharp A] short B (substantive, eye skip)"),
         ("//li[@id = 'app-1']//span[@class = 'app-type']", "(substantive, eye skip)"),
         ("//li[@id = 'app-1']//span[contains(@class, 'app-reading')]/@data-cause", "eye_skip")]),
    "lacunae": (
        '<p>From <app><lem wit="#A #wB">here</lem><rdg wit="#C"><lacunaStart/></rdg></app> to '
        '<app><lem wit="#A #wB">there</lem><rdg wit="#C"><lacunaEnd/>thar</rdg></app>.</p>',
        [(ENTRY.format("app-1"), "here A B] lacuna begins in C"),
         (ENTRY.format("app-2"), "there A B] thar C, lacuna ends in C")]),
    "verse": (
        '<lg>' + "".join(f"<l>line {n}</l>" for n in range(1, 7))
        + '<l>line <app><lem wit="#A">seven</lem><rdg wit="#C">vii</rdg></app></l></lg>',
        [(ENTRY.format("app-1"), "seven A] vii C"),
         ("//li[@id = 'app-1']/a[@class = 'app-loc']", "7"),
         ("//li[@id = 'app-1']/a[@class = 'app-loc']/@aria-label", "Back to the text (line 7)"),
         (f"{TEXT}//div[contains(@class, 'tei-l')][7]//a[@class = 'app-lemma']", "seven")]),
    "whole-lines": (
        # a reading of whole lines: the lines stay blocks, the entry is keyed by the first, the variant's
        # line is no line of the text (line 5 is "five")
        '<lg><l>one</l><app><lem wit="#A"><l>two</l><l>three</l></lem><rdg wit="#C"><l>deux</l></rdg></app>'
        '<l>four</l><l>five</l></lg>',
        [(ENTRY.format("app-1"), "two three A] deux C"),
         ("//li[@id = 'app-1']/a[@class = 'app-loc']", "2"),
         (f"{TEXT}//div[@id = 'app-1-lem']/div[@class = 'tei-l']", ["two", "three"]),
         (f"{TEXT}//div[@class = 'app-call-block ed-added']/a[@class = 'app-call']/@href", "#app-1"),
         ("count(//span//div | //a//div)", 0.0),
         (f"{TEXT}//span[contains(@class, 'lnum')]/..", "5five")]),
    "links-in-the-lemma": (
        # a lemma with a note call cannot be a link itself (no link in a link): a mark follows it
        '<p><app><lem wit="#A"><persName>Ada</persName> wrote<note>A note.</note></lem>'
        '<rdg wit="#wB">Ada said</rdg></app>.</p>',
        [(f"{TEXT}//span[@class = 'app-lemma'][@id = 'app-1-lem']//a[@class = 'note-call']", "1"),
         (f"{TEXT}//span[@class = 'app-lemma']/following-sibling::sup/a[@class = 'app-call']/@href", "#app-1"),
         ("count(//a//a)", 0.0),
         (ENTRY.format("app-1"), "Ada wrote A] Ada said B")]),
    "witness-details": (
        '<p>A <app><lem wit="#A">word</lem><rdg wit="#wB">ward</rdg><witDetail wit="#wB">over an erasure</witDetail>'
        '</app>.</p>',
        [(ENTRY.format("app-1"), "word A] ward B; B: over an erasure"),
         (f"count({TEXT}//text()[contains(., 'erasure')])", 0.0)]),
    "app-inside-a-variant": (
        # an app in a reading that the text does not show is part of that reading's entry
        '<p><app><lem wit="#A">one two</lem><rdg wit="#wB #C">one <app><lem wit="#wB">three</lem>'
        '<rdg wit="#C">four</rdg></app></rdg></app>.</p>',
        [("//section[@id = 'apparatus']//li", 1),
         (ENTRY.format("app-1"), "one two A] one three [four C] B C")]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_apparatus_feature(html_edition, case):
    body, rows = CASES[case]
    document = critical(body)
    edition = html_edition(document)
    edition.check(rows)
    assert edition.diagnostics == []
    # every word of the reading text is in the text, and nothing else of the source (the variants are not)
    assert edition.main_text_words() == words(parse_bytes(document.encode(), "fixture.xml").root)
    # ids are unique, and every link of the lemma and of the apparatus finds its target
    ids = Counter(edition.xpath("//@id"))
    assert [i for i, n in ids.items() if n > 1] == []
    links = edition.xpath("//a[contains(@class, 'app-')]/@href | //section[@id = 'apparatus']//a/@href")
    assert links and [href for href in links if href[1:] not in ids] == []
    # lemma → entry → lemma
    for lemma in edition.xpath(f"{TEXT}//*[@class = 'app-lemma']"):
        entry = edition.tree.get_element_by_id(lemma.get("id")[:-len("-lem")])
        assert entry.xpath("a[@role = 'doc-backlink']/@href") == ["#" + lemma.get("id")]


def test_a_witness_list_in_the_back_is_a_list_of_sigla_and_descriptions(html_edition):
    document = critical('<p><app><lem wit="#X">a</lem><rdg wit="#Y">b</rdg></app></p>').replace(
        "</body>", "</body><back><listWit><head>Sigla</head><witness xml:id='X'>Xanten codex</witness>"
                   "<witness xml:id='Y'><abbr>Y</abbr> York roll</witness></listWit></back>")
    edition = html_edition(document)
    edition.check([("//section[contains(@class, 'tei-back')]/ul[@class = 'tei-listWit']/li[@id = 'X']",
                    "X Xanten codex"),
                   ("//li[@id = 'X']/abbr[@class = 'siglum ed-added']", "X"),  # from the id: added by the edition
                   ("//li[@id = 'Y']", "Y York roll"),
                   (ENTRY.format("app-1"), "a X] b Y"),
                   ("//li[@id = 'app-1']//abbr[. = 'X']/@title", "Xanten codex")])
    assert edition.diagnostics == []
    assert edition.main_text_words() == words(parse_bytes(document.encode(), "fixture.xml").root)


def test_the_labels_follow_the_interface_language(html_edition):
    edition = html_edition(critical('<p><app><lem wit="#A">ja</lem><rdg wit="#C"/><rdg wit="#wB"><lacunaStart/></rdg>'
                                    '</app>.</p>', lang="de"))
    edition.check([("//section[@id = 'apparatus']/h2", "Kritischer Apparat"),
                   ("//section[@id = 'apparatus']/h3", "Textzeugen"),
                   (ENTRY.format("app-1"), "ja A] om. C; Beginn der Lücke in B"),
                   ("//li[@id = 'app-1']/a/@aria-label", "Zurück zum Text (¶1)")])


def test_a_document_without_app_has_no_apparatus(html_edition):
    edition = html_edition(critical("<p>Plain text.</p>"))
    assert edition.xpath("//section[@id = 'apparatus'] | //a[@href = '#apparatus']") == []


def test_the_reading_text_is_the_lemma_or_the_base_reading_without_witness_details():
    document = critical('<p><app><rdg wit="#wB">alpha</rdg><rdg wit="#D">beta</rdg></app> '
                        '<app><rdg wit="#wB">gamma</rdg><rdg wit="#C">delta</rdg></app> '
                        '<app><lem>x</lem><rdg>y</rdg><witDetail wit="#C">erased</witDetail></app></p>')
    assert reading_text(etree.fromstring(document.encode())) == "beta gamma x"


# ---- The PDF edition ---------------------------------------------------------------------------------

CRITICAL_EDITION = DOCS / "critical-edition.xml"


@pytest.fixture(scope="module")
def verse_pdf(pdf_edition) -> PdfEdition:
    return pdf_edition(CRITICAL_EDITION)


PROSE = critical(
    '<p>The <app><lem wit="#A">butchery</lem><rdg wit="#wB #C">bûchers</rdg><rdg wit="#D">boucherie</rdg></app> '
    'ended.<note>An editorial note with <app><lem wit="#A">its lemma</lem><rdg wit="#C">another</rdg></app>.</note></p>'
    '<p>He <app><lem wit="#A #wB">never</lem><rdg wit="#C"/></app> came to the '
    '<app><lem wit="#A"/><rdg wit="#wB">old</rdg></app> house.</p>')


@pytest.fixture(scope="module")
def prose_pdf(pdf_edition, tmp_path_factory) -> PdfEdition:
    path = tmp_path_factory.mktemp("apparatus") / "prose.xml"
    path.write_text(PROSE, encoding="utf-8")
    return pdf_edition(path)


def _one_line(edition: PdfEdition) -> str:
    return " ".join(" ".join(edition.page_texts).split())


def test_verse_keeps_the_lemma_in_the_line_and_its_entry_keyed_by_line_number(verse_pdf):
    text = _one_line(verse_pdf)
    assert "Experience, though noon auctoritee" in text
    assert "If I so ofte myghte have ywedded bee" in text
    for entry in ("1 Experience El Hg Cp] Experiment La (substantive)",
                  "2 is right ynogh El La] were right ynogh Hg Cp",
                  "7 ywedded El Hg] wedded La, iwedded Cp (orthographic)",
                  "12 taughte he me El Hg La] om. Cp (homeoteleuton)",
                  "16 Samaritan El Hg] lacuna begins in La",
                  "18 add. ilke Cp",
                  "20 What that he mente therby El Hg Cp] What he mente therby La, lacuna ends in La"):
        assert entry in text, entry
    body = text.split("1 Experience El Hg Cp]")[0]
    assert "Experiment" not in body and "[" not in body  # no variant and no bracket in the running text
    assert "‘And that man that now hath thee" in body  # an empty lemma leaves one space, and no mark
    root = parse_bytes(CRITICAL_EDITION.read_bytes(), str(CRITICAL_EDITION)).root
    assert missing_words(words(root), verse_pdf.words(), note_marks(root)) == []
    assert verse_pdf.diagnostics == []


def test_prose_calls_its_entries_by_letters_apart_from_the_numbered_notes(prose_pdf):
    text = _one_line(prose_pdf)
    assert "The butcherya ended.1" in text
    assert "He neverb came to thec house." in text  # an empty lemma: the letter after the word before
    # footnotes: the letter (the PDF's text layer joins it to the entry), "lemma Wit] reading Wit; …"
    assert "abutchery A] bûchers B C; boucherie D" in text
    assert "bnever A B] om. C" in text and "cadd. old B" in text
    # a note has no footnotes of its own: the readings follow the lemma in brackets
    assert "1An editorial note with its lemma [another C]." in text
    assert "variant:" not in text and "bûchers" not in text.split("abutchery A]")[0]
    assert prose_pdf.diagnostics == []


def test_a_reading_of_whole_lines_is_keyed_by_its_first_line_and_takes_no_line_of_its_own(pdf_edition, tmp_path):
    path = tmp_path / "lines.xml"
    path.write_text(critical(CASES["whole-lines"][0]), encoding="utf-8")
    text = "\n".join(pdf_edition(path).page_texts)
    # the paragraph number 1 in the margin, the line number 5 at the right, the entry at the foot
    assert "1 one\ntwo\nthree\nfour\nfive 5\n2 two three A] deux C" in text


def test_a_page_of_each_pdf_is_kept_to_look_at(verse_pdf, prose_pdf, artifacts_dir):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    for name, edition in (("apparatus-pdf-verse", verse_pdf), ("apparatus-pdf-prose", prose_pdf)):
        page = next(i for i, t in enumerate(edition.page_texts, 1) if "] " in t)
        subprocess.run(["pdftoppm", "-r", "80", "-f", str(page), "-l", str(page), "-png", "-singlefile",
                        str(edition.path), str(artifacts_dir / name)], check=True)
        assert (artifacts_dir / f"{name}.png").stat().st_size > 5000


# ---- In a browser ------------------------------------------------------------------------------------

@pytest.mark.browser
def test_the_lemma_opens_its_entry_as_a_popover(tmp_path, artifacts_dir):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not shutil.which("chromium"):
        pytest.skip("Debian's chromium is not installed (make test-system-deps installs it)")
    prose = tmp_path / "prose.xml"
    prose.write_text(critical("".join(body for body, _ in CASES.values() if "<lg>" not in body)), encoding="utf-8")
    report = build([CRITICAL_EDITION, prose], out_dir=tmp_path, validate=False)
    assert report.ok, [d.format() for d in report.diagnostics]
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium"),
                                             args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.goto((tmp_path / "critical-edition.html").as_uri())
        page.screenshot(path=str(artifacts_dir / "apparatus-html-verse.png"), full_page=True)
        lemma = page.locator("#text a.app-lemma[href='#app-3']")
        assert lemma.inner_text() == "ywedded"
        lemma.click()
        popover = page.get_by_role("dialog")
        assert popover.is_visible()
        assert " ".join(popover.inner_text().split()).endswith("7 ywedded El Hg] wedded La, iwedded Cp (orthographic)")
        page.screenshot(path=str(artifacts_dir / "apparatus-html-popover.png"))
        page.keyboard.press("Escape")
        assert not popover.is_visible()
        assert page.evaluate("document.activeElement.getAttribute('href')") == "#app-3"
        page.goto((tmp_path / "prose.html").as_uri())
        page.screenshot(path=str(artifacts_dir / "apparatus-html-prose.png"), full_page=True)
        browser.close()
    assert errors == []
