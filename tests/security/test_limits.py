"""Limits that match (issue 9): what teikit's parser accepts, the stylesheets transform — deep nesting,
many attributes on one element, many entity references — and what it refuses is one finding with
file, line and column."""

from __future__ import annotations

import pytest

from toolkit.pipeline import build
from toolkit.readingtext import words
from toolkit.xmlsource import parse

from ..conftest import PdfEdition, RenderedEdition, tei_document
from . import loopback_listener

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


def test_saxon_may_not_open_network_uris():
    """The processor allows file: URIs only: a stylesheet asking for an http: resource gets nothing and
    no connection is made (a listener that would answer counts them)."""
    import subprocess
    import sys

    with loopback_listener(b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nfetched") as (port, connections):
        script = ("from toolkit.xslt import processor\n"
                  "executable = processor().new_xslt30_processor().compile_stylesheet(stylesheet_text=("
                  "'<xsl:stylesheet version=\"3.0\" expand-text=\"yes\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">'"
                  "'<xsl:template name=\"xsl:initial-template\"><r>'"
                  f"'{{unparsed-text-available(\"http://127.0.0.1:{port}/x\")}} {{doc-available(\"http://127.0.0.1:{port}/y\")}}'"
                  "'</r></xsl:template></xsl:stylesheet>'))\n"
                  "print(executable.call_template_returning_string())")
        # in a child process: a Saxon that did fetch could wait on the socket for ever
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60).stdout
    assert result.strip().endswith("<r>false false</r>") and connections == []
