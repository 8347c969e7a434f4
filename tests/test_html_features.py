"""One tiny TEI document per feature of the HTML edition, checked by (xpath, expected) rows.

Rows: an int counts matches; a str is the text of the single match (or the string value); a bool is
the expression's truth. The helper is RenderedEdition.check in conftest.py.
"""

from __future__ import annotations

import pytest

from .conftest import tei_document

STANDOFF = """<standOff>
<listPerson><person xml:id="ada"><persName><forename>Ada</forename> <surname>Lovelace</surname></persName>
  <birth when="1815-12-10"/><death when="1852"/><note>Mathematician.</note><idno type="wikidata">Q7259</idno></person>
  <person xml:id="zeus" role="mythological"><persName>Zeus</persName></person></listPerson>
<listPlace><place xml:id="rome"><placeName>Rome</placeName><location><geo>41.9 12.5</geo></location>
  <idno type="geonames">3169070</idno></place></listPlace>
<listOrg><org xml:id="rs"><orgName>Royal Society</orgName><idno type="viaf">123</idno></org></listOrg>
<listEvent><event xml:id="war" from="1914" to="1918"><label>Great War</label><desc>A war.</desc>
  <idno type="gnd">4079163-4</idno></event></listEvent>
</standOff>"""

CASES = {
    "paragraphs-and-highlighting": (
        '<p>A <hi rend="italic">slanted</hi> and <hi rend="bold small-caps">bold</hi> word<hi rend="sup">2</hi>, '
        '<emph>stressed</emph>, <foreign xml:lang="la">in situ</foreign>.</p>',
        [("//p[@id = 'p1']/span[@class = 'tei-hi rend-italic']", "slanted"),
         ("//span[contains(@class, 'rend-small-caps')]", "bold"),
         ("//sup[@class = 'tei-hi rend-sup']", "2"),
         ("//em[@class = 'tei-emph']", "stressed"),
         ("//span[@class = 'tei-foreign'][@lang = 'la']", "in situ")]),
    "breaks": (
        '<p>one<lb/>two<lb break="no"/>three <pb n="5"/>four <pb/>five</p>',
        [("count(//p//br[@class = 'tei-lb'])", 2.0),
         ("//br[@data-break = 'no']", 1),
         ("//span[contains(@class, 'tei-pb')][@aria-label = 'Page 5 of the source']", "p. 5"),
         ("//span[contains(@class, 'tei-pb')][not(@data-n)]", "|")]),
    "verse": (
        '<lg type="stanza"><head>Song</head>' + "".join(f"<l>line {i}</l>" for i in range(1, 11))
        + '</lg><lg><l n="7">own number</l></lg>',
        [("//div[contains(@class, 'tei-lg')]", 2),
         ("//div[@id = 'p1']/p[@class = 'tei-head']", "Song"),
         ("//div[@class = 'tei-l']", 11),
         ("//span[@class = 'lnum ed-added']", ["5", "10"]),
         ("//div[@data-n = '7']", "own number")]),
    "lists": (
        '<list><item>a</item><item>b</item></list><list rend="numbered"><item>first</item></list>'
        '<list type="gloss"><label>term</label><item>meaning</item></list>',
        [("//ul[@class = 'tei-list']/li", 2), ("//ol/li", "first"), ("//dl/dt", "term"), ("//dl/dd", "meaning")]),
    "tables": (
        '<table><head>Costs</head><row role="label"><cell>Item</cell><cell>Sum</cell></row>'
        '<row><cell cols="2">Total</cell></row></table>',
        [("//table/caption", "Costs"), ("//table//th", 2), ("//td[@colspan = '2']", "Total")]),
    "a row of one cell spans the table, unless a cell spans rows": (
        '<table><row><cell>a</cell><cell>b</cell><cell>c</cell></row><row><cell>wide</cell></row></table>'
        '<table><row><cell rows="2">tall</cell><cell>b</cell></row><row><cell>narrow</cell></row></table>',
        [("//td[@colspan = '3']", "wide"), ("//td[@colspan]", 1), ("//td[@rowspan = '2']", "tall")]),
    "figures": (
        '<figure><graphic url="https://example.org/a.png"/><head>A view</head>'
        '<figDesc>Hills and a river.</figDesc></figure>'
        '<figure><graphic url="images/local.png"/><figDesc>Local picture.</figDesc></figure>',
        [("//figure[contains(@class, 'tei-figure')][1]/figcaption", "A view"),
         ("//figure[contains(@class, 'tei-figure')][1]/p[@class = 'tei-figDesc']", "Hills and a river."),
         ("//img[@src = 'images/local.png']/@alt", "Local picture."),
         ("//img[starts-with(@src, 'http')]", 0),
         # a remote image is neither loaded nor linked: a placeholder with its description (URL policy)
         ("//a[contains(@href, 'example.org/a.png')]", 0),
         ("//figure[contains(@class, 'tei-figure')][1]/span[contains(@class, 'tei-graphic')]",
          "[Figure: Hills and a river.]")]),
    "choice": (
        '<p><choice><sic>teh</sic><corr>the</corr></choice> '
        '<choice><abbr>Dr</abbr><expan>Doctor</expan></choice> <choice><orig>olde</orig><reg>old</reg></choice></p>',
        # both readings in the page; the view (tests/test_transcription.py) decides which one shows
        [("//span[@class = 'tei-choice'][@tabindex = '0']", 3),
         ("//span[@class = 'tei-choice'][1]/span[contains(@class, 'reading-normalised')]/span[@class = 'tei-corr']",
          "the"),
         ("//span[@class = 'tei-choice'][1]/span[contains(@class, 'reading-diplomatic')]", "[source reads: teh]"),
         ("//span[@class = 'tei-choice'][2]/span[contains(@class, 'reading-diplomatic')]", "[abbreviated: Dr]"),
         ("//span[@class = 'tei-choice'][3]/span[contains(@class, 'reading-diplomatic')]", "[original spelling: olde]"),
         ("//span[@class = 'tei-choice'][3]/@data-choice", "regularisation"),
         ("count(//span[@class = 'tei-choice'][@aria-describedby = span[contains(@class, 'reading-diplomatic')]/@id])",
          3.0)]),
    "transcription": (
        '<p><del rend="strikethrough">old</del> <add place="above">new</add> <unclear reason="faded">dim</unclear> '
        '<gap reason="illegible" quantity="2" unit="words"/> <supplied reason="omitted">it</supplied></p>',
        [("//del[@class = 'tei-del rend-strikethrough']", "old"), ("//ins[@data-place = 'above']", "new"),
         ("//span[@class = 'tei-unclear']/@title", "unclear: faded"),
         ("//span[contains(@class, 'editorial-mark')]", "[… illegible, 2 words]"),
         ("//span[contains(@class, 'tei-gap')]/@title", "gap, illegible, 2 words"),
         ("//span[@class = 'tei-supplied']", "it")]),
    "quotation-and-titles": (
        '<p>He said <q>‘go’</q> and read <title level="j">Pravda</title> and <title level="a">‘An article’</title>'
        ' and <quote>“words”</quote>.</p><quote><p>A block quotation.</p></quote>'
        '<cit><quote>Cited words.</quote><bibl>Author, Book</bibl></cit>',
        [("//span[@class = 'tei-q']", "‘go’"), ("//cite[@data-level = 'j']", "Pravda"),
         ("//span[@class = 'tei-title'][@data-level = 'a']", "‘An article’"),
         ("//span[@class = 'tei-quote']", "“words”"),
         ("//blockquote[@id = 'p2']/p", "A block quotation."),
         ("//blockquote[@id = 'p3']/span[@class = 'tei-bibl']", "Author, Book"),
         ("count(//q)", 0.0)]),
    "links": (
        '<p xml:id="here">See <ref target="https://example.org/">the site</ref>, <ref target="#here">this</ref>'
        ' and <ptr target="#n1"/>.<note xml:id="n1">A note.</note></p>',
        [("//a[@class = 'tei-ref'][@href = 'https://example.org/'][@rel = 'external']", "the site"),
         ("//a[@href = '#here']", "this"), ("//span[@id = 'here'][@class = 'anchor']", 1),
         ("//a[contains(@class, 'tei-ptr')][@href = '#n1']", "Note 1")]),
    "letter-parts": (
        '<div type="letter"><opener><dateline>Paris, <date when="1900-01-02">2 Jan.</date></dateline>'
        '<salute>Dear friend,</salute></opener><p>Text.</p><closer><salute>Yours,</salute><signed>A.</signed>'
        '</closer><postscript><p>P.S. More.</p></postscript></div>',
        [("//div[@class = 'tei-opener']/div[@class = 'tei-dateline']", "Paris, 2 Jan."),
         ("//span[contains(@class, 'tei-date')]/@title", "Date: 2 January 1900"),
         ("//div[@class = 'tei-closer']/div[@class = 'tei-signed']", "A."),
         ("//div[@class = 'tei-postscript']/p[@id = 'p2']/text()", "P.S. More.")]),
    "divisions-and-contents": (
        '<div><head>One</head><p>a</p><div><head>One.One</head><p>b</p></div></div><div><head>Two</head><p>c</p></div>',
        [("//nav[contains(@class, 'toc')]/ol/li", 2), ("//nav[contains(@class, 'toc')]//ol/li/ol/li/a", "One.One"),
         ("//section[@id = 'sec-1']/h2", "One"), ("//section[@id = 'sec-1.1']/h3", "One.One"),
         ("//nav[contains(@class, 'toc')]//a[. = 'Two']/@href", "#sec-2")]),
    "mentions-and-registers": (
        '<p><persName ref="#ada">Ada</persName> in <placeName ref="#rome">Rome</placeName> with the '
        '<orgName key="rs">Society</orgName> during the <rs type="event" ref="#war">war of <persName ref="#zeus">Zeus'
        '</persName></rs>; <persName ref="https://www.wikidata.org/wiki/Q7259">Lovelace</persName> and '
        '<persName>Nobody</persName> on <date from="1914" to="1918">those years</date>.</p>',
        [("//a[@id = 'm1'][@href = '#ada'][@data-kind = 'person']", "Ada"),
         ("//a[@id = 'm3'][@href = '#rs'][@data-kind = 'org']", "Society"),
         ("//span[@id = 'm4'][@data-entity = 'war']/a[@class = 'mention-segment'][@href = '#war']", "war of"),
         ("//span[@id = 'm4']//a[@id = 'm5'][@href = '#zeus']", "Zeus"),
         ("//a[@id = 'm6'][@href = '#ada']", "Lovelace"),
         ("//span[@id = 'm7'][@data-kind = 'person'][not(@href)]", "Nobody"),
         ("//span[@data-kind = 'date']/@title", "Date: 1914–1918"),
         ("//li[@id = 'ada']/h4", "Ada Lovelace"),
         ("//li[@id = 'ada']/p[@class = 'entry-facts']", "10 December 1815 – 1852"),
         ("//li[@id = 'ada']//a[@href = 'https://www.wikidata.org/wiki/Q7259']", "Wikidata"),
         ("//li[@id = 'ada']//p[@class = 'entry-mentions']/a/@href", ["#m1", "#m6"]),
         ("//li[@id = 'ada']//p[@class = 'entry-mentions']/a", ["¶1", "(2)"]),
         ("//li[@id = 'rome']//a[@href = 'https://www.geonames.org/3169070']", "GeoNames"),
         ("//li[@id = 'rome']/p[@class = 'entry-coordinates']", "Coordinates: 41.9° N, 12.5° E"),
         ("//li[@id = 'rs']//a[@href = 'https://viaf.org/viaf/123']", "VIAF"),
         ("//li[@id = 'war']//a[@href = 'https://d-nb.info/gnd/4079163-4']", "GND"),
         ("//li[@id = 'war']/p[@class = 'entry-facts']", "1914–1918"),
         ("//li[@id = 'zeus']/p[@class = 'entry-facts']", "mythological"),
         ("//section[@id = 'register-person']//li/h4", ["Ada Lovelace", "Zeus"]),
         ("count(//figure[@class = 'map']//circle)", 1.0)]),
    "notes": (
        '<p>Text.<note>An editors\' note.</note> More.'
        '<note type="source" n="12" place="end">Endnote 12.</note>'
        ' End.<note><p>First.</p><p>Second.</p></note></p>',
        [("//sup/a[@class = 'note-call']", ["1", "2"]),
         ("//sup/a[@class = 'source-note-call']", "12"),
         ("//ol[contains(@class, 'editorial-notes')]/li[@id = 'note-2']/div[@class = 'note-body']/p", 2),
         ("//ol[contains(@class, 'source-notes')]/li[@id = 'source-note-12']/p[@class = 'note-body']/text()",
          "Endnote 12."),
         ("//li[@id = 'note-1']//a[@role = 'doc-backlink']/@href", "#call-note-1")]),
    "front-and-back": (
        '</body><front><titlePage><docTitle><titlePart>The Book</titlePart></docTitle></titlePage></front><body>'
        '<p>Middle.</p></body><back><div><head>Appendix</head><p>End.</p></div></back><body>',
        [("//section[@class = 'tei-front']//div[@class = 'tei-titlePart']", "The Book"),
         ("//section[@class = 'tei-back']//h2", "Appendix")]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_feature(html_edition, case):
    body, rows = CASES[case]
    if case == "front-and-back":  # front and back are siblings of body: rebuild the text element
        document = tei_document("<p>x</p>").replace("<body><p>x</p></body>", body[len("</body>"):-len("<body>")])
    else:
        document = tei_document(body, standoff=STANDOFF)
    edition = html_edition(document)
    edition.check(rows)
    # the remote image of the figures case is refused by the URL policy, and says so
    assert [d.code for d in edition.diagnostics] == (["url.resource"] if case == "figures" else [])


def test_an_unknown_element_keeps_its_text_and_is_reported(html_edition):
    body = '<p>Known <madeUp type="x">unknown words</madeUp> and <madeUp>more</madeUp>.</p>'
    edition = html_edition(tei_document(body))
    edition.check([("//span[@class = 'tei-madeUp type-x tei-unknown']", "unknown words")])
    assert edition.main_text_words() == ["Known", "unknown", "words", "and", "more."]
    [diagnostic] = edition.diagnostics
    assert diagnostic.code == "tei.unknown-element"
    assert diagnostic.line == 4  # the line of the first <madeUp> in tei_document's text
    assert "1 more" in diagnostic.message


def test_registers_in_the_header_are_found(html_edition):
    header = ('<profileDesc><particDesc><listPerson><person xml:id="p1x"><persName>Hannah</persName></person>'
              '</listPerson></particDesc><settingDesc><listPlace><place xml:id="pl"><placeName>Hull</placeName>'
              '</place></listPlace></settingDesc></profileDesc>')
    body = '<p><persName ref="#p1x">H.</persName> of <placeName ref="#pl">Hull</placeName></p>'
    edition = html_edition(tei_document(body, header=header))
    edition.check([("//section[@id = 'register-person']//li[@id = 'p1x']/h4", "Hannah"),
                   ("//section[@id = 'register-place']//li[@id = 'pl']/h4", "Hull"),
                   ("//a[@href = '#pl']", "Hull")])


def test_a_manuscript_is_cited_with_its_identifier_parts_separated(tmp_path):
    """msIdentifier's settlement, repository and idno no longer run together (issue 12), in both editions."""
    import lxml.html

    from toolkit.pipeline import build

    from .conftest import PdfEdition, tei_document

    source = tmp_path / "letter.xml"
    source.write_text(tei_document("<p>Text.</p>").replace(
        "<sourceDesc><p>Written for the tests.</p></sourceDesc>",
        "<sourceDesc><msDesc><msIdentifier><settlement>Weimar</settlement><repository>Goethe- und Schiller-Archiv"
        "</repository><idno>GSA 28/1045</idno></msIdentifier></msDesc></sourceDesc>"), encoding="utf-8")
    report = build([source], to=["html", "pdf"], out_dir=tmp_path / "out", validate=False)
    assert report.ok, [d.format() for d in report.diagnostics]
    page = lxml.html.parse(str(report.documents[0].outputs["html"])).getroot()
    [citation] = page.xpath("//p[contains(@class, 'source-citation')]")
    assert citation.text_content().strip() == "Weimar, Goethe- und Schiller-Archiv, GSA 28/1045"
    pdf = " ".join(" ".join(PdfEdition(report.documents[0].outputs["pdf"], []).page_texts).split())
    assert "Weimar, Goethe- und Schiller-Archiv, GSA 28/1045" in pdf


def test_a_letter_shows_who_sent_it_to_whom_where_and_when(tmp_path):
    """correspDesc was dropped without a warning (issue 12): each correspAction is one line, in both editions."""
    import lxml.html

    from toolkit.pipeline import build

    from .conftest import PdfEdition, tei_document

    header = ('<profileDesc><correspDesc><correspAction type="sent"><persName>Anna Example</persName>'
              '<placeName>Harbourtown</placeName><date when="1801-05-12"/></correspAction>'
              '<correspAction type="received"><persName>Ben Example</persName></correspAction>'
              '<note>Delivered by hand.</note></correspDesc></profileDesc>')
    source = tmp_path / "letter.xml"
    source.write_text(tei_document("<p>Dear Ben,</p>", header=header), encoding="utf-8")
    report = build([source], to=["html", "pdf"], out_dir=tmp_path / "out", validate=False)
    assert report.ok, [d.format() for d in report.diagnostics]
    page = lxml.html.parse(str(report.documents[0].outputs["html"])).getroot()
    lines = [" ".join(p.text_content().split()) for p in page.xpath("//p[@class='correspondence']")]
    assert lines == ["Sent: Anna Example, Harbourtown, 12 May 1801", "Received: Ben Example", "Delivered by hand."]
    pdf = " ".join(" ".join(PdfEdition(report.documents[0].outputs["pdf"], []).page_texts).split())
    assert all(line in pdf for line in lines)
