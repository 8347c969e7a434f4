"""`teikit tag` (issue 14): untagged mentions of register entries and dates become elements; the text
keeps every character. Measured on the passage (recall and precision per kind, printed), proved on
an ADL text with a register made here."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from toolkit import TEI_NS
from toolkit.cli import main
from toolkit.errors import UsageError
from toolkit.importer import import_text
from toolkit.readingtext import reading_text
from toolkit.tagger import tag_document
from toolkit.tei import q
from toolkit.xmlsource import parse

from .conftest import PASSAGE, PASSAGE_SOURCE, tei_document

NS = {"t": TEI_NS}
ADL = Path(__file__).resolve().parents[2] / "shared" / "bench" / "adl"

REGISTER = """<standOff><listPerson>
<person xml:id="stalin"><persName><forename>Joseph</forename> <surname>Stalin</surname></persName></person>
<person xml:id="nin"><persName><forename>Andrés</forename> <surname>Nin</surname></persName></person>
<person xml:id="gaia"><persName>Gaia</persName><persName type="variant">Gaea</persName></person>
<person xml:id="tukh"><persName type="variant">Mikhail Nikolayevich Tukhachevsky</persName></person>
<person xml:id="john-smith"><persName><forename>John</forename> <surname>Smith</surname></persName></person>
<person xml:id="adam-smith"><persName><forename>Adam</forename> <surname>Smith</surname></persName></person>
</listPerson><listPlace><place xml:id="spain"><placeName>Spain</placeName></place></listPlace>
<listOrg><org xml:id="nkvd"><orgName>People’s Commissariat for Internal Affairs</orgName>
<orgName type="short">NKVD</orgName></org></listOrg>
<listEvent><event xml:id="great-terror"><label>Great Terror</label></event></listEvent></standOff>"""


def _tag(tmp_path: Path, body: str, *, header: str = "", register_in_document: bool = False, **options):
    """Tag a one-paragraph document; returns (result, tagged root, reading text before)."""
    source = tmp_path / "doc.xml"
    source.write_text(tei_document(body, header=header, standoff=REGISTER if register_in_document else ""),
                      encoding="utf-8")
    register = source
    if not register_in_document:
        register = tmp_path / "registers" / "register.xml"
        register.parent.mkdir(exist_ok=True)
        register.write_text(tei_document("<p/>", standoff=REGISTER), encoding="utf-8")
    before = reading_text(parse(source).root)
    out = tmp_path / "out" / "tagged.xml"
    result = tag_document(source, [register], out=out, **options)
    root = parse(out).root if out.exists() else None
    if root is not None:
        assert reading_text(root) == before  # only elements added, never a character changed
    return result, root, before


def _tags(root) -> list[tuple[str, str, str]]:
    body = root.find(".//t:body", NS)
    return [(etree.QName(e).localname, e.get("ref") or e.get("when") or "", e.text)
            for e in body.iter(q("persName"), q("placeName"), q("orgName"), q("rs"), q("date"))]


def test_possessive_the_name_is_tagged_not_its_ending(tmp_path):
    _, root, _ = _tag(tmp_path, "<p>Stalin’s doubts and Stalin's fears.</p>")
    assert _tags(root) == [("persName", "../registers/register.xml#stalin", "Stalin")] * 2
    [p] = root.findall(".//t:body/t:p", NS)
    assert p[0].tail.startswith("’s doubts")


def test_inside_a_word_nothing_is_tagged(tmp_path):
    _, root, _ = _tag(tmp_path, "<p>Ninety men, Spaniards and NKVDs met Nin in Spain.</p>")
    assert [t[2] for t in _tags(root)] == ["Nin", "Spain"]


def test_ambiguous_form_is_listed_not_tagged(tmp_path):
    result, root, _ = _tag(tmp_path, "<p>Smith wrote to John Smith.</p>")
    assert _tags(root) == [("persName", "../registers/register.xml#john-smith", "John Smith")]
    [ambiguous] = result.details["ambiguous"]
    assert ambiguous["text"] == "Smith" and ambiguous["entries"] == ["adam-smith (person)", "john-smith (person)"]


def test_inside_an_existing_tag_nothing_is_tagged(tmp_path):
    body = ('<p><persName ref="#x">Stalin</persName>, <title>Stalin in Spain</title>, <date>May 1937</date>, '
            '<rs type="event">the Great Terror</rs>.</p>')
    result, root, _ = _tag(tmp_path, body)
    assert len(_tags(root)) == 3 and sum(result.details["counts"].values()) == 0
    assert len(root.find(".//t:title", NS)) == 0


def test_note_type_source_untouched(tmp_path):
    _, root, _ = _tag(tmp_path, '<p>Nin.<note type="source" n="1">Stalin in Spain, May 1937.</note></p>')
    assert [t[2] for t in _tags(root)] == ["Nin"]


def test_header_untouched(tmp_path):
    header = "<profileDesc><abstract><p>Stalin in Spain in May 1937.</p></abstract></profileDesc>"
    _, root, _ = _tag(tmp_path, "<p>Nin.</p>", header=header)
    assert not root.find("t:teiHeader", NS).xpath(".//t:persName | .//t:placeName | .//t:date", namespaces=NS)
    assert [t[2] for t in _tags(root)] == ["Nin"]


def test_name_forms_longest_first_variants_initials_short_and_event_labels(tmp_path):
    body = ("<p>Andrés Nin met Gaea and M. N. Tukhachevsky of the NKVD (People’s Commissariat for Internal "
            "Affairs) in the Great Terror.</p>")
    result, root, _ = _tag(tmp_path, body, register_in_document=True)
    assert _tags(root) == [("persName", "#nin", "Andrés Nin"), ("persName", "#gaia", "Gaea"),
                           ("persName", "#tukh", "M. N. Tukhachevsky"), ("orgName", "#nkvd", "NKVD"),
                           ("orgName", "#nkvd", "People’s Commissariat for Internal Affairs"),
                           ("rs", "#great-terror", "Great Terror")]
    assert [p["why"] for p in result.details["proposals"]] == [
        "persName", 'persName type="variant"', 'initials of persName type="variant"', 'orgName type="short"',
        "orgName", "label"]
    assert root.find(".//t:rs", NS).get("type") == "event"


def test_short_forms_of_institutions_and_states(tmp_path):
    standoff = ('<standOff><listOrg><org xml:id="politburo"><orgName>Politburo of the Central Committee</orgName></org>'
                '<org xml:id="council"><orgName>Council of People’s Commissars</orgName></org>'
                '<org xml:id="mil"><orgName>Military Council under the People’s Commissar</orgName></org></listOrg>'
                '<listPlace><place xml:id="italy"><placeName>Kingdom of Italy</placeName></place>'
                '<place xml:id="london"><placeName>City of London</placeName></place></listPlace></standOff>')
    source = tmp_path / "doc.xml"
    source.write_text(tei_document("<p>The Politburo and the Military Council met; the Council did not. Italy, "
                                   "London, the City and the Kingdom stayed.</p>", standoff=standoff),
                      encoding="utf-8")
    result = tag_document(source, [source], out=tmp_path / "out.xml")
    assert [(p["text"], p["id"], p["why"]) for p in result.details["proposals"]] == [
        ("Politburo", "politburo", "head of orgName"), ("Military Council", "mil", "head of orgName"),
        ("Italy", "italy", "name in placeName"), ("London", "london", "name in placeName")]


def test_events_by_their_label_as_prose_says_it_with_the_names_inside(tmp_path):
    standoff = ('<standOff><listPerson><person xml:id="kirov"><persName><forename>Sergei</forename> '
                "<surname>Kirov</surname></persName></person></listPerson><listPlace><place xml:id=\"spain\">"
                "<placeName>Spain</placeName></place></listPlace><listEvent><event xml:id=\"murder\">"
                "<label>Assassination of Sergei Kirov</label></event><event xml:id=\"war\"><label>Civil War in "
                "Spain, 1936–1939</label></event></listEvent></standOff>")
    source = tmp_path / "doc.xml"
    source.write_text(tei_document(
        "<p>Kirov’s assassination, then the assassination of Kirov; the Civil War in Spain; "
        '<rs type="event" ref="#war">the war in Spain</rs>.</p>', standoff=standoff), encoding="utf-8")
    result = tag_document(source, [source], out=tmp_path / "out.xml")
    p = parse(tmp_path / "out.xml").root.find(".//t:body/t:p", NS)
    found = [(etree.QName(e).localname, e.get("ref"), "".join(e.itertext()), [c.get("ref") for c in e])
             for e in p]
    assert found == [("rs", "#murder", "Kirov’s assassination", ["#kirov"]),
                     ("rs", "#murder", "the assassination of Kirov", ["#kirov"]),
                     ("rs", "#war", "Civil War in Spain", ["#spain"]),
                     ("rs", "#war", "the war in Spain", ["#spain"])]
    assert [p["why"] for p in result.details["proposals"] if p["kind"] == "events"] == [
        "label as a possessive", "label, surname", "label without its dates"]


def test_a_forename_spelled_otherwise_before_the_surname(tmp_path):
    standoff = ('<standOff><listPerson><person xml:id="beria"><persName><forename>Lavrentiy</forename> '
                "<surname>Beria</surname></persName></person></listPerson></standOff>")
    source = tmp_path / "doc.xml"
    source.write_text(tei_document("<p>Lavrenty Beria came; Lorenzo Beria did not; then Beria.</p>",
                                   standoff=standoff), encoding="utf-8")
    result = tag_document(source, [source], out=tmp_path / "out.xml")
    assert [(p["text"], p["why"]) for p in result.details["proposals"]] == [
        ("Lavrenty Beria", "surname, after “Lavrenty”, spelled so for “Lavrentiy”"), ("Beria", "surname"),
        ("Beria", "surname")]


def test_learned_forms_from_the_document_itself(tmp_path):
    body = '<p><placeName ref="#spain">the Peninsula</placeName> … later the Peninsula again.</p>'
    result, root, _ = _tag(tmp_path, body, register_in_document=True)
    assert [t[1:] for t in _tags(root)] == [("#spain", "the Peninsula")] * 2
    assert result.details["proposals"][0]["why"] == "tagged so in the edition (1×)"


@pytest.mark.parametrize(("text", "attributes"), [
    ("On 2 June 1937 it", {"when": "1937-06-02"}),
    ("in May 1937 it", {"when": "1937-05"}),
    ("In the 1920s it", {"from": "1920", "to": "1929"}),
    ("in early July 1937 it", {"notBefore": "1937-07-01", "notAfter": "1937-07-10"}),
    ("until the end of 1938 it", {"notBefore": "1938-10-01", "notAfter": "1938-12-31"}),
    ("at the end of February 1936 it", {"notBefore": "1936-02-19", "notAfter": "1936-02-29"}),
    ("In summer 1938 it", {"notBefore": "1938-06-01", "notAfter": "1938-08-31"}),
    ("promoted in 1935 it", {"when": "1935"}),
    ("am 2. Juni 1937 war", {"when": "1937-06-02"}),
    ("Anfang Juli 1937 war", {"notBefore": "1937-07-01", "notAfter": "1937-07-10"}),
    ("im Sommer 1938 war", {"notBefore": "1938-06-01", "notAfter": "1938-08-31"}),
])
def test_date_rules(tmp_path, text, attributes):
    _, root, _ = _tag(tmp_path, f"<p>{text}.</p>")
    [date] = root.findall(".//t:date", NS)
    assert dict(date.attrib) == attributes


@pytest.mark.parametrize(("text", "tagged", "attributes"), [
    ("in 1937–38 it", "1937–38", {"from": "1937", "to": "1938"}),
    ("(1899-1905) it", "1899-1905", {"from": "1899", "to": "1905"}),
    ("from 1929 to 1937 it", "from 1929 to 1937", {"from": "1929", "to": "1937"}),
    ("zwischen 1929 und 1937 war", "zwischen 1929 und 1937", {"from": "1929", "to": "1937"}),
])
def test_spans_of_years(tmp_path, text, tagged, attributes):
    _, root, _ = _tag(tmp_path, f"<p>{text}.</p>")
    [date] = root.findall(".//t:date", NS)
    assert (date.text, dict(date.attrib)) == (tagged, attributes)


@pytest.mark.parametrize("text", ["1937–36", "1937–2090", "ISBN 978-1937-38"])
def test_spans_that_are_not_spans_of_years(tmp_path, text):
    _, root, _ = _tag(tmp_path, f"<p>{text}.</p>")
    assert root.findall(".//t:date", NS) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("In July 1937 it began; by the end of that month it had spread.",
     [("July 1937", {"when": "1937-07"}), ("the end of that month", {"notBefore": "1937-07-21",
                                                                       "notAfter": "1937-07-31"})]),
    ("On 2 June 1937 he spoke. The same year he fell; the following year he died.",
     [("2 June 1937", {"when": "1937-06-02"}), ("The same year", {"when": "1937"}),
      ("the following year", {"when": "1938"})]),
    ("Im Mai 1937 begann es. Ende des Monats war es vorbei, im folgenden Jahr vergessen.",
     [("Mai 1937", {"when": "1937-05"}), ("Ende des Monats", {"notBefore": "1937-05-21", "notAfter": "1937-05-31"}),
      ("im folgenden Jahr", {"when": "1938"})]),
])
def test_dates_that_refer_back(tmp_path, text, expected):
    result, root, _ = _tag(tmp_path, f"<p>{text}</p>")
    assert [(d.text, dict(d.attrib)) for d in root.findall(".//t:date", NS)] == expected
    assert "referring back to “" in result.details["proposals"][-1]["why"]


def test_a_date_already_tagged_is_referred_back_to_and_a_division_forgets_it(tmp_path):
    body = ('<div><p>In <date when="1936-12">that winter</date> … by the end of that month.</p></div>'
            "<div><p>Nothing before: at the end of that month, that year.</p></div>")
    _, root, _ = _tag(tmp_path, body)
    dates = root.findall(".//t:date", NS)
    assert [(d.text, d.get("notBefore")) for d in dates] == [("that winter", None),
                                                            ("the end of that month", "1936-12-21")]


def test_a_name_across_a_line_or_page_break_is_tagged_with_the_break_inside(tmp_path):
    body = ('<p>Joseph<lb/>Stalin and Mikhail Nikolayevich <pb n="2"/>Tukhachevsky, then Spa-<lb break="no"/>in'
            " in May<lb/>1937; Spa-<lb/>in is two words.</p>")
    _, root, _ = _tag(tmp_path, body)
    found = [(etree.QName(e).localname, "".join(e.itertext()), [etree.QName(c).localname for c in e])
             for e in root.find(".//t:body/t:p", NS)]
    assert found == [("persName", "JosephStalin", ["lb"]), ("persName", "Mikhail Nikolayevich Tukhachevsky", ["pb"]),
                     ("placeName", "Spa-in", ["lb"]), ("date", "May1937", ["lb"]), ("lb", "", [])]
    assert root.find(".//t:date", NS).get("when") == "1937-05"


def test_a_name_in_highlighting_whole_or_in_part(tmp_path):
    body = ("<p>Then <hi>Joseph</hi> Stalin spoke; <hi>a speech by Stalin</hi> followed; "
            "<hi>Nin</hi>ety is no name.</p>")
    _, root, _ = _tag(tmp_path, body)
    p = root.find(".//t:body/t:p", NS)
    first = p.find("t:persName", NS)
    assert ("".join(first.itertext()), first[0].tag) == ("Joseph Stalin", q("hi"))
    assert p.find("t:hi/t:persName", NS).text == "Stalin"
    assert len(root.findall(".//t:body//t:persName", NS)) == 2


@pytest.mark.parametrize("text", ["1,937 men", "264 colonels and 1937 men", "by 1500 per cent", "in 1937.5 m"])
def test_numbers_that_are_not_dates(tmp_path, text):
    _, root, _ = _tag(tmp_path, f"<p>{text}.</p>")
    assert root.findall(".//t:date", NS) == []


def test_in_place_backup_is_written_first_and_never_overwritten(tmp_path):
    source = tmp_path / "doc.xml"
    original = tei_document("<p>Nin in Spain.</p>", standoff=REGISTER)
    source.write_text(original, encoding="utf-8")
    result = CliRunner().invoke(main, ["tag", str(source), "--register", str(source), "--in-place"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "doc.xml.bak").read_text(encoding="utf-8") == original
    assert [t[2] for t in _tags(parse(source).root)] == ["Nin", "Spain"]
    tagged_once = source.read_text(encoding="utf-8")
    again = CliRunner().invoke(main, ["tag", str(source), "--register", str(source), "--in-place"])
    assert again.exit_code == 0 and "doc.xml.bak.1" in again.output  # tag, review, tag again
    assert (tmp_path / "doc.xml.bak").read_text(encoding="utf-8") == original
    assert (tmp_path / "doc.xml.bak.1").read_text(encoding="utf-8") == tagged_once
    assert [t[2] for t in _tags(parse(source).root)] == ["Nin", "Spain"]  # nothing tagged twice


def test_dry_run_writes_nothing(tmp_path):
    source = tmp_path / "doc.xml"
    source.write_text(tei_document("<p>Nin in Spain.</p>", standoff=REGISTER), encoding="utf-8")
    before = sorted(tmp_path.iterdir())
    result = CliRunner().invoke(main, ["tag", str(source), "--register", str(source), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "'Nin' → #nin (surname)" in result.output and "1 persons, 1 places" in result.output
    assert sorted(tmp_path.iterdir()) == before


def test_output_never_overwritten_without_force(tmp_path):
    source = tmp_path / "doc.xml"
    source.write_text(tei_document("<p>Nin.</p>", standoff=REGISTER), encoding="utf-8")
    (tmp_path / "out.xml").write_text("keep", encoding="utf-8")
    with pytest.raises(UsageError):
        tag_document(source, [source], out=tmp_path / "out.xml")
    assert (tmp_path / "out.xml").read_text(encoding="utf-8") == "keep"


def test_html_report_escapes_the_text(tmp_path):
    source = tmp_path / "doc.xml"
    source.write_text(tei_document("<p>&lt;script&gt;alert(1)&lt;/script&gt; Nin &amp; Spain.</p>",
                                   standoff=REGISTER), encoding="utf-8")
    report = tmp_path / "review.html"
    result = CliRunner().invoke(main, ["tag", str(source), "--register", str(source), "--dry-run",
                                       "--report", str(report)])
    assert result.exit_code == 0, result.output
    page = report.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page and "Nin" in page
    etree.fromstring(page.split("\n", 1)[1].encode(), etree.HTMLParser())


# ------------------------------------------------------------------------------ measured on the passage

KINDS = {"persName": "persons", "placeName": "places", "orgName": "organisations", "rs": "events", "date": "dates"}
_DATE_ATTRIBUTES = ("when", "from", "to", "notBefore", "notAfter")


def _mentions(root) -> list[tuple[str, int, str, str]]:
    """(kind, offset in the reading text, text, ref id or date value) of every tag in the body."""
    body = root.find(".//t:text", NS)
    copy = etree.fromstring(etree.tostring(body))

    def tagged(tree):
        return [e for e in tree.iter(*(q(k) for k in KINDS)) if e.tag != q("rs") or e.get("type") == "event"]

    for index, element in enumerate(tagged(copy)):
        element.text = f"\ue000{index}\ue001" + (element.text or "")
    marked, offsets, clean = reading_text(copy), {}, 0
    position = 0
    while position < len(marked):
        if marked[position] == "\ue000":
            end = marked.index("\ue001", position)
            offsets[int(marked[position + 1:end])] = clean
            position = end + 1
        else:
            clean += 1
            position += 1
    found = []
    for index, element in enumerate(tagged(body)):
        kind = KINDS[etree.QName(element).localname]
        text = " ".join("".join(element.itertext(*(q(n) for n in ("persName", "placeName", "orgName", "rs",
                                                                     "date", "quote", "q", "hi")))).split())
        value = (" ".join(f"{a}={element.get(a)}" for a in _DATE_ATTRIBUTES if element.get(a)) if kind == "dates"
                 else (element.get("ref") or "").rsplit("#", 1)[-1])
        found.append((kind, offsets[index], text, value))
    return found


def tag_passage(folder: Path) -> tuple[Path, Path, float]:
    """Import tei/passage.txt into ``folder``, tag it with a register file holding only passage.xml's
    standOff; returns (tagged file, register file, seconds the tagging took)."""
    draft, register, tagged = folder / "draft.xml", folder / "register.xml", folder / "tagged.xml"
    import_text(PASSAGE_SOURCE, draft)
    standoff = parse(PASSAGE).root.find(q("standOff"))
    register.write_text(tei_document("<p/>", standoff=etree.tostring(standoff, encoding="unicode")),
                        encoding="utf-8")
    started = time.perf_counter()
    result = tag_document(draft, [register], out=tagged)
    assert result.ok
    return tagged, register, time.perf_counter() - started


def passage_scores(folder: Path) -> dict[str, dict[str, float]]:
    """Recall and precision per kind of the tagged draft against tei/passage.xml: a tag counts when the
    passage has the same kind, place in the reading text, text and ref (or date value)."""
    tagged, _, seconds = tag_passage(folder)
    gold, ours = Counter(_mentions(parse(PASSAGE).root)), Counter(_mentions(parse(tagged).root))
    scores = {}
    for kind in KINDS.values():
        g = Counter({k: n for k, n in gold.items() if k[0] == kind})
        o = Counter({k: n for k, n in ours.items() if k[0] == kind})
        hits = sum((g & o).values())
        scores[kind] = {"gold": sum(g.values()), "tagged": sum(o.values()), "right": hits,
                        "recall": hits / max(1, sum(g.values())), "precision": hits / max(1, sum(o.values()))}
    scores["seconds"] = {"tagging": seconds}
    return scores


def test_the_passage_measured_against_its_edition(tmp_path, tei_mirror):
    tagged, register, _ = tag_passage(tmp_path)
    root = parse(tagged).root  # the result parses
    assert reading_text(root) == reading_text(parse(tmp_path / "draft.xml").root)  # not a character changed
    ids = set(parse(register).root.xpath("//t:standOff//@xml:id", namespaces=NS))
    refs = root.xpath("//t:body//@ref", namespaces=NS)
    assert refs and all(ref.startswith("register.xml#") and ref.split("#")[1] in ids for ref in refs)
    # no wrong ref: where the edition tags the same text at the same place, it points to the same entry
    gold = {(kind, offset, text): value for kind, offset, text, value in _mentions(parse(PASSAGE).root)}
    same_place = {(o, t): v for (k, o, t), v in gold.items() if k != "dates"}
    wrong = [(text, value, same_place[(offset, text)]) for kind, offset, text, value in _mentions(root)
             if kind != "dates" and (offset, text) in same_place and same_place[(offset, text)] != value]
    assert wrong == []
    from toolkit.validation import store, validate

    store.fetch("tei_all")
    report = validate([tagged])
    assert report.ok, [d.format() for d in report.diagnostics]
    scores = passage_scores(tmp_path / "again")
    print()
    for kind, row in scores.items():
        if kind != "seconds":
            print(f"{kind:<14} {row['right']:>3}/{row['gold']:>3} recall {row['recall']:6.1%}   "
                  f"{row['right']:>3}/{row['tagged']:>3} precision {row['precision']:6.1%}")


def test_an_adl_text_with_a_small_register(tmp_path):
    source = ADL / "andersen05val.xml"
    if not source.exists():
        pytest.skip("the ADL benchmark texts are not here")
    root = parse(source).root
    body = root.find(".//t:body", NS)
    size = 0
    for child in list(body):  # the first ~200 KB of the text
        if size > 200_000:
            body.remove(child)
        else:
            size += len(etree.tostring(child))
    document = tmp_path / "andersen.xml"
    document.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    register = tmp_path / "register.xml"
    register.write_text(tei_document("<p/>", standoff=(
        '<standOff><listPerson><person xml:id="naomi"><persName>Naomi</persName></person>'
        '<person xml:id="christian"><persName>Christian</persName></person></listPerson>'
        '<listPlace><place xml:id="odense"><placeName>Odense</placeName></place>'
        '<place xml:id="svendborg"><placeName>Svendborg</placeName></place></listPlace></standOff>')),
        encoding="utf-8")
    started = time.perf_counter()
    result = tag_document(document, [register], out=tmp_path / "tagged.xml")
    seconds = time.perf_counter() - started
    tagged = parse(tmp_path / "tagged.xml").root
    assert reading_text(tagged) == reading_text(parse(document).root)
    counts = result.details["counts"]
    assert counts["persons"] > 10 and counts["places"] > 0
    print(f"\nADL {source.name}, {len(document.read_bytes()) // 1000} KB: {counts} in {seconds:.2f} s")


def test_forms_tagged_in_the_edition_s_other_documents_are_learned(tmp_path):
    from toolkit.tagger import tag_document

    register = tmp_path / "register.xml"
    register.write_text(tei_document("<p>R.</p>", standoff='<standOff><listPerson><person xml:id="stalin">'
                                     "<persName>Joseph Stalin</persName></person></listPerson></standOff>"),
                        encoding="utf-8")
    (tmp_path / "other.xml").write_text(tei_document(
        '<p>Then <persName ref="register.xml#stalin">the Vozhd</persName> spoke.</p>'), encoding="utf-8")
    (tmp_path / "broken.xml").write_text("<TEI><p>not well-formed</TEI>", encoding="utf-8")
    source = tmp_path / "letter.xml"
    source.write_text(tei_document("<p>Later the Vozhd wrote.</p>"), encoding="utf-8")
    result = tag_document(source, [register], out=tmp_path / "out.xml",
                          learn_from=[tmp_path / "other.xml", tmp_path / "broken.xml", source])
    [proposal] = result.details["proposals"]
    assert proposal["text"] == "the Vozhd" and proposal["why"] == "tagged so in the edition (1×)"
    assert reading_text(parse(tmp_path / "out.xml").root) == "Later the Vozhd wrote."


def test_in_an_edition_folder_the_project_s_registers_and_documents_are_used(tmp_path, monkeypatch):
    assert CliRunner().invoke(main, ["init", "--example", str(tmp_path)]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    letter = tmp_path / "letters" / "1801-06-03-ben-to-anna.xml"
    letter.write_text(letter.read_text(encoding="utf-8").replace("</opener>", "</opener><p>Millford sends "
                                                                 "greetings.</p>", 1), encoding="utf-8")
    result = CliRunner().invoke(main, ["tag", str(letter), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "'Millford' → ../register.xml#millford" in result.output
    (tmp_path / "teikit.toml").unlink()
    refused = CliRunner().invoke(main, ["tag", str(letter), "--dry-run"])
    assert refused.exit_code == 2 and "--register" in refused.output


def test_no_notes_leaves_every_note_untagged(tmp_path):
    from toolkit.tagger import tag_document

    register = tmp_path / "register.xml"
    register.write_text(tei_document("<p>R.</p>", standoff='<standOff><listPerson><person xml:id="ann">'
                                     "<persName>Ann Lee</persName></person></listPerson></standOff>"),
                        encoding="utf-8")
    source = tmp_path / "doc.xml"
    source.write_text(tei_document('<p>Ann Lee came.<note type="editorial">Ann Lee was tall.</note></p>'),
                      encoding="utf-8")
    tagged = tag_document(source, [register], dry_run=True)
    untagged = tag_document(source, [register], dry_run=True, notes=False)
    assert [p["line"] for p in tagged.details["proposals"]] and len(tagged.details["proposals"]) == 2
    assert len(untagged.details["proposals"]) == 1


def test_every_rule_that_refers_back_names_a_month_or_a_year():
    """A text is read by the rules that refer back only when it names one of these words."""
    from toolkit.daterules import DATE_PATTERNS, REFERS_BACK

    back = [pattern.pattern for _, pattern, _, refers_back in DATE_PATTERNS if refers_back]
    assert len(back) >= 10 and all(REFERS_BACK.search(p) for p in back)


def test_output_cut_short_by_its_reader_is_no_error(tmp_path):
    """`teikit tag … | head`: the reader closes the pipe; teikit stops quietly, no 'internal error'."""
    import subprocess
    import sys

    source = tmp_path / "doc.xml"
    # a review longer than a pipe holds (64 KB), then more lines: written after the reader has gone
    source.write_text(tei_document("<p>" + "Stalin spoke. " * 1500 + "</p>", standoff=REGISTER), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "toolkit.cli", "tag", str(source), "--register", str(source),
                                "-o", str(tmp_path / "out.xml"), "--report", str(tmp_path / "review.html")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.readline().startswith(str(source).encode())
    process.stdout.close()
    stderr = process.communicate(timeout=120)[1].decode()
    assert "internal error" not in stderr and "Traceback" not in stderr, stderr
    assert process.returncode == 1


@pytest.mark.parametrize("seed", range(30))
def test_the_trie_of_forms_finds_what_one_alternative_per_form_finds(seed):
    """The names pattern is a trie for speed; it must match exactly where the plain pattern — every
    form an alternative, the longest first — matches."""
    import random
    import re

    from toolkit.gazetteer import names_pattern

    rng = random.Random(seed)
    letters = "abcSt’. -"
    forms = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 7))).strip() for _ in range(40)}
    forms = {f for f in forms if f}
    text = "".join(rng.choice(letters + "\n") for _ in range(400))
    plain = "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(forms, key=len, reverse=True))
    expected = [m.span() for m in re.finditer(rf"(?<!\w)(?:{plain})(?!\w)", text)]
    assert [m.span() for m in names_pattern(forms).finditer(text)] == expected


def test_the_review_as_json_for_programs(tmp_path):
    import json

    source = tmp_path / "doc.xml"
    source.write_text(tei_document("<p>Nin in Spain in May 1937.</p>", standoff=REGISTER), encoding="utf-8")
    result = CliRunner().invoke(main, ["tag", str(source), "--register", str(source), "--dry-run", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    [document] = data["documents"]
    assert document["ok"] and data["summary"]["errors"] == 0
    assert [(p["text"], p["kind"], p.get("id") or p["attributes"]) for p in document["details"]["proposals"]] == [
        ("Nin", "persons", "nin"), ("Spain", "places", "spain"), ("May 1937", "dates", {"when": "1937-05"})]


def test_a_form_the_editor_ignores_is_never_tagged(tmp_path):
    source = tmp_path / "doc.xml"
    source.write_text(tei_document("<p>Gaia and Gaea; Nin in Spain.</p>", standoff=REGISTER), encoding="utf-8")
    result = CliRunner().invoke(main, ["tag", str(source), "--register", str(source), "-o", str(tmp_path / "o.xml"),
                                       "--ignore", "Gaea", "--ignore", "Spain"])
    assert result.exit_code == 0, result.output
    assert [t[2] for t in _tags(parse(tmp_path / "o.xml").root)] == ["Gaia", "Nin"]


def test_a_folder_is_tagged_with_one_gazetteer_and_a_bad_document_stops_no_other(tmp_path):
    """Letters in a folder: the forms one letter tags are learned for all; the tagged files mirror the
    tree; a broken letter is one line and the exit status says so; the review has a section each."""
    folder = tmp_path / "letters"
    (folder / "1801").mkdir(parents=True)
    (folder / "1801" / "a.xml").write_text(tei_document(
        '<p>Then <persName ref="../../register.xml#stalin">the Vozhd</persName> spoke in Spain.</p>'),
        encoding="utf-8")
    (folder / "1801" / "b.xml").write_text(tei_document("<p>Then the Vozhd wrote to Nin in May 1937.</p>"),
                                           encoding="utf-8")
    (folder / "broken.xml").write_text("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text>unclosed</TEI>",
                                       encoding="utf-8")
    register = tmp_path / "register.xml"
    register.write_text(tei_document("<p/>", standoff=REGISTER), encoding="utf-8")
    out, report = tmp_path / "tagged", tmp_path / "review.html"
    result = CliRunner().invoke(main, ["tag", str(folder), "--register", str(register), "-o", str(out),
                                       "--report", str(report)])
    assert result.exit_code == 1, result.output
    assert sum(": error: " in line and "broken.xml" in line for line in result.output.splitlines()) == 1
    assert "3 documents, 1 not tagged" in result.output
    b = parse(out / "1801" / "b.xml").root
    assert [(e.text, e.get("ref")) for e in b.findall(".//t:body//t:persName", NS)] == [
        ("the Vozhd", "../../register.xml#stalin"), ("Nin", "../../register.xml#nin")]  # learned from a.xml
    assert reading_text(b) == reading_text(parse(folder / "1801" / "b.xml").root)
    a = parse(out / "1801" / "a.xml").root
    assert [e.text for e in a.findall(".//t:body//t:placeName", NS)] == ["Spain"]
    page = report.read_text(encoding="utf-8")
    assert page.count("<h2>Review of ") == 2 and "broken.xml" in page
    assert not (folder / "1801" / "a.xml.bak").exists()  # the sources untouched


def test_a_folder_in_place_keeps_a_backup_of_each_document(tmp_path):
    folder = tmp_path / "ed"
    folder.mkdir()
    originals = {name: tei_document(f"<p>{text}</p>") for name, text in (("a.xml", "Nin in Spain."),
                                                                        ("b.xml", "Nothing to tag."))}
    for name, text in originals.items():
        (folder / name).write_text(text, encoding="utf-8")
    register = tmp_path / "register.xml"
    register.write_text(tei_document("<p/>", standoff=REGISTER), encoding="utf-8")
    result = CliRunner().invoke(main, ["tag", str(folder), "--register", str(register), "--in-place"])
    assert result.exit_code == 0, result.output
    for name, text in originals.items():
        assert (folder / f"{name}.bak").read_text(encoding="utf-8") == text
    assert [t[2] for t in _tags(parse(folder / "a.xml").root)] == ["Nin", "Spain"]
    assert not list(folder.glob("*.bak.bak"))  # the backups are no documents to tag
