"""Benchmarks of ``teikit validate`` (run by ``make bench``; speed is never asserted in tests).

Rows: compiling the bundled schemas; validating tei/passage.xml; a folder of 500 documents in one
process (lxml, and jing); and what ``--schema tei_all.rng`` costs — TEI's full grammar compiled as is
(about 10 s with libxml2) against teikit's pruning of it to the elements the documents use.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from toolkit.resources import schema_file
from toolkit.validation import jing, relaxng, schematron, validate
from toolkit.validation.schemas import clear_cache

from .conftest import PASSAGE, fetch_tei_all


def _timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def bench_compile_bundled():
    clear_cache()
    rows = [("compile teikit.rng (lxml)", _timed(lambda: relaxng.load(schema_file("teikit.rng"))), "s"),
            ("compile teikit.sch (isoschematron)", _timed(lambda: schematron.load(schema_file("teikit.sch"))), "s")]
    clear_cache()
    rows.append(("validate tei/passage.xml, cold (compiles included)", _timed(lambda: validate([PASSAGE])), "s"))
    rows.append(("validate tei/passage.xml, warm", _timed(lambda: validate([PASSAGE])), "s"))
    return rows


def bench_folder_of_500():
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for index in range(500):
            shutil.copy(PASSAGE, Path(folder) / f"doc{index:03}.xml")
            # the copies declare schema/teikit.rng relative to tei/: give them the same neighbourhood
        shutil.copytree(schema_file("teikit.rng").parent, Path(folder) / "schema")
        clear_cache()
        seconds = _timed(lambda: validate([folder]))
        rows += [("500 copies of passage.xml, lxml engine, one process", seconds, "s"),
                 ("  per document", seconds / 500 * 1000, "ms")]
        if jing.available():
            seconds = _timed(lambda: validate([folder], engine="jing"))
            rows += [("500 copies of passage.xml, jing engine, one JVM", seconds, "s")]
    return rows


def bench_tei_all():
    tei_all = fetch_tei_all()
    clear_cache()
    rows = [("tei_all.rng: full compile with lxml (no pruning)", _timed(lambda: relaxng.load(tei_all)), "s")]
    clear_cache()
    rows.append(("validate passage.xml --schema tei_all.rng (pruned compile + run)",
                 _timed(lambda: validate([PASSAGE], schema=tei_all)), "s"))
    rows.append(("  again in the same process (cached)", _timed(lambda: validate([PASSAGE], schema=tei_all)), "s"))
    if jing.available():
        rows.append(("validate passage.xml --schema tei_all.rng --engine jing",
                     _timed(lambda: validate([PASSAGE], schema=tei_all, engine="jing")), "s"))
    return rows


def bench_tei_profile():
    """The default profile (issue 10): TEI's tei_all from the schema store plus the integrity rules, on
    the 42 real documents of ../shared/bench/ (a 297 KB history, a 2.2 MB monograph, 40 Danish texts)."""
    import os

    from toolkit.validation import store

    bench = Path(__file__).resolve().parents[2] / "shared" / "bench"
    documents = sorted(bench.rglob("*.xml"))
    if not documents:
        return []
    with tempfile.TemporaryDirectory() as folder:
        previous = os.environ.get("TEIKIT_SCHEMA_DIR")
        os.environ["TEIKIT_SCHEMA_DIR"] = folder
        try:
            store.fetch("tei_all", source=str(fetch_tei_all()))
            clear_cache()
            report = None

            def run():
                nonlocal report
                report = validate(documents)

            seconds = _timed(run)
        finally:
            if previous is None:
                os.environ.pop("TEIKIT_SCHEMA_DIR")
            else:
                os.environ["TEIKIT_SCHEMA_DIR"] = previous
    failing = sum(1 for f in report.files if not f.ok)
    return [(f"validate {len(documents)} bench documents, profile tei (tei_all + rules), cold", seconds, "s"),
            (f"  documents with errors (dangling pointers) of {len(documents)}", failing, "")]


def _validate_generated(name: str, body: str) -> float:
    """Seconds to validate a generated document (the schemas compiled beforehand)."""
    from .conftest import tei_document

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"{name}.xml"
        source.write_text(tei_document(body), encoding="utf-8")
        validate([source], profile="edition")  # schemas compiled
        return _timed(lambda: validate([source], profile="edition"))


def bench_many_findings():
    """A document with 10,000 dangling pointers (issue 9's target: ≤ 2 s)."""
    body = "<p>" + "".join(f'<persName ref="#nobody{n}">X</persName> ' for n in range(10_000)) + "</p>"
    return [("validate a document with 10,000 dangling pointers", _validate_generated("dangling", body), "s")]


def bench_many_attributes():
    """A 1 MB document with 100,000 attributes on one element (issue 9's target: ≤ 5 s)."""
    body = "<p " + " ".join(f'a{n}="v"' for n in range(100_000)) + ">w</p>"
    return [("validate a document with 100,000 attributes on one element", _validate_generated("attributes", body),
             "s")]
