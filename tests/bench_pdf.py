"""Benchmarks of the PDF edition (``make bench``): wall time and peak memory of the whole command
``teikit build --to pdf`` on the passage, the benchmark documents of ../shared/bench (buildings.xml,
frus-history.xml) and the 40 ADL texts in one process, plus the passage 50 times over."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

from toolkit import TEI_NS
from toolkit.tei import XML_ID

PASSAGE = Path(__file__).resolve().parent.parent / "tei" / "passage.xml"
BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
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


def _command(paths: list[Path], out: Path) -> tuple[float, float, int]:
    """Run ``teikit build --no-validate --to pdf`` in a fresh process: wall seconds, peak RSS in MB,
    and the number of pages written."""
    from pypdf import PdfReader

    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "toolkit.cli", "build", "--no-validate", "--to", "pdf",
                                "-o", str(out), *map(str, paths)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"teikit build failed on {paths[0]}…")
    pages = sum(len(PdfReader(out / f"{p.stem}.pdf").pages) for p in paths)
    return elapsed, usage.ru_maxrss / 1024, pages


def bench_pdf_build():
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        long = folder / f"passage-x{TIMES}.xml"
        long.write_bytes(long_document())
        cases = [("passage.xml", [PASSAGE]), (f"passage.xml x{TIMES}", [long])]
        if BENCH.is_dir():
            adl = sorted((BENCH / "adl").glob("*.xml"))
            cases += [("buildings.xml", [BENCH / "buildings.xml"]), ("frus-history.xml", [BENCH / "frus-history.xml"]),
                      (f"ADL sample, {len(adl)} texts in one process", adl)]
        for label, paths in cases:
            elapsed, rss, pages = _command(paths, folder / "out")
            rows.append((f"pdf: {label}: whole command", elapsed, "s"))
            rows.append((f"pdf: {label}: peak RSS", rss, "MB"))
            rows.append((f"pdf: {label}: pages", pages, "pages"))
            if len(paths) > 1:
                size = sum(p.stat().st_size for p in paths) / 1e6
                rows.append((f"pdf: {label}: documents per second", len(paths) / elapsed, "docs/s"))
                rows.append((f"pdf: {label}: MB of TEI per second", size / elapsed, "MB/s"))
    return rows
