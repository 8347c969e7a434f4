"""Benchmarks of the corpus engine (issue 11, ``make bench``): the 40 ADL texts of ../shared/bench/adl/
(or the folder ``TEIKIT_BENCH_CORPUS`` names), HTML edition, validated as by default.

Rows: a cold build with one worker and with one per core (documents/s, MB/s, the peak memory of the
biggest process), a rebuild with nothing changed, with one document changed, with a stylesheet changed;
and where the time of one document goes (parse, validate, hand-over to Saxon, transform, write).
Each build runs as its own ``teikit build`` process, as a user runs it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parents[1] / "shared" / "bench" / "adl"


def _corpus() -> Path | None:
    folder = Path(os.environ.get("TEIKIT_BENCH_CORPUS", DEFAULT))
    return folder if folder.is_dir() else None


def _run(args: list[str], cwd: Path) -> tuple[float, float, str]:
    """Seconds, peak RSS in MB (the biggest process: the command or one of its workers) and the last line."""
    command = [sys.executable, "-c", "import sys, resource; from toolkit.cli import main\n"
               "try:\n    main(args=sys.argv[1:], prog_name='teikit')\nexcept SystemExit as e:\n"
               "    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
               " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
               "    print(f'peak-kb {peak}', file=sys.stderr); raise", *args]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    peak = re.search(r"peak-kb (\d+)", done.stderr)
    return seconds, int(peak.group(1)) / 1024 if peak else 0.0, (done.stdout.strip().splitlines() or [""])[-1]


def bench_corpus_build():
    corpus = _corpus()
    if corpus is None:
        return []
    files = sorted(corpus.rglob("*.xml"))
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    cores = os.cpu_count() or 1
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        copy = work / "corpus"
        shutil.copytree(corpus, copy)
        store = work / "store"
        env_store = {"TEIKIT_SCHEMA_DIR": str(store)}
        os.environ.update(env_store)
        for jobs in (1, cores):
            out = work / f"out-{jobs}"
            seconds, peak, summary = _run(["build", "-j", str(jobs), "-o", str(out), str(copy)], work)
            rows += [(f"corpus ({len(files)} files, {megabytes:.0f} MB): cold build, -j {jobs}", seconds, "s"),
                     (f"  -j {jobs}: documents/s", len(files) / seconds, "docs/s"),
                     (f"  -j {jobs}: MB/s", megabytes / seconds, "MB/s"),
                     (f"  -j {jobs}: peak memory of one process", peak, "MB")]
        out = work / f"out-{cores}"
        seconds, _, summary = _run(["build", "-o", str(out), str(copy)], work)
        rows.append(("  rebuild, nothing changed", seconds, "s"))
        first = files[0].relative_to(corpus)
        changed = copy / first
        changed.write_bytes(changed.read_bytes().replace(b"</body>", b"<p>x</p></body>", 1))
        seconds, _, summary = _run(["build", "-o", str(out), str(copy)], work)
        rows.append((f"  rebuild, one document changed ({first.name})", seconds, "s"))
        seconds, _, summary = _run(["build", "-o", str(out), "-p", "show-registers=false", str(copy)], work)
        rows.append(("  rebuild, stylesheet settings changed (everything)", seconds, "s"))
        site = work / "site"
        seconds, _, summary = _run(["build", "--to", "site", "-o", str(site), str(copy)], work)
        rows += [(f"site of the corpus ({len(files)} pages, home, 404), cold, -j {cores}", seconds, "s"),
                 ("  site: documents/s", len(files) / seconds, "docs/s")]
        seconds, _, summary = _run(["build", "--to", "site", "-o", str(site), str(copy)], work)
        rows.append(("  site, rebuild with nothing changed", seconds, "s"))
    return rows


def bench_one_document_split():
    """Where the time of one document goes (the largest of the corpus, warm: stylesheets compiled)."""
    corpus = _corpus()
    if corpus is None:
        return []
    from lxml import etree

    from toolkit.fsio import write_atomic
    from toolkit.validation import Checks, validate_document
    from toolkit.xmlsource import parse
    from toolkit.xslt import compiled, processor, transform

    path = max(corpus.rglob("*.xml"), key=lambda p: p.stat().st_size)
    compiled("html.xsl")
    transform(parse(path), "html.xsl")  # warm
    timings = {}
    started = time.perf_counter()
    document = parse(path)
    timings["parse (lxml, hardened)"] = time.perf_counter() - started
    started = time.perf_counter()
    validate_document(document, Checks.of(profile="edition"))
    timings["validate (edition schema + rules)"] = time.perf_counter() - started
    started = time.perf_counter()
    text = etree.tostring(document.root, encoding="unicode")
    processor().parse_xml(xml_text=text)
    timings["hand-over to Saxon (serialise + Saxon parse)"] = time.perf_counter() - started
    started = time.perf_counter()
    result = transform(document, "html.xsl")
    timings["transform (hand-over included)"] = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        write_atomic(Path(folder) / "page.html", result.text.encode("utf-8"))
        timings["encode + write"] = time.perf_counter() - started
    size = path.stat().st_size / 1e6
    return [(f"one document ({path.name}, {size:.1f} MB): {step}", seconds, "s") for step, seconds in timings.items()]
