"""The edition site (issue 12): `teikit build --to site` makes a page per document with the site around
it (the edition, its registers and search, previous and next in date order, the TEI source and the
PDF), a home page listing every document, a page per register entry with its mentions in context and
its letters, an index per kind of register, search and 404 pages and, with a base URL, a sitemap.
Every relative link resolves."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlparse

import lxml.html
import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.readingtext import reading_text
from toolkit.xmlsource import parse


def _site(tmp_path, monkeypatch, *extra):
    assert CliRunner().invoke(main, ["init", "--example", str(tmp_path)]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "--to", "site", *extra])
    assert result.exit_code == 0, result.output
    return tmp_path / "output", result


def _broken_links(out: Path) -> list[str]:
    """Every relative href and src of every page that does not lead to a file (and fragment) of the site."""
    broken = []
    for page in out.rglob("*.html"):
        tree = lxml.html.parse(str(page)).getroot()
        for attribute in ("href", "src"):
            for value in tree.xpath(f"//@{attribute}"):
                url = urlparse(value)
                if url.scheme or url.netloc or value.startswith("mailto:"):
                    continue
                target = (page.parent / unquote(url.path)).resolve() if url.path else page
                if not target.is_file():
                    broken.append(f"{page.relative_to(out)} → {value}")
                elif url.fragment and target.suffix == ".html":
                    ids = lxml.html.parse(str(target)).getroot().xpath("//@id")
                    if url.fragment not in ids:
                        broken.append(f"{page.relative_to(out)} → {value} (no such id)")
    return broken


def test_the_example_edition_becomes_a_site_whose_links_all_resolve(tmp_path, monkeypatch):
    out, _ = _site(tmp_path, monkeypatch, "--to", "pdf")
    pages = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html"))
    assert pages == ["404.html", "index.html", "letters/1801-05-12-anna-to-ben.html",
                     "letters/1801-06-03-ben-to-anna.html", "registers/person.html", "registers/person/anna.html",
                     "registers/person/ben.html", "registers/place.html", "registers/place/harbourtown.html",
                     "registers/place/millford.html", "search.html"]
    assert _broken_links(out) == []
    for letter in (tmp_path / "letters").glob("*.xml"):  # the TEI source beside its page, unchanged
        assert (out / "letters" / letter.name).read_bytes() == letter.read_bytes()


def test_the_home_page_lists_every_document_in_date_order(tmp_path, monkeypatch):
    out, _ = _site(tmp_path, monkeypatch)
    home = lxml.html.parse(str(out / "index.html")).getroot()
    assert home.xpath("string(//h1)") == "Two letters: an example edition"
    rows = [[" ".join(cell.text_content().split()) for cell in row.xpath("td")] for row in home.xpath("//tbody/tr")]
    assert rows == [
        ["12 May 1801", "Anna Example to Ben Example, Harbourtown, 12 May 1801", "Anna Example → Ben Example",
         "Harbourtown, Millford", "letter"],
        ["3 June 1801", "Ben Example to Anna Example, Millford, 3 June 1801", "Ben Example → Anna Example",
         "Millford", "letter"]]
    assert home.xpath("//tbody/tr[1]//a/@href") == ["letters/1801-05-12-anna-to-ben.html"]
    assert home.xpath("//input[@id='document-filter']/@hidden")  # shown by the script; the table needs none


def test_each_page_names_its_neighbours_and_its_other_forms(tmp_path, monkeypatch):
    out, _ = _site(tmp_path, monkeypatch, "--to", "pdf")
    first = lxml.html.parse(str(out / "letters" / "1801-05-12-anna-to-ben.html")).getroot()
    second = lxml.html.parse(str(out / "letters" / "1801-06-03-ben-to-anna.html")).getroot()
    assert first.xpath("//a[@rel='prev']") == [] and first.xpath("//a[@rel='next']/@href") == [
        "1801-06-03-ben-to-anna.html"]
    assert second.xpath("//a[@rel='prev']/@href") == ["1801-05-12-anna-to-ben.html"]
    assert second.xpath("//a[@rel='next']") == []
    assert second.xpath("//a[@class='site-home']/@href") == ["../index.html"]
    assert second.xpath("//link[@type='application/tei+xml']/@href") == ["1801-06-03-ben-to-anna.xml"]
    assert second.xpath("//a[@type='application/pdf']/@href") == ["1801-06-03-ben-to-anna.pdf"]
    for page, source in ((first, "1801-05-12-anna-to-ben.xml"), (second, "1801-06-03-ben-to-anna.xml")):
        words = set(re.findall(r"\w+", " ".join(page.xpath("//main")[0].itertext())))
        assert set(re.findall(r"\w+", reading_text(parse(tmp_path / "letters" / source).root))) <= words


def test_a_sitemap_needs_the_base_url_and_a_rebuild_keeps_the_site(tmp_path, monkeypatch):
    out, _ = _site(tmp_path, monkeypatch)
    assert not (out / "sitemap.xml").exists()
    toml = tmp_path / "teikit.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('base-url = ""', 'base-url = "https://example.org/ed/"'),
                    encoding="utf-8")
    again = CliRunner().invoke(main, ["build", "--to", "site"])
    assert again.exit_code == 0 and "2 built" in again.stdout  # each page now names its permanent address
    assert "2 unchanged" in CliRunner().invoke(main, ["build", "--to", "site"]).stdout
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.org/ed/letters/1801-05-12-anna-to-ben.html</loc>" in sitemap
    assert (out / "404.html").is_file() and _broken_links(out) == []


def test_site_and_html_together_are_a_usage_error(tmp_path, monkeypatch):
    CliRunner().invoke(main, ["init", "--example", str(tmp_path)])
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "--to", "site", "--to", "html"])
    assert result.exit_code == 2 and "[build.site-and-html]" in result.stderr


def test_each_page_says_how_to_cite_it(tmp_path, monkeypatch):
    """Highwire citation_* tags (Zotero, Google Scholar), schema.org JSON-LD, the permanent address."""
    import json

    CliRunner().invoke(main, ["init", "--example", str(tmp_path)])
    toml = tmp_path / "teikit.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('base-url = ""', 'base-url = "https://example.org/ed"')
                    .replace('title = "Two letters: an example edition"', 'title = "Two letters </script> <b>x</b>"'),
                    encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["build", "--to", "site"]).exit_code == 0
    page = lxml.html.parse(str(tmp_path / "output" / "letters" / "1801-06-03-ben-to-anna.html")).getroot()
    meta = {m.get("name"): m.get("content") for m in page.xpath("//meta[starts-with(@name, 'citation_')]")}
    url = "https://example.org/ed/letters/1801-06-03-ben-to-anna.html"
    assert meta["citation_title"] == "Ben Example to Anna Example, Millford, 3 June 1801"
    assert meta["citation_author"] == "Ben Example" and meta["citation_public_url"] == url
    assert page.xpath("//link[@rel='canonical']/@href") == [url]
    [script] = page.xpath("//script[@type='application/ld+json']")
    data = json.loads(script.text)
    assert (data["@type"], data["dateSent"], data["url"]) == ("Message", "1801-06-03", url)
    assert [p["name"] for p in data["sender"]] == ["Ben Example"]
    assert [p["name"] for p in data["recipient"]] == ["Anna Example"]
    assert data["isPartOf"]["name"] == "Two letters </script> <b>x</b>"  # kept, and it did not end the script
    assert "<" not in script.text
    assert url in page.xpath("string(//p[contains(@class, 'suggested-citation')])")


def test_the_search_index_is_made_with_the_site_and_only_when_a_page_changed(tmp_path, monkeypatch):
    out, _ = _site(tmp_path, monkeypatch)
    entry = out / "pagefind" / "pagefind-entry.json"
    assert entry.is_file() and (out / "pagefind" / "pagefind.js").is_file()
    assert lxml.html.parse(str(out / "index.html")).getroot().xpath("//script[@src='pagefind/pagefind-ui.js']")
    made = entry.stat().st_mtime_ns
    assert "2 unchanged" in CliRunner().invoke(main, ["build", "--to", "site"]).stdout
    assert entry.stat().st_mtime_ns == made  # nothing changed: no re-index
    letter = tmp_path / "letters" / "1801-06-03-ben-to-anna.xml"
    text = letter.read_text(encoding="utf-8")
    letter.write_text(text.replace("Ever yours,", "Ever yours, in haste,"), encoding="utf-8")
    assert "1 built" in CliRunner().invoke(main, ["build", "--to", "site"]).stdout
    assert entry.stat().st_mtime_ns != made


def _page(path: Path):
    return lxml.html.parse(str(path)).getroot()


def _folder_site(tmp_path, monkeypatch, documents: dict[str, str], out: str = "output") -> Path:
    """The documents (name → TEI text) in a folder "ed", built as a site into ``out`` without
    validation; the site's folder."""
    (tmp_path / "ed").mkdir()
    for name, text in documents.items():
        (tmp_path / "ed" / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "--to", "site", "--no-validate", "-o", out, "ed"])
    assert result.exit_code == 0, result.output
    return tmp_path / out


