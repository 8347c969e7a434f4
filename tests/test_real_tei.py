"""Real TEI reads right (issue 13): header names, body registers, ids, teiCorpus, images — the parts
of the issue not about drama, verse, apparatus or transcription (those have their own test files)."""

from __future__ import annotations

import lxml.html
from pypdf import PdfReader

from toolkit.pipeline import build

HEADER_NAMES = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Names</title>
<author><persName><forename>Charles</forename><surname>Dickens</surname></persName></author>
<author>William Shakespeare <idno type="wikidata">Q692</idno></author>
<respStmt><resp>Encoding</resp><name xml:id="enc1"/></respStmt>
<respStmt><resp>Proofing</resp><persName><forename>Ann</forename><surname>Lee</surname></persName></respStmt>
</titleStmt><publicationStmt><p>Fixture.</p></publicationStmt><sourceDesc><p>Fixture.</p></sourceDesc></fileDesc>
</teiHeader><text><body><p>Text.</p></body></text></TEI>"""


def _build(tmp_path, text: str, name: str = "doc.xml", to=("html",)):
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    report = build([source], to=list(to), out_dir=tmp_path / "out", validate=False)
    assert report.ok, [d.format() for d in report.diagnostics]
    return report.documents[0]


def test_header_names_keep_their_parts_apart_and_identifiers_out_of_them(tmp_path):
    built = _build(tmp_path, HEADER_NAMES, to=("html", "pdf"))
    page = lxml.html.parse(str(built.outputs["html"])).getroot()
    assert page.xpath("string(//p[@class = 'byline'])") == "Charles Dickens, William Shakespeare"
    rows = [" ".join(e.text_content().split()) for e in page.xpath("//dl[@class = 'responsibilities']/*")]
    assert rows == ["Author", "Charles Dickens", "Author", "William Shakespeare Wikidata", "Proofing", "Ann Lee"]
    assert page.xpath("//a[@class = 'agent-id']/@href") == ["https://www.wikidata.org/wiki/Q692"]
    assert "enc1" not in page.xpath("string(//body)")  # an empty name names nobody; its id is no name
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(built.outputs["pdf"]).pages).split())
    assert "Charles Dickens, William Shakespeare" in text and "Q692" not in text and "enc1" not in text
