"""Benchmarks of the PDF edition (``make bench``): the passage, and a document 50 times its length."""

from __future__ import annotations

import copy
import tempfile
import time
from pathlib import Path

from lxml import etree

from toolkit import TEI_NS
from toolkit.build import build
from toolkit.build.transform import compiled
from toolkit.tei import XML_ID

PASSAGE = Path(__file__).resolve().parent.parent / "tei" / "passage.xml"
TIMES = 50


def long_document(times: int = TIMES) -> bytes:
    """passage.xml with the divisions of its body repeated ``times`` times (xml:ids made unique)."""
    tree = etree.parse(str(PASSAGE))
    body = tree.find(f".//{{{TEI_NS}}}body")
    divisions = list(body)
    for n in range(2, times + 1):
        for division in divisions:
            repeat = copy.deepcopy(division)
            for element in repeat.iter():
                if element.get(XML_ID):
                    element.set(XML_ID, f"{element.get(XML_ID)}-{n}")
            body.append(repeat)
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def bench_pdf_build():
    rows = []
    started = time.perf_counter()
    compiled("print.xsl")
    rows.append(("pdf: compile the stylesheet (once per process)", time.perf_counter() - started, "s"))
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        for label, source in (("passage.xml", PASSAGE), (f"passage.xml x{TIMES}", None)):
            if source is None:
                source = folder / f"passage-x{TIMES}.xml"
                source.write_bytes(long_document())
            started = time.perf_counter()
            report = build([source], to=["pdf"], out_dir=folder / "out", validate=False)
            elapsed = time.perf_counter() - started
            assert report.ok, [d.format() for d in report.diagnostics]
            written = report.documents[0].outputs["pdf"]
            rows.append((f"pdf: build {label} (no validation)", elapsed, "s"))
            rows.append((f"pdf: {label}, pages", _pages(written), "pages"))
    return rows