def test_a_person_s_page_lists_the_letters_and_every_mention_in_context(tmp_path, monkeypatch):
    out, _ = _site(tmp_path, monkeypatch)
    anna = _page(out / "registers/person/anna.html")
    assert anna.xpath("string(//h1)") == "Anna Example"
    assert "A botanist who writes to her brother" in anna.xpath("string(//main)")
    sent, received = (anna.xpath(f"//section[h2/@id = 'letters-{role}-h']//a/@href") for role in ("sent", "received"))
    assert sent == ["../../letters/1801-05-12-anna-to-ben.html"]
    assert received == ["../../letters/1801-06-03-ben-to-anna.html"]
    lines = anna.xpath("//ul[@class = 'kwic']/li/a")
    texts = [" ".join(a.text_content().split()) for a in lines]
    assert len(lines) == len(set(a.get("href") for a in lines)) >= 2  # one line per mention, each its own anchor
    for line in lines:  # each line leads to the mention itself, on the letter's page
        page, anchor = line.get("href").split("#")
        target = _page((out / "registers/person" / page).resolve()).xpath(f"//*[@id = '{anchor}']")[0]
        assert target.get("data-entity") == "anna" and target.text_content() in line.xpath("string(mark)")
    assert texts == ["Your loving sister, Anna", "Millford, 3 June 1801 Dear Anna,"]  # short blocks read together
    assert _broken_links(out) == []


