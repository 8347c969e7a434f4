"""The edition site (``teikit build --to site``): the pages of a corpus, and the pages of the whole.

A site build has three moments, as Sphinx's builders do. :func:`plan` reads each document's header
(title, date, sender and addressee or author, places, type) and puts the documents in the edition's
order — by date where they have one (letters), then by title — so that each page can name its
neighbours: the per-document parameters of ``xslt/site.xsl``. Then every document's page is built
like any output (one job per document, in parallel, incrementally). :func:`finish` writes what
belongs to the whole: the home page (``index.html``: the edition's title, description and every
document in a table, a plain complete list without JavaScript and a filter box with it), a copy of
each TEI source beside its page (the "TEI source" link), ``sitemap.xml`` and ``404.html``.

The home page is made by ``xslt/site/index.xsl`` from a small listing of the documents, so it is
laid out and escaped by the same stylesheets and CSS as the pages.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path

from lxml import etree

from .. import TEI_NS, __version__
from ..diagnostics import Diagnostic, Severity
from ..fsio import file_hash, write_atomic
from ..tei import normalized_text
from ..xmlsource import ParsedDocument

SITE_NS = "urn:teikit:site"
_T = f"{{{TEI_NS}}}"


@dataclass
class Entry:
    """What the home page says of one document, and where its page is."""

    page: str
    """The page's address relative to the site's root (``letters/1801/a.html``)."""
    title: str
    date: str = ""
    """A sortable ISO date (``1801-05-12``), or empty."""
    date_label: str = ""
    people: str = ""
    """Author, or sender → addressee."""
    places: str = ""
    type: str = ""
    source: str = ""
    """The path of the TEI source (for the copy beside the page)."""


def _header(path: Path) -> etree._Element | None:
    """The teiHeader of a document, read without building the whole tree (parsing stops after it)."""
    try:
        for _, element in etree.iterparse(str(path), events=("end",), tag=f"{_T}teiHeader", resolve_entities=False,
                                          no_network=True, load_dtd=False, huge_tree=False):
            return element
    except (etree.XMLSyntaxError, OSError):
        return None
    return None


def _names(elements) -> str:
    return ", ".join(dict.fromkeys(normalized_text(e) for e in elements if normalized_text(e)))


def describe(path: Path, page: str) -> Entry:
    """The home page's entry for one document (its file name where the header says nothing)."""
    header = _header(path)
    entry = Entry(page, Path(path).stem, source=str(path))
    if header is None:
        return entry
    find = header.xpath
    ns = {"t": TEI_NS}
    entry.title = normalized_text(next(iter(find("t:fileDesc/t:titleStmt/t:title[1]", namespaces=ns)), None)) \
        or entry.title
    sent = find("t:profileDesc/t:correspDesc/t:correspAction[@type = 'sent']", namespaces=ns)
    received = find("t:profileDesc/t:correspDesc/t:correspAction[@type = 'received']", namespaces=ns)
    dates = (find("t:profileDesc/t:correspDesc/t:correspAction[@type = 'sent']/t:date", namespaces=ns)
             + find("t:profileDesc/t:creation/t:date", namespaces=ns)
             + find("t:fileDesc/t:sourceDesc//t:date", namespaces=ns))
    for date in dates:
        value = (date.get("when") or date.get("from") or date.get("notBefore") or "").strip()
        if value:
            entry.date, entry.date_label = value, normalized_text(date) or value
            break
    if sent or received:
        senders = _names(e for a in sent for e in a if e.tag in (_T + "persName", _T + "orgName", _T + "name"))
        addressees = _names(e for a in received for e in a if e.tag in (_T + "persName", _T + "orgName", _T + "name"))
        entry.people = " → ".join(p for p in (senders, addressees) if p)
        entry.places = _names(e for a in sent + received for e in a if e.tag in (_T + "placeName", _T + "settlement"))
        entry.type = "letter"
    else:
        entry.people = _names(find("t:fileDesc/t:titleStmt/t:author", namespaces=ns))
    return entry


@dataclass
class Plan:
    """What :func:`plan` read, for :func:`finish`: every document's entry in the edition's order, and
    each page's own stylesheet parameters (both by resolved source path)."""

    entries: dict[Path, Entry] = field(default_factory=dict)
    params: dict[Path, dict] = field(default_factory=dict)


def _filters(entry: Entry) -> list[str]:
    """What the search may filter the page by, as "name=value" lines: year, type, persons, places."""
    lines = []
    if entry.date[:1].isdigit() or entry.date[:1] == "-":
        lines.append("year=" + entry.date.split("-")[0] if not entry.date.startswith("-")
                     else "year=-" + entry.date[1:].split("-")[0])
    if entry.type:
        lines.append(f"type={entry.type}")
    for name in (n.strip() for n in entry.people.replace(" → ", ", ").split(",")):
        if name:
            lines.append(f"person={name}")
    for place in (p.strip() for p in entry.places.split(",")):
        if place:
            lines.append(f"place={place}")
    return [line.replace("\n", " ") for line in lines]


