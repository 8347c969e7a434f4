"""Limits that match (issue 9): what teikit's parser accepts, the stylesheets transform — deep nesting,
many attributes on one element, many entity references — and what it refuses is one finding with
file, line and column."""

from __future__ import annotations

import pytest

from toolkit.build import build
from toolkit.readingtext import words
from toolkit.xmlsource import parse

from ..conftest import PdfEdition, RenderedEdition, tei_document

CASES = {
    "depth-200": "<p>" + "<hi>" * 200 + "deep words" + "</hi>" * 200 + "</p>",
    "attributes-300": "<p " + " ".join(f'data-a{n}="v"' for n in range(300)).replace("data-a", "n", 1) + ">many</p>",
    "entities-100010": "<p>" + ("&amp;" * 10 + " ") * 10_001 + "and words</p>",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_documents_the_parser_accepts_build(tmp_path, name):
    source = tmp_path / f"{name}.xml"
    source.write_text(tei_document(CASES[name]), encoding="utf-8")
    parse(source)  # teikit's parser accepts it
    report = build([source], to=["html", "pdf"], out_dir=tmp_path / "out", validate=False)
    assert report.ok, [d.format() for d in report.diagnostics]
    result = report.documents[0]
    html = RenderedEdition(result.outputs["html"].read_text(encoding="utf-8"), [])
    assert html.main_text_words() == words(parse(source).root)
    assert PdfEdition(result.outputs["pdf"], []).pages >= 3


def test_deeper_than_the_parser_allows_is_one_finding(tmp_path):
    source = tmp_path / "deep.xml"
    source.write_text(tei_document("<p>" + "<hi>" * 300 + "x" + "</hi>" * 300 + "</p>"), encoding="utf-8")
    report = build([source], to=["html"], out_dir=tmp_path / "out", validate=False)
    [finding] = report.diagnostics
    assert finding.code == "xml.too-deep" and finding.line and finding.column


def test_an_address_space_limit_too_small_for_saxon_is_one_clear_finding(tmp_path):
    """Under `ulimit -v 8 GB` saxonche's native runtime cannot start and would end the process with
    status 2 and no teikit message; teikit tries it in a child first and says what to do."""
    import resource
    import subprocess
    import sys

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (8 * 1024**3, resource.RLIM_INFINITY))

    source = tmp_path / "doc.xml"
    source.write_text(tei_document("<p>Text.</p>"), encoding="utf-8")
    process = subprocess.run([sys.executable, "-m", "toolkit", "build", "-o", str(tmp_path / "out"), str(source)],
                             capture_output=True, text=True, preexec_fn=limit, timeout=120)
    assert process.returncode == 1, process.stderr
    assert "[xslt.no-start]" in process.stderr and "ulimit -v unlimited" in process.stderr
    assert "Traceback" not in process.stderr and not (tmp_path / "out").exists()