def test_letters_link_their_correspondents_and_entries_to_the_register_pages(tmp_path, monkeypatch):
    out, _ = _site(tmp_path, monkeypatch)
    letter = _page(out / "letters/1801-06-03-ben-to-anna.html")
    assert [(a.text, a.get("href")) for a in letter.xpath("//p[@class = 'correspondence']/a")] == [
        ("Ben Example", "../registers/person/ben.html"), ("Millford", "../registers/place/millford.html"),
        ("Anna Example", "../registers/person/anna.html")]
    assert letter.xpath("//li[@id = 'anna']/p[@class = 'entry-page']/a/@href") == ["../registers/person/anna.html"]
    assert letter.xpath("//nav[@class = 'site-banner']//ul[@class = 'site-links']//a/@href") == [
        "../registers/person.html", "../registers/place.html", "../search.html"]
    places = _page(out / "registers/place.html")
    rows = [[" ".join(td.text_content().split()) for td in tr.xpath("td")] for tr in places.xpath("//tbody/tr")]
    assert [row[0] for row in rows] == ["Harbourtown", "Millford"]
    assert places.xpath("//tbody/tr[1]//a/@href") == ["place/harbourtown.html"]


def test_two_different_entries_with_one_id_are_an_error_and_the_first_is_kept(tmp_path, monkeypatch):
    CliRunner().invoke(main, ["init", "--example", str(tmp_path)])
    letter = tmp_path / "letters" / "1801-06-03-ben-to-anna.xml"
    text = letter.read_text(encoding="utf-8")
    letter.write_text(text.replace("</teiHeader>", """</teiHeader>
  <standOff><listPerson><person xml:id="anna"><persName>Anna Other</persName></person></listPerson></standOff>""",
                                   1).replace('ref="../register.xml#anna"', 'ref="#anna"'), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "--to", "site", "--no-validate"])
    assert result.exit_code == 1
    [line] = [line for line in result.output.splitlines() if "[register.clash]" in line]
    assert line.startswith(f"{letter}:") and 'xml:id="anna"' in line
    assert _page(tmp_path / "output/registers/person/anna.html").xpath("string(//h1)") == "Anna Example"


