"""A property-based fuzz test (issue 9): random TEI — known and unknown elements, hostile attribute
values, any Unicode, deep nesting — through every command. Whatever the document, a command exits 0,
1 or 2, never shows a traceback, prints each finding on one line, and a successful build keeps every
word of the text. `make test` runs a few dozen documents; `make fuzz` runs many more
(TEIKIT_FUZZ_EXAMPLES)."""

from __future__ import annotations

import os
import re
from xml.sax.saxutils import escape, quoteattr

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.cli import main
from toolkit.readingtext import words
from toolkit.xmlsource import parse

from ..conftest import RenderedEdition

EXAMPLES = int(os.environ.get("TEIKIT_FUZZ_EXAMPLES", "25"))

ELEMENTS = ["p", "hi", "persName", "placeName", "orgName", "rs", "date", "note", "ref", "ptr", "list", "item",
            "lg", "l", "quote", "cit", "choice", "sic", "corr", "app", "lem", "rdg", "figure", "graphic", "head",
            "table", "row", "cell", "lb", "pb", "gap", "del", "add", "foreign", "sp", "speaker", "stage", "madeUp",
            "abbr", "expan", "ex", "am", "orig", "reg", "index", "term", "binaryObject", "egXML"]
ATTRIBUTES = ["ref", "target", "url", "when", "from", "to", "notBefore", "xml:id", "rend", "n", "type", "xml:lang",
              "place", "cols", "wit", "break"]
VALUES = st.sampled_from(["#a", "#missing", "javascript:alert(1)", " data:text/html,x", "/\\host/x.png",
                          "../../x.png", "/dev/zero", "1937-02-30", "-0044", "x", "2", "foot", "end", "no", "en",
                          "zz-ZZ-x", "", "http://127.0.0.1:9/", "#range(a,b)", "a b c"]) | st.text(max_size=12)
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=20)


@st.composite
def element(draw, depth: int = 0):
    name = draw(st.sampled_from(ELEMENTS))
    attributes = draw(st.dictionaries(st.sampled_from(ATTRIBUTES), VALUES, max_size=3))
    if name == "p" and "xml:id" not in attributes:
        attributes["xml:id"] = "a"  # something for "#a" to find (twice: duplicate ids are fine too)
    children = [] if depth > 6 else draw(st.lists(st.one_of(TEXT.map(escape), element(depth + 1)), max_size=4))
    attrs = "".join(f" {k}={quoteattr(v)}" for k, v in attributes.items())
    return f"<{name}{attrs}>{''.join(children)}</{name}>"


@st.composite
def document(draw):
    body = "".join(draw(st.lists(element(), min_size=1, max_size=4)))
    deep = "<hi>" * draw(st.integers(0, 40))
    return (f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>{escape(draw(TEXT))}'
            "</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>"
            f"</fileDesc></teiHeader><text><body>{deep}{body}{deep.replace('<', '</')}</body></text></TEI>")


FINDING = re.compile(r"^.+?(:\d+(:\d+)?)?: (error|warning|info): .+ \[[\w.\-]+\]$")


def _check_lines(output: str) -> None:
    for line in output.splitlines():
        if re.search(r": (error|warning|info): ", line):
            assert FINDING.match(line), line


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
@given(text=document(), to=st.sampled_from(["html", "html", "all"]))
def test_every_command_survives_any_document(tmp_path_factory, text, to):
    folder = tmp_path_factory.mktemp("fuzz")
    source = folder / "doc.xml"
    source.write_text(text, encoding="utf-8")
    runner = CliRunner()
    for arguments in (["validate", str(source)], ["info", str(source)],
                      ["build", "--no-validate", "--to", to, "-o", str(folder / "out"), str(source)]):
        result = runner.invoke(main, arguments)
        output = result.stdout + result.stderr
        assert result.exit_code in (0, 1, 2), (arguments, output)
        assert "Traceback" not in output and "internal error" not in output, (arguments, output)
        _check_lines(output)
    if result.exit_code == 0:  # the build succeeded: every word of the text is in the HTML edition
        # (compared without white space: where a word ends is the editions' call, e.g. a block quotation)
        page = RenderedEdition((folder / "out" / "doc.html").read_text(encoding="utf-8"), [])
        shown = "".join(page.main_text_words())  # without the marks the edition adds (note calls…)
        assert [w for w in words(parse(source).root) if w not in shown] == []


