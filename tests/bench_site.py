"""Benchmarks of the edition site (``make bench``). The search: Pagefind on the site of the 40 ADL texts of
../shared/bench/adl/ (or ``TEIKIT_BENCH_CORPUS``), built once with ``teikit build --to site``.

Rows: Pagefind's own index time (median of 3 runs into a scratch folder) against the MB of page text it
indexes, the size of ``pagefind/`` on disk; what a reader's browser downloads for the search box of the
home page and then for a one-word query (Debian's Chromium through Playwright, the site served on
127.0.0.1, nothing cached), split into engine, index chunks and result fragments; and whether a rebuild
with nothing changed leaves the index alone. Static search costs the reader bandwidth, not a server,
so the download is the figure that grows with the corpus.
"""

from __future__ import annotations

import functools
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .bench_corpus import _corpus, _run

WORD = "hjerte"  # Danish "heart": a content word of many of the texts, counted below
CHROMIUM = shutil.which("chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _page_texts(site: Path) -> tuple[list[str], str]:
    """The text Pagefind indexes: of the data-pagefind-body elements, and then only of the pages that have
    one (Pagefind's rule), else of each page's <main> (the home and 404 pages left out)."""
    import lxml.html

    trees = [lxml.html.parse(str(p)) for p in sorted(site.rglob("*.html"))
             if p.relative_to(site).as_posix() not in ("index.html", "404.html")]
    bodies = [tree.xpath("//*[@data-pagefind-body]") for tree in trees]
    if not any(bodies):
        bodies, source = [tree.xpath("//main") for tree in trees], "<main>"
    else:
        source = "data-pagefind-body"
    return ["".join(t for node in nodes for t in node.itertext()) for nodes in bodies if nodes], source


def _index_rows(site: Path, megabytes: float) -> list[tuple[str, float, str]]:
    times = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--output-subdir", "pagefind-bench",
                        "--quiet"], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
        shutil.rmtree(site / "pagefind-bench")
    size = sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file()) / 1e6
    seconds = statistics.median(times)
    return [("  Pagefind index time (median of 3, python -m pagefind)", seconds, "s"),
            ("  index time per MB of text", seconds / megabytes, "s/MB"),
            ("  index on disk (all of pagefind/)", size, "MB"),
            ("  index on disk per MB of text", size / megabytes, "MB/MB")]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _query_rows(site: Path) -> list[tuple[str, float, str]]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("bench_site: Playwright is not installed; no download figures")
        return []
    if CHROMIUM is None:
        print("bench_site: Debian's chromium is not installed; no download figures")
        return []
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()
            responses = []
            page.on("response", lambda response: responses.append(response))
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/index.html", wait_until="networkidle")
            before = len(responses)
            started = time.perf_counter()
            page.fill(".pagefind-ui__search-input", WORD)
            page.wait_for_selector(".pagefind-ui__result-link")
            shown = time.perf_counter() - started
            while True:  # until no response for a second: the fragments of the shown results come last
                count = len(responses)
                page.wait_for_timeout(1000)
                if len(responses) == count:
                    break
            found = int(re.search(r"\d+", page.locator(".pagefind-ui__message").inner_text()).group())
            sizes = [(r.url.split("?")[0], len(r.body())) for r in responses]
            browser.close()
    finally:
        server.shutdown()
    home = sum(n for url, n in sizes[:before] if url.endswith("/index.html"))
    after = sizes[before:]
    fragments = [n for url, n in after if url.endswith(".pf_fragment")]
    chunks = [n for url, n in after if url.endswith(".pf_index")]
    return [("  home page (index.html)", home / 1e3, "kB"),
            ("  search UI start-up download (before typing)", (sum(n for _, n in sizes[:before]) - home) / 1e3, "kB"),
            (f"  one-word query '{WORD}': result documents", found, "docs"),
            ("  one-word query: results shown after", shown, "s"),
            (f"  one-word query: downloaded ({len(after)} responses)", sum(n for _, n in after) / 1e3, "kB"),
            ("    of which engine (pagefind.js, worker, wasm, meta, filters)",
             (sum(n for _, n in after) - sum(fragments) - sum(chunks)) / 1e3, "kB"),
            (f"    of which index chunks ({len(chunks)})", sum(chunks) / 1e3, "kB"),
            (f"    of which result fragments ({len(fragments)}, the results shown)", sum(fragments) / 1e3, "kB")]


def bench_site_search():
    corpus = _corpus()
    if corpus is None:
        print("bench_site: no benchmark corpus (../shared/bench/adl/); skipped")
        return []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        site = work / "site"
        _run(["build", "--to", "site", "-o", str(site), str(corpus)], work)
        texts, source = _page_texts(site)
        megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        word = re.compile(rf"\b{WORD}\b", re.IGNORECASE)
        rows = [(f"site search: page text indexed ({len(texts)} pages, text of {source})", megabytes, "MB"),
                (f"  pages with the word '{WORD}' in their text", sum(bool(word.search(t)) for t in texts), "pages")]
        rows += _index_rows(site, megabytes)
        rows += _query_rows(site)
        stamps = {p: p.stat().st_mtime_ns for p in (site / "pagefind").rglob("*")}
        _, _, summary = _run(["build", "--to", "site", "-o", str(site), str(corpus)], work)
        rebuilt = re.search(r"(\d+) built", summary)  # not 0 if a stylesheet changed meanwhile: then 0/1 is 0
        rows.append(("  no-change rebuild: documents rebuilt", float(rebuilt.group(1)) if rebuilt else -1.0, "docs"))
        untouched = stamps == {p: p.stat().st_mtime_ns for p in (site / "pagefind").rglob("*")}
        rows.append(("  search index untouched on no-change rebuild (1 = yes)", float(untouched), "0/1"))
    return rows


def bench_site_registers():
    """The site's registers at scale: 100 letters made from the showcase passage, each with its own
    copy of the passage's registers (51 entities, merged by id: 51 pages, each with the mentions of
    all 100 letters in context). Cold build, no-change rebuild, one letter changed."""
    passage = Path(__file__).resolve().parent.parent / "tei" / "passage.xml"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        letters = work / "letters"
        letters.mkdir()
        text = passage.read_text(encoding="utf-8")
        for n in range(100):
            (letters / f"letter-{n:03}.xml").write_text(text.replace("<title>", f"<title>{n:03} ", 1), encoding="utf-8")
        site = work / "site"
        seconds, peak, summary = _run(["build", "--to", "site", "--no-validate", "-o", str(site), str(letters)], work)
        entities = len(list((site / "registers").rglob("*/*.html")))
        lines = sum(p.read_text(encoding="utf-8").count("<mark>") for p in (site / "registers").rglob("*/*.html"))
        rows = [(f"site of 100 passage letters ({entities} entity pages, {lines} mentions in context), cold",
                 seconds, "s"), ("  peak memory of one process", peak, "MB")]
        seconds, _, summary = _run(["build", "--to", "site", "--no-validate", "-o", str(site), str(letters)], work)
        rows.append(("  rebuild, nothing changed", seconds, "s"))
        changed = letters / "letter-000.xml"
        changed.write_text(changed.read_text(encoding="utf-8").replace("</body>", "<p>x</p></body>", 1),
                           encoding="utf-8")
        seconds, _, summary = _run(["build", "--to", "site", "--no-validate", "-o", str(site), str(letters)], work)
        rows.append(("  rebuild, one letter changed (register pages and search index made again)", seconds, "s"))
    return rows