def test_register_pages_follow_the_registers_and_a_rebuild_without_change_rewrites_none(tmp_path, monkeypatch):
    out, _ = _site(tmp_path, monkeypatch)
    stamps = {p: p.stat().st_mtime_ns for p in (out / "registers").rglob("*.html")}
    assert "2 unchanged" in CliRunner().invoke(main, ["build", "--to", "site"]).stdout
    assert {p: p.stat().st_mtime_ns for p in (out / "registers").rglob("*.html")} == stamps
    register = tmp_path / "register.xml"
    text = register.read_text(encoding="utf-8")
    start, end = text.index('<place xml:id="millford">'), text.index("</place>", text.index('xml:id="millford"'))
    register.write_text(text[:start] + '<place xml:id="millbrook"><placeName>Millbrook</placeName></place>'
                        + text[end + len("</place>"):], encoding="utf-8")
    CliRunner().invoke(main, ["build", "--to", "site", "--no-validate"])
    assert not (out / "registers/place/millford.html").exists()  # gone from the edition, gone from the site
    assert _page(out / "registers/place/millbrook.html").xpath("string(//h1)") == "Millbrook"


CHAPTERS = {
    "act-1.xml": """<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc>
<titleStmt><title>The Harbour, act one</title><author>Ann Writer</author></titleStmt>
<publicationStmt><p>Fixture.</p></publicationStmt><sourceDesc><p>Written for the tests.</p></sourceDesc></fileDesc>
<profileDesc><particDesc><listPerson><person xml:id="captain"><persName>The Captain</persName></person>
<person xml:id="pilot"><persName>The Pilot</persName></person></listPerson></particDesc></profileDesc></teiHeader>
<text><body><div type="act"><head>Act one</head><castList><castItem><role>The Captain</role></castItem></castList>
<sp who="#captain"><speaker>Captain</speaker><l>Where is the pilot, and where is the tide?</l></sp>
<stage>Enter the <persName ref="#pilot">Pilot</persName>.</stage>
<sp who="#pilot"><speaker>Pilot</speaker><p>Below the mole, sir, waiting on the turn.</p></sp></div>
</body></text></TEI>""",
    "act-2.xml": """<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc>
<titleStmt><title>The Harbour, act two</title><author>Ann Writer</author></titleStmt>
<publicationStmt><p>Fixture.</p></publicationStmt><sourceDesc><p>Written for the tests.</p></sourceDesc></fileDesc>
<profileDesc><particDesc><listPerson><person xml:id="captain"><persName>The Captain</persName></person>
</listPerson></particDesc></profileDesc></teiHeader>
<text><body><div type="act"><head>Act two</head><lg><l>The <persName ref="#captain">Captain</persName> sings:</l>
<l>Salt on the rope and salt in the sail,</l></lg><p>A gull answers.</p></div></body></text></TEI>""",
    "act-3.xml": """<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc>
<titleStmt><title>The Harbour, act three</title><author>Ann Writer</author></titleStmt>
<publicationStmt><p>Fixture.</p></publicationStmt><sourceDesc><p>Written for the tests.</p></sourceDesc></fileDesc>
</teiHeader><text><body><div type="act"><head>Act three</head><p>Nobody speaks; the
<placeName>harbour</placeName> empties.<note>The last scene has no words.</note></p></div></body></text></TEI>""",
}


def test_a_play_in_three_documents_becomes_a_site_with_every_word_on_its_page(tmp_path, monkeypatch):
    """Not letters: three acts, each with its own cast list; the same person in two acts is one entity,
    whose page lists the mentions in both."""
    out = _folder_site(tmp_path, monkeypatch, CHAPTERS)
    assert _broken_links(out) == []
    for name in CHAPTERS:
        page = _page(out / name.replace(".xml", ".html"))
        words = set(re.findall(r"\w+", " ".join(page.xpath("//main")[0].itertext())))
        assert set(re.findall(r"\w+", reading_text(parse(tmp_path / "ed" / name).root))) <= words, name
    home = _page(out / "index.html")
    assert [a.text for a in home.xpath("//tbody//a")] == ["The Harbour, act one", "The Harbour, act three",
                                                          "The Harbour, act two"]  # no dates: by title
    captain = _page(out / "registers/person/captain.html")
    assert captain.xpath("//section[@class = 'entity-mentions']//h3/a/text()") == ["The Harbour, act two"]
    assert sorted(p.name for p in (out / "registers/person").glob("*.html")) == ["captain.html", "pilot.html"]


