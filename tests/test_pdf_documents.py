"""The PDF edition beyond the passage: the HTML edition's test documents, the command line, the
renderer's messages as diagnostics, a missing WeasyPrint, and the register's page de-duplication."""

from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from toolkit.build import build, names
from toolkit.build import pdf as pdf_step
from toolkit.cli import main
from toolkit.readingtext import words
from toolkit.xmlsource import parse

from .conftest import DOCS, PdfEdition, missing_words, note_marks, tei_document

DOCUMENTS = sorted(DOCS.glob("*.xml"))


def test_pdf_is_a_registered_output():
    assert names() == ["html", "pdf"]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_the_test_documents_build_to_pdf_without_losing_words(pdf_edition, path):
    edition = pdf_edition(path)
    root = parse(path).root
    assert missing_words(words(root), edition.words(), note_marks(root)) == []
    assert [d for d in edition.diagnostics if d.code.startswith("pdf.")] == []
    assert edition.pages >= 3  # title leaf and text at least


def test_unknown_elements_keep_their_text_in_the_pdf(pdf_edition):
    edition = pdf_edition(DOCS / "report.xml")
    assert "An element the stylesheet does not know." in " ".join(edition.words())
    assert [d.code for d in edition.diagnostics] == ["tei.unknown-element"]


def test_build_to_all_writes_html_and_pdf(tmp_path):
    result = CliRunner().invoke(main, ["build", "--to", "all", "--no-validate", "-o", str(tmp_path),
                                       str(DOCS / "verse.xml")])
    assert (result.exit_code, result.stderr) == (0, "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verse.html", "verse.pdf"]
    assert (tmp_path / "verse.pdf").read_bytes().startswith(b"%PDF-")
    assert result.stdout.splitlines() == [f"wrote {tmp_path / 'verse.html'}", f"wrote {tmp_path / 'verse.pdf'}"]


def test_renderer_messages_become_warnings_and_nothing_reaches_stderr(tmp_path, capfd):
    source = tmp_path / "figure.xml"
    source.write_text(tei_document('<p>Before.</p><figure><graphic url="missing.png"/></figure><p>After.</p>'),
                      encoding="utf-8")
    report = build([source], to=["pdf"], out_dir=tmp_path / "out", validate=False)
    captured = capfd.readouterr()
    assert (captured.out, captured.err) == ("", "")
    warnings = [d for d in report.diagnostics if d.code == "pdf.renderer"]
    assert warnings and all(d.severity == "warning" and d.file == str(source) for d in warnings)
    assert "missing.png" in warnings[0].message
    assert report.ok  # a warning: the PDF is written
    edition = PdfEdition(tmp_path / "out" / "figure.pdf", report.diagnostics)
    assert {"Before.", "After."} <= set(edition.words())


def test_a_missing_weasyprint_is_one_line_saying_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import weasyprint now raises ImportError
    pdf_step._weasyprint.cache_clear()
    try:
        result = CliRunner().invoke(main, ["build", "--to", "pdf", "--no-validate", "-o", str(tmp_path),
                                           str(DOCS / "verse.xml")])
    finally:
        pdf_step._weasyprint.cache_clear()
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert "[pdf.no-renderer]" in first and "libpango-1.0-0" in first
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_register_links_that_repeat_a_page_are_dropped():
    html = ('<li><span class="entry-pages"><a class="page-ref" href="#m1"></a><a class="page-ref" href="#m2"></a>'
            '<a class="page-ref" href="#m3"></a></span></li>'
            '<li><span class="entry-pages"><a class="page-ref" href="#m4"></a></span></li>')
    pages = {"m1": 3, "m2": 3, "m3": 5, "m4": 3}
    assert pdf_step.without_repeated_pages(html, pages) == (
        '<li><span class="entry-pages"><a class="page-ref" href="#m1"></a>'
        '<a class="page-ref" href="#m3"></a></span></li>'
        '<li><span class="entry-pages"><a class="page-ref" href="#m4"></a></span></li>')
