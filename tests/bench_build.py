"""Benchmarks of the HTML edition (``make bench``): one passage, and 200 copies in one process."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from toolkit.pipeline import build
from toolkit.xslt import compiled

PASSAGE = Path(__file__).resolve().parent.parent / "tei" / "passage.xml"
COPIES = 200


def bench_html_build():
    rows = []
    started = time.perf_counter()
    compiled("html.xsl")
    rows.append(("html: compile the stylesheet (once per process)", time.perf_counter() - started, "s"))
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        started = time.perf_counter()
        report = build([PASSAGE], out_dir=folder / "one", validate=False)
        assert report.ok, report.diagnostics
        rows.append(("html: build passage.xml (no validation)", time.perf_counter() - started, "s"))

        sources = folder / "sources"
        sources.mkdir()
        paths = []
        for n in range(COPIES):
            path = sources / f"passage-{n:03}.xml"
            shutil.copyfile(PASSAGE, path)
            paths.append(path)
        started = time.perf_counter()
        report = build(paths, out_dir=folder / "many", validate=False)
        elapsed = time.perf_counter() - started
        assert report.ok and len(report.written) == COPIES
        rows.append((f"html: {COPIES} copies of passage.xml in one process", elapsed, "s"))
        rows.append((f"html: {COPIES} copies, throughput", COPIES / elapsed, "docs/s"))
    return rows