def test_an_about_file_introduces_the_edition_on_its_home_page(tmp_path, monkeypatch):
    CliRunner().invoke(main, ["init", "--example", str(tmp_path)])
    toml = tmp_path / "teikit.toml"
    toml.write_text("\n".join(line for line in toml.read_text(encoding="utf-8").splitlines()
                              if not line.startswith("description")) + "\n", encoding="utf-8")
    (tmp_path / "about.xml").write_text("""<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader>
<fileDesc><titleStmt><title>Ignored: teikit.toml names the edition</title><title type="sub">Letters of a family,
1801</title></titleStmt><publicationStmt><p>Fixture.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc>
</fileDesc></teiHeader><text><body><p>These letters were found in a sea chest in
<placeName>Harbourtown</placeName>.</p></body></text></TEI>""", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "--to", "site", "--no-validate"])
    assert result.exit_code == 0 and "2 built" in result.output, result.output
    home = _page(tmp_path / "output" / "index.html")
    assert home.xpath("string(//h1)") == "Two letters: an example edition"
    assert home.xpath("string(//p[@class = 'subtitle'])") == "Letters of a family, 1801"
    intro = " ".join(home.xpath("string(//section[contains(@class, 'about-edition')])").split())
    assert "These letters were found in a sea chest in Harbourtown." in intro
    assert not (tmp_path / "output" / "about.html").exists() and _broken_links(tmp_path / "output") == []
    pages = CliRunner().invoke(main, ["build", "--to", "html", "--no-validate", "-o", "pages", "."])
    assert pages.exit_code == 0 and (tmp_path / "pages" / "about.html").is_file()  # elsewhere, a document


def test_an_id_that_is_not_a_name_gets_no_page_and_writes_nothing_outside_the_site(tmp_path, monkeypatch):
    """An unchecked source may hold any string in xml:id: "../../../escaped" must not become a path."""
    unsafe = CHAPTERS["act-2.xml"].replace('xml:id="captain"', 'xml:id="../../../escaped"').replace(
        'ref="#captain"', 'ref="#../../../escaped"')
    out = _folder_site(tmp_path, monkeypatch, {"a.xml": unsafe, "b.xml": unsafe}, "site/out")
    assert not list(tmp_path.rglob("escaped*")) and _broken_links(out) == []


BIBLIOGRAPHY = """<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc>
<titleStmt><title>{title}</title></titleStmt><publicationStmt><p>Fixture.</p></publicationStmt>
<sourceDesc><p>Written for the tests.</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>{body}</p></body><back><listBibl><bibl xml:id="smith"><author>J. Smith</author>,
<title>Harbours of the North</title> (1990)</bibl></listBibl></back></text></TEI>"""


def test_works_of_the_bibliography_have_pages_listing_where_they_are_cited(tmp_path, monkeypatch):
    out = _folder_site(tmp_path, monkeypatch, {
        "a.xml": BIBLIOGRAPHY.format(title="Chapter one",
                                     body='As <ref target="#smith">Smith</ref> argued, tides rule the harbour.'),
        "b.xml": BIBLIOGRAPHY.format(title="Chapter two",
                                     body='Quays are older than <ref target="#smith">the maps</ref> say.')})
    work = _page(out / "registers/bibl/smith.html")
    assert work.xpath("string(//h1)") == "Harbours of the North"
    assert "J. Smith, Harbours of the North (1990)" in " ".join(work.xpath("string(//p[@class = 'citation'])").split())
    lines = [" ".join(a.text_content().split()) for a in work.xpath("//ul[@class = 'kwic']/li/a")]
    assert lines == ["As Smith argued, tides rule the harbour.", "Quays are older than the maps say."]
    assert work.xpath("//ul[@class = 'kwic']/li/a/@href") == ["../../a.html#p1", "../../b.html#p1"]
    assert _page(out / "index.html").xpath("//ul[@class = 'site-links']//a/text()")[0] == "Bibliography"
    assert _broken_links(out) == []


