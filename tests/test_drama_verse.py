"""Drama and verse read as their editors meant (issue 13), in the HTML and the PDF edition.

One tiny TEI document per rule (CASES, named after the rule), checked by (xpath, expected) rows on the
HTML (RenderedEdition.check in conftest.py); every case also keeps every word of its reading text and
gives every element of the page its own id. The PDF edition of the play, of the same play with run-in
speakers and of the poem is read back with pypdf: words, and where they stand on the page (the x of a
speaker, a stage direction, a split line's second part, a line number, a paragraph number). Screenshots
of each construct (browser and PDF page) are kept in tests/artifacts/. A real play of ../shared/bench/
(ADL, Danish) is built when it is there.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from toolkit.pipeline import build
from toolkit.readingtext import words
from toolkit.xmlsource import parse, parse_bytes

from .conftest import PdfEdition, missing_words, note_marks, tei_document


def has_class(name: str) -> str:
    """An XPath predicate: the element's class attribute has the token ``name``."""
    return f"[contains(concat(' ', @class, ' '), ' {name} ')]"


SP, SPEAKER, STAGE, L, LG = (has_class(c) for c in ("tei-sp", "tei-speaker", "tei-stage", "tei-l", "tei-lg"))
LNUM, PNUM = "span[@class = 'lnum ed-added']", "a[@class = 'pnum ed-added']"

# ---- The documents, one per rule -------------------------------------------------------------------

SPEAKER_SET_APART = (
    '<div type="scene"><sp who="#bar"><speaker>BARNARDO</speaker><l n="1.1.1">Who’s there?</l></sp>'
    '<sp who="#fra"><speaker>FRANCISCO</speaker><p>Nay, answer me.</p><p>Stand and unfold yourself.</p></sp></div>')

STAGE_DIRECTIONS = (
    '<div type="scene"><stage type="entrance">Enter Barnardo and Francisco.</stage>'
    '<sp><speaker>BARNARDO</speaker><stage>Aside.</stage><l n="1.1.6">’Tis now struck twelve. <stage>He yawns.</stage>'
    ' Get thee to bed.</l></sp><stage type="exit"><p>Exit Francisco.</p><p>Night.</p></stage></div>')

FOLGER_LINE_NUMBERS = (
    '<div type="scene">' + "".join(
        f'<sp><speaker>S{n}</speaker><l n="1.1.{n}">Line {n} of the scene.</l></sp>' for n in range(1, 11))
    + '<sp><speaker>S</speaker><l n="15">A plain number.</l><l n="1.1.1">The first number again.</l>'
      '<l xml:id="ftln-0020" n="1.1.20">A line with an xml:id.</l></sp></div>')

SPLIT_LINES = (
    '<div type="scene"><sp><speaker>FRANCISCO</speaker><l n="1.1.4" part="I">Barnardo?</l></sp>'
    '<sp><speaker>BARNARDO</speaker><l n="1.1.4" part="M">He.</l></sp>'
    '<sp><speaker>FRANCISCO</speaker><l n="1.1.4" part="F">You come most carefully</l>'
    '<l n="1.1.5">upon your hour.</l></sp>'
    '<sp><speaker>X</speaker><l part="F">A final part with no initial one.</l></sp></div>')

LINES_COUNTED_THROUGH_THE_SCENE = (
    '<div type="scene">' + "".join(
        f'<sp><speaker>S{s}</speaker><lg><l>Speech {s}, first line,</l><l>speech {s}, second line.</l></lg></sp>'
        for s in range(1, 4)) + '</div>'
    '<div type="scene"><sp><speaker>T</speaker><lg>' + "".join(f"<l>next scene {i}</l>" for i in range(1, 6))
    + '</lg></sp></div>')

CAST_LIST = (
    '<div type="castList"><castList><head>Persons of the play</head>'
    '<castItem><role xml:id="ham">Hamlet</role>, <roleDesc>prince of Denmark</roleDesc></castItem>'
    '<castGroup><head>Sentinels</head><castItem><role>Barnardo</role></castItem><castItem><role>Francisco</role>'
    '</castItem><roleDesc>officers of the watch</roleDesc></castGroup>'
    '<stage>The scene: Elsinore.</stage><castItem><role>Ghost</role></castItem></castList></div>')