def _relative(target: str, page: str) -> str:
    """``target`` (relative to the site's root) as seen from ``page`` (also relative to the root)."""
    return Path(os.path.relpath(target, Path(page).parent.as_posix() or ".")).as_posix()


def plan(sources, out_dir: Path, outputs: list[str], edition: dict) -> Plan:
    """Every document's header read once, the documents in the edition's order, and each page's
    parameters: the edition's title, its home, its neighbours, its TEI source and (when built) its PDF."""
    described = {Path(p).resolve(): describe(p, sources.place(p).as_posix() + ".html") for p in sources.documents}
    ordered = sorted(described.items(), key=lambda item: (item[1].date == "", item[1].date,
                                                          item[1].title.casefold(), item[1].page))
    params: dict[Path, dict] = {}
    for index, (path, entry) in enumerate(ordered):
        page = entry.page
        here = {"site-title": edition.get("title", ""), "site-home": _relative("index.html", page),
                "site-source": _relative(page[:-len(".html")] + ".xml", page)}
        here["site-filters"] = "\n".join(_filters(entry))
        base = (edition.get("base_url") or "").strip()
        if base.startswith(("https://", "http://")):  # the page's permanent address: citation, canonical link
            here["edition-url"] = base.rstrip("/") + "/" + page
        if "pdf" in outputs:
            here["site-pdf"] = _relative(page[:-len(".html")] + ".pdf", page)
        if index > 0:
            previous = ordered[index - 1][1]
            here["site-previous"], here["site-previous-title"] = _relative(previous.page, page), previous.title
        if index + 1 < len(ordered):
            following = ordered[index + 1][1]
            here["site-next"], here["site-next-title"] = _relative(following.page, page), following.title
        params[path] = here
    return Plan(dict(ordered), params)


def finish(plan: Plan, report, out_dir: Path, edition: dict) -> list[Diagnostic]:
    """The pages of the whole: home, TEI sources beside their pages, sitemap, 404 (the documents of
    ``plan`` that were built, in its order)."""
    from ..xslt import transform

    built = {Path(d.path).resolve() for d in report.documents if d.ok}
    entries = [entry for path, entry in plan.entries.items() if path in built]
    for entry in entries:  # the TEI source beside its page, as it was given (bytes unchanged)
        target = out_dir / (entry.page[:-len(".html")] + ".xml")
        if file_hash(target) != file_hash(entry.source):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(entry.source, target)
    listing = etree.Element(f"{{{SITE_NS}}}site", nsmap={None: SITE_NS})
    for key in ("title", "description", "licence", "base_url", "language"):
        listing.set(key.replace("_", "-"), str(edition.get(key) or ""))
    for editor in edition.get("editors") or []:
        etree.SubElement(listing, f"{{{SITE_NS}}}editor").text = editor
    for entry in entries:
        item = etree.SubElement(listing, f"{{{SITE_NS}}}document")
        for key, value in asdict(entry).items():
            if key != "source":
                item.set(key.replace("_", "-"), value)
    found: list[Diagnostic] = []
    changed = any(d.ok and not d.details.get("unchanged") for d in report.documents)
    if changed or not (out_dir / "pagefind" / "pagefind.js").is_file():
        found += _index(out_dir)
    search = (out_dir / "pagefind" / "pagefind-ui.js").is_file()
    for page, mode in (("index.html", "home"), ("404.html", "not-found")):
        made = transform(ParsedDocument(out_dir / page, etree.ElementTree(listing)), "site/index.xsl",
                         {"page": mode, "ui-lang": edition.get("language") or "en",
                          "generator": f"teikit {__version__}", "search": search})
        found += made.diagnostics
        write_atomic(out_dir / page, made.text.encode("utf-8"))
    base = (edition.get("base_url") or "").rstrip("/")
    if base:
        urls = [f"{base}/"] + [f"{base}/{e.page}" for e in entries]
        sitemap = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                   + "".join(f"  <url><loc>{_xml(u)}</loc></url>\n" for u in urls) + "</urlset>\n")
        write_atomic(out_dir / "sitemap.xml", sitemap.encode("utf-8"))
    return found


def _index(out_dir: Path) -> list[Diagnostic]:
    """Pagefind's search index of the site's pages, in ``pagefind/`` (its binary comes with the
    ``pagefind`` package; it reads the built pages and fetches nothing). Run only when a page changed."""
    import subprocess
    import sys

    try:
        done = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(out_dir), "--output-subdir", "pagefind",
                               "--quiet"], capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as error:
        return [Diagnostic(Severity.WARNING, "site.search", f"the search index was not made ({error})", str(out_dir))]
    if done.returncode != 0:
        reason = " ".join((done.stderr or done.stdout).split())[:300] or f"exit status {done.returncode}"
        return [Diagnostic(Severity.WARNING, "site.search", f"the search index was not made: {reason} (is the "
                           "pagefind package installed?)", str(out_dir))]
    return []


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