def test_the_bibliography_of_a_header_is_no_register(tmp_path, monkeypatch):
    """A sourceDesc's listBibl describes the document's source (ADL's texts give each an id): no page,
    no banner link; the text's own bibliography still has its pages."""
    header_only = BIBLIOGRAPHY.replace("<sourceDesc><p>Written for the tests.</p></sourceDesc>",
                                       '<sourceDesc><listBibl><bibl xml:id="source-edition">The printed edition'
                                       "</bibl></listBibl></sourceDesc>")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    out = _folder_site(tmp_path / "a", monkeypatch, {"a.xml": header_only.replace(
        '<back><listBibl><bibl xml:id="smith"><author>J. Smith</author>,\n<title>Harbours of the North</title> (1990)'
        "</bibl></listBibl></back>", "").format(title="One", body="Words.")})
    assert not (out / "registers/bibl").exists()
    assert "Bibliography" not in _page(out / "index.html").xpath("//ul[@class = 'site-links']//a/text()")
    out = _folder_site(tmp_path / "b", monkeypatch, {"a.xml": header_only.format(title="One", body="Words.")})
    assert sorted(p.name for p in (out / "registers/bibl").iterdir() if p.name != "index.html") == ["smith.html"]
    assert "Bibliography" in _page(out / "index.html").xpath("//ul[@class = 'site-links']//a/text()")


def test_a_tei_corpus_in_the_site_is_a_page_of_the_whole_and_a_page_per_member(tmp_path, monkeypatch):
    from .conftest import FIXTURES

    out = _folder_site(tmp_path, monkeypatch, {"corpus.xml": (FIXTURES / "tei" / "corpus.xml").read_text(
        encoding="utf-8"), "other.xml": CHAPTERS["act-3.xml"]})
    whole = _page(out / "corpus.html")
    assert whole.xpath("string(//h1)") == "A corpus of two texts"
    assert [(a.text, a.get("href")) for a in whole.xpath("//article//a")] == [
        ("The first text", "corpus/1.html"), ("The second text", "corpus/2.html")]
    first, second = _page(out / "corpus" / "1.html"), _page(out / "corpus" / "2.html")
    assert first.xpath("string(//h1)") == "The first text" and "One." in first.xpath("string(//article)")
    assert first.xpath("//a[@rel = 'prev']/@href") == ["../corpus.html"]
    assert first.xpath("//a[@rel = 'next']/@href") == ["2.html"] and second.xpath("//a[@rel = 'next']") == []
    assert second.xpath("//a[@class = 'site-home']/@href") == ["../index.html"]
    assert "Two." in second.xpath("string(//article)")
    assert _broken_links(out) == []


def test_the_registers_list_the_mentions_in_a_corpus_s_member_pages(tmp_path, monkeypatch):
    members = "".join(f"""<TEI><teiHeader><fileDesc><titleStmt><title>Chapter {n}</title></titleStmt>
<publicationStmt><p>F.</p></publicationStmt><sourceDesc><p>F.</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>In chapter {n} <persName ref="#ann">Ann</persName> speaks.</p></body></text></TEI>""" for n in (1, 2))
    out = _folder_site(tmp_path, monkeypatch, {"novel.xml": f"""<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>A novel</title></titleStmt><publicationStmt><p>F.</p></publicationStmt>
<sourceDesc><p>F.</p></sourceDesc></fileDesc><profileDesc><particDesc><listPerson><person xml:id="ann">
<persName>Ann Lee</persName></person></listPerson></particDesc></profileDesc></teiHeader>{members}</teiCorpus>""",
        "other.xml": CHAPTERS["act-3.xml"]})
    ann = _page(out / "registers/person/ann.html")
    assert ann.xpath("//section[@class = 'entity-mentions']//h3/a/text()") == ["Chapter 1", "Chapter 2"]
    assert ann.xpath("//ul[@class = 'kwic']//a/@href") == ["../../novel/1.html#m1", "../../novel/2.html#m1"]
    assert _broken_links(out) == []