VERSE = (
    '<div><head>Poems</head><p>Prose before the poem.</p>'
    '<lg type="poem"><lg type="stanza">' + "".join(f"<l>stanza one, line {i},</l>" for i in range(1, 5))
    + '</lg><lg type="stanza">' + "".join(f"<l>stanza two, line {i},</l>" for i in range(5, 11))
    + '</lg></lg><p>Prose after the poem.</p></div>')

INDENT_FROM_REND = (
    '<lg><l>not indented,</l><l rend="indent">indent,</l><l rend="indent(2)">indent twice,</l>'
    '<l rend="indent3">indent three times,</l><l style="margin-left: 2em">a style,</l>'
    '<l rend="margin-left:32px">CSS in rend,</l><l rendition="#in3">a rendition,</l>'
    '<l rend="indent(x)">an odd indent,</l><l rend="margin-left:-2em">a negative one.</l></lg>')
RENDITION = ('<encodingDesc><tagsDecl><rendition xml:id="in3" scheme="css">margin-left: 3em;</rendition>'
             '</tagsDecl></encodingDesc>')

ODD_FORMS = (
    '<sp><speaker>A</speaker>words in a speech<l n="x.y">a line whose n has no digits</l><l n="">an empty n</l>'
    '<l part="weird">an unknown part</l><stage><stage>a stage in a stage</stage></stage><move/>'
    '<castList>loose words<castItem>an item</castItem></castList></sp><lg><stage>between lines</stage>'
    '<l>a line <caesura/> with a caesura</l></lg>')