NAMES = st.sampled_from(["Joseph Stalin", "Stalin", "Stalin’s", "Nin", "Ninety", "Spa", "in Spain", "May 1937",
                         "the end of that month", "1937–38", "from 1929 to 1937", "the following year", "2 June 1937",
                         "Tukha-", "chevsky", " ", "Great Terror"])
REGISTER = ("<listPerson><person xml:id=\"stalin\"><persName><forename>Joseph</forename> <surname>Stalin</surname>"
            "</persName></person><person xml:id=\"nin\"><persName>Nin</persName></person><person xml:id=\"tukh\">"
            "<persName>Tukhachevsky</persName></person></listPerson><listPlace><place xml:id=\"spain\">"
            "<placeName>Spain</placeName></place></listPlace><listEvent><event xml:id=\"terror\"><label>Great Terror"
            "</label></event></listEvent>")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
@given(text=document(), names=st.lists(NAMES, max_size=12))
def test_tag_changes_no_character_of_any_document(tmp_path_factory, text, names):
    """`teikit tag` on random TEI with names and dates strewn in (issue 14): it adds elements only — the
    reading text is the same character for character — and the result parses; or it says why in one line."""
    folder = tmp_path_factory.mktemp("fuzz-tag")
    spliced = text.replace("<body>", "<body><p>" + " ".join(escape(n) for n in names) + "</p>", 1)
    for index, name in enumerate(names):  # and into the random elements' text
        spliced = spliced.replace("</hi>", f"{escape(name)}</hi>", 1) if index % 2 else \
            spliced.replace("<lb>", f"<lb/>{escape(name)}<lb>", 1)
    source = folder / "doc.xml"
    source.write_text(spliced, encoding="utf-8")
    register = folder / "register.xml"
    register.write_text(spliced.split("<text>")[0] + f"<standOff>{REGISTER}</standOff><text><body><p/></body></text>"
                        "</TEI>", encoding="utf-8")
    result = CliRunner().invoke(main, ["tag", str(source), "--register", str(register), "-o",
                                       str(folder / "tagged.xml")])
    output = result.stdout + result.stderr
    assert result.exit_code in (0, 1, 2), output
    assert "Traceback" not in output and "internal error" not in output, output
    _check_lines(output)
    if result.exit_code == 0:
        assert words(parse(folder / "tagged.xml").root) == words(parse(source).root)


PROSE = st.lists(st.one_of(TEXT, st.sampled_from([
    "\n", "\n\n", "    ", ".", ".71", ":", "’.72", " 3.5 ", "\t", "“", "—", "Chapter One\n\n",
    "said:\n\n    A quotation.\n\n"])), max_size=30)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
@given(pieces=PROSE)
def test_import_keeps_every_character_of_any_text(tmp_path_factory, pieces):
    """`teikit import` of any UTF-8 text (issue 14): a draft that parses, whose reading text is the
    source's, character for character (white space aside), but for the endnote calls it took out."""
    from toolkit.readingtext import reading_text

    folder = tmp_path_factory.mktemp("fuzz-import")
    text = "".join(pieces)
    source = folder / "chapter.txt"
    source.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(source), "-o", str(folder / "draft.xml")])
    output = result.stdout + result.stderr
    assert result.exit_code in (0, 1, 2) and "Traceback" not in output and "internal error" not in output, output
    _check_lines(output)
    if result.exit_code != 0:
        return
    root = parse(folder / "draft.xml").root
    calls = root.xpath("//t:body//t:note[@type = 'source']/@n", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    reading = "".join(reading_text(root).split())
    expected = iter("".join(text.split()))
    assert all(char in expected for char in reading)  # in order, nothing invented
    assert len("".join(text.split())) - len(reading) == sum(len(n) for n in calls)  # nothing lost but the calls