def test_an_entry_whose_id_the_page_must_prefix_still_gets_its_mentions(tmp_path, monkeypatch):
    """xml:id="index" or "p1" is an id the page makes for itself, so the entry's page id is "tei-index";
    the registry reads that rule from the stylesheet, and finds the mention."""
    from toolkit.outputs.registry import html_id

    assert (html_id("index"), html_id("p1"), html_id("apparatus-2"), html_id("anna")) == (
        "tei-index", "tei-p1", "tei-apparatus-2", "anna")
    act = CHAPTERS["act-3.xml"].replace("<placeName>harbour</placeName>", '<placeName ref="#index">harbour</placeName>'
                                        ).replace("</teiHeader>", '</teiHeader><standOff><listPlace><place '
                                                  'xml:id="index"><placeName>The Index</placeName></place></listPlace>'
                                                  "</standOff>")
    page = _page(_folder_site(tmp_path, monkeypatch, {"a.xml": act, "b.xml": act}) / "registers/place/index.html")
    assert page.xpath("//ul[@class = 'kwic']//a/@href") == ["../../a.html#m1", "../../b.html#m1"]


@pytest.mark.parametrize("ident", ["stalin", "_x", "é-1.b", "Ålborg", "ж", "a b", "../x", "1st", "-a", ".a", "a/b",
                                   "a:b", "a%2F", "", "x\u0301", "x٣", "x²"])
def test_an_id_names_a_page_alike_in_the_registry_and_the_stylesheets(ident):
    """registry.is_page_name and t:entity-page's pattern (xslt/site/page.xsl) are two spellings of one
    rule: a page the registry makes and no link to it, or a link to no page, would follow a drift."""
    from toolkit.outputs.registry import is_page_name
    from toolkit.resources import stylesheet
    from toolkit.xslt import processor

    pattern = re.search(r"matches\(@xml:id, '([^']+)'\)", stylesheet("site/page.xsl").read_text(encoding="utf-8"))[1]
    xpath = processor().new_xpath_processor()
    xpath.declare_variable("id")
    xpath.set_parameter("id", processor().make_string_value(ident))
    assert xpath.effective_boolean_value(f"matches($id, '{pattern}')") == is_page_name(ident)


def test_a_document_in_a_folder_named_registers_keeps_its_page(tmp_path, monkeypatch):
    """The site's registers live in registers/; an editor's folder of that name holds documents whose
    pages must survive the removal of stale register pages, and win a clash of names (reported)."""
    from .conftest import tei_document

    people = tei_document("<p>The people of the edition.</p>", standoff=(
        '<standOff><listPerson><person xml:id="anna"><persName>Anna</persName></person></listPerson>'
        "<listPlace><place xml:id=\"rome\"><placeName>Rome</placeName></place></listPlace></standOff>"))
    (tmp_path / "ed" / "registers").mkdir(parents=True)
    (tmp_path / "ed" / "registers" / "people.xml").write_text(people, encoding="utf-8")
    (tmp_path / "ed" / "registers" / "person.xml").write_text(tei_document("<p>A chapter named so.</p>"),
                                                               encoding="utf-8")
    (tmp_path / "ed" / "a.xml").write_text(tei_document(
        '<p><persName ref="registers/people.xml#anna">Anna</persName> went to '
        '<placeName ref="registers/people.xml#rome">Rome</placeName>.</p>'), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "--to", "site", "--no-validate", "-o", "out", "ed"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    assert "[site.page-clash]" in result.output
    assert "The people of the edition." in _page(out / "registers/people.html").xpath("string(//main)")
    assert "A chapter named so." in _page(out / "registers/person.html").xpath("string(//main)")
    assert (out / "registers/person/anna.html").is_file() and (out / "registers/place.html").is_file()
    # the edition loses its mentions: the register pages go, the documents' pages stay
    (tmp_path / "ed" / "a.xml").write_text(tei_document("<p>Nobody went anywhere.</p>"), encoding="utf-8")
    (tmp_path / "ed" / "registers" / "people.xml").write_text(tei_document("<p>The people of the edition.</p>"),
                                                               encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--to", "site", "--no-validate", "-o", "out", "ed"])
    assert result.exit_code == 0, result.output
    assert not (out / "registers/person/anna.html").exists() and not (out / "registers/place.html").exists()
    assert sorted(p.name for p in (out / "registers").rglob("*.html")) == ["people.html", "person.html"]
    assert _broken_links(out) == []
