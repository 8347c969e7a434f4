"""Escaping into Typst: whatever characters the source holds, the PDF shows them as text, never as
markup (a property test with hypothesis), and the one escaping function is the only way in."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.pipeline import build

from .conftest import HYPHEN_JOIN, PdfEdition, tei_document

XSLT = Path(__file__).resolve().parent.parent / "xslt"

#: Characters the edition's faces cover (EB Garamond, Libertinus, Noto): Latin, Greek, Cyrillic,
#: punctuation and symbols, and every character Typst markup gives a meaning to.
ALPHABET = st.characters(codec="utf-8", categories=("L", "N", "P", "S"), exclude_characters="\u00ad",
                         min_codepoint=0x21, max_codepoint=0x04FF)
MARKUP = st.sampled_from(list("#[]*_`$\\<>@=-+/~'\".:();{}") + ["//", "/*", "...", "--", "1. ", "- ", "= ", "\\u{41}",
                                                              "https://example.org", "#let x = 1", "<lbl>", "@ref"])
TEXT = st.lists(st.one_of(ALPHABET, MARKUP, st.just(" ")), min_size=1, max_size=30).map("".join).filter(
    lambda s: s.strip())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_any_text_reaches_the_pdf_as_text(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("escape")
    source = folder / "escape.xml"
    source.write_text(tei_document(f"<p>{escape(text)}</p>"), encoding="utf-8")
    report = build([source], to=["pdf"], out_dir=folder / "out", validate=False, params={"show-registers": "false"})
    assert report.ok, [d.format() for d in report.diagnostics]
    edition = PdfEdition(report.documents[0].outputs["pdf"], report.diagnostics)
    # Compared without white space: a long run may wrap anywhere (a line break reads as a space), and a
    # hyphen at a line end may be Typst's (HYPHEN_JOIN) or the text's own.
    expected = "".join(text.split())
    page = edition.page_texts[2].replace("\u00ad", "-")
    variants = ["".join(page.replace(HYPHEN_JOIN, joint).split()) for joint in ("", "-")]
    assert any(expected in variant for variant in variants), (expected, page)


HOSTILE = '#panic("x") ] ) } " \\ \\u{41} */ // <a> @b $c$ *d* _e_ `f` = - + / ~ ... --'


def test_hostile_text_in_every_place_stays_text(tmp_path):
    """Header, title page, registers, notes, lists, tables, marks, alternative text and image URLs: the
    same string of Typst syntax in each reaches the PDF as text, and Typst has nothing to complain of."""
    h = escape(HOSTILE, {'"': "&quot;"})
    header = f"""<teiHeader><fileDesc><titleStmt><title>{h}</title><author>{h}</author>
      <respStmt><resp>{h}</resp><persName>{h}</persName></respStmt></titleStmt>
      <editionStmt><edition>{h}</edition></editionStmt>
      <publicationStmt><publisher>{h}</publisher><availability><licence target="https://example.org/{h}">{h}</licence>
      </availability></publicationStmt><sourceDesc><bibl>{h}</bibl></sourceDesc></fileDesc>
      <profileDesc><textClass><keywords><term>{h}</term></keywords></textClass></profileDesc>
      <revisionDesc><change when="2026-01-01" who="#{h}">{h}</change></revisionDesc></teiHeader>"""
    body = f"""<div><head>{h}</head><p>{h}<note>{h}</note><note type="source" n="{h}" place="end"/>
      <persName ref="#p">{h}</persName> <ref target="https://example.org/&quot;{h}">{h}</ref></p>
      <list><item n="{h}">{h}</item></list><table><row><cell>{h}</cell></row></table>
      <figure><graphic url="{h}.png"/><figDesc>{h}</figDesc></figure></div>"""
    standoff = f"""<standOff><listPerson><person xml:id="p"><persName>{h}</persName><note>{h}</note>
      <idno type="URI">https://example.org/{h}</idno></person></listPerson></standOff>"""
    source = tmp_path / "hostile.xml"
    tei = f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{header}{standoff}<text><body>{body}</body></text></TEI>'
    source.write_text(tei, encoding="utf-8")
    report = build([source], to=["pdf"], out_dir=tmp_path / "out", validate=False)
    assert report.ok, [d.format() for d in report.diagnostics]
    assert {d.code for d in report.diagnostics} == {"url.resource"}  # the image URL holds "//", "<a>"…
    edition = PdfEdition(report.documents[0].outputs["pdf"], report.diagnostics)
    text = " ".join(" ".join(edition.page_texts).replace("\u2010", "-").split())
    expected = " ".join(HOSTILE.split())
    assert text.count(expected) >= 15, text
    assert edition.reader.metadata.title == HOSTILE