CASES = {
    "speaker-set-apart": (SPEAKER_SET_APART, "", [
        (f"//div{SP}", 2),
        # the speaker is a block of its own, first in its speech, in small capitals (CSS keys on the class)
        (f"(//div{SP})[1]/*[1][self::div]{SPEAKER}", "BARNARDO"),
        (f"(//div{SP})[1]/*[2]{L}", "Who’s there?"),
        (f"(//div{SP})[2]/div{SPEAKER}/following-sibling::*[1][self::p]/@id", "p1"),
        (f"//div{SP}[@data-who = '#fra']/p", 2),
        (f"//span{SPEAKER}", 0)]),
    "stage-directions": (STAGE_DIRECTIONS, "", [
        # between blocks: a block of its own (CSS: italics, indented); in a line: inline
        (f"//section/div{STAGE}[@data-type = 'entrance']", "Enter Barnardo and Francisco."),
        (f"//div{SP}/div{STAGE}", "Aside."),
        (f"//div{L}/span{STAGE}", "He yawns."),
        (f"//div{STAGE}[@data-type = 'exit']/p[@id = 'p1']/text()", "Exit Francisco."),
        (f"//div{STAGE}[@data-type = 'exit']/p[@id = 'p2']/text()", "Night.")]),
    "line-numbers-from-any-n": (FOLGER_LINE_NUMBERS, "", [
        # "1.1.5": the number shown is its last numeric part, the full @n is the line's id
        (f"//div{L}[@id = '1.1.5']/{LNUM}", "5"),
        (f"//div{L}[@id = '1.1.10']/{LNUM}", "10"),
        (f"//div{L}[@id = '1.1.5']/{LNUM}/@aria-label", "line 5"),
        (f"//{LNUM}", ["5", "10", "15", "20"]),
        (f"//div{L}[@data-n = '15']/@id", "15"),
        # an @n met a second time is no second id; an xml:id stays the id, the @n an anchor in the line
        ("count(//*[@id = '1.1.1'])", 1.0),
        (f"(//div{L}[@data-n = '1.1.1'])[2]/@id", 0),
        (f"//div{L}[@id = 'ftln-0020']/span[@class = 'anchor']/@id", "1.1.20"),
        (f"//div{L}[@id = 'ftln-0020']/{LNUM}", "20")]),
    "split-lines-aligned": (SPLIT_LINES, "", [
        # a later part starts after the earlier parts: their length (characters) in --after
        (f"//div{L}[@data-part = 'I']/@style", 0),
        (f"//div{L}[@data-part = 'M']/@style", "--after: 9"),
        (f"//div{L}[@data-part = 'F'][@data-n]/@style", "--after: 13"),
        (f"//div{L}[@data-part = 'F'][not(@data-n)]/@style", 0),
        # the parts share one number and one id (the first part's)
        ("count(//*[@id = '1.1.4'])", 1.0),
        (f"//div{L}[@id = '1.1.4']/@data-part", "I"),
        (f"//div{L}[@id = '1.1.5']/{LNUM}", "5")]),
    "lines-counted-through-the-scene": (LINES_COUNTED_THROUGH_THE_SCENE, "", [
        # lines without @n count through their scene, not from 1 in each speech's line group
        (f"//section[@id = 'sec-1']//{LNUM}", "5"),
        (f"//section[@id = 'sec-1']//div{SP}[3]//div{L}[1]/{LNUM}", "5"),
        (f"//section[@id = 'sec-2']//{LNUM}", "5"),
        (f"//section[@id = 'sec-2']//div{L}[5]/{LNUM}", "5")]),
    "cast-list-as-list": (CAST_LIST, "", [
        (f"//div{has_class('tei-castList')}/p{has_class('tei-head')}", "Persons of the play"),
        (f"//div{has_class('tei-castList')}/ul", 2),
        (f"//div{has_class('tei-castList')}/ul[1]/li", 2),
        (f"//div{has_class('tei-castList')}/ul[1]/li[1]{has_class('tei-castItem')}", "Hamlet, prince of Denmark"),
        (f"//li{has_class('tei-castGroup')}/span{has_class('tei-head')}", "Sentinels"),
        (f"//li{has_class('tei-castGroup')}/ul/li{has_class('tei-castItem')}", ["Barnardo", "Francisco"]),
        (f"//li{has_class('tei-castGroup')}/span{has_class('tei-roleDesc')}", "officers of the watch"),
        (f"//div{has_class('tei-castList')}/div{STAGE}/following-sibling::ul/li", "Ghost"),
        ("//span[@id = 'ham']", "Hamlet"),
        ("count(//article[@id = 'text']//*[self::h2 or self::h3 or self::h4][not(contains(@class, 'ed-added'))])",
         0.0)]),  # no heading
    "verse-numbers-in-their-own-margin": (VERSE, "", [
        # paragraph numbers: a.pnum of the blocks; line numbers: span.lnum of the lines (CSS: other side)
        (f"//{PNUM}", ["1", "2", "3"]),
        (f"//div{LG}[@id = 'p2']/{PNUM}", "2"),
        (f"//{LNUM}", ["5", "10"]),
        (f"//{LNUM}/parent::div{L}", 2),
        (f"//div{L}/{PNUM} | //div{LG}/{LNUM}", 0),
        # stanzas: line groups inside the poem's group
        (f"//div{LG}[@id = 'p2']/div{LG}[@data-type = 'stanza']", 2)]),
    "indent-from-rend": (INDENT_FROM_REND, RENDITION, [
        (f"//div{L}[1]/@style", 0),
        (f"//div{L}[@data-rend = 'indent']/@style", "--indent: 1.5em"),
        (f"//div{L}[@data-rend = 'indent(2)']/@style", "--indent: 3em"),
        (f"//div{L}[@data-rend = 'indent3']/@style", "--indent: 4.5em"),
        (f"//div{L}[contains(., 'a style,')]/@style", "--indent: 2em"),
        (f"//div{L}[@data-rend = 'margin-left:32px']/@style", "--indent: 2em"),
        (f"//div{L}[@data-rendition = '#in3']/@style", "--indent: 3em"),
        (f"//div{L}[@data-rend = 'indent(x)']", "an odd indent,"),
        (f"//div{L}[@data-rend = 'indent(x)']/@style", 0),
        (f"//div{L}[@data-rend = 'margin-left:-2em']/@style", 0)]),
    "odd-forms-keep-their-words": (ODD_FORMS, "", [
        (f"//div{L}[@data-n = 'x.y']/@id", "line-x.y"),
        (f"//div{L}[@data-n = 'x.y']/{LNUM}", 0),
        (f"//div{L}[@data-part = 'weird']", "an unknown part"),
        (f"//div{STAGE}/span{STAGE}", "a stage in a stage"),
        (f"//div{LG}/div{STAGE}", "between lines")]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_rule(html_edition, case):
    body, header, rows = CASES[case]
    source = tei_document(body, header=header)
    edition = html_edition(source)
    edition.check(rows)
    assert edition.main_text_words() == words(parse_bytes(source.encode(), "case.xml").root)
    assert [i for i, n in Counter(edition.xpath("//@id")).items() if n > 1] == []
    assert edition.diagnostics == []


def test_speakers_run_in_by_parameter(html_edition):
    """-p speaker-run-in=true: the speaker starts the speech's first line or paragraph; a speech that
    opens with a stage direction keeps its speaker on a line of its own."""
    source = tei_document(SPEAKER_SET_APART + STAGE_DIRECTIONS + SPLIT_LINES)
    edition = html_edition(source, **{"speaker-run-in": "true"})
    edition.check([
        (f"//div{L}[@data-n = '1.1.1']/*[1][self::span]{SPEAKER}", "BARNARDO"),
        (f"//div{L}[@data-n = '1.1.1']", "BARNARDO Who’s there?"),
        (f"//div{SP}[@data-who = '#fra']/p[1]/span{SPEAKER}", "FRANCISCO"),
        (f"//div{SP}[@data-who = '#fra']/p[2]/span{SPEAKER}", 0),
        (f"//div{SPEAKER}", "BARNARDO"),  # the one before "Aside."
        # a run-in part starts after the earlier part's speaker and words ("FRANCISCO Barnardo?")
        (f"//div{L}[@data-part = 'M']/@style", "--after: 19")])
    assert edition.main_text_words() == words(parse_bytes(source.encode(), "case.xml").root)


# ---- The PDF edition ----------------------------------------------------------------------------------

PLAY = tei_document(CAST_LIST + (
    '<div type="scene"><stage type="entrance">Enter Barnardo and Francisco, two sentinels.</stage>'
    '<sp><speaker>BARNARDO</speaker><l n="1.1.1">Who’s there?</l></sp>'
    '<sp><speaker>FRANCISCO</speaker><l n="1.1.2">Nay, answer me. Stand and unfold yourself.</l></sp>'
    '<sp><speaker>BARNARDO</speaker><l n="1.1.3">Long live the King!</l></sp>'
    '<sp><speaker>FRANCISCO</speaker><l n="1.1.4" part="I">Barnardo?</l></sp>'
    '<sp><speaker>BARNARDO</speaker><l n="1.1.4" part="F">He.</l></sp>'
    '<sp><speaker>FRANCISCO</speaker><l n="1.1.5">You come most carefully upon your hour.</l></sp>'
    '<sp><speaker>BARNARDO</speaker><l n="1.1.6">’Tis now struck twelve. <stage>He yawns.</stage> Get thee to bed,'
    ' Francisco.</l></sp><sp><speaker>FRANCISCO</speaker><p>For this relief much thanks. ’Tis bitter cold,'
    ' and I am sick at heart.</p><stage>Exit.</stage></sp></div>'))


def _pdf(tmp_path_factory, name: str, text: str, **params) -> PdfEdition:
    folder = tmp_path_factory.mktemp(name)
    source = folder / f"{name}.xml"
    source.write_text(text, encoding="utf-8")
    report = build([source], to=["pdf"], out_dir=folder / "out", validate=False, params=params)
    assert report.ok, [d.format() for d in report.diagnostics]
    edition = PdfEdition(report.documents[0].outputs["pdf"], report.diagnostics)
    root = parse(source).root
    assert missing_words(words(root), edition.words(), note_marks(root)) == []
    assert edition.diagnostics == []
    return edition


@pytest.fixture(scope="module")
def play_pdf(tmp_path_factory) -> PdfEdition:
    return _pdf(tmp_path_factory, "play", PLAY)


def runs(edition: PdfEdition, needle: str) -> list[tuple[str, float, float, str]]:
    """The runs of text on the page that holds ``needle``: (text, x, y, font name), in reading order."""
    page = next((p for p in edition.reader.pages if needle in (p.extract_text() or "")), None)
    assert page is not None, f"{needle!r} is on no page"
    found: list[tuple[str, float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            name = str((font or {}).get("/BaseFont", ""))
            found.append((text.strip(), cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3], name))

    page.extract_text(visitor_text=visit)
    return found


def x_of(found, text: str) -> float:
    return next(x for t, x, _, _ in found if t == text)


def test_the_play_in_print(play_pdf):
    text = "\n".join(play_pdf.page_texts)
    # each speaker on a line of its own, above the speech
    assert "BARNARDO\nWho’s there?\nFRANCISCO\nNay, answer me." in text
    assert "Persons of the play" in text and "Sentinels\nBarnardo\nFrancisco" in text
    found = runs(play_pdf, "BARNARDO")
    left = x_of(found, "BARNARDO")
    assert x_of(found, "Who’s there?") == pytest.approx(left, abs=0.5)
    # stage directions between speeches are indented; one inside a line stays in it
    assert x_of(found, "Enter Barnardo and Francisco, two sentinels.") > left + 15
    assert x_of(found, "Exit.") > left + 15
    assert x_of(found, "He yawns.") > x_of(found, "’Tis now struck twelve.") + 60
    # the final part of the split line starts where "Barnardo?" ended (about 45 pt at 10.5 pt)
    assert 35 < x_of(found, "He.") - x_of(found, "Barnardo?") < 55
    # line 1.1.5 shows "5" to the right of its words; paragraph 1's number is left of the text
    five = next((x, y) for t, x, y, _ in found if t == "5")
    hour = next((x, y) for t, x, y, _ in found if t.startswith("You come most carefully"))
    assert five[0] > hour[0] + 250 and abs(five[1] - hour[1]) < 4
    assert x_of(found, "1") < left - 5
    # the cast: a list, the group's members under its head
    assert x_of(found, "Barnardo") > x_of(found, "Sentinels") + 5 > x_of(found, "Persons of the play") + 5


def test_the_play_in_print_with_run_in_speakers(tmp_path_factory):
    edition = _pdf(tmp_path_factory, "play-run-in", PLAY, **{"speaker-run-in": "true"})
    text = " ".join(" ".join(edition.page_texts).split())
    for line in ("BARNARDO Who’s there?", "FRANCISCO Nay, answer me. Stand and unfold yourself.",
                 "FRANCISCO For this relief much thanks."):
        assert line in text


def test_verse_in_print_numbers_lines_in_their_own_margin_and_style(tmp_path_factory):
    edition = _pdf(tmp_path_factory, "verse", tei_document(VERSE + INDENT_FROM_REND, header=RENDITION))
    found = runs(edition, "stanza one")
    text_left = x_of(found, "Prose before the poem.")
    # (above the folio at the foot of the page)
    paragraph_numbers = [(x, font) for t, x, y, font in found if t in ("1", "2", "3", "4") and y > 60]
    line_numbers = [(x, font) for t, x, y, font in found if t in ("5", "10") and y > 60]
    assert len(paragraph_numbers) == 4 and len(line_numbers) == 3  # the poem's 5 and 10, the indents' 5
    assert all(x < text_left for x, _ in paragraph_numbers)
    assert all(x > text_left + 250 for x, _ in line_numbers)
    # another style: italic figures for lines, upright for paragraphs
    assert all("Italic" in font for _, font in line_numbers)
    assert not any("Italic" in font for _, font in paragraph_numbers)
    # indentation from @rend
    indent = runs(edition, "not indented")
    base = x_of(indent, "not indented,")
    assert x_of(indent, "indent,") - base == pytest.approx(1.5 * 10.5, abs=1)
    assert x_of(indent, "indent twice,") - base == pytest.approx(3 * 10.5, abs=1)
    assert x_of(indent, "an odd indent,") == pytest.approx(base, abs=0.5)


# ---- Screenshots: the browser and the PDF page ------------------------------------------------------------

def shot(page, selector: str, path: Path) -> None:
    """A screenshot of an element with the margins around it (where the numbers stand)."""
    box = page.locator(selector).first.bounding_box()
    page.screenshot(path=str(path), full_page=True, clip={"x": max(0, box["x"] - 70), "y": max(0, box["y"] - 10),
                                                          "width": box["width"] + 110, "height": box["height"] + 20})


@pytest.mark.browser
def test_drama_and_verse_in_a_browser(tmp_path, artifacts_dir):
    """In Chromium: the verse numbers stand right of the text, the paragraph numbers left of it; stanzas
    are apart; a split line's second part starts about where the first ended; a speaker has a line of
    its own. Screenshots of each construct are kept."""
    from .test_browser import ARGS, CHROMIUM, playwright_or_skip

    sync_api = playwright_or_skip()
    sources = {"drama": PLAY, "verse": tei_document(VERSE + INDENT_FROM_REND, header=RENDITION)}
    pages = {}
    for name, text in sources.items():
        (tmp_path / f"{name}.xml").write_text(text, encoding="utf-8")
        report = build([tmp_path / f"{name}.xml"], out_dir=tmp_path / "out", validate=False)
        assert report.ok
        pages[name] = report.documents[0].outputs["html"]
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium") or CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.goto(Path(pages["verse"]).as_uri())
        box = page.evaluate("""() => {
          const r = e => e.getBoundingClientRect();
          const text = r(document.querySelector('p.numbered'));
          const lines = [...document.querySelectorAll('.tei-lg .tei-lg')].map(r);
          return {text: [text.left, text.right], pnum: [...document.querySelectorAll('.pnum')].map(e => r(e).right),
                  lnum: [...document.querySelectorAll('.lnum')].map(e => r(e).left),
                  lnumFont: getComputedStyle(document.querySelector('.lnum')).fontStyle,
                  pnumFont: getComputedStyle(document.querySelector('.pnum')).fontFamily,
                  lnumFamily: getComputedStyle(document.querySelector('.lnum')).fontFamily,
                  stanzaGap: lines[1].top - lines[0].bottom,
                  lineHeight: r(document.querySelector('.tei-l')).height};
        }""")
        assert all(right <= box["text"][0] for right in box["pnum"])  # left margin
        assert all(left >= box["text"][0] + 0.6 * (box["text"][1] - box["text"][0]) for left in box["lnum"])
        assert box["lnumFont"] == "italic" and box["lnumFamily"] != box["pnumFont"]
        assert box["stanzaGap"] > 0.4 * box["lineHeight"]
        shot(page, "article#text", artifacts_dir / "verse-html.png")

        page.goto(Path(pages["drama"]).as_uri())
        geometry = page.evaluate("""() => {
          const words = e => {
            const g = document.createRange(); g.selectNodeContents(e); return g.getBoundingClientRect(); };
          const first = words(document.querySelector('[data-part="I"]'));
          const final = words(document.querySelector('[data-part="F"]'));
          const speaker = document.querySelector('div.tei-speaker').getBoundingClientRect();
          const line = document.querySelector('div.tei-speaker + .tei-l').getBoundingClientRect();
          const stage = words(document.querySelector('div.tei-stage'));
          return {gap: final.left - first.right, em: parseFloat(getComputedStyle(document.body).fontSize),
                  speakerBottom: speaker.bottom, lineTop: line.top, speakerLeft: speaker.left, stageLeft: stage.left,
                  speakerVariant: getComputedStyle(document.querySelector('div.tei-speaker')).fontVariantCaps,
                  stageStyle: getComputedStyle(document.querySelector('div.tei-stage')).fontStyle};
        }""")
        assert abs(geometry["gap"]) < 1.5 * geometry["em"]  # approximate: from the character count
        assert geometry["speakerBottom"] <= geometry["lineTop"] + 1
        assert geometry["stageLeft"] > geometry["speakerLeft"] + geometry["em"]
        assert geometry["speakerVariant"] == "small-caps" and geometry["stageStyle"] == "italic"
        shot(page, "section.type-scene", artifacts_dir / "drama-html.png")
        shot(page, "div.tei-castList", artifacts_dir / "cast-list-html.png")
        browser.close()


def test_a_page_of_the_play_in_print_is_kept(play_pdf, artifacts_dir):
    page = next(i for i, text in enumerate(play_pdf.page_texts, start=1) if "BARNARDO" in text)
    subprocess.run(["pdftoppm", "-r", "80", "-f", str(page), "-l", str(page), "-png", "-singlefile",
                    str(play_pdf.path), str(artifacts_dir / "drama-pdf")], check=True)
    assert (artifacts_dir / "drama-pdf.png").stat().st_size > 5000


# ---- A real play ------------------------------------------------------------------------------------------

REAL_PLAY = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "adl" / "kaalund02val.xml"


@pytest.mark.skipif(not REAL_PLAY.is_file(), reason=f"{REAL_PLAY} is not there (see ../shared/bench/README.md)")
def test_a_real_play_reads_as_a_play(html_edition):
    """Kaalund's Fulvia (ADL, 1880s; 773 speeches, 324 stage directions, verse in the speeches): every
    speaker set apart, every stage direction styled, line numbers through each scene, no word lost."""
    edition = html_edition(REAL_PLAY)
    root = parse(REAL_PLAY).root
    assert edition.main_text_words() == words(root)
    assert [i for i, n in Counter(edition.xpath("//@id")).items() if n > 1] == []
    speakers = len(root.findall(".//{http://www.tei-c.org/ns/1.0}speaker"))
    assert len(edition.xpath(f"//div{SP}/div{SPEAKER}")) == speakers == 773
    assert len(edition.xpath(f"//*{STAGE}")) == len(root.findall(".//{http://www.tei-c.org/ns/1.0}stage"))
    numbers = [int(n) for n in edition.xpath(f"//{LNUM}/text()")]
    assert len(numbers) > 300 and all(n % 5 == 0 for n in numbers)
    assert max(numbers) > 100  # counted through scenes, not from 1 in every speech
