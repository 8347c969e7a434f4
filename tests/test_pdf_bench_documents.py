"""Real TEI that no one on the project wrote: the 40 Danish literary texts of ../shared/bench/adl/
(prose, verse, drama; 40 KB–3 MB) build to PDF and lose no word of their text.

`make test` runs the four smallest; `make test-corpus` (pytest -m corpus) runs all 40, which takes
several minutes (most of it reading the PDFs' text back with pypdf)."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.pipeline import build
from toolkit.xmlsource import parse

from .conftest import HYPHEN_JOIN, PdfEdition, missing_from_tables, missing_words, note_marks, words_apart_from_tables

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
ADL = sorted((BENCH / "adl").glob("*.xml"), key=lambda p: p.stat().st_size)
IN_MAKE_TEST = 4


#: Texts whose PDF is known to lose words, and why (strict: the test says so when they are fixed).
KNOWN: dict[str, str] = {}


def _case(path: Path, index: int):
    marks = [] if index < IN_MAKE_TEST else [pytest.mark.corpus]
    if path.stem in KNOWN:
        marks.append(pytest.mark.xfail(reason=KNOWN[path.stem], strict=True))
    return pytest.param(path, id=path.stem, marks=marks)


@pytest.mark.parametrize("path", [_case(p, i) for i, p in enumerate(ADL)] or [
    pytest.param(None, marks=pytest.mark.skip(reason=f"no benchmark documents in {BENCH / 'adl'} "
                                                     "(see ../shared/bench/README.md)"))])
def test_each_adl_text_builds_to_pdf_with_every_word(tmp_path, path):
    report = build([path], to=["pdf"], out_dir=tmp_path, validate=False)
    [result] = report.documents
    assert result.ok, [d.format() for d in result.diagnostics if d.is_error]
    assert [d for d in result.diagnostics if d.code == "pdf.renderer"] == []
    root = parse(path).root
    edition = PdfEdition(result.outputs["pdf"], result.diagnostics)
    prose, in_tables = words_apart_from_tables(root)
    assert missing_words(prose, edition.words(), note_marks(root)) == []
    assert missing_from_tables(in_tables, edition) == []


def _normalised(text: str) -> str:
    return " ".join(text.replace("\u00ad", "-").split())


def test_every_footnote_of_the_frus_monograph_is_on_a_page(tmp_path):
    """1,081 footnotes: each one's opening words are on a page of the PDF (not only in the file), in the
    order of the notes."""
    source = BENCH / "frus-history.xml"
    if not source.is_file():
        pytest.skip(f"{source} is not there (see ../shared/bench/README.md)")
    report = build([source], to=["pdf"], out_dir=tmp_path, validate=False)
    assert report.ok, [d.format() for d in report.diagnostics if d.is_error]
    edition = PdfEdition(report.documents[0].outputs["pdf"], report.diagnostics)
    pages = [(_normalised(t.replace(HYPHEN_JOIN, "")), _normalised(t.replace(HYPHEN_JOIN, "-")))
             for t in edition.page_texts]
    notes = parse(source).root.xpath("//tei:text//tei:note[not(ancestor::tei:note)]",
                                     namespaces={"tei": "http://www.tei-c.org/ns/1.0"})
    assert len(notes) >= 1080
    lost, page = [], 0
    for note in notes:  # in order: each on the page of the one before or a later page
        opening = " ".join(_normalised("".join(note.itertext())).split()[:6])
        found = next((n for n in range(page, len(pages)) if opening in pages[n][0] or opening in pages[n][1]), None)
        if found is None:
            lost.append((note.sourceline, opening))
        else:
            page = found
    assert lost == []
